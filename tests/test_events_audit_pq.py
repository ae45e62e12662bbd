"""The re-run check of events audits P and Q (audit-9a, session 9): ``run_pq.diff`` matches
events on (article, trigger offsets) and reports what was added, removed or changed; the kept
start predictions are stand-off and cover only the draws' articles."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

AUDIT = Path(__file__).parent / "devgold" / "events-audit"
sys.path.insert(0, str(AUDIT))

from run_audit_ant import draw_ids  # noqa: E402
from run_pq import START, diff, standoff  # noqa: E402


def _ev(article: str, start: int, end: int, type_: str = "battles", mentions: list | None = None) -> dict:
    return {"article": article, "start": start, "end": end, "sha1_8": "00000000", "type": type_,
            "subtype": "armed_clash", "mentions": mentions or []}


A, B = _ev("ant-1", 10, 15), _ev("ant-1", 40, 44)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ([], [], []),
        ([A, B], [A, B], []),  # the same events: nothing to judge
        ([B, A], [A, B], []),  # order does not matter
        ([A], [A, B], ["added"]),
        ([A, B], [B], ["removed"]),
        ([A], [_ev("ant-1", 10, 15, "riots")], ["changed"]),
        ([A], [_ev("ant-1", 10, 15, mentions=[[50, 55, "11111111"]])], ["changed"]),
        ([A], [_ev("ant-1", 10, 16)], ["removed", "added"]),  # other offsets: another event
        ([A], [_ev("ant-2", 10, 15)], ["removed", "added"]),
    ],
)
def test_diff(old: list[dict], new: list[dict], expected: list[str]) -> None:
    assert sorted(line.split("\t")[0] for line in diff(old, new)) == sorted(expected)


def test_standoff_keeps_no_text() -> None:
    ev = {"type": "battles", "subtype": "armed_clash", "trigger": {"text": "اشتباكات", "start": 3, "end": 11},
          "mentions": [{"text": "المعارك", "start": 20, "end": 27}]}
    got = standoff("saudinewsnet-000001", ev)
    assert got["start"] == 3 and got["end"] == 11 and len(got["sha1_8"]) == 8
    assert got["mentions"] == [[20, 27, got["mentions"][0][2]]]
    assert "اشتباكات" not in json.dumps(got, ensure_ascii=False)


def test_start_file_is_standoff_over_the_draws() -> None:
    ids = set(draw_ids("draw-p.txt")) | set(draw_ids("draw-q.txt"))
    rows = [json.loads(x) for x in START.read_text(encoding="utf-8").splitlines() if x.strip()]
    assert len(ids) == 80 and rows
    for r in rows:
        assert r["article"] in ids
        assert set(r) == {"article", "start", "end", "sha1_8", "type", "subtype", "mentions"}
