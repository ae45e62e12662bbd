"""Score khabar against the hand-annotated gold corpus (``khabar eval gold``)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

SPLITS = ("tune", "heldback", "all")


def split_ids(gold_dir: Path, split: str) -> list[str]:
    """Ids of ``split``: the manifest's split, except that an article listed in
    ``opened.tsv`` (opened for error analysis) is tuning, and an annotated reserve is
    held-back (reserves are annotated only to restore the held-back minimums)."""
    gold_dir = Path(gold_dir)
    manifest = json.loads((gold_dir / "manifest.json").read_text(encoding="utf-8"))
    opened = set()
    log = gold_dir / "opened.tsv"
    if log.exists():
        with log.open(encoding="utf-8") as fh:
            opened = {row["id"] for row in csv.DictReader(fh, delimiter="\t") if row.get("id")}
    annotated = {p.stem for p in (gold_dir / "annotations").glob("*.json")}
    out = []
    for row in manifest["articles"]:
        s = row["split"]
        if row["id"] in opened:
            s = "tune"
        elif s == "reserve" and row["id"] in annotated:
            s = "heldback"
        if split == "all" and s != "reserve" or s == split:
            out.append(row["id"])
    return sorted(out)
