"""Find quantities in normalised text: number phrase, range, unit, bounds, exclusions.

For each token where a number phrase starts (:func:`~khabar.quantities.numbers.parse_number`),
:func:`_quantity` runs these stages:

1. a range after it («بين 20 و30 ألف»، «من 10 إلى 15»، «10-15 شخصا»), sharing a scale word
   written only once; year ranges and scores («2011-2015»، «3-1») are dropped (:mod:`.ranges`);
2. the unit after it (:func:`~khabar.quantities.units.unit_at`: counted noun, currency with
   its country adjective or the article's country, percent, measure; a square's «2» or a
   speed's «/ساعة» after a measure, :mod:`.measures`);
3. bounds and approximation words before it («أكثر من»، «نحو») and after it («على الأقل»،
   «تقريبا») (:mod:`.bounds`);
4. a number word after its noun («شخص واحد»، «جنديين اثنين»);
5. labels that are not counts (:func:`~khabar.quantities.labels.excluded`: years, times,
   phones, «المادة 5»، «كوفيد-19»، list numbers, ages);
6. with no counted noun: a victim noun just before («حصيلة القتلى إلى 50»), else a victim
   cue («مقتل 29 وإصابة 24»), else ``other`` (an unknown noun joins the span);
7. a word that refers back to persons («وجرح 12 آخرين»، «مقتل 16 منهم»، «بينهم 99»، «14 من
   الهاربين») takes the unit of the persons named before
   (:func:`~khabar.quantities.antecedents.antecedent_unit`).

Numbers inside date expressions are masked before (the dates step finds them).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from .bound_pairs import join_bounds
from .bounds import _bounds_after, _bounds_before, _start_token
from .bracketed import bracketed_scale
from .labels import excluded
from .lexicon import (
    APPROX_BEFORE,
    CURRENCY_ADJ,
    IDENTITY_UNITS,
    LOWER_AFTER,
    LOWER_BOUND,
    NUMBER_WORDS,
    SCALES,
    UNITS_LEX,
    UPPER_BOUND,
    VAGUE,
)
from .lexicon_context import (
    AMONG,
)
from .measures import measure_suffix
from .nearby import (
    noun_before,
    same_form,
    unit_without_noun,
)
from .numbers import Num, Tok, match_after, parse_number, stems, tokenize
from .ranges import _read_range
from .reading import _Reading, _Unit
from .units import (
    CurrencyContext,
    currency_singular,
    nisba_singular,
    no_noun_after,
    unit_at,
)

__all__ = ["QMatch", "find_quantities"]

#: Measures that may stand after a slash («35/ كلم»).
_MEASURES = frozenset({"km", "m", "km2", "hectare", "ton", "kg", "barrel", "liter"})
#: Digits that bracketed.py joins to a scale word after their bracket («(36) مليون»).
_SIMPLE = re.compile(r"\d+(?:\.\d+)?")

@dataclass(slots=True)
class QMatch:
    start: int  # offsets in the normalised text
    end: int
    lo: float | None
    best: float | None
    hi: float | None
    unit: str
    approximate: bool


@cache
def _start_words() -> frozenset[str]:
    """Words a quantity span may start with (bound and approximation words, numbers)."""
    words = {p[0] for p in APPROX_BEFORE + LOWER_BOUND + UPPER_BOUND}
    words |= set(NUMBER_WORDS) | set(SCALES) | set(VAGUE) | {"بين", "من", "عدد", "العديد"}
    return frozenset(words)


def find_quantities(norm: str, masked: list[tuple[int, int]] | None = None) -> list[QMatch]:
    """Quantities in ``norm``; ``masked`` are (start, end) spans to skip (dates)."""
    toks = tokenize(norm)
    n = len(toks)
    skip = [False] * n
    if masked:
        spans = sorted(masked)
        si = 0
        for ti, t in enumerate(toks):
            while si < len(spans) and spans[si][1] <= t.start:
                si += 1
            if si < len(spans) and spans[si][0] <= t.start < spans[si][1]:
                skip[ti] = True
    ctx = CurrencyContext(toks)
    out: list[QMatch] = []
    prior: dict[int, str] = {}  # last token of each quantity found → its unit
    # tokens of the quantities that count a part of persons named before («قتل 20 شخصا بينهم
    # 5 أطفال»): words referring back pass over them to the whole
    subsets: set[int] = set()
    starts = [t.start for t in toks]
    i = 0
    while i < n:
        if skip[i]:
            i += 1
            continue
        num = parse_number(toks, i)
        if num is None:
            i += 1
            continue
        q, nxt = _quantity(norm, toks, num, ctx, skip, prior, subsets)
        if q is not None:
            out.append(q)
            prior[nxt - 1] = q.unit
            s_tok = bisect_right(starts, q.start) - 1
            if _is_subset(toks, s_tok, subsets):
                subsets.update(range(s_tok, nxt))
        i = max(nxt, i + 1)
    return join_bounds(norm, bracketed_scale(norm, out))


def _is_subset(toks: list[Tok], s: int, subsets: set[int]) -> bool:
    """The quantity starting at token ``s`` counts a part of persons named before: after
    «بينهم»/«منهم» («بينهم 5 أطفال»), or after «و» right after such a part («بينهم 12 طفلا
    وست نساء»)."""
    if s > 0 and toks[s - 1].key in AMONG:
        return True
    if s > 0 and toks[s].key.startswith("و") and (s - 1) in subsets:
        return True
    return s > 1 and toks[s - 1].key == "و" and (s - 2) in subsets


def _quantity(
    norm: str, toks: list[Tok], num: Num, ctx: CurrencyContext, skip: list[bool],
    prior: dict[int, str] | None = None, subsets: set[int] | None = None,
) -> tuple[QMatch | None, int]:
    """The quantity starting with ``num`` (or None) and the token to go on from."""
    i = num.i
    prior = prior if prior is not None else {}
    r = _Reading(num.lo, num.best, num.hi, num.j, i)
    r.first_unit, r.j = _first_unit(toks, num)
    if r.first_unit is not None and any(skip[k] and toks[k].key in ("عام", "سنه")
                                        for k in range(num.j, r.first_unit[2])):
        # «21700 عام 2014»، «7.7 سنة 2014»: the singular year noun of a date (masked) is not
        # the counted noun (a plural is: «8 سنوات 1980-1988»)
        r.first_unit, r.j = None, num.j
    # 1. range: «بين A و B»، «من A إلى B»، «A إلى B»، «A-B»
    before = toks[i - 1].key if i else ""
    is_between = before in ("بين", "ما بين", "وبين")
    num2, stop = _read_range(toks, num, skip, is_between, r)
    if stop is not None:
        return None, stop
    # 2. the unit: the counted noun read above or after the range, a currency's country
    first_unit = r.first_unit
    r.unit = first_unit[0] if first_unit else None
    unit_key = first_unit[1] if first_unit else ""
    _two_kinds_of_persons(toks, r)
    _currency(toks, unit_key, ctx, r)
    measure_suffix(toks, unit_key, r)  # «3460م2» (a square), «50 كلم/س» (a speed)
    # 3. bounds and approximation before and after the number
    _start_token(toks, num, r)
    if (is_between or before == "من") and num2 is not None:
        r.pre = i - 1
    _bounds_before(toks, r)
    _bounds_after(toks, r)
    # 4. a number word after its noun: «شخص واحد»، «مصابين اثنين»، «جنديين اثنين»
    if r.unit is None and r.pre == i:
        got = noun_before(toks, num, prior)
        if got is not None:
            r.unit, r.pre = got
    # 5. exclusions (labels, years, times, phones, names, ages)
    if excluded(norm, toks, num, r.pre, r.unit, num2 is not None):
        return None, num.j
    # 6-7. no counted noun: a victim noun or cue before, or the persons referred back to
    r.unit = unit_without_noun(toks, r.pre, r.j, r.unit, unit_key, prior, subsets)
    if r.unit is None:
        r.unit = "other"
        if not no_noun_after(toks, r.j) and not skip[r.j] and not match_after(toks, r.j, LOWER_AFTER) \
                and (not toks[r.j].key.startswith("ال") or toks[r.j - 1].key == "من") \
                and not toks[r.j].key.endswith(("هم", "هن", "ها", "كم")):
            r.j += 1  # the counted noun we have no unit for: «13 بندقية»، «ثلاثة أهداف»
    start = _span_start(toks, r.pre, i)
    if r.pre == i and i > 0 and toks[i - 1].text in "(«" and num.j < r.j \
            and toks[num.j].text in ")»":
        start = toks[i - 1].start  # «(3) أشخاص»: the span holds both brackets, not one
    q = QMatch(start, toks[r.j - 1].end, r.lo, r.best, r.hi, r.unit, r.approximate or num.vague)
    return q, r.j


def _first_unit(toks: list[Tok], num: Num) -> tuple[_Unit | None, int]:
    """The counted noun right after the number phrase (or None) and the token after the
    number (past a closing bracket only when a noun follows it)."""
    n = len(toks)
    i = num.i
    j = num.j
    if j + 1 < n and i > 0 and toks[i - 1].text in "(«" and toks[j].text in ")»" \
            and not (toks[j + 1].key in SCALES and j == i + 1 and _SIMPLE.fullmatch(toks[i].text)):
        j += 1  # ««130» وظيفة»، «(15) مصليا»: the noun after the bracket
        # (not a scale word after plain digits: «(36) مليون سنة» is 36 million, joined by
        # bracketed.py)
    first_unit = unit_at(toks, j, definite=num.vague or num.scaled)
    if first_unit is None and j == num.j and j + 2 < n and toks[j].text in "«\"" \
            and toks[j + 2].text in "»\"":
        # «سقط ما يقارب 108 «شهداء»»: the noun in quotation marks
        got = unit_at(toks, j + 1, definite=False)
        if got is not None:
            first_unit = (got[0], got[1], got[2] + 1)
    elif first_unit is None and j == num.j and j + 1 < n and toks[j].text in "«\"“":
        # «ثلاث «جثث بادية أمام الفندق»»: a quotation that starts with the counted noun
        got = unit_at(toks, j + 1, definite=False)
        if got is not None and got[0] != "other":
            first_unit = got
    if first_unit is None and j == num.j and j + 1 < n and toks[j].text == "/":
        got = unit_at(toks, j + 1, definite=False)
        if got is not None and got[0] in _MEASURES:
            first_unit = got  # «منطقة الثرثار 35/ كلم شمال»: a slash before the measure
    if first_unit is None and j == num.j and j < n and not num.vague \
            and (num.scaled or num.lo >= 100) and nisba_singular(toks[j].key):
        # a hundred or more take a genitive singular: «حوالى مئة إسباني»، «300 أوكراني»
        first_unit = ("people", toks[j].key, j + 1)
    if first_unit is None and j > num.j:
        j = num.j
    return first_unit, j


def _two_kinds_of_persons(toks: list[Tok], r: _Reading) -> None:
    """«40 ضابطا وفردا»: persons of two kinds counted by one number are people."""
    j = r.j
    if r.unit in IDENTITY_UNITS and j < len(toks) and toks[j].key[:1] == "و" and \
            UNITS_LEX.get(toks[j].key[1:]) in IDENTITY_UNITS - {r.unit} and \
            same_form(toks[j - 1].key, toks[j].key[1:]):
        r.unit, r.j = "people", j + 1


def _currency(toks: list[Tok], unit_key: str, ctx: CurrencyContext, r: _Reading) -> None:
    """A currency's country: its adjective after it («دينار تونسي»), else the article's
    country («ليرة» in a Syrian story)."""
    cur = currency_singular(unit_key) if unit_key else None
    if cur is None:
        return
    adj = None
    if r.j < len(toks):
        for s in stems(toks[r.j].key, article=True):
            adj = CURRENCY_ADJ[cur].get(s) or CURRENCY_ADJ[cur].get("ال" + s)
            if adj:
                break
    if adj:
        r.unit = adj
        r.j += 1
    else:
        r.unit = ctx.currency(cur, r.unit or "other")


def _span_start(toks: list[Tok], pre: int, i: int) -> int:
    """Where the quantity's span starts: token ``pre`` without its proclitics («ونحو 250»،
    «لعشرات»، «وبعشرات»، «وجندي واحد»)."""
    start = toks[pre].start
    k0 = toks[pre].key
    for cut in (1, 2):
        if (len(k0) > cut + 2 or k0 == "وست") and all(c in "وفبل" for c in k0[:cut]) and (
                k0[cut:] in _start_words() or (pre < i and k0[cut:] in UNITS_LEX)):
            return start + cut
    return start
