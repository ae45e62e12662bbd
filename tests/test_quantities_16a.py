"""quantities-16a: two open bounds joined by «و» are one range; the second bound of an age
limit is an age; «ألا» (= «أن لا») before a bound verb; a plural or accusative currency takes
the article's country like its singular. Sentences are written for these tests (shaped after
fresh SaudiNewsNet and ANT sentences, docs/units.md "Session 16: quantities on fresh news").

Expected tuples are (span text, min, best, max, unit, approximate), as in test_quantities.py.
"""

from __future__ import annotations

import pytest

import khabar
from test_quantities import Q, quantities

# «لا تقل عن X ولا تتجاوز Y» is the range X..Y (best: the midpoint, as «بين X وY»)
BOUND_PAIRS = [
    ("بغرامة لا تقل عن 250 ألف درهم ولا تتجاوز مليون درهم",
     [("لا تقل عن 250 ألف درهم ولا تتجاوز مليون درهم", 250000, 625000, 1000000, "AED", False)]),
    ("يغرم المخالف بما لا تقل عن ثلاثة آلاف ريال، ولا تزيد على عشرة آلاف ريال",
     [("لا تقل عن ثلاثة آلاف ريال، ولا تزيد على عشرة آلاف ريال", 3000, 6500, 10000, "SAR", False)]),
    ("النوم لا يقل عن 6 ساعات ولا يزيد عن 8 يوميا",
     [("لا يقل عن 6 ساعات ولا يزيد عن 8", 6, 7, 8, "hours", False)]),
    ("شارك أكثر من 20 وأقل من 30 شخصا", [("أكثر من 20 وأقل من 30 شخصا", 20, 25, 30, "people", False)]),
]

# What must stay two records: different units, two lower bounds, no «و» between, the upper
# bound first and lower than the lower one
BOUND_PAIRS_KEPT = [
    ("مقتل أكثر من 50 قتيلا وأقل من 10 جرحى",
     [("أكثر من 50 قتيلا", 50, 50, None, "killed", True),
      ("أقل من 10 جرحى", None, None, 10, "wounded", True)]),
    ("قتل أكثر من 20 شخصا وأكثر من 30 جنديا",
     [("أكثر من 20 شخصا", 20, 20, None, "people", True),
      ("أكثر من 30 جنديا", 30, 30, None, "soldiers", True)]),
    ("غرامة لا تقل عن 300 دولار. ولا تتجاوز المدة 10 أيام",
     [("لا تقل عن 300 دولار", 300, 300, None, "USD", True), ("10 أيام", 10, 10, 10, "days", False)]),
]

# An age limit: the «عمر» before the first bound covers the second one after «و»
AGE_LIMITS = [
    ("ألا يقل عمر المتقدم عن 35 عاماً ولا يزيد على 45 عاماً", []),
    ("ألا يقل عمر المتقدم عن 18 عاما وألا يزيد عن 50 عاما", []),
    ("ألا يقل عمرها عن 20 سنة، ولا يزيد على 35 سنة", []),
    ("تتراوح أعمارهم بين 28 سنة وما فوق 40 سنة", []),
    # a term of prison is a duration, not an age: one range
    ("بالسجن مدة لا تقل عن 5 سنوات ولا تزيد على 10 سنوات",
     [("لا تقل عن 5 سنوات ولا تزيد على 10 سنوات", 5, 7.5, 10, "years", False)]),
    ("عمل في الشركة 20 عاما ولا يزيد راتبه على 5 آلاف ريال",
     [("20 عاما", 20, 20, 20, "years", False), ("5 آلاف ريال", 5000, 5000, 5000, "SAR", False)]),
]

# «ألا» = «أن لا» written joined
ALLA = [
    ("شريطة ألا تتجاوز 50 مليون ريال", [("ألا تتجاوز 50 مليون ريال", None, None, 50000000, "SAR", True)]),
    ("على ألا يزيد على 30 شخصا", [("ألا يزيد على 30 شخصا", None, None, 30, "people", True)]),
    ("على ألا يقل عن 40 مشاركا", [("ألا يقل عن 40 مشاركا", 40, 40, None, "people", True)]),
    ("على ألا يقل الحضور عن النصف", []),
]

# «دنانير»، «دينارات»، «دينارا» take the article's country as «دينار» does
CURRENCY_PLURALS = [
    ("حجز ورقتين مزيفتين من فئة 10 دنانير في المهدية", [("10 دنانير", 10, 10, 10, "TND", False)]),
    ("سعر الكيلوغرام في صفاقس 4 دينارات", [("4 دينارات", 4, 4, 4, "TND", False)]),
    ("بلغ سعر التذكرة في تونس 21 دينارا", [("21 دينارا", 21, 21, 21, "TND", False)]),
    ("ارتفع الصرف في اليمن إلى 236 ريالا", [("236 ريالا", 236, 236, 236, "YER", False)]),
    # no country named: دينار stays other
    ("دفع 10 دنانير ثمنا للتذكرة", [("10 دنانير", 10, 10, 10, "other", False)]),
]


@pytest.mark.parametrize(("text", "expected"), BOUND_PAIRS + BOUND_PAIRS_KEPT)
def test_two_bounds_joined_by_wa_are_one_range(text: str, expected: list[Q]) -> None:
    assert quantities(text) == expected


@pytest.mark.parametrize(("text", "expected"), AGE_LIMITS)
def test_second_bound_of_an_age_limit_is_an_age(text: str, expected: list[Q]) -> None:
    assert quantities(text) == expected


@pytest.mark.parametrize(("text", "expected"), ALLA)
def test_alla_before_a_bound_verb(text: str, expected: list[Q]) -> None:
    assert quantities(text) == expected


@pytest.mark.parametrize(("text", "expected"), CURRENCY_PLURALS)
def test_plural_currency_takes_the_article_country(text: str, expected: list[Q]) -> None:
    assert quantities(text) == expected


# A decimal typed with a right-to-left mark after its point comes out with its parts swapped
# («7.‏0 في المائة» is 0.7 per cent); read from the original text by the quantities step
RLM = "\u200f"
SWAPPED_DECIMALS = [
    (f"ارتفع الين 3.{RLM}1 في المائة", [(1.3, 1.3, 1.3, "percent")]),
    (f"إلى 7341.{RLM}0 دولار", [(0.7341, 0.7341, 0.7341, "USD")]),
    (f"بلغت قيمة الصفقات 4.{RLM}436 مليار دولار", [(436.4e9, 436.4e9, 436.4e9, "USD")]),
    (f"توقع المحللون نموا لا يقل عن 5.{RLM}0 في المائة", [(0.5, 0.5, None, "percent")]),
    # without the mark, or with two swapped numbers in one span, the value is as written
    ("ارتفع الين 3.1 في المائة", [(3.1, 3.1, 3.1, "percent")]),
    (f"انخفض المؤشر 98.{RLM}0 في المائة إلى 599.{RLM}96",
     [(98.0, 348.98, 599.96, "percent")]),
]


@pytest.mark.parametrize(("text", "expected"), SWAPPED_DECIMALS)
def test_swapped_decimal_around_a_right_to_left_mark(text: str, expected: list) -> None:
    got = [(q.min, q.best, q.max, q.unit) for q in khabar.analyze(text).quantities]
    assert got == expected


# Digits in brackets or quotation marks before a scale word are its multiplier; a bound or
# approximation word before the bracket still opens the quantity
BRACKETED_SCALE = [
    ("بلغت الأجرة (300) ألف ريال", [("(300) ألف ريال", 300000, 300000, 300000, "SAR", False)]),
    ("دفع “25″ ألف ريال للنقل", [("“25″ ألف ريال", 25000, 25000, 25000, "SAR", False)]),
    ("بزيادة (5) آلاف راكب يوميا", [("(5) آلاف راكب", 5000, 5000, 5000, "people", False)]),
    ("سجل أكثر من (45) ألف بلاغ", [("أكثر من (45) ألف بلاغ", 45000, 45000, None, "other", True)]),
    ("بإنتاج لا يتجاوز (135) ألف طن", [("لا يتجاوز (135) ألف طن", None, None, 135000, "ton", True)]),
    ("بلغ نحو (7.18) مليار ريال عماني", [("نحو (7.18) مليار ريال عماني", 7.18e9, 7.18e9, 7.18e9, "OMR", True)]),
    # a bracketed number before anything but a scale word is as before (its span holds both
    # brackets since quantities-17a: test_quantities_17a.py)
    ("قتل (3) أشخاص", [("(3) أشخاص", 3, 3, 3, "people", False)]),
    ("وفق المادة (3) من النظام", []),
]


@pytest.mark.parametrize(("text", "expected"), BRACKETED_SCALE)
def test_bracketed_digits_before_a_scale_word(text: str, expected: list[Q]) -> None:
    assert quantities(text) == expected


def test_swapped_decimal_in_a_range_is_left_as_read() -> None:
    """A range with one swapped bound («3 في المائة إلى 1.‏19 مليار») keeps what was read:
    one factor cannot mend both bounds."""
    got = [(q.min, q.max) for q in khabar.analyze(f"ارتفعت 3 في المائة إلى 1.{RLM}19 مليار يورو").quantities]
    assert got == [(3.0, 1.19e9)]
