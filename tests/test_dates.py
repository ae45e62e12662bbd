"""The dates step: (text, expected) tables, one behaviour per test.

Expected tuples are (span text, value, precision); the article's date is 2024-03-13 (a
Wednesday) unless a test says otherwise. Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from khabar.dates import step
from khabar.dates.hijri import (
    hijri_to_gregorian,
    hijri_year_to_gregorian,
    tabular_to_gregorian,
)
from khabar.document import Doc, RawArticle
from khabar.options import Options

D = tuple[str, str | None, str]
ARTICLE_DATE = "2024-03-13T10:00:00+01:00"


def dates(text: str, article_date: str | None = ARTICLE_DATE) -> list[D]:
    doc = Doc.from_article(RawArticle(text=text, source="test", date=article_date))
    doc = step(doc, Options())
    out = []
    for d in doc.dates:
        assert d.text == text[d.start:d.end]
        out.append((d.text, d.value, d.precision))
    return out


ABSOLUTE = [
    ("وقع الهجوم في 12 آذار 2024 قرب المدينة", ("12 آذار 2024", "2024-03-12", "day")),
    ("وقع الهجوم في 12 مارس 2024 قرب المدينة", ("12 مارس 2024", "2024-03-12", "day")),
    ("انطلقت الحملة يوم 12 جانفي 2016 بتونس", ("12 جانفي 2016", "2016-01-12", "day")),
    ("في 3 كانون الثاني 2019", ("3 كانون الثاني 2019", "2019-01-03", "day")),
    ("في 3 كانون الأول 2019", ("3 كانون الأول 2019", "2019-12-03", "day")),
    ("في 9 تشرين الثاني 2019", ("9 تشرين الثاني 2019", "2019-11-09", "day")),
    ("في 5 شباط 2020", ("5 شباط 2020", "2020-02-05", "day")),
    ("في 5 أيلول 2013", ("5 أيلول 2013", "2013-09-05", "day")),
    ("في 1 أغسطس 2015", ("1 أغسطس 2015", "2015-08-01", "day")),
    ("في 20 فيفري 2017", ("20 فيفري 2017", "2017-02-20", "day")),
    ("في 20 أفريل 2017", ("20 أفريل 2017", "2017-04-20", "day")),
    ("في 20 ماي 2017", ("20 ماي 2017", "2017-05-20", "day")),
    ("في 20 جوان 2017", ("20 جوان 2017", "2017-06-20", "day")),
    ("في 20 جويلية 2017", ("20 جويلية 2017", "2017-07-20", "day")),
    ("في 20 أوت 2017", ("20 أوت 2017", "2017-08-20", "day")),
    ("في 20 شتنبر 2017", ("20 شتنبر 2017", "2017-09-20", "day")),
    ("في 14 يوليو (تموز) 2015 وقع الاتفاق", ("14 يوليو (تموز) 2015", "2015-07-14", "day")),
    ("في 12 كانون الثاني/يناير 2024", ("12 كانون الثاني/يناير 2024", "2024-01-12", "day")),
    ("الحادي عشر من أغسطس 2013", ("الحادي عشر من أغسطس 2013", "2013-08-11", "day")),
    ("منذ غرة ديسمبر 2016", ("غرة ديسمبر 2016", "2016-12-01", "day")),
    ("في 28 أبريل نيسان 2015 انحرف", ("28 أبريل نيسان 2015", "2015-04-28", "day")),
    ("بتاريخ 7 / يوليو /2015م والذي", ("7 / يوليو /2015م", "2015-07-07", "day")),
    ("منذ آذار 2024", ("آذار 2024", "2024-03", "month")),
    ("منذ فبراير شباط 2010 وزادت", ("فبراير شباط 2010", "2010-02", "month")),
    ("خلال شهر جانفي 2016", ("شهر جانفي 2016", "2016-01", "month")),
    ("في آذار/مارس 2014", ("آذار/مارس 2014", "2014-03", "month")),
    ("في عام 2015 تغير كل شيء", ("عام 2015", "2015", "year")),
    ("منذ عام 2013م", ("عام 2013م", "2013", "year")),
    ("قانون لسنة 1982", ("لسنة 1982", "1982", "year")),
    ("وقع ذلك في 2011 وبعده", ("2011", "2011", "year")),
    ("شهد عملية إرهابية في صائفة 2015", ("2015", "2015", "year")),
    ("مساء اليوم الأربعاء 15مارس2017 إثر", ("الأربعاء 15مارس2017", "2017-03-15", "day")),
    ("وقع الهجوم في 15/3/2024 صباحا", ("15/3/2024", "2024-03-15", "day")),
    ("وقع الهجوم في 15-03-2024 صباحا", ("15-03-2024", "2024-03-15", "day")),
    ("وقع الهجوم في 2024-03-15 صباحا", ("2024-03-15", "2024-03-15", "day")),
    ("الموافق 2015/07/20 م", ("2015/07/20 م", "2015-07-20", "day")),
]

WITHOUT_YEAR = [
    # the article's year; the year before when that would be > 60 days after the article
    ("وقع الهجوم في 2 مارس", ("2 مارس", "2024-03-02", "day")),
    ("وقع الهجوم في 20 ديسمبر", ("20 ديسمبر", "2023-12-20", "day")),
    ("أجلت القضية إلى 5 أفريل المقبل", ("5 أفريل المقبل", "2024-04-05", "day")),
    ("تتاح في 14 فبراير الجاي", ("14 فبراير الجاي", "2025-02-14", "day")),
    ("منذ 27 مايو الماضي", ("27 مايو الماضي", "2023-05-27", "day")),
    ("في شهر كانون الثاني", ("شهر كانون الثاني", "2024-01", "month")),
    ("في نيسان المقبل", ("نيسان المقبل", "2024-04", "month")),
    ("في أيار الماضي", ("أيار الماضي", "2023-05", "month")),
    ("أجرى زيارة في مارس الماضي", ("مارس الماضي", "2023-03", "month")),
    ("في حزيران/يونيو الماضي", ("حزيران/يونيو الماضي", "2023-06", "month")),
    ("للسطو في يناير كانون الثاني الماضي.", ("يناير كانون الثاني الماضي", "2024-01", "month")),
    ("يلعب السبت التاسع من الشهر الجاري", ("السبت التاسع من الشهر الجاري", "2024-03-09", "day")),
    ("وقع في 12 من الشهر الماضي", ("12 من الشهر الماضي", "2024-02-12", "day")),
    ("بدأ في ال12 من شهر مارس الحالي", ("12 من شهر مارس الحالي", "2024-03-12", "day")),
]

HIJRI = [
    ("في 3 رمضان 1445 هـ", ("3 رمضان 1445 هـ", "2024-03-13", "day")),
    ("عام 1445 هـ", ("عام 1445 هـ", "2024", "year")),
    ("منذ 1432هـ وحتى الآن", ("1432هـ", "2011", "year")),
    # Umm al-Qura values (checked against hijridate 2.5.0)
    ("الموافق 17/10/1436هـ", ("17/10/1436هـ", "2015-08-02", "day")),
    ("بتاريخ 1436/10/30هـ وذلك", ("1436/10/30هـ", "2015-08-15", "day")),
    ("يوم الثلاثاء 12/10/1436هـ", ("يوم الثلاثاء 12/10/1436هـ", "2015-07-28", "day")),
    # outside the Umm al-Qura table (tabular calendar), a written weekday moves it a day:
    # 1/1/1390 is Monday 1970-03-09 in the tabular calendar; the text says Tuesday
    ("يوم الثلاثاء 1/1/1390هـ", ("يوم الثلاثاء 1/1/1390هـ", "1970-03-10", "day")),
    # without a year: the Hijri year that puts it nearest before the article's date
    # (up to 60 days after it: 26 Ramadan 1445 is 2024-04-05 in the tabular calendar)
    ("في 26 من شهر رمضان", ("26 من شهر رمضان", "2024-04-05", "day")),
    ("في 26 من شهر شعبان", ("26 من شهر شعبان", "2024-03-07", "day")),
    ("في 26 من شهر ذي الحجة", ("26 من شهر ذي الحجة", "2023-07-14", "day")),
    ("في التاسع من شهر رمضان 1436هـ", ("التاسع من شهر رمضان 1436هـ", "2015-06-26", "day")),
]

WEEKDAYS = [  # the article's date 2024-03-13 is a Wednesday
    ("قال الأربعاء إن", ("الأربعاء", "2024-03-13", "day")),
    ("قال الاثنين إن", ("الاثنين", "2024-03-11", "day")),
    ("قال يوم الخميس إن", ("يوم الخميس", "2024-03-07", "day")),
    ("وقع يوم السبت الماضي", ("يوم السبت الماضي", "2024-03-09", "day")),
    ("وقع الأربعاء الماضي", ("الأربعاء الماضي", "2024-03-06", "day")),
    ("وقع الاثنين الفارط", ("الاثنين الفارط", "2024-03-11", "day")),
    ("يعقد الأحد المقبل", ("الأحد المقبل", "2024-03-17", "day")),
    ("الثلاثاء 12 مارس 2024 قال", ("الثلاثاء 12 مارس 2024", "2024-03-12", "day")),
]

RELATIVE = [
    ("قال أمس إن", ("أمس", "2024-03-12", "day")),
    ("قال يوم أمس إن", ("يوم أمس", "2024-03-12", "day")),
    ("قال أول أمس إن", ("أول أمس", "2024-03-11", "day")),
    ("قال أمس الثلاثاء إن", ("أمس الثلاثاء", "2024-03-12", "day")),
    ("قال البارحة إن", ("البارحة", "2024-03-12", "day")),
    ("قال اليوم إن", ("اليوم", "2024-03-13", "day")),
    ("قال اليوم (الأربعاء) إن", ("اليوم (الأربعاء)", "2024-03-13", "day")),
    ("اغتال مسلحون اليوم الأربعاء الصحفي", ("اليوم الأربعاء", "2024-03-13", "day")),
    ("وصل واليوم يغادر", ("اليوم", "2024-03-13", "day")),
    ("وصل وأمس غادر", ("أمس", "2024-03-12", "day")),
    ("يصل غدا إلى", ("غدا", "2024-03-14", "day")),
    ("يصل غداً إلى", ("غداً", "2024-03-14", "day")),
    ("وصل الأسبوع الماضي إلى", ("الأسبوع الماضي", "2024-03-06", "day")),
    ("وصل الشهر الماضي إلى", ("الشهر الماضي", "2024-02", "month")),
    ("يصل الشهر المقبل إلى", ("الشهر المقبل", "2024-04", "month")),
    ("وصل العام الماضي إلى", ("العام الماضي", "2023", "year")),
    ("مقارنة بالعام السابق", ("العام السابق", "2023", "year")),
    ("وصل الشهر الفارط إلى", ("الشهر الفارط", "2024-02", "month")),
    ("يصل هذا العام إلى", ("هذا العام", "2024", "year")),
    ("وقعت اشتباكات في الأيام الأخيرة", ("الأيام الأخيرة", None, "day")),
    ("اليوم 16 أكتوبر 2015 انتهى", ("اليوم 16 أكتوبر 2015", "2015-10-16", "day")),
    # the written weekday wins over the article's date (SaudiNewsNet dates are crawl dates)
    ("قال اليوم (الثلاثاء) إن", ("اليوم (الثلاثاء)", "2024-03-12", "day")),
    ("قال أمس الاثنين إن", ("أمس الاثنين", "2024-03-11", "day")),
]


@pytest.mark.parametrize(("text", "expected"), ABSOLUTE)
def test_absolute_dates(text: str, expected: D) -> None:
    assert dates(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), WITHOUT_YEAR)
def test_dates_without_year_take_the_articles(text: str, expected: D) -> None:
    assert dates(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), HIJRI)
def test_hijri_dates(text: str, expected: D) -> None:
    assert dates(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), WEEKDAYS)
def test_weekdays(text: str, expected: D) -> None:
    assert dates(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), RELATIVE)
def test_relative_expressions(text: str, expected: D) -> None:
    assert dates(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قال أمس إن", [("أمس", None, "day")]),
        ("قال الأربعاء إن", [("الأربعاء", None, "day")]),
        ("وصل الشهر الماضي", [("الشهر الماضي", None, "month")]),
        ("في 2 مارس", [("2 مارس", None, "day")]),
        # absolute dates do not need the article's date
        ("في 12 آذار 2024", [("12 آذار 2024", "2024-03-12", "day")]),
    ],
)
def test_unknown_article_date_keeps_relative_values_null(text: str, expected: list[D]) -> None:
    assert dates(text, article_date="2012-2014") == expected


@pytest.mark.parametrize(
    ("article_date", "expected"),
    [("13/03/2024", "2024-03-12"), ("2024-03-13 02:51:32", "2024-03-12"), (None, None),
     ("", None), ("junk", None)],
)
def test_article_date_formats(article_date: str | None, expected: str | None) -> None:
    assert dates("قال أمس إن", article_date) == [("أمس", expected, "day")]


def test_day_ranges_give_both_days() -> None:
    assert dates("من 1 إلى 4 يونيو 2015") == [
        ("1", "2015-06-01", "day"),
        ("4 يونيو 2015", "2015-06-04", "day"),
    ]
    assert dates("يومي 14 و15 ديسمبر 2016") == [
        ("14", "2016-12-14", "day"),
        ("15 ديسمبر 2016", "2016-12-15", "day"),
    ]
    assert dates("يومي 14و15 مارس 2017") == [
        ("14", "2017-03-14", "day"),
        ("15 مارس 2017", "2017-03-15", "day"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("بين 2010 و2015 قتل", [("2010", "2010", "year"), ("2015", "2015", "year")]),
        ("من 2011 إلى 2015", [("2011", "2011", "year"), ("2015", "2015", "year")]),
        ("في الفترة 2011-2015", [("2011", "2011", "year"), ("2015", "2015", "year")]),
        ("عام 2014 و2015", [("عام 2014", "2014", "year"), ("2015", "2015", "year")]),
        ("بين عامي 2000 و2013", [("عامي 2000", "2000", "year"), ("2013", "2013", "year")]),
        ("في الموسم الماضي 2014 - 2015م مع", [("2014", "2014", "year"), ("2015م", "2015", "year")]),
    ],
)
def test_year_ranges_give_both_years(text: str, expected: list[D]) -> None:
    assert dates(text) == expected


NOTHING = [
    "",
    "مارس الضغط على الحكومة",  # مارس the verb
    "احتفل باليوم العالمي للمرأة",
    "قال موقع عين اليوم إن",
    "قالت صحيفة الغد إن",
    "وقع في ذلك اليوم هجوم",
    "وصل في اليوم نفسه",
    "قال حزب الغد إن",
    "الساعة 10:30",
    "قتل 20 شخصا",
    "منذ أربعة أشهر",  # a duration
    "قال عبد الأحد إن",
    "فاز 3-1",
    "بقيمة 2015 دولار",
]


@pytest.mark.parametrize("text", NOTHING)
def test_not_dates(text: str) -> None:
    assert dates(text) == []


def test_ids_are_numbered() -> None:
    doc = step(Doc.from_article(RawArticle(text="قال أمس واليوم", source="t", date=ARTICLE_DATE)),
               Options())
    assert [d.id for d in doc.dates] == ["d1", "d2"]


def test_options_article_date_is_the_fallback() -> None:
    doc = Doc.from_article(RawArticle(text="قال أمس", source="t"))
    doc = step(doc, Options(article_date="2024-03-13"))
    assert doc.dates[0].value == "2024-03-12"


@pytest.mark.parametrize(
    ("hijri", "gregorian"),
    [((1, 1, 1), "0622-07-19"), ((1445, 9, 1), "2024-03-11"), ((1446, 1, 1), "2024-07-08"),
     ((1436, 10, 1), "2015-07-18")],
)
def test_tabular_hijri_conversion(hijri: tuple[int, int, int], gregorian: str) -> None:
    assert tabular_to_gregorian(*hijri).isoformat() == gregorian


@pytest.mark.parametrize(
    ("hijri", "gregorian"),
    # Umm al-Qura (Saudi official calendar): 1 Shawwal 1436 = Eid al-Fitr, 17 July 2015
    [((1436, 10, 1), "2015-07-17"), ((1446, 1, 1), "2024-07-07"), ((1445, 9, 1), "2024-03-11"),
     ((1300, 1, 1), "1882-11-12")],  # the last one is outside the table: tabular
)
def test_umm_al_qura_conversion(hijri: tuple[int, int, int], gregorian: str) -> None:
    assert hijri_to_gregorian(*hijri).isoformat() == gregorian


def test_umm_al_qura_rejects_a_30th_of_a_29_day_month() -> None:
    with pytest.raises(ValueError):
        hijri_to_gregorian(1436, 9, 30)  # Ramadan 1436 had 29 days


def test_hijri_year_is_the_gregorian_year_of_its_middle() -> None:
    assert hijri_year_to_gregorian(1445) == 2024
    assert hijri_year_to_gregorian(1436) == 2015
