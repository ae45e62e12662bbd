"""The ingest runner: idempotent, resumable after kill -9, bad articles recorded and skipped.

Runs on SQLite and PostgreSQL (tests/_pg.py). Most tests use a deterministic fake analyser
(tests/_archive.py) so that entity rows can be counted exactly; one ingests real articles
through the default pipeline.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from _archive import article_text, crashing_analyze, expected_mentions, fake_analyze
from khabar.errors import KhabarError, StorageError
from khabar.store import connect, ingest, open_archive, queries

pytest_plugins = ["_pg"]

TESTS = Path(__file__).parent


def write_jsonl(path: Path, rows: list[dict[str, str]], extra_lines: list[str] = ()) -> Path:  # type: ignore[assignment]
    lines = [json.dumps(r, ensure_ascii=False) for r in rows] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def corpus(n: int, start: int = 0) -> list[dict[str, str]]:
    return [{"id": str(i), "outlet": "test", "text": article_text(i)} for i in range(start, start + n)]


def check_archive(url: str, n: int) -> None:
    """Exactly ``n`` articles, each whole: its mentions, claims and full-text entry."""
    with open_archive(url) as db:
        assert queries.stats(db)["articles"] == n
        assert db.scalar("SELECT count(DISTINCT identity) FROM articles") == n
        for aid, text in db.all("SELECT id, text FROM articles"):
            assert db.scalar("SELECT count(*) FROM mentions WHERE article_id = ?", (aid,)) == expected_mentions(text)
            assert db.scalar("SELECT count(*) FROM claims WHERE article_id = ?", (aid,)) == 1
        if db.is_postgres:
            assert db.scalar("SELECT count(*) FROM articles WHERE tsv IS NULL") == 0
        else:
            assert db.scalar("SELECT count(*) FROM articles_fts") == n


def test_ingesting_twice_stores_once(tmp_path: Path, archive_url: str) -> None:
    src = write_jsonl(tmp_path / "a.jsonl", corpus(25))
    first = ingest([str(src)], archive_url, analyze=fake_analyze, batch_size=7)
    second = ingest([str(src)], archive_url, analyze=fake_analyze, batch_size=7)
    assert (first.added, first.unchanged) == (25, 0)
    assert (second.added, second.updated, second.unchanged) == (0, 0, 25)
    check_archive(archive_url, 25)


def test_a_changed_article_is_updated(tmp_path: Path, archive_url: str) -> None:
    rows = corpus(5)
    ingest([str(write_jsonl(tmp_path / "a.jsonl", rows))], archive_url, analyze=fake_analyze)
    rows[2] = {**rows[2], "text": article_text(99)}
    rep = ingest([str(write_jsonl(tmp_path / "b.jsonl", rows))], archive_url, analyze=fake_analyze)
    assert (rep.added, rep.updated, rep.unchanged) == (0, 1, 4)
    check_archive(archive_url, 5)


def test_the_same_article_twice_in_one_input_is_stored_once(tmp_path: Path, archive_url: str) -> None:
    rows = corpus(3)
    rep = ingest([str(write_jsonl(tmp_path / "a.jsonl", rows + rows))], archive_url, analyze=fake_analyze)
    assert (rep.added, rep.unchanged) == (3, 3)


def test_bad_articles_are_recorded_and_the_run_goes_on(tmp_path: Path, archive_url: str) -> None:
    rows = corpus(4)
    rows[1] = {"id": "broken", "outlet": "test", "text": "FAIL " + article_text(1)}
    src = write_jsonl(tmp_path / "a.jsonl", rows, ['{"no": "text"}', "not json", '{"text": ""}'])
    rep = ingest([str(src), str(tmp_path / "missing.txt")], archive_url, analyze=fake_analyze)
    assert (rep.added, rep.failed, rep.unread) == (3, 4, 1)  # the missing path is no article (qa-16a)
    with open_archive(archive_url) as db:
        errs = {e["source"]: e for e in queries.errors(db)}
    assert set(errs) == {f"{src}:2", f"{src}:5", f"{src}:6", f"{src}:7", str(tmp_path / "missing.txt")}
    assert "deliberately broken" in errs[f"{src}:2"]["reason"]
    assert errs[str(tmp_path / "missing.txt")]["kind"] == "InputNotFound"


def test_two_workers_store_what_one_worker_stores(tmp_path: Path, archive_url: str) -> None:
    src = write_jsonl(tmp_path / "a.jsonl", corpus(40))
    rep = ingest([str(src)], archive_url, analyze=fake_analyze, workers=2, batch_size=8)
    assert rep.added == 40
    check_archive(archive_url, 40)
    one = str(tmp_path / "one.db")
    ingest([str(src)], one, analyze=fake_analyze, workers=1)
    with open_archive(archive_url) as a, open_archive(one) as b:
        assert queries.stats(a) == queries.stats(b)
        q = "SELECT identity FROM articles ORDER BY id"
        assert a.all(q) == b.all(q)  # results are written in input order


def test_a_dead_worker_stops_the_run_cleanly_and_a_rerun_completes_it(tmp_path: Path) -> None:
    archive_url = str(tmp_path / "a.db")  # engine-independent: SQLite only, to keep it quick
    rows = corpus(12)
    rows[9] = {**rows[9], "text": "CRASH " + rows[9]["text"]}
    src = write_jsonl(tmp_path / "a.jsonl", rows)
    with pytest.raises(KhabarError, match="worker process died"):
        ingest([str(src)], archive_url, analyze=crashing_analyze, workers=2, batch_size=2)
    done = _count(archive_url)
    assert done < 12
    check_archive(archive_url, done)
    rep = ingest([str(src)], archive_url, analyze=fake_analyze, batch_size=5)
    assert rep.added == 12 - done
    check_archive(archive_url, 12)


KILL_SCRIPT = """
import sys
sys.path.insert(0, {tests!r})
from _archive import slow_fake_analyze
from khabar.store import ingest
ingest([{src!r}], {url!r}, analyze=slow_fake_analyze, batch_size=10)
"""


def _count(url: str) -> int:
    try:
        with connect(url) as db:
            return int(db.scalar("SELECT count(*) FROM articles") or 0)
    except StorageError:  # not created yet
        return 0


def test_kill_9_mid_ingest_then_rerun_loses_nothing(tmp_path: Path, archive_url: str) -> None:
    n = 300
    src = write_jsonl(tmp_path / "a.jsonl", corpus(n))
    script = KILL_SCRIPT.format(tests=str(TESTS), src=str(src), url=archive_url)
    proc = subprocess.Popen([sys.executable, "-c", script])
    try:
        deadline = time.monotonic() + 60
        while _count(archive_url) < 40:
            assert proc.poll() is None, "the ingest ended before it could be killed"
            assert time.monotonic() < deadline, "the ingest made no progress"
            time.sleep(0.05)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    done = _count(archive_url)
    assert 40 <= done < n
    assert done % 10 == 0  # whole batches only
    check_archive(archive_url, done)
    rep = ingest([str(src)], archive_url, analyze=fake_analyze, batch_size=10)
    assert (rep.added, rep.unchanged, rep.failed) == (n - done, done, 0)
    check_archive(archive_url, n)


def test_real_articles_through_the_default_pipeline(shared_data: Path, tmp_path: Path, archive_url: str) -> None:
    import gzip

    with gzip.open(shared_data / "news" / "ant.jsonl.gz", "rt", encoding="utf-8") as f:
        lines = [next(f) for _ in range(20)]
    src = tmp_path / "ant20.jsonl"
    src.write_text("".join(lines), encoding="utf-8")
    rep = ingest([str(src)], archive_url, workers=2, batch_size=8)
    assert (rep.added, rep.failed) == (20, 0), rep.errors
    with open_archive(archive_url) as db:
        stats = queries.stats(db)
        assert stats["articles"] == 20
        word = json.loads(lines[0])["title"].split()[0]
        assert queries.search(db, word)["total"] >= 1
        # Every stored mention is an exact span of its article's text.
        rows = db.all(
            "SELECT a.text, m.text, m.start_, m.end_ FROM mentions m JOIN articles a ON a.id = m.article_id"
        )
        assert len(rows) > 20  # mentions were stored (review-19a: the loop passed over none)
        for text, mt, s, e in rows:
            assert text[s:e] == mt


def test_workers_start_when_the_main_script_comes_from_stdin(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "a.jsonl", corpus(6))
    script = (f"import sys; sys.path.insert(0, {str(TESTS)!r})\n"
              "from _archive import fake_analyze\nfrom khabar.store import ingest\n"
              f"print(ingest([{str(src)!r}], {str(tmp_path / 'a.db')!r}, analyze=fake_analyze, workers=2).added)\n")
    res = subprocess.run([sys.executable, "-"], input=script, capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr[-2000:]
    assert res.stdout.strip() == "6"
