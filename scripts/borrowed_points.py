#!/usr/bin/env python
"""Place records whose point is borrowed from a large area (helper "places-12c", session 12).

A record of a place the index does not know (or a list mate, or a place said to lie in
another) is put at the point of another record of its article (``places.near``,
``places.anchors``). When that other record is a region, a governorate or a country, the point
is the area's centre (or capital), often hundreds of km from the place. ``sample`` draws
``--n`` ANT + ``--n`` SaudiNewsNet 2015 articles with a place cue (``gazetteer_gap.sample``:
never a gold id, an id named under tests/ docs/ scripts/, nor an id of ``--exclude``), runs
khabar (the tree on ``PYTHONPATH``) and pickles each article's records. ``borrowed`` prints
every record whose point is that of another record of the article with precision
``region``/``admin``/``country`` (and another text and English name), with its context, to
be judged by reading. ``inside`` prints the «X في/ب شرق|غرب|شمال|جنوب + country» phrases and
where X went. ``diff`` prints the records added, removed or moved between two pickles of
the same sample (``war_places_sample.diff``).

Example:
    PYTHONPATH=$PWD/src python scripts/borrowed_points.py sample 12031 /tmp/b.pkl --n 600 \\
        --exclude /work/prompts/s12/clean_ids.txt
    python scripts/borrowed_points.py borrowed /tmp/b.pkl
    python scripts/borrowed_points.py inside /tmp/b.pkl
    python scripts/borrowed_points.py diff /tmp/before.pkl /tmp/after.pkl
"""

from __future__ import annotations

import argparse
import pickle
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gazetteer_gap as gg  # noqa: E402
import war_places_sample as wps  # noqa: E402

import khabar  # noqa: E402
from khabar.normalize import fold  # noqa: E402
from khabar.places.index import gazetteer  # noqa: E402

LARGE = ("region", "admin", "country")
#: «في شرق ليبيا»، «بجنوب اليمن»، «شمال العراق»: a compass word, then a word (the country)
INSIDE = re.compile(r"(\S+(?: \S+)?) (?:في |ب)(?:ال)?(شرق|غرب|شمال|جنوب)(?:ي|ى)? (\S+)")


def sample(seed: int, n: int, exclude: frozenset[str]) -> list[dict]:
    out = []
    for corpus in ("ant", "saudinewsnet"):
        for r in gg.sample(corpus, n, seed, exclude):
            rec = khabar.analyze(khabar.RawArticle(text=r["text"], source=r["id"], id=r["id"],
                                                   outlet=r.get("outlet")))
            pl = [(p.start, p.end, r["text"][p.start:p.end], p.name_en, p.lat, p.lon, p.country, p.precision)
                  for p in rec.places]
            out.append({"id": r["id"], "text": r["text"], "outlet": r.get("outlet"), "places": pl})
    return out


def _ctx(t: str, s: int, e: int, w: int = 70) -> str:
    return f"{t[max(0, s - w):s]}[{t[s:e]}]{t[e:e + w]}".replace("\n", " ")


def borrowed(res: list[dict]) -> None:
    n = 0
    for a in res:
        t = a["text"]
        for p in a["places"]:
            s, e, surf, en, lat, lon, cc, prec = p
            if lat is None:
                continue
            hosts = [q for q in a["places"] if q is not p and q[7] in LARGE and q[4] == lat and q[5] == lon
                     and fold(q[2]) != fold(surf) and en is None]
            if not hosts:
                continue
            q = hosts[0]
            n += 1
            print(f"{a['id']}\t{surf}\t{prec}\t{cc}\t<- {q[2]} ({q[3]}, {q[7]})\t{_ctx(t, s, e)}")
    print(f"borrowed from a region/admin/country record: {n} records, {len(res)} articles")


def inside(res: list[dict]) -> None:
    gaz = gazetteer()
    n = 0
    for a in res:
        t = a["text"]
        for mt in INSIDE.finditer(t):
            country = [c for c in gaz.get(fold(mt.group(3))) if c.precision == "country"]
            if not country:
                continue
            cc = country[0].country
            xs, xe = mt.start(1), mt.end(1)
            words = {fold(w).lstrip("وب") for w in mt.group(1).split()} | {fold(mt.group(1))}
            recs = [p for p in a["places"] if (p[0] < xe and xs < p[1]) or fold(p[2]).lstrip("وب") in words]
            n += 1
            where = "; ".join(f"{p[2]}->{p[3]} {p[6]} {p[7]}{'' if p[6] == cc else ' OUTSIDE'}" for p in recs)
            print(f"{a['id']}\t{cc}\t{where or '-'}\t{_ctx(t, mt.start(), mt.end(), 50)}")
    print(f"«X في/ب + compass + country»: {n} phrases")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample")
    s.add_argument("seed", type=int)
    s.add_argument("out", type=Path)
    s.add_argument("--n", type=int, default=600, help="articles per corpus")
    s.add_argument("--exclude", type=Path, action="append", default=[], help="files of ids never to draw")
    for name in ("borrowed", "inside"):
        sub.add_parser(name).add_argument("pkl", type=Path)
    d = sub.add_parser("diff")
    d.add_argument("before", type=Path)
    d.add_argument("after", type=Path)
    args = ap.parse_args()
    if args.cmd == "sample":
        ex = frozenset(i for p in args.exclude for i in gg._ID.findall(p.read_text()))
        args.out.write_bytes(pickle.dumps(sample(args.seed, args.n, ex)))
    elif args.cmd == "diff":
        wps.diff(pickle.loads(args.before.read_bytes()), pickle.loads(args.after.read_bytes()))
    else:
        res = pickle.loads(args.pkl.read_bytes())
        borrowed(res) if args.cmd == "borrowed" else inside(res)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
