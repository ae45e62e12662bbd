#!/usr/bin/env python
"""Place records of war news beyond Syria and Iraq (helper "places-11a", session 11).

A thin layer over ``war_places_sample.py`` (places-10c): ``sample`` draws SaudiNewsNet 2015 +
ANT articles that name Syria, Iraq, Turkey's Kurdish conflict, Yemen, Saudi Arabia's southern
border, Libya or Sinai (``NAMES``), never an id of the ``--exclude`` files (the session's clean
reserves, the ids of samples read before), and pickles their place records as places-10c's
``sample`` does. ``list`` counts the records below region precision by (mention, place,
point, country) for the ``--cc`` countries; ``ctx`` prints every record of one mention in
its context, to be judged by reading. ``diff`` is places-10c's.

Example:
    PYTHONPATH=$PWD/src python scripts/war_places_11a.py sample 11011 1200 /tmp/a.pkl \\
        --exclude /work/prompts/s11/clean_ids.txt --exclude /tmp/prev_ids.txt
    python scripts/war_places_11a.py list /tmp/a.pkl --cc SY IQ TR YE SA LY EG --top 300
    python scripts/war_places_11a.py ctx /tmp/a.pkl «عين الأسد»
"""

from __future__ import annotations

import argparse
import pickle
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gazetteer_gap as gg  # noqa: E402
import war_places_sample as wps  # noqa: E402

#: the war fronts of the task brief (issue #6, places-11a)
NAMES = re.compile(r"سوري|العراق|عراقي|تركيا|الكردستاني|اليمن|الحوثي|ليبيا|الليبي|سيناء|نجران|جازان|جيزان"
                   r"|الحد الجنوبي")


def listing(res: list[dict], ccs: set[str], top: int) -> None:
    c: Counter = Counter()
    for a in res:
        for (_s, _e, surf, en, lat, lon, cc, prec) in a["places"]:
            if (not ccs or cc in ccs) and prec not in ("country", "region"):
                c[(surf, en, round(lat or 0, 2), round(lon or 0, 2), cc, prec)] += 1
    print(f"records below region: {sum(c.values())}, distinct {len(c)}")
    for k, v in c.most_common(top):
        print(v, *k, sep="\t")


def contexts(res: list[dict], surface: str, width: int) -> None:
    for a in res:
        t = a["text"]
        for (s, e, surf, en, lat, lon, cc, prec) in a["places"]:
            if surf == surface:
                ctx = f"{t[max(0, s - width):s]}[{t[s:e]}]{t[e:e + width]}".replace("\n", " ")
                print(f"{a['id']} {en} {cc} {lat:.2f},{lon:.2f} {prec} | {ctx}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample")
    s.add_argument("seed", type=int)
    s.add_argument("n", type=int)
    s.add_argument("out", type=Path)
    s.add_argument("--exclude", type=Path, action="append", default=[], help="files of ids never to draw")
    ls = sub.add_parser("list")
    ls.add_argument("pkl", type=Path)
    ls.add_argument("--cc", nargs="*", default=[])
    ls.add_argument("--top", type=int, default=300)
    cx = sub.add_parser("ctx")
    cx.add_argument("pkl", type=Path)
    cx.add_argument("surface")
    cx.add_argument("--width", type=int, default=60)
    d = sub.add_parser("diff")
    d.add_argument("before", type=Path)
    d.add_argument("after", type=Path)
    args = ap.parse_args()
    if args.cmd == "sample":
        wps.NAMES_SY_IQ = NAMES
        ex = {i for p in args.exclude for i in gg._ID.findall(p.read_text())}
        args.out.write_bytes(pickle.dumps(wps.sample(args.seed, args.n, ex)))
    elif args.cmd == "list":
        listing(pickle.loads(args.pkl.read_bytes()), set(args.cc), args.top)
    elif args.cmd == "ctx":
        contexts(pickle.loads(args.pkl.read_bytes()), args.surface, args.width)
    else:
        wps.diff(pickle.loads(args.before.read_bytes()), pickle.loads(args.after.read_bytes()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
