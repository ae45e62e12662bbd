"""Re-run khabar on draws R and S and print the events that differ from the start (audit-10a, session 10).

The reading of ``run_pq`` (audit-9a): each article of draw-r.txt and draw-s.txt goes through
``khabar.analyze`` with its title, outlet and date, as ``khabar eval gold`` passes them; every
predicted event is kept stand-off (article id, trigger offsets, an 8-hex-digit SHA-1 prefix of
the trigger text, type, subtype, the merged mentions' offsets and hashes; no SaudiNewsNet text).
From the repository root, with the tree to check on PYTHONPATH:

  PYTHONPATH=$PWD/src:tests/devgold/events-audit python tests/devgold/events-audit/run_rs.py
      prints one line per event added, removed or changed against pred-rs-start.jsonl (nothing
      when the predictions are the same), then a count line on stderr;
  ... run_rs.py --write   rewrites pred-rs-start.jsonl (done once, at the session's start tree).

An event is matched by (article, trigger start, trigger end); "changed" means the same trigger
with another type, subtype or set of mentions. Uses only the shared data (never shipped).
"""

from __future__ import annotations

from pathlib import Path

import run_pq

DRAWS = ("draw-r.txt", "draw-s.txt")
START = Path(__file__).parent / "pred-rs-start.jsonl"

if __name__ == "__main__":
    run_pq.main(DRAWS, START)
