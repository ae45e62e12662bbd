"""A compass plural then «من»/«في» + a named town or area is a region of that place
(docs/annotation.md, places rule 7: a direction whose place is named; places-18g).

Before, places-18e's narrowing of ``country_phrases._parts`` left these with no record (main
had put them at the country's part, hundreds of km off). Now each is a ``region`` record of
the named place, its span from the plural to the name, its point the one «جنوب X» gets.
Bare plurals, «من البلاد» and a country after the plural stay as ``_parts`` reads them.
"""

from __future__ import annotations

import pytest

from _places import places


@pytest.mark.parametrize(
    ("text", "surface", "country", "name_en"),
    [
        ("قصف الجيش المناطق الجنوبية من إقليم البنجاب أمس.", "المناطق الجنوبية من إقليم البنجاب", "PK",
         "south of Punjab (Pakistan)"),
        ("سيطرت القوات على المحافظات الشمالية من مدينة دونيتسك.", "المحافظات الشمالية من مدينة دونيتسك",
         "UA", "north of Donetsk"),
        ("تشهد المناطق الشمالية من محافظة حلب معارك عنيفة.", "المناطق الشمالية من محافظة حلب", "SY",
         "north of Aleppo"),
        ("وقعت اشتباكات في المناطق الشرقية من حمص.", "المناطق الشرقية من حمص", "SY", "east of Homs"),
        # a proclitic on the plural stays out of the span
        ("وقعت اشتباكات بالمناطق الغربية في حمص.", "المناطق الغربية في حمص", "SY", "west of Homs"),
    ],
)
def test_plural_of_a_named_place_is_its_region(text: str, surface: str, country: str, name_en: str) -> None:
    got = [(r.text, r.country, r.precision, r.name_en) for r in places(text)]
    assert got == [(surface, country, "region", name_en)]


def test_plural_region_lies_off_the_named_point() -> None:
    """The shifted point «جنوب X» gets, not the country's part."""
    (south,) = places("قصف الجيش المناطق الجنوبية من إقليم البنجاب أمس.")
    (plain,) = places("قصف الجيش إقليم البنجاب أمس.")
    assert south.lat < plain.lat and abs(south.lon - plain.lon) < 0.01


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bare plurals: no place named, no record (places-18e)
        ("تشهد المناطق الجنوبية معارك.", []),
        ("زار الوزير المحافظات الشمالية أمس.", []),
        # «من البلاد» and a named country: ``_parts`` reads them, at the country's part
        ("عمدوا إلى قصف المناطق الجنوبية من السعودية بقذائف هاون.", ["المناطق الجنوبية", "السعودية"]),
        ("قصفت الطائرات المناطق الجنوبية من البلاد.", []),
        # two compass adjectives name two regions: only the town, no direction
        ("وقعت اشتباكات في المناطق الغربية والجنوبية من حلب.", ["حلب"]),
        # a plural with no compass adjective, or another noun, is no region
        ("وقعت اشتباكات في المناطق القريبة من حمص.", ["حمص"]),
        ("وقعت اشتباكات في الأحياء الشرقية من حمص.", ["حمص"]),
        # the plural in another sentence
        ("تشهد المناطق الجنوبية من. حمص هادئة.", ["حمص"]),
    ],
)
def test_other_phrases_are_unchanged(text: str, expected: list[str]) -> None:
    assert [r.text for r in places(text)] == expected
