"""Certainty of a claim, from its cue and its content (rules in docs/claims.md, after
docs/annotation.md).

1. The cue's default (``cues.tsv``: نفى → denied, حذّر → warned, دعا → demanded...).
2. A negated cue: «لم يؤكد»، «لم يقل» → denied (a negated affirmation); «لم ينفِ» →
   asserted; other negated cues keep their value.
3. The content wins over the cue («قال إنه يعتقد أن» → believed): an attitude verb or a
   marker («من المتوقع»، «يجب أن»، «يبدو أن») in the first words of the content.
4. For a plain assertion, a first-person future in the first words of the content
   («سنستعيد»، «سوف نعمل») → promised.
5. For a plain assertion only, words anywhere in the cue's clause and content:
   «لا يمكننا تأكيد»/«لم يتسنّ» → cannot_confirm; «عارٍ عن الصحة» → denied; «المزعوم»/«بتهمة»
   → alleged; a number after «نحو/حوالي/قرابة» or «يقدّر/تقديرات» → estimated.
"""

from __future__ import annotations

import re

from ..segment import Token
from .lexicon import Lexicon
from .words import (
    ALLEGED_WORDS,
    APPROX_WORDS,
    CANNOT_CONFIRM,
    CONTENT_MARKERS,
    DENIAL_PHRASES,
    ESTIMATE_WORDS,
)

__all__ = ["certainty"]

# Cues of affirmation: negated, they deny.
_AFFIRMING = frozenset({"اكد", "قال", "اعلن", "جزم", "كشف", "اوضح", "صرح", "ذكر", "اضاف"})
# the past of «سيطر» (to control) and its noun, which open like «سـ» + an imperfect verb:
# «أنها سيطرت على المطار» is narration (but «سيطرد» is «سـ» + «يطرد», a future)
_SAYTARA = re.compile(r"سيطر(?:ت|تا|وا|نا|ة)?$")
# Complementisers carrying a pronoun of the third person or the speaker (أنه، أنها، أننا).
_SELF_COMPS = frozenset({"انه", "انها", "انهم", "انهما", "اننا", "انني", "بانه", "بانها", "بانهم", "باننا"})
#: Words of the content's head searched for a marker (heuristic: «إنه لا يعتقد أن» fits).
HEAD_WORDS = 4


def _has(words: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    first = phrase[0]
    for k, w in enumerate(words):
        if w == first and tuple(words[k:k + n]) == phrase:
            return True
    return False


def _first_words(phrases: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    return frozenset(p[0] for p in phrases)


_CANNOT_FIRST = _first_words(CANNOT_CONFIRM)
_DENIAL_FIRST = _first_words(DENIAL_PHRASES)


def certainty(
    lex: Lexicon, default: str, lemma: str, negated: bool, tokens: list[Token],
    cue_tok: int, ca: int, cb: int,
) -> str:
    """Certainty of a claim with cue token ``cue_tok`` (default certainty ``default``) and
    content tokens ``ca..cb``. The first that applies: a negated cue; a marker or an
    attitude verb opening the content; the cue's own certainty; the speaker's own future or
    wish; phrases and words of the content."""
    if negated:
        if lemma == "نفي":
            return "asserted"
        if lemma in _AFFIRMING:
            return "denied"
        return default
    head = [tokens[k].norm for k in range(ca, min(cb + 1, ca + HEAD_WORDS))]
    for phrase, value in CONTENT_MARKERS:
        if _has(head, phrase):
            return value
    verb = _attitude_verb(lex, default, head)
    if verb is not None:
        return verb
    if default != "asserted":
        return default
    own = _speaker_future(head)
    if own is not None:
        return own
    return _content_certainty(tokens, cue_tok, ca, cb)


def _attitude_verb(lex: Lexicon, default: str, head: list[str]) -> str | None:
    """The certainty of an attitude verb that opens a clause of the content's first words."""
    for k, w in enumerate(head):
        hit = lex.lookup(w)
        if hit is not None and hit[0].pos == "verb" and hit[0].cue.certainty not in ("asserted", default):
            # «إنه يعتقد أن» but not «إن الجيش ...»: the attitude verb must open a clause
            nxt = head[k + 1] if k + 1 < len(head) else ""
            # (a perfect with an object is narration: «قد استبعد اللاعبَ» excluded him)
            if nxt.startswith(("ان", "بان")) or k + 1 >= len(head) or (k == 1 and head[0] in _SELF_COMPS) or (
                    hit[0].imperfect and hit[0].cue.certainty in ("feared", "believed", "expected")):
                return hit[0].cue.certainty
    return None


def _speaker_future(head: list[str]) -> str | None:
    """«promised» for the speaker's own future, «demanded» for the speaker's wish, at the
    head of the content; else None."""
    for k, w in enumerate(head[:3]):
        # a first-person future is a commitment (docs/annotation.md: «سوف» of the speaker):
        # «من عدن سنستعيد اليمن»، «سوف نعمل»
        if k > 0 and head[k - 1] in ("هل", "ان", "اننا", "انه"):
            break  # «هل سنحاول»، «أننا سنستمر»: a question, a reported clause
        if (w.startswith("سن") and len(w) >= 5 and not w.startswith(("سنة", "سنو", "سنت", "سني"))) \
                or (w == "سوف" and k + 1 < len(head) and head[k + 1].startswith("ن")):
            return "promised"
    if len(head) >= 2 and head[0] in _SELF_COMPS and head[1] in ("يريد", "تريد", "نريد"):
        return "demanded"  # «قالت النقابة إنها تريد معرفة موقف المجلس»: the speaker's wish
    if len(head) >= 2 and head[0] in _SELF_COMPS and (
            head[1] == "سوف" or (head[1][:2] in ("سي", "ست", "سن") and len(head[1]) >= 5
                                 and not head[1].startswith(("سنة", "سنو", "سنت", "سني", "سيا", "سير"))
                                 and not _SAYTARA.match(head[1]))):
        # «أشار إلى أنها ستصعد من عمليات المراقبة»: the speaker's own future (the pronoun
        # of the complementiser is the speaker) is a commitment; «أن التحقيقات ستجري» is not;
        # «أنها سيطرت على» is the past of «سيطر» (to control), not «سـ» + a verb (_SAYTARA)
        return "promised"
    return None


def _content_certainty(tokens: list[Token], cue_tok: int, ca: int, cb: int) -> str:
    """From the words of the cue and content: cannot confirm, denied, alleged, estimated,
    else asserted."""
    words = [tokens[k].norm for k in range(cue_tok, cb + 1)]
    present = set(words)
    # each phrase list is tried only when one of its first words occurs (linear time)
    if present & _CANNOT_FIRST and any(_has(words, p) for p in CANNOT_CONFIRM):
        return "cannot_confirm"
    content = words[ca - cue_tok:]
    if present & _DENIAL_FIRST and any(_has(content, p) for p in DENIAL_PHRASES):
        return "denied"
    if any(w in ALLEGED_WORDS for w in content):
        return "alleged"
    n = len(content)
    for k, w in enumerate(content):
        if w in ESTIMATE_WORDS:
            return "estimated"
        if w in APPROX_WORDS and any(content[x][:1].isdigit() for x in range(k + 1, min(n, k + 3))):
            return "estimated"
    return "asserted"
