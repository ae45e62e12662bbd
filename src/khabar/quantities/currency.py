"""A currency's country: a currency several countries use («دينار») is the one whose country
words the article holds most (:class:`CurrencyContext`); the currency whose adjectives a word
may take (:func:`currency_singular`). Word lists: :mod:`.lexicon` (``CURRENCY_COUNTRIES``,
``CURRENCY_ADJ``)."""

from __future__ import annotations

from collections import Counter

from .lexicon import CURRENCY_ADJ, CURRENCY_COUNTRIES
from .numbers import Tok, stems

__all__ = ["CurrencyContext", "currency_singular"]


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
            # (a word before a number or a bracket is a measure, not a country: «قطر (800)
            # ملم» is a pipe's diameter)
            toks = self.toks
            self._countries = Counter(
                bare(st) for x, t in enumerate(toks) if t.text.isalpha()
                and not (x + 2 < len(toks) and toks[x + 1].text == "("
                         and toks[x + 2].text[0].isdigit())
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
