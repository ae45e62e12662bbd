"""Saudi regions, governorates and emirates: the region when the text says «منطقة» (or
«إمارة منطقة», or lists regions after «مناطق»), the town when it names the town.

Expected points are the regions' centres as docs/annotation.md asks (approximate map
readings, written from the map, not from khabar's output); a test passes within 50 km.
All sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from khabar.document import Doc, RawArticle
from khabar.options import Options
from khabar.pipeline import normalize_step, segment_step
from khabar.places import geocode
from khabar.places.index import distance_km


def places(text: str) -> list:
    """The place records of a segmented text (no entity tagger: the rules alone)."""
    doc = Doc.from_article(RawArticle(text=text, source="test"))
    return geocode(segment_step(normalize_step(doc, Options()), Options()))


def find(records: list, surface: str):
    hits = [r for r in records if r.text == surface]
    assert hits, f"no place {surface!r} in {[r.text for r in records]}"
    return hits[0]


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("قال أمير منطقة نجران إن الوضع آمن.", "منطقة نجران", 18.3, 47.3),
        ("افتتح أمير منطقة مكة المكرمة المشروع.", "منطقة مكة المكرمة", 21.4, 40.8),
        ("هطلت أمطار غزيرة على المنطقة الشرقية أمس.", "المنطقة الشرقية", 23.0, 50.3),
        ("زار الوزير منطقة الحدود الشمالية.", "منطقة الحدود الشمالية", 30.3, 41.8),
        ("أعلنت إمارة منطقة الباحة موعد المهرجان.", "إمارة منطقة الباحة", 20.1, 41.5),
        ("وصل الفريق إلى منطقة تبوك.", "منطقة تبوك", 27.6, 37.1),
        # Riyadh Region at Riyadh, where the gold tuning split puts it
        ("يقيم المريض في منطقة الرياض.", "منطقة الرياض", 24.7, 46.7),
        ("تقدمت القوات العراقية في محافظة صلاح الدين.", "محافظة صلاح الدين", 34.5, 43.6),
    ],
)
def test_region_with_its_cue_is_the_region(text: str, surface: str, lat: float, lon: float) -> None:
    r = find(places(text), surface)
    assert r.precision == "admin"
    assert distance_km(r.lat, r.lon, lat, lon) <= 50


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("وصل الوزير إلى نجران صباح اليوم.", "نجران", 17.49, 44.13),
        ("أدى المعتمرون مناسكهم في مكة المكرمة.", "مكة المكرمة", 21.42, 39.83),
        ("افتتح المحافظ المستشفى في محافظة جدة.", "جدة", 21.54, 39.17),
    ],
)
def test_town_named_bare_is_the_town(text: str, surface: str, lat: float, lon: float) -> None:
    r = find(places(text), surface)
    assert distance_km(r.lat, r.lon, lat, lon) <= 50


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("توقعت الأرصاد أمطارا على مناطق عسير و الباحة و نجران.",
         [("عسير", 19.2, 42.9), ("الباحة", 20.1, 41.5), ("نجران", 18.3, 47.3)]),
        ("تتوزع الكليات بين مناطق الرياض وعسير والحدود الشمالية.",
         [("الرياض", 24.7, 46.7), ("عسير", 19.2, 42.9), ("الحدود الشمالية", 30.3, 41.8)]),
        ("شملت الحملة منطقتي مكة المكرمة ، والمدينة المنورة.",
         [("مكة المكرمة", 21.4, 40.8), ("المدينة المنورة", 24.9, 39.6)]),
        ("افتتحت معاهد في مناطق الشرقية والقصيم.",
         [("الشرقية", 23.0, 50.3), ("القصيم", 26.1, 43.6)]),
    ],
)
def test_list_after_plural_cue_is_regions(text: str, expected: list[tuple[str, float, float]]) -> None:
    got = places(text)
    for surface, lat, lon in expected:
        r = find(got, surface)
        assert r.precision == "admin"
        assert distance_km(r.lat, r.lon, lat, lon) <= 50


def test_town_after_list_of_regions_is_the_town() -> None:
    # the list ends at the sentence; a later bare «نجران» is the town again
    got = places("هطلت أمطار على مناطق عسير ونجران. ثم زار الأمير نجران والتقى أهلها.")
    najran = [r for r in got if r.text == "نجران"]
    assert sorted((round(r.lat), round(r.lon)) for r in najran) == [(17, 44), (18, 47)]


@pytest.mark.parametrize(
    "text",
    [
        "تحدث الخبير عن مناطق النفوذ في العالم.",  # no region names after «مناطق»
        "قال إن منطقتي الخطر لا تزالان مغلقتين.",
    ],
)
def test_plural_cue_without_region_names_gives_nothing(text: str) -> None:
    assert places(text) == []


def test_list_led_by_a_region_only_name_is_regions() -> None:
    # «عسير» names only the region: the towns after it stand for their regions too
    got = places("هطول أمطار رعدية في عسير والباحة ونجران.")
    assert [(r.text, r.precision) for r in got] == [
        ("عسير", "admin"), ("الباحة", "admin"), ("نجران", "admin")]
    assert distance_km(got[2].lat, got[2].lon, 18.3, 47.3) <= 50


def test_list_led_by_a_town_stays_towns() -> None:
    got = places("سقطت قذائف على نجران وجازان أمس.")
    assert distance_km(find(got, "نجران").lat, find(got, "نجران").lon, 17.49, 44.13) <= 50
    assert distance_km(find(got, "جازان").lat, find(got, "جازان").lon, 16.89, 42.55) <= 50


@pytest.mark.parametrize(
    "text",
    [
        "تكون حركة الرياح السطحية على الخليج العربي شرقية.",
        "ارتفع الموج على البحر الأحمر إلى متر.",
        "تحدث الوزير عن الأمن في الشرق الأوسط.",
    ],
)
def test_sea_or_region_of_several_countries_is_no_record(text: str) -> None:
    assert places(text) == []


def test_elided_directions_share_the_country() -> None:
    # a weather report: «جنوب غرب» and «شمال شرق»، «شرق» are the kingdom's, written once
    got = places("أمطار في الرياض وجدة. الغبار على جنوب غرب وغرب المملكة، "
                 "والحرارة على شمال شرق وشرق ووسط المملكة.")
    texts = [r.text for r in got]
    for surface in ("جنوب غرب", "غرب المملكة", "شمال شرق", "شرق", "وسط المملكة"):
        assert surface in texts
    assert all(r.country == "SA" for r in got)
    assert find(got, "جنوب غرب").lat < find(got, "غرب المملكة").lat


@pytest.mark.parametrize(
    "text",
    [
        "أمطار في الرياض وجدة. وتهب رياح على غرب المملكة.",  # no و before: nothing elided
        "أمطار في الرياض وجدة. وتوجه شمالا ثم إلى وسط المملكة.",
    ],
)
def test_no_elided_direction_without_conjunction(text: str) -> None:
    assert len(places(text)) == 3
