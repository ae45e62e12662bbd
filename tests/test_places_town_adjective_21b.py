"""A town tagged ORG with its country's adjective, session 21 (places-21b).

``inside_names._link_entities`` reads a name the tagger tags ORG as a place when it is the
whole entity and stands right after «في»/«إلى» or a town cue (docs/places.md: "a name tagged
ORG right after a town cue is a place («مدينة الميادين»)"). The tagger also tags a club's
town *with its adjective* as the club («مدينة برشلونة الإسبانية» ORG), and the town was
dropped as a word of the club's name. Now the rest of the entity may be one feminine country
adjective (agreeing with the town); the masculine agrees with the club and stays no place.

Sentences written for these tests on the forms of fresh SaudiNewsNet 2015 articles
(docs/places.md, "Session 21: places after place nouns (places-21b)")."""

from __future__ import annotations

import pytest

from _places import find, near, places


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("بلغ حجم المشاهدة للنسخة التي استضافتها مدينة برشلونة الأسبانية عام 2013 نحو 4.5 مليارات.", "برشلونة", 41.39, 2.16),
        ("بلغ حجم المشاهدة للنسخة التي استضافتها مدينة برشلونة الإسبانية عام 2013 نحو 4.5 مليارات.", "برشلونة", 41.39, 2.16),
    ],
)
def test_a_town_with_its_feminine_adjective_after_a_town_cue_is_a_place(
        text: str, surface: str, lat: float, lon: float) -> None:
    assert near(find(places(text), surface), lat, lon, 50)


@pytest.mark.parametrize(
    "text",
    [
        # the club: a masculine adjective, or no town cue nor «في»/«إلى» before it
        "وفاز برشلونة الإسباني على ريال مدريد.",
        "لعب في برشلونة الإسباني ثلاث سنوات.",
    ],
)
def test_a_club_with_its_adjective_is_no_place(text: str) -> None:
    assert not [r for r in places(text) if "برشلونة" in r.text]
