"""The date patterns' gates (``khabar.dates.patterns._NEEDS``): a pattern runs only when
the text holds a part it cannot match without. The gates must never hide a date: each
row's dates are the same with the gates and with every pattern run (``_NEEDS`` emptied),
including texts where the gated part sits in an unusual place, and texts with no date."""

from __future__ import annotations

import pytest

from khabar.dates import patterns
from khabar.dates.patterns import find_dates
from khabar.normalize import normalize


def _spans(text: str, **kw: bool) -> list[tuple[str, str]]:
    norm = normalize(text).text
    return [(m.kind, norm[m.start:m.end]) for m in find_dates(norm, **kw)]


@pytest.mark.parametrize(("text", "expected"), [
    # month glued to the digits («15مارس2017»): the month gate allows a digit before it
    ("وصل في 15مارس2017 الى", [("abs", "15مارس2017")]),
    # a month after «/» («7 / يوليو /2015م»)
    ("في 7 / يوليو /2015م", [("abs", "7 / يوليو /2015م")]),
    # two names of one month («آذار/مارس»)
    ("في 12 آذار/مارس 2024", [("abs", "12 اذار/مارس 2024")]),
    # numeric dates: Gregorian, Gregorian year first, Hijri (gated by a separator between digits)
    ("بتاريخ 15/3/2024 صدر", [("abs", "15/3/2024")]),
    ("بتاريخ 2024-03-15 صدر", [("abs", "2024-03-15")]),
    ("الموافق 12/10/1436هـ", [("hijri", "12/10/1436ه")]),
    # (normalisation drops the tatweel of «هـ»)
    # a Hijri year alone, a Hijri month with a day, «قبل» + unit, «من الشهر الماضي»
    ("عام 1436 هـ", [("hijri", "عام 1436 ه")]),
    ("في 27 رمضان", [("hijri", "27 رمضان")]),
    ("قبل يومين", [("rel", "قبل يومين")]),
    ("في العاشر من الشهر الماضي", [("abs", "العاشر من الشهر الماضي")]),
])
def test_gated_patterns_still_find_their_dates(text: str, expected: list[tuple[str, str]],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    got = _spans(text)
    monkeypatch.setattr(patterns, "_NEEDS", {})
    assert [s for _, s in got] == [s for _, s in _spans(text)] == [s for _, s in expected]


@pytest.mark.parametrize("text", [
    "قال الوزير إن الاجتماع كان مثمرا",  # no date part at all
    "بلغ عدد الزوار 2500 زائر",  # a number that is no year pattern's
    "مايوه أحمر على الشاطئ",  # a month name inside a word (the month gate needs word edges)
    "قبلة على الجبين",  # «قبل» inside a word
])
def test_texts_without_dates_give_nothing(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _spans(text) == []
    monkeypatch.setattr(patterns, "_NEEDS", {})
    assert _spans(text) == []


@pytest.mark.parametrize("kind", sorted(patterns._NEEDS))
def test_every_gate_names_a_known_part(kind: str) -> None:
    assert kind in patterns._compiled()
    assert all(g in patterns._gates() for g in patterns._NEEDS[kind])
