"""The state that leads a coalition, named inside the coalition's name as the tagger reads it
(«التحالف بقيادة السعودية» tagged ORG as a whole), is a place mention: the gold tuning split
annotates «التي تقودها الولايات المتحدة», dev parts A, C, GZ and O «بقيادة السعودية» (places-7b,
``khabar.places.inside_names._link_entities``). Entities are given by hand here (no tagger)."""

from __future__ import annotations

import pytest

from _places import segmented
from khabar.places import geocode
from khabar.schema import Entity


def places_with_org(text: str, org: str) -> list[str]:
    """Place records of ``text`` with ``org`` tagged as one ORG entity."""
    doc = segmented(text)
    s = text.index(org)
    doc.entities = [Entity(id="e1", text=org, start=s, end=s + len(org), type="ORG", canonical=org)]
    return [r.text for r in geocode(doc)]


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        ("وصلت قوات التحالف بقيادة السعودية إلى المطار.", "التحالف بقيادة السعودية", ["السعودية"]),
        ("قصفت طائرات التحالف الذي تقوده السعودية مواقع الحوثيين.", "التحالف الذي تقوده السعودية",
         ["السعودية"]),
        ("شنت طائرات التحالف بزعامة روسيا غارات جديدة.", "التحالف بزعامة روسيا", ["روسيا"]),
    ],
)
def test_state_leading_a_coalition_is_a_place(text: str, org: str, expected: list[str]) -> None:
    assert places_with_org(text, org) == expected


def test_name_inside_an_organisation_stays_no_place() -> None:
    # no «led by» before it: a name inside the organisation's name («جامعة الكويت»)
    assert places_with_org("أعلنت جامعة الكويت موعد التسجيل.", "جامعة الكويت") == []


def places(text: str) -> list[str]:
    doc = segmented(text)
    return [r.text for r in geocode(doc)]


@pytest.mark.parametrize(
    "text",
    [
        "المديريات هي المنصورة، والشيخ عثمان، والبريقة في عدن.",
        "قصفت المدفعية الشيخ عثمان، والمنصورة في عدن.",
    ],
)
def test_title_led_name_between_places_is_a_place(text: str) -> None:
    # a small place whose name starts with a title («الشيخ عثمان», an Aden district) in a
    # list of places of its country (``inside_names._between_places``)
    assert "الشيخ عثمان" in places(text)


def test_title_led_name_between_people_stays_a_person() -> None:
    assert places("وقال الشيخ عثمان والشيخ علي إن الصلح تم.") == []
