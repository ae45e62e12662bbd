#!/usr/bin/env python3
"""A/B throughput of two source trees of khabar (e.g. a worktree of the commit before a
speed change and one of the commit after it), on this machine, in alternating runs.

Each run is ``benchmarks/throughput.py -n N --json`` in a fresh process with the tree's
``src`` first on ``PYTHONPATH``; the harness times the baseline (normalise + tokenise)
and the full pipeline in the same process, so each run's ``ratio_to_baseline`` cancels
most of the machine's load. The runs alternate A, B, A, B... and the report gives each
tree's median ratio and the median B/A quotient of the runs paired in order: on a
shared machine, compare these, not seconds.

    git worktree add /tmp/wt-before HEAD~3 && git worktree add /tmp/wt-after HEAD
    python benchmarks/ab.py /tmp/wt-before/src /tmp/wt-after/src -n 300 --runs 4
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

HARNESS = Path(__file__).resolve().parent / "throughput.py"


def one_run(src: str, n: int) -> dict:
    env = {**os.environ, "PYTHONPATH": src}
    out = subprocess.run([sys.executable, str(HARNESS), "-n", str(n), "--json"], env=env,
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("a", help="source folder of tree A (the one holding the khabar package)")
    ap.add_argument("b", help="source folder of tree B")
    ap.add_argument("-n", type=int, default=300, help="articles per run (default 300)")
    ap.add_argument("--runs", type=int, default=3, help="runs per tree (default 3)")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    args = ap.parse_args()
    runs: dict[str, list[dict]] = {"a": [], "b": []}
    for _ in range(args.runs):
        for key, src in (("a", args.a), ("b", args.b)):
            r = one_run(src, args.n)
            full = r["runs"]["full"]
            runs[key].append({"ratio": full["ratio_to_baseline"], "articles_per_s": full["articles_per_s"],
                              "step_tokens_per_s": full["step_tokens_per_s"]})
            print(f"{key}: x{full['ratio_to_baseline']} baseline, {full['articles_per_s']} articles/s",
                  file=sys.stderr, flush=True)
    quotients = [b["ratio"] / a["ratio"] for a, b in zip(runs["a"], runs["b"], strict=True)]
    steps = sorted(runs["a"][0]["step_tokens_per_s"])
    result = {
        "a": args.a, "b": args.b, "articles": args.n, "runs": runs,
        "median_ratio_a": statistics.median(r["ratio"] for r in runs["a"]),
        "median_ratio_b": statistics.median(r["ratio"] for r in runs["b"]),
        "median_b_over_a": round(statistics.median(quotients), 3),
        "step_tokens_per_s_median": {
            k: {s: statistics.median(r["step_tokens_per_s"].get(s, 0) for r in runs[k]) for s in steps}
            for k in ("a", "b")},
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"full pipeline / baseline, median of {args.runs}: A x{result['median_ratio_a']}, "
          f"B x{result['median_ratio_b']}; B/A paired median {result['median_b_over_a']} "
          f"(< 1: B is faster)")
    for s in steps:
        a, b = result["step_tokens_per_s_median"]["a"][s], result["step_tokens_per_s_median"]["b"][s]
        print(f"  {s:>10}: A {a:>10,.0f}  B {b:>10,.0f} tokens/s  (B/A speed {b / a if a else 0:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
