"""How parts Q5 and Q6 of the places development corpus were drawn (helper "places-18b", session 18).

``pick_q.py``'s filter unchanged (part GZ's pool: SaudiNewsNet 2015 articles of 120-350 words
with a small-place cue and at least 6 hits of the Yemen-war, Saudi and Gulf place words,
narrowed to at least 2 hits of the events audit's conflict regex), skipping the gold manifest,
every ``tests/devgold/*`` annotation (Q-Q4 included), every SaudiNewsNet id named in a file
under tests/, docs/, scripts/, benchmarks/ or /work/prompts (the session briefs and session
18's ``taken/*.txt`` lists of the ids other helpers drew) except in Q5/Q6's own files, and
near-duplicates (word-set Jaccard >= 0.3) of those or of earlier picks; sorted ids shuffled with
``random.Random(18201)``; prints the first N (default 24: Q5 = 0-11, Q6 = 12-23). The pool
was short in session 18 (20 picks left of its 264 candidates), so the rest is filled from the
same filter with 351-450 words (shuffled with the same seed, near-duplicates of everything
above skipped): positions 20-23. Uses only the
shared data (never shipped). Other helpers' later draws change what it prints: the ids as
drawn are in ``draw-q5.txt``.

Example:
    python tests/devgold/places/part-q/pick_q5.py 24
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parents[1] / "events-audit"))
import pick_audit  # noqa: E402  (the events audit's conflict regex)
import pick_part  # noqa: E402  (the pool's cues and place words)

SEED = 18201
PROMPTS = Path("/work/prompts")  # the session briefs (absent in CI: then nothing to skip)
OWN = ("q5", "q6", "draw-q5.txt", "pick_q5.py")  # Q5/Q6's own files (their ids are not skipped)


def own_file(p: Path) -> bool:
    rel = p.resolve()
    return any(part in OWN for part in rel.parts) or "places-18b" in rel.name


def mentioned_ids() -> set[str]:
    """SaudiNewsNet ids named under tests/, docs/, scripts/, benchmarks/ and /work/prompts."""
    ids = pick_part.mentioned_ids(own_file)
    roots = [pick_part.ROOT / "benchmarks"] + ([PROMPTS] if PROMPTS.is_dir() else [])
    for root in roots:
        for f in root.rglob("*"):
            if f.is_file() and not own_file(f):
                ids.update(pick_part.SNN_ID.findall(f.read_text(encoding="utf-8", errors="ignore")))
    return ids


def scan_wide(known: set[str], gold: set[str]) -> tuple[list[str], dict[str, set[str]]]:
    """The same filter as ``pick_part.scan_pool`` and the conflict regex, 351-450 words."""
    import gzip
    import json
    import re

    from khabar.options import data_dir

    pool: list[str] = []
    texts: dict[str, set[str]] = {}
    with gzip.open(data_dir() / "news" / "saudinewsnet.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            text = r["text"]
            if r["id"] in gold or r["id"] in known or not 350 < len(text.split()) <= 450:
                continue
            if not any(c in text for c in pick_part.CUES):
                continue
            hits = sum(len(re.findall(r"(?<!\w)[وبل]?" + w + r"(?!\w)", text)) for w in pick_part.WORDS)
            if hits >= 6 and len(pick_audit.CONFLICT.findall(text)) >= 2:
                pool.append(r["id"])
                texts[r["id"]] = set(text.split())
    pool.sort()
    return pool, texts


def main(n: int) -> None:
    own = {p.stem for d in ("q5", "q6") for p in (HERE / d).rglob("*.json")}
    skip = (pick_part.gold_ids() | pick_part.devgold_ids() | mentioned_ids()) - own
    gold = pick_part.gold_ids()
    pool, texts, seen = pick_part.scan_pool(skip, gold, lambda text: len(pick_audit.CONFLICT.findall(text)) >= 2)
    out = pick_part.draw(pool, texts, seen, n, skip, SEED)
    if len(out) < n:  # seen now holds the picks' word sets too
        wide, wtexts = scan_wide(skip, gold)
        out += pick_part.draw(wide, wtexts, seen, n - len(out), skip, SEED)
    print("\n".join(out))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 24)
