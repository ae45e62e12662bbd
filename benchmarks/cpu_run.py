#!/usr/bin/env python3
"""CPU time of the full default pipeline in one long-lived process, as an ingest worker
runs it: the round-robin benchmark articles (``throughput.load``), a warm-up on the first
``--warm`` of them, then the full pipeline over the rest, then the baseline (normalise +
tokenise) over the same articles. Prints one JSON line: the CPU seconds of both, their
ratio and articles per CPU-second.

Unlike ``throughput.py`` (which times a second pass over the articles it warmed up on),
the caches here keep meeting new words, and the garbage collector's full collections
walk whatever the caches hold, as in a long ingest. For an A/B of two source trees,
alternate runs with each tree's ``src`` on ``PYTHONPATH`` and compare the ratios:

    for i in 1 2 3; do for t in /tmp/wt-before /tmp/wt-after; do
        PYTHONPATH=$t/src python benchmarks/cpu_run.py -n 2600; done; done
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import load  # noqa: E402

import khabar  # noqa: E402
from khabar import Options  # noqa: E402
from khabar.options import STEP_NAMES  # noqa: E402
from khabar.pipeline import build_pipeline  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=2600, help="articles in all (default 2600)")
    ap.add_argument("--warm", type=int, default=100, help="warm-up articles, not timed (default 100)")
    args = ap.parse_args()
    arts = load(args.n)
    pipe = build_pipeline(Options())
    for a in arts[:args.warm]:
        pipe.run(pipe.make_doc(a))
    timed = arts[args.warm:]
    c = time.process_time()
    for a in timed:
        pipe.run(pipe.make_doc(a)).to_record()
    full = time.process_time() - c
    base_pipe = build_pipeline(Options(disable=frozenset(STEP_NAMES[2:])))
    c = time.process_time()
    for a in timed:
        base_pipe.run(base_pipe.make_doc(a)).to_record()
    base = time.process_time() - c
    print(json.dumps({"khabar": str(Path(khabar.__file__).parent), "articles": len(timed),
                      "full_cpu_s": round(full, 2), "baseline_cpu_s": round(base, 2),
                      "ratio_to_baseline": round(full / base, 2),
                      "articles_per_cpu_s": round(len(timed) / full, 1)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
