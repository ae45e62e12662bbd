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
