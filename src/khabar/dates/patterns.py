"""Date expressions in a text: the regexes of :mod:`khabar.dates.regexes` run, and each
match is read into a :class:`DateMatch` (its readers, ``_READERS``).

Every pattern runs on normalised text (:func:`khabar.normalize.normalize`: alef forms → ا,
ى → ي, digits ASCII) and :func:`find_dates` returns :class:`DateMatch` candidates with
offsets into that text; overlaps are resolved longest-first, so «الثلاثاء 12 آذار 2024»
is one date, not a weekday plus a date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..normalize import normalize_text
from .lexicon import (
    AGO_NUMBERS,
    AGO_UNITS,
    EN_MONTHS,
    GREGORIAN_MONTHS,
    HIJRI_MONTHS,
    ORDINAL_DAYS,
    WEEKDAYS,
)
from .regexes import NEEDS as _NEEDS
from .regexes import RELATIVE
from .regexes import compiled as _compiled
from .regexes import gates as _gates

__all__ = ["DateMatch", "find_dates", "month_number", "hijri_month_number", "norm_key"]


def norm_key(s: str) -> str:
    """Lookup key of a matched word: normalised, taa marbuta folded, spaces single."""
    return re.sub(r"\s+", " ", normalize_text(s)).replace("ة", "ه").strip()


@cache
def _tables() -> tuple[dict[str, int], dict[str, int], dict[str, int], dict[str, int]]:
    g = {norm_key(k): v for k, v in GREGORIAN_MONTHS.items()}
    h = {norm_key(k): v for k, v in HIJRI_MONTHS.items()}
    w = {norm_key(k): v for k, v in WEEKDAYS.items()}
    o = {norm_key(k): v for k, v in ORDINAL_DAYS.items()}
    return g, h, w, o


def month_number(name: str) -> int | None:
    """Gregorian month number of an Arabic or English month name."""
    key = norm_key(name)
    return _tables()[0].get(key) or EN_MONTHS.get(name.lower().rstrip("."))


def hijri_month_number(name: str) -> int | None:
    return _tables()[1].get(norm_key(name))


def weekday_number(name: str) -> int | None:
    return _tables()[2].get(norm_key(name))


def ordinal_day(name: str) -> int | None:
    return _tables()[3].get(norm_key(name))


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date expression in normalised text.

    ``kind``: ``abs`` (year/month/day fields, any may be None), ``hijri`` (Hijri fields),
    ``weekday`` (``weekday`` field, ``shift`` −1 past / +1 next / 0 plain), ``rel``
    (``rel`` names the relative expression, e.g. ``day-1``, ``month+0``).
    """

    start: int
    end: int
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    shift: int = 0
    rel: str | None = None
    #: a range written as one phrase («بين 2010 و2015») and the records it splits into
    parts: tuple[DateMatch, ...] = ()


def relative_key(s: str) -> str | None:
    k = norm_key(s)
    if k.startswith("ل") and not k.startswith("ال"):
        k = "ا" + k  # «للعام» matched as ل + «لعام»
    return RELATIVE.get(k)


def _int(s: str | None) -> int | None:
    return int(s) if s else None


def find_dates(norm: str, relative: bool = True, english: bool = False) -> list[DateMatch]:
    """Date candidates in normalised text, non-overlapping, in text order. ``relative``:
    also weekdays, relative words and bare months; ``english``: also English dates (bylines
    and feeds; rare in Arabic article text, so off for articles)."""
    pats = _compiled()
    gates = _gates()
    present: dict[str, bool] = {}
    cands: list[DateMatch] = []
    for kind, pat in pats.items():
        if not relative and kind in ("wd", "rel", "m", "ago"):
            continue
        if not english and kind in ("en_dmy", "en_mdy"):
            continue
        missing = False
        for g in _NEEDS.get(kind, ()):
            has = present.get(g)
            if has is None:
                has = present[g] = gates[g].search(norm) is not None
            if not has:
                missing = True
                break
        if missing:
            continue
        for m in pat.finditer(norm):
            if kind == "yy":
                y1, y2 = int(m.group("y1")), int(m.group("y2"))
                if y1 < y2:
                    # one candidate for the whole range (so it wins over its parts), split below
                    # «عام 2014» keeps its noun; «بين 2010» does not keep بين
                    s1 = m.start() if m.group("yw") else m.start("y1")
                    first = DateMatch(s1, m.end("y1"), "abs", y1)
                    second = DateMatch(m.start("y2"), m.end(), "abs", y2)  # with «م»
                    cands.append(DateMatch(m.start(), m.end(), "yrange", parts=(first, second)))
                continue
            dm = _to_match(kind, m)
            if dm is not None:
                cands.append(dm)
    # longest first, then earliest: a full date swallows the weekday and month inside it
    cands.sort(key=lambda c: (-(c.end - c.start), c.start))
    taken: list[DateMatch] = []
    for c in cands:
        if all(c.end <= t.start or c.start >= t.end for t in taken):
            taken.append(c)
    taken.sort(key=lambda c: c.start)
    return _split_year_ranges(_range_starts(norm, _merge_night(norm, _merge_today(norm, taken))))


def _split_year_ranges(taken: list[DateMatch]) -> list[DateMatch]:
    out: list[DateMatch] = []
    for c in taken:
        out.extend(c.parts if c.kind == "yrange" else (c,))
    return out


def _merge_today(norm: str, taken: list[DateMatch]) -> list[DateMatch]:
    """«اليوم الخميس 10 مارس 2016»، «اليوم 16 أكتوبر 2015»: one date, the written one."""
    out: list[DateMatch] = []
    for c in taken:
        p = out[-1] if out else None
        if (p is not None and p.kind == "rel" and p.rel == "day+0" and c.kind in ("abs", "hijri")
                and c.day is not None and not norm[p.end:c.start].strip(" ،,(")):
            out[-1] = DateMatch(p.start, c.end, c.kind, c.year, c.month, c.day, c.weekday,
                                c.shift)
            continue
        out.append(c)
    return out


_NIGHT_RE = re.compile(r"(?<!\w)[وف]?(?:ليل|ليله|ليلة)\s+$")


def _merge_night(norm: str, taken: list[DateMatch]) -> list[DateMatch]:
    """«ليل الأربعاء الخميس» "the night of Wednesday to Thursday": one date, the first
    weekday, its span from «ليل» (tests/gold tuning part)."""
    out: list[DateMatch] = []
    for c in taken:
        p = out[-1] if out else None
        if p is not None and p.kind == "weekday" and c.kind == "weekday" and p.shift == 0 \
                and not norm[p.end:c.start].strip():
            night = _NIGHT_RE.search(norm, max(0, p.start - 8), p.start)
            if night:
                out[-1] = DateMatch(night.start(), c.end, "weekday", weekday=p.weekday,
                                    shift=c.shift)
                continue
        out.append(c)
    return out


def _range_starts(norm: str, taken: list[DateMatch]) -> list[DateMatch]:
    """«من 1 إلى 4 يونيو 2015»، «17-21 شوال»: the first day borrows the month and year of
    the date after it."""
    out: list[DateMatch] = []
    prev_end = 0
    for c in taken:
        if c.day is not None and c.month is not None and c.kind in ("abs", "hijri"):
            m = _range_re().search(norm, max(prev_end, c.start - 16), c.start)
            if m and m.end() == c.start:
                d = int(m.group("d1"))
                if 1 <= d < c.day:
                    out.append(DateMatch(m.start("d1"), m.end("d1"), c.kind, c.year, c.month, d))
        out.append(c)
        prev_end = c.end
    return out


@cache
def _range_re() -> re.Pattern[str]:
    return re.compile(r"(?<![\d/.\-])(?P<d1>[0-3]?\d)\s*(?:الي|حتي|-|–|و)\s*")


_PAST = frozenset({"الماضي", "المنصرم", "الفائت", "الفائته", "الفارط"})


def _after_muwafiq(m: re.Match[str], s: int) -> int:
    """Start of a date written after «الموافق» ("corresponding to"): the word is not part
    of the date."""
    text = m.group()
    if text.startswith("الموافق"):
        return s + len("الموافق") + (len(text[7:]) - len(text[7:].lstrip()))
    return s


def _wd(g: dict[str, str | None]) -> int | None:
    w = g.get("wd")
    return weekday_number(w) if w else None


_Groups = dict[str, Any]  # m.groupdict()


def _to_match(kind: str, m: re.Match[str]) -> DateMatch | None:
    """The date candidate of a match of the pattern ``kind`` (None when its fields are no
    date: «32 مارس»)."""
    read = _READERS.get(kind)
    return read(kind, m, m.groupdict()) if read is not None else None


def _shift(rel: str | None, future: tuple[str, ...] = ("المقبل", "القادم")) -> int:
    """-1 for «الماضي» and its synonyms, 1 for «المقبل»/«القادم», else 0."""
    if not rel:
        return 0
    return -1 if rel in _PAST else 1 if rel in future else 0


def _gregorian(kind: str, m: re.Match[str], g: _Groups) -> DateMatch | None:
    """«12 آذار 2015»، «الثاني عشر من مارس»، «مارس 2015», English «12 March 2015»."""
    s, e = m.start(), m.end()
    month = month_number(g["mon"])
    if month is None:
        return None
    day = ordinal_day(g["ord"]) if kind == "ordmy" else _int(g.get("day"))
    if kind == "dmy" and not g.get("wd"):
        s = m.start("day")  # not the glued proclitic
    if kind == "my":
        day = None
    elif day is None or not 1 <= day <= 31:
        return None
    shift = _shift(g.get("mrel"), ("المقبل", "القادم", "الجاي"))
    return DateMatch(s, e, "abs", _int(g.get("year")), month, day, shift=shift)


def _day_this_month(kind: str, m: re.Match[str], g: _Groups) -> DateMatch | None:
    """«التاسع من الشهر الجاري»."""
    day = ordinal_day(g["ord"]) if g.get("ord") else int(g["day"])
    if day is None or not 1 <= day <= 31:
        return None
    return DateMatch(m.start(), m.end(), "dthis", None, None, day, weekday=_wd(g),
                     shift=_shift(g["mrel"]))


def _month_name(kind: str, m: re.Match[str], g: _Groups) -> DateMatch | None:
    """«آذار الماضي»، «شهر نيسان»، «الشهر الجاري»."""
    name = g["mon2"] or g["mon3"] or g["mon4"]
    rel = g.get("rel")
    return DateMatch(m.start(), m.end(), "month", None, month_number(name), None, shift=_shift(rel),
                     rel="this" if rel in ("الجاري", "الحالي") else None)


def _numeric_date(m: re.Match[str], g: _Groups, start: int, calendar: str, year: str,
                  last_day: int, weekday: int | None = None) -> DateMatch | None:
    """A numeric date from ``start``, None when its day or month is out of range."""
    day, month = int(g["day"]), int(g["mnum"])
    if not (1 <= day <= last_day and 1 <= month <= 12):
        return None
    return DateMatch(start, m.end(), calendar, int(year), month, day, weekday=weekday)


def _numeric(kind: str, m: re.Match[str], g: _Groups) -> DateMatch | None:
    """«12/3/2015»، «2015-03-12»."""
    return _numeric_date(m, g, m.start(), "abs", g["year"], 31)


def _year(kind: str, m: re.Match[str], g: _Groups) -> DateMatch | None:
    """«عام 2015» keeps its noun; after a preposition («في 2011») the span is the year."""
    s = m.start() if g.get("yw") else m.start("year")
    return DateMatch(s, m.end(), "abs", int(g["year"]))


def _hijri_start(m: re.Match[str], g: _Groups) -> int:
    """Where a Hijri date starts: after «الموافق» unless a weekday opens it."""
    return m.start() if g.get("wd") else _after_muwafiq(m, m.start())


def _hijri_numeric_ymd(kind: str, m: re.Match[str], g: _Groups) -> DateMatch | None:
    """«1436/12/10هـ»."""
    return _numeric_date(m, g, m.start(), "hijri", g["hyear"], 30)


def _hijri_numeric(kind: str, m: re.Match[str], g: _Groups) -> DateMatch | None:
    """«10/12/1436هـ»."""
    return _numeric_date(m, g, _hijri_start(m, g), "hijri", g["hyear"] or g["hyear2"], 30,
                         weekday=_wd(g))


def _hijri_day_month(kind: str, m: re.Match[str], g: _Groups) -> DateMatch | None:
    """«27 رمضان»، «السابع والعشرين من رمضان 1436»."""
    day = ordinal_day(g["ord"]) if g.get("ord") else int(g["day"])
    if day is None or not 1 <= day <= 30:
        return None
    return DateMatch(_hijri_start(m, g), m.end(), "hijri", _int(g.get("hyear")),
                     hijri_month_number(g["hmon"]), day, weekday=_wd(g))


def _hijri_named(kind: str, m: re.Match[str], g: _Groups) -> DateMatch | None:
    """«1436هـ»، «رمضان 1436هـ»، «10 ذو الحجة 1436هـ»."""
    s = _hijri_start(m, g)
    hmon = hijri_month_number(g["hmon"]) if g.get("hmon") else None
    day = _int(g.get("day")) if hmon else None
    if day is not None and not 1 <= day <= 30:
        return None
    if day is None and g.get("day"):
        s = m.start("hyear") if not g.get("hmon") else m.start("hmon")
    return DateMatch(s, m.end(), "hijri", int(g["hyear"]), hmon, day, weekday=_wd(g))


def _weekday_name(kind: str, m: re.Match[str], g: _Groups) -> DateMatch | None:
    """«الأحد»، «الأحد المقبل»، «الخميس الماضي» (the span leaves the conjunction out)."""
    rel = g.get("rel")
    shift = -1 if rel in _PAST else (1 if rel else 0)
    return DateMatch(m.start("ws"), m.end(), "weekday", weekday=weekday_number(g["wd"]), shift=shift)


def _ago_match(kind: str, m: re.Match[str], g: _Groups) -> DateMatch | None:
    return _ago(m)


def _relative_word(kind: str, m: re.Match[str], g: _Groups) -> DateMatch | None:
    """«أمس»، «الشهر الماضي»، «العام المقبل»."""
    key = relative_key(g["relx"])
    if key is None:
        return None
    return DateMatch(m.start("relx"), m.end(), "rel", rel=key, weekday=_wd(g))


#: pattern kind -> its reader
_READERS: dict[str, Callable[[str, re.Match[str], _Groups], DateMatch | None]] = {
    "dmy": _gregorian, "ordmy": _gregorian, "my": _gregorian, "en_dmy": _gregorian,
    "en_mdy": _gregorian, "dthis": _day_this_month, "m": _month_name, "num_dmy": _numeric,
    "num_ymd": _numeric, "y": _year, "num_hijri_ymd": _hijri_numeric_ymd,
    "num_hijri": _hijri_numeric, "hijri_dm": _hijri_day_month, "hijri": _hijri_named,
    "wd": _weekday_name, "ago": _ago_match, "rel": _relative_word,
}


def _ago(m: re.Match[str]) -> DateMatch | None:
    """«قبل أربعة أيام» → rel ``day-4``; «قبل يومين» → ``day-2``; «قبل عام» → ``year-1``; a
    plural needs its number, a singular or dual has none («قبل أربعة يوم» is no date)."""
    units = {norm_key(k): v for k, v in AGO_UNITS.items()}
    unit, count = units[norm_key(m.group("au"))]
    n = m.group("an")
    if n is None:
        if count == 0:
            return None
        k = count
    else:
        if count != 0:
            return None
        k = int(n) if n.isdigit() else {norm_key(w): v for w, v in AGO_NUMBERS.items()}[norm_key(n)]
    return DateMatch(m.start("ago"), m.end("ago"), "rel", rel=f"{unit}-{k}")
