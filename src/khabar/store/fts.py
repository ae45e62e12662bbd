"""Full-text search, the one part that differs between engines.

Both index the same normalised, clitic-stripped words (``khabar.store.keys.search_text``):

- SQLite: an FTS5 table ``articles_fts(title, body)`` whose rowid is the article id, ranked
  with ``bm25`` (title weighs double). A query is a list of terms, each double-quoted, so
  nothing a user types is read as FTS syntax (``NEAR(``, ``*``, ``"unbalanced``, ``OR``).
- PostgreSQL: a ``tsvector`` column on ``articles`` built with the built-in ``arabic``
  configuration (title weight A, body B) and a GIN index, ranked with ``ts_rank``; the query
  goes through ``plainto_tsquery``, which reads its input as plain words.
"""

from __future__ import annotations

from .db import Database

__all__ = ["create_fts", "delete_fts", "index_fts", "search_fts"]


def create_fts(db: Database) -> None:
    if db.is_postgres:
        db.execute("ALTER TABLE articles ADD COLUMN tsv tsvector")
        db.execute("CREATE INDEX articles_tsv ON articles USING GIN (tsv)")
    else:
        # Text arrives normalised already: unicode61 only splits it into words.
        db.execute(
            "CREATE VIRTUAL TABLE articles_fts USING fts5("
            "title, body, tokenize = 'unicode61 remove_diacritics 0')"
        )


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


def delete_fts(db: Database, article_id: int) -> None:
    if not db.is_postgres:  # on PostgreSQL the tsv column goes with its row
        db.execute("DELETE FROM articles_fts WHERE rowid = ?", (article_id,))


def _fts5_query(terms: list[str]) -> str:
    # Every term a quoted string ("" escapes a quote), joined by spaces: FTS5's implicit AND.
    return " ".join('"' + t.replace('"', '""') + '"' for t in terms)


def search_fts(db: Database, terms: list[str], limit: int, offset: int = 0) -> list[tuple[int, float]]:
    """``(article_id, score)`` of the best matches for all ``terms``, best first (higher
    score is better on both engines)."""
    if not terms:
        return []
    if db.is_postgres:
        rows = db.all(
            "SELECT id, ts_rank(tsv, q) AS score FROM articles, plainto_tsquery('arabic', ?) AS q "
            "WHERE tsv @@ q ORDER BY score DESC, id LIMIT ? OFFSET ?",
            (" ".join(terms), limit, offset),
        )
        return [(int(r[0]), float(r[1])) for r in rows]
    rows = db.all(
        "SELECT rowid, bm25(articles_fts, 2.0, 1.0) AS score FROM articles_fts "
        "WHERE articles_fts MATCH ? ORDER BY score, rowid LIMIT ? OFFSET ?",
        (_fts5_query(terms), limit, offset),
    )
    # bm25 is "lower is better" (negative); flip it so both engines sort the same way.
    return [(int(r[0]), -float(r[1])) for r in rows]


def count_fts(db: Database, terms: list[str]) -> int:
    if not terms:
        return 0
    if db.is_postgres:
        return int(db.scalar(
            "SELECT count(*) FROM articles WHERE tsv @@ plainto_tsquery('arabic', ?)",
            (" ".join(terms),),
        ))
    return int(db.scalar(
        "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", (_fts5_query(terms),)
    ))
