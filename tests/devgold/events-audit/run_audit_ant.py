"""Run khabar on draw E's articles and dump every predicted event (events-5d; prints JSON lines).

Each article goes through ``khabar.analyze`` with its title, outlet and date, as
``khabar eval gold`` passes them. Run it with the tree to audit on PYTHONPATH, e.g.
PYTHONPATH=/tmp/wt-5d/src python tests/devgold/events-audit/run_audit_ant.py > /tmp/e-start.jsonl
(an argument names another draw's id file: ``run_audit_ant.py draw-f.txt``).
Each line: article id, then the event's fields as ``ArticleRecord.events`` holds them.
Uses only the shared data (never shipped).
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

from khabar import analyze
from khabar.document import RawArticle
from khabar.options import data_dir
from khabar.readers.meta import iso_date


def draw_ids(name: str = "draw-e.txt") -> list[str]:
    path = Path(__file__).parent / name
    return [x.strip() for x in path.read_text(encoding="utf-8").splitlines() if x.strip() and not x.startswith("#")]


# The news file of each id prefix (the draws hold ANT ids; draws J of SaudiNewsNet reuse ``dump``).
CORPUS = {"saudinewsnet": "saudinewsnet.jsonl.gz", "ant": "ant.jsonl.gz"}


def dump(wanted: set[str]) -> None:
    """Analyse the articles of ``wanted`` (read from each id's corpus) and print their events."""
    rows = []
    for prefix in sorted({x.split("-")[0] for x in wanted}):
        with gzip.open(data_dir() / "news" / CORPUS[prefix], "rt", encoding="utf-8") as f:
            rows += [r for r in map(json.loads, f) if r["id"] in wanted]
    for r in sorted(rows, key=lambda r: r["id"]):
        art = RawArticle(text=r["text"], source=r["id"], id=r["id"], title=r["title"],
                         outlet=r["outlet"], date=iso_date(r["date"]))
        rec = analyze(art).model_dump()
        for ev in rec["events"]:
            sys.stdout.write(json.dumps({"article": r["id"], **ev}, ensure_ascii=False) + "\n")


def main() -> None:
    dump(set(draw_ids(*sys.argv[1:2])))


if __name__ == "__main__":
    main()
