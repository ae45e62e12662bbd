"""The numbers that tokens of normalised text spell (digits, words, scales, vague words).

:func:`tokenize` (:mod:`khabar.quantities.tokens`) cuts ``doc.norm`` into words, digit groups
and single punctuation marks; :func:`parse_number` reads the longest number phrase that
starts at a token.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TypeVar

from .lexicon import (
    FRACTIONS,
    NUMBER_OF_BEFORE,
    NUMBER_WORDS,
    SCALES,
    TEEN_ONLY,
    UNITS_LEX,
    VAGUE,
    VAGUE_BEFORE_DEFINITE,
    VAGUE_BEFORE_NOUN,
    VAGUE_PHRASES,
)
from .lexicon_context import PARTICLES, TIME_PLURALS
from .tokens import Tok, match_after, match_before, stems, tokenize

T = TypeVar("T")

__all__ = [
    "Num", "Tok", "match_after", "match_before", "parse_digits", "parse_number", "stems",
    "tokenize",
]


def _lookup(k: str, table: Mapping[str, T], article: bool = False) -> T | None:
    for s in stems(k, article):
        if s in table:
            return table[s]
    return None


def _number_word(k: str) -> int | None:
    """Value of a cardinal word, with at most one proclitic (و ف ب ل: «وعشرين»، «بخمسة»);
    «ولست»، «كمية» are not numbers, so ك and stacked proclitics are refused."""
    if k in NUMBER_WORDS:
        return NUMBER_WORDS[k]
    if len(k) > 3 and k[0] in "وفبل" and k[1:] in NUMBER_WORDS:
        return NUMBER_WORDS[k[1:]]
    return None


def parse_digits(s: str) -> float | None:
    """Value of a digit group: «20,000» and «1.000.000» (groups of three) are thousands,
    otherwise the separator is a decimal point («1.5»، «2,5» as written in the Maghreb);
    «5ر3» is 3.5 (Tunisian press: fraction first, then ر, then the integer part)."""
    if "ر" in s:
        frac, _, whole = s.partition("ر")
        return float(f"{whole}.{frac}")
    s = s.replace("،", ",")
    # («20.000 عبوة»: a decimal part of three zeros is never written, so the dot groups
    # thousands there too)
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", s) or re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}", s) \
            or re.fullmatch(r"\d{1,3}\.000", s):
        return float(s.replace(",", "").replace(".", ""))
    if s.count(".") + s.count(",") > 1:
        return None
    try:
        return float(s.replace(",", "."))
    except ValueError:
        return None


@dataclass(slots=True)
class Num:
    """A parsed number phrase: tokens ``[i, j)``; ``lo``/``best``/``hi`` (hi None when open)."""

    i: int
    j: int
    lo: float
    best: float
    hi: float | None
    vague: bool = False
    scaled: bool = False  # ends with a scale word («20 ألف»)
    digits: bool = False  # written with digits


def _scale(t: Tok) -> tuple[int, int | None] | None:
    return _lookup(t.key, SCALES)


@cache
def _start_keys() -> frozenset[str]:
    """Every word a number phrase can start with (a fast filter before parsing)."""
    return frozenset(
        set(NUMBER_WORDS) | set(SCALES) | set(VAGUE) | set(FRACTIONS) | {"احد", "احدي"}
        | {p[0] for p in VAGUE_PHRASES}
    )


@lru_cache(maxsize=200_000)
def _may_start(k: str) -> bool:
    """A number phrase can start with the word of key ``k`` (it or a stem is in
    :func:`_start_keys`); cached per key: asked at every token of every article."""
    keys = _start_keys()
    return any(s in keys for s in stems(k))


def parse_number(toks: list[Tok], i: int) -> Num | None:
    """The number phrase starting at token ``i``, or None. A smaller part after «و» joins a
    scaled number: «3 ملايين و500 ألف» → 3,500,000; «مليون و200 ألف» → 1,200,000."""
    num = _parse_one(toks, i)
    if num is None or num.vague or not num.scaled:
        return num
    n = len(toks)
    while num.j < n:
        mult = _scale(toks[num.j - 1])
        if mult is None:
            break
        k = num.j
        if toks[k].key == "و" and k + 1 < n and toks[k + 1].text[0].isdigit():
            nxt = _parse_one(toks, k + 1)
        elif toks[k].key.startswith("و") and len(toks[k].key) > 1:
            nxt = _parse_one(toks, k)
        elif toks[k].text[0].isdigit():
            # «27 مليوناً 243 ألفاً و15 ريالا»: a smaller scaled part without «و»
            nxt = _parse_one(toks, k)
            if nxt is not None and not nxt.scaled:
                break
        else:
            break
        if nxt is None or nxt.vague or nxt.lo >= mult[0]:
            break
        v = num.lo + nxt.lo
        num = Num(i, nxt.j, v, v, v, digits=num.digits or nxt.digits, scaled=nxt.scaled)
    return num


def _parse_one(toks: list[Tok], i: int) -> Num | None:
    t = toks[i]
    if t.text[0].isdigit():
        return _digits_phrase(toks, i)
    k = t.key
    if k.startswith("ال") and NUMBER_WORDS.get(k[2:], 0) in range(3, 11) and i + 1 < len(toks) \
            and toks[i + 1].key in TIME_PLURALS:
        v = float(NUMBER_WORDS[k[2:]])  # «خلال الستة أشهر الأولى»: a definite duration
        return Num(i, i + 1, v, v, v)
    if not _may_start(t.key) or t.text.endswith("ثناء"):
        return None  # («أثناء» "during" is no «اثنا»)
    return _vague_phrase(toks, i) or _word_phrase(toks, i)


def _digits_phrase(toks: list[Tok], i: int) -> Num | None:
    v = parse_digits(toks[i].text)
    if v is None:
        return None
    j = i + 1
    scaled = False
    if j < len(toks):
        sc = _scale(toks[j])
        if sc is not None and sc[1] != 2 * sc[0]:  # «20 ألف»، «1.5 مليون» (not the dual)
            v *= sc[0]
            j += 1
            scaled = True
    return Num(i, j, v, v, v, digits=True, scaled=scaled)


def _vague_phrase(toks: list[Tok], i: int) -> Num | None:
    n = len(toks)
    first = stems(toks[i].key)
    for phrase, (lo, best, hi) in VAGUE_PHRASES.items():
        k = len(phrase)
        if i + k <= n and phrase[0] in first and all(
            toks[i + m].key == phrase[m] for m in range(1, k)
        ):
            # «عشرات من ...» is the plain vague word; the phrase table ends at «من»
            if phrase[0] in ("عدد", "عددا") and (
                    (i > 0 and any(s in NUMBER_OF_BEFORE for s in stems(toks[i - 1].key)))
                    or (i + k < n and toks[i + k].key.endswith("وا"))):
                return None  # «وارتفع عدد من فقدوا أعمالهم»: "the number of those who"
            return Num(i, i + k, lo, best, hi, vague=True)
    k0 = toks[i].key
    # one proclitic at most, and never ك («كميات» is not «ك + مئات»)
    got = VAGUE.get(k0) or (VAGUE.get(k0[1:]) if len(k0) > 3 and k0[0] in "وفبل" else None)
    if got is None and len(k0) > 4 and k0[:2] in ("وب", "ول", "فب", "فل"):
        got = VAGUE.get(k0[2:])
    if got is None:
        return None
    lo, best, hi = got
    j = i + 1
    if stems(k0)[-1] in VAGUE_BEFORE_DEFINITE and not (
            j < n and toks[j].text.isalpha() and toks[j].key.startswith("ال")
            and toks[j].key not in PARTICLES):
        return None  # «عديد» alone is an adjective («عوامل عديدة» is another word)
    if stems(k0)[-1] in VAGUE_BEFORE_NOUN and not _before_its_noun(toks, i, j):
        # «ونفذت الشرطة مداهمات عدة.»، «أجرى تبديلات عدة تمثلت»: after its noun, not counted
        return None
    # «عشرات الآلاف»، «مئات الآلاف»، «بضعة آلاف»، «بضع مئات»: the next scale multiplies
    if j < n:
        mult: float | None = None
        sc = _lookup(toks[j].key, SCALES, article=True)
        vg = _lookup(toks[j].key, VAGUE, article=True)
        if isinstance(sc, tuple) and sc[0] > lo:
            mult = sc[0]
        elif isinstance(vg, tuple) and lo < 10 and vg[0] in (10, 100):
            mult = vg[0]  # «بضع عشرات» → 30–90, «بضع مئات» → 300–900
        if mult is not None:
            if hi is not None:
                # «عشرات الآلاف» → 10,000–99,999; «بضعة آلاف» → 3,000–9,000
                hi = (hi + 1) * mult - 1 if lo >= 10 else hi * mult
            lo, best = lo * mult, best * mult
            j += 1
    return Num(i, j, lo, best, hi, vague=True)


def _noun_follows(toks: list[Tok], j: int) -> bool:
    if j >= len(toks):
        return False
    k = toks[j].key
    return toks[j].text.isalpha() and k not in ("من", "في", "علي", "الي", "عن") \
        and not k.startswith(("و", "ف"))


def _before_its_noun(toks: list[Tok], i: int, j: int) -> bool:
    """«عدة» at ``i`` stands before the noun it counts («عدة غارات»، «لعدة أيام»), not after
    it («مداهمات عدة»، «طرق عدة أبرزها»، «أيام عدة»). It is written with ة («بعده» "after
    him", «وعده» "promised him" fold to the same key); the word before is no feminine plural
    nor a plural of time; the word after is an indefinite noun: not a particle, a conjunction,
    the article, a preposition, a word with a pronoun («أبرزها»), a feminine past verb
    («برزت»، «تمثلت») or a feminine nisba adjective («ميكروبية»)."""
    if not toks[i].text.endswith("ة"):
        return False
    if i > 0 and toks[i].text[:1] not in "لب" and (
            (len(toks[i - 1].key) >= 4 and toks[i - 1].key.endswith("ات"))
            or toks[i - 1].key in TIME_PLURALS):
        return False
    if not _noun_follows(toks, j):
        return False
    k = toks[j].key
    if k in VAGUE or k in SCALES:
        return True  # «عدة آلاف» (folded «الاف» looks like the article)
    return k not in PARTICLES and not k.startswith(("ال", "ب", "ل", "ك")) \
        and not k.endswith(("ها", "هم", "يه")) \
        and not (k.endswith("ت") and not k.endswith("ات"))


def _order(v: float) -> int:
    return 0 if v < 10 else 1 if v < 100 else 2


def _joins(cur: float, val: int) -> bool:
    """Whether «cur و val» is one compound: larger parts come first («مئة وخمسون»), except
    units before tens («خمسة وعشرون»); two parts of one order are two numbers."""
    last = cur % 100 if cur >= 100 else cur  # the part written last
    if _order(val) < _order(last) or (cur >= 100 and _order(val) < 2):
        return True
    return last < 10 and 20 <= val < 100 and cur < 10


def _word_phrase(toks: list[Tok], i: int) -> Num | None:
    """Cardinal words: «خمسة وعشرين»، «ثلاثة آلاف وخمسمئة»، «مئتي»، «نصف مليون»."""
    total = 0.0
    cur = 0.0
    j = i
    n = len(toks)
    seen = False
    while j < n:
        t = toks[j]
        first = j == i
        k = t.key
        if not first and not _part_follows(k, cur):
            break
        stop, val = _word_value(toks, j, first)
        if stop:
            break
        sc = _scale(t)
        frac = _lookup(k, FRACTIONS) if first else None
        if isinstance(val, int):
            nxt = _with_unit(cur, val, first, k)
            if nxt is None:
                break
            cur = nxt
        elif sc is not None:
            mult, alone = sc
            if cur:
                cur *= mult
            elif alone is not None:
                cur = alone
                if first and k.endswith("ا") and alone == mult and _noun_follows(toks, j + 1):
                    # «مليونا شخص»: a noun after it makes «مليونا» the dual construct (two
                    # million); the accusative «مليوناً» cannot take one
                    cur = 2 * mult
            elif seen or not first:
                break
            else:
                return None  # «آلاف» alone is vague (handled above)
            total += cur
            cur = 0
        elif frac is not None and j + 1 < n and _scale(toks[j + 1]) is not None:
            cur = frac  # «نصف مليون»
        else:
            break
        seen = True
        j += 1
    if not seen:
        return None
    v = total + cur
    if v <= 0:
        return None
    return Num(i, j, v, v, v, scaled=_scale(toks[j - 1]) is not None)


def _part_follows(k: str, cur: float) -> bool:
    """Parts after the first are joined by «و» («خمسة وعشرين»), or follow directly for teens
    («ثلاثة عشر») and «ثلاث مئة»، «خمسة آلاف»."""
    return (k.startswith("و") or _lookup(k, SCALES) is not None or k in ("عشر", "عشره")
            or bool(cur and cur < 10 and _number_word(k) == 100))


def _word_value(toks: list[Tok], j: int, first: bool) -> tuple[bool, int | None]:
    """``(stop, value)`` of the cardinal word at ``j``: stop where the phrase ends before it."""
    n = len(toks)
    k = toks[j].key
    val = _number_word(k)
    if first and val is None and k == "وست" and j + 1 < n and toks[j + 1].key in UNITS_LEX:
        val = 6  # «بينهم 12 طفلا وست نساء» (not «وست هام»: only before a counted noun)
    if val is not None and k in TEEN_ONLY and not (
        j + 1 < n and toks[j + 1].key in ("عشر", "عشره")
    ):
        return True, val  # «اثنا»/«اثني» only before عشر («اثناء» folds to «اثنا»)
    if first and k in ("احد", "احدي") and j + 1 < n and toks[j + 1].key in ("عشر", "عشره"):
        val = 1  # «أحد عشر»، «إحدى عشرة» (أحد alone is "one of", not a count)
    return False, val


def _with_unit(cur: float, val: int, first: bool, k: str) -> float | None:
    """``cur`` with the number word ``val`` (key ``k``) added: a teen, hundreds, or the next
    part of a compound; None where ``val`` starts another number."""
    if val == 10 and 0 < cur < 10 and not first and not k.startswith("و"):
        return cur + 10  # teen: «ثلاثة عشر»
    if val == 100 and 0 < cur < 10 and not k.startswith("و"):
        return cur * 100  # «ثلاث مئة»
    if cur and not k.startswith("و"):
        return None
    if cur and not _joins(cur, val):
        return None  # «بين مئة ومئتي ألف»: two numbers, not 300
    return cur + val
