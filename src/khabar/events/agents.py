"""Actors found away from the verb (third pass of :mod:`khabar.events.arguments`).

News often names who did it outside the subject position next to the trigger:

1. the agent of a cause noun after a passive kill verb: «قتلوا جراء ضربة جوية أميركية»،
   «قتل 150 مدنيا في سلسلة من الضربات الجوية الأميركية»، «قتلوا في مواجهات مع قوات الأمن»،
   «أصيبوا بعدما نفذت القوات الأميركية ضربة جوية»;
2. the speaker whose «أنه/أنها» is the subject: «أقر التحالف الدولي أنه نفذ ضربات»؛
3. the group that claims the act: «تبنت الحركة المسؤولية عن عملية تفجير ... وقتل»؛
4. (the subject of the first of coordinated verbs, of a support verb, a counted crowd:
   :mod:`khabar.events.verb_subjects`);
5. scare quotes around one or two words («اختطفوا»، «المارينز») do not end a clause.

No parser: word classes of the context lexicon, entity mentions, nationality adjectives
(:mod:`khabar.entities.tables`) and word shapes.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..document import Doc
from ..entities.tables import get_table
from ..segment import QUOTE_MARKS, Token
from .clauses import is_boundary
from .lexicon import Lexicon, ffold, readings
from .phrases import Phrase, bare_phrase, definite, is_victim, phrases, strip_conj
from .verb_subjects import SUPPORT_WINDOW

__all__ = ["THAT_PRONOUN", "cause_agent", "claimant", "clause", "enabler_subject", "noun_agent", "relative_doer", "protest_target",
           "speaker_subject", "undergoer"]

_QUOTES = QUOTE_MARKS
_SHORT_QUOTE = 2  # words inside quotes that are a name or a scare-quoted word, not a quotation


def _short_quote(toks: Sequence[Token], k: int, lo: int, hi: int) -> bool:
    """Is the quote mark at ``k`` one of a pair around at most two words?"""
    n = toks[k].norm
    if n != "»":
        for j in range(k + 1, min(hi, k + 2 + _SHORT_QUOTE)):
            if toks[j].norm in _QUOTES:
                return True
            if is_boundary(toks[j]):
                break
    if n != "«":
        for j in range(k - 1, max(lo, k - 2 - _SHORT_QUOTE) - 1, -1):
            if toks[j].norm in _QUOTES:
                return True
            if is_boundary(toks[j]):
                break
    return False


def clause(toks: Sequence[Token], i: int, start: int, end: int) -> tuple[int, int]:
    """``[s, e)`` of the clause around token ``i`` (as :func:`khabar.events.filters.clause_bounds`),
    except that a short quotation («اختطفوا»، «المارينز») does not end it."""

    def boundary(k: int) -> bool:
        t = toks[k]
        if t.norm in _QUOTES and _short_quote(toks, k, start, end):
            return False
        return is_boundary(t)

    s = i
    while s > start and not boundary(s - 1):
        s -= 1
    e = i + 1
    while e < end and not boundary(e):
        e += 1
    return s, e


# Nouns naming an attack whose agent follows them (the genitive, a nationality adjective, «مع»).
_CAUSE_NOUNS = frozenset({"هجوم", "هجمات", "هجمه", "غاره", "غارات", "ضربه", "ضربات", "قصف", "تفجير", "تفجيرات", "انفجار",
                          "كمين", "اشتباكات", "اشتباك", "مواجهات", "معارك", "قذيفه", "قذائف", "صاروخ", "صواريخ"})
# Words that may stand between the noun and its agent: adjectives of manner and weapon.
_CAUSE_ADJ = frozenset({"جويه", "الجويه", "جوي", "الجوي", "انتحاري", "الانتحاري", "انتحاريه", "الانتحاريه",
                        "صاروخيه", "الصاروخيه", "مدفعي", "المدفعي", "مسلح", "المسلح", "مسلحه", "المسلحه",
                        "جديد", "جديده", "اخر", "اخري", "عنيفه", "عنيف", "الاخير", "الاخيره", "مماثله"})
# How far after a passive kill verb a cause noun may be (tokens).
_CAUSE_WINDOW = 14
# Words after which a cause noun is the cause of the deaths: «جراء/في/بعد/إثر ضربة».
_CAUSE_LINKS = frozenset({"جراء", "في", "اثر", "عقب", "بعد", "خلال", "نتيجه", "بسبب", "اثناء"})


def _stem_in(w: str, nouns: frozenset[str]) -> bool:
    return any(st in nouns for _, st, suf in readings(w) if not suf)


def nationality(w: str) -> bool:
    """«أميركية»، «الإسرائيلي»: a country's adjective (the entity tables' list)."""
    nats = get_table().nationalities
    core = strip_conj(w)
    return core in nats or ("ال" + core) in nats or (core.endswith("ا") and "ال" + core[:-1] in nats)


def _agent_after_noun(doc: Doc, lex: Lexicon, n: int, end: int, cands: list[Phrase]) -> Phrase | None:
    """The agent of the attack noun at token ``n``: a phrase right after it (the genitive:
    «هجمات الإرهابيين»، «غارة للتحالف»; after «مع»: «مواجهات مع قوات الأمن»), or a
    nationality adjective («ضربة جوية أميركية»); adjectives of manner may stand between."""
    toks = doc.tokens
    k = n + 1
    while k < end and ffold(toks[k].norm) in _CAUSE_ADJ:
        k += 1
    if k >= end:
        return None
    w = ffold(toks[k].norm)
    if w in ("مع", "من") and k + 1 < end:
        # «مواجهات مع قوات الأمن»، «هجوم من قراصنة»، «من جانب/من قبل X»
        if w == "من" and ffold(toks[k + 1].norm) in ("جانب", "طرف", "قبل"):
            k += 2
        else:
            k += 1
            p = next((q for q in cands if q.first == k), None)
            # after «من» only armed men or a name: «هجوم من ثلاثة محاور» is no agent
            return p if p is not None and p.role in ("armed", "entity") and not is_victim(doc, p) else None
    p = next((q for q in cands if q.first <= k <= q.last), None)
    if p is not None and p.first < k:
        # a phrase that took the adjective in: «انتحاري | لمتمردي حزب العمال»
        p = Phrase(k, p.last, k, p.role, None) if p.entity is None else None
    if p is not None and not is_victim(doc, p):
        return p
    if nationality(ffold(toks[k].norm)):
        return Phrase(k, k, k, "entity", None)
    return None


def noun_agent(doc: Doc, lex: Lexicon, noun: int, s_start: int, end: int, skip: set[int]) -> Phrase | None:
    """The agent after an attack noun trigger: «غارات جوية أميركية»، «القصف الإسرائيلي»،
    «مواجهات مع قوات الأمن» (not a victim: «مقتل فلان» is handled as its target)."""
    if not _stem_in(ffold(doc.tokens[noun].norm), _CAUSE_NOUNS):
        return None
    return _agent_after_noun(doc, lex, noun, end, phrases(doc, lex, s_start, end, skip))


def cause_agent(doc: Doc, lex: Lexicon, verb: int, s_start: int, s_end: int, skip: set[int]) -> Phrase | None:
    """Who did a killing reported in the passive, from the attack noun that caused it
    (docstring item 1); ``None`` when no cause noun with a known agent follows."""
    toks = doc.tokens
    cands = phrases(doc, lex, s_start, s_end, skip)
    for n in range(verb + 1, min(s_end, verb + 1 + _CAUSE_WINDOW)):
        w = ffold(toks[n].norm)
        if not _stem_in(w, _CAUSE_NOUNS):
            continue
        # a cause: «جراء ضربة», «في هجمات», «بقصف»; or a support verb with its subject
        # right before it: «بعدما نفذت القوات الأميركية ضربة»
        prev = ffold(toks[n - 1].norm) if n > s_start else ""
        linked = w.startswith(("ب", "وب")) or prev in _CAUSE_LINKS or prev in ("سلسله", "عده", "موجه", "الي")
        if linked:
            # the agent after the noun, else a verb of carrying out after it («جراء انفجار
            # ألغام زرعها الحوثيون»)
            return _agent_after_noun(doc, lex, n, s_end, cands) or relative_doer(doc, lex, n, s_end, skip)
        subj = next((q for q in cands if q.last in (n - 1, n - 2) and q.first > verb and not is_victim(doc, q)), None)
        sup = [k for k in range(max(verb + 1, n - 5), n) if "support" in lex.classes(ffold(toks[k].norm))]
        if subj is not None and sup and sup[0] < subj.first:
            return subj
        return _agent_after_noun(doc, lex, n, s_end, cands)
    return None


# Verbs of acknowledging that the context lexicon does not list as speech.
_ADMIT = frozenset(ffold(w) for w in ("أقر", "أقرت", "اعترف", "اعترفت", "اعترفوا", "زعم", "زعمت", "ادعى", "ادعت"))
# Verbs of managing or daring whose subject did the act named after «من/على»: «تمكن أبناء
# العشائر من قتل العشرات»، «أقدم فلان على قتل فلان».
_ENABLERS = frozenset(ffold(w) for w in (
    "تمكن", "تمكنت", "تمكنوا", "نجح", "نجحت", "نجحوا", "استطاع", "استطاعت", "استطاعوا",
    "أقدم", "أقدمت", "أقدموا", "عمد", "عمدت", "عمدوا"))
_ENABLER_WINDOW = 12


def enabler_subject(doc: Doc, lex: Lexicon, trig_first: int, s_start: int, skip: set[int]) -> Phrase | None:
    """The subject of «تمكن/نجح/أقدم» when the trigger follows it after «من/على»."""
    toks = doc.tokens
    if trig_first - 1 < s_start or ffold(toks[trig_first - 1].norm) not in ("من", "علي"):
        return None
    for k in range(trig_first - 2, max(s_start, trig_first - _ENABLER_WINDOW) - 1, -1):
        if is_boundary(toks[k]):
            return None
        if strip_conj(ffold(toks[k].norm)) not in _ENABLERS:
            continue
        cands = [p for p in phrases(doc, lex, k + 1, trig_first - 1, skip) if not is_victim(doc, p)]
        if cands and cands[0].first - k <= 2:
            return cands[0]
        bp = bare_phrase(doc, lex, k + 1, trig_first - 1, skip)
        return bp if bp is not None and bp.first == k + 1 else None
    return None


# Verbs of carrying out whose object pronoun refers back to the act: «الهجوم الذي نفذه مسلحون».
_DOER_VERBS = frozenset(ffold(w) for w in ("نفذ", "نفذت", "شن", "شنت", "ارتكب", "ارتكبت", "قاد", "قادت", "دبر",
                                         "ينفذ", "تنفذ", "يشن", "تشن", "يرتكب", "ترتكب", "زرع", "زرعت", "زرعوا",
                                         "نظم", "نظمت", "نظموا", "ينظم", "تنظم"))
# «قام به»: the preposition carries the pronoun («التفجير الذي قام به تنظيم داعش»).
_DID_IT = frozenset(ffold(w) for w in ("قام", "قامت", "يقوم", "تقوم"))
_DOER_WINDOW = 8  # tokens after the trigger


def relative_doer(doc: Doc, lex: Lexicon, trig_last: int, s_end: int, skip: set[int]) -> Phrase | None:
    """«في عمليات نفذها قراصنة صوماليون»، «الهجوم الذي شنته طائرات التحالف»: a verb of
    carrying out with a pronoun for the act names the doer right after it."""
    toks = doc.tokens
    for k in range(trig_last + 1, min(s_end - 1, trig_last + 1 + _DOER_WINDOW)):
        if is_boundary(toks[k]) and toks[k].norm not in _QUOTES:
            return None
        w = strip_conj(ffold(toks[k].norm))
        at = k + 1
        if w in _DID_IT and at < s_end and ffold(toks[at].norm) in ("به", "بها", "بهم"):
            at += 1  # «قام به تنظيم داعش»
        elif not any(w == v + suf for v in _DOER_VERBS for suf in ("ه", "ها", "هم")):
            continue
        p = next((q for q in phrases(doc, lex, at, s_end, skip) if q.first == at), None)
        if p is None:
            p = bare_phrase(doc, lex, at, s_end, skip)
        if p is not None and p.first == at and not is_victim(doc, p):
            return p
        return None
    return None


THAT_PRONOUN = frozenset({"انه", "انها", "انهم", "بانه", "بانها", "بانهم", "وانه", "وانها", "وانهم"})


def speaker_subject(doc: Doc, lex: Lexicon, verb: int, s_start: int, skip: set[int]) -> Phrase | None:
    """«أقر التحالف الدولي ... أنه نفذ ضربات»: a verb right after «أنه/أنها» has the
    speaker as its subject (the phrase after the speech verb, else the one before it)."""
    toks = doc.tokens
    if verb - 1 < s_start or ffold(toks[verb - 1].norm) not in THAT_PRONOUN:
        return None
    sp = next((k for k in range(verb - 2, max(s_start, verb - 14) - 1, -1)
               if "speech" in lex.classes(ffold(toks[k].norm)) or strip_conj(ffold(toks[k].norm)) in _ADMIT), None)
    if sp is None:
        return None
    after = [p for p in phrases(doc, lex, sp + 1, verb - 1, skip) if not is_victim(doc, p)]
    if after and after[0].first - sp <= 2:
        return after[0]
    if sp + 1 < verb - 1 and definite(ffold(toks[sp + 1].norm)):
        bp = bare_phrase(doc, lex, sp + 1, verb - 1, skip)  # «أقر التحالف الدولي ... أنه»
        if bp is not None and bp.first == sp + 1:
            return bp
    before = [p for p in phrases(doc, lex, max(s_start, sp - 5), sp, skip) if not is_victim(doc, p)]
    if before and before[-1].last >= sp - 1:
        return before[-1]
    return None


_CLAIM_VERBS = frozenset(ffold(w) for w in ("تبنى", "تبنت", "تبنوا", "يتبنى", "تتبنى", "أعلن", "أعلنت", "أعلنوا"))
_RESPONSIBILITY = ffold("مسؤولي")  # المسؤولية، مسؤوليتها


def claimant(doc: Doc, lex: Lexicon, trig: int, s_start: int, skip: set[int]) -> Phrase | None:
    """«تبنت الحركة المسؤولية عن عملية تفجير»: who claims the act did it (the subject of
    «تبنى» before the trigger in the sentence, with «المسؤولية» after it)."""
    toks = doc.tokens
    for k in range(s_start, trig):
        if strip_conj(ffold(toks[k].norm)) not in _CLAIM_VERBS:
            continue
        if not any(_RESPONSIBILITY in ffold(toks[j].norm) for j in range(k + 1, min(trig, k + 7))):
            continue
        after = [p for p in phrases(doc, lex, k + 1, trig, skip) if not is_victim(doc, p)]
        if after and after[0].first - k <= 2:
            return after[0]
        before = [p for p in phrases(doc, lex, max(s_start, k - 4), k, skip) if not is_victim(doc, p)]
        if before and before[-1].last >= k - 1:
            return before[-1]
    return None


_UNDERGO_VERBS = frozenset(ffold(w) for w in ("تعرض", "تعرضت", "تعرضوا", "يتعرض", "تتعرض", "يتعرضون"))


def undergoer(doc: Doc, lex: Lexicon, noun: int, cs: int, skip: set[int]) -> Phrase | None:
    """«تعرض المرجع الشيعي آية الله علي السيستاني لمحاولة اغتيال»: who undergoes the act is
    the phrase right after «تعرض» (or right before it), the noun within eight tokens after."""
    toks = doc.tokens
    for k in range(noun - 1, max(cs, noun - SUPPORT_WINDOW) - 1, -1):
        w = strip_conj(ffold(toks[k].norm))
        if w not in _UNDERGO_VERBS and not (w[:1] in ("ب", "ل") and w[1:] in _UNDERGO_VERBS):
            continue  # (also the masdar after a preposition: «أفادت تقارير بتعرض»)
        if k + 1 < noun and toks[k + 1].is_arabic:
            p = next((q for q in phrases(doc, lex, k + 1, noun, skip) if q.first == k + 1), None)
            p = p or bare_phrase(doc, lex, k + 1, noun, skip)
            if p is not None and p.first == k + 1:
                return p
        before = [q for q in phrases(doc, lex, max(cs, k - 4), k, skip) if q.last >= k - 1]
        return before[-1] if before else None
    return None


# Words after which a protest names what it is against: «احتجاجا على»، «تنديدا بـ»، «ضد»،
# «مطالبين برحيل».
_AGAINST = frozenset(ffold(w) for w in ("احتجاجا", "احتجاجاً", "للاحتجاج", "تنديدا", "للتنديد", "ضد", "برحيل", "باسقاط",
                                        "بإسقاط", "باستقالة", "استنكارا"))
_AGAINST_WINDOW = 20  # tokens after the trigger


def protest_target(doc: Doc, lex: Lexicon, trig_last: int, s_end: int, skip: set[int]) -> Phrase | None:
    """What a protest is against: the phrase after «احتجاجا على»، «تنديدا بـ»، «ضد»،
    «برحيل» in the sentence («تظاهر الآلاف ... احتجاجا على حملة اليمين المتطرف»)."""
    toks = doc.tokens
    for k in range(trig_last + 1, min(s_end - 1, trig_last + 1 + _AGAINST_WINDOW)):
        if strip_conj(ffold(toks[k].norm)) not in _AGAINST:
            continue
        at = k + 1
        if at < s_end and ffold(toks[at].norm) in ("علي", "ضد"):
            at += 1
        p = next((q for q in phrases(doc, lex, at, s_end, skip) if q.first == at), None)
        p = p or bare_phrase(doc, lex, at, s_end, skip)
        return p if p is not None and p.first == at else None
    return None
