"""Seventh pass on articles (events-4a): how one sentence's violence is split into
occurrences, and where an event is (docs/events.md, "Seventh pass")."""

from __future__ import annotations

import pytest

from _events import doc_of, triggers
from khabar.events import extract_events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «كما» + a second predicate of one kind: another occurrence (a second place struck)
        ("وقالت القيادة المشتركة إن 17 ضربة جوية نفذت قرب دير الزور، كما نفذت سبع ضربات جوية قرب الحسكة.", 2),
        ("قصفت مدفعية الجيش مواقع المتمردين في صعدة، كما قصفت مواقع أخرى في حجة.", 2),
        # one predicate and its noun retold in one clause: one occurrence
        ("شنت طائرات التحالف غارات على مواقع الحوثيين في صعدة أسفرت الغارات عن مقتل عشرة.", 1),
    ],
)
def test_kama_opens_another_occurrence(text: str, expected: int) -> None:
    assert len(triggers(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a death told with its cause («قتل ... جراء قصف»), then another after «فيما»: two strikes
        ("قتلت سيدة وثلاثة من أطفالها جراء قصف ببرميلين متفجرين على مبنى في حلب، فيما قتل خمسة "
         "مواطنين جراء قصف للطيران الحربي على منزل في قرية كفرموس.", 2),
        ("قتل ثلاثة مدنيين في قصف على حي الوعر، بينما قتل طفلان في قصف على بلدة تلبيسة.", 2),
        # the dead and the strike of one clause: one occurrence
        ("قتل خمسة مواطنين جراء قصف للطيران الحربي على منزل في قرية كفرموس.", 1),
    ],
)
def test_cause_of_death_is_a_predicate(text: str, expected: int) -> None:
    assert len(triggers(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name that begins with ب is not the clitic ب: «بغداد» where the wounded were taken is
        # no place of the bombing (the sentence names it with no locative word)
        ("وقال إن التفجيرين تسببا في قتل 21 جنديا، وتم نقل الجرحى إلى العاصمة بغداد.", None),
        ("وأسفر الانفجار عن مقتل ثلاثة أشخاص، ونقل المصابون إلى مستشفيات بيروت.", None),
        # the clitic ب still says where
        ("قتل خمسة أشخاص في انفجار ببغداد أمس.", "بغداد"),
    ],
)
def test_initial_ba_of_a_name_is_no_clitic(text: str, expected: str | None) -> None:
    doc = doc_of(text)
    events = extract_events(doc)
    places = {p.id: p.text for p in doc.places}
    assert [places.get(e.place or "") for e in events] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the other words of the occurrence in its sentence
        ("قتل 14 جنديا في غارة أمريكية على حاجز للجيش، ودمر الحاجز بالكامل.", ["ودمر"]),
        # a retelling merged into the occurrence (a reference back in the next sentence)
        ("قتل 21 شخصا على الأقل في هجوم تبنته حركة طالبان في ولاية قندوز. وتبنت حركة طالبان هذا الهجوم.",
         ["الهجوم"]),
        # nothing else tells it
        ("شنت طائرات التحالف غارات على مواقع الحوثيين في صعدة.", []),
    ],
)
def test_mentions_hold_the_other_words_of_the_occurrence(text: str, expected: list[str]) -> None:
    events = extract_events(doc_of(text))
    assert [[m.text for m in e.mentions] for e in events] == [expected]
