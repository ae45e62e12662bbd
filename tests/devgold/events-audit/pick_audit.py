"""How the articles of the events precision audit were drawn (run once; prints article ids).

SaudiNewsNet 2015 articles, 110-300 words, none whose id occurs anywhere in tests/ or docs/
(tests/gold/manifest.json, every tests/devgold*/ folder's annotations, READMEs and pick
scripts' recorded ids). Audit A: seed 41, 30 with >= 4 conflict words + 10 with none.
Audit B: seed 42, same filter, disjoint from A. Audit C (events-5a): seed 43, same filter,
disjoint from A and B. Audit D (events-5b): seed 44, same filter, disjoint from A, B, C and
from every id recorded in this folder (draw-*.txt, audit-*.tsv); the pick shifts when other
folders add ids, so each draw's ids are kept in draw-*.txt. Uses only the shared data (never shipped):
python tests/devgold/events-audit/pick_audit.py
"""

from __future__ import annotations

import gzip
import json
import random
import re
from pathlib import Path

from khabar.options import data_dir

# Conflict words (stems written by hand for this pick, the same as
# tests/devgold/events/pick_articles.py; not used by khabar).
CONFLICT = re.compile(r"غار|قصف|اشتباك|معارك|قذائف|مقتل|قتلى|هجوم|انفجار|الحوثي|التحالف|داعش|مسلح|اعتقال|القبض")
ID = re.compile(r"saudinewsnet-\d{6}")
# Ids mentioned in the repository (gold manifest, devgold annotations, READMEs, pick notes),
# except this folder's own files (so that a re-run prints the same pick).
SCANNED = ("tests", "docs", "scripts")


def taken_ids() -> set[str]:
    own = Path("tests/devgold/events-audit").resolve()
    ids: set[str] = set()
    for root in SCANNED:
        for p in Path(root).rglob("*"):
            if not p.is_file() or own in p.resolve().parents:
                continue
            ids.update(ID.findall(p.name))
            if p.suffix in {".json", ".md", ".py", ".tsv", ".txt", ".csv"}:
                ids.update(ID.findall(p.read_text(encoding="utf-8", errors="ignore")))
    return ids


def candidates(taken: set[str]) -> tuple[list[str], list[str]]:
    """SaudiNewsNet 2015 articles of 110-300 words not in ``taken``, in file order: those with
    >= 4 hits of ``CONFLICT`` and those with none."""
    conflict: list[str] = []
    plain: list[str] = []
    with gzip.open(data_dir() / "news" / "saudinewsnet.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["id"] in taken or not r["date"].startswith("2015"):
                continue
            if not 110 <= len(r["text"].split()) <= 300:
                continue
            hits = len(CONFLICT.findall(r["text"]))
            (conflict if hits >= 4 else plain if hits == 0 else []).append(r["id"])
    return conflict, plain


def main() -> None:
    taken = taken_ids()
    conflict, plain = candidates(taken)
    rng = random.Random(41)
    a = sorted(rng.sample(conflict, 30) + rng.sample(plain, 10))
    print("A:", " ".join(a))
    rng = random.Random(42)
    b = sorted(rng.sample([x for x in conflict if x not in a], 30) + rng.sample([x for x in plain if x not in a], 10))
    print("B:", " ".join(b))
    # Audit C (events-5a, session 5): the same filter, disjoint from A and B.
    rng = random.Random(43)
    ab = set(a) | set(b)
    c = sorted(rng.sample([x for x in conflict if x not in ab], 30) + rng.sample([x for x in plain if x not in ab], 10))
    print("C:", " ".join(c))
    # Audit D (events-5b, session 5): the same filter, disjoint from A, B, C and from every id
    # this folder records (the A and B of earlier trees, draw-c.txt).
    own = set(ab) | set(c)
    for p in Path("tests/devgold/events-audit").glob("*.t[sx][vt]"):
        own.update(ID.findall(p.read_text(encoding="utf-8")))
    rng = random.Random(44)
    d = sorted(rng.sample([x for x in conflict if x not in own], 30) + rng.sample([x for x in plain if x not in own], 10))
    print("D:", " ".join(d))


if __name__ == "__main__":
    main()
