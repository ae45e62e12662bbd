"""Violence and protest words read in a sense that is no event, shown by a word next to them
(events-11c, session 11; docs/events.md, "Session 11: other senses in Tunisian news"). Asked by
:func:`khabar.events.senses.read_otherwise` for each lexicon match; the word lists are in
``data/events/sense_words.tsv``, each with the phrases that prompted it.

1. The doer himself as the object of a killing or firing word: a suicide («وقتل نفسه»، «أطلق
   الرصاص على نفسه»). Burning oneself is a row of the lexicon (self-immolation, a protest).
2. Shots fired in the air or as a warning («وأطلق الرصاص في الهواء لتحذيره»).
3. «كمين» as a police trap: an arrest or seizure word in its sentence and no word of death or
   wounds («إلقاء القبض عليه تمت اثر نصب كمين محكم»), or a security adjective right after it
   («نصب كمين أمني»).
4. «أصيب ب» + an illness: fell ill («أصيب بنزلة برد»).
5. «تجمع» after a relative pronoun or before «بين»: brings together («المقابلة التي تجمعهم»).

Each class was too small alone for the width bar (2-4 events of 1,400 fresh articles); together
they were 12 events, all wrong (docs/events.md). Animals added to ``senses._ANIMALS`` and cyber
words added to the context list belong to the same measurement.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..segment import Token
from .lexicon import Entry, ffold
from .wordlists import WordLists

__all__ = ["SENSE_WORDS", "read_in_other_sense"]

#: The lists of this module (``data/events/sense_words.tsv``).
SENSE_WORDS = WordLists("sense_words.tsv")

_AIR_WINDOW = 4
_TRAP = ffold("كمين")
_GATHER = ffold("تجمع")
_BETWEEN = ffold("بين")


def _bare(w: str) -> str:
    """A folded token without one of the proclitics و، ف، ب، ل (kept when the rest is short)."""
    return w[1:] if len(w) > 3 and w[0] in "وفبل" else w


def _word(tokens: Sequence[Token], k: int) -> str:
    return ffold(tokens[k].norm)


def _in(w: str, words: frozenset[str]) -> bool:
    return w in words or _bare(w) in words or _bare(_bare(w)) in words


def _self(e: Entry, tense: str, tokens: Sequence[Token], j: int, end: int) -> bool:
    """Rule 1: «قتل نفسه» (a verb and its object), «أطلق النار على نفسه» (after a preposition)."""
    if e.words[0] not in SENSE_WORDS.self_heads or j + 1 >= end:
        return False
    nxt = _word(tokens, j + 1)
    if nxt in SENSE_WORDS.self_preps:
        return j + 2 < end and _word(tokens, j + 2) in SENSE_WORDS.self
    return tense != "noun" and _in(nxt, SENSE_WORDS.self)  # not «الهجوم نفسه» (the attack itself)


def _in_the_air(e: Entry, tokens: Sequence[Token], j: int, end: int) -> bool:
    """Rule 2: a warning or the air up to four words after a firing word."""
    return e.words[0] in SENSE_WORDS.fire_heads and any(
        _in(_word(tokens, k), SENSE_WORDS.air) for k in range(j + 1, min(end, j + 1 + _AIR_WINDOW)))


def _police_trap(e: Entry, tokens: Sequence[Token], i: int, start: int, end: int) -> bool:
    """Rule 3: «كمين» with an arrest word in its sentence and no death, or «كمين أمني»."""
    if e.form != _TRAP:
        return False
    if i + 1 < end and _word(tokens, i + 1) in SENSE_WORDS.trap_after:
        return True
    words = [_word(tokens, k) for k in range(start, end) if k != i]
    return any(_in(w, SENSE_WORDS.trap_words) for w in words) and not any(_in(w, SENSE_WORDS.trap_dead) for w in words)


def _fell_ill(e: Entry, tokens: Sequence[Token], j: int, end: int) -> bool:
    """Rule 4: «أصيب بنزلة برد»، «إصابته بمرض» (the illness right after the wounded word)."""
    if e.words[0] not in SENSE_WORDS.wounded_heads or j + 1 >= end:
        return False
    nxt = _word(tokens, j + 1)
    return nxt[:1] == "ب" and nxt[1:] in SENSE_WORDS.illness


def _brings_together(e: Entry, tokens: Sequence[Token], i: int, start: int, end: int) -> bool:
    """Rule 5: «التي تجمعهم»، «تجمع بين» (the verb; the noun «تجمع» is a rally)."""
    if e.words[0] != _GATHER or e.subtype != "peaceful_protest":
        return False
    before = i > start and _word(tokens, i - 1) in SENSE_WORDS.bring_together
    return before or (i + 1 < end and _word(tokens, i + 1) == _BETWEEN)


def read_in_other_sense(e: Entry, tense: str, tokens: Sequence[Token], i: int, j: int, start: int,
                        end: int) -> bool:
    """Is the lexicon word at ``tokens[i..j]`` (sentence ``tokens[start:end]``) read in one of
    the senses of the module's docstring?"""
    return _self(e, tense, tokens, j, end) or _in_the_air(e, tokens, j, end) \
        or _police_trap(e, tokens, i, start, end) or _fell_ill(e, tokens, j, end) \
        or _brings_together(e, tokens, i, start, end)
