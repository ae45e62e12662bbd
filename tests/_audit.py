"""Helpers of the events-audit file tests (tests/devgold/events-audit/): the folder (put on
``sys.path`` so its run scripts import), the verdicts an audit row may hold, the Arabic-letter
check of stand-off rows, and readers of the kept prediction and verdict files."""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

AUDIT = Path(__file__).parent / "devgold" / "events-audit"
if str(AUDIT) not in sys.path:
    sys.path.insert(0, str(AUDIT))

ARABIC = re.compile(r"[\u0600-\u06FF]")
VERDICTS = {"right", "wrong_type", "not_event", "duplicate"}


def jsonl_rows(path: Path) -> list[dict]:
    """The JSON objects of a kept predictions file, one a line."""
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def tsv_rows(name: str) -> list[dict]:
    """The rows of an audit TSV of the folder, its ``#`` comment lines left out."""
    lines = (AUDIT / name).read_text(encoding="utf-8").splitlines()
    return list(csv.DictReader([x for x in lines if not x.startswith("#")], delimiter="\t"))
