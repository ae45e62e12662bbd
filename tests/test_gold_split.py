"""The fixed split: manifest, articles opened for error analysis, annotated reserves."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar.eval.gold import split_ids

ROWS = [("a", "heldback"), ("b", "heldback"), ("c", "tune"), ("d", "reserve"), ("e", "reserve")]


@pytest.fixture
def gold(tmp_path: Path) -> Path:
    (tmp_path / "manifest.json").write_text(json.dumps(
        {"articles": [{"id": i, "split": s} for i, s in ROWS]}), encoding="utf-8")
    (tmp_path / "annotations").mkdir()
    for i in ("a", "b", "c", "d"):  # «e» is a reserve nobody annotated
        (tmp_path / "annotations" / f"{i}.json").write_text("{}", encoding="utf-8")
    (tmp_path / "opened.tsv").write_text("date\tid\twho\treason\n2026-11-25\tb\ta1\tclaims misses\n",
                                         encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(("split", "expected"), [
    ("heldback", ["a", "d"]),  # «b» was opened; the annotated reserve «d» takes its place
    ("tune", ["b", "c"]),
    ("all", ["a", "b", "c", "d"]),
])
def test_split_ids(gold: Path, split: str, expected: list[str]) -> None:
    assert split_ids(gold, split) == expected


def test_unannotated_articles_are_not_listed(gold: Path) -> None:
    (gold / "annotations" / "a.json").unlink()
    assert split_ids(gold, "heldback") == ["d"]
