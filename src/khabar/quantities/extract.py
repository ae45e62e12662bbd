"""Find quantities in normalised text: number phrase, bounds, ranges, unit, exclusions.

For each token where a number phrase starts (:func:`~khabar.quantities.numbers.parse_number`):

1. skip it when it is a label, not a count (stages in :func:`_excluded`): inside a date,
   a year, a time, a phone number, after «المادة/رقم/الساعة...», glued to a name («كوفيد-19»);
2. read a range after it («بين 20 و30 ألف»، «من 10 إلى 15»، «10-15 شخصا»), sharing a scale
   word written only once;
3. read the unit after it (counted noun, currency with its country adjective, percent,
   measure); else a victim noun just before («حصيلة القتلى إلى 50»);
4. read bounds and approximation words before it («أكثر من»، «نحو») and after it
   («على الأقل»، «تقريبا»), and a victim cue before it («مقتل 20 شخصا» → killed);
5. drop ages («(25 عاما)»، «البالغ 25 عاما») and lone «واحد».
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache

from .lexicon import (
    AGE_CUES,
    APPROX_AFTER,
    APPROX_BEFORE,
    CUE_UNITS,
    CURRENCY_ADJ,
    CURRENCY_COUNTRIES,
    DUAL_NOUNS,
    EXCLUDE_BEFORE,
    LOWER_AFTER,
    LOWER_BOUND,
    NATIONALITIES,
    NOT_NISBA,
    NUMBER_WORDS,
    PERCENT_WORDS,
    SCALES,
    TIME_AFTER,
    UNITS_LEX,
    UPPER_BOUND,
    VAGUE,
)
from .numbers import Num, Tok, parse_number, stems, tokenize

__all__ = ["QMatch", "find_quantities"]

_VICTIM_UNITS = frozenset({"killed", "wounded", "displaced", "refugees", "detained", "missing",
                           "people", "civilians", "children", "soldiers", "fighters"})
_RANGE_CONNECTORS = frozenset({"الي", "حتي", "-", "–", "—", "لغايه"})
_STOP = frozenset(".،,؛;:!؟?()[]«»\"'\n")


@dataclass(slots=True)
class QMatch:
    start: int  # offsets in the normalised text
    end: int
    lo: float | None
    best: float | None
    hi: float | None
    unit: str
    approximate: bool


def _match_phrase(toks: list[Tok], end: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """Length of the longest phrase ending just before token ``end`` (0 if none); its first
    word may carry proclitics («بنحو»، «وأكثر من»)."""
    best = 0
    for p in phrases:
        k = len(p)
        s = end - k
        if s < 0 or k <= best:
            continue
        if all(toks[s + m].key == p[m] for m in range(1, k)) and p[0] in stems(toks[s].key):
            best = k
    return best


def _match_after(toks: list[Tok], start: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    best = 0
    for p in phrases:
        k = len(p)
        if start + k <= len(toks) and k > best and all(
            toks[start + m].key == p[m] for m in range(k)
        ):
            best = k
    return best


def _unit_at(toks: list[Tok], j: int, definite: bool) -> tuple[str, str, int] | None:
    """(unit, lexicon key, next token) of the counted noun at token ``j``; «من» may come
    first («آلاف من اللاجئين»); ``definite`` allows ال (after vague/scale words)."""
    n = len(toks)
    if j >= n:
        return None
    if toks[j].key == "من" and j + 1 < n:
        if toks[j + 1].key.startswith(("ال", "لل")):
            j, definite = j + 1, True
        else:
            # «سبعة من مسلحي الميليشيات»: a construct plural after «من»
            got = _unit_at(toks, j + 1, definite=False)
            return got if got is not None and got[0] != "percent" else None
    pk = _match_after(toks, j, PERCENT_WORDS)
    if pk:
        return "percent", "%", j + pk
    if j + 1 < n:  # two-word units: «وحدة سكنية»، «رجل أمن»
        two = toks[j].key + " " + toks[j + 1].key
        for s in _noun_stems(two, definite):
            if s in UNITS_LEX:
                return UNITS_LEX[s], s, j + 2
    for s in _noun_stems(toks[j].key, definite):
        if s in UNITS_LEX:
            return UNITS_LEX[s], s, j + 1
        for base in (s, *(s[:-len(x)] for x in ("هم", "ها", "هن", "ه") if s.endswith(x))):
            # construct plural «مقاتلي التنظيم», with a pronoun «مواطنيها»
            if base.endswith("ي") and base + "ن" in UNITS_LEX:
                return UNITS_LEX[base + "ن"], base + "ن", j + 1
    k = toks[j].key
    if k in NATIONALITIES:
        return "people", k, j + 1  # «1.3 مليون يمني»
    # a nisba noun counts people: «157 يمنيا»، «أربعة عراقيين» (not adverbs «سنويا»)
    if (len(k) >= 5 and k.endswith(("يين", "يون", "يا")) and k not in NOT_NISBA
            and (definite or not k.startswith("ال"))):
        return "people", k, j + 1
    return None


@cache
def _start_words() -> frozenset[str]:
    """Words a quantity span may start with (bound and approximation words, numbers)."""
    words = {p[0] for p in APPROX_BEFORE + LOWER_BOUND + UPPER_BOUND}
    words |= set(NUMBER_WORDS) | set(SCALES) | set(VAGUE) | {"بين", "من", "عدد", "العديد"}
    return frozenset(words)


def _noun_stems(k: str, definite: bool) -> list[str]:
    """The counted noun right after a number has no conjunction or preposition («20
    واصابة» is "20 and wounding"); only the article when ``definite`` («عشرات القتلى»)."""
    if definite and k.startswith("ال") and len(k) > 3:
        return [k, k[2:]]
    return [k]


class _Context:
    """Per-article facts computed once, when first needed (currency country counts)."""

    def __init__(self, toks: list[Tok]) -> None:
        self.toks = toks
        self._countries: Counter[str] | None = None

    def currency(self, cur_key: str, default: str) -> str:
        table = CURRENCY_COUNTRIES.get(cur_key)
        if not table:
            return default
        if self._countries is None:
            # every word once per form it may take: «بسوسة» counts as سوسة, «التونسي» as تونسي
            self._countries = Counter(
                _bare(st) for t in self.toks if t.text.isalpha()
                for st in set(stems(t.key, article=True))
            )
        votes: Counter[str] = Counter()
        for word, code in table.items():
            votes[code] += self._countries.get(_bare(word), 0)
        code, count = votes.most_common(1)[0] if votes else ("", 0)
        return code if count else default


def _bare(w: str) -> str:
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


def _currency_singular(k: str) -> str | None:
    for s in stems(k, article=True):
        if s in CURRENCY_ADJ:
            return s
    return None


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
    ctx = _Context(toks)
    out: list[QMatch] = []
    i = 0
    while i < n:
        if skip[i]:
            i += 1
            continue
        num = parse_number(toks, i)
        if num is None:
            i += 1
            continue
        q, nxt = _quantity(norm, toks, num, ctx, skip)
        if q is not None:
            out.append(q)
        i = max(nxt, i + 1)
    return out


def _scale_mult(t: Tok) -> int | None:
    for s in stems(t.key):
        if s in SCALES:
            return SCALES[s][0]
    return None


def _quantity(
    norm: str, toks: list[Tok], num: Num, ctx: _Context, skip: list[bool]
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
    first_unit = _unit_at(toks, j, definite=num.vague or num.scaled)
    if first_unit is None and j > num.j:
        j = num.j
    # 2. range: «بين A و B»، «من A إلى B»، «A إلى B»، «A-B»
    before = toks[i - 1].key if i else ""
    is_between = before in ("بين", "ما بين", "وبين")
    k = first_unit[2] if first_unit else j
    num2 = None
    dash = False
    if k + 1 < n and toks[k].key in _RANGE_CONNECTORS | {"و"} and skip[k + 1] \
            and first_unit is None:
        return None, k + 1  # «من 18 إلى 22 مارس 2017»: the first day of a date range
    if k < n and not skip[k]:
        conn = toks[k].key
        if is_between and conn == "و" and k + 1 < n:
            num2 = parse_number(toks, k + 1)
        elif is_between and conn.startswith("و") and len(conn) > 1:
            num2 = parse_number(toks, k)
        elif conn in _RANGE_CONNECTORS and k + 1 < n and toks[k + 1].text[0].isdigit() == num.digits:
            num2 = parse_number(toks, k + 1)
            dash = conn in ("-", "–", "—")
    dash_pair = dash and num2 is not None and num.digits and num2.digits
    pair_end = num2.j if num2 is not None else j
    if num2 is not None and num.digits and num2.digits and _is_year(num) and _is_year(num2) \
            and _unit_at(toks, num2.j, False) is None:
        return None, num2.j  # «بين 2010 و2015»، «2011-2015»: years, not a count
    if num2 is not None and not num2.vague:
        a_lo, b_lo = num.lo, num2.lo
        if num2.scaled and not num.scaled:
            mult = _scale_mult(toks[num2.j - 1])
            if mult and a_lo * mult <= b_lo:
                a_lo *= mult  # «بين 20 و30 ألفا» → 20,000–30,000
        if a_lo < b_lo:
            # a range: best is its midpoint (docs/units.md: «بين 20 و30» → 20/25/30)
            lo, hi = a_lo, num2.hi
            best = (a_lo + hi) / 2 if hi is not None else a_lo
            j = num2.j
            unit2 = _unit_at(toks, j, definite=num2.scaled)
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
    unit_key = first_unit[1] if first_unit else ""
    # currency adjective or the article's country («دينار تونسي»، «ليرة» in a Syrian story)
    cur = _currency_singular(unit_key) if unit_key else None
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
    approximate = False
    if is_between and num2 is not None:
        start_tok = i - 1
    elif before == "من" and num2 is not None:
        start_tok = i - 1
    pre = start_tok
    lb = _match_phrase(toks, pre, LOWER_BOUND)
    ub = 0 if lb else _match_phrase(toks, pre, UPPER_BOUND)
    if lb:
        hi = None
        pre -= lb
        approximate = True
    elif ub:
        lo = best = None
        pre -= ub
        approximate = True
    ap = _match_phrase(toks, pre, APPROX_BEFORE)
    if ap:
        approximate = True
        pre -= ap
    if not lb and not ub:  # «نحو أكثر من»، «حوالي أقل من» are rare; one more look
        lb = _match_phrase(toks, pre, LOWER_BOUND)
        if lb:
            hi = None
            pre -= lb
            approximate = True
    # after the unit: «على الأقل»، «تقريبا»
    la = _match_after(toks, j, LOWER_AFTER)
    if la:
        hi = None
        j += la
        approximate = True
    aa = _match_after(toks, j, APPROX_AFTER)
    if aa:
        approximate = True
        j += aa
    # 3a. a number word after its noun: «شخص واحد»، «مصابين اثنين»، «جنديين اثنين»
    if unit is None and not num.digits and not num.vague and pre == i and i > 0 \
            and num.lo <= 10:
        noun = toks[i - 1].key
        u = UNITS_LEX.get(noun) or DUAL_NOUNS.get(noun)
        if u is None and len(noun) >= 5 and noun.endswith(("يين", "يون")) \
                and not noun.startswith("ال") and noun not in NOT_NISBA:
            u = "people"  # «روسيين اثنين»
        if u is not None:
            unit, pre = u, i - 1
    # 1. exclusions (labels, years, times, phones, names, ages)
    if _excluded(norm, toks, num, pre, unit, num2 is not None):
        return None, num.j
    # 3b. no counted noun: a victim noun just before («حصيلة القتلى إلى 50»), else a victim
    # cue («مقتل 20 وإصابة 30»). The unit is the counted noun, not the verb: «مقتل 25
    # شخصا» stays people (docs/annotation.md).
    # Only when nothing that could be a noun follows: «قتل 38 سائحا» counts tourists
    # (other), «قتل 30 في المعارك» counts the killed.
    if unit is None and _no_noun_after(toks, j):
        unit = _unit_before(toks, pre)
        if unit is None and pre > 0:
            unit = next((CUE_UNITS[s] for s in stems(toks[pre - 1].key) if s in CUE_UNITS),
                        None)
    if unit is None:
        unit = "other"
        if not _no_noun_after(toks, j) and not _match_after(toks, j, LOWER_AFTER) \
                and not toks[j].key.startswith("ال") \
                and not toks[j].key.endswith(("هم", "هن", "ها", "كم")):
            j += 1  # the counted noun we have no unit for: «13 بندقية»، «ثلاثة أهداف»
    start = toks[pre].start
    k0 = toks[pre].key
    for cut in (1, 2):
        # «ونحو 250»، «لعشرات»، «وبعشرات»: the proclitics are not part of the quantity
        if len(k0) > cut + 2 and all(c in "وفبل" for c in k0[:cut]) and k0[cut:] in _start_words():
            start += cut
            break
    q = QMatch(start, toks[j - 1].end, lo, best, hi, unit, approximate or num.vague)
    return q, j


def _is_year(num: Num) -> bool:
    return not num.scaled and num.lo.is_integer() and 1900 <= num.lo <= 2100


#: Words after a number that show no counted noun follows (particles, pronoun phrases).
_PARTICLES = frozenset({
    "في", "من", "علي", "الي", "خلال", "بين", "عن", "منذ", "او", "ثم", "بعد", "قبل", "حتي",
    "مع", "منهم", "منها", "بينهم", "بينها", "اخرين", "اخرون", "فقط", "حسب", "وفق", "جراء",
    "اثر", "اليوم", "امس", "عند", "عندما", "لدي", "فيما", "بينما", "حين", "كما",
    "حول", "ضد", "عبر", "داخل", "خارج", "امام", "خلف", "تحت", "فوق", "دون", "مقابل", "نحو",
    "سنويا", "يوميا", "شهريا", "اسبوعيا", "تقريبا", "اضافيه", "اخري", "اخر", "هذا", "هذه",
    "ذلك", "تلك", "التي", "الذي", "الذين", "انه", "انها", "كان", "كانت", "قد", "لم", "لن",
    "ما", "لا", "اذ", "اذا", "ان", "الا", "حيث", "خاصه", "جديد", "جديده",
})


def _no_noun_after(toks: list[Tok], j: int) -> bool:
    if j >= len(toks):
        return True
    t = toks[j]
    if not t.text[0].isalpha():
        return True  # punctuation or another number
    # a particle, a conjunction starting a new clause («واصيب»), a prepositional phrase
    # («بجروح»، «لحظة»)
    k = t.key
    # (a counted noun never starts with the preposition ل: «20 لأودينيزي»)
    return (k in _PARTICLES or k[0] in "وفل"
            or (k[0] == "ب" and (k[1:].startswith("ال") or k in ("بجروح", "بجراح"))))


def _unit_before(toks: list[Tok], pre: int) -> str | None:
    """A definite victim noun within three tokens before, in the same clause."""
    for b in range(pre - 1, max(pre - 4, -1), -1):
        t = toks[b]
        if t.text in _STOP:
            return None
        if not t.key.startswith(("ال", "وال", "لل")):
            continue
        for s in stems(t.key, article=True):
            u = UNITS_LEX.get(s)
            if u in _VICTIM_UNITS:
                return u
    return None


def _excluded(norm: str, toks: list[Tok], num: Num, pre: int, unit: str | None,
              ranged: bool) -> bool:
    i = num.i
    t = toks[i]
    n = len(toks)
    p = pre - 1
    if p >= 0 and toks[p].text in "(«":
        p -= 1  # «المركز (93)»
    prev = toks[p] if p >= 0 else None
    # a label: «المادة 5»، «رقم 2254»، «الساعة 10»، «اللواء 93» (a counted noun or a scale
    # word after it makes it a count again: «المركز 100 ألف سلة»)
    if prev is not None and unit is None and not num.scaled and any(
        s in EXCLUDE_BEFORE for s in stems(prev.key)
    ):
        return True
    # a clock time: «الساعة 8 صباحا و4 مساء»، «الساعة 11 و27 دقيقة»
    if num.j < n and toks[num.j].key in TIME_AFTER:
        return True
    if pre >= 3 and toks[pre - 1].key == "و" and toks[pre - 2].text[0].isdigit() \
            and any(s in EXCLUDE_BEFORE for s in stems(toks[pre - 3].key)):
        return True
    if unit is None and num.j < n and toks[num.j].key in ("دقيقه", "دقائق") and any(
        toks[b].key == "الساعه" for b in range(max(0, pre - 4), pre)
    ):
        return True  # «الساعة الواحدة و24 دقيقة»
    # «1- الملعب القابسي»: a list number glued to a dash
    if num.digits and unit is None and num.j + 1 < n and toks[num.j].text == "-" \
            and toks[num.j].start == toks[num.j - 1].end and not toks[num.j + 1].text[0].isdigit():
        return True
    if not num.digits and toks[i].key in ("عشر", "عشره") and prev is not None \
            and prev.key.startswith("ال"):
        return True  # «الحادية عشرة»، «الثاني عشر»: an ordinal
    if num.digits:
        v = num.lo
        # «الـ20»: an ordinal («الذكرى الـ20»)
        if i > 0 and toks[i - 1].key == "ال":
            return True
        # a year written alone («في 2015» is masked as a date; «2015» after a noun too)
        if not num.scaled and unit is None and v.is_integer() and 1900 <= v <= 2100 and not ranged:
            return True
        # a time «10:30» or a ratio «3:1»
        if i + 1 < len(toks) and toks[i + 1].text == ":" and i + 2 < len(toks) \
                and toks[i + 2].text[0].isdigit():
            return True
        if i > 1 and toks[i - 1].text == ":" and toks[i - 2].text[0].isdigit():
            return True
        # a numbered list item or note: «1 - ...» at a line start, «(2)»، ««1»»
        if unit is None and v < 100:
            nl = norm.rfind("\n", max(0, t.start - 8), t.start)
            line_start = not norm[nl + 1:t.start].strip() and (nl >= 0 or t.start < 8)
            if line_start and num.j < n and toks[num.j].text in "-.)–":
                return True
            if i > 0 and toks[i - 1].text in "(«" and num.j < n and toks[num.j].text in ")»":
                return True
        # «104 / 47»، «1436 / 1437»: a reference number or a school year
        if unit is None and ((i > 1 and toks[i - 1].text == "/" and toks[i - 2].text[0].isdigit())
                             or (num.j + 1 < n and toks[num.j].text == "/"
                                 and toks[num.j + 1].text[0].isdigit())):
            return True
        # «القانون عدد 21 لسنة 1991»: a law's number
        if num.j < n and toks[num.j].key in ("لسنه", "لعام"):
            return True
        # «2015 م» not caught as a date: the year, not metres
        if unit == "m" and toks[num.j - 1 if num.scaled else num.j].key == "م" and v >= 1900 \
                and v <= 2100 and v.is_integer():
            return True
        # a phone number or an identifier: seven digits or more without separators
        if len(t.text) >= 7 and t.text.isdigit() and unit is None:
            return True
        # glued to a name: «كوفيد-19»، «إف-16»، «G20»، «20px»
        s0 = t.start
        if s0 > 0 and (norm[s0 - 1].isalpha() and norm[s0 - 1].isascii()):
            return True
        if s0 > 1 and norm[s0 - 1] in "-/" and norm[s0 - 2].isalpha():
            return True
        e0 = toks[num.j - 1].end
        if e0 < len(norm) and norm[e0].isascii() and norm[e0].isalpha():
            return True
        if e0 + 1 < len(norm) and norm[e0] == "-" and norm[e0 + 1].isalpha():
            return True
        if s0 > 0 and norm[s0 - 1] in "+#":
            return True
        # glued to an Arabic word that is not a one-letter proclitic: «سلتة2»
        if i > 0 and toks[i - 1].end == s0 and toks[i - 1].text.isalpha() \
                and len(toks[i - 1].text) > 1 and toks[i - 1].key != "ال":
            return True
        # beside a Latin word: «GJ 667»، «S&P 500»، «H1N1»-like names
        if i > 0 and toks[i - 1].text.isascii() and toks[i - 1].text.isalpha():
            return True
    else:
        # «واحد» alone is a pronoun or an adjective («كل واحد»، «في آن واحد»)
        if num.lo == 1 and unit is None and not num.vague:
            return True
    # an age: «(25 عاما)»، «البالغ من العمر 25 عاما»
    if unit in ("years", "months"):
        if pre > 0 and toks[pre - 1].text == "(":
            return True
        for b in range(pre - 1, max(pre - 4, -1), -1):
            if any(s in AGE_CUES for s in stems(toks[b].key, article=True)):
                return True
    return False
