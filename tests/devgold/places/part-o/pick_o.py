"""How part O of the places development corpus was drawn (helper "places-6b", session 6).

Part GZ's filter (``../pick_part.py``: SaudiNewsNet articles of 120-350 words with a
small-place cue and at least 6 words of the Yemen war, Saudi Arabia and the Gulf; no
near-duplicate of a taken article) with seed 6616, and, beyond that script's skip list (the
gold manifest and every ``tests/devgold/*`` annotation), every SaudiNewsNet id named anywhere
under ``tests/``, ``docs/`` or ``scripts/`` (audit draws, notes, READMEs), so that no article
khabar has already been run on for a check is drawn. Prints the first N ids (default 12).
Uses only the shared data (never shipped).

Example:
    python tests/devgold/places/part-o/pick_o.py 12
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import pick_part  # noqa: E402  (the sibling script, imported from its folder)

SEED = 6616
OWN = {Path(__file__).resolve()}


def mentioned_ids() -> set[str]:
    """Every SaudiNewsNet id named in a file name or text under tests/, docs/, scripts/,
    except in this part's own folder (its annotations would hide its own pick)."""
    here = Path(__file__).resolve().parent
    return pick_part.mentioned_ids(lambda p: here in p.resolve().parents or p.resolve() in OWN)


if __name__ == "__main__":
    taken = mentioned_ids()
    base = pick_part.devgold_ids

    def devgold_ids() -> set[str]:
        here = Path(__file__).resolve().parent
        own = {p.stem for p in here.glob("annotations/*.json")}
        return (base() - own) | taken

    pick_part.devgold_ids = devgold_ids
    pick_part.main(int(sys.argv[1]) if len(sys.argv) > 1 else 12, seed=SEED)
