"""Subjects of a verb that the phrases next to it do not give (helpers of
:mod:`khabar.events.doers`): the first predicate's subject for a verb joined by «و» («قوة من
الشرطة قامت بمداهمة الجامع واعتدت على المصلين»), a counted crowd after a verb («تظاهر أعداد
كبيرة من الأميركيين»), and the subject after an agentive support verb («وشنت طيران التحالف
... غاراته»). Split out of :mod:`khabar.events.agents`."""

from __future__ import annotations

from ..document import Doc
from ..segment import Token
from .lexicon import Lexicon, ffold
from .phrases import _STOP, Phrase, bare_phrase, definite, is_victim, phrases, strip_conj

__all__ = ["SUPPORT_WINDOW", "coordinated_subject", "counted_subject", "support_subject"]


def _verb_shaped(lex: Lexicon, tok: Token) -> bool:
    """A finite verb by its shape (heuristic): a support verb, or a past form ending in ت/وا
    or a present form starting with ي/ت, not a definite noun or a function word."""
    if not tok.is_arabic:
        return False
    w = ffold(tok.norm)
    core = strip_conj(w)
    if definite(core) or core in _STOP or len(core) < 3:
        return False
    if "support" in lex.classes(w):
        return True
    return core.endswith(("ت", "وا")) or (core[0] in "يت" and len(core) >= 4 and not core.endswith(("ات", "يه")))


def coordinated_subject(doc: Doc, lex: Lexicon, verb: int, s_start: int, skip: set[int]) -> Phrase | None:
    """«قوة من الشرطة العراقية قامت بمداهمة ... واعتدت على المصلين»: a verb joined by «و»
    shares the subject of the sentence's first predicate (an armed or named phrase right
    before a verb, or right after one at the start of the sentence)."""
    toks = doc.tokens
    w = ffold(toks[verb].norm)
    if not (len(w) > 3 and w[0] == "و"):
        return None
    for p in phrases(doc, lex, s_start, verb, skip):
        if p.role not in ("armed", "entity") or is_victim(doc, p):
            continue
        prev = ffold(toks[p.first - 1].norm) if p.first > s_start else ""
        if prev and ("speech" in lex.classes(prev) or prev in ("عن", "ان", "بان", "انه")):
            continue  # a speaker or a source, not the doer
        nxt = p.last + 1
        if nxt < verb and _verb_shaped(lex, toks[nxt]):
            return p  # SVO: «قوة من الشرطة قامت»
        if p.first - 1 >= s_start and p.first - 1 <= s_start + 1 and _verb_shaped(lex, toks[p.first - 1]) \
                and "speech" not in lex.classes(prev):
            return p  # VSO at the start: «اقتحم مسلحون ... وخطفوا»
    return None


# Heads of a counted crowd: «أعداد كبيرة من الأميركيين»، «آلاف العراقيين».
_CROWD_HEADS = frozenset(ffold(w) for w in ("أعداد", "آلاف", "ألوف", "مئات", "عشرات", "حشود", "جموع", "ألف", "مئة", "مائة"))


def counted_subject(doc: Doc, i: int, end: int) -> Phrase | None:
    """A counted crowd right after a verb, over «من» and the counted people: «تظاهر أعداد
    كبيرة من الأميركيين»، «خرج آلاف العراقيين»."""
    toks = doc.tokens
    if i >= end or not toks[i].is_arabic:
        return None
    w = ffold(toks[i].norm)
    if (w[2:] if w.startswith("ال") else w) not in _CROWD_HEADS:
        return None
    j = i
    # an adjective («كبيرة»), then «من» and at most two words of the counted phrase
    if j + 1 < end and toks[j + 1].is_arabic and ffold(toks[j + 1].norm) not in _STOP \
            and not definite(ffold(toks[j + 1].norm)):
        j += 1
    if j + 1 < end and ffold(toks[j + 1].norm) == "من":
        j += 1
    k = j + 1
    while k < end and k - j <= 2 and toks[k].is_arabic and ffold(toks[k].norm) not in _STOP:
        k += 1
    return Phrase(i, max(i, k - 1), i, "np", None)


SUPPORT_WINDOW = 8  # tokens between a support verb and its noun when a subject stands between
# Support verbs whose subject is the doer (not «شهد»، «وقع»، «جرى»: a place or the event itself).
_AGENTIVE_SUPPORT = frozenset(ffold(w) for w in (
    "شن", "شنت", "شنوا", "يشن", "تشن", "نفذ", "نفذت", "نفذوا", "ينفذ", "تنفذ", "نظم", "نظمت", "نظموا", "ينظم",
    "تنظم", "قام", "قامت", "قاموا", "يقوم", "تقوم", "خاض", "خاضت", "خاضوا", "يخوض", "تخوض", "وجه", "وجهت",
    "وجهوا", "يوجه", "توجه", "اطلق", "اطلقت", "اطلقوا", "يطلق", "تطلق"))


def _subject_shape(doc: Doc, p: Phrase) -> bool:
    """A subject without a lexicon class must look like a noun phrase: a definite word, or
    an indefinite head with a definite genitive («طيران التحالف»); not «به هو», «بتسديد»."""
    toks = doc.tokens
    if p.role != "np":
        return True
    ws = [ffold(toks[k].norm) for k in range(p.first, p.last + 1)]
    if len(strip_conj(ws[0])) < 3 or ws[0].startswith(("ب", "ل", "ك")) and not definite(ws[0]):
        return False
    return definite(ws[0]) and not ws[0].startswith(("بال", "لل", "كال")) or (len(ws) > 1 and definite(ws[1]))


def support_subject(doc: Doc, lex: Lexicon, noun: int, cs: int, skip: set[int], only: int = -1) -> Phrase | None:
    """«وشنت طيران التحالف بقيادة المملكة العربية السعودية غاراته»: an agentive support verb
    before the noun in its clause (``only``: that token) with its subject right after it."""
    toks = doc.tokens
    for k in range(noun - 1, max(cs, noun - SUPPORT_WINDOW) - 1, -1):
        if only >= 0 and k != only:
            continue
        if strip_conj(ffold(toks[k].norm)) not in _AGENTIVE_SUPPORT:
            if "support" in lex.classes(ffold(toks[k].norm)):
                return None  # the nearest support verb is not agentive («شهدت إسطنبول إطلاق نار»)
            continue
        if k + 1 >= noun or not toks[k + 1].is_arabic:
            return None
        p = next((q for q in phrases(doc, lex, k + 1, noun, skip) if q.first == k + 1), None)
        if p is None:
            p = bare_phrase(doc, lex, k + 1, noun, skip)
        ok = p is not None and p.first == k + 1 and not is_victim(doc, p) and _subject_shape(doc, p)
        return p if ok else None
    return None
