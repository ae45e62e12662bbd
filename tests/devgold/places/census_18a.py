"""How the places development parts annotate four disputed cases (annotation-18a, session 18).

Prints one row per occurrence in the articles' text: folder, id, offset, case, the surface
form and what the annotation does there (``ANN precision name_en`` of each record whose
mention overlaps it, or ``no``). The cases (docs/annotation.md, places rules 7, 8 and 10;
rule 9's instances were found by reading the records of articles naming «إقليم X» and an
apposition after a town's name):

- ``direction``: a definite direction noun «الجنوب، الشمال، الشرق، الغرب، الوسط» (with its
  proclitics), and the plurals «المحافظات/المناطق/الحدود ... الجنوبية» and «الحد الجنوبي»;
- ``street``: «شارع، شارعي، شوارع»; ``road``: «طريق، الطريق، خط، الخط»;
- ``camp``: «معسكر، معكسر، قاعدة، ثكنة» and their plurals.

Rows are candidates, to be read in context: «الشرق الأوسط»، «ظهران الجنوب» or «عن طريق» show
up too. The text context is printed for ANT and Wikinews articles only (SaudiNewsNet text is
CC BY-NC-SA: offsets only; read it with ``scripts/gold_tool.py show ID``).

Never reads the reserves (part-q/q4, part-q/q6, places-ant/ant5/r) nor the gold corpus's
held-back part: ``tests/gold`` enters through ``split_ids(..., "tune")`` only.

Usage (from the repository root)::

    python tests/devgold/places/census_18a.py > /tmp/census.tsv
"""

from __future__ import annotations

import gzip
import json
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "src"))
from khabar.eval.gold import split_ids  # noqa: E402  (after the path set-up above)

RESERVES = ("part-q/q4", "part-q/q6", "ant5/r")
NEWS = Path(os.environ.get("KHABAR_DATA", "/work/shared/data")) / "news"
_AR = r"[\u0621-\u064A]"
_PRE = r"(?<!" + _AR + r")(?:و|ف)?(?:ب|ك|ل)?"
_END = r"(?!" + _AR + r")"
CASES = {
    "direction": re.compile(
        _PRE + r"(?:(?:ال|لل)(?:جنوب|شمال|شرق|غرب|وسط)|(?:ال)?(?:محافظات|مناطق|حدود|حد)"
        r" ال(?:جنوبية|شمالية|شرقية|غربية|وسطى|جنوبي|شمالي))" + _END
    ),
    "street": re.compile(_PRE + r"(?:شارع|شارعي|شوارع)" + _END),
    "road": re.compile(_PRE + r"(?:طريق|الطريق|خط|الخط)" + _END),
    "camp": re.compile(_PRE + r"(?:معسكر|معسكرات|معكسر|قاعدة|ثكنة)" + _END),
}


def folders() -> list[str]:
    """The places development folders holding annotations, reserves left out, then the
    gold corpus (tuning split only)."""
    out = []
    for base in ("tests/devgold/places", "tests/devgold/places-ant"):
        for dirpath, _, _ in os.walk(ROOT / base):
            if os.path.basename(dirpath) != "annotations":
                continue
            folder = os.path.relpath(os.path.dirname(dirpath), ROOT)
            if not any(folder.endswith(r) or f"/{r}/" in folder for r in RESERVES):
                out.append(folder)
    return sorted(out) + ["tests/gold"]


def ids_of(folder: str) -> list[str]:
    if folder == "tests/gold":
        return split_ids(ROOT / folder, "tune")
    return sorted(p.stem for p in (ROOT / folder / "annotations").glob("*.json"))


def texts(ids: set[str]) -> dict[str, str]:
    got: dict[str, str] = {}
    for source in ("saudinewsnet", "ant", "wikinews"):
        with gzip.open(NEWS / f"{source}.jsonl.gz", "rt", encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                if row["id"] in ids:
                    got[row["id"]] = row["text"]
    return got


def rows() -> Iterator[tuple]:
    by_folder = {f: ids_of(f) for f in folders()}
    text = texts({i for ids in by_folder.values() for i in ids})
    for folder, ids in by_folder.items():
        for aid in ids:
            ann = json.loads((ROOT / folder / "annotations" / f"{aid}.json").read_text("utf-8"))
            t = text[aid]
            mentions = [(m["start"], m["end"], p) for p in ann["places"] for m in p["mentions"]]
            for case, rx in CASES.items():
                for m in rx.finditer(t):
                    s, e = m.span()
                    # a direction must be inside a record; a street, road or camp may be
                    # named by the word after its cue alone («شارعي [الثورة] وبغداد»)
                    reach = e if case == "direction" else e + 1 + len((t[e:e + 40].split() or [""])[0])
                    hit = [p for ms, me, p in mentions if ms < reach and me > s]
                    status = " | ".join(f"ANN {p['precision']} {p.get('name_en')}" for p in hit) or "no"
                    nxt = " ".join(t[e:e + 40].split()[:2])
                    context = "" if aid.startswith("saudinewsnet") else t[max(0, s - 30):e + 40]
                    yield (folder, aid, s, case, m.group(0), nxt if context else "", status,
                           context.replace("\n", " "))


if __name__ == "__main__":
    for row in rows():
        print(*row, sep="\t")
