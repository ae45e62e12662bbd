"""An upper bound written with a negated verb of exceeding («لا يزيد عن 50»، «لا يتجاوز 50»)
is an upper bound (review-16a bug fix). ``UPPER_BOUND`` in ``quantities/lexicon.py`` and the
min/best/max table of docs/units.md list these phrases as upper bounds, but stage 3 tried the
lower bounds first and stopped at their tail («يزيد عن»، «يتجاوز»): min 50, max null. The
longer phrase now wins. Sentences are written for these tests.

Expected tuples are (span text, min, best, max, unit, approximate), as in test_quantities.py.
"""

from __future__ import annotations

import pytest

from test_quantities import Q, quantities

NEGATED_UPPER = [
    ("شارك عدد لا يزيد عن 50 شخصا", [("لا يزيد عن 50 شخصا", None, None, 50, "people", True)]),
    ("بعدد لا يزيد على 30 جنديا", [("لا يزيد على 30 جنديا", None, None, 30, "soldiers", True)]),
    ("قتل ما لا يزيد عن 12 مدنيا", [("ما لا يزيد عن 12 مدنيا", None, None, 12, "civilians", True)]),
    ("في مدة لا تتجاوز 10 أيام", [("لا تتجاوز 10 أيام", None, None, 10, "days", True)]),
    ("بقيمة لا تزيد عن 500 دولار", [("لا تزيد عن 500 دولار", None, None, 500, "USD", True)]),
    ("عدد لا يتجاوز 40 عنصرا", [("لا يتجاوز 40 عنصرا", None, None, 40, "fighters", True)]),
]

# What must not change: the same verbs without the negation are lower bounds, a negated
# «يقل» is a lower bound, and a negated verb with no number after it is no quantity.
UNCHANGED = [
    ("قتل ما يزيد عن 50 شخصا", [("ما يزيد عن 50 شخصا", 50, 50, None, "people", True)]),
    ("عدد يتجاوز 40 عنصرا", [("يتجاوز 40 عنصرا", 40, 40, None, "fighters", True)]),
    ("قتل ما لا يقل عن 40 مدنيا", [("ما لا يقل عن 40 مدنيا", 40, 40, None, "civilians", True)]),
    ("بقي أقل من 50 جنديا", [("أقل من 50 جنديا", None, None, 50, "soldiers", True)]),
    ("الأمر لا يزيد عن كونه إجراء", []),
    ("وقال إن الوضع لا يتجاوز حدود المعقول", []),
]


@pytest.mark.parametrize(("text", "expected"), NEGATED_UPPER + UNCHANGED)
def test_negated_verb_of_exceeding_is_an_upper_bound(text: str, expected: list[Q]) -> None:
    assert quantities(text) == expected
