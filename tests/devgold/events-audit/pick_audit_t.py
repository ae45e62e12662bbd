"""How draw T of the events precision audit was drawn (events-18b, session 18; prints ids).

Draw T: SaudiNewsNet 2015, the filter of pick_audit.py (``candidates``: 110-300 words, conflict
words counted with its regex), seed 18500: 30 articles with >= 4 conflict words + 10 with none.
It skips every SaudiNewsNet id named under tests/, docs/, scripts/ or benchmarks/ (the gold
manifest, every devgold folder, this folder's draws A-S, audits, pick notes and scans), except this
script and the files of draw T (so that a re-run prints the same pick while no other folder adds
ids), and the ids other helpers of session 18 had drawn when T was drawn (the files given on the
command line: /work/prompts/s18/taken/*.txt, outside the repository). The ids as printed at the
pick are kept in draw-t.txt. Uses only the shared data (never shipped); from the repository root:
PYTHONPATH=tests/devgold/events-audit python tests/devgold/events-audit/pick_audit_t.py [TAKEN...]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from pick_audit import candidates as snn_candidates
from pick_audit_jk import SNN_ID, own_files, snn_taken

SEED_T = 18500
# This script's own files (a re-run prints the same pick).
OWN = ("draw-t.txt", "audit-t*.tsv", "missed-t*.tsv", "pred-t*.jsonl", "run_t.py")


def main(extra: list[str]) -> None:
    taken = snn_taken(own_files(OWN, __file__))
    for p in Path("benchmarks").rglob("*"):
        if p.is_file() and p.suffix in {".json", ".jsonl", ".md", ".py", ".tsv", ".txt", ".csv"}:
            taken.update(SNN_ID.findall(p.read_text(encoding="utf-8", errors="ignore")))
    for f in extra:
        taken.update(SNN_ID.findall(Path(f).read_text(encoding="utf-8")))
    conflict, plain = snn_candidates(taken)
    rng = random.Random(SEED_T)
    print(f"# T: seed {SEED_T} ({len(taken)} ids taken, {len(conflict)} conflict and {len(plain)} plain candidates)")
    print("\n".join(sorted(rng.sample(conflict, 30) + rng.sample(plain, 10))))


if __name__ == "__main__":
    main(sys.argv[1:])
