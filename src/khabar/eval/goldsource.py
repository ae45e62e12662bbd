"""Where a gold article's text comes from: the shared news corpus (``news/`` under
:func:`khabar.options.data_dir`), one file per source, and which sources' text may be
committed (:data:`FREE_SOURCES`)."""

from __future__ import annotations

import gzip
import hashlib
import json
from functools import lru_cache

from ..errors import DataError
from ..options import data_dir

__all__ = ["FORMAT", "FREE_SOURCES", "LAYERS", "news_article", "sha", "source_file_of"]

#: Version of the annotation file layout (its ``format`` key).
FORMAT = 1
#: Sources whose text may be committed (Wikinews CC BY 2.5, ANT Apache-2.0).
FREE_SOURCES = ("wikinews.jsonl.gz", "ant.jsonl.gz")
#: The annotated layers, in the order an annotation lists them.
LAYERS = ("entities", "claims", "quantities", "dates", "places", "events")


def source_file_of(article_id: str) -> str:
    """``saudinewsnet-000123`` → ``saudinewsnet.jsonl.gz`` (ids carry their corpus name)."""
    return article_id.rsplit("-", 1)[0] + ".jsonl.gz"


@lru_cache(maxsize=4)
def _news_file(name: str) -> dict[str, dict]:
    path = data_dir() / "news" / name
    if not path.exists():
        raise DataError(
            f"{path} not found: gold articles read their text from the shared news corpus; "
            "set KHABAR_DATA to the folder that holds news/"
        )
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return {r["id"]: r for r in map(json.loads, fh)}


def news_article(article_id: str) -> dict:
    """The corpus row of ``article_id`` (text, title, outlet, date...)."""
    rows = _news_file(source_file_of(article_id))
    if article_id not in rows:
        raise DataError(f"article {article_id} is not in {source_file_of(article_id)}: check the id, "
                        "and that KHABAR_DATA is the folder that holds the shared news/")
    return rows[article_id]


def sha(s: str, n: int = 16) -> str:
    """The first ``n`` hex digits of the SHA-256 of ``s``: the hash each annotated span carries."""
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:n]
