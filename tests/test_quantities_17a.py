"""quantities-17a: a bracketed count's span holds both brackets; squares and speeds after a
measure; a Hijri year after a year word is no count. Sentences are written for these tests
(shaped after fresh SaudiNewsNet and ANT sentences, docs/units.md "Session 17: quantities and
dates (quantities-17a)").

Expected tuples are (span text, min, best, max, unit, approximate), as in test_quantities.py.
"""

from __future__ import annotations

import pytest

from test_quantities import Q, quantities

# «(3) أشخاص»: the noun after the closing bracket was read, the span started after the
# opening one («3) أشخاص»)
BRACKETED = [
    ("قتل (3) أشخاص", [("(3) أشخاص", 3, 3, 3, "people", False)]),
    ("تضم المجموعة الأولى (97) شخصًا تم إيقافهم", [("(97) شخصًا", 97, 97, 97, "people", False)]),
    ("وقيمته (24 مليار) ريال ومدته ثلاث سنوات",
     [("(24 مليار) ريال", 24e9, 24e9, 24e9, "SAR", False),
      ("ثلاث سنوات", 3, 3, 3, "years", False)]),
    ("ولمدة (21) يوما عدا أيام الجمع", [("(21) يوما", 21, 21, 21, "days", False)]),
    ("القبض على عدد (١٠٢) مخالف", [("(١٠٢) مخالف", 102, 102, 102, "people", False)]),
    # digits in brackets before a scale word are joined to it (bracketed.py), not read with the
    # scale word as their noun («36) مليون» → 36 people)
    ("فيلم يستغرق عرضه (36) مليون سنة", [("(36) مليون سنة", 36e6, 36e6, 36e6, "years", False)]),
    # what must not change: an article's number, a list number, no noun after the bracket
    ("وفق المادة (3) من النظام", []),
    ("(2) تعزيز الرقابة", []),
    ("بلغ عدد الحالات (15) فقط", []),
]


@pytest.mark.parametrize(("text", "expected"), BRACKETED)
def test_bracketed_count_span(text: str, expected: list[Q]) -> None:
    assert quantities(text) == expected


# A square with its digit glued to the measure (units.tsv: «كم2» → km2, «متر مربع» → other)
# and a speed after a measure of length (unit other: no speed in khabar.schema.UNITS)
MEASURES = [
    ("تبلغ مساحته الإجمالية 76.000م2 والطاقة", [("76.000م2", 76000, 76000, 76000, "other", False)]),
    ("وتبلغ مساحتها الإجمالية 265 مليون م2 وتزخر",
     [("265 مليون م2", 265e6, 265e6, 265e6, "other", False)]),
    ("مساحة 500 كم2", [("500 كم2", 500, 500, 500, "km2", False)]),
    ("مساحة 500 كلم2", [("500 كلم2", 500, 500, 500, "km2", False)]),
    ("مساحة 500 كم²", [("500 كم²", 500, 500, 500, "km2", False)]),
    ("رياح بسرعة 15-35 كم/ساعة تصل إلى 40كم/ساعة",
     [("15-35 كم/ساعة", 15, 25, 35, "other", False), ("40كم/ساعة", 40, 40, 40, "other", False)]),
    ("الريح من 15 إلى 25 كلم/س بالجنوب", [("من 15 إلى 25 كلم/س", 15, 20, 25, "other", False)]),
    ("بسرعة 120 كيلومترا في الساعة", [("120 كيلومترا في الساعة", 120, 120, 120, "other", False)]),
    # what must not change: a length, a slash before a place, a spaced digit, a year with م
    ("على بعد 130 كلم شمال الرياض", [("130 كلم", 130, 130, 130, "km", False)]),
    ("على بعد 30 كم/ من المدينة", [("30 كم", 30, 30, 30, "km", False)]),
    ("تقدموا 200 متر في الساعة الأولى", [("200 متر", 200, 200, 200, "m", False)]),
    ("تأسست عام 2015 م", []),
    ("السيارة 2 كم", [("2 كم", 2, 2, 2, "km", False)]),
]


@pytest.mark.parametrize(("text", "expected"), MEASURES)
def test_square_and_speed_after_a_measure(text: str, expected: list[Q]) -> None:
    assert quantities(text) == expected


# A Hijri year without «هـ» after a year word is a year, not a count (docs/units.md: years
# are no quantities; the dates step reads Hijri years only with «هـ» or «للهجرة»)
HIJRI_YEARS = [
    ("بدء العمل في نظام الفسح الالكتروني عام 1435 في جميع المنافذ", []),
    ("الصادر عام 1395 بموجب الأمر السامي", []),
    ("في عام ١٤١٨ تم فصل مرافق البرق", []),
    ("صدر بها قرار وزاري خلال العام الحالي 1436، اشترطت", []),
    ("القضايا المعروضة بين عام 1431 إلى 1435 بنسبة 58%", [("58%", 58, 58, 58, "percent", False)]),
    ("لترتفع في عام 1432 إلى 1777 قضية", [("1777 قضية", 1777, 1777, 1777, "other", False)]),
    # what must not change: a count with its noun after a year word, a number without a year
    # word, a Gregorian-range number read as before
    ("سجل عام 1450 زائرا", [("1450 زائرا", 1450, 1450, 1450, "people", False)]),
    ("فتح 1435 حسابا جديدا", [("1435 حسابا", 1435, 1435, 1435, "other", False)]),
    ("بلغ عددهم 1436", [("1436", 1436, 1436, 1436, "other", False)]),
    ("منذ عام 1200 تقريبا", [("1200 تقريبا", 1200, 1200, 1200, "other", True)]),
]


@pytest.mark.parametrize(("text", "expected"), HIJRI_YEARS)
def test_hijri_year_after_a_year_word_is_no_count(text: str, expected: list[Q]) -> None:
    assert quantities(text) == expected


# The noun of a date is not the counted noun of the number before it (docs/units.md: the
# spans the dates step finds are masked first)
NOUN_OF_A_DATE = [
    ("ارتفعت المبيعات من 9500 سيارة خلال عام 2012 إلى 21700 عام 2014، بينما",
     [("9500 سيارة", 9500, 9500, 9500, "vehicles", False), ("21700", 21700, 21700, 21700, "other", False)]),
    ("ارتفع المعدل الى 7.7 سنة 2014. ولاحظ", [("7.7", 7.7, 7.7, 7.7, "other", False)]),
    # what must not change: a duration, a relative date after a count (not masked)
    ("منذ 5 سنوات", [("5 سنوات", 5, 5, 5, "years", False)]),
    ("قتل 20 شخصا أمس", [("20 شخصا", 20, 20, 20, "people", False)]),
    ("استمرت الحرب 8 سنوات 1980-1988", [("8 سنوات", 8, 8, 8, "years", False)]),
]


@pytest.mark.parametrize(("text", "expected"), NOUN_OF_A_DATE)
def test_the_noun_of_a_date_is_no_counted_noun(text: str, expected: list[Q]) -> None:
    assert quantities(text) == expected
