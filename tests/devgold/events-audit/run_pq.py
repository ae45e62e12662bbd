"""Re-run khabar on draws P and Q and print the events that differ from the start (audit-9a, session 9).

Each article of draw-p.txt and draw-q.txt goes through ``khabar.analyze`` with its title, outlet
and date, as ``khabar eval gold`` passes them (``run_audit_ant``'s reading). Every predicted event
is kept stand-off: article id, trigger offsets, an 8-hex-digit SHA-1 prefix of the trigger text,
type, subtype and the merged mentions' offsets and hashes (no SaudiNewsNet text).
From the repository root, with the tree to check on PYTHONPATH:

  PYTHONPATH=$PWD/src:tests/devgold/events-audit python tests/devgold/events-audit/run_pq.py
      prints one line per event added, removed or changed against pred-pq-start.jsonl (nothing
      when the predictions are the same), then a count line on stderr;
  ... run_pq.py --write   rewrites pred-pq-start.jsonl (done once, at the session's start tree).

An event is matched by (article, trigger start, trigger end); "changed" means the same trigger
with another type, subtype or set of mentions. Uses only the shared data (never shipped).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import sys
from pathlib import Path

from run_audit_ant import CORPUS, draw_ids

from khabar import analyze
from khabar.document import RawArticle
from khabar.options import data_dir
from khabar.readers.meta import iso_date

HERE = Path(__file__).parent
START = HERE / "pred-pq-start.jsonl"


def sha8(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def standoff(article: str, ev: dict) -> dict:
    """One predicted event, stand-off."""
    t = ev["trigger"]
    return {"article": article, "start": t["start"], "end": t["end"], "sha1_8": sha8(t["text"]),
            "type": ev["type"], "subtype": ev["subtype"],
            "mentions": [[m["start"], m["end"], sha8(m["text"])] for m in ev["mentions"]]}


def predict(draws: tuple[str, ...] = ("draw-p.txt", "draw-q.txt")) -> list[dict]:
    """The stand-off events of the tree on PYTHONPATH over ``draws`` (P and Q), in article order."""
    wanted = {x for name in draws for x in draw_ids(name)}
    rows = []
    for prefix in sorted({x.split("-")[0] for x in wanted}):
        with gzip.open(data_dir() / "news" / CORPUS[prefix], "rt", encoding="utf-8") as f:
            rows += [r for r in map(json.loads, f) if r["id"] in wanted]
    out = []
    for r in sorted(rows, key=lambda r: r["id"]):
        art = RawArticle(text=r["text"], source=r["id"], id=r["id"], title=r["title"],
                         outlet=r["outlet"], date=iso_date(r["date"]))
        out += [standoff(r["id"], ev) for ev in analyze(art).model_dump()["events"]]
    return out


def diff(old: list[dict], new: list[dict]) -> list[str]:
    """Lines for the events added, removed or changed (matched on article and trigger offsets)."""
    def key(e: dict) -> tuple:
        return e["article"], e["start"], e["end"]

    a, b = {key(e): e for e in old}, {key(e): e for e in new}
    lines = []
    for k in sorted(a.keys() | b.keys()):
        if k not in b:
            lines.append("removed\t" + json.dumps(a[k]))
        elif k not in a:
            lines.append("added\t" + json.dumps(b[k]))
        elif a[k] != b[k]:
            lines.append("changed\t" + json.dumps(a[k]) + "\t->\t" + json.dumps(b[k]))
    return lines


def main(draws: tuple[str, ...] = ("draw-p.txt", "draw-q.txt"), start: Path = START) -> None:
    """Print the differences from ``start`` (or rewrite it with ``--write``)."""
    new = predict(draws)
    if "--write" in sys.argv[1:]:
        start.write_text("".join(json.dumps(e) + "\n" for e in new), encoding="utf-8")
        print(f"wrote {len(new)} events to {start.name}", file=sys.stderr)
        return
    old = [json.loads(x) for x in start.read_text(encoding="utf-8").splitlines() if x.strip()]
    lines = diff(old, new)
    if lines:
        print("\n".join(lines))
    print(f"{len(old)} events at the start, {len(new)} now, {len(lines)} differ", file=sys.stderr)


if __name__ == "__main__":
    main()
