#!/usr/bin/env python
"""Place records of unlabelled articles with a rule's module switch off and on (helper
"places-12d", session 12).

Draws ``N`` articles (SaudiNewsNet 2015 and ANT, by a seeded shuffle of their sorted ids;
never a gold id, an id named under tests/ docs/ scripts/, nor an id of the ``--exclude``
files such as the session's clean reserves), runs khabar's steps up to places once (the tree
on ``PYTHONPATH``), then the places step again with each named switch (``module:ATTR``, a
boolean of ``khabar.places``) off and on, and prints every record added, removed or moved
(more than 1 km) by the switches, with its context, to be judged by reading.

``compare BEFORE.pkl AFTER.pkl`` prints the same listing between two ``--dump`` files of the
same ids (for a change that is no switch, such as an index rebuilt: run the sample once with
each tree on ``PYTHONPATH`` and ``--ids``).

Example:
    PYTHONPATH=$PWD/src python scripts/places_switch_diff.py 12041 1000 \\
        khabar.places.resolve:HAMLETS_APART --exclude /work/prompts/s12/clean_ids.txt
    PYTHONPATH=/tmp/old/src python scripts/places_switch_diff.py 0 0 khabar.places.resolve:_NOOP \\
        --ids ids.txt --dump before.pkl
    python scripts/places_switch_diff.py compare before.pkl after.pkl
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import json
import pickle
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gazetteer_gap as gg  # noqa: E402
import select_gold as sg  # noqa: E402

from khabar.document import RawArticle  # noqa: E402
from khabar.eval.goldsource import news_article  # noqa: E402
from khabar.options import Options, data_dir  # noqa: E402
from khabar.pipeline import build_pipeline  # noqa: E402
from khabar.places import geocode  # noqa: E402
from khabar.places.index import distance_km  # noqa: E402
from khabar.readers.meta import iso_date  # noqa: E402


def _conflict(r: dict) -> bool:
    """The held-back part's pool rule (``select_gold.eligible``: 110-340 words, dense conflict
    words, four attributions or more)."""
    c = sg.candidates([r], "")
    return bool(c) and sg.eligible(c[0], "heldback")


def draw(seed: int, n: int, exclude: set[str], ant_share: float = 0.4, conflict: bool = False) -> list[dict]:
    """``n`` articles: ``ant_share`` of them ANT, the rest SaudiNewsNet 2015 (80-800 words;
    with ``conflict``, the held-back pool's rule instead)."""
    taken = gg.taken_ids() | exclude
    pools: dict[str, list[dict]] = {"saudinewsnet": [], "ant": []}
    for corpus, rows in pools.items():
        with gzip.open(data_dir() / "news" / f"{corpus}.jsonl.gz", "rt", encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                if r["id"] in taken or not 80 <= len(r["text"].split()) <= 800:
                    continue
                if corpus == "saudinewsnet" and not str(r.get("date", "")).startswith("2015"):
                    continue
                if conflict and not _conflict(r):
                    continue
                rows.append(r)
    out = []
    k_ant = round(n * ant_share)
    for corpus, k in (("saudinewsnet", n - k_ant), ("ant", k_ant)):
        rows = sorted(pools[corpus], key=lambda r: r["id"])
        random.Random(seed).shuffle(rows)
        out += rows[:k]
    return out


def by_ids(ids: list[str]) -> list[dict]:
    """The articles of ``ids``, in that order."""
    return [news_article(i) for i in ids]


def _set(switches: list[str], value: bool) -> None:
    for s in switches:
        mod, attr = s.split(":")
        setattr(importlib.import_module(mod), attr, value)


def _key(p) -> tuple:
    return (p.start, p.end)


def _print_changes(aid: str, t: str, pa: dict, pb: dict, counts: Counter) -> None:
    """Print and count the records added, removed or moved (> 1 km) between two runs of one
    article (records as ``model_dump`` dicts keyed by their span)."""
    def show(p: dict | None) -> str:
        return "-" if p is None else f"{p['name_en']} {p['country']} {p['lat']:.2f},{p['lon']:.2f} {p['precision']}"
    for k in sorted(set(pa) | set(pb)):
        x, y = pa.get(k), pb.get(k)
        if x is not None and y is not None:
            if x["lat"] is None or y["lat"] is None or distance_km(x["lat"], x["lon"], y["lat"], y["lon"]) <= 1:
                continue
            tag = "CHG"
        else:
            tag = "ADD" if x is None else "REM"
        counts[tag] += 1
        ctx = f"{t[max(0, k[0] - 70):k[0]]}[{t[k[0]:k[1]]}]{t[k[1]:k[1] + 50]}".replace("\n", " ")
        print(f"{tag}\t{aid}\t{show(x)}\t->\t{show(y)}\t{ctx}", flush=True)


def run(rows: list[dict], switches: list[str], dump: list | None = None) -> Counter:
    pipe = build_pipeline(Options(disable=frozenset({"dates", "quantities", "claims", "events"})))
    counts: Counter = Counter()
    for r in rows:
        art = RawArticle(text=r["text"], source=r["id"], id=r["id"], title=r.get("title"),
                         outlet=r.get("outlet"), date=iso_date(r.get("date")))
        _set(switches, False)
        doc = pipe.run(pipe.make_doc(art))
        off = {_key(p): p for p in doc.places}
        _set(switches, True)
        on = {_key(p): p for p in geocode(doc)}
        if dump is not None:
            dump.append({"id": r["id"], "text": r["text"], "outlet": r.get("outlet"),
                         "places": [p.model_dump() for p in on.values()]})
        _print_changes(r["id"], r["text"], {k: p.model_dump() for k, p in off.items()},
                       {k: p.model_dump() for k, p in on.items()}, counts)
    return counts


def compare(before: Path, after: Path) -> Counter:
    """Records added, removed or moved (> 1 km) between two ``--dump`` files of the same ids."""
    old = {a["id"]: a for a in pickle.loads(before.read_bytes())}
    counts: Counter = Counter()
    for b in pickle.loads(after.read_bytes()):
        pa = {(p["start"], p["end"]): p for p in old[b["id"]]["places"]}
        pb = {(p["start"], p["end"]): p for p in b["places"]}
        _print_changes(b["id"], b["text"], pa, pb, counts)
    print(f"# added {counts['ADD']}, removed {counts['REM']}, moved {counts['CHG']}")
    return counts


def main() -> int:
    if len(sys.argv) == 4 and sys.argv[1] == "compare":
        compare(Path(sys.argv[2]), Path(sys.argv[3]))
        return 0
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("seed", type=int)
    ap.add_argument("n", type=int)
    ap.add_argument("switches", nargs="+", help="module:ATTR booleans to turn off, then on")
    ap.add_argument("--exclude", type=Path, action="append", default=[], help="files of ids never to draw")
    ap.add_argument("--conflict", action="store_true", help="the held-back part's pool rule")
    ap.add_argument("--dump", type=Path, help="pickle every article's records (switches on) here")
    ap.add_argument("--ids", type=Path, help="run exactly these ids (one a line, e.g. a sample drawn "
                    "earlier: ids named in docs later change a seeded draw)")
    ap.add_argument("--save-ids", type=Path, help="write the drawn ids here")
    args = ap.parse_args()
    ex = {i for p in args.exclude for i in gg._ID.findall(p.read_text())}
    if args.ids:
        rows = by_ids(args.ids.read_text().split())
    else:
        rows = draw(args.seed, args.n, ex, conflict=args.conflict)
    if args.save_ids:
        args.save_ids.write_text("\n".join(r["id"] for r in rows) + "\n")
    print(f"# {len(rows)} articles, seed {args.seed}: {rows[0]['id']} ... {rows[-1]['id']}", flush=True)
    dump: list | None = [] if args.dump else None
    counts = run(rows, args.switches, dump)
    if args.dump:
        args.dump.write_bytes(pickle.dumps(dump))
    print(f"# added {counts['ADD']}, removed {counts['REM']}, moved {counts['CHG']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
