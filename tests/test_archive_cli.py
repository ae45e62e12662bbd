"""The archive commands: ingest, search, stats, claims, entity, errors, export."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from click.testing import CliRunner

from _archive import record
from khabar.cli import main
from khabar.store import ingest_records, open_archive

pytest_plugins = ["_pg"]

COMMANDS = ["ingest", "search", "stats", "claims", "entity", "errors", "export"]

ARTICLES = [
    {"id": "1", "outlet": "spa", "date": "2015-07-21",
     "text": "قال المتحدث باسم التحالف إن القوات دمرت مخازن أسلحة في صعدة."},
    {"id": "2", "outlet": "okaz", "date": "2015-07-22",
     "text": "نُقل المصابون إلى المُستشفى الميداني في حلب."},
]


def cli(*args: str) -> tuple[int, str]:
    res = CliRunner().invoke(main, list(args))
    return res.exit_code, res.output


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "news.jsonl"
    lines = [json.dumps(a, ensure_ascii=False) for a in ARTICLES] + ["not json"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def filled(tmp_path: Path, archive_url: str) -> str:
    """An archive (each engine) with hand-built records: an entity, a corroborated claim,
    a place and an event."""
    spk = ("تركي المالكي", "PER", None, "Turki al-Maliki")
    recs = [
        record(f"قال تركي المالكي إن {content}", id=str(i), outlet=outlet, date=date, entities=[spk],
               claims=[("تركي المالكي", "قال", content)],
               places=[("صعدة", "Saada", 16.94, 43.76)],
               events=[("مخازن", "explosions_remote_violence", "صعدة", content)])
        for i, outlet, date, content in [
            (1, "spa", "2015-07-21", "قوات التحالف دمرت مخازن أسلحة في صعدة"),
            (2, "okaz", "2015-07-23", "قوات التحالف دمّرت مخازن الأسلحة في صعدة"),
        ]
    ]
    with open_archive(archive_url) as db:
        ingest_records(recs, db)
    return archive_url


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_an_example(command: str) -> None:
    code, out = cli(command, "--help")
    assert code == 0 and "Example:" in out


def test_ingest_prints_one_summary_line_and_records_the_bad_line(corpus: Path, archive_url: str) -> None:
    code, out = cli("ingest", str(corpus), "--db", archive_url)
    assert code == 0
    last = out.strip().splitlines()[-1]
    assert last.startswith("ingested 3 articles") and "2 added" in last and "1 failed" in last
    password = urlsplit(archive_url).password
    assert not password or f":{password}@" not in out  # a PostgreSQL password is never printed
    code, out = cli("errors", "--db", archive_url, "--format", "json")
    [err] = json.loads(out)
    assert err["source"] == f"{corpus}:3" and err["kind"] == "MalformedInput"


def test_ingest_json_summary(corpus: Path, archive_url: str) -> None:
    cli("ingest", str(corpus), "--db", archive_url)
    code, out = cli("ingest", str(corpus), "--db", archive_url, "--format", "json")
    summary = json.loads(out)
    assert (summary["added"], summary["unchanged"], summary["failed"]) == (0, 2, 1)


def test_ingest_subprocess_not_a_terminal_prints_one_clean_line(corpus: Path, tmp_path: Path) -> None:
    res = subprocess.run([sys.executable, "-m", "khabar", "ingest", str(corpus), "--db",
                          str(tmp_path / "a.db"), "--workers", "2"],
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 0
    assert res.stdout.count("\n") == 1 and res.stdout.startswith("ingested 3 articles")
    assert "\x1b" not in res.stdout + res.stderr  # no progress bar or colours in a pipe


def test_stats_json_keys(filled: str) -> None:
    code, out = cli("stats", "--db", filled, "--format", "json")
    assert code == 0
    assert json.loads(out) == {"articles": 2, "entities": 1, "claims": 2, "claim_clusters": 1,
                               "places": 2, "events": 2, "errors": 0}


def test_stats_text_is_a_table(filled: str) -> None:
    code, out = cli("stats", "--db", filled)
    assert code == 0 and "claim clusters" in out


def test_search_json_and_text(corpus: Path, archive_url: str) -> None:
    cli("ingest", str(corpus), "--db", archive_url)
    code, out = cli("search", "مستشفى", "--db", archive_url, "--format", "json")
    res = json.loads(out)
    assert code == 0 and res["total"] == 1 and res["results"][0]["article"] == "id:okaz:2"
    code, out = cli("search", "مستشفى", "--db", archive_url)
    assert code == 0 and "المُستشفى" in out


@pytest.mark.parametrize("query", ["' OR 1=1 --", '"unbalanced', "NEAR(", "*"])
def test_search_hostile_input_is_text(corpus: Path, archive_url: str, query: str) -> None:
    cli("ingest", str(corpus), "--db", archive_url)
    code, out = cli("search", query, "--db", archive_url, "--format", "json")
    assert code == 0 and json.loads(out)["results"] == []
    assert "Traceback" not in out


def test_search_without_words_says_so(corpus: Path, archive_url: str) -> None:
    cli("ingest", str(corpus), "--db", archive_url)
    res = CliRunner().invoke(main, ["search", "*", "--db", archive_url])
    assert res.exit_code == 0 and "no words to search for" in res.output


def test_query_on_a_missing_archive_is_one_line(tmp_path: Path) -> None:
    code, out = cli("stats", "--db", str(tmp_path / "none.db"))
    assert code == 1 and "no archive at" in out and "Traceback" not in out
    assert not (tmp_path / "none.db").exists()


def test_claims_clusters_with_outlets_and_dates(filled: str) -> None:
    code, out = cli("claims", "--db", filled, "--speaker", "تركي المالكي", "--format", "json")
    [cluster] = json.loads(out)
    assert cluster["outlets"] == ["okaz", "spa"] and cluster["n_reports"] == 2
    assert (cluster["first_date"], cluster["last_date"]) == ("2015-07-21", "2015-07-23")


@pytest.mark.parametrize(("args", "n"), [
    (["--since", "2015-07-22"], 1),
    (["--since", "2015-08-01"], 0),
    (["--speaker", "Turki al-Maliki"], 1),
    (["--speaker", "عادل الجبير"], 0),
])
def test_claims_filters(filled: str, args: list[str], n: int) -> None:
    code, out = cli("claims", "--db", filled, "--format", "json", *args)
    assert code == 0 and len(json.loads(out)) == n


def test_claims_bad_date_is_a_usage_error(filled: str) -> None:
    code, out = cli("claims", "--db", filled, "--since", "last week")
    assert code == 2 and "YYYY-MM-DD" in out


def test_claims_text_table(filled: str) -> None:
    code, out = cli("claims", "--db", filled)
    assert code == 0 and "okaz" in out


def test_entity_json(filled: str) -> None:
    code, out = cli("entity", "تركي المالكي", "--db", filled, "--format", "json")
    [ent] = json.loads(out)
    assert ent["name_en"] == "Turki al-Maliki" and ent["articles"] == 2
    assert ent["mentions_by_month"] == {"2015-07": 2} and len(ent["claims"]) == 1


def test_unknown_entity(filled: str) -> None:
    code, out = cli("entity", "لا أحد", "--db", filled, "--format", "json")
    assert code == 0 and json.loads(out) == []


def test_export_jsonl(filled: str) -> None:
    code, out = cli("export", "--db", filled, "--format", "jsonl")
    lines = out.strip().splitlines()
    assert code == 0 and len(lines) == 2 and json.loads(lines[0])["claims"][0]["id"] == "c1"


def test_export_csv_claims(filled: str) -> None:
    code, out = cli("export", "--db", filled, "--format", "csv", "--table", "claims")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and [r["outlet"] for r in rows] == ["spa", "okaz"]
    assert rows[0]["cluster"] == rows[1]["cluster"]


def test_export_geojson(filled: str, tmp_path: Path) -> None:
    dest = tmp_path / "places.geojson"
    code, _ = cli("export", "--db", filled, "--format", "geojson", "-o", str(dest))
    fc = json.loads(dest.read_text(encoding="utf-8"))
    [feat] = fc["features"]
    assert code == 0 and fc["type"] == "FeatureCollection"
    props = feat["properties"]
    assert len(props["articles"]) == 2 and len(props["claims"]) == 2 and len(props["events"]) == 2


def test_postgres_without_psycopg_gives_the_install_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg now fails
    code, out = cli("stats", "--db", "postgresql://u:p@127.0.0.1:1/none")
    assert code == 1 and "pip install 'khabar[postgres]'" in out and "Traceback" not in out


def test_unreachable_postgres_is_one_line_without_the_password() -> None:
    code, out = cli("stats", "--db", "postgresql://u:secret@127.0.0.1:1/none")
    assert code == 1 and "cannot connect to PostgreSQL" in out
    assert "secret" not in out and len(out.strip().splitlines()) == 1


@pytest.mark.parametrize(("table", "rows"), [("articles", 2), ("entities", 1), ("claims", 2),
                                             ("places", 2), ("events", 2)])
def test_export_every_csv_table(filled: str, table: str, rows: int) -> None:
    code, out = cli("export", "--db", filled, "--format", "csv", "--table", table)
    assert code == 0 and len(list(csv.DictReader(io.StringIO(out)))) == rows
