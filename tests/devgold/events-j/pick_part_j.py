"""How part J of the events development corpus was picked (helper "events-4b", seventh pass).

SaudiNewsNet 2015 articles not in tests/gold/manifest.json nor in any devgold folder
(tests/devgold/**/annotations), 110-260 words, with >= 4 conflict words (the filter of parts
A-E: tests/devgold/events/pick_articles.py), seeded random (seed 15), 8 articles. Uses only
the shared data (never shipped): python tests/devgold/events-j/pick_part_j.py (the exclusion
reads the devgold folders of the working tree: it reproduces the pick as long as no other folder
gains these articles; picked at b181ad6)
"""

from __future__ import annotations

import gzip
import json
import random
import re
from pathlib import Path

from khabar.options import data_dir

# The conflict-word filter of parts A-E (tests/devgold/events/pick_articles.py).
CONFLICT = re.compile(r"غار|قصف|اشتباك|معارك|قذائف|مقتل|قتلى|هجوم|انفجار|الحوثي|التحالف|داعش|مسلح|اعتقال|القبض")


def main() -> None:
    manifest = json.load(open("tests/gold/manifest.json", encoding="utf-8"))
    taken = {a["id"] for a in manifest["articles"]}
    # (every devgold folder but this one: the pick was made before part J's annotations existed)
    taken |= {p.stem for p in Path("tests/devgold").glob("**/annotations/*.json") if "events-j" not in p.parts}
    conflict = []
    with gzip.open(data_dir() / "news" / "saudinewsnet.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["id"] in taken or not 110 <= len(r["text"].split()) <= 260:
                continue
            if len(CONFLICT.findall(r["text"])) >= 4:
                conflict.append(r["id"])
    print("J:", " ".join(sorted(random.Random(15).sample(conflict, 8))))


if __name__ == "__main__":
    main()
