#!/usr/bin/env python3
"""CPU time of two source trees of khabar in lockstep, for A/B checks on a shared machine.

``cpu_run.py`` runs each tree for a minute or more, one after the other: on a machine
whose load swings from 2 to 7 in that time, two runs of the same tree differ by 10% and
more. Here two worker processes (one per tree, each with its ``src`` first on
``PYTHONPATH``) load the same round-robin benchmark articles (``throughput.load``), warm up
on the first ``--warm``, then take turns on batches of ``--batch`` articles (A, B, B, A,
A, B...): each batch is timed in both trees within a few seconds, under the same load.
The report gives each tree's CPU seconds in all and the median of the per-batch B/A
quotients (< 1: B is faster).

    git worktree add /tmp/wt-before HEAD~3
    python benchmarks/lockstep.py /tmp/wt-before/src src -n 2600
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def worker(n: int, warm: int, batch: int) -> None:
    """Child: load and warm, then on each line ``i`` of stdin run batch i and print its
    CPU seconds."""
    sys.path.insert(0, str(HERE))
    from throughput import load

    from khabar import Options
    from khabar.pipeline import build_pipeline

    arts = load(n)
    pipe = build_pipeline(Options())
    for a in arts[:warm]:
        pipe.run(pipe.make_doc(a))
    timed = arts[warm:]
    print("ready", flush=True)
    for line in sys.stdin:
        i = int(line)
        c = time.process_time()
        for a in timed[i * batch:(i + 1) * batch]:
            pipe.run(pipe.make_doc(a)).to_record()
        print(time.process_time() - c, flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("a", nargs="?", help="source folder of tree A")
    ap.add_argument("b", nargs="?", help="source folder of tree B")
    ap.add_argument("-n", type=int, default=2600, help="articles in all (default 2600)")
    ap.add_argument("--warm", type=int, default=100, help="warm-up articles, not timed (default 100)")
    ap.add_argument("--batch", type=int, default=100, help="articles per turn (default 100)")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        worker(args.n, args.warm, args.batch)
        return 0
    if not (args.a and args.b):
        ap.error("give the source folders of both trees")
    procs = {}
    for key, src in (("a", args.a), ("b", args.b)):
        env = {**os.environ, "PYTHONPATH": str(Path(src).resolve())}
        procs[key] = subprocess.Popen(
            [sys.executable, __file__, "--worker", "-n", str(args.n), "--warm", str(args.warm),
             "--batch", str(args.batch)], env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    for p in procs.values():
        assert p.stdout is not None and p.stdout.readline().strip() == "ready"
    secs: dict[str, list[float]] = {"a": [], "b": []}
    n_batches = (args.n - args.warm) // args.batch
    for i in range(n_batches):
        # alternate which tree goes first, so neither always meets the other's leftovers
        for key in ("a", "b") if i % 2 == 0 else ("b", "a"):
            p = procs[key]
            assert p.stdin is not None and p.stdout is not None
            p.stdin.write(f"{i}\n")
            p.stdin.flush()
            secs[key].append(float(p.stdout.readline()))
    for p in procs.values():
        assert p.stdin is not None
        p.stdin.close()
        p.wait()
    quotients = [b / a for a, b in zip(secs["a"], secs["b"], strict=True)]
    print(json.dumps({
        "a": args.a, "b": args.b, "articles": n_batches * args.batch, "batches": n_batches,
        "cpu_s_a": round(sum(secs["a"]), 2), "cpu_s_b": round(sum(secs["b"]), 2),
        "b_over_a_total": round(sum(secs["b"]) / sum(secs["a"]), 3),
        "b_over_a_median_batch": round(statistics.median(quotients), 3),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
