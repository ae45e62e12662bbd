"""Run khabar on the articles of an audit draw and dump every predicted event (events-6d; JSON lines).

``run_audit_ant.dump`` on a draw of SaudiNewsNet or ANT ids (the corpus is read from each id's
prefix): each article goes through ``khabar.analyze`` with its title, outlet and date, as
``khabar eval gold`` passes them. Run it with the tree to audit on PYTHONPATH, e.g.
PYTHONPATH=/tmp/wt-6d/src python tests/devgold/events-audit/run_audit_jk.py draw-j.txt > /tmp/j-start.jsonl
Each line: article id, then the event's fields as ``ArticleRecord.events`` holds them.
Uses only the shared data (never shipped).
"""

from __future__ import annotations

import sys

from run_audit_ant import draw_ids, dump


def main() -> None:
    dump(set(draw_ids(sys.argv[1])))


if __name__ == "__main__":
    main()
