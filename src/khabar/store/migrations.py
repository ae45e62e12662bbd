"""The archive's schema, as ordered, named migrations.

Each migration is a function ``(db) -> None`` with a unique name; :func:`migrate` applies
the ones not yet recorded in ``khabar_migrations``, each in its own transaction together with
the row that records it, so a migration is applied entirely or not at all. The same SQL runs
on SQLite and PostgreSQL (``{pk}``/``{float}`` slots, see ``khabar.store.db``); only the
full-text index differs (``khabar.store.fts``). Never edit a released migration: add one.
(The shape follows sqlite-utils' ``migrations.py``.)
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from .db import Database
from .fts import check_terms_version, create_fts

__all__ = ["MIGRATIONS", "migrate"]

_TABLES = [
    """CREATE TABLE articles (
        id {pk},
        identity TEXT NOT NULL UNIQUE,
        input_id TEXT,
        source TEXT NOT NULL,
        title TEXT,
        outlet TEXT,
        date TEXT,
        day TEXT,
        url TEXT,
        text TEXT NOT NULL,
        text_hash TEXT NOT NULL,
        record {blob} NOT NULL,
        ingested_at TEXT NOT NULL
    )""",
    "CREATE INDEX articles_day ON articles (day)",
    "CREATE INDEX articles_outlet ON articles (outlet)",
    """CREATE TABLE entities (
        id {pk},
        canonical TEXT NOT NULL UNIQUE,
        type TEXT NOT NULL,
        subtype TEXT,
        name_en TEXT
    )""",
    # Every spelling seen for an entity; ``key`` is its folded form (or ``en:`` + English
    # name) used to merge a new entity into a known one. ``partial`` marks a shorter
    # spelling than the entity's full name in its article (a surname alone: «عاشور» for
    # «لطفي عاشور»), kept for display but never used to merge (it is ambiguous).
    """CREATE TABLE entity_aliases (
        entity_id {bigint} NOT NULL REFERENCES entities (id),
        alias TEXT NOT NULL,
        key TEXT NOT NULL,
        partial INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (entity_id, alias)
    )""",
    "CREATE INDEX entity_aliases_key ON entity_aliases (key)",
    """CREATE TABLE mentions (
        article_id {bigint} NOT NULL REFERENCES articles (id),
        entity_id {bigint} NOT NULL REFERENCES entities (id),
        local_id TEXT NOT NULL,
        text TEXT NOT NULL,
        start_ INTEGER NOT NULL,
        end_ INTEGER NOT NULL
    )""",
    "CREATE INDEX mentions_article ON mentions (article_id)",
    "CREATE INDEX mentions_entity ON mentions (entity_id)",
    # A claim cluster: the same claim by the same speaker in several articles. ``signature``
    # is the MinHash of its first report; ``claim_bands`` holds its LSH bands.
    """CREATE TABLE claim_clusters (
        id {pk},
        speaker_key TEXT NOT NULL,
        signature {blob} NOT NULL
    )""",
    """CREATE TABLE claim_bands (
        cluster_id {bigint} NOT NULL REFERENCES claim_clusters (id),
        band {bigint} NOT NULL
    )""",
    "CREATE INDEX claim_bands_band ON claim_bands (band)",
    """CREATE TABLE claims (
        id {pk},
        article_id {bigint} NOT NULL REFERENCES articles (id),
        cluster_id {bigint} NOT NULL REFERENCES claim_clusters (id),
        local_id TEXT NOT NULL,
        content TEXT NOT NULL,
        content_key TEXT NOT NULL,
        content_start INTEGER NOT NULL,
        content_end INTEGER NOT NULL,
        cue TEXT NOT NULL,
        speaker TEXT NOT NULL,
        speaker_entity_id {bigint} REFERENCES entities (id),
        speaker_key TEXT NOT NULL,
        kind TEXT NOT NULL,
        certainty TEXT NOT NULL,
        chain TEXT NOT NULL
    )""",
    "CREATE INDEX claims_article ON claims (article_id)",
    "CREATE INDEX claims_cluster ON claims (cluster_id)",
    "CREATE INDEX claims_speaker_entity ON claims (speaker_entity_id)",
    "CREATE INDEX claims_speaker_key ON claims (speaker_key)",
    # Entities mentioned inside a claim's content (``khabar claims --about``).
    """CREATE TABLE claim_about (
        claim_id {bigint} NOT NULL REFERENCES claims (id),
        entity_id {bigint} NOT NULL REFERENCES entities (id),
        PRIMARY KEY (claim_id, entity_id)
    )""",
    "CREATE INDEX claim_about_entity ON claim_about (entity_id)",
    """CREATE TABLE places (
        id {pk},
        article_id {bigint} NOT NULL REFERENCES articles (id),
        local_id TEXT NOT NULL,
        text TEXT NOT NULL,
        start_ INTEGER NOT NULL,
        end_ INTEGER NOT NULL,
        entity_id {bigint} REFERENCES entities (id),
        name_en TEXT,
        lat {float},
        lon {float},
        country TEXT,
        precision TEXT,
        place_key TEXT NOT NULL
    )""",
    "CREATE INDEX places_article ON places (article_id)",
    "CREATE INDEX places_key ON places (place_key)",
    """CREATE TABLE events (
        id {pk},
        article_id {bigint} NOT NULL REFERENCES articles (id),
        local_id TEXT NOT NULL,
        type TEXT NOT NULL,
        subtype TEXT,
        trigger_text TEXT NOT NULL,
        trigger_start INTEGER NOT NULL,
        trigger_end INTEGER NOT NULL,
        place_id {bigint} REFERENCES places (id),
        claim_id {bigint} REFERENCES claims (id),
        date_value TEXT,
        fatalities_best {float},
        actors TEXT NOT NULL,
        targets TEXT NOT NULL
    )""",
    "CREATE INDEX events_article ON events (article_id)",
    "CREATE INDEX events_place ON events (place_id)",
    # Inputs and articles that could not be read or analysed; one row per source.
    """CREATE TABLE errors (
        id {pk},
        source TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        reason TEXT NOT NULL,
        seen INTEGER NOT NULL,
        first_at TEXT NOT NULL,
        last_at TEXT NOT NULL
    )""",
]


def m001_tables(db: Database) -> None:
    for stmt in _TABLES:
        db.execute(db.ddl(stmt))


def m002_fulltext(db: Database) -> None:
    create_fts(db)


def m003_article_genre(db: Database) -> None:
    """``ArticleRecord.section`` and ``genre`` (session 13) as columns of ``articles``, the genre
    indexed (``khabar search --genre``, ``khabar export --genre``). An archive written before
    keeps every row: the section was not kept (it stays null) and the genre is what the text and
    URL say (:func:`khabar.genre.article_genre` without a section), since ingest skips an
    article it holds already and would never fill it in."""
    from ..genre import article_genre  # the language data loads only when an archive migrates

    db.execute("ALTER TABLE articles ADD COLUMN section TEXT")
    db.execute("ALTER TABLE articles ADD COLUMN genre TEXT")
    db.execute("CREATE INDEX articles_genre ON articles (genre)")
    last = 0
    while rows := db.all(
        "SELECT id, text, url FROM articles WHERE id > ? ORDER BY id LIMIT 500", (last,)
    ):
        db.executemany(
            "UPDATE articles SET genre = ? WHERE id = ?",
            [(article_genre(text, url), aid) for aid, text, url in rows],
        )
        last = int(rows[-1][0])


#: Ordered, named migrations. Append only.
MIGRATIONS: list[tuple[str, Callable[[Database], None]]] = [
    ("001_tables", m001_tables),
    ("002_fulltext", m002_fulltext),
    ("003_article_genre", m003_article_genre),
]


def applied(db: Database) -> list[str]:
    db.execute("CREATE TABLE IF NOT EXISTS khabar_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    return [r[0] for r in db.all("SELECT name FROM khabar_migrations ORDER BY name")]


def migrate(db: Database) -> list[str]:
    """Apply pending migrations in order; return the names applied now."""
    done = set(applied(db))
    now: list[str] = []
    for name, func in MIGRATIONS:
        if name in done:
            continue
        with db.transaction():
            # Another process may have migrated since we looked: check inside the lock
            # (SQLite's BEGIN IMMEDIATE holds it already; PostgreSQL needs it taken).
            if db.is_postgres:
                db.execute("LOCK TABLE khabar_migrations IN EXCLUSIVE MODE")
            if db.scalar("SELECT 1 FROM khabar_migrations WHERE name = ?", (name,)):
                continue
            func(db)
            db.execute(
                "INSERT INTO khabar_migrations (name, applied_at) VALUES (?, ?)",
                (name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
        now.append(name)
    check_terms_version(db)
    return now
