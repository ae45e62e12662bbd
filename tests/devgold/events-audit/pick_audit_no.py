"""How draws N and O of the events precision audit were drawn (events-8a, session 8; prints ids).

Draw N: SaudiNewsNet 2015, the filter of pick_audit.py (``candidates``: 110-300 words, conflict
words counted with its regex), seed 48: 30 articles with >= 4 conflict words + 10 with none.
Draw O: ANT (Jawhara FM), the filter of pick_audit_ant.py (``candidates``: 110-340 words, its
Tunisian security/protest regex), seed 66: 30 articles with >= 4 hits + 10 with none.
Both skip every SaudiNewsNet or ANT id named anywhere under tests/, docs/ or scripts/ (the gold
manifest, every devgold folder, this folder's draws A-M, audits, pick notes and scans), except
this script and the files of draws N and O (so that a re-run prints the same pick while no other
folder adds ids). The ids as printed at the pick are kept in draw-n.txt and draw-o.txt; at the
pick none of them was named in the session's task notes either (checked by hand, outside the
repository). Uses only the shared data (never shipped); from the repository root:
PYTHONPATH=tests/devgold/events-audit python tests/devgold/events-audit/pick_audit_no.py
"""

from __future__ import annotations

from pick_audit_jk import draw, own_files

SEED_N = 48
SEED_O = 66
# This script's own files (a re-run prints the same pick).
OWN = ("draw-[no].txt", "audit-[no]*.tsv", "missed-[no]*.tsv")


def main() -> None:
    draw(own_files(OWN, __file__), ("N", "O"), (SEED_N, SEED_O))


if __name__ == "__main__":
    main()
