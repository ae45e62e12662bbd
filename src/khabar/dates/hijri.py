"""Hijri → Gregorian: the Umm al-Qura calendar for 1400–1460 AH, the tabular one otherwise.

Umm al-Qura (Saudi Arabia's official calendar, :mod:`khabar.dates.ummalqura`) is what Saudi
and most Gulf outlets print. Outside its table the tabular calendar is used. The tabular calendar (30-year cycle, leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29; the
"civil" epoch 1 Muharram 1 AH = Julian 16 July 622 = JDN 1948440) is the one in
Dershowitz & Reingold, *Calendrical Calculations*, ch. 7. It differs from Saudi Umm al-Qura
and from sighting-based calendars by at most one or two days, which is why khabar gives a
Hijri date without a Gregorian equivalent only ``day`` precision when a day is written, and
``year`` precision (the Gregorian year holding the middle of the Hijri year) otherwise.
"""

from __future__ import annotations

from datetime import date

from . import ummalqura as um

__all__ = ["hijri_to_gregorian", "hijri_year_to_gregorian", "tabular_to_gregorian"]

_EPOCH_JDN = 1948440  # 1 Muharram 1 AH (civil epoch), Julian Day Number
_ORDINAL_OFFSET = 1721425  # date.fromordinal(1) == 0001-01-01 == JDN 1721426


def hijri_to_gregorian(year: int, month: int, day: int) -> date:
    """The Gregorian date of a Hijri date: Umm al-Qura when the year is in its table."""
    if um.FIRST_YEAR <= year <= um.LAST_YEAR and 1 <= month <= 12 and 1 <= day <= 30:
        i = (year - um.FIRST_YEAR) * 12 + month - 1
        start, nxt = um.MONTH_STARTS[i], um.MONTH_STARTS[i + 1]
        if day > nxt - start:
            raise ValueError(f"not a Hijri date: {year}-{month}-{day} (the month has "
                             f"{nxt - start} days)")
        return date.fromordinal(start + day - 1 + um.RJD_OFFSET - _ORDINAL_OFFSET)
    return tabular_to_gregorian(year, month, day)


def tabular_to_gregorian(year: int, month: int, day: int) -> date:
    """The Gregorian date of a tabular Hijri date (``1 <= month <= 12``, ``1 <= day <= 30``)."""
    if not (1 <= month <= 12 and 1 <= day <= 30 and year >= 1):
        raise ValueError(f"not a Hijri date: {year}-{month}-{day}")
    jdn = (
        day
        + (295 * (month - 1) + 9) // 10  # ceil(29.5 * (month - 1)): months alternate 30/29
        + 354 * (year - 1)
        + (3 + 11 * year) // 30  # leap days of the 30-year cycle so far
        + _EPOCH_JDN
        - 1
    )
    return date.fromordinal(jdn - _ORDINAL_OFFSET)


def hijri_year_to_gregorian(year: int) -> int:
    """The Gregorian year holding the middle (1 Rajab) of Hijri ``year``."""
    return hijri_to_gregorian(year, 7, 1).year
