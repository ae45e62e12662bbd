"""Pick a part of the places development corpus drawn with part GZ's filter: GZ (helper
"places-gazetteer", session 3), K ("places-3b", session 3), L ("places-4a"), M ("places-4c",
session 4) and N ("places-5b", session 5; kept in ``part-n/``); the parts differ only by their
seed (``SEEDS``).

A seeded shuffle (``random.Random(seed)``) of the sorted ids of the SaudiNewsNet articles of
120-350 words that are in no gold manifest and no ``tests/devgold/*`` folder, that name at
least one small-place cue («مديرية»، «قرية»، «بلدة»، «مركز»، «حي»، «محافظة») and at least 6
times the words of the Yemen war, Saudi Arabia and the Gulf below, and that are no
near-duplicate (word-set Jaccard >= 0.3) of an article already taken or picked. Prints the
first N ids. (Articles annotated since are in a devgold folder and skipped: a part's own ids
come out only before it is annotated; each part's README section lists them.)

Example:
    python tests/devgold/places/pick_part.py GZ 14
    python tests/devgold/places/pick_part.py M 10
"""

from __future__ import annotations

import gzip
import json
import random
import re
import sys
from collections.abc import Callable
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


SNN_ID = re.compile(r"saudinewsnet-\d{6}")


def mentioned_ids(skip: Callable[[Path], bool]) -> set[str]:
    """Every SaudiNewsNet id named in a file name or text under tests/, docs/, scripts/, except
    in the files ``skip`` accepts (a part's own folder: its files would hide its own pick)."""
    ids: set[str] = set()
    for root in ("tests", "docs", "scripts"):
        for f in (ROOT / root).rglob("*"):
            if not f.is_file() or skip(f):
                continue
            ids.update(SNN_ID.findall(f.name))
            if f.suffix in {".json", ".jsonl", ".md", ".py", ".tsv", ".txt", ".csv"}:
                ids.update(SNN_ID.findall(f.read_text(encoding="utf-8", errors="ignore")))
    return ids


def scan_pool(known: set[str], gold: set[str], more: Callable[[str], bool] = lambda text: True,
              ) -> tuple[list[str], dict[str, set[str]], list[set[str]]]:
    """Part GZ's pool: SaudiNewsNet articles of 120-350 words, not gold, with a small-place cue
    and at least 6 hits of ``WORDS``, and ``more(text)``; sorted ids, each one's word set, and
    the word sets of the ``known`` articles (no near-duplicate of them is drawn)."""
    pool: list[str] = []
    texts: dict[str, set[str]] = {}
    seen: list[set[str]] = []
    with gzip.open(data_dir() / "news" / "saudinewsnet.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            text = r["text"]
            if r["id"] in known:
                seen.append(set(text.split()))
            if r["id"] in gold or not 120 <= len(text.split()) <= 350:
                continue
            if not any(c in text for c in CUES):
                continue
            hits = sum(len(re.findall(r"(?<!\w)[وبل]?" + w + r"(?!\w)", text)) for w in WORDS)
            if hits >= 6 and more(text):
                pool.append(r["id"])
                texts[r["id"]] = set(text.split())
    pool.sort()
    return pool, texts, seen


def draw(pool: list[str], texts: dict[str, set[str]], seen: list[set[str]], n: int,
         skip: set[str], seed: int, log: bool = False) -> list[str]:
    """The first ``n`` ids of the pool shuffled by ``seed`` that are not in ``skip`` and not a
    near-duplicate (word-set Jaccard >= 0.3) of a ``seen`` article or of an earlier pick."""
    random.Random(seed).shuffle(pool)
    print(len(pool), "candidates", file=sys.stderr)
    out: list[str] = []
    for aid in pool:
        if len(out) == n:
            break
        w = texts[aid]
        if aid in skip:
            continue
        if any(len(w & o) / len(w | o) >= 0.3 for o in seen):
            if log:
                print("near-duplicate skipped:", aid, file=sys.stderr)
            continue
        out.append(aid)
        seen.append(w)
    return out


def main(n: int, seed: int) -> None:
    gold, dev = gold_ids(), devgold_ids()
    pool, texts, seen = scan_pool(gold | dev, gold)
    print("\n".join(draw(pool, texts, seen, n, dev, seed, log=True)))


SEEDS = {"GZ": 611, "K": 612, "L": 4613, "M": 4614, "N": 5615}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1].upper() not in SEEDS:
        sys.exit(f"usage: pick_part.py PART [N]   (PART: one of {', '.join(SEEDS)})")
    main(int(sys.argv[2]) if len(sys.argv) > 2 else 10, seed=SEEDS[sys.argv[1].upper()])
