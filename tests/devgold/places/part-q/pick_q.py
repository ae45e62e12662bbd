"""How part Q of the places development corpus was drawn (helper "places-8a", session 8).

Part GZ's pool (``../pick_part.py``: SaudiNewsNet 2015 articles of 120-350 words with a
small-place cue and at least 6 hits of the words of the Yemen war, Saudi Arabia and the Gulf)
narrowed to news with at least 2 hits of the events audit's conflict regex
(``tests/devgold/events-audit/pick_audit.py``), so that the draw mixes Yemen-war and Saudi
border news with Saudi regional news, like the held-back SaudiNewsNet articles. Skips the gold
manifest, every ``tests/devgold/*`` annotation and every SaudiNewsNet id named in a file under
tests/, docs/, scripts/ or /work/prompts (audit draws, notes, briefs) except in this part's own
folder, and near-duplicates (word-set Jaccard >= 0.3) of those or of earlier picks; sorted ids
shuffled with ``random.Random(8621)``; prints the first N (default 24: Q = 0-11, Q2 = 12-23).
Uses only the shared data (never shipped).

Example:
    python tests/devgold/places/part-q/pick_q.py 24
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parents[1] / "events-audit"))
import pick_audit  # noqa: E402  (the events audit's conflict regex)
import pick_part  # noqa: E402  (the pool's cues and place words)

SEED = 8621
PROMPTS = Path("/work/prompts")  # the session briefs (absent in CI: then nothing to skip)


def mentioned_ids() -> set[str]:
    """SaudiNewsNet ids named under tests/, docs/, scripts/ (outside this folder) and in the briefs."""
    ids = pick_part.mentioned_ids(lambda p: HERE in p.resolve().parents)
    if PROMPTS.is_dir():
        for f in PROMPTS.rglob("*"):
            if f.is_file():
                ids.update(pick_part.SNN_ID.findall(f.read_text(encoding="utf-8", errors="ignore")))
    return ids


def main(n: int) -> None:
    own = {p.stem for p in HERE.rglob("*.json")}  # Q and Q2 annotations (never skipped)
    skip = (pick_part.gold_ids() | pick_part.devgold_ids() | mentioned_ids()) - own
    gold = pick_part.gold_ids()
    pool, texts, seen = pick_part.scan_pool(skip, gold, lambda text: len(pick_audit.CONFLICT.findall(text)) >= 2)
    print("\n".join(pick_part.draw(pool, texts, seen, n, skip, SEED)))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 24)
