"""Ordinary words that fold to a town's name (``data/places/stopnames.txt``, flagged common in
the index): words in running text, places after a cue word."""

from __future__ import annotations

import pytest

from _places import places


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("وتقبلوا خالص الاحترام من صنعاء.", "خالص"),  # sincere, not Khalis (Iraq)
        ("تلا ذلك أمسية شعرية في جدة.", "تلا"),  # followed, not Tallaght
        ("شن الجيش حملة لكسر الحصار عن تعز.", "لكسر"),  # to break, not Luxor
        ("حذر من الأطراف الخارجة عن القانون في عدن.", "الخارجة"),
        ("فكر مليا في الأمر بالرياض.", "مليا"),  # at length, not Mbeya
        ("وقال القنصل دونلد بلوم في جدة إن بلاده تستنكر الهجوم.", "لوم"),  # a name, not Lomé
    ],
)
def test_word_is_no_place(text: str, word: str) -> None:
    recs = places(text)
    assert recs  # the sentence's other places are found (review-19a: not vacuous)
    assert not [r for r in recs if word in r.text]


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("وصل الوفد إلى مدينة مشهد شمال شرقي إيران.", "مدينة مشهد", "IR"),
        ("انفجرت قنبلة في محافظة حولي بالكويت.", "محافظة حولي", "KW"),
    ],
)
def test_flagged_name_after_a_cue_is_a_place(text: str, surface: str, country: str) -> None:
    hits = [r for r in places(text) if surface in r.text or r.text in surface and len(r.text) > 3]
    assert hits and hits[0].country == country
