"""The date patterns are the same text in every process (their word sets are sorted, not read in
a set's hash order, which follows PYTHONHASHSEED)."""

from __future__ import annotations

import os
import subprocess
import sys

_PRINT = (
    "from khabar.dates.regexes import compiled;"
    "print('\\n'.join(k + ' ' + p.pattern for k, p in sorted(compiled().items())))"
)


def _patterns(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.run([sys.executable, "-c", _PRINT], env=env, check=True, capture_output=True, text=True).stdout


def test_patterns_do_not_depend_on_the_hash_seed() -> None:
    first = _patterns("1")
    assert first.count("\n") > 5
    assert _patterns("2") == first
    assert _patterns("3") == first
