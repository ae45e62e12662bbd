"""A time limit for one article of ``khabar ingest`` (:func:`time_limit`).

An article that runs past the limit is stopped with :class:`~khabar.errors.ArticleTimeout`
naming it; ingest records it in ``errors`` and goes on with the next one. The limit is a
POSIX interval timer (``SIGALRM``), so it works in the main thread of a process only: the
ingest loop with one worker, and each worker process of a pool. Elsewhere (a thread, or a
platform without ``setitimer``) the article runs unlimited. Python checks for the signal
between bytecodes: a single long call into C (one regular expression, one numpy call)
finishes before the article stops. The models and tables loaded on first use are loaded by
:func:`warm_up` before the first article's timer starts.
"""

from __future__ import annotations

import json
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

from ..document import RawArticle
from ..errors import ArticleTimeout
from ..options import Options

__all__ = ["can_limit", "reset_caches", "time_limit", "warm_up"]


def can_limit() -> bool:
    """Can :func:`time_limit` stop an article here (main thread, POSIX timers)?"""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float | None, source: str) -> Iterator[None]:
    """Raise :class:`ArticleTimeout` for ``source`` when the block runs past ``seconds``
    (``None`` or 0: no limit)."""
    if not seconds or not can_limit():
        yield
        return

    def stop(signum: int, frame: FrameType | None) -> None:
        raise ArticleTimeout(
            source, f"analysis stopped after {seconds:g} s (the time limit of one article); "
            "raise it with --time-limit, or 0 for none",
        )

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


#: The options whose pipeline this process has warmed up (:func:`warm_up`).
_WARM: set[Options] = set()


def warm_up(options: Options) -> None:
    """Analyse the demo article once per process and options, outside any time limit: the
    models and tables each step loads on first use (several seconds on a busy machine) are
    not counted against the first article (nor against the next one after a reset). A
    failure here is left to the article's own analysis to report."""
    if options in _WARM:
        return
    from ..pipeline import analyze

    try:
        demo = json.loads((Path(__file__).parent.parent / "data" / "demo" / "article.json").read_text("utf-8"))
        analyze(RawArticle(text=demo["text"], source="<warm-up>"), options)
    except Exception:  # noqa: BLE001 - the article's own analysis raises it again, with its name
        return
    _WARM.add(options)


def reset_caches() -> None:
    """Drop the process's built pipelines and taggers after a stopped article, so that no
    cache it was filling serves the next one (they are rebuilt, outside the limit, by
    :func:`warm_up`)."""
    from ..ner.tagger import clear_taggers
    from ..pipeline import clear_pipelines

    _WARM.clear()
    clear_pipelines()
    clear_taggers()
