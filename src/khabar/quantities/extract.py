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
    ANAPHORIC_NOUNS,
    APPROX_AFTER,
    APPROX_BEFORE,
    CUE_UNITS,
    CURRENCY_ADJ,
    DUAL_NOUNS,
    IDENTITY_UNITS,
    LOWER_AFTER,
    LOWER_BOUND,
    NOT_NISBA,
    NUMBER_WORDS,
    SCALES,
    UNITS_LEX,
    UPPER_BOUND,
    VAGUE,
)
from .lexicon_context import (
    AMONG,
    DEATH_NOUNS,
    EXCEED_VERBS,
    FELL_AS,
    FORCE_MEMBERS_OF_PRONOUN,
    RANGE_CONNECTORS,
    VICTIM_VERBS,
)
from .numbers import Num, Tok, match_after, match_before, parse_number, stems, tokenize
from .units import (
    CLAUSE_END,
    REFERS_BACK,
    CurrencyContext,
    antecedent_unit,
    currency_singular,
    nisba_singular,
    no_noun_after,
    unit_at,
    unit_before,
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


def _bound_verb_before_count(toks: list[Tok], pre: int) -> bool:
    """«تجاوز عدد القتلى 50»: an exceeding verb, then «عدد» and one or two words."""
    for b in (pre - 3, pre - 4):
        if b >= 0 and any(s in EXCEED_VERBS for s in stems(toks[b].key)) \
                and toks[b + 1].key in ("عدد", "عددهم", "عددها") \
                and all(t.text.isalpha() for t in toks[b + 1:pre]):
            return True
    return False


def _nisba_adjective(k: str) -> bool:
    """An indefinite nationality or relation adjective: «أفغاني»، «سعودي»."""
    # (accusative too: «وجنديا تشاديا واحدا»)
    return len(k) >= 4 and k.endswith(("ي", "يا")) and not k.startswith("ال") \
        and k not in UNITS_LEX and k not in NOT_NISBA


def _scale_mult(t: Tok) -> int | None:
    for s in stems(t.key):
        if s in SCALES:
            return SCALES[s][0]
    return None


def _cue_before(toks: list[Tok], pre: int, prior: dict[int, str]) -> str | None:
    """A victim cue right before the number, or up to three words before it in the same
    clause («قتل فيها أكثر من 10»، «وأصيب في الهجوم 9»، «قتل جراء القصف 6»); not past
    punctuation, another number or another quantity."""
    for b in range(pre - 1, max(pre - 5, -1), -1):
        t = toks[b]
        if t.text in CLAUSE_END or t.text[0].isdigit() or b in prior:
            return None
        for s in stems(t.key):
            if s in CUE_UNITS:
                return CUE_UNITS[s]
    return None


def _ages_in_brackets(toks: list[Tok], pre: int) -> bool:
    """«وأم لثلاثة أولاد (4 و5 و11 عاما)»: the bracket lists ages, not the count again."""
    for t in toks[pre:pre + 8]:
        if t.text == ")":
            return False
        if t.key in _YEAR_WORDS:
            return True
    return False


_YEAR_WORDS = frozenset({"عاما", "عام", "سنه", "سنوات", "اعوام", "سنة"})


def _same_form(a: str, b: str) -> bool:
    """Two nouns of the same form, so both are counted by the number before them: accusative
    singulars («ضابطا وفردا») or sound plurals («مدنيين وعسكريين»), not «16 جنديا ورجل أمن»."""
    return (a.endswith("ا") and b.endswith("ا")) or (a.endswith("ين") and b.endswith("ين"))


def _elided_unit(toks: list[Tok], pre: int, j: int, prior: dict[int, str]) -> str | None:
    """A number after a victim verb with its counted noun left out takes the identity unit
    (persons: people, fighters, soldiers...) of the quantity counted just before it in the
    same clause («قتل 29 فردا من الطوارق وجرح أربعة» → people; «قتل 12 جنديا وجرح 20» →
    soldiers), or of the quantity right after it («أسر ستة وقتل 15 من تلك المليشيات» →
    fighters). A victim unit before («سقوط 16 قتيلا وجرح 12») passes nothing on."""
    # the conjunct after it first: «ومقتل 3 وإصابة 5 من القوات الشرعية» (the group named
    # once for both numbers), then the one before, a few words back («قتل 29 فردا من الطوارق
    # وجرح أربعة»: the noun and its complement, then the victim verb)
    n = len(toks)
    if j + 1 < n and toks[j].key[:1] == "و" and any(s in CUE_UNITS for s in stems(toks[j].key)):
        nxt = parse_number(toks, j + 1)
        if nxt is not None:
            got = unit_at(toks, nxt.j, definite=nxt.vague or nxt.scaled)
            if got is not None and got[0] in IDENTITY_UNITS:
                return got[0]
    for b in range(pre - 1, max(pre - 6, -1), -1):
        if b in prior:
            return prior[b] if prior[b] in IDENTITY_UNITS else None
        if toks[b].text in CLAUSE_END:
            break
    return None


def _list_unit(toks: list[Tok], pre: int, j: int, prior: dict[int, str]) -> str | None:
    """A bare number after «و» that goes on a list of places or times takes the unit of the
    quantity a few words before in the same clause («144 شخصا في صنعاء و70 في عدن و36 في
    صعدة»، «قتل 20 في تعز و15 في عدن»); one comma may stand between when the number is
    followed by «في» like its model («ثمانية مهاجمين قتلوا في كيروهورا، واثنين في كاتو»)."""
    if pre > 0 and toks[pre - 1].key == "و":
        first = pre - 2
    elif toks[pre].key.startswith("و") and toks[pre].text[0].isalpha():
        first = pre - 1  # «واثنين»: the conjunction glued to a number word
    else:
        return None
    comma_ok = j < len(toks) and toks[j].key == "في"
    for b in range(first, max(first - 8, -1), -1):
        if toks[b].text in CLAUSE_END:
            if comma_ok and toks[b].text in "،,":
                comma_ok = False
                continue
            return None
        if b in prior:
            return prior[b] if prior[b] not in ("other", REFERS_BACK) else None
    return None


def _victim_after(toks: list[Tok], j: int, death: bool = True) -> str | None:
    """The victim state after a number: «N في عداد المفقودين»; with ``death`` (no counted
    noun before it: not «20 من مرافقيه مصرعهم»، «الاف من رجاله سقطوا مصابين»), also «N سقطوا
    قتلى» and «لقي 4 حتفهم» (tokens from ``j``)."""
    n = len(toks)
    if death and j < n and toks[j].key in DEATH_NOUNS:
        return "killed"
    if death and j < n and toks[j].key in VICTIM_VERBS:
        return VICTIM_VERBS[toks[j].key]  # «قتلوا ومئات جرحوا»، «العشرات قتلوا»
    if death and j + 1 < n and toks[j].key in FELL_AS:
        noun = toks[j + 1].key
    elif j + 2 < n and toks[j].key == "في" and toks[j + 1].key == "عداد":
        noun = toks[j + 2].key
    else:
        return None
    u = next((UNITS_LEX[s] for s in stems(noun, article=True) if s in UNITS_LEX), None)
    return u if u in ("killed", "wounded", "missing", "detained") else None


def _quantity(
    norm: str, toks: list[Tok], num: Num, ctx: CurrencyContext, skip: list[bool],
    prior: dict[int, str] | None = None, subsets: set[int] | None = None,
) -> tuple[QMatch | None, int]:
    """The quantity starting with ``num`` (or None) and the token to go on from."""
    n = len(toks)
    i = num.i
    lo: float | None = num.lo
    best: float | None = num.best
    hi: float | None = num.hi
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
    # 2. range: «بين A و B»، «من A إلى B»، «A إلى B»، «A-B»
    before = toks[i - 1].key if i else ""
    is_between = before in ("بين", "ما بين", "وبين")
    k = first_unit[2] if first_unit else j
    num2 = None
    dash = False
    if k + 1 < n and toks[k].key in RANGE_CONNECTORS | {"و"} and skip[k + 1] \
            and first_unit is None:
        return None, k + 1  # «من 18 إلى 22 مارس 2017»: the first day of a date range
    if k < n and not skip[k]:
        conn = toks[k].key
        if is_between and conn == "و" and k + 1 < n:
            num2 = parse_number(toks, k + 1)
        elif is_between and conn.startswith("و") and len(conn) > 1:
            num2 = parse_number(toks, k)
        elif conn in RANGE_CONNECTORS and k + 1 < n and toks[k + 1].text[0].isdigit() == num.digits:
            num2 = parse_number(toks, k + 1)
            dash = conn in ("-", "–", "—")
            if conn == "او" and num2 is not None and (
                    first_unit is not None or num.vague or num2.vague
                    or not float(num.lo).is_integer() or not float(num2.lo).is_integer()):
                num2 = None  # «2 بالمائة أو 3 بالمائة» are two numbers; «أندرويد 2.1 أو 2.2»
    dash_pair = dash and num2 is not None and num.digits and num2.digits
    pair_end = num2.j if num2 is not None else j
    if num2 is not None and num.digits and num2.digits and is_year(num) and is_year(num2) \
            and unit_at(toks, num2.j, False) is None:
        return None, num2.j  # «بين 2010 و2015»، «2011-2015»: years, not a count
    if num2 is not None and not num2.vague:
        a_lo, b_lo = num.lo, num2.lo
        if num2.scaled and not num.scaled:
            mult = _scale_mult(toks[num2.j - 1])
            if mult and (a_lo * mult <= b_lo or (first_unit is None and a_lo < mult)):
                a_lo *= mult  # «بين 20 و30 ألفا» → 20,000–30,000
        if is_between and a_lo > b_lo and num2.hi == b_lo and num2.scaled and not num.scaled:
            # «ما بين 32 و30 مليار دولار»: the larger bound written first
            a_lo, b_lo = b_lo, a_lo
            num2 = Num(num2.i, num2.j, b_lo, b_lo, b_lo, num2.vague, num2.scaled, num2.digits)
        if a_lo < b_lo:
            # a range: best is its midpoint (docs/units.md: «بين 20 و30» → 20/25/30)
            lo, hi = a_lo, num2.hi
            best = (a_lo + hi) / 2 if hi is not None else a_lo
            j = num2.j
            unit2 = unit_at(toks, j, definite=num2.scaled)
            first_unit = unit2 or first_unit
            if unit2:
                j = unit2[2]
            elif first_unit:
                j = max(j, first_unit[2])
        else:
            num2 = None
    elif num2 is not None:
        num2 = None
    if num2 is None and first_unit:
        j = first_unit[2]
    if dash_pair and first_unit is None:
        return None, pair_end  # «3-1»: a score or a label, not a count (skip both numbers)
    unit = first_unit[0] if first_unit else None
    if unit in IDENTITY_UNITS and j < n and toks[j].key[:1] == "و" and \
            UNITS_LEX.get(toks[j].key[1:]) in IDENTITY_UNITS - {unit} and \
            _same_form(toks[j - 1].key, toks[j].key[1:]):
        unit, j = "people", j + 1  # «40 ضابطا وفردا»: persons of two kinds
    unit_key = first_unit[1] if first_unit else ""
    # currency adjective or the article's country («دينار تونسي»، «ليرة» in a Syrian story)
    cur = currency_singular(unit_key) if unit_key else None
    if cur is not None:
        adj = None
        if j < n:
            for s in stems(toks[j].key, article=True):
                adj = CURRENCY_ADJ[cur].get(s) or CURRENCY_ADJ[cur].get("ال" + s)
                if adj:
                    break
        if adj:
            unit = adj
            j += 1
        else:
            unit = ctx.currency(cur, unit or "other")
    # 4. bounds and approximation before the number
    start_tok = i
    if unit is None and num.digits and i > 0 and toks[i - 1].text in "%٪" \
            and toks[i - 1].end == toks[i].start:
        unit, start_tok = "percent", i - 1  # «%14.2»: the sign written first (bidi)
    elif i > 0 and toks[i - 1].key == "ال" and num.digits:
        start_tok = i - 1  # «قرابة الـ300 شخص»: the article belongs to the number
    approximate = False
    if is_between and num2 is not None:
        start_tok = i - 1
    elif before == "من" and num2 is not None:
        start_tok = i - 1
    pre = start_tok
    lb = match_before(toks, pre, LOWER_BOUND)
    ub = 0 if lb else match_before(toks, pre, UPPER_BOUND)
    if lb:
        hi = None
        pre -= lb
        approximate = True
    elif ub:
        lo = best = None
        pre -= ub
        approximate = True
    ap = match_before(toks, pre, APPROX_BEFORE)
    if ap:
        approximate = True
        pre -= ap
    if not lb and not ub:  # «نحو أكثر من»، «حوالي أقل من» are rare; one more look
        lb = match_before(toks, pre, LOWER_BOUND)
        if lb:
            hi = None
            pre -= lb
            approximate = True
    if not lb and not ub and not ap and _bound_verb_before_count(toks, pre):
        hi = None  # «تجاوز عدد القتلى 50»، «يفوق عدد عناصرها 40» (the span keeps the number)
        approximate = True
    # after the unit: «على الأقل»، «تقريبا», also past one agreeing adjective («20 طالبا
    # عسكريا على الأقل»)
    if first_unit is not None and j + 2 < n and toks[j].text.isalpha() \
            and toks[j].key.endswith(("يا", "ي", "يين", "يه")) and not toks[j].key.startswith("ال") \
            and (match_after(toks, j + 1, LOWER_AFTER) or match_after(toks, j + 1, APPROX_AFTER)):
        j += 1
    la = match_after(toks, j, LOWER_AFTER)
    if la:
        hi = None
        j += la
        approximate = True
    aa = match_after(toks, j, APPROX_AFTER)
    if aa:
        approximate = True
        j += aa
    # 3a. a number word after its noun: «شخص واحد»، «مصابين اثنين»، «جنديين اثنين»
    # (not a noun counted by the quantity before: «نقلنا 48 مصابا لخمسة مستشفيات»; not a
    # verb that looks like a noun: «أسر ستة»، nor a number with a preposition «لخمسة»)
    prior = prior if prior is not None else {}
    if unit is None and not num.digits and not num.vague and pre == i and i > 0 \
            and num.lo <= 10 and toks[i].key[0] not in "لب" and (i - 1) not in prior:
        at = i - 1
        if at > 0 and _nisba_adjective(toks[at].key) and (at - 1) not in prior:
            at -= 1  # «جندي أفغاني واحد»
        noun = toks[at].key
        if noun[0] in "وف" and len(noun) > 3 and noun not in UNITS_LEX:
            noun = noun[1:]  # «وجندي أفغاني واحد»
        u = UNITS_LEX.get(noun) or DUAL_NOUNS.get(noun)
        if noun in ANAPHORIC_NOUNS:
            u = REFERS_BACK  # «واصابة عسكريين اخرين اثنين»: the persons named before
        if at == i - 1 and at > 0 and noun.endswith(("يين", "يون")) and (at - 1) not in prior:
            before = toks[at - 1].key
            before = before[1:] if before[0] in "وف" and before not in UNITS_LEX else before
            if UNITS_LEX.get(before) or DUAL_NOUNS.get(before):
                # «مقتل عسكريين تركيين اثنين»: the noun before the nationality adjective
                u, at = UNITS_LEX.get(before) or DUAL_NOUNS.get(before), at - 1
        if noun in CUE_UNITS and (CUE_UNITS[noun] != u or num.lo != 1):
            # «أسر ستة» "captured six", not "six families"; «وإصابة خمسة» "and wounding
            # five" (a noun of the event before «واحدة» counts: «حالة وفاة واحدة»)
            u = None
        if u is None and at == i - 1 and len(noun) >= 5 and noun.endswith(("يين", "يون")) \
                and not noun.startswith("ال") and noun not in NOT_NISBA:
            u = "people"  # «روسيين اثنين»
        if u is not None:
            unit, pre = u, at
    # 1. exclusions (labels, years, times, phones, names, ages)
    if excluded(norm, toks, num, pre, unit, num2 is not None):
        return None, num.j
    # 3b. no counted noun: a victim noun just before («حصيلة القتلى إلى 50»), else a victim
    # cue («مقتل 20 وإصابة 30»). The unit is the counted noun, not the verb: «مقتل 25
    # شخصا» stays people (docs/annotation.md).
    # Only when nothing that could be a noun follows: «قتل 38 سائحا» counts tourists
    # (other), «قتل 30 في المعارك» counts the killed.
    if unit == REFERS_BACK:
        # «وجرح 12 آخرين» → the persons named before; «أربعة آخرين في عداد المفقودين»
        unit = _victim_after(toks, j, death=False) or antecedent_unit(
            toks, pre, prior, forces=unit_key in FORCE_MEMBERS_OF_PRONOUN, subsets=subsets)
    if unit is None:
        unit = _victim_after(toks, j)  # «العشرات سقطوا قتلى»
    if unit is None and no_noun_after(toks, j):
        unit = unit_before(toks, pre)
        if unit is None and pre > 0 and toks[pre - 1].key in AMONG:
            unit = antecedent_unit(toks, pre - 1, prior)  # «بينهم 99 في حالة خطيرة»
        if unit is None:
            unit = _list_unit(toks, pre, j, prior)  # «144 شخصا في صنعاء و70 في عدن»
        if unit is None and pre > 1 and toks[pre - 1].text == "(" and prior.get(pre - 2) \
                not in (None, "other") and not _ages_in_brackets(toks, pre):
            # a count in brackets right after a quantity restates it: «حوالى مئة إسباني (116
            # في 5 تموز)»
            unit = prior[pre - 2]
        if unit is None:
            unit = _cue_before(toks, pre, prior)
            if unit is not None:
                # «قتل 29 فردا من الطوارق وجرح أربعة»: the noun left out is the one counted
                # beside it (annotators: people, not wounded)
                unit = _elided_unit(toks, pre, j, prior) or unit
    if unit is None:
        unit = "other"
        if not no_noun_after(toks, j) and not match_after(toks, j, LOWER_AFTER) \
                and (not toks[j].key.startswith("ال") or toks[j - 1].key == "من") \
                and not toks[j].key.endswith(("هم", "هن", "ها", "كم")):
            j += 1  # the counted noun we have no unit for: «13 بندقية»، «ثلاثة أهداف»
    start = toks[pre].start
    k0 = toks[pre].key
    for cut in (1, 2):
        # «ونحو 250»، «لعشرات»، «وبعشرات»، «وجندي واحد»: the proclitics are not part of the
        # quantity
        if (len(k0) > cut + 2 or k0 == "وست") and all(c in "وفبل" for c in k0[:cut]) and (
                k0[cut:] in _start_words() or (pre < i and k0[cut:] in UNITS_LEX)):
            start += cut
            break
    q = QMatch(start, toks[j - 1].end, lo, best, hi, unit, approximate or num.vague)
    return q, j


