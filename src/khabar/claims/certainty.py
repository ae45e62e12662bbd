"""Certainty of a claim, from its cue and its content (rules in docs/claims.md).

1. The cue's default (``cues.tsv``: نفى → denied, حذّر → warned, دعا → demanded...).
2. A negated cue: «لم يؤكد» → cannot_confirm; «لم ينفِ» → asserted; other negated cues keep
   their value (the content is then a negative belief, warning...).
3. For a plain assertion only, the words of the cue's clause and content:
   «لا يمكننا تأكيد»/«لم يتسنّ» → cannot_confirm; «المزعوم» → alleged; a number after
   «نحو/حوالي/قرابة» or «يقدّر/تقديرات» → estimated; «من المتوقع أن» → expected.
"""

from __future__ import annotations

from ..segment import Token
from .words import ALLEGED_WORDS, APPROX_WORDS, CANNOT_CONFIRM, ESTIMATE_WORDS

__all__ = ["certainty"]

# Cues of confirmation: negated, they say the source cannot confirm.
_CONFIRMING = frozenset({"اكد", "قال", "اعلن", "جزم", "كشف", "اوضح", "صرح", "ذكر"})
_EXPECTED_PHRASE = ("من", "المتوقع")


def certainty(
    default: str, lemma: str, negated: bool, tokens: list[Token], first: int, last: int
) -> str:
    """Certainty of a claim whose cue has ``default``/``lemma`` and whose cue clause and
    content are tokens ``first..last``."""
    if negated:
        if lemma == "نفي":
            return "asserted"
        if lemma in _CONFIRMING:
            return "cannot_confirm"
        return default
    if default != "asserted":
        return default
    words = [tokens[k].norm for k in range(first, last + 1)]
    n = len(words)
    for k, w in enumerate(words):
        for phrase in CANNOT_CONFIRM:
            if w == phrase[0] and tuple(words[k:k + len(phrase)]) == phrase:
                return "cannot_confirm"
    if any(w in ALLEGED_WORDS for w in words):
        return "alleged"
    for k, w in enumerate(words):
        if w in ESTIMATE_WORDS:
            return "estimated"
        if w in APPROX_WORDS and any(
            words[x][:1].isdigit() for x in range(k + 1, min(n, k + 3))
        ):
            return "estimated"
        if w == _EXPECTED_PHRASE[0] and k + 1 < n and words[k + 1] == _EXPECTED_PHRASE[1]:
            return "expected"
    return "asserted"
