"""Re-run khabar on draw U and print the events that differ from the start (events-21a, session 21).

The reading of ``run_pq`` and ``run_t``: each article of draw-u.txt goes through ``khabar.analyze``
with its title, outlet and date, as ``khabar eval gold`` passes them; every predicted event is kept
stand-off in pred-u-start.jsonl (no SaudiNewsNet text). From the repository root:

  PYTHONPATH=$PWD/src:tests/devgold/events-audit python tests/devgold/events-audit/run_u.py
      prints one line per event added, removed or changed against pred-u-start.jsonl;
  ... run_u.py --write   rewrites pred-u-start.jsonl (done once, at bfb9291).
"""

from __future__ import annotations

from pathlib import Path

import run_pq

DRAWS = ("draw-u.txt",)
START = Path(__file__).parent / "pred-u-start.jsonl"

if __name__ == "__main__":
    run_pq.main(DRAWS, START)
