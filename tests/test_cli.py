"""The command line: formats, several inputs, errors on one line, help with examples."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from khabar.cli import main

DATA = Path(__file__).parent / "data" / "readers"


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "khabar", *args], input=stdin, capture_output=True,
                          text=True, timeout=300)


def test_demo_json_is_one_record_with_exact_text() -> None:
    res = CliRunner().invoke(main, ["analyze", "--demo"])
    assert res.exit_code == 0, res.output
    record = json.loads(res.output)
    assert record["id"] == "ant-001612" and record["date"] == "2016-06-06"
    assert "مقبرة جماعية" in record["text"]
    # every layer has records on the demo article (review-19a: with a step emptied this passed)
    assert [k for k in ("entities", "claims", "quantities", "dates", "places", "events") if not record[k]] == []


@pytest.mark.parametrize(("fmt", "marker"), [("text", ""), ("markdown", "## ")])
def test_demo_reports(fmt: str, marker: str) -> None:
    res = CliRunner().invoke(main, ["analyze", "--demo", "--format", fmt])
    assert res.exit_code == 0 and "jawharafm" in res.output
    # each layer's heading, with a count above 0 (review-19a: «Claims (0)» passed before)
    for layer in ("Claims", "Entities", "Quantities", "Dates", "Places", "Events"):
        counts = re.findall(rf"^{marker}{layer} \((\d+)\)$", res.output, re.M)
        assert len(counts) == 1 and int(counts[0]) > 0, (layer, counts)


def test_geojson_is_a_feature_collection() -> None:
    res = CliRunner().invoke(main, ["analyze", "--demo", "--format", "geojson"])
    assert res.exit_code == 0
    collection = json.loads(res.output)
    assert collection["type"] == "FeatureCollection"
    # the demo's places are features (review-19a: an empty collection passed before)
    assert collection["features"] and all(f["geometry"]["type"] == "Point" for f in collection["features"])


def test_several_articles_give_json_lines() -> None:
    res = CliRunner().invoke(main, ["analyze", str(DATA / "feed.xml"), str(DATA / "plain.txt")])
    assert res.exit_code == 0
    lines = res.output.strip().split("\n")
    assert len(lines) == 3 and all(json.loads(x)["text"] for x in lines)


def test_stdin() -> None:
    res = run("analyze", "-", stdin="قال الوزير إن الاتفاق سيوقع قريبا.")
    assert res.returncode == 0 and json.loads(res.stdout)["source"] == "-"


def test_bad_inputs_are_reported_on_one_line_and_good_ones_still_analysed() -> None:
    res = run("analyze", str(DATA / "binary.txt"), str(DATA / "plain.txt"), "nope.txt")
    assert res.returncode == 1
    assert len(res.stdout.strip().split("\n")) == 1  # plain.txt analysed
    errors = [x for x in res.stderr.strip().split("\n") if x]
    assert any("binary.txt" in e and "binary" in e for e in errors)
    assert any("nope.txt: no such file" in e for e in errors)
    assert "Traceback" not in res.stderr


def test_no_input_is_a_usage_error() -> None:
    res = CliRunner().invoke(main, ["analyze"])
    assert res.exit_code == 2 and "--demo" in res.output


def _commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    out = []
    for name, cmd in group.commands.items():
        out.append((prefix + name, cmd))
        if isinstance(cmd, click.Group):
            out += _commands(cmd, prefix + name + " ")
    return out


@pytest.mark.parametrize(("name", "command"), _commands(main))
def test_every_command_is_documented_with_an_example(name: str, command: click.Command) -> None:
    assert command.help and "Example:" in command.help, f"`khabar {name}` needs an Example: in its help"
