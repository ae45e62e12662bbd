"""An act named once, unanchored, in a long article is no occurrence told (events-15b,
``filters.told_once_in_long_piece``; docs/events.md, "Session 15"). The sentences are written for
these tests; the long article is a sentence of filler repeated past ``LONG_PIECE_WORDS``."""

from __future__ import annotations

import pytest

from khabar import analyze
from khabar.document import RawArticle
from khabar.events.filters import LONG_PIECE_WORDS, told_once_in_long_piece
from khabar.schema import Event, Span

# 13 words, none of them an event word: 50 copies make a long article.
FILLER = "وتناول الكاتب في مقاله تاريخ المنطقة وأحوالها الاقتصادية والاجتماعية والثقافية خلال العقود الماضية بالتفصيل. "
LONG = FILLER * 50


def _triggers(text: str) -> list[str]:
    return [e.trigger.text for e in analyze(RawArticle(text=text, source="t", id="t")).events]


# Told once, with no date, place, source or toll: history, habits, asides.
TOLD_ONCE = [
    ("واعتاد المتمردون على الاختباء وسط القرى المكتظة بالسكان هربا من قصف طائرات التحالف.", "قصف"),
    ("وكان الجيش قد شن هجوما على مواقع المسلحين.", "شن هجوما"),
    ("وقصفت الطائرات مواقع المسلحين بعنف.", "وقصفت"),
    ("وقد اعتقل أنصاره بعد وفاته وعلى رأسهم زوجته.", "اعتقل"),
]

# Anchored (a date, a place, a toll, a source) or told twice: the article's news, kept.
ANCHORED = [
    ("وقصفت الطائرات أمس مواقع المسلحين بعنف.", "وقصفت"),
    ("وقصفت الطائرات مواقع المسلحين في مدينة حلب.", "وقصفت"),
    ("وقصفت الطائرات مواقع المسلحين مما أدى إلى مقتل خمسة منهم.", "وقصفت"),
    ("وقال المتحدث باسم الجيش إن الطائرات قصفت مواقع المسلحين.", "قصفت"),
    ("وقصفت الطائرات مواقع المسلحين بعنف. وأدى القصف إلى تدمير المواقع.", "وقصفت"),
]


def test_filler_is_long_and_eventless() -> None:
    assert len(LONG.split()) >= LONG_PIECE_WORDS
    assert _triggers(LONG) == []


@pytest.mark.parametrize(("sentence", "trigger"), TOLD_ONCE)
def test_told_once_in_long_article_yields_nothing(sentence: str, trigger: str) -> None:
    assert _triggers(LONG + sentence) == []


@pytest.mark.parametrize(("sentence", "trigger"), TOLD_ONCE)
def test_told_once_in_short_article_stays(sentence: str, trigger: str) -> None:
    assert _triggers(sentence) == [trigger]


@pytest.mark.parametrize(("sentence", "trigger"), ANCHORED)
def test_anchored_or_retold_in_long_article_stays(sentence: str, trigger: str) -> None:
    assert _triggers(LONG + sentence) == [trigger]


def _event(**fields: object) -> Event:
    return Event(id="v1", type="battles", subtype="armed_clash", trigger=Span(start=0, end=3, text="قتل"), **fields)


@pytest.mark.parametrize(
    ("fields", "kept"),
    [
        ({}, False),
        ({"date": "d1"}, True),
        ({"place": "p1"}, True),
        ({"claim": "c1"}, True),
        ({"fatalities": {"min": 1, "best": 1, "max": 1}}, True),
        ({"mentions": [Span(start=10, end=15, text="القتل")]}, True),
    ],
)
def test_the_anchors(fields: dict[str, object], kept: bool) -> None:
    events = [_event(**fields)]
    assert told_once_in_long_piece(events, LONG_PIECE_WORDS - 1) == events
    assert told_once_in_long_piece(events, LONG_PIECE_WORDS) == (events if kept else [])
