"""Seeded pick of the entities development corpus (see README.md): SaudiNewsNet 2015
articles about Saudi Arabia, Yemen, the Gulf, Iraq or Syria, 110-260 words, not in
tests/gold/manifest.json (any split). Prints the ids; never prints text.

    python tests/devgold/entities/pick_articles.py             # the first 24 (any topic in TOPIC)
    python tests/devgold/entities/pick_articles.py --conflict  # 6 more war news (CONFLICT)

The first pick came out mostly Saudi civil news (sports, economy, ministries); the
held-back gold part leans to war news, so 6 articles matching CONFLICT were added from
the same shuffled pool, skipping the first 24.
"""

from __future__ import annotations

import gzip
import json
import random
import re
import sys

from khabar.options import data_dir

SEED = 4  # issue #4
N = 24
#: a title or text naming one of the regions of the held-back part's news
TOPIC = re.compile(r"اليمن|الحوثي|السعودي|المملكة|التحالف|الخليج|العراق|سوريا|عدن|صنعاء|الرياض")
#: war news: the Yemen war, ISIS, Syria and Iraq fighting
CONFLICT = re.compile(r"الحوثي|التحالف|داعش|غارات|قصف|اشتباكات|المقاومة الشعبية")
N_CONFLICT = 6


def main() -> None:
    manifest = json.load(open("tests/gold/manifest.json", encoding="utf-8"))
    taken = {a["id"] for a in manifest["articles"]}
    pool = []
    with gzip.open(data_dir() / "news" / "saudinewsnet.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            words = len(r["text"].split())
            if r["id"] in taken or not 110 <= words <= 260 or not r["date"].startswith("2015"):
                continue
            if TOPIC.search(r["title"] + " " + r["text"]):
                pool.append((r["id"], bool(CONFLICT.search(r["title"] + " " + r["text"]))))
    random.Random(SEED).shuffle(pool)
    print(len(pool), "candidates")
    if "--conflict" in sys.argv:
        picked = [aid for aid, war in pool[N:] if war][:N_CONFLICT]
    else:
        picked = [aid for aid, _ in pool[:N]]
    for aid in sorted(picked):
        print(aid)


if __name__ == "__main__":
    main()
