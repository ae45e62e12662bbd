"""Archive commands: ``ingest``, ``search``, ``stats``, ``claims``, ``entity``, ``errors``,
``export``.

Each query command builds one dict or list (``khabar.store.queries``) and renders it as JSON
(for scripts) or rich tables (for people): one view, two renderings. ``--db`` takes a SQLite
path or URL (default ``khabar.db``, or ``$KHABAR_DB``) or a ``postgresql://`` URL.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..errors import KhabarError, printable
from ..options import Options
from ..schema import GENRES
from ..store import export as exporter
from ..store import queries
from ..store.db import Database, safe_url
from ..store.ingest import TIME_LIMIT, IngestReport
from ..wording import count
from . import EXIT_KHABAR_FAILED, disable_option, main

if TYPE_CHECKING:
    from rich.progress import Progress

__all__ = ["claims", "entity", "errors", "export", "ingest", "search", "stats"]

F = TypeVar("F", bound=Callable[..., Any])


def db_option(func: F) -> F:
    return click.option(
        "--db", "db_url", default="khabar.db", envvar="KHABAR_DB", show_default=True,
        help="Archive: a SQLite file or sqlite:///path, or postgresql://user:pw@host/db "
             "(env KHABAR_DB).",
    )(func)


def format_option(func: F) -> F:
    return click.option(
        "--format", "fmt", type=click.Choice(["json", "text"]), default="text", show_default=True,
        help="text: tables for people; json: for scripts.",
    )(func)


def genre_option(func: F) -> F:
    return click.option(
        "--genre", type=click.Choice(GENRES), default=None,
        help="Only the articles of this genre (news reports, or opinion: columns, letters, "
             "signed analyses; see khabar.genre).",
    )(func)


@contextmanager
def archive(url: str, create: bool = False) -> Iterator[Database]:
    """Open the archive; any khabar error becomes a one-line message and exit status 1."""
    from ..store import open_archive

    try:
        db = open_archive(url, create=create)
    except KhabarError as exc:
        raise click.ClickException(str(exc)) from exc
    try:
        yield db
    except KhabarError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        db.close()


def emit_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=1) + "\n")


def console() -> Console:
    return Console(soft_wrap=False, highlight=False)


# -- ingest -------------------------------------------------------------------------------------
@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@db_option
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Processes analysing articles in parallel.")
@click.option("--batch-size", type=click.IntRange(1, 100_000), default=100, show_default=True,
              help="Articles committed per transaction.")
@disable_option
@click.option("--time-limit", type=click.FloatRange(min=0), default=TIME_LIMIT, show_default=True,
              metavar="SECONDS", help="Stop an article that takes longer and go on (0: no limit).")
@format_option
def ingest(inputs: tuple[str, ...], db_url: str, workers: int, batch_size: int,
           disable: tuple[str, ...], time_limit: float, fmt: str) -> None:
    """Analyse articles and store them in an archive (idempotent and resumable).

    INPUT is anything `khabar analyze` reads: files, directories, - or URLs. An article
    already archived with the same text is skipped; one whose text changed is updated. A
    killed run can simply be run again. Bad articles are recorded (see `khabar errors`) and
    the run goes on; the final line says how many failed. An article that takes longer
    than --time-limit seconds is stopped and recorded the same way. Exit status: 0 when the
    run completed, bad inputs included; 3 when khabar itself failed on some article (a bug:
    please report it); 1 when the run could not go on (the archive); 2 a usage error.

    Example:

        khabar ingest news.jsonl.gz --db archive.db --workers 2
    """
    from ..store import ingest as run_ingest

    options = Options(disable=frozenset(disable))
    progress, on_progress = _ingest_progress(Console(stderr=True), fmt)
    try:
        report = run_ingest(list(inputs), db_url, options, workers=workers,
                            batch_size=batch_size, on_progress=on_progress, time_limit=time_limit)
    except KhabarError as exc:
        raise click.ClickException(str(exc)) from exc
    except KeyboardInterrupt:
        # Not click's bare "Aborted!": say what the archive holds and how to go on.
        if progress is not None:
            progress.stop()
        click.echo(f"khabar: interrupted; {safe_url(db_url)} keeps the whole batches committed so "
                   "far: run the same command again to finish", err=True)
        sys.exit(130)
    finally:
        if progress is not None:
            progress.stop()
    if fmt == "json":
        emit_json(report.as_dict())
    else:
        for source, said in report.warnings[:5]:
            click.echo(f"khabar: warning: {printable(source)}: {said}", err=True)
        if report.warned > 5:
            click.echo(f"khabar: ... {count(report.warned - 5, 'more article')} read with a warning "
                       "(each record's warnings say it)", err=True)
        for source, reason in report.errors[:5]:
            click.echo(f"khabar: error: {source}: {reason}", err=True)
        if report.problems > 5:
            click.echo(f"khabar: ... {count(report.problems - 5, 'more error')}: see `khabar errors`",
                       err=True)
        click.echo(report.line())
    if report.crashed:
        sys.exit(EXIT_KHABAR_FAILED)


def _ingest_progress(err: Console, fmt: str) -> tuple[Progress | None, Callable[[IngestReport], None] | None]:
    """A started progress bar on standard error and the callback that moves it, when it is a
    terminal and the report is text; else ``(None, None)``."""
    if not (err.is_terminal and fmt == "text"):
        return None, None
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    progress = Progress(
        TextColumn("ingest"), BarColumn(bar_width=None),
        TextColumn("{task.completed:,} articles"), TextColumn("{task.fields[rate]:.1f} articles/s"),
        TextColumn("[red]{task.fields[failed]} errors"), TimeElapsedColumn(),
        console=err, transient=True,
    )
    task = progress.add_task("ingest", total=None, rate=0.0, failed=0)

    def on_progress(rep: IngestReport) -> None:
        progress.update(task, completed=rep.seen + rep.in_flight,
                        rate=(rep.seen + rep.in_flight) / max(rep.seconds, 1e-9),
                        failed=rep.problems)

    progress.start()
    return progress, on_progress


# -- search -------------------------------------------------------------------------------------
@main.command()
@click.argument("query", nargs=-1, required=True)
@db_option
@click.option("--limit", type=click.IntRange(1, 1000), default=10, show_default=True,
              help="Results shown at most.")
@click.option("--offset", type=click.IntRange(0), default=0, show_default=True,
              help="Results skipped first (the next page: --offset 10).")
@genre_option
@format_option
def search(query: tuple[str, ...], db_url: str, limit: int, offset: int, genre: str | None,
           fmt: str) -> None:
    """Full-text search of the archive, ranked, with snippets.

    Finds a word whatever its harakat, hamza form, taa marbuta, article or leading و/ف:
    «مستشفى» finds «المستشفى» and «والمستشفى». Every word must match. The query is
    text only: quotes, *, NEAR( and SQL are treated as characters, not syntax.

    Example:

        khabar search المستشفى الميداني --db archive.db

        khabar search تفجير --genre news --db archive.db
    """
    text = " ".join(query)
    with archive(db_url) as db:
        res = queries.search(db, text, limit=limit, offset=offset, genre=genre)
    if not res["terms"]:
        res["message"] = ("the query has no words to search for "
                          "(punctuation and search operators are ignored)")
    if fmt == "json":
        emit_json(res)
        return
    con = console()
    if not res["terms"]:
        click.echo(f"khabar: {res['message']}", err=True)
        return
    verb = "matches" if res["total"] == 1 else "match"
    con.print(f"{count(res['total'], 'article')} {verb} {res['query']}")
    for i, r in enumerate(res["results"], offset + 1):
        con.print(Text(f"{i}. {r['title'] or r['article']}", style="bold"))
        genre = f" [{r['genre']}]" if r["genre"] else ""
        con.print(Text(f"   {r['outlet'] or '-'} {r['date'] or ''} {r['url'] or r['article']}{genre}",
                       style="dim"))
        con.print(Text("   ") + _highlight(r["snippet"], r["matches"]))


def _highlight(snippet: str, matches: list[dict[str, Any]]) -> Text:
    t = Text(snippet)
    for m in matches:
        i = snippet.find(m["text"])
        if i >= 0:
            t.stylize("bold yellow", i, i + len(m["text"]))
    return t


# -- stats --------------------------------------------------------------------------------------
@main.command()
@db_option
@format_option
def stats(db_url: str, fmt: str) -> None:
    """Counts of the archive: articles, entities, claims, claim clusters, places, events,
    errors.

    Example:

        khabar stats --db archive.db --format json
    """
    with archive(db_url) as db:
        res = queries.stats(db)
    if fmt == "json":
        emit_json(res)
        return
    table = Table("what", "count")
    for k, v in res.items():
        table.add_row(k.replace("_", " "), f"{v:,}")
    console().print(table)


# -- claims -------------------------------------------------------------------------------------
@main.command()
@db_option
@click.option("--speaker", help="Who said it: an entity name or the speaker's words.")
@click.option("--about", help="An entity named in the claim.")
@click.option("--since", help="Only reports dated on or after this ISO date (2015-07-01).")
@click.option("--limit", type=click.IntRange(1, 10_000), default=50, show_default=True,
              help="Claim clusters shown at most.")
@format_option
def claims(db_url: str, speaker: str | None, about: str | None, since: str | None,
           limit: int, fmt: str) -> None:
    """Claims across the archive, grouped into clusters of the same claim by the same
    speaker, with their reports, outlets and first/last dates; most reported first.

    Example:

        khabar claims --speaker "وزارة الداخلية" --since 2015-07-01 --db archive.db
    """
    if since:
        from ..store.keys import iso_day

        day = iso_day(since)
        if day is None:
            raise click.BadParameter(f"{since!r} is not a date: use YYYY-MM-DD", param_hint="--since")
        since = day
    with archive(db_url) as db:
        res = queries.claims(db, speaker=speaker, about=about, since=since, limit=limit)
    if fmt == "json":
        emit_json(res)
        return
    _claims_table(console(), res, "Claims")


def _claims_table(con: Console, clusters: list[dict[str, Any]], title: str) -> None:
    if not clusters:
        con.print(f"{title}: none")
        return
    table = Table("speaker", "claim", "certainty", "reports", "outlets", "first", "last",
                  title=title, show_lines=True)
    for c in clusters:
        content = c["content"] if len(c["content"]) <= 200 else c["content"][:200] + "…"
        table.add_row(c["speaker"], content, c["certainty"], str(c["n_reports"]),
                      ", ".join(c["outlets"]), c["first_date"] or "", c["last_date"] or "")
    con.print(table)


# -- entity -------------------------------------------------------------------------------------
@main.command()
@click.argument("name")
@db_option
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True,
              help="Claim clusters shown per list.")
@format_option
def entity(name: str, db_url: str, limit: int, fmt: str) -> None:
    """Who NAME is: type, spellings, mentions over time, their claims and the claims about
    them. Spelling variants (harakat, hamza, taa marbuta) find the same entity.

    Example:

        khabar entity "عادل الجبير" --db archive.db
    """
    with archive(db_url) as db:
        res = queries.entity(db, name, limit=limit)
    if fmt == "json":
        emit_json(res)
        return
    con = console()
    if not res:
        click.echo(f"khabar: no entity named {name!r} in the archive", err=True)
        return
    for e in res:
        con.print(Text(f"{e['canonical']} ({e['type']}{'/' + e['subtype'] if e['subtype'] else ''})"
                       f"{'  ' + e['name_en'] if e['name_en'] else ''}", style="bold"))
        con.print(f"spellings: {' | '.join(e['spellings'])}")
        con.print(f"{count(e['mentions'], 'mention')} in {count(e['articles'], 'article')}")
        if e["mentions_by_month"]:
            con.print("by month: " + ", ".join(f"{m} {n}" for m, n in e["mentions_by_month"].items()))
        _claims_table(con, e["claims"], "Their claims")
        _claims_table(con, e["claims_about"], "Claims about them")


# -- errors -------------------------------------------------------------------------------------
@main.command()
@db_option
@click.option("--limit", type=click.IntRange(1, 100_000), default=1000, show_default=True,
              help="Errors shown at most, the latest first.")
@format_option
def errors(db_url: str, limit: int, fmt: str) -> None:
    """Inputs and articles that could not be ingested, with the reason.

    Example:

        khabar errors --db archive.db --format json
    """
    with archive(db_url) as db:
        res = queries.errors(db, limit=limit)
    if fmt == "json":
        emit_json(res)
        return
    if not res:
        console().print("no errors")
        return
    table = Table("source", "error", "reason", "seen", "last")
    for e in res:
        table.add_row(e["source"], e["kind"], e["reason"], str(e["seen"]), e["last_at"])
    console().print(table)


# -- export -------------------------------------------------------------------------------------
@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "geojson"]), default="jsonl",
              show_default=True,
              help="jsonl: one article record a line; csv: one table (--table); geojson: places "
                   "with the articles, claims and events that mention them.")
@click.option("--table", type=click.Choice(sorted(exporter.CSV_TABLES)), default="articles",
              show_default=True, help="The table exported as CSV.")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="File to write (default: standard output).")
@genre_option
def export(db_url: str, fmt: str, table: str, output: Any, genre: str | None) -> None:
    """Export the archive as JSON Lines, CSV or GeoJSON (--genre: JSON Lines only).

    Example:

        khabar export --format geojson --db archive.db -o places.geojson

        khabar export --format csv --table claims --db archive.db > claims.csv

        khabar export --genre news --db archive.db > reports.jsonl
    """
    if genre is not None and fmt != "jsonl":
        raise click.UsageError("--genre filters the jsonl export; the CSV articles table has a "
                               "genre column")
    with archive(db_url) as db:
        if fmt == "jsonl":
            exporter.export_jsonl(db, output, genre)
        elif fmt == "csv":
            exporter.export_csv(db, output, table)
        else:
            exporter.export_geojson(db, output)
