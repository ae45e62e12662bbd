#!/usr/bin/env python
"""Place records in the wrong country or at a far namesake, flagged for reading (helper places-18c,
session 18; docs/places.md, "Session 18: wrong country on fresh articles (places-18c)").

Subcommands:

- ``dump IDS OUT.pkl``: khabar's steps up to the entities (the places step off) on the articles of
  ``IDS`` (one id a line, SaudiNewsNet or ANT), the docs pickled, so that the places step can be
  re-run on them with any tree on ``PYTHONPATH`` (``geocode``);
- ``flag DOCS.pkl OUT.tsv``: the places step on the dumped docs; each placed index record (not a
  direction phrase) is flagged (:func:`flags`) against the countries the article's other records
  and its outlet name: ``OUT`` (a non-country record in none of them), ``FAR`` (a namesake in one
  of them lies more than ``FAR_KM`` from the pick), ``CTRYTOWN`` (a country record whose name is
  also a town of 10,000+ people of those countries or its own). One row per flagged record: id,
  flags, text, the pick, the other records' countries, the article's countries as the places step
  counts them, the outlet's country, cue, notes, tagged LOC or not, the candidates (biggest first,
  with their distance from the pick) and the context.

Example:
    PYTHONPATH=$PWD/src python scripts/places_country_survey.py dump ids.txt docs.pkl
    PYTHONPATH=$PWD/src python scripts/places_country_survey.py flag docs.pkl flags.tsv
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import khabar.places as places_step
from khabar.document import RawArticle
from khabar.eval.goldsource import news_article
from khabar.options import Options
from khabar.pipeline import build_pipeline
from khabar.places.home import outlet_country
from khabar.places.index import PlaceEntry, distance_km
from khabar.readers.meta import iso_date
from khabar.schema import Place

#: a namesake in one of the article's countries this far (km) from the pick flags it ``FAR``
FAR_KM = 100.0
#: a town this big sharing a country's name flags the country record ``CTRYTOWN``
TOWN = 10_000


def flags(r: Place, candidates: Iterable[PlaceEntry], others: Counter[str]) -> list[str]:
    """The flags of record ``r`` (a pick among ``candidates``) in an article whose other records
    and outlet name the countries of ``others`` (module docstring)."""
    out = []
    if r.country not in others and r.precision != "country":
        out.append("OUT")
    if r.lat is None or r.lon is None:
        return out
    cands = list(candidates)
    if any(c.country in others and distance_km(c.lat, c.lon, r.lat, r.lon) > FAR_KM for c in cands):
        out.append("FAR")
    if r.precision == "country" and any(
            c.precision != "country" and c.population >= TOWN and (c.country in others or c.country == r.country)
            for c in cands):
        out.append("CTRYTOWN")
    return out


def dump(ids: list[str], out: Path) -> None:
    pipe = build_pipeline(Options(disable=frozenset({"dates", "quantities", "claims", "events", "places"})))
    docs = []
    for i in ids:
        r = news_article(i)
        art = RawArticle(text=r["text"], source=i, id=i, title=r.get("title"), outlet=r.get("outlet"),
                         date=iso_date(r.get("date")))
        docs.append(pipe.run(pipe.make_doc(art)))
    out.write_bytes(pickle.dumps(docs))


def flag(docs: list[Any], out: Path) -> Counter[str]:
    """Run the places step on ``docs`` (each name's match caught as its record is made) and write
    the flagged records to ``out``; the counts of each flag combination."""
    made: list[tuple[Place, Any, PlaceEntry, Any]] = []
    ctxs: list[Any] = []
    add_record, accept_names = places_step.add_record, places_step._accept_names

    def caught_add(doc, gaz, toks, folded, records, m, p, d, nb, na, area_ident=None):  # type: ignore[no-untyped-def]
        n = len(records.records)
        add_record(doc, gaz, toks, folded, records, m, p, d, nb, na, area_ident)
        if len(records.records) > n:
            made.append((records.records[-1], m, p, d))

    def caught_accept(*a, **k):  # type: ignore[no-untyped-def]
        res = accept_names(*a, **k)
        ctxs.append(res[1])
        return res

    places_step.add_record, places_step._accept_names = caught_add, caught_accept
    counts: Counter[str] = Counter()
    try:
        with out.open("w", encoding="utf-8") as f:
            for doc in docs:
                made.clear()
                ctxs.clear()
                recs = [r for r in places_step.geocode(doc) if r.lat is not None]
                match_of = {id(r): (m, p, d) for r, m, p, d in made}
                ctx = ctxs[0].countries if ctxs else Counter()
                oc = outlet_country(doc.article.outlet)
                text = doc.article.text
                for r in recs:
                    if id(r) not in match_of or r.name_en is None or match_of[id(r)][2] is not None:
                        continue
                    m, p, _ = match_of[id(r)]
                    others = Counter(q.country for q in recs if q is not r and q.country)
                    if oc:
                        others[oc] += 1
                    fl = flags(r, m.candidates, others)
                    if not fl:
                        continue
                    counts[",".join(fl)] += 1
                    ctx_text = f"{text[max(0, r.start - 80):r.start]}[{text[r.start:r.end]}]{text[r.end:r.end + 50]}"
                    cands = "; ".join(
                        f"{c.name_en}|{c.country}|{c.precision}|{c.population}|{c.source}|"
                        f"{distance_km(c.lat, c.lon, r.lat, r.lon):.0f}km"  # type: ignore[arg-type]
                        for c in sorted(m.candidates, key=lambda c: -c.population)[:6])
                    row = [doc.article.id, ",".join(fl), r.text, f"{r.name_en}|{r.country}|{r.precision}|{p.population}",
                           ",".join(f"{k}:{v}" for k, v in others.most_common(5)),
                           ",".join(f"{k}:{v}" for k, v in ctx.most_common(5)), str(oc), m.cue or "",
                           ",".join(m.notes), str(m.entity is not None), cands, ctx_text]
                    f.write("\t".join(x.replace("\t", " ").replace("\n", " ") for x in row) + "\n")
    finally:
        places_step.add_record, places_step._accept_names = add_record, accept_names
    return counts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("ids", type=Path)
    d.add_argument("out", type=Path)
    f = sub.add_parser("flag")
    f.add_argument("docs", type=Path)
    f.add_argument("out", type=Path)
    args = ap.parse_args()
    if args.cmd == "dump":
        ids = [x.split()[0] for x in args.ids.read_text().splitlines() if x.strip() and not x.startswith("#")]
        dump(ids, args.out)
    else:
        counts = flag(pickle.loads(args.docs.read_bytes()), args.out)
        print(sum(counts.values()), "flagged:", counts.most_common(), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
