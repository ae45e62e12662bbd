#!/usr/bin/env python
"""Which names of ``data/places/quarters.tsv`` are also index keys of another country, and
where khabar puts them in the articles of the news corpus (helper "places-18f", session 18).

For each such name: the articles that hold the name (with its proclitics) and the quarter's
city word («تونس»، «عدن»), run through khabar, counted by the countries of the records whose
text holds the name (``NONE``: no record); one article id is printed for each line, to read.
``--name WORD`` does the same for any name (e.g. «العزيزية», which has no row), every article
holding it, and prints each record put outside ``--home`` (default SA) with its context.
Prints ids and counts only with ``--name`` unset; SaudiNewsNet text is not redistributable.

Example:
    PYTHONPATH=$PWD/src KHABAR_DATA=/work/shared/data python scripts/quarter_namesakes.py
    PYTHONPATH=$PWD/src KHABAR_DATA=/work/shared/data python scripts/quarter_namesakes.py \\
        --name العزيزية
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
from collections import Counter
from pathlib import Path

from khabar import RawArticle, analyze
from khabar.normalize import fold
from khabar.places.index import gazetteer
from khabar.places.quarters import quarters

#: the Arabic word of each city of the table, looked for in the article
CITY_WORD = {"Tunis": "تونس", "Aden": "عدن", "Sanaa": "صنعاء", "Taiz": "تعز", "Sousse": "سوسة",
             "Mukalla": "المكلا", "Benghazi": "بنغازي", "Tripoli": "طرابلس"}
SOURCES = ("saudinewsnet", "ant", "wikinews")


def _articles():
    news = Path(os.environ.get("KHABAR_DATA", "data")) / "news"
    for s in SOURCES:
        with gzip.open(news / f"{s}.jsonl.gz", "rt") as fh:
            for line in fh:
                yield json.loads(line)


def _has(key: str, text: str) -> bool:
    return re.search(r"(?<!\w)[وفبل]{0,2}" + re.escape(key) + r"(?!\w)", text) is not None


def _run(r: dict):
    return analyze(RawArticle(text=r["text"], source=r["id"], id=r["id"], title=r.get("title"),
                              outlet=r.get("outlet"), date=r.get("date")))


def table() -> None:
    g = gazetteer()
    shared = {}
    for key, q in quarters().items():
        foreign = [e for e in g.get(key) if e.country != q.country]
        if foreign:
            shared[key] = q
            print(key, q.city, q.country, "| abroad:",
                  sorted({(e.country, e.precision, e.population) for e in foreign}))
    print(len(quarters()), "rows;", len(shared), "are index keys of another country")
    res: Counter[tuple[str, str]] = Counter()
    ex: dict[tuple[str, str], str] = {}
    for r in _articles():
        t = fold(r["text"])
        hits = [k for k, q in shared.items() if fold(CITY_WORD.get(q.city, q.city)) in t and _has(k, t)]
        if not hits:
            continue
        d = _run(r)
        for k in hits:
            ccs = ",".join(sorted({str(p.country) for p in d.places if k in fold(p.text)})) or "NONE"
            res[(k, ccs)] += 1
            ex.setdefault((k, ccs), r["id"])
    for (k, ccs), n in res.most_common():
        print(n, k, ccs, ex[(k, ccs)])


def one(name: str, home: str) -> None:
    key = fold(name)
    print(key, sorted({(e.country, e.precision, e.population) for e in gazetteer().get(key)}))
    res: Counter[str] = Counter()
    for r in _articles():
        if name not in r["text"]:
            continue
        d = _run(r)
        ps = [p for p in d.places if key in fold(p.text)]
        res[",".join(sorted({str(p.country) for p in ps})) or "NONE"] += 1
        for p in ps:
            if p.country != home:
                print(r["id"], p.country, p.name_en, "|",
                      r["text"][max(0, p.start - 60):p.end + 30].replace("\n", " "))
                break
    print(sum(res.values()), "articles;", dict(res.most_common()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--name")
    ap.add_argument("--home", default="SA")
    a = ap.parse_args()
    if a.name:
        one(a.name, a.home)
    else:
        table()


if __name__ == "__main__":
    main()
