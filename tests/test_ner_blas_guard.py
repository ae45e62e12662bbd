"""The tagger's one-BLAS-thread guard (session 18): threadpoolctl's limits are process-wide, so
the guard sets the limit when the first tagging thread enters and restores it when the last
one leaves; a per-call ``with controller.limit(...)`` restored it while another thread tagged."""

from __future__ import annotations

import pytest

from khabar.ner.neural import _OneBlasThread


class _Limiter:
    def __init__(self, log: list[str]) -> None:
        self.log = log

    def restore_original_limits(self) -> None:
        self.log.append("restore")


class _Controller:
    def __init__(self) -> None:
        self.log: list[str] = []

    def limit(self, limits: int, user_api: str) -> _Limiter:
        self.log.append(f"limit {limits} {user_api}")
        return _Limiter(self.log)


@pytest.mark.parametrize(
    ("steps", "log"),
    [
        (["in", "out"], ["limit 1 blas", "restore"]),
        # two threads overlapping: the first one out leaves the limit in place
        (["in", "in", "out"], ["limit 1 blas"]),
        (["in", "in", "out", "out"], ["limit 1 blas", "restore"]),
        (["in", "out", "in", "out"], ["limit 1 blas", "restore", "limit 1 blas", "restore"]),
        ([], []),  # nothing tagged: nothing set
    ],
)
def test_the_limit_holds_while_any_thread_tags(steps: list[str], log: list[str]) -> None:
    ctl = _Controller()
    guard = _OneBlasThread(ctl)
    for step in steps:
        guard.__enter__() if step == "in" else guard.__exit__(None, None, None)
    assert ctl.log == log
