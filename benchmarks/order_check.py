#!/usr/bin/env python3
"""Check that analysing an article does not depend on which articles came before it.

khabar's per-article function must be pure (``docs/architecture``-level promise in
``khabar.pipeline``): a loop, a process pool, threads or Dask must give the same record for
each article. This script analyses the same articles in several fresh processes and compares
the records article by article:

- ``forward``: in the order given;
- ``reverse``: in the reverse order;
- ``shuffled``: in an order shuffled with ``--seed``;
- ``threads``: the forward order over ``--threads`` threads of one process.

Each pass runs in a fresh ``python`` process (so no cache is warm from an earlier pass) and
writes one JSON line per article (the record with every layer, keyed by article id); the
lines are then compared by id. It prints the number of articles that differ per pass and the
first differing ids, and exits 1 when any differ.

Articles: ``--ids FILE`` (one id a line, ``#`` comments; SaudiNewsNet, ANT or Wikinews ids
from ``../shared/data/news``) or a seeded pick like ``benchmarks/same_output.py``
(``--sn``/``--ant``/``--seed``).

    python benchmarks/order_check.py --ids /tmp/ids.txt --work /tmp/order
    python benchmarks/order_check.py --sn 150 --ant 50 --seed 18 --work /tmp/order
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from khabar import RawArticle, analyze
from khabar.options import data_dir
from khabar.readers.meta import iso_date

PASSES = ("forward", "reverse", "shuffled", "threads")


def _article(r: dict) -> RawArticle:
    return RawArticle(text=r["text"], source=r["id"], id=r["id"], title=r.get("title"),
                      outlet=r.get("outlet"), date=iso_date(r.get("date")), url=r.get("url") or None)


def by_ids(ids: list[str]) -> list[RawArticle]:
    """The articles of ``ids``, in that order, from every news file."""
    want = set(ids)
    got: dict[str, RawArticle] = {}
    for path in sorted((data_dir() / "news").glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                if r.get("id") in want:
                    got[r["id"]] = _article(r)
    missing = [i for i in ids if i not in got]
    if missing:
        raise SystemExit(f"{len(missing)} id(s) not found in {data_dir() / 'news'}: {', '.join(missing[:5])}")
    return [got[i] for i in ids]


def by_seed(name: str, k: int, seed: int) -> list[RawArticle]:
    """``k`` articles of ``news/<name>.jsonl.gz`` drawn with ``seed`` (as ``same_output.py``)."""
    with gzip.open(data_dir() / "news" / f"{name}.jsonl.gz", "rt", encoding="utf-8") as fh:
        lines = fh.readlines()
    chosen = sorted(random.Random(seed).sample(range(len(lines)), min(k, len(lines))))
    return [_article(json.loads(lines[i])) for i in chosen]


def _record(a: RawArticle) -> str:
    return analyze(a).model_dump_json()


def run_pass(mode: str, articles: list[RawArticle], seed: int, threads: int) -> dict[str, str]:
    """The records of ``articles`` analysed in ``mode``'s order, by article id."""
    order = list(articles)
    if mode == "reverse":
        order.reverse()
    elif mode == "shuffled":
        random.Random(seed).shuffle(order)
    if mode == "threads":
        with ThreadPoolExecutor(max_workers=threads) as pool:
            records = list(pool.map(_record, order))
    else:
        records = [_record(a) for a in order]
    return {a.identity(): r for a, r in zip(order, records, strict=True)}


def _load(args: argparse.Namespace) -> list[RawArticle]:
    if args.ids:
        ids = [ln.split()[0] for ln in args.ids.read_text(encoding="utf-8").splitlines()
               if ln.strip() and not ln.startswith("#")]
        return by_ids(ids)
    return by_seed("saudinewsnet", args.sn, args.seed) + by_seed("ant", args.ant, args.seed)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ids", type=Path, help="article ids, one a line")
    ap.add_argument("--sn", type=int, default=150, help="SaudiNewsNet articles without --ids (default 150)")
    ap.add_argument("--ant", type=int, default=50, help="ANT articles without --ids (default 50)")
    ap.add_argument("--seed", type=int, default=5, help="seed of the pick and the shuffle (default 5)")
    ap.add_argument("--threads", type=int, default=2, help="threads of the threads pass (default 2)")
    ap.add_argument("--passes", default=",".join(PASSES), help=f"comma-separated, of {', '.join(PASSES)}")
    ap.add_argument("--work", type=Path, required=True, help="folder for each pass's records")
    ap.add_argument("--one", choices=PASSES, help=argparse.SUPPRESS)  # run one pass (the child)
    args = ap.parse_args()
    articles = _load(args)
    if args.one:
        records = run_pass(args.one, articles, args.seed, args.threads)
        with (args.work / f"{args.one}.jsonl").open("w", encoding="utf-8") as out:
            for a in articles:  # written in the input order, whatever order they ran in
                out.write(json.dumps({"id": a.identity(), "record": records[a.identity()]},
                                     ensure_ascii=False) + "\n")
        return 0
    passes = [p for p in args.passes.split(",") if p]
    args.work.mkdir(parents=True, exist_ok=True)
    argv = [a for a in sys.argv[1:]]
    for p in passes:
        subprocess.run([sys.executable, __file__, *argv, "--one", p], check=True)
    results = {}
    for p in passes:
        with (args.work / f"{p}.jsonl").open(encoding="utf-8") as fh:
            results[p] = {d["id"]: d["record"] for d in map(json.loads, fh)}
    first = results[passes[0]]
    bad = 0
    for p in passes[1:]:
        diff = [i for i in first if results[p].get(i) != first[i]]
        bad += len(diff)
        print(f"{p} vs {passes[0]}: {len(diff)} of {len(first)} articles differ"
              + (f" ({', '.join(diff[:5])})" if diff else ""))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
