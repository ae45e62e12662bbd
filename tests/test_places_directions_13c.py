"""A compass direction of a country that ``regions.tsv`` has no row for is put at the centre
of the named region from ``data/places/country_directions.tsv`` (places-13c, session 13;
``phrases.offset``), not at the index's computed point (a median of the country's towns:
«شمال شرق الصين» lay in Shandong, «شرق فرنسا» near Lyon). Directions of countries the table
does not name, hand regions and directions of towns keep their points.
All sentences were written for these tests."""

from __future__ import annotations

import pytest

from _places import places
from khabar.places.index import distance_km
from khabar.places.phrases import country_points


def the(text: str, phrase: str):
    return next(r for r in places(text) if r.text == phrase)


@pytest.mark.parametrize(
    ("text", "phrase", "cc", "point"),
    [
        ("قتل عشرة أشخاص في هجوم لبوكو حرام في شمال شرق نيجيريا يوم الأحد.", "شمال شرق نيجيريا", "NG", (10.4, 11.7)),
        ("قتل تسعة في هجوم على قرية شمالي الكاميرون.", "شمالي الكاميرون", "CM", (10.0, 14.0)),
        ("تعرض مسجد في شرق فرنسا لاعتداء ليلة الجمعة.", "شرق فرنسا", "FR", (48.3, 6.0)),
        ("اندلعت حرائق الغابات في جنوب فرنسا هذا الأسبوع.", "جنوب فرنسا", "FR", (43.8, 3.0)),
        ("عثر على مدير شركة مشنوقا في إقليم هيلونغجيانغ بشمال شرق الصين.", "شمال شرق الصين", "CN", (45.0, 126.5)),
        ("صارعت امرأة تمساحا في قرية في شرق الهند.", "شرق الهند", "IN", (23.2, 85.8)),
        ("ضرب زلزال بقوة 5 درجات شرق تركيا فجر اليوم.", "شرق تركيا", "TR", (39.2, 41.5)),
        # the centre of a country; an anaphor of the country named before («شمال غرب البلاد»)
        ("قتل شخصان في صاعقة ضربت منطقة جبلية بوسط المكسيك.", "وسط المكسيك", "MX", (19.8, -99.3)),
        ("أعلنت الشرطة في باكستان مقتل خمسة في شمال غرب البلاد.", "شمال غرب البلاد", "PK", (34.0, 71.5)),
    ],
)
def test_country_direction_at_the_regions_centre(text: str, phrase: str, cc: str, point: tuple) -> None:
    r = the(text, phrase)
    assert (r.country, r.precision) == (cc, "region")
    assert distance_km(r.lat, r.lon, *point) < 1


@pytest.mark.parametrize(
    ("text", "phrase", "cc", "point"),
    [
        # hand regions of regions.tsv stay where they are
        ("قتل جنديان في شمال سوريا أمس.", "شمال سوريا", "SY", (36.4, 38.2)),
        ("تهطل أمطار على جنوب غرب المملكة العربية السعودية.", "جنوب غرب المملكة العربية السعودية", "SA", (18.8, 42.3)),
        # a direction of a town is an offset from the town, not a region of its country
        ("سقطت قذيفة في حي شرق مدينة تعز.", "شرق مدينة تعز", "YE", (13.58, 44.16)),
    ],
)
def test_other_directions_keep_their_points(text: str, phrase: str, cc: str, point: tuple) -> None:
    r = the(text, phrase)
    assert r.country == cc
    assert distance_km(r.lat, r.lon, *point) < 5


@pytest.mark.parametrize(
    ("text", "phrase", "cc"),
    [
        # directions of countries the table leaves out keep the index's point
        ("اعتقل رئيس بلدية في أقصى شمال روسيا.", "شمال روسيا", "RU"),
        ("وقعت هزة أرضية في مدينة الحسيمة شمالي المغرب.", "شمالي المغرب", "MA"),
    ],
)
def test_directions_without_a_row_yield_no_table_point(text: str, phrase: str, cc: str) -> None:
    r = the(text, phrase)
    assert r.country == cc
    assert all(distance_km(r.lat, r.lon, *pt) > 1 for (c, _), pt in country_points().items() if c == cc)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # «جنوب السودان» is a country, not a direction of Sudan
        ("وصل وفد من جنوب السودان إلى الخرطوم.", [("جنوب السودان", "SS"), ("الخرطوم", "SD")]),
        # no compass word: the country at its own point
        ("زار الرئيس نيجيريا الأسبوع الماضي.", [("نيجيريا", "NG")]),
    ],
)
def test_no_table_point_without_a_direction(text: str, named: list[tuple[str, str]]) -> None:
    pts = set(country_points().values())
    recs = places(text)
    assert [(r.text, r.country) for r in recs] == named  # found (review-19a: not vacuous)
    assert all((round(r.lat, 1), round(r.lon, 1)) not in pts for r in recs)


def test_table_rows_are_well_formed() -> None:
    keys = {"n", "s", "e", "w", "ne", "nw", "se", "sw", "c"}
    rows = country_points()
    assert len(rows) >= 20
    for (cc, key), (lat, lon) in rows.items():
        assert len(cc) == 2 and cc.isupper() and key in keys
        assert -90 <= lat <= 90 and -180 <= lon <= 180
