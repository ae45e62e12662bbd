"""Part C of the quantities development corpus: 15 articles picked like the gold corpus.

Reuses the candidate filter, the held-back pool rule and the weights of
``scripts/select_gold.py`` (110-340 words, not sport/culture/technology, >= 6 conflict words
per 100 words and >= 4 attribution cues, weight = conflict density x cues, Efraimidis-Spirakis
keys, at most 5 per outlet, no near-duplicate of an article already drawn) on SaudiNewsNet
only, with another seed (SEED below), excluding every article of tests/gold/manifest.json
(any split) and of every tests/devgold/*/annotations folder as they stood on 2026-11-25
23:20 UTC. The pick is frozen in PART_C since those folders keep growing (``--replay``
draws again from today's folders). Uses only the shared data
(never shipped): python tests/devgold/quantities/pick_part_c.py
"""

from __future__ import annotations

import importlib.util
import json
import random
import sys
from pathlib import Path

from khabar.options import data_dir

SEED = 20261126  # the gold corpus used 20261125
K = 15
PART_C = (
    "saudinewsnet-014378",
    "saudinewsnet-022306",
    "saudinewsnet-013161",
    "saudinewsnet-008510",
    "saudinewsnet-019652",
    "saudinewsnet-025896",
    "saudinewsnet-003041",
    "saudinewsnet-024703",
    "saudinewsnet-001627",
    "saudinewsnet-015951",
    "saudinewsnet-015933",
    "saudinewsnet-023444",
    "saudinewsnet-009846",
    "saudinewsnet-027572",
    "saudinewsnet-005308",
)  # frozen: the first run's pick (the devgold folders grow)


def _select_gold():
    spec = importlib.util.spec_from_file_location("select_gold", Path("scripts/select_gold.py"))
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def taken_ids(root: Path) -> set[str]:
    ids = {a["id"] for a in json.load(open(root / "gold/manifest.json", encoding="utf-8"))["articles"]}
    for layer in (root / "devgold").iterdir():
        ids |= {p.stem for p in (layer / "annotations").glob("*.json")}
    return ids


def main() -> None:
    if PART_C and "--replay" not in sys.argv:
        print("part C:", " ".join(PART_C))
        return
    sg = _select_gold()
    taken = taken_ids(Path("tests"))
    cands = sg.candidates(sg.load(data_dir() / "news" / "saudinewsnet.jsonl.gz"), "saudinewsnet.jsonl.gz")
    pool = [c for c in cands if c["row"]["id"] not in taken and sg.eligible(c, "heldback")]
    picked = draw_part(sg, pool, K, SEED)
    print(f"pool {len(pool)} articles")
    print("part C:", " ".join(picked))


def draw_part(sg, pool: list, k: int, seed: int) -> list[str]:
    """``k`` ids drawn from ``pool`` by select_gold's weighted draw, at most its held-back
    share per outlet, no near-duplicate of one already drawn (parts C, D and E)."""
    rng = random.Random(seed)
    picked: list[str] = []
    shs: list = []
    per_outlet: dict[str, int] = {}
    for c in sg.draw(pool, k, rng):
        if len(picked) == k:
            break
        outlet = c["row"]["outlet"]
        if per_outlet.get(outlet, 0) >= sg.MAX_PER_OUTLET["heldback"]:
            continue
        sh = sg.shingles(c["row"]["text"])
        if any(sg.jaccard(sh, o) >= sg.NEAR_DUP_JACCARD for o in shs):
            continue
        per_outlet[outlet] = per_outlet.get(outlet, 0) + 1
        shs.append(sh)
        picked.append(c["row"]["id"])
    return picked


if __name__ == "__main__":
    main()
