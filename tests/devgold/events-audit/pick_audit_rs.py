"""How draws R and S of the events precision audit were drawn (audit-10a, session 10; prints ids).

Draw R: SaudiNewsNet 2015, the filter of pick_audit.py (``candidates``: 110-300 words, conflict
words counted with its regex), seed 50: 30 articles with >= 4 conflict words + 10 with none.
Draw S: ANT (Jawhara FM), the filter of pick_audit_ant.py (``candidates``: 110-340 words, its
Tunisian security/protest regex), seed 68. Draws E-Q used up the ANT articles with >= 4 hits (Q
took the last 14, audit-9a's README section), so S takes the 20 remaining articles with the most
hits (>= 2; those at the lowest count needed are drawn with the seed) + 10 with no hit.
Both skip every SaudiNewsNet or ANT id named anywhere under tests/, docs/ or scripts/ (the gold
manifest, every devgold folder, this folder's draws A-Q, audits, pick notes and scans), except
this script and the files of draws R and S (so that a re-run prints the same pick while no other
folder adds ids). Reuses ``pick_audit_jk``'s and ``pick_audit_ant``'s pick functions. The ids as
printed at the pick are kept in draw-r.txt and draw-s.txt (session 10's clean events yardstick;
also copied to the session's clean_ids list outside the repository). Uses only the shared data
(never shipped); from the repository root:
PYTHONPATH=tests/devgold/events-audit python tests/devgold/events-audit/pick_audit_rs.py
"""

from __future__ import annotations

import gzip
import json
import random
from collections import Counter

from pick_audit import candidates as snn_candidates
from pick_audit_ant import CONFLICT, candidates, mentioned_ids
from pick_audit_jk import own_files, snn_taken

from khabar.options import data_dir

SEED_R = 50
SEED_S = 68
# This script's own files (a re-run prints the same pick).
OWN = ("draw-[rs].txt", "audit-[rs]*.tsv", "missed-[rs]*.tsv", "pred-rs*.jsonl", "run_rs.py")


def hit_counts(taken: set[str]) -> dict[str, int]:
    """Hits of ``CONFLICT`` in each ANT article of 110-340 words not in ``taken`` (>= 2 only)."""
    out: dict[str, int] = {}
    with gzip.open(data_dir() / "news" / "ant.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["id"] not in taken and 110 <= len(r["text"].split()) <= 340:
                hits = len(CONFLICT.findall(r["text"]))
                if hits >= 2:
                    out[r["id"]] = hits
    return out


def most_hits(counts: dict[str, int], n: int, rng: random.Random) -> list[str]:
    """The ``n`` ids with the most hits; ties at the lowest count taken are drawn with ``rng``."""
    picked: list[str] = []
    for hits in sorted(set(counts.values()), reverse=True):
        level = sorted(i for i, h in counts.items() if h == hits)
        if len(picked) + len(level) <= n:
            picked += level
        else:
            picked += rng.sample(level, n - len(picked))
        if len(picked) == n:
            break
    return picked


def main() -> None:
    skipped = own_files(OWN, __file__)
    taken = snn_taken(skipped)
    conflict, plain = snn_candidates(taken)
    rng = random.Random(SEED_R)
    print(f"# R: seed {SEED_R} ({len(taken)} ids taken, {len(conflict)} conflict and {len(plain)} plain candidates)")
    print("\n".join(sorted(rng.sample(conflict, 30) + rng.sample(plain, 10))))
    taken_ant = mentioned_ids(lambda p: p in skipped)
    _, plain = candidates(taken_ant)
    counts = hit_counts(taken_ant)
    rng = random.Random(SEED_S)
    top = most_hits(counts, 20, rng)
    levels = Counter(counts[i] for i in top)
    print(f"# S: seed {SEED_S} ({len(taken_ant)} ids taken, hits of the 20: {dict(sorted(levels.items(), reverse=True))},"
          f" pool >= 2 hits: {dict(sorted(Counter(counts.values()).items(), reverse=True))}, {len(plain)} plain)")
    print("\n".join(sorted(top + rng.sample(plain, 10))))


if __name__ == "__main__":
    main()
