"""khabar's archive: analysed articles in SQLite (default) or PostgreSQL, merged across
articles and searchable.

::

    db.py          connection (sqlite:///path, a path, postgresql://...) + dialect shim
    migrations.py  ordered, named migrations recorded in ``khabar_migrations``
    fts.py         full-text index (SQLite FTS5 / PostgreSQL ``arabic`` tsvector)
    keys.py        search terms, article identity, ISO days
    writer.py      one article → rows (entities get-or-create, claims clustered)
    clusters.py    claim corroboration (MinHash + LSH bands kept in the database)
    ingest.py      the runner: readers → analysis (process pool) → batched commits
    time_limit.py  the time limit of one article (SIGALRM), for ingest
    queries.py     search, stats, claims, entity, errors
    export.py      JSON Lines, CSV, GeoJSON

Example::

    from khabar.store import ingest, open_archive, queries
    ingest(["news.jsonl.gz"], "archive.db", workers=2)
    with open_archive("archive.db") as db:
        print(queries.search(db, "المستشفى")["results"][:3])
"""

from __future__ import annotations

from . import export, queries
from .db import Database, connect
from .ingest import IngestReport, ingest, ingest_records
from .migrations import MIGRATIONS, migrate

__all__ = [
    "MIGRATIONS",
    "Database",
    "IngestReport",
    "connect",
    "export",
    "ingest",
    "ingest_records",
    "migrate",
    "open_archive",
    "queries",
]


def open_archive(url: str = "khabar.db", *, create: bool = True) -> Database:
    """Connect to the archive at ``url`` and bring its schema up to date."""
    db = connect(url, create=create)
    try:
        migrate(db)
    except BaseException:
        db.close()
        raise
    return db
