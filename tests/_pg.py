"""The storage tests' engines: SQLite in a temp dir, and a real PostgreSQL server.

PostgreSQL comes from ``KHABAR_TEST_PG_URL`` (``scripts/test`` starts one with
``scripts/start_postgres.sh``). When it is unset the PostgreSQL cases are skipped locally
and FAIL with ``CI=true``. Each test gets its own schema, dropped afterwards, so tests never
see each other's rows.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from khabar.store import Database, open_archive

PG_URL = os.environ.get("KHABAR_TEST_PG_URL", "")
IN_CI = os.environ.get("CI") == "true"
ENGINES = ["sqlite", "postgres"]


def require_postgres() -> str:
    if not PG_URL:
        why = "KHABAR_TEST_PG_URL is not set (scripts/start_postgres.sh starts a server)"
        if IN_CI:
            pytest.fail(f"{why}; CI=true needs PostgreSQL")
        pytest.skip(why)
    return PG_URL


def _with_search_path(url: str, schema: str) -> str:
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options={quote(f'-c search_path={schema}')}"


def _admin(url: str):  # type: ignore[no-untyped-def]
    import psycopg

    return psycopg.connect(url, autocommit=True)


def engine_url(engine: str, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty archive URL for ``engine``; its schema is dropped afterwards."""
    if engine == "sqlite":
        yield str(tmp_path / "archive.db")
        return
    base = require_postgres()
    schema = "t_" + uuid.uuid4().hex[:12]
    with _admin(base) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield _with_search_path(base, schema)
    finally:
        with _admin(base) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture(params=ENGINES)
def archive_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty archive URL on each engine."""
    yield from engine_url(request.param, tmp_path)


@pytest.fixture
def db(archive_url: str) -> Iterator[Database]:
    """An open, migrated, empty archive on each engine."""
    database = open_archive(archive_url)
    try:
        yield database
    finally:
        database.close()
