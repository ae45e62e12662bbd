"""Pick part GZ of the places development corpus (helper "places-gazetteer", session 3).

A seeded shuffle (``random.Random(611)``) of the sorted ids of the SaudiNewsNet articles of
120-350 words that are in no gold manifest and no ``tests/devgold/*`` folder, that name at
least one small-place cue («مديرية»، «قرية»، «بلدة»، «مركز»، «حي»، «محافظة») and at least 6
times the words of the Yemen war, Saudi Arabia and the Gulf below, and that are no
near-duplicate (word-set Jaccard >= 0.3) of an article already taken or picked. Prints the
first N ids.

Example:
    python tests/devgold/places/pick_part_gz.py 14
"""

from __future__ import annotations

import gzip
import json
import random
import re
import sys
from pathlib import Path

from khabar.options import data_dir

ROOT = Path(__file__).resolve().parents[3]
CUES = ("مديرية", "قرية", "بلدة", "مركز", "حي ", "محافظة")
WORDS = ("اليمن", "اليمني", "صنعاء", "عدن", "تعز", "مأرب", "الحديدة", "شبوة", "الضالع", "لحج",
         "أبين", "حضرموت", "البيضاء", "إب", "حجة", "صعدة", "جازان", "نجران", "عسير", "السعودية",
         "المملكة", "الرياض", "جدة", "مكة", "الدمام", "القطيف", "الأحساء", "الكويت", "البحرين",
         "قطر", "الإمارات", "عمان", "الحدود")


def gold_ids() -> set[str]:
    return {a["id"] for a in json.loads((ROOT / "tests/gold/manifest.json").read_text())["articles"]}


def devgold_ids() -> set[str]:
    return {p.stem for p in (ROOT / "tests/devgold").glob("*/**/*.json")}


def main(n: int, seed: int = 611) -> None:
    gold, dev = gold_ids(), devgold_ids()
    skip = gold | dev
    pool, texts, seen = [], {}, []
    with gzip.open(data_dir() / "news" / "saudinewsnet.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            text = r["text"]
            if r["id"] in skip:
                seen.append(set(text.split()))
            if r["id"] in gold or not 120 <= len(text.split()) <= 350:
                continue
            if not any(c in text for c in CUES):
                continue
            hits = sum(len(re.findall(r"(?<!\w)[وبل]?" + w + r"(?!\w)", text)) for w in WORDS)
            if hits >= 6:
                pool.append(r["id"])
                texts[r["id"]] = set(text.split())
    pool.sort()
    random.Random(seed).shuffle(pool)
    print(len(pool), "candidates", file=sys.stderr)
    out: list[str] = []
    for aid in pool:
        if len(out) == n:
            break
        w = texts[aid]
        if aid in dev:
            continue
        if any(len(w & o) / len(w | o) >= 0.3 for o in seen):
            print("near-duplicate skipped:", aid, file=sys.stderr)
            continue
        out.append(aid)
        seen.append(w)
    print("\n".join(out))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 14)
