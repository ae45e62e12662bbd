"""``khabar eval events``: the command, its JSON, its error for a missing folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from khabar.cli import main


def _gold_copy(tmp_path: Path, n: int) -> Path:
    """A folder with the first ``n`` sentences of the protest file (same XML shape: the
    sentences sit in ``<Validation><Sentences>``)."""
    from khabar.options import data_dir

    src = data_dir() / "events" / "upetrarch-arabic" / "arabic_protest_gsr_validation.xml"
    text = src.read_text(encoding="utf-8")
    parts = text.split("<Sentence ")
    kept = "<Sentence ".join(parts[: n + 1])
    out = tmp_path / "gold"
    out.mkdir()
    (out / "sample.xml").write_text(kept.rstrip() + "\n</Sentences>\n</Validation>\n", encoding="utf-8")
    return out


@pytest.mark.shared_data
def test_eval_events_json(tmp_path: Path) -> None:
    folder = _gold_copy(tmp_path, 12)
    result = CliRunner().invoke(main, ["eval", "events", str(folder), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) == {"tune", "report", "all"}
    assert data["all"]["sentences"] == 12
    assert set(data["all"]) >= {"recall", "type_accuracy", "source_accuracy", "target_accuracy"}


def test_eval_events_missing_folder(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["eval", "events", str(tmp_path / "nope")])
    assert result.exit_code != 0
    assert "no such folder" in result.output


def test_eval_events_help_has_example() -> None:
    result = CliRunner().invoke(main, ["eval", "events", "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output
