"""A later mention of the same common-word name is a mention of the same place (places-16b, a bug
fix of ``inside_names.drop_non_places``; docs/places.md, "Session 16: far places at today's tree").

The rule "a common word after another name of the same entity is that name's adjective"
(«قاعدة العند الجوية» tagged LOC as a whole) also dropped the same name written again: the second
«إب» of «غارات على إب ... لمعسكر الحمزة في إب وسط اليمن», so the camp was put at central Yemen's
point, 108 km away (development part P3b). The whole of a later mention of the entity, with the
same key, written where a place is named (after «في»/«إلى», a place cue or a compass word, no
proclitic on the name), now stays, as a repeat: it anchors the places around it and makes a record where the
earlier mention is none, but it counts no second time for its country, nor vouches for its own
reading by nearness («العين» twice in a story on Lahij stays the Yemeni place).

Sentences written for these tests on the forms of the fresh articles measured (seeds 16701-16703).
"""

from __future__ import annotations

import pytest

from _places import segmented
from khabar.places import geocode
from khabar.places.index import distance_km
from khabar.schema import Entity, Place, Span


def _places(text: str, loc: str) -> list[Place]:
    """Place records of ``text`` with every ``loc`` tagged as mentions of one LOC entity."""
    doc = segmented(text)
    starts, i = [], text.find(loc)
    while i >= 0:
        starts.append(i)
        i = text.find(loc, i + 1)
    spans = [Span(text=loc, start=s, end=s + len(loc)) for s in starts]
    doc.entities = [Entity(id="e1", text=loc, start=starts[0], end=starts[0] + len(loc), type="LOC",
                           canonical=loc, mentions=spans)]
    return geocode(doc)


def _at(records: list[Place], surface: str) -> Place:
    hits = [r for r in records if r.text == surface]
    assert hits, f"no place {surface!r} in {[r.text for r in records]}"
    return hits[0]


@pytest.mark.parametrize(
    ("text", "loc", "surface", "lat", "lon", "km"),
    [
        # the camp lies in Ibb, named again right after it (not at central Yemen's point)
        ("قتل وجرح عشرات الحوثيين في غارات شنها طيران التحالف على إب وسط اليمن. وسقط قتلى "
         "جراء قصف طيران التحالف العربي لمعسكر الحمزة في إب وسط اليمن.", "إب", "معسكر الحمزة",
         13.97, 44.18, 50),
        # «مدينة سيفاري في وسط مالي»: the record of central Mali (which anchors Sévaré)
        ("قتل عدة أشخاص في مالي اليوم إثر هجوم شنه مسلحون. وتتواصل عملية احتجاز الرهائن في أحد "
         "فنادق مدينة سيفاري في وسط مالي.", "مالي", "وسط مالي", 14.5, -4.0, 50),
    ],
)
def test_the_same_name_again_is_a_mention(text: str, loc: str, surface: str, lat: float, lon: float,
                                          km: float) -> None:
    r = _at(_places(text, loc), surface)
    assert r.lat is not None and r.lon is not None
    assert distance_km(r.lat, r.lon, lat, lon) <= km, f"{surface!r} is at ({r.lat}, {r.lon})"


def test_the_same_area_named_again_is_one_record() -> None:
    text = "استهدف تفجير انتحاري مسجدا في عسير. ووقع التفجير في أبها عاصمة محافظة عسير."
    assert len([r for r in _places(text, "عسير") if r.name_en == "Asir Region"]) == 1


@pytest.mark.parametrize(
    ("text", "loc", "country"),
    [
        # a repeat counts no second time for its country: the Yemeni «العين», not Al Ain (UAE)
        ("وتقدمت المقاومة الشعبية في تعز وسط اليمن إلى مشارف العين. وقال المتحدث باسم المقاومة في "
         "تعز إن المقاومين في اليمن سيبسطون سيطرتهم على كامل منطقة العين.", "العين", "AE"),
        # the adjective «مالي» (Malian) after a noun is no repeat of the country
        ("قتل ثلاثة جنود في مالي أمس. وقال مصدر عسكري مالي إن الهجوم وقع ليلا.", "مالي", "ML"),
        # part of a longer name is no repeat: «ب[ابا] عمرو» is not Aba (Nigeria)
        ("وقد قصف حي بابا عمرو بالدبابات. وكانت صفقة لفك الحصار على حاجز عسكري في بابا عمرو.",
         "بابا عمرو", "NG"),
    ],
)
def test_a_repeat_adds_no_foreign_place(text: str, loc: str, country: str) -> None:
    recs = [r for r in _places(text, loc) if r.country == country]
    # at most the earlier mention's own record
    assert len(recs) <= (1 if country == "ML" else 0), [r.text for r in recs]


def test_an_adjective_inside_the_entity_is_still_no_place() -> None:
    text = "شنت طائرات التحالف غارات على قاعدة العند الجوية في لحج."
    recs = _places(text, "قاعدة العند الجوية")
    assert not [r for r in recs if r.text == "الجوية"]
    assert [r.text for r in recs] == ["قاعدة العند", "لحج"]  # the base and its town (review-19a)
