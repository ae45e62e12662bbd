"""``khabar analyze``: articles in, one JSON record per article out."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from importlib import resources
from typing import TextIO

import click
from rich.console import Console
from rich.progress import MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..document import RawArticle
from ..errors import InputError, KhabarError, printable
from ..options import Options
from ..pipeline import get_pipeline
from ..readers import read
from ..render import to_geojson, to_markdown, to_text
from ..schema import ArticleRecord
from ..wording import count
from . import EXIT_BAD_INPUT, EXIT_KHABAR_FAILED, disable_option, main

__all__ = ["analyze", "demo_article", "input_warnings", "warn_input"]


def demo_article() -> RawArticle:
    """The bundled demo article (ANT corpus, Apache-2.0; see ``khabar/data/demo/README.md``)."""
    raw = json.loads(resources.files("khabar").joinpath("data/demo/article.json").read_text("utf-8"))
    from ..readers.meta import iso_date

    return RawArticle(
        text=raw["text"], source="demo:" + raw["id"], id=raw["id"], title=raw["title"],
        outlet=raw["outlet"], date=iso_date(raw["date"]), url=raw["url"],
    )


def _progress() -> Progress:
    """A progress line on standard error (only when it is a terminal and the records go to a
    file or a pipe): articles done and articles/s."""
    progress = Progress(
        TextColumn("analysing"), MofNCompleteColumn(), TextColumn("articles"),
        TimeElapsedColumn(), console=Console(stderr=True), transient=True,
    )
    progress.add_task("analyse", total=None)
    progress.start()
    return progress


@main.command()
@click.argument("inputs", nargs=-1, metavar="INPUT...")
@click.option("--format", "fmt", type=click.Choice(["json", "text", "markdown", "geojson"]),
              default="json", show_default=True,
              help="json: one object per article (JSON Lines); text/markdown: a report for people; "
                   "geojson: the places of all articles as one FeatureCollection.")
@click.option("--demo", is_flag=True, help="Analyse the bundled sample article (ANT corpus, Apache-2.0).")
@disable_option
def analyze(inputs: tuple[str, ...], fmt: str, demo: bool, disable: tuple[str, ...]) -> None:
    """Analyse Arabic articles into records with exact character offsets.

    INPUT is a file (.txt, .html, .jsonl[.gz], RSS/Atom, .warc[.gz]), a directory (read
    recursively), - for standard input, or an http(s) URL. Bad inputs are reported on
    standard error (one line each) and the others are still analysed. Exit status: 0 all
    analysed; 1 some input was bad (missing, empty, undecodable, broken); 3 khabar itself
    failed on some article (a bug: please report it); 2 a usage error. An input read with a
    warning (damaged UTF-8, a guessed encoding) gets a `khabar: warning:` line, the first 5
    of them; then a count of the others.

    Example:

        khabar analyze --demo --format text

        khabar analyze news.jsonl.gz > records.jsonl
    """
    if not inputs and not demo:
        raise click.UsageError("give at least one INPUT (a path, a directory, - or a URL), or --demo")
    options = Options(disable=frozenset(disable))
    try:
        pipe = get_pipeline(options)
    except KhabarError as exc:
        raise click.ClickException(str(exc)) from exc

    items: list[RawArticle | InputError] = [demo_article()] if demo else []
    stream = read(list(inputs), options)
    failed = crashed = 0
    warned = _Warned()
    geo: list[ArticleRecord] = []
    first = True
    out = sys.stdout
    progress = _progress() if sys.stderr.isatty() and not out.isatty() else None
    for item in [*items, *stream] if items else stream:
        if progress is not None:
            progress.advance(progress.task_ids[0])
        done = _analyse_one(pipe, item, fmt, out, warned)
        if done is None:
            failed += 1
            continue
        if isinstance(done, str):  # _CRASHED
            crashed += 1
            continue
        record, shown = done
        if fmt == "geojson":
            geo.append(record)
        else:
            if not first and fmt != "json":
                out.write("\n" + ("─" * 60 if fmt == "text" else "---") + "\n\n")
            out.write(shown)
        out.flush()
        first = False
    if progress is not None:
        progress.stop()
    if fmt == "geojson":
        out.write(json.dumps(to_geojson(geo), ensure_ascii=False) + "\n")
    warned.close()
    if failed or crashed:
        said = [count(failed, "input") + " failed"] if failed else []
        if crashed:
            said.append(f"{count(crashed, 'article')} could not be analysed (khabar failed, not the "
                        "input: please report it)")
        click.echo(f"khabar: {'; '.join(said)}", err=True)
        sys.exit(EXIT_KHABAR_FAILED if crashed else EXIT_BAD_INPUT)


#: :func:`_analyse_one`'s answer when khabar failed on a readable article.
_CRASHED = "crashed"


class _Warned:
    """The ``khabar: warning:`` lines of one run: the first :data:`SHOWN_WARNINGS` articles'
    as they come, then a count at the end (as ``khabar ingest`` says them). Before session 21 a
    feed or WARC of many damaged pages printed a line for each (qa-21a)."""

    def __init__(self) -> None:
        self.articles = 0

    def __call__(self, item: RawArticle) -> None:
        if input_warnings(item):
            self.articles += 1
            if self.articles <= SHOWN_WARNINGS:
                warn_input(item)

    def close(self) -> None:
        if self.articles > SHOWN_WARNINGS:
            click.echo(f"khabar: ... {count(self.articles - SHOWN_WARNINGS, 'more article')} read with a "
                       f"warning ({self.articles:,} in all; each record's warnings say it)", err=True)


#: How many articles read with a warning ``khabar analyze`` names one by one.
SHOWN_WARNINGS = 5


def _analyse_one(pipe: Callable[[RawArticle], ArticleRecord], item: RawArticle | InputError, fmt: str,
                 out: TextIO, warn: Callable[[RawArticle], None] | None = None,
                 ) -> tuple[ArticleRecord, str] | str | None:
    """The record of one input and how ``fmt`` shows it on ``out``; None, after a one-line
    error on standard error, when the input could not be read (or the pipeline rejected it);
    :data:`_CRASHED` when khabar failed on it. What the reader noticed of the input (damaged
    UTF-8, a guessed encoding: the record's ``encoding`` warnings) is said on standard error
    too, once per input (qa-20a: it sat only inside the record)."""
    if isinstance(item, InputError):
        click.echo(f"khabar: error: {item}", err=True)
        return None
    (warn or warn_input)(item)
    try:
        record = pipe(item)
        return record, _render(record, fmt, out.isatty())
    except KhabarError as exc:
        click.echo(f"khabar: error: {exc}", err=True)
    except Exception as exc:  # one broken article must not stop the others (as in ingest)
        reason = " ".join(f"{exc.__class__.__name__}: {exc}".split())
        click.echo(f"khabar: error: {item.source}: analysis failed ({reason}); please report it",
                   err=True)
        return _CRASHED
    return None


def input_warnings(item: RawArticle) -> list[str]:
    """The reader's warnings of ``item`` worth a line on standard error: its ``encoding``
    warnings (damaged UTF-8, a guessed or mixed encoding, NUL replaced), less an HTML page's
    own declared charset, which is no damage."""
    from ..store.ingest import _byte_warnings

    return _byte_warnings(item)


def warn_input(item: RawArticle) -> None:
    """One ``khabar: warning: SOURCE: ...`` line on standard error per :func:`input_warnings`."""
    for text in input_warnings(item):
        click.echo(f"khabar: warning: {printable(item.source)}: {text}", err=True)


def _render(record: ArticleRecord, fmt: str, color: bool) -> str:
    """The record as ``fmt`` shows it (empty for geojson, written once at the end)."""
    if fmt == "json":
        return record.model_dump_json() + "\n"
    if fmt == "text":
        return to_text(record, color=color)
    return to_markdown(record) if fmt == "markdown" else ""
