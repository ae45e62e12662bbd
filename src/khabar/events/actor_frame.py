"""The state of the actor cascade of :func:`khabar.events.arguments.find_actors` for one
trigger (:class:`Frame`): its clause, the candidate phrases before and after it, and the roles
found so far; each stage of the cascade reads and extends it."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..document import Doc
from ..segment import QUOTE_MARKS
from .agents import clause
from .lexicon import SUBTYPE_TYPE, Lexicon, ffold
from .phrases import Phrase, phrases

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




def build_frame(doc: Doc, lex: Lexicon, verb: int, trig: tuple[int, int], subtype: str, sent: tuple[int, int],
                is_noun: bool, also_skip: int, date_toks: frozenset[int]) -> Frame:
    """The trigger's clause and its candidate phrases before and after it."""
    toks = doc.tokens
    s_start, s_end = sent
    cs, ce = clause(toks, verb, s_start, s_end)
    _, ce2 = clause(toks, trig[1], s_start, s_end)
    ce = max(ce, ce2)
    skip = set(range(trig[0], trig[1] + 1)) | {verb, also_skip}
    # a country is a possible actor only right next to the verb («قصفت تركيا»), not «في وسط الصومال»
    cands = [p for p in phrases(doc, lex, cs, ce, skip)
             if not loc_entity(doc, p) or p.first == verb + 1 or p.last == verb - 1]
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
