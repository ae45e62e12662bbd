"""Turn :class:`~khabar.dates.patterns.DateMatch` candidates into ISO values.

Values are ISO 8601 at the record's precision: ``YYYY-MM-DD`` (day), ``YYYY-MM`` (month),
``YYYY`` (year). Rules for incomplete and relative dates are documented in docs/dates.md;
each is commented where it is applied below.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from .hijri import hijri_to_gregorian, hijri_year_to_gregorian
from .patterns import DateMatch

__all__ = ["iso", "resolve"]

Resolved = tuple[str | None, str]  # (value or None, precision)


def iso(y: int, m: int | None = None, d: int | None = None) -> str | None:
    """ISO string at the precision given, or None when the fields are not a real date."""
    try:
        if d is not None and m is not None:
            return date(y, m, d).isoformat()
        if m is not None:
            date(y, m, 1)
            return f"{y:04d}-{m:02d}"
        date(y, 1, 1)
        return f"{y:04d}"
    except ValueError:
        return None


def _month_shift(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def resolve(dm: DateMatch, anchor: date | None) -> Resolved:
    """(value, precision) of a date candidate; ``anchor`` is the article's date or None."""
    kind = _KINDS.get(dm.kind)
    return kind(dm, anchor) if kind is not None else (None, "day")


def _absolute(dm: DateMatch, anchor: date | None) -> Resolved:
    """«12 آذار 2015», «12 آذار» (the article's year), «27 مايو الماضي»."""
    prec = "day" if dm.day is not None else ("month" if dm.month is not None else "year")
    year = dm.year
    if year is None:
        # «12 آذار» without a year: the article's year, or the year before when that
        # would put the date more than 60 days after the article (news reports the past).
        if anchor is None or dm.month is None:
            return None, prec
        year = anchor.year
        try:
            d = date(year, dm.month, dm.day or 1)
        except ValueError:
            return None, prec
        if dm.shift < 0 and d > anchor:
            year -= 1  # «27 مايو الماضي» in a March article: last year's May
        elif dm.shift > 0 and d < anchor - timedelta(days=1):
            year += 1  # «5 جانفي المقبل» in a December article
        elif dm.shift == 0 and d > anchor + timedelta(days=60):
            year -= 1
    return iso(year, dm.month, dm.day), prec


def _month(dm: DateMatch, anchor: date | None) -> Resolved:
    """A month without a year: «آذار الماضي»، «نيسان المقبل»، «في شهر كانون الأول»."""
    if anchor is None or dm.month is None:
        return None, "month"
    year = anchor.year
    if dm.shift < 0:
        # «آذار الماضي»: the latest such month before the article's month (in a March
        # article «آذار الماضي» is last year's; this month would be «الشهر الجاري»)
        if dm.month >= anchor.month:
            year -= 1
    elif dm.shift > 0:
        # «نيسان المقبل»: the first such month after the article's month
        if dm.month <= anchor.month:
            year += 1
    elif dm.month > anchor.month + 2:
        # bare «في شهر كانون الأول» in a March article: last December
        year -= 1
    return iso(year, dm.month), "month"


def _hijri(dm: DateMatch, anchor: date | None) -> Resolved:
    """A Hijri date, year, or month and day («27 رمضان»: the nearest before the article)."""
    if dm.year is None:
        # «27 رمضان» without a year: the Hijri year that puts it nearest before the
        # article's date (up to 60 days after it)
        if anchor is None or dm.month is None or dm.day is None:
            return None, "day"
        near = _hijri_near(dm.month, dm.day, anchor)
        return (_weekday_fix(near, dm.weekday).isoformat() if near else None), "day"
    if dm.month is not None and dm.day is not None:
        try:
            g = hijri_to_gregorian(dm.year, dm.month, dm.day)
        except ValueError:
            return None, "day"
        return _weekday_fix(g, dm.weekday).isoformat(), "day"
    if dm.month is not None:
        g = hijri_to_gregorian(dm.year, dm.month, 15)
        return iso(g.year, g.month), "month"
    return iso(hijri_year_to_gregorian(dm.year)), "year"


def _weekday(dm: DateMatch, anchor: date | None) -> Resolved:
    """«الأحد»، «الأحد المقبل»، «الخميس الماضي»."""
    if anchor is None or dm.weekday is None:
        return None, "day"
    back = (anchor.weekday() - dm.weekday) % 7
    if dm.shift > 0:
        # «الأحد المقبل»: the next such day strictly after the article's date
        ahead = (dm.weekday - anchor.weekday()) % 7 or 7
        return (anchor + timedelta(days=ahead)).isoformat(), "day"
    if dm.shift < 0 and back == 0:
        back = 7  # «الخميس الماضي» written on a Thursday: a week ago
    # a bare weekday: the latest such day on or before the article's date
    return (anchor - timedelta(days=back)).isoformat(), "day"


def _day_of_this_month(dm: DateMatch, anchor: date | None) -> Resolved:
    """«التاسع من الشهر الجاري»: that day of the article's month (or the one before/after)."""
    if anchor is None or dm.day is None:
        return None, "day"
    y, m = _month_shift(anchor.year, anchor.month, dm.shift)
    return iso(y, m, dm.day), "day"


def _relative_day(dm: DateMatch, anchor: date | None) -> Resolved:
    """«أمس»، «الشهر الماضي»; «اليوم الخميس»: the written weekday wins."""
    value, prec = _relative(dm.rel or "", anchor)
    if value and prec == "day" and dm.weekday is not None and anchor is not None:
        d = date.fromisoformat(value)
        if d.weekday() != dm.weekday and dm.rel in ("day+0", "day-1", "day-2"):
            # «اليوم الخميس» in an article dated (crawled) on Friday: the written weekday
            # wins; the latest such day on or before the article's date
            back = (anchor.weekday() - dm.weekday) % 7
            value = (anchor - timedelta(days=back)).isoformat()
    return value, prec


#: :attr:`DateMatch.kind` -> its resolver
_KINDS: dict[str, Callable[[DateMatch, date | None], Resolved]] = {
    "abs": _absolute, "month": _month, "hijri": _hijri, "weekday": _weekday,
    "dthis": _day_of_this_month, "rel": _relative_day,
}


def _weekday_fix(g: date, weekday: int | None) -> date:
    """The tabular calendar may be a day off the calendar the article used: when a weekday
    is written with the date («الثلاثاء 12/10/1436هـ»), move one day to agree with it."""
    if weekday is None or g.weekday() == weekday:
        return g
    for delta in (-1, 1):
        if (g + timedelta(days=delta)).weekday() == weekday:
            return g + timedelta(days=delta)
    return g


def _hijri_near(month: int, day: int, anchor: date) -> date | None:
    approx = int((anchor.year - 622) * 33 / 32)  # roughly the Hijri year of the anchor
    best: date | None = None
    for hy in range(approx - 2, approx + 3):
        try:
            g = hijri_to_gregorian(hy, month, day)
        except ValueError:
            continue
        if g <= anchor + timedelta(days=60) and (best is None or g > best):
            best = g
    return best


def _relative(rel: str, anchor: date | None) -> Resolved:
    if rel == "recent":
        # «في الأيام الأخيرة»: no day, month or year is named: null (docs/annotation.md)
        return None, "day"
    unit, _, off = rel.partition("+") if "+" in rel else rel.partition("-")
    k = int(off) * (-1 if "-" in rel else 1)
    if unit == "day":
        return ((anchor + timedelta(days=k)).isoformat() if anchor else None), "day"
    if unit == "week":
        # «الأسبوع الماضي»: the same weekday a week before (after) the article's date, day
        # precision (the closest single day; compared at a coarser precision it still holds)
        return ((anchor + timedelta(days=7 * k)).isoformat() if anchor else None), "day"
    if unit == "month":
        if anchor is None:
            return None, "month"
        y, m = _month_shift(anchor.year, anchor.month, k)
        return iso(y, m), "month"
    if unit == "year":
        return (iso(anchor.year + k) if anchor else None), "year"
    return None, "day"
