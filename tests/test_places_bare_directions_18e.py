"""Session 18 (places-18e): a bare direction is no place (docs/annotation.md, places rule 7).

«الجنوب»، «بالشمال»، «بالوسط والجنوب»، «محافظات الجنوب»، «المحافظات الجنوبية»، «المناطق
الشمالية» and «الحد الجنوبي» name no place: no record, even in a story about one country
(khabar read the first two as that country's south / north, ``country_phrases._south_north``,
removed; the plurals as its parts, ``_parts`` without a country named; «الحد الجنوبي» was a
hand row of ``regions.tsv``, removed; the tagger's LOC «الجنوب» with no gazetteer name was
an unknown place at the place beside it, ``unknown._not_a_name`` now refuses it, and so does
``listed._list_word`` in a list after a plural cue: «كبرى مدن الجنوب، وبدعم»). A direction whose place is named keeps its record:
«جنوب اليمن»، «الجنوب الليبي»، «المناطق الجنوبية من السعودية»، «جنوب البلاد»; a name holding a
direction word is a name («ظهران الجنوب»، «الحدود الشمالية»). The sentences are written for
these tests (SaudiNewsNet text is not committed)."""

from __future__ import annotations

import pytest

from _places import places, tagged


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bare nouns, in a story naming its country twice (the old `_south_north` condition)
        ("قالت الحكومة في اليمن إن القوات تتقدم إلى الجنوب، وإن اليمن سيتحرر.", ["اليمن"]),
        ("انطلق الحوثيون من صعدة في اليمن بالشمال، وفق مصادر في اليمن.", ["صعدة", "اليمن"]),
        ("انسحب الحوثيون إلى الشمال بعد معارك عدن في اليمن.", ["عدن", "اليمن"]),
        ("تنقل الشاحنات العلب إلى المندوبيات بالوسط والجنوب، وفق وزارة التربية في تونس وتونس.",
         ["تونس"]),
        ("زار الوزير محافظات الجنوب في اليمن واليمن.", ["اليمن"]),
        ("قال أبناء الجنوب في اليمن إن اليمن واليمن.", ["اليمن"]),
        # bare plurals with a compass adjective (the old `_parts` fallback to the main country)
        ("بعد هزائمها في المحافظات الجنوبية انسحب الحوثيون في اليمن إلى صعدة في اليمن.",
         ["اليمن", "صعدة"]),
        ("هطلت أمطار على المناطق الشمالية والسعودية في السعودية.", ["السعودية"]),
        # a list after a plural cue («مدن»): «الجنوب» is no small place of it (``listed``)
        ("شنت القوات هجوما من عدن، كبرى مدن الجنوب، وبدعم من طيران التحالف.", ["عدن"]),
        ("تدور المعارك في المحافظات الشمالية والغربية.", []),
        ("تحررت الأجزاء الشمالية من المدينة أمس.", []),
        # a border line (the old hand row «الحد الجنوبي»)
        ("استشهد جندي في الحد الجنوبي.", []),
        ("تصدى الجنود لمحاولة تسلل على الحد الجنوبي للمملكة في السعودية والسعودية.", ["السعودية"]),
        ("يرابط الجنود على الحدالجنوبي.", []),
        # inputs with no place at all
        ("اتجه الحديث إلى الشمال والجنوب.", []),
    ],
)
def test_bare_directions_make_no_record(text: str, expected: list[str]) -> None:
    assert [r.text for r in places(text)] == expected


@pytest.mark.parametrize(
    ("text", "surface", "country", "precision"),
    [
        ("اشتدت المعارك في الجنوب الليبي.", "الجنوب الليبي", "LY", "region"),
        ("اشتدت المعارك في الجنوب السوري.", "الجنوب السوري", "SY", "region"),
        ("تقدمت القوات في جنوب اليمن.", "جنوب اليمن", "YE", "region"),
        ("عمدوا إلى قصف المناطق الجنوبية من السعودية بقذائف هاون.", "المناطق الجنوبية", "SA", "region"),
        ("زار الوزير المحافظات الجنوبية اليمنية.", "المحافظات الجنوبية", "YE", "region"),
        # more compass adjectives, then the country; the anaphor «البلاد» (as «جنوب البلاد»)
        ("تعاني المرأة في المناطق الغربية والجنوبية في إيران من العنف.", "المناطق الغربية", "IR", "region"),
        ("تدور المعارك في الموصل وفي المحافظات الشمالية والغربية من البلاد.", "المحافظات الشمالية", "IQ",
         "region"),
        ("وصل القائد إلى جنوب البلاد في اليمن واليمن.", "جنوب البلاد", "YE", "region"),
        ("وصل الوفد إلى ظهران الجنوب.", "ظهران الجنوب", "SA", "city"),
        ("هطلت أمطار على الحدود الشمالية وتبوك.", "الحدود الشمالية", "SA", "admin"),
    ],
)
def test_named_directions_keep_their_record(text: str, surface: str, country: str, precision: str) -> None:
    hits = [r for r in places(text) if r.text == surface]
    assert hits, [r.text for r in places(text)]
    assert (hits[0].country, hits[0].precision) == (country, precision)


@pytest.mark.parametrize(
    ("text", "loc", "expected"),
    [
        # the tagger's LOC on a bare direction: no unknown place at the place beside it
        ("وصلت التعزيزات من عدن إلى الجنوب أمس.", "الجنوب", ["عدن"]),
        ("تقدمت القوات من عدن نحو الشمال والوسط أمس.", "الشمال والوسط", ["عدن"]),
        ("وصلت التعزيزات من عدن إلى الشرق أمس.", "الشرق", ["عدن"]),
        # an unknown name the tagger marks LOC still is a place beside Aden
        ("وصلت التعزيزات من عدن إلى منطقة الحسوة أمس.", "الحسوة", ["عدن", "الحسوة"]),
    ],
)
def test_tagged_bare_directions_are_no_unknown_place(text: str, loc: str, expected: list[str]) -> None:
    assert [r.text for r in tagged(text, loc)] == expected
