"""One options object for the whole pipeline, with documented defaults.

Options are frozen (hashable, picklable) so that the same object travels to a process
pool or a Dask worker and the built pipeline can be cached per process.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

__all__ = ["Options", "data_dir"]

#: Every step of the default pipeline, in order (see ``khabar.pipeline``).
STEP_NAMES = (
    "normalize",
    "segment",
    "entities",
    "dates",
    "quantities",
    "places",
    "claims",
    "events",
)


@dataclass(frozen=True)
class Options:
    """How khabar reads and analyses articles.

    Attributes:
        disable: names of pipeline steps to switch off (e.g. ``{"claims"}``); steps that
            need a disabled step's output fail when the pipeline is built.
        max_bytes: largest input (file, URL body, one JSONL line, one WARC record) read, in
            bytes. Default 20 MB: the longest article of the news corpus is ~0.3 MB.
        max_chars: longest article text analysed, in characters (2,000,000).
        timeout: seconds for one URL fetch (connect + read), default 20.
        max_redirects: redirects followed for one URL, default 5.
        article_date: fallback ISO date for relative dates when an article has none.
    """

    disable: frozenset[str] = field(default_factory=frozenset)
    max_bytes: int = 20_000_000
    max_chars: int = 2_000_000
    timeout: float = 20.0
    max_redirects: int = 5
    article_date: str | None = None

    def without(self, *steps: str) -> Options:
        """A copy with ``steps`` switched off."""
        return replace(self, disable=self.disable | frozenset(steps))


def data_dir() -> Path:
    """Where ``../shared/data`` is: ``$KHABAR_DATA``, else ``shared/data`` beside the checkout.

    Only training, evaluation and benchmark scripts use it; analysing articles never does.
    """
    env = os.environ.get("KHABAR_DATA")
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    # src/khabar/options.py -> checkout root is parents[2]; shared/ sits beside the checkout.
    for parent in here.parents:
        candidate = parent.parent / "shared" / "data"
        if (parent / "pyproject.toml").exists() and candidate.exists():
            return candidate
    return Path.cwd().parent / "shared" / "data"
