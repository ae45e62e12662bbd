"""A name the index does not know, followed by the country it lies in (``places.near``,
session 14, places-14a): «مدينة ليبزيغ الألمانية»، «قرية كارابوتاك في كازاخستان» is put in that
country (at a town of it named in its sentence, else at the country's point) when the places
around it lie in another country or none is named; never by a bare country name, a list mate
(«والنيبال») or a masculine adjective («ملعب السوبر السعودي»)."""

from __future__ import annotations

import pytest

from _places import find, places
from khabar.places.near import named_country


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("مدينة ليبزيغ الألمانية قال", "ليبزيغ", "DE"),
        ("بمدينة شنغهاي الصينية،", "شنغهاي", "CN"),
        ("مدينة أفيون التركية حفلا", "أفيون", "TR"),
        ("قرية كارابوتاك في كازاخستان.", "كارابوتاك", "KZ"),
        ("منطقة جبال كيبيش في إثيوبيا، وفقا", "جبال كيبيش", "ET"),
        ("بلدة ديرفلا بإثيوبيا أمس", "ديرفلا", "ET"),
        ("حي الناصرية بالعراق أمس", "الناصرية", "IQ"),
        ("في بلدة ليبزيغ الألمانية إن", "بلدة ليبزيغ الألمانية", "DE"),
        ("رئيس معسكر الخروج في المملكة المتحدة قال", "معسكر الخروج", "GB"),
        ("مطار بلاكبوش ببريطانيا عند", "مطار بلاكبوش", "GB"),
        # must yield nothing: a list, a bare name, a masculine adjective, punctuation, a
        # capital, a word with ب that is no country, a region
        ("مناطق الهند والنيبال وباكستان", "النيبال", None),
        ("مناطق مثل بريتيش كولومبيا بحثا", "بريتيش", None),
        ("ملعب السوبر السعودي في لندن", "ملعب السوبر", None),
        ("القطر الليبي وفق", "القطر", None),
        ("مدينة الزرقاء، الأردن", "الزرقاء", None),
        ("حي الخضراء بالعاصمة", "الخضراء", None),
        ("السفارة العمانية في المملكة ممثلة", "السفارة العمانية", None),
        ("شمال القطر الجزائري، على", "القطر", None),
        ("السفارة العمانية أمس", "السفارة العمانية", None),
        ("سفارة عمانية جديدة", "سفارة عمانية", None),
        ("مركب صيد قبالة بحر منطقة السودانية شمال غرب مدينة غزة", "بحر منطقة السودانية", None),
        ("الصيادين قبالة بحر السودانية، وهي", "بحر السودانية", None),
        ("بالقرب من مثلث الحدود المصرية والليبية والسودانية.", "مثلث الحدود", None),
        ("حي النور بالإضافة إلى ذلك", "النور", None),
        ("مدينة سيدي بوزيد في الجنوب", "سيدي بوزيد", None),
    ],
)
def test_named_country(text: str, name: str, expected: str | None) -> None:
    start = text.index(name)
    assert named_country(text, start, start + len(name), len(text)) == expected


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        # the place named before lies in another country
        ("أعلن علماء في مراكش اكتشاف عظام. وقال باحث من بلدة ليبزيغ الألمانية إن الاكتشاف مهم.",
         "بلدة ليبزيغ الألمانية", "DE"),
        ("أعلن علماء في مراكش اكتشاف عظام. وعثر عليها في منطقة كيبيش في إثيوبيا قبل أعوام.",
         "منطقة كيبيش", "ET"),
        ("فاز ريال مدريد على لاتسيو في قرية فوشانغ الصينية أمس.", "قرية فوشانغ الصينية", "CN"),
        # no other place named: the country's point
        ("وقعت الحادثة قرب قرية كارابوتاك في كازاخستان أمس.", "قرية كارابوتاك", "KZ"),
    ],
)
def test_put_in_the_country_named(text: str, surface: str, country: str) -> None:
    assert find(places(text), surface).country == country


def test_a_town_of_that_country_in_its_sentence() -> None:
    # «باريس» is named before, «برلين» in the same sentence: Berlin's point, not Paris's
    got = places("عاد الوزير من باريس. وزار بلدة كوتبوسين الألمانية القريبة من برلين.")
    r, berlin = find(got, "بلدة كوتبوسين الألمانية"), find(got, "برلين")
    assert (r.lat, r.lon, r.country) == (berlin.lat, berlin.lon, "DE")


@pytest.mark.parametrize(
    ("text", "surface", "host"),
    [
        # the place found lies in the country named: unchanged
        ("قال وزير الداخلية في إقليم بافاريا إن شابا هاجم ركاب قطار ببلدة فورتسبرغ الألمانية.",
         "بلدة فورتسبرغ الألمانية", "بافاريا"),
        # a masculine adjective describes the cup, not the place: London stays
        ("يمنع التدخين في منطقة السوبر السعودي في لندن.", "منطقة السوبر", "لندن"),
        # a list mate is no container: the place named before stays
        ("زار الوزير مراكش ثم قرية تيزنيت ومصر.", "قرية تيزنيت", "مراكش"),
    ],
)
def test_unchanged(text: str, surface: str, host: str) -> None:
    got = places(text)
    r, h = find(got, surface), find(got, host)
    assert (r.lat, r.lon, r.country) == (h.lat, h.lon, h.country)


def test_no_place_no_country_no_record() -> None:
    # nothing named around it and no country after it: still no record
    assert not [r for r in places("وقعت الحادثة قرب قرية كارابوتاك أمس.") if "كارابوتاك" in r.text]
