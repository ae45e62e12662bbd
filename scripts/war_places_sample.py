#!/usr/bin/env python
"""Place records of Syrian and Iraqi war news on unlabelled articles (helper "places-10c",
session 10).

``sample`` draws ``N`` SaudiNewsNet 2015 + ANT articles that name Syria or Iraq (by a seeded
shuffle of their sorted ids; never a gold id, an id named under tests/ docs/ scripts/, an id
of ``--exclude`` files such as the session's clean reserves), runs khabar (the tree on
``PYTHONPATH``) and pickles each article's place records and the names after a town, village,
district or quarter cue that no index key covers (``gazetteer_gap.lacking``). ``list`` counts
the records in Syria or Iraq below region precision by (mention, place, point); ``diff``
prints the records added, removed or moved between two pickles of the same sample (for the
before/after of an index change), each with its context, to be judged by reading.

Example:
    PYTHONPATH=$PWD/src python scripts/war_places_sample.py sample 1010 1200 /tmp/s1.pkl \\
        --exclude /work/prompts/s10/clean_ids.txt
    python scripts/war_places_sample.py list /tmp/s1.pkl --top 200
    PYTHONPATH=$PWD/src python scripts/war_places_sample.py sample 11011 1200 /tmp/a.pkl --fronts all \\
        --exclude /work/prompts/s11/clean_ids.txt      # places-11a's war fronts
    python scripts/war_places_sample.py list /tmp/a.pkl --cc SY IQ TR YE SA LY EG --top 300
    python scripts/war_places_sample.py ctx /tmp/a.pkl «عين الأسد»
    python scripts/war_places_sample.py diff /tmp/before.pkl /tmp/after.pkl
"""

from __future__ import annotations

import argparse
import gzip
import json
import pickle
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gazetteer_gap as gg  # noqa: E402

import khabar  # noqa: E402
from khabar.normalize import fold  # noqa: E402
from khabar.options import data_dir  # noqa: E402

NAMES_SY_IQ = re.compile(r"سوري|العراق|عراقي")
#: the war fronts of places-11a (session 11): Syria, Iraq, Turkey's Kurdish conflict, Yemen, Saudi
#: Arabia's southern border, Libya, Sinai
NAMES_FRONTS = re.compile(r"سوري|العراق|عراقي|تركيا|الكردستاني|اليمن|الحوثي|ليبيا|الليبي|سيناء|نجران|جازان|جيزان"
                          r"|الحد الجنوبي")
FRONTS = {"sy-iq": NAMES_SY_IQ, "all": NAMES_FRONTS}
#: the cues of the task brief (issue #6, places-10c)
WAR_CUES = frozenset(fold(w) for w in "بلدة مدينة قرية ناحية قضاء حي منطقة".split())


def sample(seed: int, n: int, exclude: set[str], names: re.Pattern[str] = NAMES_SY_IQ) -> list[dict]:
    taken = gg.taken_ids() | exclude
    rows = []
    for corpus in ("saudinewsnet", "ant"):
        with gzip.open(data_dir() / "news" / f"{corpus}.jsonl.gz", "rt", encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                if r["id"] in taken or (corpus == "saudinewsnet" and not str(r.get("date", "")).startswith("2015")):
                    continue
                if names.search(r["text"]):
                    rows.append(r)
    rows.sort(key=lambda r: r["id"])
    random.Random(seed).shuffle(rows)
    gg.CUES = WAR_CUES
    out = []
    for r in rows[:n]:
        rec = khabar.analyze(khabar.RawArticle(text=r["text"], source=r["id"]))
        pl = [(p.start, p.end, r["text"][p.start:p.end], p.name_en, p.lat, p.lon, p.country, p.precision)
              for p in rec.places]
        out.append({"id": r["id"], "text": r["text"], "places": pl, "gaps": gg.lacking(r["text"])})
    return out


def listing(res: list[dict], top: int, ccs: frozenset[str] = frozenset({"SY", "IQ"})) -> None:
    c: Counter = Counter()
    for a in res:
        for (_s, _e, surf, en, lat, lon, cc, prec) in a["places"]:
            if (not ccs or cc in ccs) and prec not in ("country", "region"):
                c[(surf, en, round(lat or 0, 2), round(lon or 0, 2), cc, prec)] += 1
    print(f"records in {'/'.join(sorted(ccs)) or 'any country'} below region: {sum(c.values())}, distinct {len(c)}")
    for k, v in c.most_common(top):
        print(v, *k, sep="\t")
    gaps = Counter(name for a in res for _cue, name in a["gaps"])
    print("cued names no key covers:", " | ".join(f"{k} {v}" for k, v in gaps.most_common(top)))


def contexts(res: list[dict], surface: str, width: int) -> None:
    """Every record whose mention is ``surface``, in its context, to be judged by reading."""
    for a in res:
        t = a["text"]
        for (s, e, surf, en, lat, lon, cc, prec) in a["places"]:
            if surf == surface:
                ctx = f"{t[max(0, s - width):s]}[{t[s:e]}]{t[e:e + width]}".replace("\n", " ")
                print(f"{a['id']} {en} {cc} {lat:.2f},{lon:.2f} {prec} | {ctx}")


def diff(before: list[dict], after: list[dict]) -> None:
    old = {a["id"]: a for a in before}
    counts: Counter = Counter()
    for b in after:
        t, pa = b["text"], {(p[0], p[1]): p for p in old[b["id"]]["places"]}
        pb = {(p[0], p[1]): p for p in b["places"]}
        changes = [("ADD", p, None) for k, p in pb.items() if k not in pa]
        changes += [("CHG", p, pa[k]) for k, p in pb.items() if k in pa and pa[k][4:6] != p[4:6]]
        changes += [("REM", p, None) for k, p in pa.items() if k not in pb]
        for tag, p, q in changes:
            counts[tag] += 1
            was = f" <- {q[3]} {q[6]} {q[4]:.2f},{q[5]:.2f}" if q else ""
            ctx = f"{t[max(0, p[0] - 60):p[0]]}[{t[p[0]:p[1]]}]{t[p[1]:p[1] + 40]}".replace("\n", " ")
            print(f"{tag} {b['id']} {p[2]} -> {p[3]} {p[6]} {p[4]:.2f},{p[5]:.2f}{was} | {ctx}")
    print(f"added {counts['ADD']}, removed {counts['REM']}, moved {counts['CHG']}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample")
    s.add_argument("seed", type=int)
    s.add_argument("n", type=int)
    s.add_argument("out", type=Path)
    s.add_argument("--exclude", type=Path, action="append", default=[], help="files of ids never to draw")
    s.add_argument("--fronts", choices=sorted(FRONTS), default="sy-iq",
                   help="articles naming Syria or Iraq (sy-iq), or any war front of places-11a (all)")
    ls = sub.add_parser("list")
    ls.add_argument("pkl", type=Path)
    ls.add_argument("--top", type=int, default=200)
    ls.add_argument("--cc", nargs="*", default=["SY", "IQ"], help="countries listed (none: every country)")
    cx = sub.add_parser("ctx")
    cx.add_argument("pkl", type=Path)
    cx.add_argument("surface")
    cx.add_argument("--width", type=int, default=60)
    d = sub.add_parser("diff")
    d.add_argument("before", type=Path)
    d.add_argument("after", type=Path)
    args = ap.parse_args()
    if args.cmd == "sample":
        ex = {i for p in args.exclude for i in gg._ID.findall(p.read_text())}
        args.out.write_bytes(pickle.dumps(sample(args.seed, args.n, ex, FRONTS[args.fronts])))
    elif args.cmd == "list":
        listing(pickle.loads(args.pkl.read_bytes()), args.top, frozenset(args.cc))
    elif args.cmd == "ctx":
        contexts(pickle.loads(args.pkl.read_bytes()), args.surface, args.width)
    else:
        diff(pickle.loads(args.before.read_bytes()), pickle.loads(args.after.read_bytes()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
