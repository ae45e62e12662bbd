"""How parts Q7 and Q8 of the places development corpus were drawn (helper "places-19d", session 19).

The held-back part's way, by ``scripts/select_gold.py``'s own functions (imported, not
copied): its length window (110-340 words) and category filter (``candidates``), its
held-back pool rule (>= 6 conflict-keyword hits per 100 words and >= 4 attribution cues:
``eligible(c, "heldback")``), its weighted seeded draw (``draw``: Efraimidis-Spirakis keys
on ``weight``), its near-duplicate refusal (character 5-gram shingles, Jaccard >= 0.2) and its
held-back outlet cap (5 per SaudiNewsNet outlet). The per-source quotas are the held-back
part's 26 SaudiNewsNet : 14 ANT scaled to 12 articles a part: 8 : 4 (12 x 26/40 = 7.8, 12 x
14/40 = 4.2). The held-back part has no Wikinews article, so neither has Q7 nor Q8.

Skipped: every article of the gold manifest (all splits), every id (SaudiNewsNet, ANT,
Wikinews) named in a file under tests/, docs/, scripts/, benchmarks/ (Q7/Q8's own files
excepted) and in the session's ``taken`` lists under /work/prompts (other helpers' draws:
they may read them this session), and near-duplicates (the script's shingle Jaccard >= 0.2)
of any of those or of an earlier pick. Pools sorted by id, one ``random.Random(SEED)`` for
both sources (SaudiNewsNet first). Prints 24 ids: Q7 = SaudiNewsNet 1-8 and ANT 1-4, Q8 =
SaudiNewsNet 9-16 and ANT 5-8. At the draw (03:21 UTC on 2026-11-28) the held-back pool had
only 27 SaudiNewsNet and 6 ANT candidates left (seven SaudiNewsNet near-duplicates refused), so
Q8 holds 8 SaudiNewsNet and 2 ANT articles (10). Other helpers' later files change what it prints: the ids as
drawn are in ``draw-q7.txt``.

Example:
    python tests/devgold/places/part-q/pick_q7.py
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
sys.path.insert(0, str(ROOT / "scripts"))
import select_gold as sg  # noqa: E402  (the held-back part's pool, scoring, draw and caps)

SEED = 19250
PART = 12  # articles a part
PROMPTS = Path("/work/prompts")  # the session briefs and taken lists (absent in CI: nothing to skip)
OWN = ("q7", "q8", "draw-q7.txt", "pick_q7.py")
ID = re.compile(r"(?:saudinewsnet|ant|wikinews)-\d{6}")
TEXT_SUFFIXES = {".json", ".jsonl", ".md", ".py", ".tsv", ".txt", ".csv", ".yaml", ".yml"}


def quotas() -> dict[str, int]:
    """The held-back quotas scaled to one part of PART articles (8 SaudiNewsNet, 4 ANT)."""
    held = {s: k for (s, split), k in sg.QUOTAS.items() if split == "heldback"}
    total = sum(held.values())
    return {s: round(PART * k / total) for s, k in sorted(held.items(), reverse=True)}


def own_file(p: Path) -> bool:
    """Q7/Q8's own files and this helper's own notes (their ids are not skipped)."""
    parts = p.resolve().parts
    return any(part in OWN for part in parts) or "places-19d" in p.name


def mentioned_ids() -> set[str]:
    """Every article id named under tests/, docs/, scripts/, benchmarks/ and /work/prompts."""
    ids: set[str] = set()
    roots = [ROOT / d for d in ("tests", "docs", "scripts", "benchmarks")]
    roots += [PROMPTS] if PROMPTS.is_dir() else []
    for root in roots:
        for f in root.rglob("*"):
            if not f.is_file() or own_file(f) or "taken" in f.parts:
                continue
            ids.update(ID.findall(f.name))
            if f.suffix in TEXT_SUFFIXES:
                ids.update(ID.findall(f.read_text(encoding="utf-8", errors="ignore")))
    return ids


def taken_ids() -> set[str]:
    """The ids other helpers drew this session (/work/prompts/s*/taken/*.txt)."""
    ids: set[str] = set()
    for f in PROMPTS.glob("s*/taken/*.txt") if PROMPTS.is_dir() else []:
        if not own_file(f):
            ids.update(ID.findall(f.read_text(encoding="utf-8", errors="ignore")))
    return ids


def main() -> None:
    news = sg.data_dir() / "news"
    manifest = json.loads((ROOT / "tests/gold/manifest.json").read_text(encoding="utf-8"))
    known = {a["id"] for a in manifest["articles"]} | mentioned_ids()  # near-duplicates refused too
    skip = known | taken_ids()
    rng = random.Random(SEED)
    picked_sh: list[set[str]] = []
    rows: dict[str, list[dict]] = {}
    for source in quotas():
        rows[source] = sg.load(news / source)
        picked_sh += [sg.shingles(r["text"]) for r in rows[source] if r["id"] in known]
    out: dict[str, list[str]] = {}
    for source, k in quotas().items():
        pool = [c for c in sg.candidates(rows[source], source)
                if c["row"]["id"] not in skip and sg.eligible(c, "heldback")]
        pool.sort(key=lambda c: c["row"]["id"])
        print(f"{source}: {len(pool)} candidates", file=sys.stderr)
        got: list[str] = []
        per_outlet: dict[str, int] = {}
        for c in sg.draw(pool, 2 * k, rng):
            if len(got) == 2 * k:
                break
            outlet = c["row"]["outlet"]
            if per_outlet.get(outlet, 0) >= sg.MAX_PER_OUTLET["heldback"] and source != "ant.jsonl.gz":
                continue
            sh = sg.shingles(c["row"]["text"])
            if any(sg.jaccard(sh, o) >= sg.NEAR_DUP_JACCARD for o in picked_sh):
                print("near-duplicate skipped:", c["row"]["id"], file=sys.stderr)
                continue
            per_outlet[outlet] = per_outlet.get(outlet, 0) + 1
            picked_sh.append(sh)
            got.append(c["row"]["id"])
        out[source] = got
    q = quotas()
    q7 = [i for s in q for i in out[s][: q[s]]]
    q8 = [i for s in q for i in out[s][q[s]:]]
    print("\n".join(q7 + q8))


if __name__ == "__main__":
    main()
