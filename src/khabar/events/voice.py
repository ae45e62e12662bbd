"""The words that decide a trigger's voice and its phrases' roles (helpers of
:mod:`khabar.events.arguments`): verbs of killing whose voice must be guessed («قتل 20 شخصا»
is a passive), verbs of undergoing («تعرض لهجوم»), nouns whose genitive is the victim
(«اغتيال فلان»), attack nouns, plural verbs, phrases of means («برصاص») and the noun phrases
right after a verb. Split out of :mod:`khabar.events.arguments`."""

from __future__ import annotations

from collections.abc import Sequence

from ..document import Doc
from ..segment import QUOTE_MARKS, Token
from .lexicon import Lexicon, ffold, readings
from .phrases import _STOP, Phrase, bare_phrase, definite, imam, strip_conj

__all__ = ["OBJECT_MASDARS", "UNDERGO", "attack_noun", "kill_verb", "kill_verb_with_object", "masdar_core", "means",
           "objects_after", "plural_verb", "prev_is_qad"]

# Nouns whose genitive is the one they happened to (not the one who did it).
OBJECT_MASDARS = frozenset({"مقتل", "اغتيال", "اختطاف", "خطف", "اعتقال", "قتل", "اعدام", "تعذيب", "استهداف", "مصرع"})


def masdar_core(w: str) -> str:
    for _, stem, suf in readings(w):
        if not suf and stem in OBJECT_MASDARS:
            return stem
    return w



# Verbs of killing and wounding whose voice must be guessed (no vowels in news text).
_KILL_STEMS = frozenset({"قتل", "اصيب", "جرح", "اغتيل", "خطف", "اختطف", "ذبح", "اعدم"})
# Verbs of undergoing: «تعرض لهجوم»
UNDERGO = frozenset({"تعرض", "تعرضت", "تعرضوا", "تتعرض", "يتعرض", "بتعرض", "لتعرض", "تعرضها", "تعرضه"})


def kill_verb(w: str) -> bool:
    core = strip_conj(w)
    for suf in ("", "ت", "وا", "ا", "تا"):
        if suf and not core.endswith(suf):
            continue
        if (core[: len(core) - len(suf)] if suf else core) in _KILL_STEMS:
            return True
    return False


def kill_verb_with_object(w: str) -> bool:
    """A kill verb carrying its object as a pronoun suffix: «قتلهم»، «أعدمتهم»، «خطفها»."""
    core = strip_conj(w)
    for suf in ("هم", "هن", "ها"):
        if core.endswith(suf) and len(core) > len(suf) + 2 and kill_verb(core[: -len(suf)]):
            return True
    return False


_ATTACK_NOUNS = frozenset({"هجوم", "هجمات", "هجمه", "تفجير", "تفجيرات", "انفجار", "عمليه", "عمليات", "حزام",
                           "سياره", "سيارات", "اعتداء", "هجوما"})


def attack_noun(w: str) -> bool:
    return any(stem in _ATTACK_NOUNS for _, stem, suf in readings(w) if not suf)


def prev_is_qad(toks: Sequence[Token], verb: int, lo: int) -> bool:
    return verb - 1 >= lo and ffold(toks[verb - 1].norm) in ("قد", "وقد")


def objects_after(doc: Doc, lex: Lexicon, verb: int, ce: int, skip: set[int], after: list[Phrase]) -> list[Phrase]:
    """Up to two noun phrases right after a verb, not after a preposition (lexicon phrases,
    else bare ones): «قتل جنديان اميركيان»، «قتل مفجر انتحاري 42 مجندا»."""
    out: list[Phrase] = []
    i = verb + 1
    toks = doc.tokens
    while i < ce and len(out) < 2:
        if "time" in lex.classes(ffold(toks[i].norm)) or (toks[i].norm in QUOTE_MARKS and not out):
            i += 1  # time words; an opening scare quote: «اختطفوا «مواطنا سوريا»»
            continue
        w = ffold(toks[i].norm)
        if (w in _STOP and not imam(doc, i)) or not (toks[i].is_arabic or toks[i].is_digit) or toks[i].norm[:1] == "ب":
            break
        if w[:1] in ("و", "ف") and len(w) > 3 and not definite(w[1:]) and "number" not in lex.classes(w):
            break  # «قتلوا | واصيب»: a new clause
        p = next((q for q in after if q.first == i), None) or bare_phrase(doc, lex, i, ce, skip)
        if p is None or (out and ffold(toks[i].norm)[:1] in ("و", "ف")):
            break
        out.append(p)
        i = p.last + 1
    return out



def plural_verb(w: str) -> bool:
    """A verb marked plural (خرجوا، يهتفون): in Arabic its subject came before it, since a
    verb before its subject stays singular («خرج المتظاهرون»)."""
    core = w[1:] if len(w) > 3 and w[0] in "وف" else w
    return core.endswith("وا") or (core[:1] in "يت" and core.endswith("ون"))



# A prepositional phrase of the weapon or fire an act was done with is its means, not a
# target: «قتلوا برصاص في الرأس»، «قتل بالرصاص»، «استهدفوا بقذائف الهاون» (folded, the
# preposition ب attached; written for this rule from the README demo and SaudiNewsNet usage).
_MEANS_WORDS = frozenset({"برصاص", "بالرصاص", "برصاصه", "بنيران", "بالنيران", "بسلاح", "بالسلاح",
                          "باسلحه", "بالاسلحه", "بقذيفه", "بالقذيفه", "بقذائف", "بالقذائف", "بصاروخ",
                          "بالصاروخ", "بصواريخ", "بالصواريخ", "بعبوه", "بالعبوه", "بعبوات", "بالعبوات"})


def means(word: str) -> bool:
    """Does the token (normalised) open a phrase of means («برصاص»، «وبالقذائف»)?"""
    return strip_conj(ffold(word)) in _MEANS_WORDS
