"""Clauses and word classes shared by the event filters: where a clause starts and ends,
a token's context classes (negation, support, armed...), and the words of death and injury."""

from __future__ import annotations

from collections.abc import Sequence

from ..segment import Token
from .lexicon import Lexicon, ffold

__all__ = ["CASUALTY_WORDS", "clause_bounds", "is_boundary", "word_classes"]

# Tokens that end a clause for the irrealis and argument windows.
_CLAUSE_PUNCT = frozenset("،,؛;:.()[]«»\"“”؟?!-")


_CLAUSE_WORDS = frozenset({"بينما", "فيما", "حيث", "مما", "بعدما", "عندما", "حين", "لكن", "ولكن"})


# Words of death and injury that say nothing of violence by themselves: in a sentence about an
# accident (حادث، اصطدام، غرق، حريق) they report an accident.
CASUALTY_WORDS = frozenset({"مقتل", "قتلي", "جرحي", "اصيب", "اصيبت", "اصيبوا", "جرح", "جرحوا", "لقي حتفه", "اصابه", "اصابات", "مصرع",
                             "لقي مصرعه", "لقوا حتفهم", "لقوا مصرعهم", "لقيت حتفها", "لقيت مصرعها", "قتل",
                             "استشهد"})  # (events-articles: «استشهد جندي» is a death, as «قتل»)


def clause_bounds(tokens: Sequence[Token], i: int, start: int, end: int) -> tuple[int, int]:
    """``[s, e)`` of the clause around token ``i`` inside the sentence ``[start, end)``."""
    s = i
    while s > start and not is_boundary(tokens[s - 1]):
        s -= 1
    e = i + 1
    while e < end and not is_boundary(tokens[e]):
        e += 1
    return s, e


def is_boundary(tok: Token) -> bool:
    n = tok.norm
    return n in _CLAUSE_PUNCT or ffold(n) in _CLAUSE_WORDS


def word_classes(lex: Lexicon, tok: Token) -> frozenset[str]:
    w = ffold(tok.norm)
    got = lex.classes(w)
    if not got and len(w) <= 5 and w[:1] in ("و", "ف"):
        # the lexicon's readings keep short words whole: «ولم», «ولن», «وعدم» are و + a negation
        got = lex.classes(w[1:])
    return got
