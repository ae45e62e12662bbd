"""How part P of the places development corpus was drawn (helper "places-7a", session 7).

Part GZ's filter (``../pick_part.py``: SaudiNewsNet 2015 articles of 120-350 words with a
small-place cue and at least 6 hits of the words of the Yemen war, Saudi Arabia and the Gulf;
no near-duplicate, word-set Jaccard >= 0.3, of an article taken or picked) with seed 7617,
skipping the gold manifest, every ``tests/devgold/*`` annotation and every SaudiNewsNet id named
anywhere under ``tests/``, ``docs/`` or ``scripts/`` (audit draws, notes, READMEs), except in
this part's own folder (its second half P2 in ``p2/`` included). Prints the first N ids
(default 12). Uses only the shared data (never
shipped); the same scan as part O's ``pick_o.py``, with this folder left out instead of O's.

Example:
    python tests/devgold/places/part-p/pick_p.py 12
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import pick_part  # noqa: E402  (the sibling script, imported from its folder)

SEED = 7617
HERE = Path(__file__).resolve().parent


def mentioned_ids() -> set[str]:
    """Every SaudiNewsNet id named in a file name or text under tests/, docs/, scripts/,
    except in this part's own folder (its files would hide its own pick)."""
    return pick_part.mentioned_ids(lambda p: HERE in p.resolve().parents)


if __name__ == "__main__":
    taken = mentioned_ids()
    base = pick_part.devgold_ids

    def devgold_ids() -> set[str]:
        # this part's own annotations (P2's too) are never skipped, wherever their ids occur
        # (the git-ignored drafts in ../drafts-private/ name them as well)
        own = {p.stem for p in HERE.rglob("*.json")}
        return (base() | taken) - own

    pick_part.devgold_ids = devgold_ids
    pick_part.main(int(sys.argv[1]) if len(sys.argv) > 1 else 12, seed=SEED)
