"""How part P3 of the places development corpus was drawn (helper "places-7a", session 7).

Part P's pool (``../../pick_part.py``: SaudiNewsNet 2015 articles of 120-350 words with a
small-place cue and at least 6 hits of the words of the Yemen war, Saudi Arabia and the Gulf)
narrowed to conflict news like most of the held-back SaudiNewsNet articles: at least 4 hits of
the events audit's conflict regex (``tests/devgold/events-audit/pick_audit.py``: غار، قصف،
اشتباك، معارك، الحوثي، التحالف...). Skips the gold manifest, every ``tests/devgold/*``
annotation and every SaudiNewsNet id named under tests/, docs/ or scripts/ except in part P's
folder, and near-duplicates (word-set Jaccard >= 0.3) of those or of earlier picks; sorted ids
shuffled with ``random.Random(7619)``; prints the first N (default 12) not in part P or P2.
Uses only the shared data (never shipped).

Example:
    python tests/devgold/places/part-p/p3/pick_p3.py 12
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parents[2] / "events-audit"))
import pick_audit  # noqa: E402  (the events audit's conflict regex)
import pick_p  # noqa: E402  (part P's id scan, which leaves part P's folder out)
import pick_part  # noqa: E402  (the pool's cues and place words)

SEED = 7619


def main(n: int) -> None:
    own = {p.stem for p in pick_p.HERE.rglob("*.json")}  # P, P2 and P3 annotations
    skip = (pick_part.gold_ids() | pick_part.devgold_ids() | pick_p.mentioned_ids()) - own
    gold = pick_part.gold_ids()
    p3 = {p.stem for p in HERE.rglob("*.json")}
    earlier = own - p3  # parts P and P2: skipped, and no near-duplicate of them is taken
    pool, texts, seen = pick_part.scan_pool(skip | earlier, gold,
                                            lambda text: len(pick_audit.CONFLICT.findall(text)) >= 4)
    print("\n".join(pick_part.draw(pool, texts, seen, n, skip, SEED)))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 12)
