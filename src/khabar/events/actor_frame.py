"""The state of the actor cascade of :func:`khabar.events.arguments.find_actors` for one
trigger (:class:`Frame`): its clause, the candidate phrases before and after it, and the roles
found so far; each stage of the cascade reads and extends it."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..document import Doc
from ..segment import QUOTE_MARKS
from .agents import THAT_PRONOUN, clause
from .lexicon import SUBTYPE_TYPE, Lexicon, ffold
from .phrases import Phrase, phrases, strip_conj
from .where import claim_for
from .wordlists import ARGUMENT_WORDS

__all__ = ["RELATIVES", "TRANSITIVE", "Frame", "add", "build_frame", "loc_entity"]

#: Subtypes whose verb takes an object: its target (stage 6).
TRANSITIVE = frozenset({"attack", "abduction_forced_disappearance", "arrests", "shelling_artillery_missile_attack",
                         "air_drone_strike", "armed_clash", "threat"})

#: Relative pronouns: the subject of the verb after one is its antecedent.
RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"})


def loc_entity(doc: Doc, p: Phrase) -> bool:
    """Is the phrase a mention of a LOC entity (a country, a city)?"""
    if p.entity is None:
        return False
    ent = next((e for e in doc.entities if e.id == p.entity), None)
    return ent is not None and ent.type == "LOC"


@dataclass
class Frame:
    """One trigger's cascade: its clause (``cs``..``ce``), the candidate phrases before and
    after it, and the roles found so far (each stage below reads and extends them)."""

    doc: Doc
    lex: Lexicon
    verb: int
    trig: tuple[int, int]
    subtype: str
    sent: tuple[int, int]
    is_noun: bool
    cs: int
    ce: int
    skip: set[int]
    pivot: int
    cands: list[Phrase]
    after: list[Phrase]
    before: list[Phrase]
    protest: bool
    vq: int  # the verb, or its opening scare quote
    prev_word: str  # the word before ``vq``
    verb_word: str
    date_toks: frozenset[int]  # tokens inside a date («أول من أمس»، «الأسبوع الماضي»): no subject or object
    actors: list[Phrase] = field(default_factory=list)
    targets: list[Phrase] = field(default_factory=list)
    passive: bool = False  # the voice says the phrases next to the verb are not its subject
    undergone: bool = False  # the phrases before the noun are its undergoer's, not its doer's


def add(found: list[Phrase], p: Phrase | None) -> None:
    """Append the phrase a stage found elsewhere in the sentence, if any."""
    if p is not None:
        found.append(p)




def attribution(doc: Doc, trig: int, s_start: int, s_end: int) -> frozenset[int]:
    """The tokens of the sentence that attribute the claim the trigger is told in: its cue and
    speaker and the words between them and the content («وقالت الشرطة إن | الانفجار قتل»،
    «ذكر مصدر في الشرطة العراقية أن | عدة قذائف سقطت»), or, when the cue follows the content,
    the cue through the end of its speakers («قتل خمسة أشخاص | بحسب الشرطة»). The module
    docstring of :mod:`khabar.events.arguments`: speakers are not actors; nor are they the targets
    of what they report. (A speaker that the content names again, «أعلن الجيش أنه قتل», is the
    actor through :func:`khabar.events.agents.speaker_subject`, which reads its own phrases.)"""
    toks = doc.tokens
    told = claim_for(doc.claims, toks[trig].start, toks[trig].end)
    if told is None or told.speaker is None:
        return frozenset()
    if told.cue.end <= told.content.start:
        lo, hi = told.cue.start, told.content.start
    elif told.cue.start >= told.content.end:
        lo, hi = told.cue.start, max([told.cue.end, told.speaker.end] + [x.end for x in told.chain])
    else:
        return frozenset()
    # (the content names the speaker again, «أنه/أنها قتل»: the speaker is its subject)
    first = next((k for k in range(s_start, trig + 1) if toks[k].start >= told.content.start), trig)
    if any(ffold(toks[k].norm) in THAT_PRONOUN for k in range(max(s_start, first - 1), trig)):
        return frozenset()
    # (nor when its first words are the speaker's own: «أعلن الجيش أن قواته قتلت مسلحا»،
    # «أعلنت القوات المسلحة عن تعرض جنودها لهجومين»)
    if any(_owned(toks[k].norm) for k in range(first, min(s_end, first + 3))):
        return frozenset()
    # (nor a claim of responsibility: who claims the act did it, ``agents.claimant``; «وتبنى
    # تنظيم داعش الهجومين»، «أعلنت الحركة مسؤوليتها عن الهجوم»; nor an accusation: the accused
    # stands between the cue and the content, «اتهم الانفصاليون القوات الأوكرانية بقصف البلدة».
    # A token is read when it overlaps the span: the cue «تبنى» starts inside «وتبنى».)
    if any(strip_conj(ffold(toks[k].norm)) in ARGUMENT_WORDS.responsibility_verbs or _RESPONSIBILITY in ffold(toks[k].norm)
           or strip_conj(ffold(toks[k].norm)) in ARGUMENT_WORDS.accusation_verbs
           for k in range(s_start, s_end) if toks[k].end > lo and toks[k].start < told.content.end):
        return frozenset()
    return frozenset(k for k in range(s_start, s_end) if toks[k].end > lo and toks[k].start < hi)


_RESPONSIBILITY = ffold("مسؤولي")  # المسؤولية، مسؤوليتها


def _owned(norm: str) -> bool:
    """A noun with a pronoun of the third person attached, by its shape: «قواته»، «عناصرها»،
    «جنودهم» (``norm`` keeps «ة», so «سيارة» is not read as «سيار» + «ه»)."""
    core = norm[1:] if norm[:1] in ("و", "ف") else norm
    return len(core) >= 5 and core.endswith(("ه", "ها", "هم"))


def build_frame(doc: Doc, lex: Lexicon, verb: int, trig: tuple[int, int], subtype: str, sent: tuple[int, int],
                is_noun: bool, also_skip: int, date_toks: frozenset[int]) -> Frame:
    """The trigger's clause and its candidate phrases before and after it."""
    toks = doc.tokens
    s_start, s_end = sent
    cs, ce = clause(toks, verb, s_start, s_end)
    _, ce2 = clause(toks, trig[1], s_start, s_end)
    ce = max(ce, ce2)
    skip = set(range(trig[0], trig[1] + 1)) | {verb, also_skip}
    # not the speaker of the claim the trigger is told in: «وقالت الشرطة إن الانفجار قتل وأصاب
    # العشرات» is no attack on the police (events-19c); but an arrest is made by the authority
    # that announces it: «أعلنت أجهزة الأمن عن اعتقاله»
    said = attribution(doc, trig[0], s_start, s_end) if subtype != "arrests" else frozenset()
    # a country is a possible actor only right next to the verb («قصفت تركيا»), not «في وسط الصومال»
    cands = [p for p in phrases(doc, lex, cs, ce, skip)
             if (not loc_entity(doc, p) or p.first == verb + 1 or p.last == verb - 1)
             and not any(k in said for k in range(p.first, p.last + 1))]
    pivot = verb if is_noun else max(verb, trig[1])
    after = [p for p in cands if p.first > pivot and not trig[0] <= p.first <= trig[1]]
    if not is_noun and verb < trig[0]:  # «ونفذ المتظاهرون اعتصاما»: the subject sits inside
        after = [p for p in cands if p.first > verb and not trig[0] <= p.first <= trig[1]]
    before = [p for p in cands if p.last < min(verb, trig[0])]
    # a verb in scare quotes («اختطفوا») has its subject right before the opening quote
    vq = verb - 1 if verb - 1 > s_start and toks[verb - 1].norm in QUOTE_MARKS else verb
    prev_word = ffold(toks[vq - 1].norm) if vq > s_start else ""
    return Frame(doc, lex, verb, trig, subtype, sent, is_noun, cs, ce, skip, pivot, cands, after, before,
                  SUBTYPE_TYPE.get(subtype) in ("protests", "riots"), vq, prev_word, ffold(toks[verb].norm), date_toks)
