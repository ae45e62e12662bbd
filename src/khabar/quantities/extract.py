"""Find quantities in normalised text: number phrase, range, unit, bounds, exclusions.

For each token where a number phrase starts (:func:`~khabar.quantities.numbers.parse_number`),
:func:`_quantity` runs these stages:

1. a range after it («بين 20 و30 ألف»، «من 10 إلى 15»، «10-15 شخصا»), sharing a scale word
   written only once; year ranges and scores («2011-2015»، «3-1») are dropped;
2. the unit after it (:func:`~khabar.quantities.units.unit_at`: counted noun, currency with
   its country adjective or the article's country, percent, measure);
3. bounds and approximation words before it («أكثر من»، «نحو») and after it («على الأقل»،
   «تقريبا»);
4. a number word after its noun («شخص واحد»، «جنديين اثنين»);
5. labels that are not counts (:func:`~khabar.quantities.labels.excluded`: years, times,
   phones, «المادة 5»، «كوفيد-19»، list numbers, ages);
6. with no counted noun: a victim noun just before («حصيلة القتلى إلى 50»), else a victim
   cue («مقتل 29 وإصابة 24»), else ``other`` (an unknown noun joins the span);
7. a word that refers back to persons («وجرح 12 آخرين»، «مقتل 16 منهم»، «بينهم 99»، «14 من
   الهاربين») takes the unit of the persons named before
   (:func:`~khabar.quantities.units.antecedent_unit`).

Numbers inside date expressions are masked before (the dates step finds them).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from .labels import excluded, is_year
from .lexicon import (
    APPROX_AFTER,
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
    RANGE_CONNECTORS,
)
from .nearby import (
    bound_verb_before_count,
    noun_before,
    same_form,
    scale_mult,
    unit_without_noun,
)
from .numbers import Num, Tok, match_after, match_before, parse_number, stems, tokenize
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
    return out


def _is_subset(toks: list[Tok], s: int, subsets: set[int]) -> bool:
    """The quantity starting at token ``s`` counts a part of persons named before: after
    «بينهم»/«منهم» («بينهم 5 أطفال»), or after «و» right after such a part («بينهم 12 طفلا
    وست نساء»)."""
    if s > 0 and toks[s - 1].key in AMONG:
        return True
    if s > 0 and toks[s].key.startswith("و") and (s - 1) in subsets:
        return True
    return s > 1 and toks[s - 1].key == "و" and (s - 2) in subsets


#: (unit, lexicon key, next token) of a counted noun, as :func:`unit_at` gives it.
_Unit = tuple[str, str, int]


@dataclass(slots=True)
class _Reading:
    """A quantity being read by the stages of :func:`_quantity`: its bounds, its unit, the
    token its span starts at (``pre``) and the token to go on from (``j``)."""

    lo: float | None
    best: float | None
    hi: float | None
    j: int
    pre: int
    first_unit: _Unit | None = None
    unit: str | None = None
    approximate: bool = False


def _quantity(
    norm: str, toks: list[Tok], num: Num, ctx: CurrencyContext, skip: list[bool],
    prior: dict[int, str] | None = None, subsets: set[int] | None = None,
) -> tuple[QMatch | None, int]:
    """The quantity starting with ``num`` (or None) and the token to go on from."""
    i = num.i
    prior = prior if prior is not None else {}
    r = _Reading(num.lo, num.best, num.hi, num.j, i)
    r.first_unit, r.j = _first_unit(toks, num)
    # 2. range: «بين A و B»، «من A إلى B»، «A إلى B»، «A-B»
    before = toks[i - 1].key if i else ""
    is_between = before in ("بين", "ما بين", "وبين")
    num2, stop = _read_range(toks, num, skip, is_between, r)
    if stop is not None:
        return None, stop
    first_unit = r.first_unit
    r.unit = first_unit[0] if first_unit else None
    unit_key = first_unit[1] if first_unit else ""
    _two_kinds_of_persons(toks, r)
    _currency(toks, unit_key, ctx, r)
    # 4. bounds and approximation before the number
    _start_token(toks, num, r)
    if (is_between or before == "من") and num2 is not None:
        r.pre = i - 1
    _bounds_before(toks, r)
    _bounds_after(toks, r)
    # 3a. a number word after its noun: «شخص واحد»، «مصابين اثنين»، «جنديين اثنين»
    if r.unit is None and r.pre == i:
        got = noun_before(toks, num, prior)
        if got is not None:
            r.unit, r.pre = got
    # 1. exclusions (labels, years, times, phones, names, ages)
    if excluded(norm, toks, num, r.pre, r.unit, num2 is not None):
        return None, num.j
    r.unit = unit_without_noun(toks, r.pre, r.j, r.unit, unit_key, prior, subsets)
    if r.unit is None:
        r.unit = "other"
        if not no_noun_after(toks, r.j) and not match_after(toks, r.j, LOWER_AFTER) \
                and (not toks[r.j].key.startswith("ال") or toks[r.j - 1].key == "من") \
                and not toks[r.j].key.endswith(("هم", "هن", "ها", "كم")):
            r.j += 1  # the counted noun we have no unit for: «13 بندقية»، «ثلاثة أهداف»
    q = QMatch(_span_start(toks, r.pre, i), toks[r.j - 1].end, r.lo, r.best, r.hi, r.unit,
               r.approximate or num.vague)
    return q, r.j


def _first_unit(toks: list[Tok], num: Num) -> tuple[_Unit | None, int]:
    """The counted noun right after the number phrase (or None) and the token after the
    number (past a closing bracket only when a noun follows it)."""
    n = len(toks)
    i = num.i
    j = num.j
    if j + 1 < n and i > 0 and toks[i - 1].text in "(«" and toks[j].text in ")»":
        j += 1  # ««130» وظيفة»، «(15) مصليا»: the noun after the bracket
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


def _second_number(toks: list[Tok], num: Num, k: int, is_between: bool,
                   first_unit: _Unit | None) -> tuple[Num | None, bool]:
    """The other end of a range whose connector is token ``k``, and whether the connector is
    a dash."""
    n = len(toks)
    conn = toks[k].key
    if is_between and conn == "و" and k + 1 < n:
        return parse_number(toks, k + 1), False
    if is_between and conn.startswith("و") and len(conn) > 1:
        return parse_number(toks, k), False
    if conn in RANGE_CONNECTORS and k + 1 < n and toks[k + 1].text[0].isdigit() == num.digits:
        num2 = parse_number(toks, k + 1)
        if conn == "او" and num2 is not None and (
                first_unit is not None or num.vague or num2.vague
                or not float(num.lo).is_integer() or not float(num2.lo).is_integer()):
            num2 = None  # «2 بالمائة أو 3 بالمائة» are two numbers; «أندرويد 2.1 أو 2.2»
        return num2, conn in ("-", "–", "—")
    return None, False


def _read_range(toks: list[Tok], num: Num, skip: list[bool], is_between: bool,
                r: _Reading) -> tuple[Num | None, int | None]:
    """Stage 2: the range's second number (None when there is no range) and, when the
    number is no quantity (a date range, years, a score), the token to go on from."""
    n = len(toks)
    first_unit = r.first_unit
    k = first_unit[2] if first_unit else r.j
    num2 = None
    dash = False
    if k + 1 < n and toks[k].key in RANGE_CONNECTORS | {"و"} and skip[k + 1] \
            and first_unit is None:
        return None, k + 1  # «من 18 إلى 22 مارس 2017»: the first day of a date range
    if k < n and not skip[k]:
        num2, dash = _second_number(toks, num, k, is_between, first_unit)
    dash_pair = dash and num2 is not None and num.digits and num2.digits
    pair_end = num2.j if num2 is not None else r.j
    if num2 is not None and num.digits and num2.digits and is_year(num) and is_year(num2) \
            and unit_at(toks, num2.j, False) is None:
        return None, num2.j  # «بين 2010 و2015»، «2011-2015»: years, not a count
    if num2 is not None and not num2.vague:
        num2 = _range_bounds(toks, num, num2, is_between, r)
    else:
        num2 = None
    if num2 is None and r.first_unit:
        r.j = r.first_unit[2]
    if dash_pair and r.first_unit is None:
        return None, pair_end  # «3-1»: a score or a label, not a count (skip both numbers)
    return num2, None


def _range_bounds(toks: list[Tok], num: Num, num2: Num, is_between: bool,
                  r: _Reading) -> Num | None:
    """The bounds of the range «num .. num2» set on ``r`` (a scale word written once counts
    for both); None when the second number is not larger (no range)."""
    a_lo, b_lo = num.lo, num2.lo
    if num2.scaled and not num.scaled:
        mult = scale_mult(toks[num2.j - 1])
        if mult and (a_lo * mult <= b_lo or (r.first_unit is None and a_lo < mult)):
            a_lo *= mult  # «بين 20 و30 ألفا» → 20,000–30,000
    if is_between and a_lo > b_lo and num2.hi == b_lo and num2.scaled and not num.scaled:
        # «ما بين 32 و30 مليار دولار»: the larger bound written first
        a_lo, b_lo = b_lo, a_lo
        num2 = Num(num2.i, num2.j, b_lo, b_lo, b_lo, num2.vague, num2.scaled, num2.digits)
    if a_lo >= b_lo:
        return None
    # a range: best is its midpoint (docs/units.md: «بين 20 و30» → 20/25/30)
    r.lo, r.hi = a_lo, num2.hi
    r.best = (a_lo + r.hi) / 2 if r.hi is not None else a_lo
    r.j = num2.j
    unit2 = unit_at(toks, r.j, definite=num2.scaled)
    r.first_unit = unit2 or r.first_unit
    if unit2:
        r.j = unit2[2]
    elif r.first_unit:
        r.j = max(r.j, r.first_unit[2])
    return num2


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


def _start_token(toks: list[Tok], num: Num, r: _Reading) -> None:
    """A sign or an article written before the number belongs to the quantity."""
    i = num.i
    if r.unit is None and num.digits and i > 0 and toks[i - 1].text in "%٪" \
            and toks[i - 1].end == toks[i].start:
        r.unit, r.pre = "percent", i - 1  # «%14.2»: the sign written first (bidi)
    elif i > 0 and toks[i - 1].key == "ال" and num.digits:
        r.pre = i - 1  # «قرابة الـ300 شخص»: the article belongs to the number


def _bounds_before(toks: list[Tok], r: _Reading) -> None:
    """Stage 3, before the number: a lower or upper bound («أكثر من»، «أقل من») opens the
    range, an approximation word («نحو») makes it approximate."""
    lb = match_before(toks, r.pre, LOWER_BOUND)
    ub = 0 if lb else match_before(toks, r.pre, UPPER_BOUND)
    if lb:
        r.hi = None
        r.pre -= lb
        r.approximate = True
    elif ub:
        r.lo = r.best = None
        r.pre -= ub
        r.approximate = True
    ap = match_before(toks, r.pre, APPROX_BEFORE)
    if ap:
        r.approximate = True
        r.pre -= ap
    if not lb and not ub:  # «نحو أكثر من»، «حوالي أقل من» are rare; one more look
        lb = match_before(toks, r.pre, LOWER_BOUND)
        if lb:
            r.hi = None
            r.pre -= lb
            r.approximate = True
    if not lb and not ub and not ap and bound_verb_before_count(toks, r.pre):
        r.hi = None  # «تجاوز عدد القتلى 50»، «يفوق عدد عناصرها 40» (the span keeps the number)
        r.approximate = True


def _bounds_after(toks: list[Tok], r: _Reading) -> None:
    """Stage 3, after the unit: «على الأقل»، «تقريبا», also past one agreeing adjective
    («20 طالبا عسكريا على الأقل»)."""
    j = r.j
    if r.first_unit is not None and j + 2 < len(toks) and toks[j].text.isalpha() \
            and toks[j].key.endswith(("يا", "ي", "يين", "يه")) and not toks[j].key.startswith("ال") \
            and (match_after(toks, j + 1, LOWER_AFTER) or match_after(toks, j + 1, APPROX_AFTER)):
        j += 1
    la = match_after(toks, j, LOWER_AFTER)
    if la:
        r.hi = None
        j += la
        r.approximate = True
    aa = match_after(toks, j, APPROX_AFTER)
    if aa:
        r.approximate = True
        j += aa
    r.j = j


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
