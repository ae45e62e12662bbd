#!/usr/bin/env python3
"""Ingest and search benchmark of the archive (not a test; results in benchmarks/RESULTS.md).

1. Writes N articles of ../shared/data/news (round-robin over the three files, so every
   outlet is represented; all 39,289 with ``--all``) to a temporary JSON Lines file.
2. Runs ``khabar ingest FILE --db NEW.db --workers 2`` in a subprocess with the full default
   pipeline, and reports articles/s (wall clock, start-up included), the peak RSS of the
   largest process (ingest or a worker; ``getrusage(RUSAGE_CHILDREN)``) and the database size.
3. Times ``khabar.store.queries.search`` (ranked results, total count and snippets, limit 10)
   for every query of benchmarks/search_queries.txt, ``--repeat`` times after one warm-up
   pass, and reports p50/p95/max in milliseconds.

    python benchmarks/ingest.py              # 3,000 articles
    python benchmarks/ingest.py --all --json
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from khabar.options import data_dir
from khabar.store import open_archive, queries

FILES = ("saudinewsnet", "ant", "wikinews")
HERE = Path(__file__).parent


def write_sample(dest: Path, n: int | None) -> int:
    """Round-robin over the corpus files; returns the number of articles written."""
    handles = [gzip.open(data_dir() / "news" / f"{name}.jsonl.gz", "rt", encoding="utf-8") for name in FILES]
    count = 0
    with dest.open("w", encoding="utf-8") as out:
        for line in itertools.chain.from_iterable(itertools.zip_longest(*handles)):
            if line is None:
                continue
            out.write(line if line.endswith("\n") else line + "\n")
            count += 1
            if n is not None and count >= n:
                break
    for h in handles:
        h.close()
    return count


def percentile(values: list[float], p: float) -> float:
    s = sorted(values)
    k = (len(s) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=3000, help="articles to ingest (default 3000)")
    ap.add_argument("--all", action="store_true", help="all 39,289 articles")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=200)
    ap.add_argument("--db", help="archive to create (default: a temporary file)")
    ap.add_argument("--queries", default=str(HERE / "search_queries.txt"))
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="khabar-bench-"))
    src = tmp / "sample.jsonl"
    n = write_sample(src, None if args.all else args.n)
    db_path = Path(args.db) if args.db else tmp / "archive.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)

    summary, wall, peak_kb = run_ingest(src, db_path, args.workers, args.batch_size)
    stats, qs, hits, times = time_searches(db_path, Path(args.queries), args.repeat)
    size = sum(os.path.getsize(str(db_path) + s) for s in ("", "-wal") if os.path.exists(str(db_path) + s))
    shutil.rmtree(tmp)  # the sample, and the archive unless --db put it elsewhere

    out = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{platform.node()} {platform.machine()} {os.cpu_count()} CPUs, Python {platform.python_version()}",
        "articles": n,
        "workers": args.workers,
        "ingest": summary,
        "wall_s": round(wall, 1),
        "articles_per_s": round(n / wall, 1),
        "peak_rss_mb": round(peak_kb / 1024, 1),
        "db_mb": round(size / 1e6, 1),
        "db_mb_per_1000_articles": round(size / 1e6 / n * 1000, 2),
        "stats": stats,
        "search": {
            "queries": len(qs), "runs": len(times),
            "p50_ms": round(percentile(times, 0.5), 2), "p95_ms": round(percentile(times, 0.95), 2),
            "max_ms": round(max(times), 2),
            "zero_hit_queries": [q for q, h in hits.items() if h == 0],
        },
    }
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return
    print_text(out, wall, args.repeat)


def run_ingest(src: Path, db_path: Path, workers: int, batch_size: int) -> tuple[dict, float, int]:
    """Step 2: ``khabar ingest`` in a subprocess; its JSON summary, the wall clock (s) and
    the peak RSS (kB) of the largest child process."""
    cmd = [sys.executable, "-m", "khabar", "ingest", str(src), "--db", str(db_path),
           "--workers", str(workers), "--batch-size", str(batch_size), "--format", "json"]
    t0 = time.perf_counter()
    res = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if res.returncode != 0:
        sys.exit(f"ingest failed ({res.returncode}): {res.stderr[-2000:]}")
    summary = json.loads(res.stdout)
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return summary, wall, peak_kb


def time_searches(db_path: Path, queries_file: Path,
                  repeat: int) -> tuple[dict, list[str], dict[str, int], list[float]]:
    """Step 3: the archive's stats, the queries, each query's hit count (the warm-up pass)
    and the time of every timed search (ms)."""
    with open_archive(str(db_path)) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        stats = queries.stats(db)
        qs = [q.strip() for q in queries_file.read_text(encoding="utf-8").splitlines()
              if q.strip() and not q.startswith("#")]
        hits = {q: queries.search(db, q)["total"] for q in qs}  # warm-up pass
        times: list[float] = []
        for _ in range(repeat):
            for q in qs:
                t = time.perf_counter()
                queries.search(db, q)
                times.append((time.perf_counter() - t) * 1000)
    return stats, qs, hits, times


def print_text(out: dict, wall: float, repeat: int) -> None:
    """The results of :func:`main` as four lines of text."""
    print(f"{out['date']}  {out['machine']}")
    print(f"ingest: {out['articles']:,} articles in {wall:.1f} s = {out['articles_per_s']} articles/s "
          f"(workers {out['workers']}); peak RSS {out['peak_rss_mb']} MB; "
          f"database {out['db_mb']} MB ({out['db_mb_per_1000_articles']} MB / 1000 articles)")
    print(f"archive: {out['stats']}")
    s = out["search"]
    print(f"search: {s['queries']} queries x {repeat}: p50 {s['p50_ms']} ms, "
          f"p95 {s['p95_ms']} ms, max {s['max_ms']} ms; no hits: {s['zero_hit_queries']}")


if __name__ == "__main__":
    main()
