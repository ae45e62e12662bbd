"""Session 16 (events-16g, docs/events.md "Session 16: word-list gaps (events-16g)"): a form
missing from the events' word lists that their own comments cover.

- «لا» is a negation (context.tsv, class ``negation``: «a trigger right after it did not happen»)
  as «لم» is: «لا قصف»، «لا تخوض معارك»; not in «لا يزال»، «ولا سيما» (list
  ``la_not_negating``), nor read after another proclitic («طائرة بلا طيار»، «كلا»).

Sentences written for these tests after the phrasing of SaudiNewsNet 2015 articles."""

from __future__ import annotations

import pytest

from _events import typed_triggers as _events


@pytest.mark.parametrize("text", [
    # a trigger negated by «لا»: an event on main
    "وقال إنه لا قصف على المدينة منذ أمس.",
    "وقال الوزير إن الحكومة لا تخوض معارك مع القبائل.",
    # (no event on main either: must still yield nothing)
    "وانتشرت القوات في الحي حتى لا يرتكب المسلحون المجازر.",
    "وقال الوزير إن الجيش لا يقصف الأحياء السكنية.",
])
def test_la_negates(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize("text, expected", [
    # still, especially: the act is told
    ("ولا تزال الاشتباكات مستمرة في المدينة منذ أمس.", [("الاشتباكات", "armed_clash")]),
    ("وقتل خمسة جنود أمس في هجمات متفرقة ولا سيما الهجوم على الحاجز العسكري.",
     [("وقتل خمسة جنود أمس في هجمات", "armed_clash")]),
    # «بلا» (a drone) and «كلا» (both) are no «لا»
    ("وقال سكان إن طائرة بلا طيار هاجمت سيارة في جنوب اليمن خلال الليل وقتلت أربعة من أعضاء التنظيم.",
     [("هاجمت", "attack")]),
    ("وقتل جنديان عندما هاجمهما كلا المسلحين أمس.", [("وقتل", "armed_clash")]),
])
def test_la_that_negates_nothing(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text) == expected

