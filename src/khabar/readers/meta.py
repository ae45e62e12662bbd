"""Article metadata as the contract wants it: dates in ISO 8601 or ``None``."""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime

from ..document import RawArticle
from ..errors import UNSTORABLE, source_name

__all__ = ["iso_date", "storable", "storable_article"]

_FIELDS = ("text", "title", "outlet", "id", "date", "url", "section")


def storable(s: str) -> str:
    """``s`` with each NUL and lone surrogate replaced by U+FFFD (one character for one, so
    offsets into a text hold)."""
    return UNSTORABLE.sub("\ufffd", s)


def storable_article(article: RawArticle) -> RawArticle:
    """``article`` fit for every output and archive: NUL characters and lone UTF-16 surrogates
    in its text and metadata become U+FFFD, with an ``encoding`` warning naming the fields, and
    its source is named by :func:`~khabar.errors.source_name`.

    Every reader's articles pass here (``khabar.readers.dispatch.guarded``). Before session 19
    only the JSON Lines reader did this: a feed's ``&#0;`` (feedparser gives a NUL), a NUL in a
    WARC-Target-URI, or a title with one reached the archive, and on PostgreSQL one such
    article stopped the whole ``khabar ingest`` ("the archive database refused a query",
    qa-19a)."""
    changed = {k: storable(v) for k in _FIELDS if isinstance(v := getattr(article, k), str) and UNSTORABLE.search(v)}
    source = source_name(article.source)
    if not changed and source == article.source and not any(UNSTORABLE.search(m) for _, m in article.warnings):
        return article
    warnings = tuple((code, storable(m)) for code, m in article.warnings)
    if changed:
        warnings += (("encoding", f"NUL characters or lone UTF-16 surrogates in the {', '.join(changed)} "
                                  "replaced by U+FFFD (no archive can store them)"),)
    return dataclasses.replace(article, source=source, warnings=warnings, **changed)

_DMY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_COMPACT_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})T(\d{2})(\d{2})(\d{2})$")  # ANT's 2017-01-22T185600


def iso_date(value: str | None) -> str | None:
    """ISO 8601 form of a metadata date, or ``None`` when it is not one date.

    Reads ISO dates and datetimes, ``YYYY-MM-DD HH:MM:SS``, day-first ``DD/MM/YYYY``, ANT's
    ``2017-01-22T185600``, then free Arabic/English strings (``khabar.dates``). A range such as
    Wikinews' ``2012-2014`` is not a date: ``None``.
    """
    if not value:
        return None
    s = value.strip()
    m = _COMPACT_TIME.match(s)
    if m:
        s = f"{m.group(1)}T{m.group(2)}:{m.group(3)}:{m.group(4)}"
    m = _DMY.match(s)
    if m:
        d, mo, y = (int(g) for g in m.groups())
        try:
            return datetime(y, mo, d).date().isoformat()
        except ValueError:
            return None
    if re.fullmatch(r"\d{4}-\d{4}", s):
        return None
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00")).isoformat()
    except ValueError:
        pass
    from ..dates import parse_date_string

    found = parse_date_string(s)
    return found[0] if found else None
