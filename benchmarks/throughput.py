#!/usr/bin/env python3
"""Throughput of ``khabar analyze`` on the news corpus (../shared/data/news).

Runs, in one process and on the same articles:

1. the baseline: read + normalise + tokenise (the ``normalize`` and ``segment`` steps only),
2. the full default pipeline (minus ``--disable`` steps),
3. optionally ``--compare STEP``: the pipeline with STEP switched off, for "at most 1.5x"
   style checks,

and prints articles/s, tokens/s, peak RSS, each step's share of the time, and every run's
time as a ratio of the baseline. Ratios, not seconds, are what to compare across machines.

    python benchmarks/throughput.py               # 2,000 articles
    python benchmarks/throughput.py --all         # all 39,289
    python benchmarks/throughput.py --compare claims --json
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import platform
import resource
import sys
import time
from datetime import UTC, datetime

from khabar import Options, RawArticle
from khabar.options import STEP_NAMES, data_dir
from khabar.pipeline import STEPS, build_pipeline
from khabar.readers.meta import iso_date

FILES = ("saudinewsnet", "ant", "wikinews")


def load(n: int | None) -> list[RawArticle]:
    """Round-robin over the three files so that every outlet is represented."""
    iters = []
    for name in FILES:
        fh = gzip.open(data_dir() / "news" / f"{name}.jsonl.gz", "rt", encoding="utf-8")
        iters.append(fh)
    out: list[RawArticle] = []
    for line in itertools.chain.from_iterable(itertools.zip_longest(*iters)):
        if line is None:
            continue
        r = json.loads(line)
        out.append(RawArticle(text=r["text"], source=r["id"], id=r["id"], title=r["title"],
                              outlet=r["outlet"], date=iso_date(r["date"]), url=r["url"] or None))
        if n is not None and len(out) >= n:
            break
    return out


def run(articles: list[RawArticle], options: Options) -> dict:
    pipe = build_pipeline(options)
    tokens = 0
    errors = 0
    t0 = time.perf_counter()
    for art in articles:
        try:
            doc = pipe.run(pipe.make_doc(art))
        except Exception:  # noqa: BLE001 - a benchmark counts failures, it does not stop
            errors += 1
            continue
        doc.to_record()
        tokens += len(doc.tokens)
    secs = time.perf_counter() - t0
    total = sum(pipe.timings.values()) or 1.0
    step_tps = {k: round(tokens / v) for k, v in pipe.timings.items() if v > 0}
    return {
        "steps": pipe.names,
        "seconds": round(secs, 3),
        "articles_per_s": round(len(articles) / secs, 1),
        "tokens_per_s": round(tokens / secs),
        "tokens": tokens,
        "errors": errors,
        "share": {k: round(v / total, 3) for k, v in pipe.timings.items()},
        "step_tokens_per_s": step_tps,
    }



def without(step: str, disabled: list[str]) -> frozenset[str]:
    """``disabled`` plus ``step`` and every step that needs what it provides (transitively):
    «--compare entities» also switches off places, claims and events, which read entities."""
    off = {*disabled, step}
    gone = {p for s in STEPS if s.name in off for p in s.provides}
    for s in STEPS:
        if any(r in gone for r in s.requires):
            off.add(s.name)
            gone.update(s.provides)
    return frozenset(off)

def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=2000, help="articles (default 2000)")
    ap.add_argument("--all", action="store_true", help="all 39,289 articles")
    ap.add_argument("--disable", action="append", default=[], choices=STEP_NAMES[2:])
    ap.add_argument("--compare", action="append", default=[], choices=STEP_NAMES[2:],
                    help="also run with this step switched off (repeatable)")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    ap.add_argument("--cold", action="store_true", help="skip the untimed warm-up pass")
    args = ap.parse_args()

    t = time.perf_counter()
    articles = load(None if args.all else args.n)
    read_s = time.perf_counter() - t
    baseline_opts = Options(disable=frozenset(STEP_NAMES[2:]))
    full_opts = Options(disable=frozenset(args.disable))
    build_pipeline(full_opts)  # load models before timing (reported separately)
    t = time.perf_counter()
    build_pipeline(full_opts).run(build_pipeline(full_opts).make_doc(articles[0]))
    warm_s = time.perf_counter() - t

    # Warm-up: one untimed pass fills the per-process caches (word features, lookups), so that
    # the first timed run is not penalised against the later ones.
    if not args.cold:
        run(articles, full_opts)
    runs = {"baseline": run(articles, baseline_opts), "full": run(articles, full_opts)}
    for step in args.compare:
        off = without(step, args.disable)
        runs[f"without_{step}"] = run(articles, Options(disable=off))
        runs[f"without_{step}"]["disabled"] = sorted(off)
    base = runs["baseline"]["seconds"] or 1e-9
    for r in runs.values():
        r["ratio_to_baseline"] = round(r["seconds"] / base, 2)
    for step in args.compare:
        runs["full"][f"ratio_to_without_{step}"] = round(runs["full"]["seconds"] / runs[f"without_{step}"]["seconds"], 2)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{platform.machine()}, {platform.processor() or 'cpu'}, Python {platform.python_version()}",
        "articles": len(articles),
        "read_seconds": round(read_s, 2),
        "first_article_seconds": round(warm_s, 2),
        "peak_rss_mb": round(peak_kb / 1024, 1),
        "runs": runs,
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"{result['date']} · {result['machine']} · {len(articles)} articles · peak RSS {result['peak_rss_mb']} MB")
    for name, r in runs.items():
        print(f"{name:>18}: {r['articles_per_s']:>8} articles/s {r['tokens_per_s']:>9} tokens/s "
              f"x{r['ratio_to_baseline']} baseline  errors {r['errors']}")
    print("step share (full):", ", ".join(f"{k} {v:.0%}" for k, v in runs["full"]["share"].items()))
    print("step tokens/s (full):", ", ".join(f"{k} {v:,}" for k, v in runs["full"]["step_tokens_per_s"].items()))
    for step in args.compare:
        print(f"full / without {step}: x{runs['full'][f'ratio_to_without_{step}']}"
              f" (switched off: {', '.join(runs[f'without_{step}']['disabled'])})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
