"""Size of the weak-arrest class on unlabelled ANT news (events-5d; prints one line).

ANT articles of 110-340 words outside every gold, devgold and audit file and outside draws
E-G, with a phrase «إيقاف/أوقف» + a person object (a number, شخص، عنصر، شاب، المتهم...): seed
58, at most 150 articles. Counts the phrases and those inside an arrests event (its trigger or
a mention). Not every phrase is an arrest (tallies, cars stopped, plans): read a sample.
PYTHONPATH=<tree>/src python tests/devgold/events-audit/scan_arrests_ant.py
"""
import gzip
import json
import random
import re
import sys
from pathlib import Path

from khabar import analyze
from khabar.document import RawArticle
from khabar.options import data_dir
from khabar.readers.meta import iso_date

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import pick_audit_ant as p  # noqa: E402

taken = p.taken_ids()
for name in ("draw-e.txt", "draw-f.txt", "draw-g.txt"):
    taken |= set(p.ID.findall((HERE / name).read_text(encoding="utf-8")))
PAT = re.compile(r"(?:[إا]يقاف|[أا]وقف(?:ت|وا)?|وأوقف(?:ت)?|و[إا]يقاف|ب[إا]يقاف|من [إا]يقاف)\s+(?:\S+\s+){0,1}(?:\d+|شخص|أشخاص|اشخاص|عنصر|عناصر|شاب|شابا|شبان|امرأة|المتهم|مشتبه|المشتبه|نفر|مهرب|شخصين|الجاني|القاتل|المهاجم|إرهابي|ارهابي)")
rows = []
with gzip.open(data_dir() / "news" / "ant.jsonl.gz", "rt") as f:
    for line in f:
        r = json.loads(line)
        if r["id"] not in taken and 110 <= len(r["text"].split()) <= 340 and PAT.search(r["text"]):
            rows.append(r)
random.Random(58).shuffle(rows)
rows = rows[:150]
hits = found = 0
for r in rows:
    rec = analyze(RawArticle(text=r["text"], source=r["id"], id=r["id"], title=r["title"], outlet=r["outlet"], date=iso_date(r["date"])))
    spans = [(s.start, s.end) for e in rec.events if e.subtype == "arrests" for s in (e.trigger, *e.mentions)]
    for m in PAT.finditer(r["text"]):
        hits += 1
        ok = any(a < m.end() and m.start() < b for a, b in spans)
        found += ok
print(f"{len(rows)} articles, {hits} «إيقاف/أوقف» + person phrases, {found} inside an arrests event ({found/hits:.2f})")
