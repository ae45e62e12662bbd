"""How draws P and Q of the events precision audit were drawn (audit-9a, session 9; prints ids).

Draw P: SaudiNewsNet 2015, the filter of pick_audit.py (``candidates``: 110-300 words, conflict
words counted with its regex), seed 49: 30 articles with >= 4 conflict words + 10 with none.
Draw Q: ANT (Jawhara FM), the filter of pick_audit_ant.py (``candidates``: 110-340 words, its
Tunisian security/protest regex), seed 67: 30 conflict articles + 10 with no hit. Draws E-O
used up the pool: only 14 unnamed ANT articles of 110-340 words have >= 4 hits, so Q takes all
14 and 16 drawn from those with exactly 3 hits (the length rule of the gold pool is kept).
Both skip every SaudiNewsNet or ANT id named anywhere under tests/, docs/ or scripts/ (the gold
manifest, every devgold folder, this folder's draws A-O, audits, pick notes and scans), except
this script and the files of draws P and Q (so that a re-run prints the same pick while no other
folder adds ids). Reuses ``pick_audit_jk``'s and ``pick_audit_ant``'s pick functions. The ids as printed at the pick are kept in
draw-p.txt and draw-q.txt (session 9's clean events yardstick). Uses only the shared data
(never shipped); from the repository root:
PYTHONPATH=tests/devgold/events-audit python tests/devgold/events-audit/pick_audit_pq.py
"""

from __future__ import annotations

import gzip
import json
import random

from pick_audit import candidates as snn_candidates
from pick_audit_ant import CONFLICT, candidates, mentioned_ids
from pick_audit_jk import own_files, snn_taken

from khabar.options import data_dir

SEED_P = 49
SEED_Q = 67
# This script's own files (a re-run prints the same pick).
OWN = ("draw-[pq].txt", "audit-[pq]*.tsv", "missed-[pq]*.tsv", "pred-pq*.jsonl", "run_pq.py")


def three_hits(taken: set[str]) -> list[str]:
    """The ANT articles of 110-340 words not in ``taken`` with exactly 3 hits of ``CONFLICT``."""
    out: list[str] = []
    with gzip.open(data_dir() / "news" / "ant.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["id"] not in taken and 110 <= len(r["text"].split()) <= 340:
                if len(CONFLICT.findall(r["text"])) == 3:
                    out.append(r["id"])
    return out


def main() -> None:
    skipped = own_files(OWN, __file__)
    taken = snn_taken(skipped)
    conflict, plain = snn_candidates(taken)
    rng = random.Random(SEED_P)
    print(f"# P: seed {SEED_P} ({len(taken)} ids taken, {len(conflict)} conflict and {len(plain)} plain candidates)")
    print("\n".join(sorted(rng.sample(conflict, 30) + rng.sample(plain, 10))))
    taken_ant = mentioned_ids(lambda p: p in skipped)
    conflict, plain = candidates(taken_ant)
    three = three_hits(taken_ant)
    rng = random.Random(SEED_Q)
    print(f"# Q: seed {SEED_Q} ({len(taken_ant)} ids taken, {len(conflict)} >= 4 hits, {len(three)} with 3, {len(plain)} plain)")
    picked = conflict + rng.sample(three, 30 - len(conflict)) + rng.sample(plain, 10)
    print("\n".join(sorted(picked)))


if __name__ == "__main__":
    main()
