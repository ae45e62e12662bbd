"""The dates step: every date expression of an article, resolved against its date.

Absolute dates in every regional month-name system, numeric day-first dates, years,
Hijri dates, weekdays and relative expressions («أمس»، «الشهر الماضي») become
:class:`~khabar.schema.DateRecord` s with an ISO ``value`` at their ``precision``; a date
that needs the article's date when the article has none keeps ``value`` null. See
docs/dates.md for the rules.

:func:`parse_date_string` is the public helper for readers (bylines, feeds).
"""

from __future__ import annotations

import re
from functools import cache

from ..document import Doc
from ..options import Options
from ..schema import DateRecord
from .parse import article_anchor, parse_date_string
from .patterns import find_dates, weekday_number
from .resolve import resolve

__all__ = ["article_anchor", "parse_date_string", "step"]


@cache
def _today_noun_re() -> re.Pattern[str]:
    # «اليوم العالمي للمرأة»، «اليوم الأول»: اليوم as a noun with an adjective, not "today".
    return re.compile(r"\s+(ال\w+)")


def _in_name(norm: str, start: int) -> bool:
    """«عين اليوم»، «صحيفة الغد»، «حزب الغد»: a relative word inside a name."""
    before = norm[max(0, start - 12):start].split()
    return bool(before) and before[-1] in _NAMES_BEFORE_TODAY


def _that_day(norm: str, start: int, end: int) -> bool:
    """«ذلك اليوم»، «نفس اليوم»، «اليوم نفسه»: the day of the story, not today."""
    before = norm[max(0, start - 8):start].split()
    after = norm[end:end + 8].split()
    return (bool(before) and before[-1] in ("ذلك", "نفس", "ذات", "لذلك", "بنفس", "بذات")) or (
        bool(after) and after[0] in ("نفسه", "ذاته")
    )


def _is_day_noun(norm: str, end: int) -> bool:
    """«اليوم العالمي»، «اليوم الأول»: اليوم followed by an adjective is a noun."""
    m = _today_noun_re().match(norm, end)
    return m is not None and weekday_number(m.group(1)) is None


#: Words that make «X اليوم» a name (outlets and programmes seen in ../shared/data/news/).
_NAMES_BEFORE_TODAY = frozenset({"عين", "المصري", "روسيا", "صحيفة", "صحيفه", "جريدة", "جريده",
                                 "الاسلام", "برنامج", "موقع", "قناة", "قناه", "اخبار", "حزب",
                                 "تيار", "حركة", "حركه", "لصحيفة", "لصحيفه", "لجريدة", "لجريده"})


def step(doc: Doc, options: Options) -> Doc:
    anchor = article_anchor(doc.article.date) or article_anchor(options.article_date)
    norm = doc.norm
    found = find_dates(norm)
    # the quantities step masks these (numbers inside dates are not counts)
    doc.extra["dates.norm_spans"] = [(d.start, d.end) for d in found if d.kind != "rel"]
    for dm in found:
        if dm.kind == "rel" and dm.rel == "day+0" and dm.weekday is None and (
            _is_day_noun(norm, dm.end) or _that_day(norm, dm.start, dm.end)
        ):
            continue
        if dm.kind == "rel" and _in_name(norm, dm.start):
            continue
        value, prec = resolve(dm, anchor)
        end = dm.end
        while end > dm.start and norm[end - 1].isspace():
            end -= 1  # a pattern's optional tail may end in a space
        span = doc.span_from_norm(dm.start, end)
        doc.dates.append(
            DateRecord(
                id=doc.next_id("d", doc.dates),
                text=span.text,
                start=span.start,
                end=span.end,
                value=value,
                precision=prec,  # type: ignore[arg-type]
            )
        )
    return doc
