"""Hand admin units of the index (src/khabar/data/places/admin.tsv): a Saudi governorate
«محافظة X» is an admin row, its bare name X the seat town, both at the seat."""

from __future__ import annotations

import pytest

from khabar.places.index import gazetteer


@pytest.mark.parametrize(
    ("name", "precision", "lat", "lon"),
    [
        ("محافظة النعيرية", "admin", 27.47, 48.48),
        ("النعيرية", "city", 27.47, 48.48),
        ("محافظة رفحاء", "admin", 29.63, 43.50),
        ("رفحاء", "city", 29.63, 43.50),
        ("محافظة وادي الدواسر", "admin", 20.47, 44.80),
        ("الخماسين", "city", 20.47, 44.80),
        ("محافظة البرك", "admin", 18.21, 41.54),
    ],
)
def test_governorate_and_seat_rows(name: str, precision: str, lat: float, lon: float) -> None:
    rows = [p for p in gazetteer().lookup(name) if p.source == "hand" and p.country == "SA"]
    assert [(p.precision, p.lat, p.lon) for p in rows] == [(precision, lat, lon)]


@pytest.mark.parametrize("name", ["البرك", "البدع", "الكامل"])
def test_ordinary_words_get_no_bare_seat_row(name: str) -> None:
    # «البرك» (ponds), «البدع», «الكامل» are words: only «محافظة X» names the governorate
    assert not [p for p in gazetteer().lookup(name) if p.source == "hand" and p.country == "SA"]


@pytest.mark.parametrize(
    ("name", "country", "precision"),
    [
        ("محافظة مسندم", "OM", "admin"),
        ("ظفار", "OM", "admin"),
        ("محافظة الوسطى", "OM", "admin"),
        ("الدقهلية", "EG", "admin"),
        ("دارفور", "SD", "region"),
    ],
)
def test_first_level_units_of_arab_countries(name: str, country: str, precision: str) -> None:
    assert any(p.source == "hand" and p.country == country and p.precision == precision
               for p in gazetteer().lookup(name))


@pytest.mark.parametrize("name", ["الوسطى", "الداخلية", "الظاهرة", "الغربية"])
def test_bare_ordinary_words_are_no_arab_units(name: str) -> None:
    # only «محافظة الوسطى» names Oman's Al Wusta: «الوسطى» alone is "the middle"
    assert not [p for p in gazetteer().lookup(name) if p.source == "hand" and p.country in ("OM", "EG")]
