"""scripts/events_missed_survey.py (events-17c): the stage that loses a missed event, read off the
events step's own stage functions, and the wrapping undone afterwards."""

from __future__ import annotations

import pytest
from tests._scripts import script_module

import khabar.events as E
from khabar.pipeline import analyze

survey = script_module("events_missed_survey")


def _class_of(text: str, word: str) -> str:
    with survey.captured() as box:
        box.clear()
        events = analyze(text).events
        s = text.index(word)
        return survey.classify(events, box, s, s + len(word))[0]


@pytest.mark.parametrize(("text", "word", "expected"), [
    # an event's trigger covers it
    ("قتل مسلحون خمسة جنود أمس في هجوم على حاجز أمني في مدينة العريش.", "قتل", "F"),
    # a future verb: dropped at stage 1 (not done)
    ("سيتظاهر العمال غدا أمام مقر الوزارة في العاصمة.", "سيتظاهر", "D 1unreal"),
    # no lexicon mention at all: nothing to find
    ("افتتح الوزير أمس معرضا للكتاب في مدينة جدة.", "افتتح", "N"),
])
def test_class_of_a_missed_span(text: str, word: str, expected: str) -> None:
    assert _class_of(text, word) == expected


def test_a_span_no_event_holds_is_not_found() -> None:
    # the trigger is found; a span elsewhere in the sentence is not credited to it
    text = "قتل مسلحون خمسة جنود أمس في هجوم على حاجز أمني في مدينة العريش."
    assert _class_of(text, "العريش") == "N"


def test_the_stage_functions_are_restored() -> None:
    kept, merge = E._kept_mentions, E.merge_events
    with survey.captured():
        assert E._kept_mentions is not kept
    assert (E._kept_mentions, E.merge_events) == (kept, merge)


def test_clean_reserve_never_read() -> None:
    assert "r" not in survey.GROUPS and "s" not in survey.GROUPS


def _ev(start: int, end: int, mentions: tuple[tuple[int, int], ...] = ()) -> object:
    from types import SimpleNamespace as NS
    return NS(trigger=NS(start=start, end=end, text="x"), subtype="attack",
              mentions=[NS(start=s, end=e) for s, e in mentions])


@pytest.mark.parametrize(("final", "pre", "expected"), [
    ([_ev(0, 5, ((20, 25),))], [_ev(0, 5)], "G"),  # a mention, never an event of its own
    ([_ev(0, 5, ((20, 25),))], [_ev(0, 5), _ev(20, 25)], "M"),  # its own event, merged away
    ([_ev(0, 5)], [_ev(0, 5), _ev(20, 25)], "X"),  # its own event, gone after the merge
    ([_ev(20, 25)], [_ev(20, 25)], "F"),
    ([], [], "N"),
])
def test_merge_classes(final: list, pre: list, expected: str) -> None:
    assert survey.classify(final, {"pre": pre}, 20, 25)[0] == expected
