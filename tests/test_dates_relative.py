"""The dates step, third pass (helper "quantities-3"): «قبل N أيام» "ago", vague spans of
weeks, months and years, the night of one weekday to the next. (text, expected) tables;
expected tuples are (span text, value, precision); the article's date is 2024-03-13 (a
Wednesday). Conventions: docs/annotation.md (Dates) and the tuning part of tests/gold.
"""

from __future__ import annotations

import pytest

from test_dates import dates

AGO = [
    ("تفجرت الاشتباكات قبل أربعة أيام في المدينة", ("قبل أربعة أيام", "2024-03-09", "day")),
    ("وصل قبل يومين إلى عدن", ("قبل يومين", "2024-03-11", "day")),
    ("غادر قبل يوم واحد", ("قبل يوم", "2024-03-12", "day")),
    ("عاد قبل أسبوعين إلى المدينة", ("قبل أسبوعين", "2024-02-28", "day")),
    ("أصدرت تقريرا قبل أربعة أشهر", ("قبل أربعة أشهر", "2023-11", "month")),
    ("قتل قبل 3 أشهر", ("قبل 3 أشهر", "2023-12", "month")),
    ("تولت السلطة قبل عام بعد أن", ("قبل عام", "2023", "year")),
    ("بلغ ذروته قبل عامين بهزيمته", ("قبل عامين", "2022", "year")),
    ("اندلعت الحرب قبل اربع سنوات.", ("قبل اربع سنوات", "2020", "year")),
    ("فقبل يومين فقط اتهمت المنظمة", ("قبل يومين", "2024-03-11", "day")),
    ("وقبل حوالي عشرة أيام شنت تركيا", ("قبل حوالي عشرة أيام", "2024-03-03", "day")),
]


@pytest.mark.parametrize(("text", "expected"), AGO)
def test_ago(text: str, expected: tuple[str, str | None, str]) -> None:
    assert dates(text) == [expected]


VAGUE_SPANS = [
    ("عاود في الأسابيع الماضية تنفيذ تفجيرات", ("الأسابيع الماضية", None, "day")),
    ("حاول في الأسابيع الأخيرة تسليم المساعدات", ("الأسابيع الأخيرة", None, "day")),
    ("انقطعوا عن الدراسة خلال الأشهر الماضية.", ("الأشهر الماضية", None, "day")),
    ("شهدت البلاد خلال السنوات الأخيرة فوضى", ("السنوات الأخيرة", None, "day")),
    ("قتل في اليوم التالي لمقتل نجله", ("اليوم التالي", None, "day")),
]


@pytest.mark.parametrize(("text", "expected"), VAGUE_SPANS)
def test_vague_spans_have_no_value(text: str, expected: tuple[str, str | None, str]) -> None:
    assert dates(text) == [expected]


NIGHTS = [
    ("عبرت ليل الثلاثاء الأربعاء الحدود", ("ليل الثلاثاء الأربعاء", "2024-03-12", "day")),
    ("ذكرت مصادر، ليلة الاثنين الثلاثاء، أن", ("ليلة الاثنين الثلاثاء", "2024-03-11", "day")),
]


@pytest.mark.parametrize(("text", "expected"), NIGHTS)
def test_a_night_from_one_weekday_to_the_next_is_one_date(
        text: str, expected: tuple[str, str | None, str]) -> None:
    assert dates(text) == [expected]


NOT_AGO = [
    "وصل قبل أربعة أيام من الانتخابات",
    "يأتي قبل يومين فقط من زيارة الوزير",
    "غادر قبل 48 ساعة",
    "قبل أربعة يوم",
]


@pytest.mark.parametrize("text", NOT_AGO)
def test_not_ago(text: str) -> None:
    assert dates(text) == []
