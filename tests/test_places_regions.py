"""Saudi regions, governorates and emirates: the region when the text says «منطقة» (or
«إمارة منطقة», or lists regions after «مناطق»), the town when it names the town.

Expected points follow the gold tuning split's annotators (``data/places/regions.tsv``): a
region named after its seat town at the town («منطقة الرياض»، «منطقة نجران»، «منطقة مكة
المكرمة»، «منطقة تبوك»), a region with a name of its own at its centre (Asir, the Eastern
Province, the Northern Borders, Al-Qassim); approximate map readings, written from the map,
not from khabar's output; a test passes within 50 km. All sentences were written for these
tests.

The packaged index is built from ``regions.tsv`` by ``scripts/build_gazetteer.py``: the tests
of region points are skipped, with that reason, while the index predates the table.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _places import assert_place, find, places
from conftest import require
from khabar.normalize import fold
from khabar.places.index import distance_km, gazetteer

_REGIONS_TSV = Path(__file__).parent.parent / "src" / "khabar" / "data" / "places" / "regions.tsv"
#: the seat towns of the Saudi regions named after them (GeoNames points)
SEATS = {
    "منطقة الرياض": (24.69, 46.72), "منطقة مكة المكرمة": (21.43, 39.83),
    "منطقة المدينة المنورة": (24.47, 39.61), "منطقة تبوك": (28.40, 36.57),
    "منطقة حائل": (27.52, 41.69), "منطقة جازان": (16.89, 42.55),
    "منطقة نجران": (17.49, 44.13), "منطقة الباحة": (20.01, 41.47),
}


def _table_rows() -> dict[str, tuple[float, float]]:
    """First name -> (lat, lon) of the rows of regions.tsv."""
    out = {}
    for line in _REGIONS_TSV.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            f = line.split("\t")
            out[f[0].split("|")[0]] = (float(f[4]), float(f[5]))
    return out


def _index_is_stale() -> bool:
    lat, lon = _table_rows()["منطقة نجران"]
    rows = [c for c in gazetteer().get(fold("منطقة نجران")) if c.source == "hand"]
    return not rows or distance_km(rows[0].lat, rows[0].lon, lat, lon) > 1


_STALE = "gazetteer.tsv.gz predates regions.tsv: rebuild it with `python scripts/build_gazetteer.py`"
stale = pytest.mark.skipif(_index_is_stale(), reason=_STALE)


def test_the_packaged_index_is_built_from_the_table() -> None:
    # review-19a: the skip above could hold in CI too and turn the region tests off unseen; a
    # stale index skips here locally and fails with CI=true (conftest.require)
    require(not _index_is_stale(), _STALE)


@pytest.mark.parametrize(("name", "seat"), sorted(SEATS.items()))
def test_region_named_after_its_seat_lies_near_it(name: str, seat: tuple[float, float]) -> None:
    # the table itself (what the index is built from): within 50 km of the seat town
    lat, lon = _table_rows()[name]
    assert distance_km(lat, lon, *seat) <= 50


@stale
@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("قال أمير منطقة نجران إن الوضع آمن.", "منطقة نجران", 17.49, 44.13),
        ("افتتح أمير منطقة مكة المكرمة المشروع.", "منطقة مكة المكرمة", 21.43, 39.83),
        ("هطلت أمطار غزيرة على المنطقة الشرقية أمس.", "المنطقة الشرقية", 23.0, 50.3),
        ("زار الوزير منطقة الحدود الشمالية.", "منطقة الحدود الشمالية", 30.3, 41.8),
        ("أعلنت إمارة منطقة الباحة موعد المهرجان.", "إمارة منطقة الباحة", 20.1, 41.5),
        ("وصل الفريق إلى منطقة تبوك.", "منطقة تبوك", 28.4, 36.57),
        # Riyadh Region at Riyadh, where the gold tuning split puts it
        ("يقيم المريض في منطقة الرياض.", "منطقة الرياض", 24.7, 46.7),
        ("تقدمت القوات العراقية في محافظة صلاح الدين.", "محافظة صلاح الدين", 34.5, 43.6),
    ],
)
def test_region_with_its_cue_is_the_region(text: str, surface: str, lat: float, lon: float) -> None:
    assert_place(text, surface, lat, lon, "admin")


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("وصل الوزير إلى نجران صباح اليوم.", "نجران", 17.49, 44.13),
        ("أدى المعتمرون مناسكهم في مكة المكرمة.", "مكة المكرمة", 21.42, 39.83),
        ("افتتح المحافظ المستشفى في محافظة جدة.", "جدة", 21.54, 39.17),
    ],
)
def test_town_named_bare_is_the_town(text: str, surface: str, lat: float, lon: float) -> None:
    assert_place(text, surface, lat, lon)


@stale
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("توقعت الأرصاد أمطارا على مناطق عسير و الباحة و نجران.",
         [("عسير", 19.2, 42.9), ("الباحة", 20.1, 41.5), ("نجران", 17.49, 44.13)]),
        ("تتوزع الكليات بين مناطق الرياض وعسير والحدود الشمالية.",
         [("الرياض", 24.7, 46.7), ("عسير", 19.2, 42.9), ("الحدود الشمالية", 30.3, 41.8)]),
        ("شملت الحملة منطقتي مكة المكرمة ، والمدينة المنورة.",
         [("مكة المكرمة", 21.43, 39.83), ("المدينة المنورة", 24.7, 39.6)]),
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


def test_bare_town_after_list_of_regions_joins_the_region() -> None:
    # the list ends at the sentence; a later bare «نجران» is a mention of the region named
    # in the list (docs/annotation.md, places rule 3: one record, as the gold tuning split
    # joins «لحج» to «محافظة لحج»), not a second record at the same point
    got = places("هطلت أمطار على مناطق عسير ونجران. ثم زار الوفد نجران والتقى أهلها.")
    najran = [r for r in got if r.text == "نجران"]
    assert [r.precision for r in najran] == ["admin"]


@pytest.mark.parametrize(
    "text",
    [
        "تحدث الخبير عن مناطق النفوذ في العالم.",  # no region names after «مناطق»
        "قال إن منطقتي الخطر لا تزالان مغلقتين.",
    ],
)
def test_plural_cue_without_region_names_gives_nothing(text: str) -> None:
    assert places(text) == []


@stale
def test_list_led_by_a_region_only_name_is_regions() -> None:
    # «عسير» names only the region: the towns after it stand for their regions too
    got = places("هطول أمطار رعدية في عسير والباحة ونجران.")
    assert [(r.text, r.precision) for r in got] == [
        ("عسير", "admin"), ("الباحة", "admin"), ("نجران", "admin")]
    assert distance_km(got[2].lat, got[2].lon, 17.49, 44.13) <= 50


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


@stale
@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("صلى المعزون على الفقيد في المسجد النبوي الشريف.", "المسجد النبوي الشريف", 24.47, 39.61),
        ("ووري جثمانه في بقيع الغرقد بعد الصلاة عليه.", "بقيع الغرقد", 24.47, 39.62),
        ("امتلأت أروقة المسجد الحرام بالمعتمرين.", "المسجد الحرام", 21.42, 39.83),
    ],
)
def test_holy_sites(text: str, surface: str, lat: float, lon: float) -> None:
    assert_place(text, surface, lat, lon, "site", km=5)
