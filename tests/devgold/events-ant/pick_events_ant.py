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

import importlib.util
import random
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
SEED = 71


def _audit_module() -> ModuleType:
    """pick_audit_ant.py, loaded from its path (tests/ is not a package)."""
    spec = importlib.util.spec_from_file_location("pick_audit_ant", HERE.parent / "events-audit" / "pick_audit_ant.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main() -> None:
    audit = _audit_module()
    # the scan of pick_audit_ant.taken_ids, leaving out this folder only (the audit's draws count)
    taken = audit.mentioned_ids(lambda p: HERE in p.parents)
    conflict, _ = audit.candidates(taken)
    print(f"({len(taken)} ids taken, {len(conflict)} candidates)")
    print("\n".join(sorted(random.Random(SEED).sample(conflict, 8))))


if __name__ == "__main__":
    main()
