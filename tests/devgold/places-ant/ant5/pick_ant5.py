"""How part ANT-5 of the places development corpus was drawn (helper "places-8a", session 8).

ANT-3's draw (``../ant3/pick_ant3.py``) with a new seed: ANT (Jawhara FM, Tunisia; Apache-2.0)
articles of 110-340 words with at least 4 hits of the Tunisian security, protest and local-news
regex of ``tests/devgold/events-audit/pick_audit_ant.py`` (arrests, raids, sit-ins, strikes,
road blocks, thefts, smuggling), none whose id occurs anywhere under tests/, docs/ or scripts/
(the gold manifest, every devgold folder, audit draws and notes) except this folder, nor in the
session briefs under /work/prompts; sorted ids shuffled with ``random.Random(8605)``; prints the
first N (default 24: ANT-5 = 0-11, ANT-5b = 12-23).
Uses only the shared data (never shipped).

Example:
    python tests/devgold/places-ant/ant5/pick_ant5.py 24
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]
sys.path.insert(0, str(ROOT / "tests/devgold/events-audit"))
sys.path.insert(0, str(ROOT / "tests/devgold/places-ant/ant3"))
import pick_ant3  # noqa: E402  (ANT-3's draw: the pool, the shuffle, the print)
import pick_audit_ant  # noqa: E402  (the audit's pick script: id scan)

SEED = 8605
HERE = Path(__file__).resolve().parent
PROMPTS = Path("/work/prompts")  # the session briefs (absent in CI: then nothing to skip)


def taken_ids() -> set[str]:
    """ANT ids named under tests/, docs/, scripts/ (outside this folder) and in the briefs."""
    taken = pick_audit_ant.mentioned_ids(lambda p: HERE in p.parents)
    if PROMPTS.is_dir():
        for f in PROMPTS.rglob("*"):
            if f.is_file():
                taken.update(pick_audit_ant.ID.findall(f.read_text(encoding="utf-8", errors="ignore")))
    return taken


def main(n: int) -> None:
    pick_ant3.draw(HERE, SEED, n, taken_ids())


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 24)
