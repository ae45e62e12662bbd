"""Article metadata as the contract wants it: dates in ISO 8601 or ``None``."""

from __future__ import annotations

import re
from datetime import datetime

__all__ = ["iso_date"]

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
