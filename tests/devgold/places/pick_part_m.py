"""Pick part M of the places development corpus (helper "places-4c", session 4): part GZ's filter, a new seed.

A seeded shuffle (``random.Random(4614)``) of the sorted ids of the SaudiNewsNet articles of
120-350 words that are in no gold manifest and no ``tests/devgold/*`` folder, that name at
least one small-place cue («مديرية»، «قرية»، «بلدة»، «مركز»، «حي»، «محافظة») and at least 6
times the words of the Yemen war, Saudi Arabia and the Gulf, and that are no near-duplicate
(word-set Jaccard >= 0.3) of an article already taken or picked. Prints the first N ids.

Example:
    python tests/devgold/places/pick_part_m.py 10
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pick_part_gz import main  # noqa: E402  (part GZ's filter; only the seed differs)

if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10, seed=4614)
