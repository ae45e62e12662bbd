"""How the events development corpus was picked (run once; prints article ids).

SaudiNewsNet articles not in tests/gold/manifest.json, 110-260 words, seeded random
(seed 7): 15 among those with >= 4 conflict words (the Yemen war, Syria, Iraq, terror
arrests), 7 among those with none (economy, diplomacy, sport, society) so that spurious
events show. Uses only the shared data (never shipped): python tests/devgold/events/pick_articles.py
"""

from __future__ import annotations

import gzip
import json
import random
import re
from pathlib import Path

from khabar.options import data_dir

# Conflict words (folded stems written by hand for this pick; not used by khabar).
CONFLICT = re.compile(r"غار|قصف|اشتباك|معارك|قذائف|مقتل|قتلى|هجوم|انفجار|الحوثي|التحالف|داعش|مسلح|اعتقال|القبض")


def main() -> None:
    manifest = json.load(open("tests/gold/manifest.json", encoding="utf-8"))
    taken = {a["id"] for a in manifest["articles"]}
    conflict, plain = short_pool(taken)
    first, c, d, e, rest_c = short_parts(conflict, plain)
    picked = set(first) | set(c) | set(d) | set(e)
    long_parts(long_pool(taken, picked), picked, rest_c)


def short_pool(taken: set[str]) -> tuple[list[str], list[str]]:
    """110-260 words, not in the gold: the ids with >= 4 conflict words, and those with none."""
    conflict: list[str] = []
    plain: list[str] = []
    with gzip.open(data_dir() / "news" / "saudinewsnet.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            n = len(r["text"].split())
            if r["id"] in taken or not 110 <= n <= 260:
                continue
            hits = len(CONFLICT.findall(r["text"]))
            (conflict if hits >= 4 else plain if hits == 0 else []).append(r["id"])
    return conflict, plain


def short_parts(conflict: list[str], plain: list[str],
                ) -> tuple[list[str], list[str], list[str], list[str], list[str]]:
    """Parts A+B, C, D, E (printed); their ids, and the conflict ids not in A-D."""
    rng = random.Random(7)
    first = sorted(rng.sample(conflict, 15) + rng.sample(plain, 7))
    print("A+B:", " ".join(first))
    # part C, picked later as a clean check (parts A and B were both read): seed 8, 8 + 2
    rng = random.Random(8)
    rest_c = [a for a in conflict if a not in first]
    rest_p = [a for a in plain if a not in first]
    c = sorted(rng.sample(rest_c, 8) + rng.sample(rest_p, 2))
    print("C:", " ".join(c))
    # part D (helper "events-articles-2"), a fresh clean check: seed 9, 8 + 2, not in A-C
    rng = random.Random(9)
    rest_c = [a for a in rest_c if a not in c]
    rest_p = [a for a in rest_p if a not in c]
    d = sorted(rng.sample(rest_c, 8) + rng.sample(rest_p, 2))
    print("D:", " ".join(d))
    # part E (helper "events-articles-3"), a fresh clean "before/after" check: seed 10,
    # 10 conflict + 2 plain, none in A-D
    rng = random.Random(10)
    rest_c = [a for a in rest_c if a not in d]
    rest_p = [a for a in rest_p if a not in d]
    e = sorted(rng.sample(rest_c, 10) + rng.sample(rest_p, 2))
    print("E:", " ".join(e))
    return first, c, d, e, rest_c


def long_pool(taken: set[str], picked: set[str]) -> list[str]:
    """Longer articles, where one occurrence is told several times (lead and retelling):
    260-420 words, >= 8 conflict words, none in the gold or in A-E."""
    long_ids = []
    with gzip.open(data_dir() / "news" / "saudinewsnet.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["id"] in taken or r["id"] in picked or not 260 <= len(r["text"].split()) <= 420:
                continue
            if len(CONFLICT.findall(r["text"])) >= 8:
                long_ids.append(r["id"])
    return long_ids


def long_parts(long_ids: list[str], picked: set[str], rest_c: list[str]) -> None:
    """Parts F, G, H, I, K (printed)."""
    # part F (helper "events-articles-3"): the long articles, seed 11, 10
    f_ids = sorted(random.Random(11).sample(long_ids, 10))
    print("F:", " ".join(f_ids))
    # part G: the clean check of the third pass on articles, same filter as F, seed 12, 8
    g_ids = sorted(random.Random(12).sample([a for a in long_ids if a not in f_ids], 8))
    print("G:", " ".join(g_ids))
    # part H (helper "events-3b"): the clean check of the sixth pass, same filter as F and G,
    # none in F, G or any other devgold folder (tests/devgold/*/annotations); seed 13, 7
    other = {p.stem for p in Path("tests/devgold").glob("*/annotations/*.json")}
    rest = [a for a in long_ids if a not in f_ids and a not in g_ids and a not in other]
    h_ids = sorted(random.Random(13).sample(rest, 7))
    print("H:", " ".join(h_ids))
    # (H and I leave out every folder tests/devgold/*/annotations as it is when the script runs,
    # H's own articles included once committed: re-run later, they print other ids; the ids
    # picked are listed in README.md)
    # part I (helper "events-4a"): the clean check of the seventh pass, seed 14: 4 short
    # conflict articles (the filter of A-E) and 4 long ones (the filter of F-H), none in any
    # part above nor in any folder tests/devgold/*/annotations
    used = picked | set(f_ids) | set(g_ids) | set(h_ids) | other
    rng = random.Random(14)
    short = sorted(rng.sample([a for a in rest_c if a not in used], 4))
    long_ = sorted(rng.sample([a for a in rest if a not in used], 4))
    print("I:", " ".join(short + long_))
    # part K (helper "events-4c"): the clean check of the eighth pass, seed 15: 4 short and 4
    # long as for I, none in any part above nor in any folder tests/devgold/**/annotations
    # (part I's part-i/ and events-4b's part J included)
    other_all = {p.stem for p in Path("tests/devgold").glob("**/annotations/*.json")}
    used_k = used | set(short) | set(long_) | other_all
    rng = random.Random(15)
    short_k = sorted(rng.sample([a for a in rest_c if a not in used_k], 4))
    long_k = sorted(rng.sample([a for a in rest if a not in used_k], 4))
    print("K:", " ".join(short_k + long_k))

if __name__ == "__main__":
    main()
