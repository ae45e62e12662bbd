"""Candidate noun phrases for event actors and targets (no parser: lexicon classes,
entity mentions and word shapes).

A phrase is an entity mention (``doc.entities``; its id travels with it) or a common noun of
the context lexicon (armed: مسلحون، القوات، الجيش; protesters: المتظاهرون; victims: مدنيين،
شخصا; other agents: الطلاب، السلطات), extended over the words that modify it (a definite
head takes definite nisba adjectives: القوات الاميركية; an indefinite one nisba adjectives or
one definite genitive: جنود المارينز، قوات الأمن الباكستانية; a doer also one participle of
``people_adjectives``: مسلحون مجهولون، القوات المسلحة التركية), started at a number or
quantifier before it (28 متطوعا، عشرات المواطنين) and, after a quantifier, over «من» and
the counted phrase (مئات من طلبة المدارس). :func:`bare_phrase` takes any words when the
lexicon knows none («خطفوا امس القنصل الافغاني»).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from ..document import Doc
from ..schema import Source
from ..segment import Token
from .lexicon import Lexicon, ffold, readings
from .wordlists import ARGUMENT_WORDS

__all__ = ["Phrase", "bare_phrase", "definite", "imam", "is_victim", "phrases", "source_of", "starts_definite", "strip_conj"]

# Words that stop a phrase's extension (prepositions, relatives, conjunctions, time words).
_STOP = frozenset(ffold(w) for w in
    "في علي على من الي الى عن مع بعد قبل امام قرب خلال منذ حيث الذي التي الذين اللذين "
    "ان انه انها كما بين ضد عند لدى لدي حتي حتى او ثم قد كان كانت امس اليوم يوم وهو وهي "
    "مما ما بينهم منهم فيها فيه اثناء نحو وسط شمال جنوب شرق غرب ايضا جراء نتيجه اثر مرارا مجددا "
    "سابقا لاحقا فورا".split()
)
_QUANTIFIERS = frozenset(ffold(w) for w in {"عشرات", "مئات", "الاف", "آلاف", "الالاف", "عدد", "مجموعه", "بعض", "احد", "اثنين",
                                           "المئات", "العشرات", "الوف", "حشود", "مجموعات", "حشد"})
_EXTEND = 3  # words a phrase may extend over after its head
_NISBA = ("ي", "يه", "يون", "يين", "يان", "ين")
def _strip_article(w: str) -> str:
    return w[2:] if w.startswith("ال") else w


def starts_definite(norm: str) -> bool:
    return definite(ffold(norm))


def definite(w: str) -> bool:
    return w.startswith(("ال", "وال", "بال", "لل", "فال"))


@dataclass(slots=True)
class Phrase:
    first: int
    last: int
    head: int
    role: str  # armed | protester | victim | agent | entity
    entity: str | None
    start: int = -1  # original offsets when they are not the tokens' (an entity mention)
    end: int = -1


def _entity_at(doc: Doc) -> dict[int, tuple[str, int, int, int, int]]:
    """token index -> (entity id, first token, last token, start, end) for every entity
    mention; a token belongs to a mention it overlaps (the mention may start after a clitic:
    «لحركة طالبان» → «حركة طالبان»)."""
    out: dict[int, tuple[str, int, int, int, int]] = {}
    if not doc.entities:
        return out
    toks = doc.tokens
    starts = [t.start for t in toks]
    for ent in doc.entities:
        if ent.type == "LOC" and ent.subtype not in ("country", None):
            continue
        for sp in ent.mentions or [ent]:
            i = max(0, bisect_right(starts, sp.start) - 1)
            ids = []
            while i < len(toks) and toks[i].start < sp.end:
                if toks[i].end > sp.start:
                    ids.append(i)
                i += 1
            if not ids:
                continue
            for k in ids:
                out[k] = (ent.id, ids[0], ids[-1], sp.start, sp.end)
    return out


def phrases(doc: Doc, lex: Lexicon, start: int, end: int, skip: set[int]) -> list[Phrase]:
    """Candidate actor/target phrases in tokens ``[start, end)``, left to right."""
    toks = doc.tokens
    ents = _entity_at(doc)
    out: list[Phrase] = []
    i = start
    while i < end:
        if i in skip:
            i += 1
            continue
        if i in ents:
            eid, a, b, es, ee = ents[i]
            # a place after a preposition is where, not who
            prev = ffold(toks[a - 1].norm) if a > start else ""
            if not (prev in ("في", "الي", "من", "قرب") or toks[a].norm[:1] == "ب"):
                out.append(Phrase(a, b, a, "entity", eid, es, ee))
            i = b + 1
            continue
        cls = lex.classes(ffold(toks[i].norm)) & {"armed", "protester", "victim", "agent"}
        if not cls:
            i += 1
            continue
        role = next(r for r in ("armed", "protester", "victim", "agent") if r in cls)
        first = i
        if i > start and (toks[i - 1].is_digit or ffold(toks[i - 1].norm) in _QUANTIFIERS
                          or "number" in lex.classes(ffold(toks[i - 1].norm))):
            first = i - 1
        last = _phrase_last(toks, lex, i, end, skip, ents)
        out.append(Phrase(first, last, i, role, None))
        i = last + 1
    return out


def _phrase_last(toks: Sequence[Token], lex: Lexicon, i: int, end: int, skip: set[int],
                 ents: dict[int, tuple[str, int, int, int, int]]) -> int:
    """The last token of the phrase headed at ``i``: its modifiers, and for a quantifier the
    counted phrase after «من»."""
    last = i
    head_def = definite(ffold(toks[i].norm))
    genitive = False
    # (armed men and other doers; not a victim: «شخص | مسلح» was the target, not the gunman)
    doer = bool(lex.classes(ffold(toks[i].norm)) & {"armed", "agent"})
    for k in range(i + 1, min(end, i + 1 + _EXTEND)):
        t = toks[k]
        w = ffold(t.norm)
        if not t.is_arabic or w in _STOP or k in skip or k in ents:
            break
        if w.startswith(("و", "ف")) and w[1:] in _STOP:
            break
        if lex.classes(w) & {"support", "time", "future", "negation", "irrealis"}:
            break
        # Without a tagger: a definite head takes definite modifiers (القوات الاميركية);
        # an indefinite one takes nisba adjectives (متظاهرون فلسطينيون) or one definite
        # genitive (جنود المارينز), then stops. A doer (armed, agent) takes the participles
        # of ``people_adjectives`` that agree in definiteness («مسلحون مجهولون»، «المسلحين
        # الملثمين»): not nisba, yet modifiers (bug fix, events-16b: «مجهولون» was read as a
        # second armed phrase, the victim of «واغتال مسلحون مجهولون أمس إمام مسجد»)
        if doer and _people_adjective(w, head_def) and not genitive and not _construct(toks, k, end):
            last = k
            if not head_def:
                # the phrase ends there: not a genitive («مستوطنون متطرفون | النار»), nor a word
                # that looks like a nisba once ى is folded («مسلحون مجهولون | مبنى مدرسة»)
                break
            genitive = True  # then only adjectives: «القوات المسلحة التركية»
            continue
        if head_def and not (definite(w) and w.endswith(_NISBA)):
            break  # «القوات الاميركية», but not «المتظاهرون | الطرقات العامة»
        if not head_def and not definite(w) and not w.endswith(_NISBA):
            break
        if genitive and not w.endswith(_NISBA):
            break  # after «قوات الأمن» only adjectives: «الباكستانية»
        last = k
        if not head_def and definite(w):
            genitive = True
    # «مئات من طلبة المدارس», «الآلاف من المتظاهرين»: a quantifier takes «من» and the
    # counted phrase (at most three words) with it
    hw = ffold(toks[i].norm)
    if (hw in _QUANTIFIERS or _strip_article(hw) in _QUANTIFIERS or hw in ("حشود", "حشد")) \
            and last + 2 < end and ffold(toks[last + 1].norm) == "من" and toks[last + 2].is_arabic:
        k = last + 2
        while k + 1 < end and k + 1 - (last + 2) < 2 and toks[k + 1].is_arabic \
                and ffold(toks[k + 1].norm) not in _STOP and definite(ffold(toks[k + 1].norm)):
            k += 1
        last = k
    return last


def _people_adjective(w: str, head_def: bool) -> bool:
    """Is the folded word a participle modifying a noun of people, with the head's
    definiteness («مسلحون مجهولون»، «المسلحين الملثمين»; not «مسلحون | المجهولين»)?"""
    if head_def:
        return w.startswith("ال") and w[2:] in ARGUMENT_WORDS.people_adjectives
    return w in ARGUMENT_WORDS.people_adjectives


def _construct(toks: Sequence[Token], k: int, end: int) -> bool:
    """Is the participle at ``k`` the first term of an adjectival construct, a definite word
    after it («مجموعة إرهابية مجهولة العدد»: of unknown number, not unknown)? Not a sound plural
    in ون/ين, which drops its ن in a construct: after «مستوطنون متطرفون» the definite word is
    the verb's object («وأضرم مستوطنون متطرفون النار»)."""
    w = ffold(toks[k].norm)
    return k + 1 < end and toks[k + 1].is_arabic and starts_definite(toks[k + 1].norm) \
        and not w.endswith(("ون", "ين")) and not definite(w)  # (nor a definite one: «القوات المسلحة المصرية»)


def source_of(doc: Doc, p: Phrase) -> Source:
    if p.start >= 0:
        return doc.source(p.start, p.end, p.entity)
    return doc.source(doc.tokens[p.first].start, doc.tokens[p.last].end, p.entity)


def is_victim(doc: Doc, p: Phrase, protest: bool = False) -> bool:
    """Victims and counted phrases («تسعة جنود», «47 ارهابيا») are targets, not actors;
    in a protest counted people are the protesters («نحو 500 متظاهر»)."""
    if protest:
        return p.role == "victim" and p.first == p.head
    return p.role == "victim" or p.first < p.head


def bare_phrase(doc: Doc, lex: Lexicon, i: int, end: int, skip: set[int]) -> Phrase | None:
    """A phrase of any words starting at or after token ``i`` (time words skipped): up to
    three Arabic or number tokens before a function word. For objects and subjects the
    lexicon does not know («خطفوا امس القنصل الافغاني»)."""
    toks = doc.tokens
    while i < end and "time" in lex.classes(ffold(toks[i].norm)):
        i += 1
    j = i
    while j < end and j - i < 3 and j not in skip:
        t = toks[j]
        w = ffold(t.norm)
        if imam(doc, j):
            j += 1
            continue  # «إمام مسجد»: a noun, not the preposition «أمام» it folds to
        if (len(strip_conj(w)) < 2 and not (t.is_digit and j == i)) or strip_conj(w) in _STOP:
            break  # «و», «وقد»; not a one-digit count opening the phrase: «قتل 3 فلسطينيين»
        if not (t.is_arabic or t.is_digit) or w in _STOP or lex.classes(w) & {"support", "time", "speech"}:
            break
        if any(st in _STOP for _, st, _ in readings(w)):
            break  # «عليه», «منهم»: a preposition with a pronoun
        if j > i and w[:1] in ("و", "ف") and len(w) > 3 and not definite(w[1:]) \
                and not (w[:1] == "ف" and w[1:] not in lex.verbs
                         and (toks[j - 1].is_digit or "number" in lex.classes(ffold(toks[j - 1].norm)))):
            break  # «جنديان اميركيان | واصيب»: و before an indefinite word starts a new clause
            # (not a noun in ف after a count, the counted noun: «قتل 3 فلسطينيين»، «ثلاثة فرنسيين»)
        # (the pronoun ه on the normalised text: a ة, folded to ه, is no pronoun: «الشيخ حمزة»)
        if j > i and definite(ffold(toks[j - 1].norm)) and not definite(w) and t.norm.endswith(("ه", "ها", "هم")) \
                and len(w) >= 4:
            break  # «قتل الداعشي | أباه»: a possessed noun after a definite one is a new phrase
        j += 1
    if j == i:
        return None
    return Phrase(i, j - 1, i, "np", None)



def imam(doc: Doc, k: int) -> bool:
    """Is token ``k`` «إمام» (an imam)? Its normalised form lost the hamza and reads as the
    preposition «أمام» (in front of), a stop word and a target cue; only the original spelling
    tells them apart (events-16b)."""
    tok = doc.tokens[k]
    return strip_conj(ffold(tok.norm)) == "امام" and strip_conj(doc.text[tok.start:tok.end]).startswith("إ")


def strip_conj(w: str) -> str:
    return w[1:] if len(w) > 3 and w[0] in "وف" else w



