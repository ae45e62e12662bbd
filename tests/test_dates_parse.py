"""khabar.dates.parse_date_string: publication dates from bylines, feeds and metadata."""

from __future__ import annotations

from datetime import date

import pytest

from khabar.dates import article_anchor, parse_date_string

FOUND = [
    ("نُشر في 12 آذار 2024", ("2024-03-12", "day")),
    ("الثلاثاء 12 مارس 2024 - 10:30", ("2024-03-12", "day")),
    ("2024-03-12T10:00:00Z", ("2024-03-12", "day")),
    ("2024-03-12T23:30:00-05:00", ("2024-03-12", "day")),
    ("2015-07-21 02:51:32", ("2015-07-21", "day")),
    ("2017-01-22T185600", ("2017-01-22", "day")),
    ("12/03/2024", ("2024-03-12", "day")),
    ("2024/03/12", ("2024-03-12", "day")),
    ("Tue, 12 Mar 2024 10:00:00 GMT", ("2024-03-12", "day")),
    ("March 12, 2024", ("2024-03-12", "day")),
    ("١٢ آذار ٢٠٢٤", ("2024-03-12", "day")),
    ("12 جانفي 2016", ("2016-01-12", "day")),
    ("الخميس 12 آذار (مارس) 2015", ("2015-03-12", "day")),
    ("12 كانون الثاني/يناير 2024", ("2024-01-12", "day")),
    ("آخر تحديث: 5 أيلول 2013", ("2013-09-05", "day")),
    ("آذار 2024", ("2024-03", "month")),
    ("عام 2015", ("2015", "year")),
    ("3 رمضان 1445 هـ", ("2024-03-13", "day")),
    # Hijri and Gregorian together: the Gregorian date wins
    ("الأربعاء 2 رمضان 1445 هـ الموافق 13 مارس 2024", ("2024-03-13", "day")),
    # a copyright footer beside the real date does not hide it
    ("12 مارس 2024 © 2024 جميع الحقوق محفوظة", ("2024-03-12", "day")),
]

NOTHING = [
    "",
    "   ",
    "© 2024",
    "© 2024 جميع الحقوق محفوظة",
    "Copyright © 2010-2024 Al Jazeera",
    "جميع الحقوق محفوظة 2024",
    "2012-2014",
    "2024",
    "بقلم محمد علي",
    "أمس",
    "32/13/2024",
    "31 شباط 2024",
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_parse_date_string_finds_the_date(text: str, expected: tuple[str, str]) -> None:
    assert parse_date_string(text) == expected


@pytest.mark.parametrize("text", NOTHING)
def test_parse_date_string_finds_nothing(text: str) -> None:
    assert parse_date_string(text) is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2017-01-20T21:43:00+01:00", date(2017, 1, 20)),
        ("11/06/2017", date(2017, 6, 11)),
        ("2015-07-21 02:51:32", date(2015, 7, 21)),
        ("2012-2014", None),
        ("", None),
        (None, None),
        ("آذار 2024", None),
    ],
)
def test_article_anchor_needs_a_day(raw: str | None, expected: date | None) -> None:
    assert article_anchor(raw) == expected
