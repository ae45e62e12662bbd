"""How draw I of the events precision audit was drawn (events-5e, session 5; prints article ids).

The filter of pick_audit_ant.py (ANT articles of 110-340 words, none whose id occurs anywhere in
tests/, docs/ or scripts/, so none of draws E-H, scan-arrests-ids.txt, the gold and devgold
folders), seed 61, 30 articles with >= 4 hits of its Tunisian security/protest regex (no plain
articles: the draw measures precision on the news khabar is weak on). The ids as printed at the
pick are kept in draw-i.txt. Uses only the shared data (never shipped):
PYTHONPATH=tests/devgold/events-audit python tests/devgold/events-audit/pick_audit_ant_i.py  (from the repository root)
"""

from __future__ import annotations

import random

from pick_audit_ant import candidates, taken_ids

SEED = 61
# This draw's own files (a re-run prints the same pick).
OWN = ("draw-i.txt", "*-i*.tsv")


def main() -> None:
    taken = taken_ids(__file__, OWN)
    conflict, _ = candidates(taken)
    rng = random.Random(SEED)
    print(f"# I: seed {SEED} ({len(taken)} ids taken, {len(conflict)} conflict candidates)")
    print("\n".join(sorted(rng.sample(conflict, 30))))


if __name__ == "__main__":
    main()
