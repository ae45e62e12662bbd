"""How part ANT-5r (a clean reserve) of the places development corpus was drawn (helper "places-8a",
session 8).

ANT-5's draw (``pick_ant5.py``) had used up its pool (articles with >= 4 hits of the security and
local-news regex of ``tests/devgold/events-audit/pick_audit_ant.py``). ANT-5r takes the next band:
ANT (Jawhara FM, Tunisia; Apache-2.0) articles of 110-340 words with 2 or 3 hits of that regex,
none whose id occurs under tests/, docs/ or scripts/ outside this folder, nor in the session
briefs under /work/prompts; sorted ids shuffled with ``random.Random(8607)``; prints the first N
(default 12). Uses only the shared data (never shipped).

Example:
    python tests/devgold/places-ant/ant5/pick_ant5r.py 12
"""

from __future__ import annotations

import gzip
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "tests/devgold/events-audit"))
sys.path.insert(0, str(HERE))
import pick_ant5  # noqa: E402  (ANT-5's draw: the ids to skip)
import pick_audit_ant  # noqa: E402  (the audit's pick script: the regex)

from khabar.options import data_dir  # noqa: E402

SEED = 8607


def main(n: int) -> None:
    taken = pick_ant5.taken_ids()
    pool: list[str] = []
    with gzip.open(data_dir() / "news" / "ant.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["id"] in taken or not 110 <= len(r["text"].split()) <= 340:
                continue
            if 2 <= len(pick_audit_ant.CONFLICT.findall(r["text"])) <= 3:
                pool.append(r["id"])
    pool.sort()
    random.Random(SEED).shuffle(pool)
    print(len(taken), "ids taken,", len(pool), "candidates", file=sys.stderr)
    print("\n".join(pool[:n]))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 12)
