"""How draws J and K of the events precision audit were drawn (events-6d, session 6; prints ids).

Draw J: SaudiNewsNet 2015, the filter of pick_audit.py (110-300 words, conflict words counted
with its regex), seed 46: 30 articles with >= 4 conflict words + 10 with none.
Draw K: ANT (Jawhara FM), the filter of pick_audit_ant.py (``candidates``: 110-340 words, its
Tunisian security/protest regex), seed 63: 30 articles with >= 4 hits + 10 with none.
Both skip every SaudiNewsNet or ANT id named anywhere under tests/, docs/ or scripts/ (the gold
manifest, every devgold folder, this folder's draws A-I, audits, pick notes and scans), except
this script and the files of draws J and K (so that a re-run prints the same pick while no other
folder adds ids). The ids as printed at the pick are kept in draw-j.txt and draw-k.txt.
Uses only the shared data (never shipped); from the repository root:
PYTHONPATH=tests/devgold/events-audit python tests/devgold/events-audit/pick_audit_jk.py
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from pick_audit import candidates as snn_candidates
from pick_audit_ant import candidates, mentioned_ids

SEED_J = 46
SEED_K = 63
SNN_ID = re.compile(r"saudinewsnet-\d{6}")
# This script's own files (a re-run prints the same pick).
OWN = ("draw-[jk].txt", "audit-[jk]*.tsv", "missed-[jk]*.tsv", "pairs-jk*.tsv")


def own_files(patterns: tuple[str, ...] = OWN, script: str = __file__) -> set[Path]:
    """A draw script and the files of its draws (skipped, so that a re-run prints the same pick)."""
    here = Path(script).parent
    return {Path(script).resolve()} | {p.resolve() for pat in patterns for p in here.glob(pat)}


def snn_taken(skipped: set[Path]) -> set[str]:
    """Every SaudiNewsNet id named under tests/, docs/ or scripts/, except in ``skipped``."""
    ids: set[str] = set()
    for root in ("tests", "docs", "scripts"):
        for p in Path(root).rglob("*"):
            if not p.is_file() or p.resolve() in skipped:
                continue
            ids.update(SNN_ID.findall(p.name))
            if p.suffix in {".json", ".jsonl", ".md", ".py", ".tsv", ".txt", ".csv"}:
                ids.update(SNN_ID.findall(p.read_text(encoding="utf-8", errors="ignore")))
    return ids


def draw(skipped: set[Path], names: tuple[str, str], seeds: tuple[int, int]) -> None:
    """Print a SaudiNewsNet draw and an ANT draw: 30 conflict + 10 plain articles each."""
    taken = snn_taken(skipped)
    conflict, plain = snn_candidates(taken)
    rng = random.Random(seeds[0])
    print(f"# {names[0]}: seed {seeds[0]} ({len(taken)} ids taken, {len(conflict)} conflict and {len(plain)} plain candidates)")
    print("\n".join(sorted(rng.sample(conflict, 30) + rng.sample(plain, 10))))
    taken_ant = mentioned_ids(lambda p: p in skipped)
    conflict, plain = candidates(taken_ant)
    rng = random.Random(seeds[1])
    print(f"# {names[1]}: seed {seeds[1]} ({len(taken_ant)} ids taken, {len(conflict)} conflict and {len(plain)} plain candidates)")
    print("\n".join(sorted(rng.sample(conflict, 30) + rng.sample(plain, 10))))


def main() -> None:
    draw(own_files(), ("J", "K"), (SEED_J, SEED_K))


if __name__ == "__main__":
    main()
