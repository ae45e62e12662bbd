"""Run the (text, expected) pairs of audits J and K on the tree on PYTHONPATH (events-6d; prints a table).

pairs-jk.tsv has the columns of pairs-ant.tsv (owner, class, expected number of events on the
text alone and the type of the first when not «-», what the start tree cfde11d gave, the text).
ANT sentences are quoted (Apache-2.0); the SaudiNewsNet classes are told with sentences written
for the pair, never copied. Not a unit test: several rows fail on purpose at the start tree.
PYTHONPATH=/tmp/wt/src python tests/devgold/events-audit/check_pairs_jk.py [--now]
(--now prints the table's rows with the "now" column filled from this run.)
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from khabar import analyze

PAIRS = Path(__file__).parent / "pairs-jk.tsv"


def main() -> None:
    lines = PAIRS.read_text(encoding="utf-8").splitlines()
    passed: Counter[str] = Counter()
    total: Counter[str] = Counter()
    out = [ln for ln in lines if ln.startswith("#")] + [lines[[i for i, ln in enumerate(lines) if not ln.startswith("#")][0]]]
    for row in [ln.split("\t") for ln in lines if not ln.startswith("#")][1:]:
        owner, cls, expected, type_, _then, text = row
        events = analyze(text).events
        ok = len(events) == int(expected) and (type_ == "-" or (bool(events) and events[0].type == type_))
        total[owner] += 1
        passed[owner] += ok
        got = ", ".join(f"{e.type}/{e.subtype}" for e in events) or "-"
        out.append("\t".join([owner, cls, expected, type_, f"{len(events)} {got}", text]))
        if "--now" not in sys.argv:
            print(f"{'ok  ' if ok else 'FAIL'} {owner} {cls}: expected {expected} {type_}, got {len(events)} [{got}]")
    if "--now" in sys.argv:
        print("\n".join(out))
        return
    for owner in sorted(total):
        print(f"{owner}: {passed[owner]}/{total[owner]} pass")


if __name__ == "__main__":
    main()
