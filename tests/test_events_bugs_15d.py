"""Events bugs noticed by session 14 and fixed by helper events-15d (issue #7), as (text,
expected) tables:

1. ``record._retyped`` reads the phrase that tells the occurrence (the span and the naming noun
   past its reach), so the subtype no longer hangs on where the span stops («قتل ... في هجوم شنته
   المقاومة»: the Resistance is the attack's doer however many words the killing's object takes);
2. ``where.place_for``'s only-place fallback counts place mentions, not spots: a record's entity
   mention inside the record's own span («الرمادي» in «شرقي الرمادي») is the same mention."""

from __future__ import annotations

import pytest

from khabar import analyze
from khabar.events.triggers import CAUSE_MAX_GAP

# filler words (a commander's description), none of them an event word or a place
_FILLER = ["ميداني", "كبير", "بارز", "سابق", "معروف", "شاب"]


def _typed(text: str) -> list[tuple[str, str]]:
    return [(e.trigger.text, e.subtype or "") for e in analyze(text).events]


def _placed(text: str) -> list[tuple[str, str | None]]:
    rec = analyze(text)
    names = {p.id: p.text for p in rec.places}
    return [(e.trigger.text, names.get(e.place or "")) for e in rec.events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a regular force's attack on armed men, the naming noun within the span's reach...
        ("قتل قيادي من ميليشيات الحوثي في هجوم شنته المقاومة الشعبية على حملة مسلحة.",
         [("قتل قيادي من ميليشيات الحوثي في هجوم", "armed_clash")]),
        # ... and past it (SaudiNewsNet 026660): the same battle, the span now the killing alone
        ("قتل قيادي ميداني كبير من ميليشيات الحوثي في هجوم شنته المقاومة الشعبية على حملة مسلحة.",
         [("قتل", "armed_clash")]),
        # unknown gunmen are no regular force: an attack at either reach
        ("قتل مدني من سكان القرية في هجوم شنه مسلحون مجهولون على منزله.",
         [("قتل مدني من سكان القرية في هجوم", "attack")]),
        ("قتل مدني من سكان القرية الجنوبية الصغيرة في هجوم شنه مسلحون مجهولون على منزله.",
         [("قتل", "attack")]),
        # no event at all
        ("وقال الوزير إن الحكومة ستناقش الميزانية الجديدة الأسبوع المقبل.", []),
    ],
)
def test_subtype_reads_the_phrase(text: str, expected: list[tuple[str, str]]) -> None:
    assert _typed(text) == expected


@pytest.mark.parametrize("gap", [5, 6, 7, 8, 9])
def test_subtype_does_not_hang_on_the_reach(gap: int) -> None:
    """«قتل قيادي FILLER من ميليشيات الحوثي في هجوم شنته المقاومة الشعبية»: a battle with the
    naming noun inside the span or past it (``gap`` tokens between the killing and the noun; at 7
    and more the span alone put the doer over eight words away and typed it an attack)."""
    filler = "".join(w + " " for w in _FILLER[:gap - 5])
    text = f"قتل قيادي {filler}من ميليشيات الحوثي في هجوم شنته المقاومة الشعبية على حملة مسلحة."
    (span, subtype), = _typed(text)
    assert subtype == "armed_clash"
    assert (span == "قتل") == (gap > CAUSE_MAX_GAP)  # the span does reach as far as before


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one record whose own span holds its entity's mention: the sentence's only place
        ("قتل خمسة مدنيين في قصف جوي شرقي الرمادي يوم الاثنين.", [("قتل", "شرقي الرمادي")]),
        ("قتل خمسة مدنيين في قصف جوي شرق الرمادي يوم الاثنين.", [("قتل", "شرق الرمادي")]),
        # two places, neither named as where: none of them
        ("قتل خمسة مدنيين في قصف جوي شرقي الرمادي قرب الحدود مع سوريا يوم الاثنين.", [("قتل", None)]),
        # one place told twice, in two mentions, neither as where: not the place (unchanged)
        ("وقالت إيران إن ضباطا إيرانيين قتلوا، وأضافت إيران أنها سترد.", [("قتلوا", None)]),
        # a place and no event
        ("وقال الوزير إن الحكومة ستناقش الميزانية الجديدة في بغداد الأسبوع المقبل.", []),
    ],
)
def test_only_place_counts_mentions(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _placed(text) == expected
