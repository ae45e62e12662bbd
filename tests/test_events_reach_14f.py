"""One reach for a killing told with the occurrence that caused it, in both orders (helper
events-14f, issue #7): the trigger span runs from the killing to the naming noun after it
(«قتل 21 شخصا في هجوم», ``record._naming_after``) and from the naming noun to the killing after
it («هجوم ... أدى إلى مقتل», ``triggers.caused_killing``) only within ``CAUSE_MAX_GAP`` tokens;
past it the span is the trigger's own words and the other word is one of the event's mentions."""

from __future__ import annotations

import pytest

from khabar import analyze
from khabar.events.triggers import CAUSE_MAX_GAP

# filler words between the two (a soldier's name), none of them an event word
_NAMES = ["أحمد", "محمد", "علي", "حسن", "سالم", "خالد", "عمر", "يوسف", "سعيد", "كريم"]


def _events(text: str) -> list[tuple[str, list[str]]]:
    return [(e.trigger.text, [m.text for m in e.mentions]) for e in analyze(text).events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the killing told first, the naming noun within the reach: one span holds both
        ("قتل خمسة مدنيين في غارة جوية على قرية في ولاية لوغار أمس.", [("قتل خمسة مدنيين في غارة", [])]),
        ("قتل شخص وأصيب عشرة آخرون في هجوم على مسجد في لندن أمس.", [("قتل شخص وأصيب عشرة آخرون في هجوم", [])]),
        # ... past it (six tokens and more, as in the fresh articles): the killing alone, the
        # naming noun a mention of the same event (one event, not two)
        ("قتل الجندي أحمد محمد علي حسن في هجوم على حاجز في العريش أمس.", [("قتل", ["هجوم"])]),
        ("قتل شخص وأصيب عشرة آخرون أمس في هجوم على مسجد في لندن.", [("قتل", ["وأصيب", "هجوم"])]),
        ("قتل عامل في شركة السكك الحديدية التركية وأصيب شخص آخر في هجوم مساء الخميس.",
         [("قتل", ["وأصيب", "هجوم"])]),
        ("قتل زعيم تنظيم القاعدة ناصر الوحيشي في غارة شنتها طائرة بدون طيار في اليمن.", [("قتل", ["غارة"])]),
        # the naming noun told first: the same reach (triggers.caused_killing)
        ("وقال مسؤولون إن هجوما على حاجز العريش أدى إلى مقتل ثلاثة جنود أمس.",
         [("هجوما على حاجز العريش أدى إلى مقتل", [])]),
        ("وقال مسؤولون إن هجوما على حاجز في العريش أدى إلى مقتل ثلاثة جنود أمس.", [("هجوما", ["مقتل"])]),
        # spans that stay as they are: no naming noun; a full stop between them
        ("قتل ثلاثة جنود في العريش أمس.", [("قتل", [])]),
        ("قتل أربعة جنود. وفي هجوم آخر أصيب شرطي.", [("قتل", []), ("أصيب", ["هجوم"])]),
        # no event at all
        ("وقال الوزير إن الحكومة ستناقش الميزانية الجديدة الأسبوع المقبل.", []),
    ],
)
def test_trigger_spans(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize("gap", [CAUSE_MAX_GAP, CAUSE_MAX_GAP + 1])
def test_one_reach_for_both_orders(gap: int) -> None:
    """At ``CAUSE_MAX_GAP`` tokens between them the span holds both words, one token more and
    it does not, whichever comes first."""
    # killing first: «قتل الجندي NAMES في هجوم» (the soldier and «في» are two of the gap)
    killing_first = f"قتل الجندي {' '.join(_NAMES[:gap - 2])} في هجوم على حاجز في العريش أمس."
    # naming noun first: «هجوما على حاجز NAMES أدى إلى مقتل» (four of the gap are words)
    naming_first = f"وقال مسؤولون إن هجوما على حاجز {' '.join(_NAMES[:gap - 4])} أدى إلى مقتل ثلاثة جنود أمس."
    (k_span, k_ments), = _events(killing_first)
    (n_span, n_ments), = _events(naming_first)
    if gap <= CAUSE_MAX_GAP:
        assert k_span.endswith("في هجوم") and k_ments == []
        assert n_span.endswith("أدى إلى مقتل") and n_ments == []
    else:
        assert (k_span, k_ments) == ("قتل", ["هجوم"])
        assert (n_span, n_ments) == ("هجوما", ["مقتل"])


def _dated(text: str) -> list[tuple[str, str | None]]:
    rec = analyze(text)
    values = {d.id: d.value for d in rec.dates}
    return [(e.trigger.text, values.get(e.date)) for e in rec.events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # past the reach the span is the killing (or the wounding) alone, but the relative clause
        # of the naming noun still dates the occurrence (the date was lost without it)
        ("وأصيب الجندي أحمد محمد علي حسن في الهجوم الذي وقع يوم 12 مارس 2015 على حاجز العريش.",
         [("وأصيب", "2015-03-12")]),
        ("قتل تسعة عناصر من تنظيم داعش في الغارات الجوية التي نفذتها مقاتلات تركية يوم 24 يوليو 2015.",
         [("قتل", "2015-07-24")]),
        # within the reach, as before
        ("وأصيب الجندي أحمد محمد في الهجوم الذي وقع يوم 12 مارس 2015 على حاجز العريش.",
         [("وأصيب الجندي أحمد محمد في الهجوم", "2015-03-12")]),
        # no date at all
        ("قتل الجندي أحمد محمد علي حسن في هجوم على حاجز العريش.", [("قتل", None)]),
    ],
)
def test_the_naming_nouns_clause_still_dates_it(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _dated(text) == expected
