"""Run khabar on the articles of an audit draw and dump every predicted event (events-6d; JSON lines).

Like run_audit_ant.py, for a draw of SaudiNewsNet or ANT ids (the corpus is read from each id's
prefix): each article goes through ``khabar.analyze`` with its title, outlet and date, as
``khabar eval gold`` passes them. Run it with the tree to audit on PYTHONPATH, e.g.
PYTHONPATH=/tmp/wt-6d/src python tests/devgold/events-audit/run_audit_jk.py draw-j.txt > /tmp/j-start.jsonl
Each line: article id, then the event's fields as ``ArticleRecord.events`` holds them.
Uses only the shared data (never shipped).
"""

from __future__ import annotations

import gzip
import json
import sys

from run_audit_ant import draw_ids

from khabar import analyze
from khabar.document import RawArticle
from khabar.options import data_dir
from khabar.readers.meta import iso_date

CORPUS = {"saudinewsnet": "saudinewsnet.jsonl.gz", "ant": "ant.jsonl.gz"}


def main() -> None:
    wanted = set(draw_ids(sys.argv[1]))
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


if __name__ == "__main__":
    main()
