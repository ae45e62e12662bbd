"""The one view of a sentence that every event filter reads (stage 0 of
:func:`khabar.events.filters.keep_mentions`): its tokens, its trigger mentions and the context
classes of each token (``context.tsv``), corrected for two look-alikes; and the groups of
subtypes the filters share."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..segment import Token
from .clauses import word_classes
from .lexicon import Lexicon, ffold
from .triggers import Mention
from .wordlists import FILTER_WORDS as WORDS

__all__ = ["FORCES", "VIOLENCE_TYPES", "SentenceView", "purpose_li", "read_sentence"]


VIOLENCE_TYPES = frozenset({"battles", "explosions_remote_violence", "violence_against_civilians"})


FORCES = frozenset({"movement_of_forces", "flight_escape", "recruitment", "displacement", "smuggling"})


def purpose_li(tok: Token) -> bool:
    """Is the token a present verb after the preposition ل (لتقتل، ليخرج، لنقصف)? A present
    verb never starts with ل itself, so ل + a present prefix is the purpose clitic."""
    w = ffold(tok.norm)
    w = w[1:] if len(w) > 4 and w[0] in "وف" else w
    return len(w) >= 4 and w[0] == "ل" and w[1] in "يتن"


@dataclass
class SentenceView:
    """What every check of one sentence ``[start, end)`` reads: its tokens, its mentions, the
    word classes of each token (``classes[k - start]``) and their union ``has``."""

    lex: Lexicon
    tokens: Sequence[Token]
    mentions: list[Mention]
    start: int
    end: int
    classes: list[frozenset[str]]
    has: set[str]

    def cls(self, k: int) -> frozenset[str]:
        return self.classes[k - self.start]

    def word(self, k: int) -> str:
        return ffold(self.tokens[k].norm)


def read_sentence(lex: Lexicon, tokens: Sequence[Token], mentions: list[Mention], start: int, end: int) -> SentenceView:
    """Stage 0: the word classes of the sentence, corrected for two look-alikes."""
    sent_classes = [word_classes(lex, tokens[k]) for k in range(start, end)]
    for k in range(start, end):
        cls = sent_classes[k - start]
        if "future" in cls and ffold(tokens[k].norm) in WORDS.next_words:
            prev = ffold(tokens[k - 1].norm) if k > start else ""
            prev = prev[2:] if prev.startswith("ال") else prev
            if prev not in WORDS.time_units and "time" not in word_classes(lex, tokens[k - 1]):
                sent_classes[k - start] = cls - {"future"}  # «القطارات القادمة»: coming, not next
    for k in range(start, end):
        if "support" in sent_classes[k - start] and purpose_li(tokens[k]):
            # «ليخرج بعد معارك طاحنة»: a verb of purpose reports nothing
            sent_classes[k - start] = sent_classes[k - start] - {"support"}
    has = {c for cls in sent_classes for c in cls}
    words = [ffold(tokens[k].norm) for k in range(start, end)]
    if any(w == "كل" and nxt in WORDS.time_units for w, nxt in zip(words, words[1:], strict=False)):
        has = has | {"habitual"}  # «كل ساعة», «كل يوم»
    return SentenceView(lex, tokens, mentions, start, end, sent_classes, has)
