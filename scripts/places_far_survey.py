#!/usr/bin/env python
"""Surveys of far place records on the dumps of ``scripts/places_switch_diff.py --dump`` (helper
"places-14d", session 14), and a run of several switches each alone.

Subcommands (every listing prints one record a line with its context, to be judged by reading):

- ``far DUMP [--km K]``: records ``K`` km (default 500) or more from every other record of their
  article, in a country no other record names (``--towns``: not countries);
- ``namesakes DUMP [--far-km K] [--near-km N]``: records ``K`` km (default 300) or more from the
  article's other records (countries aside) whose name has an index namesake within ``N`` km
  (default 150) of one of them: what disambiguation by nearness could change;
- ``samekey DUMP``: one name (proclitics stripped, as the index reads it) with two records more
  than 50 km apart in one article;
- ``each IDS PREFIX SWITCH...``: khabar's steps up to places once per article of ``IDS`` (one id
  a line), then the places step with each ``module:ATTR`` switch alone on; the changes of each
  switch go to ``PREFIX.ATTR.tsv`` (``places_switch_diff.py``'s format), with counts at the end.

Example:
    PYTHONPATH=$PWD/src python scripts/places_switch_diff.py 0 0 khabar.places.resolve:_NOOP \\
        --ids ids.txt --dump sample.pkl
    python scripts/places_far_survey.py far sample.pkl --towns
    python scripts/places_far_survey.py each ids.txt /tmp/sw khabar.places.foreign:SWITCH_A \\
        khabar.places.resolve:SWITCH_B
"""

from __future__ import annotations

import argparse
import contextlib
import io
import pickle
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import places_switch_diff as psd  # noqa: E402

from khabar.document import RawArticle  # noqa: E402
from khabar.normalize import fold  # noqa: E402
from khabar.options import Options  # noqa: E402
from khabar.pipeline import build_pipeline  # noqa: E402
from khabar.places import geocode  # noqa: E402
from khabar.places.index import PlaceEntry, distance_km, gazetteer  # noqa: E402
from khabar.places.mentions import first_token_variants  # noqa: E402
from khabar.readers.meta import iso_date  # noqa: E402


def _ctx(text: str, p: dict, before: int = 45, after: int = 30) -> str:
    s, e = p["start"], p["end"]
    return f"{text[max(0, s - before):s]}[{text[s:e]}]{text[e:e + after]}".replace("\n", " ")


def _placed(art: dict) -> list[dict]:
    return [p for p in art["places"] if p["lat"] is not None]


def _index_key(text: str) -> str:
    """A record's text as an index key (a proclitic stripped as the index reads it); the folded
    text when no key matches."""
    words = fold(text).split(" ")
    for _plen, stem in first_token_variants(words[0]):
        key = " ".join([stem, *words[1:]])
        if gazetteer().get(key):
            return key
    return fold(text)


def _candidates(text: str) -> list[PlaceEntry]:
    return gazetteer().get(_index_key(text))


def far(arts: list[dict], km: float, towns: bool) -> int:
    n = 0
    for a in arts:
        ps = _placed(a)
        for p in ps:
            others = [q for q in ps if q is not p]
            if (towns and p["precision"] == "country") or not others \
                    or any(q["country"] == p["country"] for q in others):
                continue
            near = min(distance_km(p["lat"], p["lon"], q["lat"], q["lon"]) for q in others)
            if near >= km:
                n += 1
                print(a["id"], p["precision"], p["country"], p["name_en"], round(near), _ctx(a["text"], p), sep="\t")
    return n


def namesakes(arts: list[dict], far_km: float, near_km: float) -> int:
    n = 0
    for a in arts:
        ps = _placed(a)
        for p in ps:
            others = [q for q in ps if q is not p and q["precision"] != "country"]
            if not others:
                continue
            d = min(distance_km(p["lat"], p["lon"], q["lat"], q["lon"]) for q in others)
            if d < far_km:
                continue
            alt = []
            for c in _candidates(p["text"]):
                if abs(c.lat - p["lat"]) < 0.01 and abs(c.lon - p["lon"]) < 0.01:
                    continue
                dc = min(distance_km(c.lat, c.lon, q["lat"], q["lon"]) for q in others)
                if dc <= near_km:
                    alt.append(f"{c.name_en} {c.country} {c.precision} {c.population} ({dc:.0f} km)")
            if alt:
                n += 1
                print(a["id"], p["name_en"], p["country"], p["precision"], round(d), "; ".join(alt[:3]),
                      _ctx(a["text"], p), sep="\t")
    return n


def samekey(arts: list[dict]) -> int:
    n = 0
    for a in arts:
        by: dict[str, list[dict]] = {}
        for p in _placed(a):
            by.setdefault(_index_key(p["text"]), []).append(p)
        for v in by.values():
            if any(distance_km(x["lat"], x["lon"], y["lat"], y["lon"]) > 50 for i, x in enumerate(v) for y in v[i + 1:]):
                n += 1
                print(a["id"], " || ".join(f"{p['name_en']} {p['country']} {p['precision']} "
                                           f"{p['lat']:.2f},{p['lon']:.2f} {_ctx(a['text'], p, 35, 20)}" for p in v),
                      sep="\t")
    return n


def each(ids: Path, prefix: str, switches: list[str]) -> dict[str, Counter]:
    """Changes of each switch alone (module docstring); the pipeline runs once per article."""
    pipe = build_pipeline(Options(disable=frozenset({"dates", "quantities", "claims", "events"})))
    outs = {s: open(f"{prefix}.{s.split(':')[1]}.tsv", "w", encoding="utf-8") for s in switches}
    counts: dict[str, Counter] = {s: Counter() for s in switches}
    rows = psd.by_ids(ids.read_text().split())
    for r in rows:
        art = RawArticle(text=r["text"], source=r["id"], id=r["id"], title=r.get("title"),
                         outlet=r.get("outlet"), date=iso_date(r.get("date")))
        psd._set(switches, False)
        doc = pipe.run(pipe.make_doc(art))
        off = {psd._key(p): p.model_dump() for p in doc.places}
        for s in switches:
            psd._set([s], True)
            on = {psd._key(p): p.model_dump() for p in geocode(doc)}
            psd._set([s], False)
            buf = io.StringIO()
            with contextlib.redirect_stdout(buf):
                psd._print_changes(r["id"], r["text"], off, on, counts[s])
            outs[s].write(buf.getvalue())
    for s in switches:
        outs[s].write(f"# {dict(counts[s])} in {len(rows)} articles\n")
        outs[s].close()
        print(s, dict(counts[s]))
    return counts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    f = sub.add_parser("far")
    f.add_argument("dump", type=Path)
    f.add_argument("--km", type=float, default=500.0)
    f.add_argument("--towns", action="store_true", help="leave country records out")
    ns = sub.add_parser("namesakes")
    ns.add_argument("dump", type=Path)
    ns.add_argument("--far-km", type=float, default=300.0)
    ns.add_argument("--near-km", type=float, default=150.0)
    sk = sub.add_parser("samekey")
    sk.add_argument("dump", type=Path)
    e = sub.add_parser("each")
    e.add_argument("ids", type=Path)
    e.add_argument("prefix")
    e.add_argument("switches", nargs="+")
    args = ap.parse_args()
    if args.cmd == "each":
        each(args.ids, args.prefix, args.switches)
        return 0
    arts = pickle.loads(args.dump.read_bytes())
    if args.cmd == "far":
        n = far(arts, args.km, args.towns)
    elif args.cmd == "namesakes":
        n = namesakes(arts, args.far_km, args.near_km)
    else:
        n = samekey(arts)
    print(f"# {n} in {len(arts)} articles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
