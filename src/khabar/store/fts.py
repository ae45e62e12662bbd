"""Full-text search, the one part that differs between engines.

Both index the same normalised, clitic-stripped words (``khabar.store.keys.search_text``):

- SQLite: a contentless FTS5 table ``articles_fts(title, body)`` whose rowid is the article
  id, ranked with ``bm25`` (title weighs double). Contentless keeps the archive a third
  smaller (the terms are not stored twice); removing an article's entry needs its terms,
  which are recomputed from the stored text, so :data:`TERMS_VERSION` must change whenever
  ``khabar.store.keys.index_terms`` does: an archive indexed with another version is
  re-indexed when opened (:func:`check_terms_version`). A query is a list of terms, each
  double-quoted, so nothing a user types is read as FTS syntax (``NEAR(``, ``*``,
  ``"unbalanced``, ``OR``).
- PostgreSQL: a ``tsvector`` column on ``articles`` built with the built-in ``arabic``
  configuration (title weight A, body B) and a GIN index, ranked with ``ts_rank``; the query
  goes through ``plainto_tsquery``, which reads its input as plain words.
"""

from __future__ import annotations

from .db import Database
from .keys import search_text

__all__ = ["TERMS_VERSION", "check_terms_version", "create_fts", "delete_fts", "index_fts", "search_fts"]

#: Version of the indexed terms (``khabar.store.keys``): bump it when they change.
TERMS_VERSION = "1"


def create_fts(db: Database) -> None:
    if db.is_postgres:
        db.execute("ALTER TABLE articles ADD COLUMN tsv tsvector")
        db.execute("CREATE INDEX articles_tsv ON articles USING GIN (tsv)")
    else:
        # Text arrives normalised already: unicode61 only splits it into words.
        db.execute(
            "CREATE VIRTUAL TABLE articles_fts USING fts5("
            "title, body, content = '', tokenize = 'unicode61 remove_diacritics 0')"
        )
    db.execute("CREATE TABLE khabar_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute("INSERT INTO khabar_meta (key, value) VALUES ('terms_version', ?)", (TERMS_VERSION,))


def index_fts(db: Database, article_id: int, title: str, body: str) -> None:
    if db.is_postgres:
        db.execute(
            "UPDATE articles SET tsv = setweight(to_tsvector('arabic', ?), 'A') || "
            "setweight(to_tsvector('arabic', ?), 'B') WHERE id = ?",
            (title, body, article_id),
        )
    else:
        db.execute(
            "INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
            (article_id, title, body),
        )


def article_terms(title: str | None, text: str) -> tuple[str, str]:
    """The (title, body) terms indexed for an article."""
    return search_text(None, title or ""), search_text(None, text)


def delete_fts(db: Database, article_id: int) -> None:
    """Remove an article's entry (before its text changes)."""
    if db.is_postgres:  # the tsv column is rewritten with its row
        return
    row = db.one("SELECT title, text FROM articles WHERE id = ?", (article_id,))
    if row is None:
        return
    db.execute(
        "INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', ?, ?, ?)",
        (article_id, *article_terms(row[0], row[1])),
    )


def check_terms_version(db: Database) -> bool:
    """Re-index every article when the archive was indexed with other terms; True if it was."""
    if db.scalar("SELECT value FROM khabar_meta WHERE key = 'terms_version'") == TERMS_VERSION:
        return False
    with db.transaction():
        if not db.is_postgres:
            db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('delete-all')")
        for aid, title, text in db.all("SELECT id, title, text FROM articles ORDER BY id"):
            index_fts(db, int(aid), *article_terms(title, text))
        db.execute("UPDATE khabar_meta SET value = ? WHERE key = 'terms_version'", (TERMS_VERSION,))
    return True


def _fts5_query(terms: list[str]) -> str:
    # Every term a quoted string ("" escapes a quote), joined by spaces: FTS5's implicit AND.
    return " ".join('"' + t.replace('"', '""') + '"' for t in terms)


def _genre_filter(db: Database, genre: str | None) -> tuple[str, tuple[str, ...]]:
    """The condition keeping the articles of ``genre`` (``articles.genre``; none when None)."""
    if genre is None:
        return "", ()
    if db.is_postgres:  # the query reads ``articles`` itself
        return " AND genre = ?", (genre,)
    return " AND rowid IN (SELECT id FROM articles WHERE genre = ?)", (genre,)


def search_fts(
    db: Database, terms: list[str], limit: int, offset: int = 0, genre: str | None = None
) -> list[tuple[int, float]]:
    """``(article_id, score)`` of the best matches for all ``terms``, best first (higher
    score is better on both engines); only articles of ``genre`` when it is given."""
    if not terms:
        return []
    cond, params = _genre_filter(db, genre)
    if db.is_postgres:
        rows = db.all(
            "SELECT id, ts_rank(tsv, q) AS score FROM articles, plainto_tsquery('arabic', ?) AS q "
            f"WHERE tsv @@ q{cond} ORDER BY score DESC, id LIMIT ? OFFSET ?",
            (" ".join(terms), *params, limit, offset),
        )
        return [(int(r[0]), float(r[1])) for r in rows]
    rows = db.all(
        "SELECT rowid, bm25(articles_fts, 2.0, 1.0) AS score FROM articles_fts "
        f"WHERE articles_fts MATCH ?{cond} ORDER BY score, rowid LIMIT ? OFFSET ?",
        (_fts5_query(terms), *params, limit, offset),
    )
    # bm25 is "lower is better" (negative); flip it so both engines sort the same way.
    return [(int(r[0]), -float(r[1])) for r in rows]


def count_fts(db: Database, terms: list[str], genre: str | None = None) -> int:
    if not terms:
        return 0
    cond, params = _genre_filter(db, genre)
    if db.is_postgres:
        return int(db.scalar(
            f"SELECT count(*) FROM articles WHERE tsv @@ plainto_tsquery('arabic', ?){cond}",
            (" ".join(terms), *params),
        ))
    return int(db.scalar(
        f"SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?{cond}",
        (_fts5_query(terms), *params),
    ))
