"""Sixth pass on events in long articles (events-3b): the classes of errors read on
SaudiNewsNet 2015 dev part G (docs/events.md, "Sixth pass")."""

from __future__ import annotations

import pytest

from _events import doc_of
from khabar.document import Doc
from khabar.events import extract_events
from khabar.schema import Place


def subtypes(text: str) -> list[str | None]:
    return [e.subtype for e in extract_events(doc_of(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «في ظل» + a noun: the circumstances, not an occurrence
        # (armed_clash since events-6b: two soldiers killed is a battle, acled_type.armed_people)
        ("قتل جنديان امس في ظل قيام الطائرات الحربية التركية بشن غارات على مواقع الحزب في شمال العراق.",
         ["armed_clash"]),
        # the strikes told as such are kept
        ("شنت طائرات التحالف غارات على مواقع الحوثيين في صعدة.", ["air_drone_strike"]),
    ],
)
def test_amid_is_a_circumstance(text: str, expected: list[str]) -> None:
    assert subtypes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a threat made during an act told in the same sentence is part of the act
        ("وأوردت وسائل اعلام ان المهاجمين بادروا باطلاق النار على حافلة وهددوا بسلاحهم سائق سيارة.", ["attack"]),
        # a threat told alone is a threat
        ("هدد تنظيم داعش بإعدام الرهائن.", ["threat"]),
    ],
)
def test_threat_during_an_act(text: str, expected: list[str]) -> None:
    assert subtypes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وبعد ذلك بقليل فقد الحوثيون السيطرة على المدينة لصالح مقاتلين محليين.", ["government_regains_territory"]),
        # control of a car lost: no territory, no armed men
        ("فقد الرجل السيطرة على سيارته فاصطدمت بجدار.", []),
        # a named place (a record of the places layer) is a place object
        ("وتقدم الحوثيون العام الماضي من معاقلهم فسيطروا على صنعاء.", ["non_state_actor_overtakes_territory"]),
        # not prices in a named place
        ("سيطرت الحكومة على الأسعار في صنعاء.", []),
    ],
)
def test_territory_lost_or_taken(text: str, expected: list[str]) -> None:
    assert subtypes(text) == expected


def _placed(text: str, name: str, lat: float, lon: float) -> Doc:
    doc = doc_of(text)
    a = text.index(name)
    b = text.index(name, a + 1)
    doc.places = [Place(id=f"p{i}", text=name, start=s, end=s + len(name), precision="admin", country="IQ",
                        lat=lat, lon=lon) for i, s in enumerate((a, b), 1)]
    return doc


def test_bombing_retold_as_suicide_bombing_is_one() -> None:
    text = ("قتل 21 جنديا بتفجير سيارتين مفخختين في الثرثار امس. "
            "وقال مصدر إن انتحاريين فجرا نفسيهما في ثكنة للجيش في الثرثار.")
    assert [e.subtype for e in extract_events(_placed(text, "الثرثار", 33.05, 41.66))] == ["suicide_bomb"]


def test_bombings_far_apart_stay_two() -> None:
    text = ("قتل 21 جنديا بتفجير سيارتين مفخختين في الثرثار امس. "
            "وقال مصدر إن انتحاريين فجرا نفسيهما في ثكنة للجيش في الموصل.")
    doc = doc_of(text)
    a, b = text.index("الثرثار"), text.index("الموصل")
    doc.places = [Place(id="p1", text="الثرثار", start=a, end=a + 7, precision="admin", country="IQ",
                        lat=33.05, lon=41.66),
                  Place(id="p2", text="الموصل", start=b, end=b + 6, precision="city", country="IQ",
                        lat=36.34, lon=43.13)]
    assert len(extract_events(doc)) == 2


def test_amid_clause_place_is_not_the_event_place() -> None:
    text = "والقيت مسؤولية الهجوم على الحزب في ظل قيام الطائرات بشن غارات على مواقعه في شمال العراق."
    doc = doc_of(text)
    a = text.index("شمال العراق")
    doc.places = [Place(id="p1", text="شمال العراق", start=a, end=a + 11, precision="region", country="IQ",
                        lat=36.2, lon=43.6)]
    assert [e.place for e in extract_events(doc)] == [None]


def test_a_taking_names_the_battle_it_ends() -> None:
    # the attacks after «بعد» are how the sites were taken: the taking is the trigger
    text = ("وتمكنت الفصائل المقاتلة بعد سلسلة هجمات نفذتها وهجمات مضادة من قوات النظام في سهل الغاب "
            "من السيطرة على مواقع عدة.")
    assert [e.trigger.text for e in extract_events(doc_of(text))] == ["السيطرة على"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «أعقبته»: what followed the blast is another occurrence, and it happened
        ("قتل جنديان تركيان امس في انفجار لغم في سيرناك. واضافوا ان الانفجار اعقبته اشتباكات بين الجنود "
         "الاتراك ومتمردي حزب العمال الكردستاني.", ["remote_explosive", "armed_clash"]),
        # without the word of sequence the definite blast refers back and the clash noun is unanchored
        ("قتل جنديان تركيان امس في انفجار لغم في سيرناك. واضافوا ان الانفجار أدى الى اشتباكات بين الجنود "
         "الاتراك ومتمردي حزب العمال الكردستاني.", ["remote_explosive"]),
    ],
)
def test_what_followed_is_another_occurrence(text: str, expected: list[str]) -> None:
    assert subtypes(text) == expected
