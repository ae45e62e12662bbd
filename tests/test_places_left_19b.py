"""Items session 18 left for places (session 19, places-19b; docs/places.md, "Session 19:
items left by session 18 (places-19b)"): two data rows.

- ``wordsense.tsv``: «الحدود الشمالية» + «ل» + another country is that country's border (a
  line, docs/annotation.md places rule 7), not Saudi Arabia's Northern Borders Region;
- ``lexicon.NISBA``: «القبرصي» names Cyprus («الشمال القبرصي» is northern Cyprus)."""

from __future__ import annotations

import pytest

from _places import places


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        # the Saudi region, named as such, stays
        ("وصل أمير منطقة الحدود الشمالية إلى عرعر أمس.", "منطقة الحدود الشمالية", "SA"),
        ("هطلت أمطار غزيرة على الحدود الشمالية والجوف أمس.", "الحدود الشمالية", "SA"),
        # rule 7's open case (the anaphor «للمملكة») is left as it was
        ("تسلل أربعة إرهابيين عبر الحدود الشمالية للمملكة قرب عرعر.", "الحدود الشمالية", "SA"),
        # northern Cyprus
        ("وأكد أن الوضع في الشمال القبرصي التركي مستقر.", "الشمال القبرصي", "CY"),
        ("زار الوزير الشطر الشمالي من قبرص، ثم الجنوب القبرصي.", "الجنوب القبرصي", "CY"),
    ],
)
def test_place(text: str, surface: str, country: str) -> None:
    recs = [r for r in places(text) if r.text == surface]
    assert [r.country for r in recs] == [country]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # another country's northern border: no Saudi region (the country keeps its record)
        ("أحبط الجيش محاولة تسلل على الحدود الشمالية للأردن مع سوريا.", "الحدود"),
        ("قصفت المدفعية مواقع قرب الحدود الشمالية لإسرائيل.", "الحدود"),
        ("انتشرت القوات على الحدود الشمالية لسوريا مع تركيا.", "الحدود"),
        # a company, an adjective of no place
        ("وقعت الشركة القبرصية عقدا مع الحكومة اللبنانية في بيروت.", "القبرصية"),
    ],
)
def test_no_record(text: str, word: str) -> None:
    assert not [r for r in places(text) if word in r.text]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("أحبط الجيش محاولة تسلل على الحدود الشمالية للأردن مع سوريا.", "JO"),
        ("قصفت المدفعية مواقع قرب الحدود الشمالية لإسرائيل.", "IL"),
    ],
)
def test_the_country_named_stays(text: str, country: str) -> None:
    assert country in {r.country for r in places(text)}
