"""How the quantities development corpus was picked (prints article ids).

1. First pick (24 articles, 2026-11-25 22:09 UTC): SaudiNewsNet articles not in
   tests/gold/manifest.json (any split) nor in the entities/events development corpora as
   they stood then, 100-250 words, with at least 5 numbers that are not years (digits outside
   1900-2100, Arabic number words, vague «عشرات/مئات/آلاف»), seeded random (seed 6): 12 among
   those with >= 3 conflict words and 12 among the rest, interleaved. The entities corpus
   grew afterwards, so that exclusion can no longer be replayed: the ids are frozen in
   FIRST_PICK (``--replay`` shows what the filter gives today).
2. Yemen pick (6 articles): the held-back part is mostly the 2015 Yemen war, so 6 more among
   the articles of the same filter with >= 2 «حوثي» words, not in the manifest nor in the
   first pick, seeded random (seed 6). Reproducible.

Part A (rules fixed on it) = the first 12 of FIRST_PICK + the first 3 Yemen ids; part B
(checked only) = the other 12 + the last 3. Uses only the shared data (never shipped):
python tests/devgold/quantities/pick_articles.py
"""

from __future__ import annotations

import gzip
import json
import random
import re
import sys
from pathlib import Path

from khabar.options import data_dir

FIRST_PICK = (
    "saudinewsnet-005641 saudinewsnet-029332 saudinewsnet-028497 saudinewsnet-007280 "
    "saudinewsnet-016565 saudinewsnet-026984 saudinewsnet-003073 saudinewsnet-015603 "
    "saudinewsnet-000013 saudinewsnet-019920 saudinewsnet-009342 saudinewsnet-019930 "
    "saudinewsnet-027870 saudinewsnet-025116 saudinewsnet-023040 saudinewsnet-003344 "
    "saudinewsnet-019549 saudinewsnet-007028 saudinewsnet-001614 saudinewsnet-020563 "
    "saudinewsnet-017177 saudinewsnet-020316 saudinewsnet-028698 saudinewsnet-025844"
).split()

# Written by hand for this pick only (not used by khabar).
CONFLICT = re.compile(r"قتل|مقتل|قتلى|جرحى|إصابة|غار|قصف|اشتباك|الحوثي|التحالف|داعش|مسلح|أسرى|نازح")
NUMBER = re.compile(
    r"(?<![\d٠-٩])[\d٠-٩][\d٠-٩.,٫٬]*(?![\d٠-٩])"
    r"|\b(?:ثلاث|أربع|خمس|ست|سبع|ثمان|تسع|عشر|عشرين|عشرات|مئات|آلاف|ألف|مليون|مليار)\w*"
)


def _is_year(tok: str) -> bool:
    return tok.isdigit() and 1900 <= int(tok) <= 2100


def main() -> None:
    root = Path("tests")
    manifest = {a["id"] for a in json.load(open(root / "gold/manifest.json", encoding="utf-8"))["articles"]}
    taken = set(manifest)
    if "--replay" in sys.argv:
        taken |= {p.stem for layer in ("entities", "events")
                  for p in (root / "devgold" / layer / "annotations").glob("*.json")}
    war, other, yemen = [], [], []
    with gzip.open(data_dir() / "news" / "saudinewsnet.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            text = r["text"]
            if not 100 <= len(text.split()) <= 250:
                continue
            nums = [m for m in NUMBER.findall(text) if not _is_year(m)]
            if len(nums) < 5:
                continue
            if r["id"] not in manifest and r["id"] not in FIRST_PICK and text.count("حوثي") >= 2:
                yemen.append(r["id"])
            if r["id"] not in taken:
                (war if len(CONFLICT.findall(text)) >= 3 else other).append(r["id"])
    first = FIRST_PICK
    if "--replay" in sys.argv:
        rng = random.Random(6)
        a, b = rng.sample(war, 12), rng.sample(other, 12)
        first = [x for pair in zip(a, b, strict=True) for x in pair]
    y = random.Random(6).sample(yemen, 6)
    print("part A:", " ".join(first[:12] + y[:3]))
    print("part B:", " ".join(first[12:] + y[3:]))


if __name__ == "__main__":
    main()
