"""The 60 events of audit U (events-21a, session 21; prints them stand-off).

Draw U (draw-u.txt, 40 articles) gives more than 60 predicted events at bfb9291
(pred-u-start.jsonl, written by ``run_u.py --write``). The audit takes the articles in draw order
(the order pool21.py printed them, a seeded shuffle) and every event of each, in trigger order,
until 60 events are taken: the last article may be cut. From the repository root:
PYTHONPATH=tests/devgold/events-audit python tests/devgold/events-audit/pick_audit_u.py
"""

from __future__ import annotations

import json
from pathlib import Path

from run_audit_ant import draw_ids

HERE = Path(__file__).parent
N_EVENTS = 60


def pick() -> list[dict]:
    """The first ``N_EVENTS`` events of pred-u-start.jsonl in draw order, then trigger order."""
    events = [json.loads(x) for x in (HERE / "pred-u-start.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    order = {a: i for i, a in enumerate(draw_ids("draw-u.txt"))}
    events.sort(key=lambda e: (order[e["article"]], e["start"], e["end"]))
    return events[:N_EVENTS]


if __name__ == "__main__":
    for e in pick():
        print(f"{e['article']}\t{e['start']}\t{e['end']}\t{e['sha1_8']}\t{e['type']}\t{e['subtype']}")
