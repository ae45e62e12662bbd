"""scripts/events_dups.py (events-9b): which predictions are duplicates and which gold events
are swallowed, by the match rule of ``khabar eval gold``. Spans written for the tests."""

from __future__ import annotations

import pytest

from _scripts import script_module

errors = script_module("events_dups").errors


def _g(start: int, end: int, *also: tuple[int, int]) -> dict:
    return {"trigger": {"start": start, "end": end}, "also": [{"start": a, "end": b} for a, b in also]}


def _p(start: int, end: int, *mentions: tuple[int, int]) -> dict:
    return {"trigger": {"start": start, "end": end}, "mentions": [{"start": a, "end": b} for a, b in mentions]}


@pytest.mark.parametrize(
    ("gold", "pred", "dups", "swallowed"),
    [
        # one gold event told twice, both tellings predicted apart: the second is a duplicate
        ([_g(0, 5, (50, 55))], [_p(0, 5), _p(50, 55)], [1], []),
        # two gold events, the second merged as a mention of the first's prediction: swallowed
        ([_g(0, 5), _g(50, 55)], [_p(0, 5, (50, 55))], [], [1]),
        # each gold event predicted once: nothing to report
        ([_g(0, 5), _g(50, 55)], [_p(0, 5), _p(50, 55)], [], []),
        # a prediction overlapping no gold event is a spurious one, not a duplicate
        ([_g(0, 5)], [_p(0, 5), _p(80, 85)], [], []),
        # a gold event no prediction overlaps is a plain miss, not swallowed
        ([_g(0, 5), _g(50, 55)], [_p(0, 5)], [], []),
    ],
)
def test_errors(gold: list[dict], pred: list[dict], dups: list[int], swallowed: list[int]) -> None:
    _, d, s = errors(gold, pred)
    assert (d, s) == (dups, swallowed)
