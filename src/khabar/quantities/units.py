"""The unit of a quantity: the counted noun after the number, a currency and its country,
a victim noun before it («حصيلة القتلى إلى 50»). Word lists: :mod:`.lexicon`."""

from __future__ import annotations

from collections import Counter

from .lexicon import (
    ARMED_GROUP_GENITIVES,
    CURRENCY_ADJ,
    CURRENCY_COUNTRIES,
    GROUP_MEMBER_NOUNS,
    NATIONALITIES,
    NOT_NISBA,
    PERCENT_WORDS,
    UNITS_LEX,
)
from .numbers import Tok, match_after, stems

__all__ = [
    "CurrencyContext", "currency_singular", "no_noun_after", "noun_stems", "unit_at",
    "unit_before",
]

_VICTIM_UNITS = frozenset({"killed", "wounded", "displaced", "refugees", "detained", "missing",
                           "people", "civilians", "children", "soldiers", "fighters"})
_STOP = frozenset(".،,؛;:!؟?()[]«»\"'\n")


def unit_at(toks: list[Tok], j: int, definite: bool) -> tuple[str, str, int] | None:
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
            got = unit_at(toks, j + 1, definite=False)
            return got if got is not None and got[0] != "percent" else None
    pk = match_after(toks, j, PERCENT_WORDS)
    if pk:
        return "percent", "%", j + pk
    if j + 1 < n:  # two-word units: «وحدة سكنية»، «رجل أمن»
        two = toks[j].key + " " + toks[j + 1].key
        for s in noun_stems(two, definite):
            if s in UNITS_LEX:
                return UNITS_LEX[s], s, j + 2
    for s in noun_stems(toks[j].key, definite):
        if s in UNITS_LEX:
            unit = UNITS_LEX[s]
            if (s in GROUP_MEMBER_NOUNS and j + 1 < n
                    and toks[j + 1].key in ARMED_GROUP_GENITIVES):
                unit = "fighters"  # «15 من أفراد الميليشيا»
            return unit, s, j + 1
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


def noun_stems(k: str, definite: bool) -> list[str]:
    """The counted noun right after a number has no conjunction or preposition («20
    واصابة» is "20 and wounding"); only the article when ``definite`` («عشرات القتلى»)."""
    if definite and k.startswith("ال") and len(k) > 3:
        return [k, k[2:]]
    return [k]


class CurrencyContext:
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
                bare(st) for t in self.toks if t.text.isalpha()
                for st in set(stems(t.key, article=True))
            )
        votes: Counter[str] = Counter()
        for word, code in table.items():
            votes[code] += self._countries.get(bare(word), 0)
        code, count = votes.most_common(1)[0] if votes else ("", 0)
        return code if count else default


def bare(w: str) -> str:
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


def currency_singular(k: str) -> str | None:
    for s in stems(k, article=True):
        if s in CURRENCY_ADJ:
            return s
    return None


_PARTICLES = frozenset({
    "في", "من", "علي", "الي", "خلال", "بين", "عن", "منذ", "او", "ثم", "بعد", "قبل", "حتي",
    "مع", "منهم", "منها", "بينهم", "بينها", "اخرين", "اخرون", "فقط", "حسب", "وفق", "جراء",
    "اثر", "اليوم", "امس", "عند", "عندما", "لدي", "فيما", "بينما", "حين", "كما",
    "حول", "ضد", "عبر", "داخل", "خارج", "امام", "خلف", "تحت", "فوق", "دون", "مقابل", "نحو",
    "سنويا", "يوميا", "شهريا", "اسبوعيا", "تقريبا", "اضافيه", "اخري", "اخر", "هذا", "هذه",
    "ذلك", "تلك", "التي", "الذي", "الذين", "انه", "انها", "كان", "كانت", "قد", "لم", "لن",
    "ما", "لا", "اذ", "اذا", "ان", "الا", "حيث", "خاصه", "جديد", "جديده",
})


def no_noun_after(toks: list[Tok], j: int) -> bool:
    if j >= len(toks):
        return True
    t = toks[j]
    if not t.text[0].isalpha():
        return True  # punctuation or another number
    # a particle, a conjunction starting a new clause («واصيب»), a prepositional phrase
    # («بجروح»، «لحظة»)
    k = t.key
    if not k:
        return True  # a token that folds to nothing (a lone hamza «ء») is no noun
    # (a counted noun never starts with the preposition ل: «20 لأودينيزي»)
    return (k in _PARTICLES or k[0] in "وفل"
            or (k[0] == "ب" and (k[1:].startswith("ال") or k in ("بجروح", "بجراح"))))


def unit_before(toks: list[Tok], pre: int) -> str | None:
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
