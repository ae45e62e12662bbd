"""Stage 1 of :func:`khabar.quantities.extract._quantity`: a range after the number («بين 20
و30 ألف»، «من 10 إلى 15»، «10-15 شخصا»), sharing a scale word written only once; year ranges
and scores («2011-2015»، «3-1») are dropped."""

from __future__ import annotations

from .labels import is_year
from .lexicon_context import RANGE_CONNECTORS
from .nearby import scale_mult
from .numbers import Num, Tok, parse_number
from .reading import _Reading, _Unit
from .units import unit_at


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
    """Stage 1: the range's second number (None when there is no range) and, when the
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
