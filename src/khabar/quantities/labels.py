"""Numbers that are labels, not counts: years, clock times, phone numbers, law articles,
rankings, names («كوفيد-19»), list numbers, ages."""

from __future__ import annotations

from .lexicon import (
    AGE_CUES,
    COUNTED_BEFORE_ARTICLE,
    EXCLUDE_BEFORE,
    NAME_LETTERS,
    NUMBER_WORDS,
    STRICT_LABELS,
    TIME_AFTER,
    UNITS_LEX,
)
from .lexicon_context import (
    AGE_GROUP_NOUNS,
    LABELS_WITH_ADJECTIVE,
    ORDINAL_UNITS,
    PARTICLES,
    RANGE_CONNECTORS,
    YEAR_ADJECTIVES,
    YEAR_WORDS,
)
from .numbers import Num, Tok, stems
from .units import REFERS_BACK

__all__ = ["excluded", "is_year"]


def is_year(num: Num) -> bool:
    return not num.scaled and num.lo.is_integer() and 1900 <= num.lo <= 2100


_QUOTES_CLOSE = "″”\"»'’"
_QUOTES_OPEN = "“\"«'‘″”"


def _counted_before(k: str) -> bool:
    """A definite victim noun or a plural of countries before «الـN»."""
    return k in COUNTED_BEFORE_ARTICLE or (k.startswith("ال") and UNITS_LEX.get(k[2:]) in (
        "killed", "wounded", "detained", "missing", "displaced", "refugees"))


def _quoted_count(toks: list[Tok], i: int, close: int) -> bool:
    """«تنفذ «23» غارة»: a number in quotation marks (not brackets, which number lists)
    followed by an indefinite noun is a count with its figure set off, as headlines write it."""
    if toks[i - 1].text != "«" or toks[close].text != "»" or close + 1 >= len(toks):
        return False
    k = toks[close + 1].key
    return toks[close + 1].text.isalpha() and k not in PARTICLES \
        and not k.startswith(("ال", "و", "ف", "ب", "ل"))


def excluded(norm: str, toks: list[Tok], num: Num, pre: int, unit: str | None,
             ranged: bool) -> bool:
    """Is the number phrase ``num`` (its span from token ``pre``, its counted unit ``unit``
    or None, ``ranged`` when it opens a range) a label, not a count? Each check below says
    what it catches; any one of them excludes the number."""
    if _label_before(toks, num, pre, unit) or _clock_time(toks, num, pre, unit) \
            or _list_or_ordinal(toks, num, pre, unit):
        return True
    if num.digits:
        if _digit_label(norm, toks, num, pre, unit, ranged) or _glued_to_name(norm, toks, num, unit):
            return True
    elif num.lo == 1 and unit in (None, REFERS_BACK) and not num.vague:
        return True  # «واحد» alone is a pronoun or an adjective («كل واحد»، «في آن واحد»)
    return _age(toks, num, pre, unit, ranged)


def _label_before(toks: list[Tok], num: Num, pre: int, unit: str | None) -> bool:
    """A label word before the number: «المادة 5»، «رقم 2254»، «الساعة 10»، «اللواء 93» (a
    counted noun or a scale word after it makes it a count again: «المركز 100 ألف سلة»)."""
    p = pre - 1
    if p >= 0 and toks[p].text in "(«":
        p -= 1  # «المركز (93)»
    prev = toks[p] if p >= 0 else None
    if prev is not None and not num.scaled and any(
        s in EXCLUDE_BEFORE and (unit is None or s in STRICT_LABELS)
        for s in stems(prev.key, article=True)  # «للفصل 14»: ل + ال
    ):
        return True  # («الفرقة 11 دبابات»، «اللواء 35 مدرع»: a unit's name even so)
    if prev is not None and unit is None and num.digits and not num.scaled and p > 0 \
            and num.lo >= 100 \
            and prev.key.startswith("ال") and prev.text.isalpha() \
            and any(s in LABELS_WITH_ADJECTIVE for s in stems(toks[p - 1].key, article=True)):
        return True  # «الرقم العسكري 13598»، «القرار الدولي 2216»: a label with its adjective
    # the second of two labels: «المادة 5 و6»
    return pre >= 3 and toks[pre - 1].key == "و" and toks[pre - 2].text[0].isdigit() \
        and any(s in EXCLUDE_BEFORE for s in stems(toks[pre - 3].key))


def _clock_time(toks: list[Tok], num: Num, pre: int, unit: str | None) -> bool:
    """A clock time: «الساعة 8 صباحا و4 مساء»، «الساعة 11 و27 دقيقة», «الساعة الواحدة و24
    دقيقة»."""
    n = len(toks)
    if num.j < n and toks[num.j].key in TIME_AFTER:
        return True
    return unit is None and num.j < n and toks[num.j].key in ("دقيقه", "دقائق") and any(
        toks[b].key == "الساعه" for b in range(max(0, pre - 4), pre)
    )


def _list_or_ordinal(toks: list[Tok], num: Num, pre: int, unit: str | None) -> bool:
    """A list number glued to a dash («1- الملعب القابسي») or an ordinal written with
    «عشر» («الحادية عشرة»، «الثاني عشر»; not «اعتقلت السلطات عشرة متظاهرين»)."""
    i = num.i
    n = len(toks)
    if num.digits and unit is None and num.j + 1 < n and toks[num.j].text == "-" \
            and toks[num.j].start == toks[num.j - 1].end and not toks[num.j + 1].text[0].isdigit():
        return True
    return not num.digits and toks[i].key in ("عشر", "عشره") and i > 0 and pre == i \
        and toks[i - 1].key in ORDINAL_UNITS


def _digit_label(norm: str, toks: list[Tok], num: Num, pre: int, unit: str | None,
                 ranged: bool) -> bool:
    """A number written in digits that is an ordinal, a year, a time, a list item, a
    reference, a law's number or a phone number."""
    i = num.i
    t = toks[i]
    n = len(toks)
    v = num.lo
    # «الـ20»: an ordinal («الذكرى الـ20»), unless a bound or a counted noun makes it a
    # count («قرابة الـ300 شخص»)
    if i > 0 and toks[i - 1].key == "ال" and pre >= i - 1 and unit in (None, "years", "months") \
            and not (unit is None and i > 1 and _counted_before(toks[i - 2].key)):
        return True  # («صاحب الـ24 عاما»: an age; «القتلى ال27»، «الدول الـ28» count)
    # a year written alone («في 2015» is masked as a date; «2015» after a noun too)
    if not num.scaled and unit is None and v.is_integer() and 1900 <= v <= 2100 and not ranged:
        return True
    if _hijri_year(toks, num, unit):
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
        if i > 0 and toks[i - 1].text in "(«" and num.j < n and toks[num.j].text in ")»" \
                and not _quoted_count(toks, i, num.j):
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
    return len(t.text) >= 7 and t.text.isdigit() and unit is None


def _hijri_year(toks: list[Tok], num: Num, unit: str | None) -> bool:
    """A Hijri year without «هـ» after a year word: «عام 1435»، «العام الحالي 1436» (Saudi
    news; the dates step reads Hijri years only with «هـ» or «للهجرة»). A year is no count."""
    v = num.lo
    if num.scaled or unit is not None or not v.is_integer() or not _hijri_digits(toks[num.i].text):
        return False
    b = num.i - 1
    if b >= 1 and toks[b].key in RANGE_CONNECTORS and _hijri_digits(toks[b - 1].text):
        b -= 2  # «بين عام 1431 إلى 1435»: the second year of a range of years
    if b >= 0 and toks[b].key in YEAR_ADJECTIVES:
        b -= 1
    return b >= 0 and any(s in YEAR_WORDS for s in stems(toks[b].key, article=True))


def _hijri_digits(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and 1300 <= int(text) <= 1499


def _glued_to_name(norm: str, toks: list[Tok], num: Num, unit: str | None) -> bool:
    """A number in digits that is part of a name: glued to it («كوفيد-19»، «إف-16»، «G20»،
    «20px»), spaced («مقاتلات إف – 16»), a version in a quoted name («"آيفون 6"»), or
    beside a Latin word («S&P 500»)."""
    i = num.i
    s0 = toks[i].start
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
    # a spaced name: «مقاتلات إف – 16»، «إف- 16»
    b = i - 1 if i > 0 and toks[i - 1].text in "-–—" else i
    if b > 0 and toks[b - 1].key in NAME_LETTERS:
        return True
    # a version in a quoted name: «“ويندوز 10″»، «"آيفون 6"» (a word, then the number
    # and the closing quote glued to it)
    if unit is None and e0 < len(norm) and norm[e0] in _QUOTES_CLOSE and i > 0 \
            and toks[i - 1].text.isalpha() and i > 1 and (
                toks[i - 2].text in _QUOTES_OPEN
                or (i > 2 and toks[i - 3].text in _QUOTES_OPEN and toks[i - 2].text.isalpha())):
        return True
    # glued to an Arabic word that is not a one-letter proclitic: «سلتة2» (a missing
    # space when a counted noun follows: «وعلى متنها158راكباً»)
    if unit is None and i > 0 and toks[i - 1].end == s0 and toks[i - 1].text.isalpha() \
            and len(toks[i - 1].text) > 1 and toks[i - 1].key != "ال":
        return True
    # beside a Latin word: «GJ 667»، «S&P 500»، «H1N1»-like names
    return i > 0 and toks[i - 1].text.isascii() and toks[i - 1].text.isalpha()


def _age(toks: list[Tok], num: Num, pre: int, unit: str | None, ranged: bool) -> bool:
    """An age («(25 عاما)»، «البالغ من العمر 25 عاما»، «بين 20 وال25 من العمر») or a point in
    time («قبل أربعة أيام» "four days ago": the dates layer's, not a duration)."""
    i = num.i
    n = len(toks)
    if any(toks[b].key == "من" and b + 1 < n and toks[b + 1].key == "العمر"
           for b in range(num.j, min(num.j + 4, n))):
        return True
    if unit in ("hours", "days", "months", "years") and pre > 0 \
            and toks[pre - 1].key in ("قبل", "وقبل"):
        return True
    if unit not in ("years", "months"):
        return False
    if pre > 0 and toks[pre - 1].text in "(-–":
        return True  # «(65 عاما)»، «- 24 عاماً -»
    if num.digits and pre == i and i > 0 and toks[i - 1].end == toks[i].start \
            and toks[i - 1].text.isalpha() and len(toks[i - 1].text) > 1:
        return True  # «الملا منصور52 عاما»: glued to the name (a missing space)
    if pre > 0 and toks[pre - 1].text in "،," and num.j + 1 < n \
            and toks[num.j + 1].text in "،,":
        return True  # «قال أحمد، 45 عاما، إن»: an age in apposition
    if _age_continued(toks, pre):
        return True
    for b in range(pre - 1, max(pre - 4, -1), -1):
        if any(s in AGE_CUES for s in stems(toks[b].key, article=True)):
            return True
        if ranged and b >= pre - 2 and toks[pre].text[0].isdigit() \
                and toks[pre - 1].text.isalpha() \
                and toks[pre - 1].key not in PARTICLES \
                and any(s in AGE_GROUP_NOUNS for s in stems(toks[b].key, article=True)):
            return True  # «فريق الكشافة 14 – 17 سنة»: the ages of a team or a group
    return False


def _age_continued(toks: list[Tok], pre: int) -> bool:
    """The second bound of an age limit: «ألا يقل عمر المتقدم عن 35 عاماً ولا يزيد على 45
    عاماً» (the «عمر» is before the first bound; the second, after «و», limits the same age)."""
    if not toks[pre].key.startswith("و") and not (pre > 0 and toks[pre - 1].key == "و"):
        return False
    k = pre - 1 if toks[pre].key.startswith("و") else pre - 2
    if k >= 0 and toks[k].text in "،,":
        k -= 1
    if k < 1 or UNITS_LEX.get(toks[k].key) != "years" \
            or not (toks[k - 1].text[0].isdigit() or toks[k - 1].key in NUMBER_WORDS):
        return False
    return any(s in AGE_CUES for b in range(k - 2, max(k - 7, -1), -1)
               for s in stems(toks[b].key, article=True))
