#!/usr/bin/env python
"""Borrowed points and the points they could have had instead (helper "places-17b", session 17).

A record of a place the index does not know (``name_en`` empty, a point set) is put at the
point of another record of its article (``khabar.places.near``). ``dump`` runs khabar up to
places on a list of ids (the tree on ``PYTHONPATH``; ids from
``/work/prompts/s14/tools/pool14.py``) and pickles the docs. ``list`` prints every such
record with the record it took its point from and three alternatives, each with its distance
in km from the point it got:

- ``in``: the place right after it with only «في/ب/ل»، «الواقع/التابعة» or a place cue
  between (up to 40 characters; «منطقة عين كاوة بمحافظة أربيل»، «قرية آل سرور التابعة
  لمحافظة القرى»);
- ``small``: the nearest city, village or site of the index named in its sentence;
- ``region``: the nearest governorate or region of the index named in its sentence.

A row starts ``D`` when an alternative lies more than 50 km from the point it got (only those
can change what is within 50 km of the gold), ``=`` otherwise; without ``--all`` only the
``D`` rows are printed. ``cross`` prints the records whose point comes from outside their
sentence (``near.place_near``'s last fallback: the nearest place before, else after), in a
seeded random order, to be read.

Example:
    python /work/prompts/s14/tools/pool14.py 17350 1000 > ids.txt
    PYTHONPATH=$PWD/src python scripts/borrowed_alternatives.py dump ids.txt docs.pkl.gz
    PYTHONPATH=$PWD/src python scripts/borrowed_alternatives.py list docs.pkl.gz --all
    PYTHONPATH=$PWD/src python scripts/borrowed_alternatives.py cross docs.pkl.gz --seed 17353
"""

from __future__ import annotations

import argparse
import gzip
import pickle
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import places_switch_diff as psd  # noqa: E402

from khabar.document import RawArticle  # noqa: E402
from khabar.options import Options  # noqa: E402
from khabar.pipeline import build_pipeline  # noqa: E402
from khabar.places.index import distance_km  # noqa: E402
from khabar.readers.meta import iso_date  # noqa: E402

#: what may stand between a place and the one it lies in («بمحافظة»، «التابعة لمعتمدية»)
IN = re.compile(
    r"^\s*(?:،\s*)?(?:(?:و?(?:الواقع|الواقعة|الكائن|الكائنة|التابع|التابعة)\s*)?(?:في|ب|بـ|ل|لـ)\s*)?"
    r"(?:(?:ال)?(?:محافظة|مدينة|بلدة|قرية|منطقة|مديرية|ولاية|إمارة|ناحية|قضاء|مركز|حي|ريف|إقليم"
    r"|مقاطعة|معتمدية|دائرة|بلدية|محافظتي|مدينتي)\s*)?$")
FAR_KM = 50


def dump(ids: list[str], out: Path) -> None:
    """Run khabar up to places on ``ids`` and pickle the docs (gzip)."""
    pipe = build_pipeline(Options(disable=frozenset({"dates", "quantities", "claims", "events"})))
    docs = []
    for r in psd.by_ids(ids):
        art = RawArticle(text=r["text"], source=r["id"], id=r["id"], title=r.get("title"),
                         outlet=r.get("outlet"), date=iso_date(r.get("date")))
        docs.append(pipe.run(pipe.make_doc(art)))
    with gzip.open(out, "wb") as f:
        pickle.dump(docs, f)


def _sentence(doc, start: int) -> tuple[int, int]:
    return next(((s.start, s.end) for s in doc.sentences if s.start <= start < s.end), (start, start))


def _point(p) -> tuple[float, float]:
    return round(p.lat, 4), round(p.lon, 4)


def _nearest(p, places):
    return min(places, key=lambda q: min(abs(q.start - p.end), abs(p.start - q.end))) if places else None


def alternatives(doc, p) -> dict:
    """The record ``p`` took its point from (``host``: a record of the index at the same
    point, None when there is none) and the three alternatives of the module docstring."""
    t = doc.article.text
    known = [q for q in doc.places if q is not p and q.name_en and q.lat is not None]
    ss, se = _sentence(doc, p.start)
    insent = [q for q in known if ss <= q.start < se]
    inn = [q for q in insent if q.precision != "country" and 0 <= q.start - p.end <= 40
           and IN.match(t[p.end:q.start])]
    hosts = [q for q in known if _point(q) == _point(p)]
    return {"host": min(hosts, key=lambda q: abs(q.start - p.start)) if hosts else None,
            "host_in_sentence": any(ss <= q.start < se for q in hosts),
            "in": min(inn, key=lambda q: q.start) if inn else None,
            "small": _nearest(p, [q for q in insent if q.precision in ("city", "village", "site")]),
            "region": _nearest(p, [q for q in insent if q.precision in ("admin", "region")])}


def borrowed(docs):
    """(doc, record) for every record of a place the index does not know that has a point."""
    for d in docs:
        for p in d.places:
            if not p.name_en and p.lat is not None:
                yield d, p


def _ctx(doc, p, before: int = 90, after: int = 70) -> str:
    t = doc.article.text
    ss, se = _sentence(doc, p.start)
    return f"{t[max(ss, p.start - before):p.start]}[{p.text}]{t[p.end:min(se, p.end + after)]}".replace("\n", " ")


def list_rows(docs, show_all: bool) -> tuple[int, int]:
    n = far = 0
    for d, p in borrowed(docs):
        alt = alternatives(d, p)
        km = {k: (None if alt[k] is None else round(distance_km(p.lat, p.lon, alt[k].lat, alt[k].lon)))
              for k in ("in", "small", "region")}
        differs = any(v is not None and v > FAR_KM for v in km.values())
        n += 1
        far += differs
        if show_all or differs:
            f = [("-" if alt[k] is None else f"{alt[k].text}|{alt[k].name_en}|{alt[k].precision}|{km.get(k, 0)}")
                 for k in ("host", "in", "small", "region")]
            print("\t".join(["D" if differs else "=", d.article.id, p.text, str(p.precision), *f, _ctx(d, p)]))
    return n, far


def cross_rows(docs, seed: int) -> int:
    rows = []
    for d, p in borrowed(docs):
        alt = alternatives(d, p)
        h = alt["host"]
        if h is not None and not alt["host_in_sentence"]:
            side = "before" if h.start < p.start else "after"
            rows.append(f"{d.article.id}\t{p.text}\t{p.precision}\t@{h.text}|{h.name_en}|{h.precision}|{side}\t{_ctx(d, p)}")
    random.Random(seed).shuffle(rows)
    print("\n".join(rows))
    return len(rows)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("dump")
    s.add_argument("ids", type=Path)
    s.add_argument("out", type=Path)
    lp = sub.add_parser("list")
    lp.add_argument("pkl", type=Path)
    lp.add_argument("--all", action="store_true", help="print the '=' rows too")
    cp = sub.add_parser("cross")
    cp.add_argument("pkl", type=Path)
    cp.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    if args.cmd == "dump":
        dump(args.ids.read_text().split(), args.out)
        return 0
    with gzip.open(args.pkl) as f:
        docs = pickle.load(f)
    if args.cmd == "list":
        n, far = list_rows(docs, args.all)
        print(f"# {n} borrowed records in {len(docs)} articles; {far} with an alternative > {FAR_KM} km off",
              file=sys.stderr)
    else:
        print(f"# {cross_rows(docs, args.seed)} borrowed from outside their sentence", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
