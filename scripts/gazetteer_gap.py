#!/usr/bin/env python
"""Names the place index lacks, on unlabelled news (helper "places-6a", session 6).

Draws a seeded sample of ANT (Jawhara FM, Tunisia) and SaudiNewsNet 2015 articles that are in
no gold manifest, no ``tests/devgold`` folder and named nowhere under ``tests/``, ``docs/`` or
``scripts/`` (nor a near-duplicate, word-set Jaccard >= 0.3, of a gold article), and that hold
a place cue; then counts, after every cue of ``CUES`` (with its proclitics و ف ب ل), the names
that no index key covers (one, two or three words, after ``khabar.normalize.fold``), leaving
out ordinary words (``data/places/ordinary.txt``) and words of ``SKIP``. Prints the names by
frequency, per corpus, with the cue they follow most. Uses the shared data only (never shipped).

``--ids`` prints the sample's ids instead (the articles an audit of changed records reads).
``--tagged`` runs khabar on the sample (slow: about 2,000 articles in 5 minutes on a shared
machine) and counts instead the names the entity tagger marks LOC that get no place record
(no record overlaps the mention and none of the article's records has its text): places the
index lacks that follow no cue, and places the place rules leave out (session 11, places-11c).
``--exclude-seed`` leaves out an earlier seed's sample (drawn with the same ``--n``).

Example:
    python scripts/gazetteer_gap.py --n 2000 --top 60
    python scripts/gazetteer_gap.py --n 2000 --ids > /tmp/gap-ids.txt
    python scripts/gazetteer_gap.py --n 2000 --seed 9091 --exclude /work/prompts/s9/clean_ids.txt
    python scripts/gazetteer_gap.py --n 1000 --seed 11301 --exclude-seed 10103 --tagged
    git show 87890d2^:src/khabar/data/places/gazetteer.tsv.gz > /tmp/old.tsv.gz
    python scripts/gazetteer_gap.py --n 2000 --index /tmp/old.tsv.gz   # the index before session 6
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

from khabar.normalize import fold
from khabar.options import data_dir
from khabar.places.index import Gazetteer, gazetteer, load_gazetteer
from khabar.places.lexicon import ordinary_words

ROOT = Path(__file__).resolve().parents[1]
SEED = 6061
#: The place cues of the task brief (issue #6, session 6): units of Tunisia, Saudi Arabia,
#: Yemen, Algeria, and towns, villages, quarters, areas.
CUES = frozenset(fold(w) for w in
                 "معتمدية ولاية مدينة بلدة قرية منطقة محافظة مديرية مركز حي دائرة بلدية".split())
#: Words after a cue that name no place (a unit's office, a pronoun, a generic noun).
SKIP = frozenset(fold(w) for w in (
    "الأمن الحرس الشرطة التي الذي الى إلى في من على عن مع بين هذه هذا ذلك تلك كل أي "
    "العاصمة المدينة المحافظة الولاية المنطقة الجنوب الشمال الشرق الغرب الوسط عدد بعض"
).split())
_PUNCT = "،,.:؛;()«»\"'!؟?“”-–[]"
_ID = re.compile(r"(?:ant|saudinewsnet)-\d{6}")


def taken_ids() -> set[str]:
    """Gold ids (every split) and every article id named under tests/, docs/, scripts/."""
    ids = {a["id"] for a in json.loads((ROOT / "tests/gold/manifest.json").read_text())["articles"]}
    for root in ("tests", "docs", "scripts"):
        for p in (ROOT / root).rglob("*"):
            if not p.is_file():
                continue
            ids.update(_ID.findall(p.name))
            if p.suffix in {".json", ".jsonl", ".md", ".py", ".tsv", ".txt", ".csv"}:
                ids.update(_ID.findall(p.read_text(encoding="utf-8", errors="ignore")))
    return ids


def _has_cue(text: str) -> bool:
    return any(fold(w.strip(_PUNCT)).lstrip("وفبل") in CUES or fold(w.strip(_PUNCT)) in CUES
               for w in text.split())


def sample(corpus: str, n: int, seed: int = SEED, exclude: frozenset[str] = frozenset()) -> list[dict]:
    """``n`` articles of ``corpus`` ("ant" or "saudinewsnet", 2015 only) with a cue, drawn
    by a seeded shuffle of their sorted ids among the untaken ones (and none of ``exclude``)."""
    taken = taken_ids() | exclude
    gold = {a["id"] for a in json.loads((ROOT / "tests/gold/manifest.json").read_text())["articles"]}
    rows, gold_words = [], []
    with gzip.open(data_dir() / "news" / f"{corpus}.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["id"] in gold:
                gold_words.append(set(r["text"].split()))
            if r["id"] in taken or (corpus == "saudinewsnet" and not str(r.get("date", "")).startswith("2015")):
                continue
            rows.append(r)
    rows.sort(key=lambda r: r["id"])
    random.Random(seed).shuffle(rows)
    out: list[dict] = []
    for r in rows:
        if len(out) >= n:
            break
        if not _has_cue(r["text"]):
            continue
        words = set(r["text"].split())
        if any(len(words & g) >= 0.3 * len(words | g) for g in gold_words):
            continue  # a near-duplicate of a gold article
        out.append(r)
    return out


def lacking(text: str, gz: Gazetteer | None = None) -> list[tuple[str, str]]:
    """(cue, name) for every name after a cue that no key of ``gz`` (default: the packaged
    index) covers."""
    gz, ordinary = gz or gazetteer(), ordinary_words()
    toks = [t.strip(_PUNCT) for t in text.split()]
    out = []
    for i, t in enumerate(toks[:-1]):
        w = fold(t)
        cue = w if w in CUES else (w[1:] if len(w) > 3 and w[0] in "وفبل" and w[1:] in CUES else
                                   w[2:] if len(w) > 4 and w[:2] in ("وب", "ول", "فب") and w[2:] in CUES else "")
        if not cue:
            continue
        nxt = [fold(x) for x in toks[i + 1:i + 4] if x]
        if not nxt or nxt[0] in SKIP or nxt[0] in ordinary or not re.fullmatch(r"[\u0621-\u064a]+", nxt[0]):
            continue
        if any(" ".join(nxt[:k]) in gz for k in range(1, len(nxt) + 1)):
            continue
        two = " ".join(nxt[:2]) if len(nxt) > 1 and nxt[1] not in SKIP and nxt[1] not in ordinary else ""
        out.append((cue, nxt[0]))
        if two:
            out.append((cue, two))
    return out


def unplaced(article: dict) -> list[str]:
    """The folded names of the LOC mentions of ``article`` (a news row) that no place record
    overlaps and whose text no record of the article holds (a later mention of a placed name
    is not a gap)."""
    from khabar import RawArticle, analyze
    from khabar.readers.meta import iso_date

    rec = analyze(RawArticle(text=article["text"], source=article["id"], id=article["id"],
                             title=article.get("title"), outlet=article.get("outlet"),
                             date=iso_date(article.get("date"))))
    text, out = article["text"], list[str]()
    placed = [fold(text[p.start:p.end]) for p in rec.places]
    for e in rec.entities:
        if e.type != "LOC":
            continue
        for m in e.mentions or [e]:
            name = fold(text[m.start:m.end])
            if any(p.start < m.end and m.start < p.end for p in rec.places) or any(
                    name in x or x.lstrip("وبل") in name for x in placed):
                continue
            out.append(name)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000, help="articles per corpus")
    ap.add_argument("--top", type=int, default=60)
    ap.add_argument("--ids", action="store_true", help="print the sample's ids only")
    ap.add_argument("--index", type=Path, default=None, help="another index file (e.g. an older build)")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--exclude", type=Path, default=None,
                    help="a file of ids never to draw (the session's clean reserves)")
    ap.add_argument("--exclude-seed", type=int, action="append", default=[],
                    help="leave out the sample an earlier seed drew (same --n); repeatable")
    ap.add_argument("--tagged", action="store_true",
                    help="count LOC-tagged names with no place record (runs khabar; slow)")
    args = ap.parse_args()
    exclude = frozenset(_ID.findall(args.exclude.read_text())) if args.exclude else frozenset()
    for old in args.exclude_seed:
        exclude |= {a["id"] for c in ("ant", "saudinewsnet") for a in sample(c, args.n, old, exclude)}
    gz = load_gazetteer(args.index) if args.index else gazetteer()
    for corpus in ("ant", "saudinewsnet"):
        arts = sample(corpus, args.n, args.seed, exclude)
        if args.ids:
            print("\n".join(a["id"] for a in arts))
            continue
        names: Counter[str] = Counter()
        docs: dict[str, set[str]] = defaultdict(set)
        cues: dict[str, Counter[str]] = defaultdict(Counter)
        for a in arts:
            pairs = [("LOC", n) for n in unplaced(a)] if args.tagged else lacking(a["text"], gz)
            for cue, name in pairs:
                names[name] += 1
                docs[name].add(a["id"])
                cues[name][cue] += 1
        what = "LOC-tagged names with no place record" if args.tagged else "cued names the index lacks"
        print(f"## {corpus}: {len(arts)} articles, {sum(names.values())} {what}")
        for name, k in names.most_common(args.top):
            print(f"{k}\t{len(docs[name])}\t{name}\t{cues[name].most_common(1)[0][0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
