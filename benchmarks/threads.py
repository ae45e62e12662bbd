#!/usr/bin/env python3
"""The full pipeline over Python threads of one process, as Dask's threaded scheduler would
run it: the round-robin benchmark articles (``throughput.load``), first one article in the
main thread (as a driver that checks its set-up does), then every article over ``--threads``
threads twice: a cold pass (the caches meet every new word: the tagger's large products)
and a warm pass over the same articles. Beside them, in the same process, the baseline
(normalise + tokenise, one thread).

Prints one JSON line: each pass's wall and CPU seconds (CPU of every thread of the process:
OpenBLAS's own threads included) as ratios to the baseline's, and the BLAS thread counts
read in a worker thread at the end. Ratios, not seconds, are what to compare; for an A/B of
two source trees, alternate runs with each tree's ``src`` on ``PYTHONPATH``:

    for i in 1 2; do for t in /work/main /work/wt/x; do
        PYTHONPATH=$t/src python benchmarks/threads.py -n 300; done; done
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import load  # noqa: E402

from khabar import Options, RawArticle  # noqa: E402
from khabar.options import STEP_NAMES  # noqa: E402
from khabar.pipeline import build_pipeline  # noqa: E402


def _blas_threads() -> list[int]:
    try:
        from threadpoolctl import threadpool_info
    except ImportError:  # pragma: no cover
        return []
    return sorted({d["num_threads"] for d in threadpool_info() if d["user_api"] == "blas"})


def _timed(articles: list[RawArticle], options: Options, threads: int) -> dict[str, float]:
    pipe = build_pipeline(options)

    def one(art: RawArticle) -> int:
        doc = pipe.run(pipe.make_doc(art))
        doc.to_record()
        return len(doc.tokens)

    w, c = time.perf_counter(), time.process_time()
    if threads == 1:
        tokens = sum(map(one, articles))
    else:
        with ThreadPoolExecutor(threads) as ex:
            tokens = sum(ex.map(one, articles))
    return {"wall": time.perf_counter() - w, "cpu": time.process_time() - c, "tokens": tokens}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=300, help="articles (default 300)")
    ap.add_argument("--threads", type=int, default=2, help="Python threads (default 2)")
    ap.add_argument("--no-main-first", action="store_true",
                    help="do not analyse an article in the main thread first")
    args = ap.parse_args()
    articles = load(args.n)
    full = Options()
    pipe = build_pipeline(full)
    if not args.no_main_first:
        pipe.run(pipe.make_doc(articles[0]))
    base = _timed(articles, Options(disable=frozenset(STEP_NAMES[2:])), 1)
    cold = _timed(articles, full, args.threads)
    warm = _timed(articles, full, args.threads)
    with ThreadPoolExecutor(1) as ex:
        in_worker = ex.submit(_blas_threads).result()
    out = {"articles": len(articles), "threads": args.threads, "main_first": not args.no_main_first,
           "blas_threads_in_a_worker": in_worker}
    for name, r in (("cold", cold), ("warm", warm)):
        out[f"{name}_wall_x_baseline"] = round(r["wall"] / base["wall"], 2)
        out[f"{name}_cpu_x_baseline"] = round(r["cpu"] / base["cpu"], 2)
        out[f"{name}_cpu_over_wall"] = round(r["cpu"] / r["wall"], 2)
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
