"""Stage 3 of :func:`khabar.quantities.extract._quantity`: bounds and approximation words
before the number («أكثر من»، «نحو») and after it («على الأقل»، «تقريبا»), and a sign or an
article written before the number («%14.2»، «الـ300»)."""

from __future__ import annotations

from .lexicon import APPROX_AFTER, APPROX_BEFORE, LOWER_AFTER, LOWER_BOUND, UPPER_BOUND
from .nearby import bound_verb_before_count
from .numbers import Num, Tok, match_after, match_before
from .reading import _Reading


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
    ub = match_before(toks, r.pre, UPPER_BOUND)
    # the longer phrase wins: «لا يزيد عن 50» is an upper bound though it ends in «يزيد عن»
    lb, ub = (0, ub) if ub > lb else (lb, 0)
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
