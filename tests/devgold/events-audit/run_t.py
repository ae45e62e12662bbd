"""Re-run khabar on draw T and print the events that differ from the start (events-18b, session 18).

The reading of ``run_pq`` and ``run_rs``: each article of draw-t.txt goes through ``khabar.analyze``
with its title, outlet and date, as ``khabar eval gold`` passes them; every predicted event is kept
stand-off in pred-t-start.jsonl (no SaudiNewsNet text). From the repository root:

  PYTHONPATH=$PWD/src:tests/devgold/events-audit python tests/devgold/events-audit/run_t.py
      prints one line per event added, removed or changed against pred-t-start.jsonl;
  ... run_t.py --write   rewrites pred-t-start.jsonl (done once, at 570c6e8).
"""

from __future__ import annotations

from pathlib import Path

import run_pq

DRAWS = ("draw-t.txt",)
START = Path(__file__).parent / "pred-t-start.jsonl"

if __name__ == "__main__":
    run_pq.main(DRAWS, START)
