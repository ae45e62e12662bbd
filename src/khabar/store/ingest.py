"""The ingest runner: readers → analysis (in a process pool) → batched commits.

1. ``khabar.readers.read`` yields articles, or the :class:`InputError` of a bad input.
2. Articles already archived with the same text are skipped before analysis (that is what
   makes a re-run after a crash cheap); the rest are analysed by the pure per-article
   function, inline with one worker or in a process pool with ``workers > 1`` (each worker
   process builds the pipeline once: ``khabar.pipeline.get_pipeline``).
3. Results are written in order, ``batch_size`` articles per transaction, each article in
   its own savepoint: an article that the database refuses is rolled back alone and
   recorded as an error. Killed at any moment, the archive holds whole batches only, and a
   re-run completes it with exact counts.

Bad inputs and articles that fail analysis go to the ``errors`` table with their reason;
the run goes on and reports how many failed. An input that could not be opened at all (a
missing path, a URL that could not be fetched) holds no article: it is counted apart
(``unread``), not among the articles of the summary.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any

from ..document import RawArticle
from ..errors import ArticleTimeout, EmptyInput, FetchError, InputError, InputNotFound, KhabarError
from ..options import Options
from ..pipeline import analyze as pipeline_analyze
from ..readers import read
from ..schema import ArticleRecord
from ..wording import count
from .clusters import encoded_signature
from .db import Database, connect, safe_url
from .fts import article_terms
from .keys import article_identity, text_hash
from .migrations import migrate
from .time_limit import reset_caches, warm_up
from .time_limit import time_limit as stop_after
from .writer import Writer

__all__ = ["IngestReport", "ingest", "ingest_records"]

AnalyzeFunc = Callable[[RawArticle, Options], ArticleRecord]

#: Reader errors of an input that could not be opened at all: no article was read from it.
UNREAD = (InputNotFound, FetchError)

def _input_kinds(cls: type[InputError] = InputError) -> frozenset[str]:
    return frozenset({cls.__name__}).union(*(_input_kinds(sub) for sub in cls.__subclasses__()))


#: The ``errors.kind`` of a bad input (every :class:`InputError`); any other kind is khabar
#: failing on an article.
_INPUT_KINDS = _input_kinds()


def _byte_warnings(item: RawArticle) -> list[str]:
    """The reader's warnings about how ``item``'s bytes were read: its ``encoding`` warnings,
    less an HTML page's declared charset (no damage)."""
    return [text for kind, text in item.warnings if kind == "encoding" and "declared by the page" not in text]


#: Seconds one article may take before ingest stops it and goes on (``--time-limit``; 0 or
#: None: no limit). The longest article of the news corpus takes a few seconds; hostile
#: pages (benchmarks/pathological.py) can take minutes (docs/archive.md, qa-16a).
TIME_LIMIT = 120.0


@dataclass(frozen=True, slots=True)
class Analysed:
    """A record with its full-text terms, computed in the worker (it is CPU work too)."""

    record: ArticleRecord
    search: tuple[str, str]
    signatures: tuple[bytes, ...]


# A worker's answer for one article: the record, or (source, kind, reason) of its failure.
Result = Analysed | ArticleRecord | tuple[str, str, str]


@dataclass
class IngestReport:
    """What one ingest did."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    #: Inputs that could not be opened (missing paths, unfetched URLs): not articles.
    unread: int = 0
    seconds: float = 0.0
    db: str = ""
    errors: list[tuple[str, str]] = field(default_factory=list)
    #: Of ``failed``: articles khabar itself failed on (an exception in the analysis, or the
    #: database refusing a record), not bad input: a bug to report (qa-20a).
    crashed: int = 0
    #: Articles read with a warning about their bytes (damaged UTF-8, a guessed encoding),
    #: and the first 20 ``(source, warning)`` (qa-20a: said only inside the record before).
    warned: int = 0
    warnings: list[tuple[str, str]] = field(default_factory=list)
    #: Articles analysed but not yet committed (for progress bars).
    in_flight: int = 0

    @property
    def seen(self) -> int:
        return self.added + self.updated + self.unchanged + self.failed

    @property
    def rate(self) -> float:
        return (self.added + self.updated) / self.seconds if self.seconds > 0 else 0.0

    @property
    def problems(self) -> int:
        """Failed articles and unread inputs: the rows this run wrote to ``errors``."""
        return self.failed + self.unread

    def line(self) -> str:
        """The one-line summary printed at the end of a run."""
        unread = f"; {count(self.unread, 'input')} not found" if self.unread else ""
        crashed = (f" ({self.crashed:,} of them by khabar, not the input: please report it)"
                   if self.crashed else "")
        warned = f"; {count(self.warned, 'article')} read with a warning" if self.warned else ""
        return (
            f"ingested {count(self.seen, 'article')} into {self.db}: {self.added:,} added, "
            f"{self.updated:,} updated, {self.unchanged:,} unchanged, {self.failed:,} failed{crashed}"
            f"{unread}{warned} ({self.seconds:.1f} s, {self.rate:.1f} articles/s)"
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "db": self.db, "added": self.added, "updated": self.updated,
            "unchanged": self.unchanged, "failed": self.failed, "unread": self.unread,
            "crashed": self.crashed, "warned": self.warned,
            "first_warnings": [{"source": s, "warning": w} for s, w in self.warnings],
            "seconds": round(self.seconds, 3), "articles_per_s": round(self.rate, 2),
            "first_errors": [{"source": s, "reason": r} for s, r in self.errors],
        }


def _analyze_batch(articles: list[RawArticle], options: Options, func: AnalyzeFunc,
                   limit: float | None = None) -> list[Result]:
    """Worker side: analyse each article, stopping one that runs past ``limit`` seconds; a
    failure becomes (source, kind, reason)."""
    out: list[Result] = []
    for art in articles:
        if limit and func is pipeline_analyze:
            warm_up(options)  # models load outside the limit (once per process, and after a reset)
        try:
            with stop_after(limit, art.source):
                rec = func(art, options)
            out.append(Analysed(
                rec, article_terms(rec.title, rec.text),
                tuple(encoded_signature(c.content.text) for c in rec.claims),
            ))
        except ArticleTimeout as exc:
            reset_caches()  # a cache may have been half filled when the article was stopped
            out.append((exc.source, type(exc).__name__, exc.reason))
        except InputError as exc:
            out.append((exc.source, type(exc).__name__, exc.reason))
        except Exception as exc:  # one broken article must not stop a corpus
            out.append((art.source, type(exc).__name__, f"analysis failed: {exc}"))
    return out


def _pool(workers: int) -> ProcessPoolExecutor:
    # forkserver: workers start from a clean process, not a fork of this one (which runs a
    # progress-bar thread and holds a database connection).
    # Those start methods re-import the main script in each worker; a main read from stdin
    # (``python - < script``) cannot be, so there fall back to fork.
    methods = multiprocessing.get_all_start_methods()
    main_file = getattr(sys.modules.get("__main__"), "__file__", None)
    if main_file and not os.path.exists(main_file) and "fork" in methods:
        method = "fork"
    else:
        method = "forkserver" if "forkserver" in methods else "spawn"
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(method))


class _Run:
    def __init__(self, db: Database, batch_size: int, on_progress: Callable[[IngestReport], None] | None):
        self.db = db
        self.writer = Writer(db)
        self.batch_size = batch_size
        self.report = IngestReport(db=safe_url(db.url))
        self.pending: list[Result | InputError] = []
        self.on_progress = on_progress
        self.t0 = self.last_tick = time.perf_counter()

    def add(self, item: Result | InputError) -> None:
        self.pending.append(item)
        if len(self.pending) >= self.batch_size:
            self.flush()
        elif self.on_progress and time.perf_counter() - self.last_tick > 0.2:
            self.tick()

    def flush(self) -> None:
        if not self.pending:
            return
        rep = self.report
        w = self.writer
        try:
            with self.db.transaction():
                counts = {"added": 0, "updated": 0, "unchanged": 0, "failed": 0, "unread": 0, "crashed": 0}
                failures: list[tuple[str, str]] = []
                for item in self.pending:
                    if isinstance(item, Analysed | ArticleRecord):
                        outcome = self._write_one(item)
                        if outcome is None:
                            counts["failed"] += 1
                            counts["crashed"] += 1
                            src = item.record.source if isinstance(item, Analysed) else item.source
                            failures.append((src, "the database refused the article"))
                        else:
                            counts[outcome] += 1
                        continue
                    if isinstance(item, InputError):
                        source, kind, reason = item.source, type(item).__name__, item.reason
                    else:
                        source, kind, reason = item
                    w.error(source, kind, reason)
                    counts["unread" if isinstance(item, UNREAD) else "failed"] += 1
                    counts["crashed"] += kind not in _INPUT_KINDS
                    failures.append((source, reason))
        except BaseException:
            w.rollback()
            raise
        w.commit()
        rep.added += counts["added"]
        rep.updated += counts["updated"]
        rep.unchanged += counts["unchanged"]
        rep.failed += counts["failed"]
        rep.unread += counts["unread"]
        rep.crashed += counts["crashed"]
        rep.errors.extend(failures[: max(0, 20 - len(rep.errors))])
        self.pending = []
        self.tick()

    def _write_one(self, item: Analysed | ArticleRecord) -> str | None:
        db, w = self.db, self.writer
        record, search, sigs = (
            (item.record, item.search, item.signatures) if isinstance(item, Analysed) else (item, None, None)
        )
        ids, aliases = dict(w._pending_ids), set(w._pending_aliases)
        db.execute("SAVEPOINT article")
        try:
            outcome = w.write(record, search, sigs)
        except Exception as exc:  # refused by the database (or a malformed record): skip it
            db.execute("ROLLBACK TO SAVEPOINT article")
            db.execute("RELEASE SAVEPOINT article")
            w._pending_ids, w._pending_aliases = ids, aliases
            w.error(record.source, type(exc).__name__, f"could not store the article: {exc}")
            return None
        db.execute("RELEASE SAVEPOINT article")
        return outcome

    def heard(self, items: Iterable[RawArticle | InputError]) -> Iterator[RawArticle | InputError]:
        """``items``, noting each article read with a warning about its bytes (what
        ``khabar analyze`` says on standard error: :func:`khabar.cli.analyze.input_warnings`)."""
        rep = self.report
        for item in items:
            if isinstance(item, RawArticle):
                said = _byte_warnings(item)
                if said:
                    rep.warned += 1
                    if len(rep.warnings) < 20:
                        rep.warnings.append((item.source, said[0]))
            yield item

    def skip(self, n: int = 1) -> None:
        self.report.unchanged += n

    def tick(self) -> None:
        self.last_tick = time.perf_counter()
        self.report.seconds = self.last_tick - self.t0
        self.report.in_flight = len(self.pending)
        if self.on_progress:
            self.on_progress(self.report)


def _chunks(items: Iterable[RawArticle | InputError], size: int) -> Iterator[list[RawArticle | InputError]]:
    chunk: list[RawArticle | InputError] = []
    for it in items:
        chunk.append(it)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _fresh(run: _Run, chunk: list[RawArticle | InputError]) -> Iterator[RawArticle | InputError]:
    """The items of ``chunk`` still to do: bad inputs, and articles not archived with the
    same text (nor repeated earlier in the chunk)."""
    arts = [(a, article_identity(a.url, a.id, a.outlet, a.text)) for a in chunk if isinstance(a, RawArticle)]
    known = run.writer.known(sorted({i for _, i in arts}))
    seen: set[tuple[str, str]] = set()
    for item in chunk:
        if isinstance(item, InputError):
            yield item
            continue
        if not item.text.strip():  # nothing to analyse, and no identity worth keeping
            yield EmptyInput(item.source, "the article has no text; nothing to analyse")
            continue
        ident = article_identity(item.url, item.id, item.outlet, item.text)
        h = text_hash(item.text)
        if known.get(ident) == h or (ident, h) in seen:
            run.skip()
            continue
        seen.add((ident, h))
        yield item


def ingest(
    inputs: str | Iterable[str],
    db: str | Database = "khabar.db",
    options: Options | None = None,
    *,
    workers: int = 1,
    batch_size: int = 100,
    analyze: AnalyzeFunc = pipeline_analyze,
    on_progress: Callable[[IngestReport], None] | None = None,
    time_limit: float | None = TIME_LIMIT,
) -> IngestReport:
    """Read, analyse and archive ``inputs`` (paths, directories, ``-``, URLs) into ``db``.

    ``analyze`` must be picklable (a module-level function) when ``workers > 1``;
    ``time_limit``: seconds one article may take (:func:`.time_limit.time_limit`; None or 0: no
    limit)."""
    options = options or Options()
    own = isinstance(db, str)
    database = connect(db) if isinstance(db, str) else db
    try:
        migrate(database)
        run = _Run(database, batch_size, on_progress)
        items = run.heard(read(inputs, options))
        if workers <= 1:
            for chunk in _chunks(items, batch_size):
                for item in _fresh(run, chunk):
                    if isinstance(item, InputError):
                        run.add(item)
                    else:
                        run.add(_analyze_batch([item], options, analyze, time_limit)[0])
                run.tick()
        else:
            _ingest_parallel(run, items, options, analyze, workers, batch_size, time_limit)
        run.flush()
        run.tick()
        return run.report
    finally:
        if own:
            database.close()


def _ingest_parallel(
    run: _Run,
    items: Iterable[RawArticle | InputError],
    options: Options,
    analyze: AnalyzeFunc,
    workers: int,
    batch_size: int,
    article_limit: float | None = None,
) -> None:
    # Small work units keep the workers busy and the results in order; at most
    # ``workers * 4`` units in flight bound the memory whatever the corpus size.
    unit = max(1, min(16, batch_size // workers or 1))
    inflight: deque[Future[list[Result]] | InputError] = deque()
    limit = workers * 4

    def drain(keep: int) -> None:
        while len(inflight) > keep:
            head = inflight.popleft()
            if isinstance(head, InputError):
                run.add(head)
                continue
            for res in head.result():
                run.add(res)

    try:
        with _pool(workers) as pool:
            buf: list[RawArticle] = []
            for chunk in _chunks(items, batch_size):
                for item in _fresh(run, chunk):
                    if isinstance(item, InputError):
                        if buf:
                            inflight.append(pool.submit(_analyze_batch, buf, options, analyze, article_limit))
                            buf = []
                        inflight.append(item)
                        drain(limit)
                        continue
                    buf.append(item)
                    if len(buf) >= unit:
                        inflight.append(pool.submit(_analyze_batch, buf, options, analyze, article_limit))
                        buf = []
                        drain(limit)
                run.tick()
            if buf:
                inflight.append(pool.submit(_analyze_batch, buf, options, analyze, article_limit))
            drain(0)
    except BrokenProcessPool as exc:
        run.flush()  # keep what was analysed before the crash
        raise KhabarError(
            "a worker process died (out of memory?); the articles stored so far are kept: "
            "run the same command again to resume, perhaps with fewer --workers"
        ) from exc


def ingest_records(records: Iterable[ArticleRecord], db: Database, batch_size: int = 100) -> IngestReport:
    """Archive records analysed elsewhere (tests and library use)."""
    migrate(db)
    run = _Run(db, batch_size, None)
    for rec in records:
        run.add(rec)
    run.flush()
    run.tick()
    return run.report
