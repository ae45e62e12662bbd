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

from _places import find, near, tagged


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("بلغ حجم المشاهدة للنسخة التي استضافتها مدينة برشلونة الأسبانية عام 2013.", "برشلونة الأسبانية"),
        ("بلغ حجم المشاهدة للنسخة التي استضافتها مدينة برشلونة الإسبانية عام 2013.", "برشلونة الإسبانية"),
        ("أقيم الحفل في برشلونة الإسبانية أمس.", "برشلونة الإسبانية"),
    ],
)
def test_a_town_tagged_org_with_its_feminine_adjective_is_a_place(text: str, org: str) -> None:
    assert near(find(tagged(text, org, "ORG"), "برشلونة"), 41.39, 2.16, 50)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # the club: a masculine adjective, or no town cue nor «في»/«إلى» before it
        ("لعب في برشلونة الإسباني ثلاث سنوات.", "برشلونة الإسباني"),
        ("فاز برشلونة الإسبانية على ريال مدريد.", "برشلونة الإسبانية"),
        # more than the adjective in the organisation's name
        ("زار مدينة برشلونة الإسبانية للفنون أمس.", "برشلونة الإسبانية للفنون"),
    ],
)
def test_a_club_or_an_organisation_with_its_adjective_is_no_place(text: str, org: str) -> None:
    assert not [r for r in tagged(text, org, "ORG") if "برشلونة" in r.text]
