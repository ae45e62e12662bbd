"""``khabar eval gold`` on the command line (the agreement mode: no analysis, fast)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from khabar.cli import main

GOLD = str(Path(__file__).parent / "gold")


def test_agreement_json_has_the_report_shape() -> None:
    result = CliRunner().invoke(main, ["eval", "gold", GOLD, "--agreement", "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["articles"] >= 5
    assert set(report["scores"]) == {"claims", "entities", "quantities", "dates", "places", "events"}


def test_agreement_text_lists_every_layer() -> None:
    result = CliRunner().invoke(main, ["eval", "gold", GOLD, "--agreement", "--format", "text"])
    assert result.exit_code == 0, result.output
    for layer in ("claims", "entities", "quantities", "dates", "places", "events"):
        assert layer in result.output


def test_missing_directory_is_a_one_line_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["eval", "gold", str(tmp_path / "nope")])
    assert result.exit_code != 0
    assert "Traceback" not in result.output


def test_help_has_an_example() -> None:
    result = CliRunner().invoke(main, ["eval", "gold", "--help"])
    assert "Example:" in result.output


def test_details_refuse_the_heldback_part() -> None:
    result = CliRunner().invoke(main, ["eval", "gold", GOLD, "--details", "--split", "heldback"])
    assert result.exit_code != 0
    assert "tune" in result.output
