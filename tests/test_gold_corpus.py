"""The committed gold corpus: it loads, keeps the licence rule, and meets the issue's minimums."""

from __future__ import annotations

import json
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from khabar.eval.gold import split_ids
from khabar.eval.goldfile import FREE_SOURCES, load_annotation, source_file_of

GOLD = Path(__file__).parent / "gold"
MANIFEST = json.loads((GOLD / "manifest.json").read_text(encoding="utf-8"))["articles"]
ANNOTATIONS = sorted((GOLD / "annotations").glob("*.json"))
SECOND = sorted((GOLD / "second" / "annotations").glob("*.json"))
# development corpora (tests/devgold/<layer>/annotations, and parts kept apart in folders below
# them: tests/devgold/events/part-k/annotations), stand-off like the gold
DEV = sorted((GOLD.parent / "devgold").glob("**/annotations/*.json"))


@pytest.mark.parametrize("path", ANNOTATIONS + SECOND + DEV, ids=lambda p: f"{p.parent.parent.name}/{p.stem}")
def test_annotation_loads_and_matches_its_text(path: Path) -> None:
    g = load_annotation(path)  # raises DataError on any hash mismatch
    assert g.id == path.stem


def test_every_annotation_is_a_manifest_article() -> None:
    ids = {r["id"] for r in MANIFEST}
    assert {p.stem for p in ANNOTATIONS} <= ids


@pytest.mark.parametrize("path", [p for p in ANNOTATIONS + SECOND + DEV
                                  if source_file_of(p.stem) not in FREE_SOURCES],
                         ids=lambda p: p.stem)
def test_saudinewsnet_annotation_holds_no_text(path: Path) -> None:
    ann = json.loads(path.read_text(encoding="utf-8"))
    assert "text" not in ann and "title" not in ann
    assert not any("\u0600" <= ch <= "\u06ff" for ch in path.read_text(encoding="utf-8"))


def test_no_private_draft_is_tracked_by_git() -> None:
    # a wildcard pathspec must match the whole path: "…/drafts-private" alone matched no file in it
    out = subprocess.run(["git", "ls-files", "tests/gold/drafts-private", "tests/devgold/*/drafts-private/*"],
                         cwd=GOLD.parent.parent,
                         capture_output=True, text=True, check=False)
    if out.returncode != 0:
        pytest.skip("not a git checkout")
    assert out.stdout.strip() == ""


def test_selection_spans_outlets_and_years() -> None:
    assert len({r["outlet"] for r in MANIFEST}) >= 5
    assert len({r["year"] for r in MANIFEST}) >= 3
    assert Counter(r["split"] for r in MANIFEST)["heldback"] >= 40


def test_at_least_sixty_articles_annotated() -> None:
    assert len(split_ids(GOLD, "all")) >= 60


def test_heldback_minimums() -> None:
    arts = [load_annotation(GOLD / "annotations" / f"{i}.json") for i in split_ids(GOLD, "heldback")]
    claims = [c for a in arts for c in a.layers["claims"]]
    assert len(claims) >= 150
    assert sum(c["certainty"] != "asserted" for c in claims) >= 40
    assert sum(len(a.layers["events"]) for a in arts) >= 60


def test_agreement_sample_has_five_articles() -> None:
    assert len(SECOND) >= 5
    assert {p.stem for p in SECOND} <= {p.stem for p in ANNOTATIONS}
