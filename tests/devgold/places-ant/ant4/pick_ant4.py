"""How part ANT-4 of the places development corpus was drawn (helper "places-7a", session 7).

ANT-3's draw (``../ant3/pick_ant3.py``) with a new seed: ANT (Jawhara FM, Tunisia; Apache-2.0)
articles of 110-340 words with at least 4 hits of the Tunisian security, protest and local-news
regex of ``tests/devgold/events-audit/pick_audit_ant.py`` (arrests, raids, sit-ins, strikes,
road blocks, thefts, smuggling), none whose id occurs anywhere under tests/, docs/ or scripts/
(the gold manifest, every devgold folder, audit draws and notes) except this folder; sorted ids
shuffled with ``random.Random(7604)``; prints the first N (default 12).
Uses only the shared data (never shipped).

Example:
    python tests/devgold/places-ant/ant4/pick_ant4.py 12
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ant3"))
import pick_ant3  # noqa: E402  (ANT-3's draw: the same filter and id scan)

SEED = 7604


def main(n: int) -> None:
    pick_ant3.draw(Path(__file__).resolve().parent, SEED, n)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 12)
