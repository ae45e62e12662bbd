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


def _mixed_sports_words(tokens: Sequence[Token], mentions: list[Mention], start: int, end: int,
                        sent_classes: list[frozenset[str]]) -> None:
    """Words of sport that name other things too make no sentence about sport alone (events-7c):
    «الفريق» is also a general's rank («الفريق عثمان المحرج»، «الفريق أول ركن») and a team of
    investigators or monitors («فريق الرصد والتوثيق»، «فريق التحقيق»), «أهداف» military targets
    («قصفت أهداف التنظيم»). Without a word only sport uses (مباراة، لاعب، المنتخب، الدوري...)
    their sports class is dropped where war is told (below), so that the violence the sentence
    tells stays."""
    ks = [k for k in range(start, end) if "sports" in sent_classes[k - start]]
    # (only where the dead, a past act of violence or a word of violence that sport does not use
    # are told: «وأخفق ريال مدريد ... من تسجيل أي أهداف ... في أربع من أصل سبع مواجهات»، «ليقود
    # هجوم الفريق» stay sport; armed words are no proof: «مهاجم ليفربول»)
    war = any("casualty" in cls for cls in sent_classes) or any(
        m.type in VIOLENCE_TYPES and (m.tense == "past" or m.entry.form not in WORDS.sport_violence) for m in mentions)
    if ks and war and all(_strip_clitic(ffold(tokens[k].norm)) in WORDS.mixed_sports for k in ks):
        for k in ks:
            sent_classes[k - start] = sent_classes[k - start] - {"sports"}


def _strip_clitic(w: str) -> str:
    return w[1:] if len(w) > 4 and w[0] in "وفبل" else w


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
    _mixed_sports_words(tokens, mentions, start, end, sent_classes)
    has = {c for cls in sent_classes for c in cls}
    words = [ffold(tokens[k].norm) for k in range(start, end)]
    if any(w == "كل" and nxt in WORDS.time_units for w, nxt in zip(words, words[1:], strict=False)):
        has = has | {"habitual"}  # «كل ساعة», «كل يوم»
    return SentenceView(lex, tokens, mentions, start, end, sent_classes, has)
