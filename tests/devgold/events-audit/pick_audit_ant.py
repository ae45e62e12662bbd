"""How draw E of the events precision audit was drawn (events-5d, session 5; prints article ids).

ANT (Jawhara FM, Tunisia; Apache-2.0) articles, 110-340 words (the gold pool's length rule),
none whose id occurs anywhere in tests/, docs/ or scripts/ (tests/gold/manifest.json, every
tests/devgold*/ folder's annotations, READMEs and pick notes, this folder's other draws).
Draw E: seed 55, 30 articles with >= 4 hits of the Tunisian security/protest regex below and
10 with none. Draw F: seed 56, the same filter, disjoint from E; draw G: seed 57, disjoint from E and F;
draw H: seed 59, disjoint from E, F, G and the articles scan_arrests_ant.py selected
(scan-arrests-ids.txt) (more samples for the class counts). The ids as printed at each pick are kept in draw-e.txt, draw-f.txt (the pick shifts
when other folders add ids). Uses only the shared data (never shipped):
python tests/devgold/events-audit/pick_audit_ant.py
"""

from __future__ import annotations

import gzip
import json
import random
import re
from collections.abc import Callable
from pathlib import Path

from khabar.options import data_dir

# Tunisian security and protest words (stems written by hand for this pick from the
# vocabulary of Jawhara FM's local news: the National Guard's arrests, seizures and raids,
# terrorist cells, sit-ins and strikes; not used by khabar). Hamza forms written both ways.
CONFLICT = re.compile(
    r"[إا]رهاب|مسلح|اشتباك|[إا]يقاف|القبض|حجز|احتجاج|وقفة|قتل|مقتل|انفجار|مداهم|تفكيك"
    r"|خلية|اعتصام|[إا]ضراب|غلق الطريق|هجوم|اعتداء|طعن|سرقة|تهريب|الحرس الوطني|عنف|[إا]طلاق نار"
)
ID = re.compile(r"ant-\d{6}")
SCANNED = ("tests", "docs", "scripts")
SEED = 55


# This script's own files: the draws it made and their verdicts (a re-run prints the same pick).
OWN = ("draw-[efgh].txt", "audit-[efgh]*.tsv", "missed-[efgh].tsv", "scan-arrests-ids.txt")


def mentioned_ids(skip: Callable[[Path], bool]) -> set[str]:
    """Every ANT id named in a file name or text under tests/, docs/ or scripts/, except in
    the files ``skip`` says to leave out."""
    ids: set[str] = set()
    for root in SCANNED:
        for p in Path(root).rglob("*"):
            if not p.is_file() or skip(p.resolve()):
                continue
            ids.update(ID.findall(p.name))
            if p.suffix in {".json", ".jsonl", ".md", ".py", ".tsv", ".txt", ".csv"}:
                ids.update(ID.findall(p.read_text(encoding="utf-8", errors="ignore")))
    return ids


def taken_ids(script: str = __file__, own: tuple[str, ...] = OWN) -> set[str]:
    """Every ANT id the repository mentions, except in ``script`` and in this folder's files
    matching ``own`` (the files of the draws that script made)."""
    here = Path(__file__).parent
    skipped = {Path(script).resolve()} | {p.resolve() for pat in own for p in here.glob(pat)}
    return mentioned_ids(lambda p: p in skipped)


def candidates(taken: set[str]) -> tuple[list[str], list[str]]:
    """The ANT articles of 110-340 words not in ``taken``, in file order: those with >= 4 hits
    of ``CONFLICT`` and those with none."""
    conflict: list[str] = []
    plain: list[str] = []
    with gzip.open(data_dir() / "news" / "ant.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["id"] in taken or not 110 <= len(r["text"].split()) <= 340:
                continue
            hits = len(CONFLICT.findall(r["text"]))
            if hits >= 4:
                conflict.append(r["id"])
            elif hits == 0:
                plain.append(r["id"])
    return conflict, plain


def main() -> None:
    taken = taken_ids()
    conflict, plain = candidates(taken)
    rng = random.Random(SEED)
    e = sorted(rng.sample(conflict, 30) + rng.sample(plain, 10))
    print(f"E: ({len(taken)} ids taken, {len(conflict)} conflict and {len(plain)} plain candidates)")
    print("\n".join(e))
    # Draw F (events-5d): the same filter, disjoint from E as printed now and as recorded in
    # draw-e.txt (drawn at 1d7ebde + f973b29's tree; other folders' new ids shift the pick).
    recorded = Path(__file__).parent / "draw-e.txt"
    not_e = set(e) | (set(ID.findall(recorded.read_text(encoding="utf-8"))) if recorded.exists() else set())
    rng = random.Random(SEED + 1)
    f_ = sorted(rng.sample([x for x in conflict if x not in not_e], 30) + rng.sample([x for x in plain if x not in not_e], 10))
    print("F:")
    print("\n".join(f_))
    # Draw G (events-5d): the same filter, disjoint from E and F (as printed and as recorded).
    recorded_f = Path(__file__).parent / "draw-f.txt"
    not_ef = not_e | set(f_) | (set(ID.findall(recorded_f.read_text(encoding="utf-8"))) if recorded_f.exists() else set())
    rng = random.Random(SEED + 2)
    g = sorted(rng.sample([x for x in conflict if x not in not_ef], 30) + rng.sample([x for x in plain if x not in not_ef], 10))
    print("G:")
    print("\n".join(g))
    # Draw H (events-5d): disjoint from E, F, G (as printed and recorded) and the scanned articles.
    not_efg = set(not_ef) | set(g)
    for name in ("draw-g.txt", "scan-arrests-ids.txt"):
        path = Path(__file__).parent / name
        if path.exists():
            not_efg |= set(ID.findall(path.read_text(encoding="utf-8")))
    rng = random.Random(SEED + 4)
    h = sorted(rng.sample([x for x in conflict if x not in not_efg], 30) + rng.sample([x for x in plain if x not in not_efg], 10))
    print("H:")
    print("\n".join(h))


if __name__ == "__main__":
    main()
