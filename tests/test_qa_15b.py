"""What a new user reads on the command line (qa-15b): counts in the right number, an archive
path that is a folder, one error form, and DraftError inside the KhabarError tree.

Every case here failed before session 15's qa-15b (docs/archive.md, "Session 15: CLI messages").
"""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from khabar.cli import main
from khabar.errors import KhabarError, StorageError
from khabar.eval.goldfile import DraftError
from khabar.store.db import connect
from khabar.store.ingest import IngestReport
from khabar.wording import count

NO_STEPS = [a for s in ("entities", "dates", "quantities", "places", "claims", "events") for a in ("--disable", s)]
SENTENCE = "قال الوزير إن الاتفاق سيوقع قريبا، وأضاف أن الوفد سيصل غدا إلى العاصمة.\n"


def run(*args: str) -> click.testing.Result:
    return CliRunner().invoke(main, list(args), prog_name="khabar")


# -- 1. singular and plural ------------------------------------------------------------------------
@pytest.mark.parametrize(("n", "noun", "plural", "expected"), [
    (0, "article", None, "0 articles"),
    (1, "article", None, "1 article"),
    (2, "article", None, "2 articles"),
    (1000, "article", None, "1,000 articles"),
    (1, "more error", None, "1 more error"),
    (21, "input", None, "21 inputs"),  # English plural is "not 1", not Arabic's rules
    (1, "analysis", "analyses", "1 analysis"),
    (3, "analysis", "analyses", "3 analyses"),
])
def test_count(n: int, noun: str, plural: str | None, expected: str) -> None:
    assert count(n, noun, plural) == expected


@pytest.mark.parametrize(("added", "failed", "expected"), [
    (1, 0, "ingested 1 article into a.db: 1 added,"),  # was "1 articles"
    (0, 1, "ingested 1 article into a.db: 0 added,"),
    (2, 0, "ingested 2 articles into a.db: 2 added,"),
    (0, 0, "ingested 0 articles into a.db: 0 added,"),
])
def test_ingest_summary_line(added: int, failed: int, expected: str) -> None:
    assert IngestReport(added=added, failed=failed, db="a.db").line().startswith(expected)


@pytest.mark.parametrize(("bad", "expected", "not_expected"), [
    (1, "khabar: 1 input failed", "input(s)"),
    (2, "khabar: 2 inputs failed", "input(s)"),
])
def test_analyze_failed_count(tmp_path: Path, bad: int, expected: str, not_expected: str) -> None:
    res = run("analyze", *NO_STEPS, *[str(tmp_path / f"missing{i}.txt") for i in range(bad)])
    assert res.exit_code == 1
    assert expected in res.stderr and not_expected not in res.stderr


def test_one_article_ingested_and_found(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    db = str(tmp_path / "a.db")
    res = run("ingest", str(tmp_path / "a.txt"), "--db", db, *NO_STEPS)
    assert res.exit_code == 0, res.output
    assert f"ingested 1 article into {db}" in res.stdout
    found = run("search", "الوزير", "--db", db)
    assert found.stdout.splitlines()[0] == "1 article matches الوزير"  # was "1 articles match"
    none = run("search", "طائرة", "--db", db)
    assert none.stdout.splitlines()[0] == "0 articles match طائرة"


@pytest.mark.parametrize(("missing", "expected"), [
    (6, "khabar: ... 1 more error: see `khabar errors`"),  # was "1 more errors"
    (7, "khabar: ... 2 more errors: see `khabar errors`"),
])
def test_ingest_more_errors(tmp_path: Path, missing: int, expected: str) -> None:
    res = run("ingest", *[str(tmp_path / f"m{i}") for i in range(missing)], "--db", str(tmp_path / "a.db"))
    assert res.stderr.splitlines()[-1] == expected


def test_entity_counts(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("قال عادل الجبير إن الاتفاق سيوقع قريبا.\n", encoding="utf-8")
    db = str(tmp_path / "a.db")
    steps = [a for s in ("dates", "quantities", "places", "claims", "events") for a in ("--disable", s)]
    assert run("ingest", str(tmp_path / "a.txt"), "--db", db, *steps).exit_code == 0
    res = run("entity", "عادل الجبير", "--db", db)
    assert "1 mention in 1 article\n" in res.stdout  # was "1 mentions in 1 articles"


# -- 2. an archive path that is a folder ---------------------------------------------------------
@pytest.mark.parametrize("command", [["stats"], ["errors"], ["ingest", "-"]])
def test_db_folder_says_so(tmp_path: Path, command: list[str]) -> None:
    res = CliRunner().invoke(main, [*command, "--db", str(tmp_path)], input=SENTENCE, prog_name="khabar")
    assert res.exit_code == 1
    assert res.stderr == (f"khabar: error: {tmp_path} is a folder, not an archive: pass a file "
                          f"in it, e.g. --db {tmp_path / 'khabar.db'}\n")


@pytest.mark.parametrize("url", ["{d}", "sqlite:///{d}", "sqlite:{d}"])
def test_connect_refuses_a_folder(tmp_path: Path, url: str) -> None:
    with pytest.raises(StorageError, match="is a folder, not an archive"):
        connect(url.format(d=tmp_path))


@pytest.mark.parametrize(("url", "files"), [("{d}/new.db", ["new.db"]), ("sqlite:///{d}/new.db", ["new.db"]),
                                          (":memory:", [])])
def test_connect_still_opens_files(tmp_path: Path, url: str, files: list[str]) -> None:
    db = connect(url.format(d=tmp_path))  # must yield no error
    assert db.scalar("SELECT 1") == 1
    db.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == files


# -- 3. one error form ---------------------------------------------------------------------------
@pytest.mark.parametrize(("args", "code", "line", "usage"), [
    (["analyze", "--bogus"], 2, "khabar: error: No such option '--bogus'.", True),
    (["analyze"], 2, "khabar: error: give at least one INPUT (a path, a directory, - or a URL), or --demo", True),
    (["nosuch"], 2, "khabar: error: No such command 'nosuch'.", True),
    (["claims", "--since", "xx", "--db", "x.db"], 2,
     "khabar: error: Invalid value for --since: 'xx' is not a date: use YYYY-MM-DD", True),
    (["stats", "--db", "{d}/none.db"], 1, "khabar: error: no archive at {d}/none.db;", False),
    (["search", "x", "--db", "ftp://host/x"], 1, "khabar: error: cannot use a ftp:// URL", False),
    (["export", "-o", "{d}/no/x.jsonl", "--db", "{d}/none.db"], 1, "khabar: error: ", False),
    (["analyze", "{d}/missing.txt"], 1, "khabar: error: {d}/missing.txt: no such file or directory", False),
])
def test_one_error_form(tmp_path: Path, args: list[str], code: int, line: str, usage: bool) -> None:
    res = run(*[a.format(d=tmp_path) for a in args])
    assert res.exit_code == code
    assert line.format(d=tmp_path) in res.stderr
    assert not any(x.startswith("Error:") for x in res.stderr.splitlines())
    assert ("Try 'khabar" in res.stderr) == usage
    assert res.stdout == ""


@pytest.mark.parametrize(("args", "code", "shown"), [
    (["--help"], 0, "Usage: khabar"),
    (["--version"], 0, "version"),
    (["analyze", "-h"], 0, "Usage: khabar analyze"),
    (["analyze", "--demo", "--format", "text", *NO_STEPS], 0, "outlet: jawharafm"),
])
def test_no_error_where_none(args: list[str], code: int, shown: str) -> None:
    res = run(*args)
    assert (res.exit_code, res.stderr) == (code, "")
    assert shown in res.stdout


def test_not_standalone_still_raises() -> None:
    """Callers that embed the command line get click's exceptions, as before."""
    with pytest.raises(click.NoSuchOption):
        main.main(["analyze", "--bogus"], standalone_mode=False)


# -- 4. DraftError in the tree -------------------------------------------------------------------
@pytest.mark.parametrize(("problems", "expected"), [
    (["entities[1]: 'X' is not one of LOC"], "ant-1: 1 problem:\n  entities[1]: 'X' is not one of LOC"),
    (["a", "b"], "ant-1: 2 problems:\n  a\n  b"),
])
def test_draft_error(problems: list[str], expected: str) -> None:
    err = DraftError("ant-1", problems)
    assert str(err) == expected
    assert isinstance(err, KhabarError) and isinstance(err, ValueError)
    assert err.problems == problems
