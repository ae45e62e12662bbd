"""How the ANT events development part was picked (helper "events-5h", session 5; prints ids).

ANT (Jawhara FM, Tunisia; Apache-2.0) articles, 110-340 words (the gold pool's length rule),
with >= 4 hits of the Tunisian security/protest regex of
tests/devgold/events-audit/pick_audit_ant.py, none whose id occurs anywhere in tests/, docs/ or
scripts/ outside this folder (the same scan as that script's ``taken_ids``; this folder is left
out so that a re-run prints the same pick once its annotations exist). Seed 71, 8 articles.
Picked at commit 3f32139's tree (other folders' new ids may shift a re-run; ids.txt keeps the
pick as printed). Uses only the shared data (never shipped):
python tests/devgold/events-ant/pick_events_ant.py
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import random
from pathlib import Path
from types import ModuleType

from khabar.options import data_dir

HERE = Path(__file__).resolve().parent
SEED = 71


def _audit_module() -> ModuleType:
    """pick_audit_ant.py, loaded from its path (tests/ is not a package)."""
    spec = importlib.util.spec_from_file_location("pick_audit_ant", HERE.parent / "events-audit" / "pick_audit_ant.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def taken_ids(audit: ModuleType) -> set[str]:
    """Every ANT id that tests/, docs/ or scripts/ mention outside this folder (the scan of
    pick_audit_ant.taken_ids, which skips only its own draws, plus those draws)."""
    ids: set[str] = set()
    for root in audit.SCANNED:
        for p in Path(root).rglob("*"):
            if not p.is_file() or HERE in p.resolve().parents:
                continue
            ids.update(audit.ID.findall(p.name))
            if p.suffix in {".json", ".jsonl", ".md", ".py", ".tsv", ".txt", ".csv"}:
                ids.update(audit.ID.findall(p.read_text(encoding="utf-8", errors="ignore")))
    return ids


def main() -> None:
    audit = _audit_module()
    taken = taken_ids(audit)
    conflict = []
    with gzip.open(data_dir() / "news" / "ant.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["id"] in taken or not 110 <= len(r["text"].split()) <= 340:
                continue
            if len(audit.CONFLICT.findall(r["text"])) >= 4:
                conflict.append(r["id"])
    print(f"({len(taken)} ids taken, {len(conflict)} candidates)")
    print("\n".join(sorted(random.Random(SEED).sample(conflict, 8))))


if __name__ == "__main__":
    main()
