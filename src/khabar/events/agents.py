"""Actors found away from the verb (third pass of :mod:`khabar.events.arguments`).

News often names who did it outside the subject position next to the trigger:

1. the agent of a cause noun after a passive kill verb: «قتلوا جراء ضربة جوية أميركية»،
   «قتل 150 مدنيا في سلسلة من الضربات الجوية الأميركية»، «قتلوا في مواجهات مع قوات الأمن»،
   «أصيبوا بعدما نفذت القوات الأميركية ضربة جوية»;
2. the speaker whose «أنه/أنها» is the subject: «أقر التحالف الدولي أنه نفذ ضربات»؛
3. the group that claims the act: «تبنت الحركة المسؤولية عن عملية تفجير ... وقتل»؛
4. the subject of the first of coordinated verbs: «قوة من الشرطة قامت بمداهمة الجامع
   واعتدت على المصلين»؛
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
from .phrases import _STOP, Phrase, bare_phrase, definite, is_victim, phrases, strip_conj

__all__ = ["cause_agent", "claimant", "clause", "coordinated_subject", "enabler_subject", "noun_agent", "relative_doer",
           "counted_subject", "protest_target", "speaker_subject", "support_subject", "undergoer"]

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


_THAT_PRONOUN = frozenset({"انه", "انها", "انهم", "بانه", "بانها", "بانهم", "وانه", "وانها", "وانهم"})


def speaker_subject(doc: Doc, lex: Lexicon, verb: int, s_start: int, skip: set[int]) -> Phrase | None:
    """«أقر التحالف الدولي ... أنه نفذ ضربات»: a verb right after «أنه/أنها» has the
    speaker as its subject (the phrase after the speech verb, else the one before it)."""
    toks = doc.tokens
    if verb - 1 < s_start or ffold(toks[verb - 1].norm) not in _THAT_PRONOUN:
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


_SUPPORT_WINDOW = 8  # tokens between a support verb and its noun when a subject stands between
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
    for k in range(noun - 1, max(cs, noun - _SUPPORT_WINDOW) - 1, -1):
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


_UNDERGO_VERBS = frozenset(ffold(w) for w in ("تعرض", "تعرضت", "تعرضوا", "يتعرض", "تتعرض", "يتعرضون"))


def undergoer(doc: Doc, lex: Lexicon, noun: int, cs: int, skip: set[int]) -> Phrase | None:
    """«تعرض المرجع الشيعي آية الله علي السيستاني لمحاولة اغتيال»: who undergoes the act is
    the phrase right after «تعرض» (or right before it), the noun within eight tokens after."""
    toks = doc.tokens
    for k in range(noun - 1, max(cs, noun - _SUPPORT_WINDOW) - 1, -1):
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
