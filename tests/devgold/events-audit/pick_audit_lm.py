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

from pick_audit_jk import draw, own_files

SEED_L = 47
SEED_M = 65
# This script's own files (a re-run prints the same pick).
OWN = ("draw-[lm].txt", "audit-[lm]*.tsv", "missed-[lm]*.tsv")


def main() -> None:
    draw(own_files(OWN, __file__), ("L", "M"), (SEED_L, SEED_M))


if __name__ == "__main__":
    main()
