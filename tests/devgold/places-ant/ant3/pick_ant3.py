"""How part ANT-3 of the places development corpus was drawn (helper "places-6b", session 6).

ANT (Jawhara FM, Tunisia; Apache-2.0) articles of 110-340 words (the gold pool's length
rule) with at least 4 hits of the Tunisian security, protest and local-news regex of
``tests/devgold/events-audit/pick_audit_ant.py`` (arrests, raids, sit-ins, strikes, road
blocks, thefts, smuggling), none whose id occurs anywhere under tests/, docs/ or scripts/
(the gold manifest, every devgold folder, audit draws and notes) except this folder; sorted
ids shuffled with ``random.Random(6603)``; prints the first N (default 10).
Uses only the shared data (never shipped).

Example:
    python tests/devgold/places-ant/ant3/pick_ant3.py 10
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]
sys.path.insert(0, str(ROOT / "tests/devgold/events-audit"))
import pick_audit_ant  # noqa: E402  (the audit's pick script: id scan and filter)

SEED = 6603


def draw(here: Path, seed: int, n: int, taken: set[str] | None = None) -> None:
    """Print the first ``n`` ids of the shuffled pool, skipping ``taken`` (default: the ids
    named outside ``here``)."""
    if taken is None:
        taken = pick_audit_ant.mentioned_ids(lambda p: here in p.parents)
    conflict, _plain = pick_audit_ant.candidates(taken)
    pool = sorted(conflict)
    random.Random(seed).shuffle(pool)
    print(len(taken), "ids taken,", len(pool), "candidates", file=sys.stderr)
    print("\n".join(pool[:n]))


def main(n: int) -> None:
    draw(Path(__file__).resolve().parent, SEED, n)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10)
