"""How draw I of the events precision audit was drawn (events-5e, session 5; prints article ids).

The filter of pick_audit_ant.py (ANT articles of 110-340 words, none whose id occurs anywhere in
tests/, docs/ or scripts/, so none of draws E-H, scan-arrests-ids.txt, the gold and devgold
folders), seed 61, 30 articles with >= 4 hits of its Tunisian security/protest regex (no plain
articles: the draw measures precision on the news khabar is weak on). The ids as printed at the
pick are kept in draw-i.txt. Uses only the shared data (never shipped):
PYTHONPATH=tests/devgold/events-audit python tests/devgold/events-audit/pick_audit_ant_i.py  (from the repository root)
"""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

from khabar.options import data_dir

from pick_audit_ant import CONFLICT, ID, SCANNED

SEED = 61


def taken_ids() -> set[str]:
    """Every ANT id the repository mentions (this draw's own files and this script aside)."""
    here = Path(__file__).parent
    own = {Path(__file__).resolve()} | {p.resolve() for p in here.glob("*-i*.tsv")} | {(here / "draw-i.txt").resolve()}
    ids: set[str] = set()
    for root in SCANNED:
        for p in Path(root).rglob("*"):
            if not p.is_file() or p.resolve() in own:
                continue
            ids.update(ID.findall(p.name))
            if p.suffix in {".json", ".jsonl", ".md", ".py", ".tsv", ".txt", ".csv"}:
                ids.update(ID.findall(p.read_text(encoding="utf-8", errors="ignore")))
    return ids


def main() -> None:
    taken = taken_ids()
    conflict = []
    with gzip.open(data_dir() / "news" / "ant.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["id"] in taken or not 110 <= len(r["text"].split()) <= 340:
                continue
            if len(CONFLICT.findall(r["text"])) >= 4:
                conflict.append(r["id"])
    rng = random.Random(SEED)
    print(f"# I: seed {SEED} ({len(taken)} ids taken, {len(conflict)} conflict candidates)")
    print("\n".join(sorted(rng.sample(conflict, 30))))


if __name__ == "__main__":
    main()
