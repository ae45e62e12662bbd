"""``parse_date_string``: one publication date from a free byline, feed or metadata string."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from ..normalize import normalize_text
from .patterns import find_dates
from .resolve import resolve

__all__ = ["article_anchor", "parse_date_string"]

_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
_YEAR_WORD = re.compile("عام|سن[ةه]")


@cache
def _copyright_re() -> re.Pattern[str]:
    # «© 2024»، «(c) 2010-2024»، «Copyright 2024»، «جميع الحقوق محفوظة 2024»: a footer's year is
    # never a publication date, so these spans are blanked before searching.
    return re.compile(
        r"(?i:©|\(c\)|copyright|جميع\s+الحقوق\s+محفوظ[ةه]|حقوق\s+(?:النشر|الطبع)[^\d\n]{0,30})"
        r"[^\d\n]{0,30}\d{4}(?:\s*[-–]\s*\d{4})?"
        r"|\d{4}(?:\s*[-–]\s*\d{4})?\s*(?:©|\(c\))"
    )


def parse_date_string(s: str) -> tuple[str, str] | None:
    """(ISO date, precision) of the date written in ``s``, or None.

    Accepts Arabic bylines («نُشر في 12 آذار 2024»، «الثلاثاء 12 مارس 2024 - 10:30»), ISO 8601
    («2024-03-12T10:00:00Z»: the date as written, no time-zone shift), day-first numeric dates
    («12/03/2024»), RFC 822 («Tue, 12 Mar 2024 10:00:00 GMT») and Hijri dates («3 رمضان 1445
    هـ»). Copyright footers («© 2024») are ignored. When several dates occur, the most
    precise wins (Gregorian before Hijri), then the first. Relative words («أمس») are not
    resolved here: there is nothing to resolve them against.
    """
    if not s or not s.strip():
        return None
    text = _copyright_re().sub(lambda m: " " * len(m.group()), normalize_text(s))
    best: tuple[tuple[int, int, int], tuple[str, str]] | None = None
    for dm in find_dates(text, relative=False, english=True):
        value, prec = resolve(dm, None)
        if value is None:
            continue
        if prec == "year" and dm.kind == "abs" and not _YEAR_WORD.search(text, dm.start, dm.end):
            continue  # a bare year («2012-2014»، «في 2024») is no publication date
        key = (_PRECISION_RANK[prec], dm.kind == "hijri", dm.start)
        if best is None or key < best[0]:
            best = (key, (value, prec))
    return best[1] if best else None


def article_anchor(raw: str | None) -> date | None:
    """The article's date as a :class:`datetime.date` when ``raw`` gives a day, else None
    (e.g. Wikinews' «2012-2014»)."""
    if not raw:
        return None
    got = parse_date_string(raw)
    if got is None or got[1] != "day":
        return None
    return date.fromisoformat(got[0])
