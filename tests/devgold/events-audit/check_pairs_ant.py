"""Run the (text, expected) pairs of audits E-G on the tree on PYTHONPATH (events-5d; prints a table).

Each row of pairs-ant.tsv: the owner, the class, the expected number of events on the text
alone (and the type of the first event when not «-»), what the trees of the audit gave, the
text. A row passes when the count and the type match. Not a unit test: the rows are targets
for the owners, several fail on purpose at the audit's trees.
PYTHONPATH=/tmp/wt/src python tests/devgold/events-audit/check_pairs_ant.py
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from khabar import analyze


def main() -> None:
    rows = [line.split("\t") for line in (Path(__file__).parent / "pairs-ant.tsv").read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")][1:]
    passed: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for owner, cls, expected, type_, then, text in rows:
        events = analyze(text).events
        ok = len(events) == int(expected) and (type_ == "-" or (bool(events) and events[0].type == type_))
        total[owner] += 1
        passed[owner] += ok
        got = ", ".join(f"{e.type}/{e.subtype}" for e in events) or "-"
        print(f"{'ok  ' if ok else 'FAIL'} {owner} {cls}: expected {expected} (then {then}), got {len(events)} [{got}]")
    for owner in sorted(total):
        print(f"{owner}: {passed[owner]}/{total[owner]} pass")


if __name__ == "__main__":
    main()
