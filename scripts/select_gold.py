#!/usr/bin/env python3
"""Choose the gold-corpus articles: seeded, deterministic, weighted toward conflict news.

Reads ``news/*.jsonl.gz`` under ``khabar.options.data_dir()`` and writes
``tests/gold/manifest.json``: 40 held-back articles, 20 tuning articles and 12 reserves,
each with its source file, outlet, date, split, text sha256 and word count. Run it again and
the same manifest comes out (the seed and every rule below are fixed); never edit the split
by hand: an article opened for error analysis is recorded in ``tests/gold/opened.tsv``,
which moves it to the tuning part (see tests/gold/README.md).

Stages:
  1. keep articles of moderate length (MIN_WORDS..MAX_WORDS words) so that annotating every
     layer by hand stays feasible;
  2. score each one: conflict/security keyword hits and attribution-cue hits (lists below);
  3. draw, with a seeded weighted sample, per (source, split) quotas: the held-back part
     from the conflict-and-attribution pool (it must hold >= 150 claims, >= 40 of them not
     plain assertions, and >= 60 events), the tuning part from a broader politics pool,
     reserves like the held-back part;
  4. refuse a near-duplicate of an article already drawn (character 5-gram shingles,
     Jaccard >= 0.2: two outlets running one wire story) and cap each outlet.

Usage: python scripts/select_gold.py [--out tests/gold/manifest.json]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import re
from pathlib import Path

from khabar.normalize import fold
from khabar.options import data_dir

SEED = 20261125
MIN_WORDS, MAX_WORDS = 110, 340
NEAR_DUP_JACCARD = 0.2
MAX_PER_OUTLET = {"heldback": 5, "tune": 4, "reserve": 3}

# Conflict / security / politics keywords, written by hand for this script from the
# vocabulary of Arabic conflict reporting (ACLED-style event words, armed actors, places of
# the region's wars). Matched on fold()-normalised text as word prefixes after optional
# proclitics (و ف ب ل ال), so «والقوات» counts for «قوات».
CONFLICT_WORDS = (
    "قتل", "قتلي", "قتيل", "مقتل", "جرحي", "جريح", "اصابه", "اصيب", "هجوم", "هجمات",
    "انفجار", "تفجير", "غاره", "غارات", "قصف", "اشتباك", "معارك", "مسلح", "ارهاب",
    "داعش", "تنظيم", "جيش", "عسكري", "قوات", "امني", "اعتقال", "اعتقل", "القبض",
    "احتجاج", "مظاهره", "متظاهر", "حوثي", "التحالف", "المعارضه", "النظام", "حرب",
    "صاروخ", "انتحاري", "الشرطه", "الحرس", "مليشيا", "ميليشيا", "هدنه", "اغتيال",
    "اختطاف", "خطف", "لاجئ", "نازح", "مجزره", "ضحايا", "سوريا", "العراق", "اليمن",
    "ليبيا", "غزه", "الاحتلال", "اسرائيل", "الانقلاب", "المتمردين", "الامن",
)
# Attribution cues (a few of the verbs and phrases of issue 5's list, same matching).
CUE_WORDS = (
    "قال", "اكد", "اوضح", "اضاف", "اشار", "ذكر", "اعلن", "صرح", "نفي", "حذر", "اتهم",
    "طالب", "دعا", "بحسب", "حسب", "وفق", "نقلا", "مصدر", "مصادر", "شهود", "يعتقد",
    "توقع", "زعم", "افاد", "كشف",
)

# (source file, split) -> how many articles to draw. SaudiNewsNet has 14 outlets and the
# densest conflict reporting (Yemen, Syria, Iraq, 2015); ANT (Jawhara FM, Tunisia, 2013-2017)
# adds Maghrebi usage; Wikinews (2012-2014, date unknown) adds a few politics articles.
QUOTAS = {
    ("saudinewsnet.jsonl.gz", "heldback"): 26,
    ("ant.jsonl.gz", "heldback"): 14,
    ("saudinewsnet.jsonl.gz", "tune"): 9,
    ("ant.jsonl.gz", "tune"): 8,
    ("wikinews.jsonl.gz", "tune"): 3,
    ("saudinewsnet.jsonl.gz", "reserve"): 7,
    ("ant.jsonl.gz", "reserve"): 5,
}
ORDER = ("heldback", "tune", "reserve")

_TOKEN = re.compile(r"[\u0621-\u064A]+")
_CLITICS = ("وال", "فال", "بال", "لل", "ال", "و", "ف", "ب", "ل")


def _stems(text: str) -> list[str]:
    """Folded Arabic tokens, each also without its leading proclitics."""
    out = []
    for tok in _TOKEN.findall(fold(text)):
        out.append(tok)
        for c in _CLITICS:
            if tok.startswith(c) and len(tok) - len(c) >= 3:
                out.append(tok[len(c):])
                break
    return out


def _hits(stems: list[str], words: tuple[str, ...]) -> int:
    return sum(1 for s in stems for w in words if s.startswith(w))


def shingles(text: str, n: int = 5) -> set[str]:
    t = re.sub(r"\s+", " ", fold(text))
    return {t[i : i + n] for i in range(max(0, len(t) - n + 1))}


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def year_of(date: str | None) -> str:
    if not date or not date[:1].isdigit():
        return "unknown"
    if date[2:3] == "/":  # ANT day-first DD/MM/YYYY
        return date[6:10]
    return "unknown" if date.startswith("2012-2014") else date[:4]


def load(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def candidates(rows: list[dict], source: str) -> list[dict]:
    out = []
    for r in rows:
        text = r.get("text") or ""
        words = len(text.split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            continue
        if r.get("category") in ("sport", "رياضة", "culture", "technology"):
            continue
        stems = _stems(text)
        out.append({
            "row": r, "source": source, "words": words,
            "conflict": _hits(stems, CONFLICT_WORDS), "cues": _hits(stems, CUE_WORDS),
        })
    return out


def eligible(c: dict, split: str) -> bool:
    """Pool rules: held-back and reserves need dense conflict and several attributions."""
    per100 = 100 * c["conflict"] / c["words"]
    if split in ("heldback", "reserve"):
        return per100 >= 6 and c["cues"] >= 4
    if c["source"] == "wikinews.jsonl.gz":
        return c["cues"] >= 2
    return per100 >= 3 and c["cues"] >= 3


def weight(c: dict) -> float:
    # Favour conflict density and attributions; capped so no single outlier dominates.
    per100 = 100 * c["conflict"] / c["words"]
    return min(per100, 20.0) * min(c["cues"], 12)


def draw(pool: list[dict], k: int, rng: random.Random) -> list[dict]:
    """Weighted sampling without replacement (Efraimidis-Spirakis keys), deterministic."""
    keyed = sorted(pool, key=lambda c: rng.random() ** (1.0 / max(weight(c), 1e-6)), reverse=True)
    return keyed[: k * 20]  # ranked stream; select() walks it applying dedup and caps


def select(news: Path) -> list[dict]:
    rng = random.Random(SEED)
    cands: dict[str, list[dict]] = {}
    for source in sorted({s for s, _ in QUOTAS}):
        cands[source] = candidates(load(news / source), source)
    picked: list[dict] = []
    picked_sh: list[set[str]] = []
    used: set[str] = set()
    for split in ORDER:
        for (source, qsplit), k in sorted(QUOTAS.items()):
            if qsplit != split:
                continue
            pool = [c for c in cands[source] if c["row"]["id"] not in used and eligible(c, split)]
            n = 0
            per_outlet: dict[str, int] = {}
            for c in draw(pool, k, rng):
                if n == k:
                    break
                outlet = c["row"]["outlet"]
                if per_outlet.get(outlet, 0) >= MAX_PER_OUTLET[split] and source != "ant.jsonl.gz":
                    continue
                sh = shingles(c["row"]["text"])
                if any(jaccard(sh, o) >= NEAR_DUP_JACCARD for o in picked_sh):
                    continue  # another copy of a wire story already drawn
                per_outlet[outlet] = per_outlet.get(outlet, 0) + 1
                used.add(c["row"]["id"])
                picked_sh.append(sh)
                picked.append({**c, "split": split})
                n += 1
            if n < k:
                raise SystemExit(f"only {n} of {k} articles for {source}/{split}: loosen the pool")
    return picked


def manifest_rows(picked: list[dict]) -> list[dict]:
    rows = []
    for c in picked:
        r = c["row"]
        rows.append({
            "id": r["id"], "source_file": c["source"], "outlet": r["outlet"],
            "date": r.get("date"), "year": year_of(r.get("date")), "split": c["split"],
            "text_sha256": hashlib.sha256(r["text"].encode("utf-8")).hexdigest(),
            "words": c["words"], "conflict_hits": c["conflict"], "cue_hits": c["cues"],
        })
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default="tests/gold/manifest.json")
    args = ap.parse_args()
    rows = manifest_rows(select(data_dir() / "news"))
    doc = {
        "seed": SEED, "script": "scripts/select_gold.py",
        "rules": {"words": [MIN_WORDS, MAX_WORDS], "near_dup_jaccard": NEAR_DUP_JACCARD},
        "articles": rows,
    }
    Path(args.out).write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    outlets = {r["outlet"] for r in rows}
    years = sorted({r["year"] for r in rows})
    print(f"{len(rows)} articles, {len(outlets)} outlets, years {years} -> {args.out}")


if __name__ == "__main__":
    main()
