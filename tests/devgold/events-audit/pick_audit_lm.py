"""How draws L and M of the events precision audit were drawn (events-7a, session 7; prints ids).

Draw L: SaudiNewsNet 2015, the filter of pick_audit.py (``candidates``: 110-300 words, conflict
words counted with its regex), seed 47: 30 articles with >= 4 conflict words + 10 with none.
Draw M: ANT (Jawhara FM), the filter of pick_audit_ant.py (``candidates``: 110-340 words, its
Tunisian security/protest regex), seed 65: 30 articles with >= 4 hits + 10 with none.
Both skip every SaudiNewsNet or ANT id named anywhere under tests/, docs/ or scripts/ (the gold
manifest, every devgold folder, this folder's draws A-K, audits, pick notes and scans), except
this script and the files of draws L and M (so that a re-run prints the same pick while no other
folder adds ids). The ids as printed at the pick are kept in draw-l.txt and draw-m.txt.
Uses only the shared data (never shipped); from the repository root:
PYTHONPATH=tests/devgold/events-audit python tests/devgold/events-audit/pick_audit_lm.py
"""

from __future__ import annotations

import random
from pathlib import Path

from pick_audit import candidates as snn_candidates
from pick_audit_ant import candidates, mentioned_ids
from pick_audit_jk import snn_taken

SEED_L = 47
SEED_M = 65
# This script's own files (a re-run prints the same pick).
OWN = ("draw-[lm].txt", "audit-[lm]*.tsv", "missed-[lm]*.tsv")


def own_files() -> set[Path]:
    here = Path(__file__).parent
    return {Path(__file__).resolve()} | {p.resolve() for pat in OWN for p in here.glob(pat)}


def main() -> None:
    skipped = own_files()
    taken = snn_taken(skipped)
    conflict, plain = snn_candidates(taken)
    rng = random.Random(SEED_L)
    print(f"# L: seed {SEED_L} ({len(taken)} ids taken, {len(conflict)} conflict and {len(plain)} plain candidates)")
    print("\n".join(sorted(rng.sample(conflict, 30) + rng.sample(plain, 10))))
    taken_ant = mentioned_ids(lambda p: p in skipped)
    conflict, plain = candidates(taken_ant)
    rng = random.Random(SEED_M)
    print(f"# M: seed {SEED_M} ({len(taken_ant)} ids taken, {len(conflict)} conflict and {len(plain)} plain candidates)")
    print("\n".join(sorted(rng.sample(conflict, 30) + rng.sample(plain, 10))))


if __name__ == "__main__":
    main()
