"""Session 10: one event per occurrence (events-10a; docs/events.md, "Session 10: «كما» tells
another occurrence (events-10a)"). Texts written for the tests."""

from __future__ import annotations

import pytest

from _events import doc_of


# A predicate right after a clause-opening «كما» (also), with no definite noun naming an
# occurrence told, is another occurrence (anaphora._also_opens); «كما» after a speaker's words
# («وأضاف البيان كما») or before a retelling by a definite noun («في الغارة») is not.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second strike on another target of the same town, the same day (audit P's miss)
        ("شن طيران التحالف اليوم غارات على مركز طبي في مدينة الحديدة. "
         "كما استهدف طيران التحالف اليوم المجمع الحكومي في المدينة.", 2),
        # «كما» after a comma opens a clause: clashes on another front
        ("دارت مواجهات عنيفة في حي الروضة بمدينة تعز. وأفادت مصادر عسكرية بأن الحوثيين يقصفون "
         "الأحياء السكنية بالأسلحة الثقيلة، كما دارت اشتباكات عنيفة في شارع الستين شمال المدينة.", 2),
        # a noun with its support verb after «كما»
        ("شن الطيران الحربي غارة على بلدة اليادودة. كما نفذ غارة على أطراف حي طريق السد بمدينة درعا.", 2),
        # the dead of the strike told before, named by its definite noun: one occurrence
        ("شن طيران التحالف اليوم غارات على مواقع الحوثيين في مدينة الحديدة. "
         "كما قتل ثلاثة حراس في الغارة.", 1),
        # «كما» after the speaker: the statement details the strikes it counted
        ("نفذت قوات التحالف الدولي تسع ضربات جوية على مواقع التنظيم في العراق. "
         "وأضاف البيان كما استهدفت طائرات التحالف مواقع قتالية بالقرب من الموصل.", 1),
        # no event at all
        ("كما قال المتحدث إن الوضع هادئ في المدينة.", 0),
    ],
)
def test_also_opens_another_occurrence(text: str, expected: int) -> None:
    assert len(doc_of(text).events) == expected
