"""Parts Q7 and Q8 of the places development corpus (places-19d, session 19): the folders hold
the ids drawn by ``pick_q7.py`` (``draw-q7.txt``), each annotation loads and matches its text
(``load_annotation`` checks the text and every span hash), the SaudiNewsNet files quote no text,
and an article that names no place has an empty places layer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar.eval.goldfile import load_annotation

PART_Q = Path(__file__).parent / "devgold" / "places" / "part-q"
DRAW = (PART_Q / "draw-q7.txt").read_text(encoding="utf-8").split()

# (folder, ids in draw order: 8 SaudiNewsNet then the ANT ones, places in the folder)
PARTS = [
    ("q7", DRAW[:12], 43),
    ("q8", DRAW[12:], 33),
]

# (folder, article, places in it): one with places, and inputs that must yield nothing
PLACE_COUNTS = [
    ("q7", "saudinewsnet-024045", 11),
    ("q7", "saudinewsnet-002412", 1),
    ("q7", "ant-006829", 0),  # a union man on police voting: no place named
    ("q8", "saudinewsnet-001935", 1),
]


def test_draw_has_the_held_back_proportions() -> None:
    assert len(DRAW) == len(set(DRAW)) == 22
    q7, q8 = DRAW[:12], DRAW[12:]
    assert sum(i.startswith("saudinewsnet-") for i in q7) == 8
    assert sum(i.startswith("ant-") for i in q7) == 4
    assert sum(i.startswith("saudinewsnet-") for i in q8) == 8
    assert sum(i.startswith("ant-") for i in q8) == 2


@pytest.mark.parametrize(("folder", "ids", "n_places"), PARTS)
def test_part_loads_and_matches_its_draw(folder: str, ids: list[str], n_places: int) -> None:
    files = sorted((PART_Q / folder / "annotations").glob("*.json"))
    assert sorted(p.stem for p in files) == sorted(ids)
    arts = [load_annotation(p) for p in files]  # raises on any text or span hash mismatch
    assert sum(len(a.layers["places"]) for a in arts) == n_places
    for a in arts:
        assert all(not a.layers[layer] for layer in ("entities", "claims", "quantities", "dates", "events"))


@pytest.mark.parametrize("folder", ["q7", "q8"])
def test_saudinewsnet_files_quote_no_text(folder: str) -> None:
    for p in (PART_Q / folder / "annotations").glob("saudinewsnet-*.json"):
        raw = p.read_text(encoding="utf-8")
        assert not any("\u0600" <= ch <= "\u06ff" for ch in raw)
        assert "text" not in json.loads(raw)
    assert not (PART_Q / folder / "drafts-private").exists()


@pytest.mark.parametrize(("folder", "aid", "n"), PLACE_COUNTS)
def test_places_per_article(folder: str, aid: str, n: int) -> None:
    g = load_annotation(PART_Q / folder / "annotations" / f"{aid}.json")
    assert len(g.layers["places"]) == n
