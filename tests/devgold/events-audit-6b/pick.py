"""How the articles of audit 6b (events-6b, session 6; prints article ids) were drawn.

A clean precision check for the filter and typing pass of session 6: khabar's own events on
fresh articles, judged by hand (the rules of tests/devgold/events-audit/README.md) before any
rule of the pass changed. SaudiNewsNet 2015 articles of 110-300 words with >= 4 conflict words
(the regex of tests/devgold/events-audit/pick_audit.py), seed 601, 20 articles; ANT articles of
110-340 words with >= 4 security/protest hits (pick_audit_ant.py's regex), seed 602, 10 articles;
none whose id occurs anywhere in tests/, docs/ or scripts/ (this folder left out). The ids as
printed are kept in draw.txt (the pick shifts when other folders add ids). Uses only the
shared data (never shipped):
python tests/devgold/events-audit-6b/pick.py
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import random
from pathlib import Path

from khabar.options import data_dir

HERE = Path(__file__).resolve().parent
AUDIT = HERE.parent / "events-audit"


def _load(name: str):  # the sibling pick scripts are not a package
    spec = importlib.util.spec_from_file_location(name, AUDIT / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def main() -> None:
    snn, ant = _load("pick_audit"), _load("pick_audit_ant")
    skip = lambda p: HERE in p.parents  # noqa: E731 (this folder's own draw)
    taken = ant.mentioned_ids(skip)
    # SaudiNewsNet ids are matched by snn.ID over the same files
    ant.ID, ant_id = snn.ID, ant.ID
    taken |= ant.mentioned_ids(skip)
    ant.ID = ant_id
    conflict = []
    with gzip.open(data_dir() / "news" / "saudinewsnet.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["id"] in taken or not r["date"].startswith("2015"):
                continue
            if 110 <= len(r["text"].split()) <= 300 and len(snn.CONFLICT.findall(r["text"])) >= 4:
                conflict.append(r["id"])
    s = sorted(random.Random(601).sample(conflict, 20))
    a_conflict, _ = ant.candidates(taken)
    a = sorted(random.Random(602).sample(a_conflict, 10))
    print(" ".join(s + a))


if __name__ == "__main__":
    main()
