"""Places inside the name of a party, a movement, an association or a club (rule 6c of
docs/annotation.md): no place record there; a later plain mention gives the record
(``khabar.places.parties``, places-7b). All sentences were written for these tests."""

from __future__ import annotations

import pytest

from _places import places


def spans(text: str) -> list[tuple[str, int]]:
    """(text, start) of each place record of a segmented text (the rules alone)."""
    return [(r.text, r.start) for r in places(text)]


@pytest.mark.parametrize(
    "text",
    [
        "قال الأمين العام لحركة مشروع تونس إن الحزب سيقدم مرشحا.",
        "أعلن حزب \"آفاق تونس\" انسحابه من الحكومة.",
        "وقع رئيس حزب حراك تونس الإرادة على البيان.",
        "فاز فريق اتحاد جدة على ضيفه.",
    ],
)
def test_place_in_a_party_or_club_name_is_no_record(text: str) -> None:
    assert spans(text) == []


def test_later_plain_mention_gives_the_record() -> None:
    text = "دعت حركة نداء تونس إلى الحوار. وتعيش تونس أزمة سياسية."
    assert spans(text) == [("تونس", text.rindex("تونس"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a preposition or a definite word between: the place is where the body acts
        ("دعا الاتحاد الأوروبي لمساعدة تونس.", ["تونس"]),
        ("قال حزب الله في لبنان إنه يرفض القرار.", ["لبنان"]),
        # the place with its own proclitic: the traffic in Riyadh
        ("ازدادت حركة سير بالرياض أمس.", ["الرياض"]),
    ],
)
def test_place_after_a_preposition_stays(text: str, expected: list[str]) -> None:
    assert [t for t, _ in spans(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "قال المتحدث في تصريح لقناة \"ليبيا الحدث\" إن القوات تقدمت.",
        "وبثت قناة «اليمن اليوم» الخطاب.",
    ],
)
def test_quoted_name_after_an_organisations_head_is_no_record(text: str) -> None:
    assert spans(text) == []


def test_quoted_place_after_an_ordinary_noun_stays() -> None:
    assert [t for t, _ in spans("وقال المتحدث إن \"ليبيا\" تواجه أزمة.")] == ["ليبيا"]
