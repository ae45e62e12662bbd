"""Shared test fixtures. With CI=true, a missing dependency or service is a failure."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from khabar.options import data_dir

IN_CI = os.environ.get("CI") == "true"


def require(condition: bool, why: str) -> None:
    """Skip locally, fail in CI, when ``condition`` does not hold."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"{why} (CI=true: a missing dependency is a failure)")
    pytest.skip(why)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    path = data_dir()
    require((path / "news").is_dir(), f"shared data not found at {path} (set KHABAR_DATA)")
    return path
