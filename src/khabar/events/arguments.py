"""Event actors and targets: the phrases around a trigger in their roles.

The cascade (:func:`find_actors`): 1. explicit agents (على يد، على أيدي، من قبل، من طرف،
برصاص); 2. targets after cue words (على، ضد، استهدف، قرب); 3. the genitive of a victim noun
(اغتيال فلان، مقتل فلان); 4. the voice of kill verbs (no vowels in news text: «قتل 20 شخصا»
and «ثمانية أشخاص قتلوا» are passives) and «تعرض لهجوم»; 5. the subject: antecedent of a
relative, before a plural verb or «قد», right before the verb, first after it, or a bare
phrase; 6. the object of a transitive verb; 7. for protests, the protesters rather than the
police. Speakers, bystanders and victims are not actors.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..document import Doc
from ..schema import Source
from ..segment import QUOTE_MARKS
from .agents import (
    cause_agent,
    claimant,
    clause,
    coordinated_subject,
    counted_subject,
    enabler_subject,
    noun_agent,
    protest_target,
    relative_doer,
    speaker_subject,
    support_subject,
    undergoer,
)
from .lexicon import SUBTYPE_TYPE, Lexicon, ffold
from .phrases import (
    _STOP,
    Phrase,
    bare_phrase,
    is_victim,
    phrases,
    source_of,
    starts_definite,
    strip_conj,
)
from .voice import (
    OBJECT_MASDARS,
    UNDERGO,
    attack_noun,
    kill_verb,
    kill_verb_with_object,
    masdar_core,
    means,
    objects_after,
    plural_verb,
    prev_is_qad,
)

__all__ = ["find_actors"]

_TARGET_CUES = frozenset(ffold(w) for w in {"علي", "على", "ضد", "باتجاه", "استهدف", "استهدفت", "استهدفوا", "تستهدف", "يستهدف",
                          "قرب", "امام", "لدي", "استهدفا"})
_AGENT_CUES = (("علي", "يد"), ("علي", "ايدي"), ("من", "قبل"), ("من", "طرف"), ("من", "جانب"))
_TRANSITIVE = frozenset({"attack", "abduction_forced_disappearance", "arrests", "shelling_artillery_missile_attack",
                         "air_drone_strike", "armed_clash", "threat"})

_QUOTES = QUOTE_MARKS
_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"})


def _loc_entity(doc: Doc, p: Phrase) -> bool:
    if p.entity is None:
        return False
    ent = next((e for e in doc.entities if e.id == p.entity), None)
    return ent is not None and ent.type == "LOC"


@dataclass
class _Frame:
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
    actors: list[Phrase] = field(default_factory=list)
    targets: list[Phrase] = field(default_factory=list)
    passive: bool = False  # the voice says the phrases next to the verb are not its subject
    undergone: bool = False  # the phrases before the noun are its undergoer's, not its doer's


def _add(found: list[Phrase], p: Phrase | None) -> None:
    """Append the phrase a stage found elsewhere in the sentence, if any."""
    if p is not None:
        found.append(p)


def find_actors(
    doc: Doc, lex: Lexicon, verb: int, trig: tuple[int, int], subtype: str, sent: tuple[int, int],
    is_noun: bool, also_skip: int = -1,
) -> tuple[list[Source], list[Source]]:
    """``(actors, targets)`` of a trigger; ``verb`` is the token standing for the verb (the
    trigger, or the support verb of a noun trigger), ``trig`` the trigger word's tokens.

    Cascade: 1. explicit agents (على يد، من قبل، برصاص); 2. targets after cue words; 3. the
    genitive of a victim noun (اغتيال فلان); 4. passive readings (قتل 20 شخصا); 5. the
    subject: antecedent of a relative (الذين يحتجون), before a plural verb or «قد», right
    before the verb, first after it, or a bare phrase; 6. the object of a transitive verb;
    7. for protests, the protesters rather than the police."""
    f = _frame(doc, lex, verb, trig, subtype, sent, is_noun, also_skip)
    _explicit_agents(f)
    _cued_targets(f)
    _victim_genitive(f)
    _voice(f)
    _undergoer(f)
    _claimed_or_said(f)
    _subject(f)
    _doer_of_the_act(f)
    _phrases_next_to_it(f)
    _bare_subject(f)
    _object(f)
    _bomber_and_protesters(f)
    return _sources(f)


def _frame(doc: Doc, lex: Lexicon, verb: int, trig: tuple[int, int], subtype: str, sent: tuple[int, int],
           is_noun: bool, also_skip: int) -> _Frame:
    """The trigger's clause and its candidate phrases before and after it."""
    toks = doc.tokens
    s_start, s_end = sent
    cs, ce = clause(toks, verb, s_start, s_end)
    _, ce2 = clause(toks, trig[1], s_start, s_end)
    ce = max(ce, ce2)
    skip = set(range(trig[0], trig[1] + 1)) | {verb, also_skip}
    # a country is a possible actor only right next to the verb («قصفت تركيا»), not «في وسط الصومال»
    cands = [p for p in phrases(doc, lex, cs, ce, skip)
             if not _loc_entity(doc, p) or p.first == verb + 1 or p.last == verb - 1]
    pivot = verb if is_noun else max(verb, trig[1])
    after = [p for p in cands if p.first > pivot and not trig[0] <= p.first <= trig[1]]
    if not is_noun and verb < trig[0]:  # «ونفذ المتظاهرون اعتصاما»: the subject sits inside
        after = [p for p in cands if p.first > verb and not trig[0] <= p.first <= trig[1]]
    before = [p for p in cands if p.last < min(verb, trig[0])]
    # a verb in scare quotes («اختطفوا») has its subject right before the opening quote
    vq = verb - 1 if verb - 1 > s_start and toks[verb - 1].norm in _QUOTES else verb
    prev_word = ffold(toks[vq - 1].norm) if vq > s_start else ""
    return _Frame(doc, lex, verb, trig, subtype, sent, is_noun, cs, ce, skip, pivot, cands, after, before,
                  SUBTYPE_TYPE.get(subtype) in ("protests", "riots"), vq, prev_word, ffold(toks[verb].norm))


def _explicit_agents(f: _Frame) -> None:
    """1. explicit agents: «على أيدي (أفراد من) الشرطة», «من قبل», «من طرف», «برصاص»."""
    toks = f.doc.tokens
    agent_at = [k for k in range(max(f.cs, 1), f.ce) if (ffold(toks[k - 1].norm), ffold(toks[k].norm)) in _AGENT_CUES]
    for p in f.cands:
        if any(0 < p.first - k <= 3 for k in agent_at):
            f.actors.append(p)
        elif p.first >= 1 and ffold(toks[p.first - 1].norm) in ("برصاص", "بنيران"):
            f.actors.append(p)
    # 1b. «تمكن أبناء العشائر من قتل العشرات»، «أقدم فلان على قتل فلان»: who managed it did it
    if not f.actors:
        _add(f.actors, enabler_subject(f.doc, f.lex, f.trig[0], f.sent[0], f.skip))


def _cued_targets(f: _Frame) -> None:
    """2. targets after cue words (على، ضد، استهدف، قرب)."""
    toks = f.doc.tokens
    for p in f.after:
        if p.first >= 1 and ffold(toks[p.first - 1].norm) in _TARGET_CUES and p not in f.actors \
                and ffold(toks[p.first].norm) not in ("يد", "ايدي"):
            f.targets.append(p)
    if not f.targets:
        # a name or noun the lexicon does not know after a cue: «قرب موكب الشيخ...»
        for k in range(f.pivot + 1, min(f.ce, f.pivot + 7)):
            w = ffold(toks[k].norm)
            if w in _TARGET_CUES and k + 1 < f.ce and ffold(toks[k + 1].norm) not in ("الاقل", "الفور", "حد", "خلفيه", "اثر", "يد", "ايدي"):
                bp = bare_phrase(f.doc, f.lex, k + 1, f.ce, f.skip)
                if bp is not None and bp.first == k + 1:
                    f.targets.append(bp)
                break


def _victim_genitive(f: _Frame) -> None:
    """3. «اغتيال شكري بلعيد», «مقتل ريجيني»: the genitive of these nouns is the victim."""
    last = f.trig[1]
    if f.is_noun and not f.targets and masdar_core(ffold(f.doc.tokens[last].norm)) in OBJECT_MASDARS:
        nxt = next((p for p in f.after if p.first <= last + 1), None) or bare_phrase(f.doc, f.lex, last + 1, f.ce, f.skip)
        if nxt is not None and nxt.first == last + 1:
            f.targets.append(nxt)
            f.after = [p for p in f.after if p is not nxt]


def _voice(f: _Frame) -> None:
    """4. voice of kill/injure verbs: news writes «قُتل 20 شخصا» and «ثمانية أشخاص قُتلوا»
    (passive: the phrase is the victim); the active has an object after its subject
    («قتلت القوات الأمريكية 11 مسلحا»، «وقتل مفجر انتحاري 42 مجندا»); «تعرض X لهجوم»."""
    if not f.is_noun and not f.actors and kill_verb_with_object(f.verb_word):
        _object_suffix(f)
    if not f.is_noun and kill_verb(f.verb_word) and not f.actors:
        _kill_voice(f)
    # «تعرض X لهجوم»: who undergoes the attack is its target
    if not f.is_noun or f.verb != f.trig[0]:
        if strip_conj(f.verb_word) in UNDERGO:
            # (not the agent after «من»: «تعرضت السفينة لهجوم من قراصنة»)
            near = [p for p in f.before if p.last >= f.verb - 3] + [
                p for p in f.after if p.first <= f.verb + 2 and ffold(f.doc.tokens[p.first - 1].norm) != "من"]
            if near and not f.targets:
                f.targets.append(near[0])
            f.passive = True


def _object_suffix(f: _Frame) -> None:
    """«جنود عراقيين قتلهم عناصر تنظيم داعش»: the verb carries its object, so the phrase
    right after it is the subject and the phrase right before it, which the pronoun
    refers back to, is the target."""
    verb = f.verb
    subj = bare_phrase(f.doc, f.lex, verb + 1, f.ce, f.skip)
    if subj is None or subj.first != verb + 1:
        subj = next((p for p in f.after if p.first - verb <= 2), None)
    if subj is not None and f.before and f.before[-1].last >= verb - 1:
        f.actors.append(subj)
        f.targets.append(f.before[-1])
        f.after = [p for p in f.after if p.first > subj.last]
        f.passive = True  # the subject is found: skip the subject cascade below


def _kill_voice(f: _Frame) -> None:
    """A kill verb is passive unless a subject stands before it or two phrases after it."""
    doc, verb, before, toks = f.doc, f.verb, f.before, f.doc.tokens
    nps = objects_after(doc, f.lex, verb, f.ce, f.skip, f.after)
    subj_before = bool(before) and (before[-1].last >= f.vq - 2 or prev_is_qad(toks, verb, f.sent[0]))
    if subj_before and nps and not is_victim(doc, before[-1]):
        pass  # active SVO: handled below
    elif len(nps) >= 2 and not is_victim(doc, nps[0]):
        pass  # active VSO
    elif nps and nps[0].first == verb + 1 and nps[0].role == "armed" and nps[0].first == nps[0].head \
            and f.subtype == "abduction_forced_disappearance":
        # (uncounted: «وخطف ثلاثة جنود أميركيين» is a passive, the soldiers were taken)
        pass  # «خطف مسلحون ... عددا من الأشخاص»: armed men abduct, they are not abducted
    elif nps and f.subtype == "abduction_forced_disappearance" and any(q.role == "armed" for q in before):
        pass  # «اقتحم مسلحون مهبطا ... وخطفوا أربعة أوروبيين»: active, the armed men before
    else:
        f.passive = True
        if nps:
            f.targets.append(nps[0])
            f.after = [p for p in f.after if p is not nps[0]]
        elif before and (before[-1].last >= verb - 4 or prev_is_qad(toks, verb, f.sent[0])):
            f.targets.append(before[-1])  # «ثمانية اشخاص على الاقل قتلوا»


def _undergoer(f: _Frame) -> None:
    """«تعرض المرجع الشيعي علي السيستاني لمحاولة اغتيال»: the undergoer of a noun trigger
    whose «تعرض» stands further back."""
    if f.is_noun and not f.targets:
        away = undergoer(f.doc, f.lex, f.trig[0], f.cs, f.skip)
        if away is not None:
            f.targets.append(away)
            f.undergone = True  # the phrases before the noun are the undergoer's, not the doer's


def _claimed_or_said(f: _Frame) -> None:
    """4b. a claim of responsibility names the doer: «تبنت الحركة المسؤولية عن عملية تفجير ...
    وقتل»; 4c. «أقر التحالف الدولي أنه نفذ ضربات»: after «أنه» the speaker is the subject."""
    if not f.actors:
        _add(f.actors, claimant(f.doc, f.lex, f.trig[0], f.sent[0], f.skip))
    if not f.actors and not f.is_noun and not f.passive:
        _add(f.actors, speaker_subject(f.doc, f.lex, f.verb, f.sent[0], f.skip))


def _subject(f: _Frame) -> None:
    """5. the subject: the antecedent of a relative, before a plural verb or «قد», or right
    before the verb."""
    if f.actors or f.is_noun or f.passive:
        return
    doc, lex, toks, before, vq = f.doc, f.lex, f.doc.tokens, f.before, f.vq
    if f.prev_word in _RELATIVES:
        # «المواطنين الشيعة الذين يحتجون»: the antecedent
        # (definite adjectives and a comma may stand between: «المواطنين الشيعة الغاضبين، الذين»)
        ante = [p for p in phrases(doc, lex, max(f.sent[0], vq - 7), vq - 1, f.skip) if p.last >= vq - 4 or all(
            toks[k].norm in "،," or starts_definite(toks[k].norm) for k in range(p.last + 1, vq - 1))]
        # (for a protest any people: «المواطنين الشيعة الغاضبين، الذين يحتجون»)
        if ante and (f.protest or not is_victim(doc, ante[-1], f.protest)):
            f.actors.append(ante[-1])
    elif before and (plural_verb(f.verb_word) or f.prev_word in ("قد", "وقد", "كانوا", "وكانوا")):
        # «كان متظاهرون بمدينة العريش قد حطموا»: the subject came first
        # «ثلاثة مهاجمين قادوا»: before the verb a counted armed phrase is the subject
        # armed men first: «اقتحم مسلحون مهبطا في وسط الصومال وخطفوا» (not the place)
        # (a coordinated verb «وخطفوا» shares the first verb's subject: the first armed phrase)
        order = before if f.verb_word.startswith("و") else list(reversed(before))
        # (for a protest, protesters first: «الآلاف من المتظاهرين من تلاميذ ... وطلاب ... تدفقوا»)
        lead = "protester" if f.protest else "armed"
        subj = next((q for q in order if q.role == lead or f.protest and any(
            "protester" in lex.classes(ffold(toks[k].norm)) for k in range(q.first, q.last + 1))), None) or next(
            (q for q in reversed(before) if not is_victim(doc, q, f.protest) and not _loc_entity(doc, q)), None)
        _add(f.actors, subj)
    elif before and before[-1].last >= vq - 2 and not is_victim(doc, before[-1], f.protest):
        f.actors.append(before[-1])  # «قوات الأمن الباكستانية قتلت»


def _doer_of_the_act(f: _Frame) -> None:
    """The doer named elsewhere in the sentence, before the phrases next to the verb are taken."""
    doc, lex, verb, trig, skip = f.doc, f.lex, f.verb, f.trig, f.skip
    s_start, s_end = f.sent
    # 5a. «الهجوم الذي نفذه مسلحون»: a verb of carrying out names the doer after it
    if not f.actors:
        _add(f.actors, relative_doer(doc, lex, trig[1], s_end, skip))
    # an attack noun's agent after it: «غارات جوية أميركية»، «القصف الإسرائيلي» (also
    # after a verb of happening: «أسفرت غارات جوية أميركية عن»)
    if not f.actors and (f.is_noun or verb < trig[0]):
        _add(f.actors, noun_agent(doc, lex, trig[1], s_start, f.ce, skip))
    # 5b. a killing told in the passive was done by the agent of the attack that caused it
    # («قتلوا جراء ضربة جوية أميركية»، «قتلوا في مواجهات مع قوات الأمن»), before the phrases
    # next to the verb are taken as its victims or subject
    if not f.actors and (f.passive or (f.is_noun and masdar_core(ffold(doc.tokens[trig[1]].norm)) in ("مقتل", "مصرع"))):
        taken = {k for p in f.targets for k in range(p.first, p.last + 1)}
        _add(f.actors, cause_agent(doc, lex, max(verb, trig[1]), s_start, s_end, skip | taken))
    # 5d. the words right after a support verb, before its noun, are its subject («وشنت
    # طيران التحالف ... غاراته»); a counted crowd right after a verb is its subject
    # («تظاهر أعداد كبيرة من الأميركيين»)
    if not f.actors and not f.passive and verb < trig[0] - 1:
        _add(f.actors, support_subject(doc, lex, trig[0], verb, skip, only=verb))
    if not f.actors and f.is_noun and not f.protest:
        _add(f.actors, support_subject(doc, lex, trig[0], f.cs, skip))
    if not f.actors and not f.passive and not f.is_noun:
        _add(f.actors, counted_subject(doc, max(verb, trig[1]) + 1, f.ce))


def _phrases_next_to_it(f: _Frame) -> None:
    """The first phrase after the trigger (its subject, or its victim when passive), else the
    last one before it; with an actor found, a victim after it is a transitive act's target."""
    doc, verb, trig, is_noun, protest = f.doc, f.verb, f.trig, f.is_noun, f.protest
    if not f.actors:
        first_after = next((p for p in f.after if p not in f.targets), None)
        if first_after is not None and first_after.first - verb <= 5 and not (
            not is_noun and plural_verb(f.verb_word) and first_after.role != "entity"
        ):
            armed_counted = first_after.role == "armed" and first_after.first == verb + 1 and not f.passive
            if (is_victim(doc, first_after, protest) or f.passive) and not is_noun and not armed_counted:
                f.targets.insert(0, first_after)
            elif not is_noun or first_after.role in ("armed", "protester", "entity") and first_after.first - trig[1] <= 2:
                f.actors.append(first_after)
                if f.subtype in _TRANSITIVE and not f.targets:
                    nxt = next((p for p in f.after if p.first > first_after.last and p not in f.targets), None)
                    if nxt is not None and nxt.first - first_after.last <= 3:
                        f.targets.append(nxt)
        if not f.actors and f.before and not f.undergone:
            _last_before(f)
    elif f.subtype in _TRANSITIVE and not f.targets:
        _add(f.targets, next((p for p in f.after if p not in f.actors and is_victim(doc, p)), None))


def _last_before(f: _Frame) -> None:
    """The phrase before the trigger is its actor, unless a speaker, a bystander or a victim."""
    p, toks, is_noun = f.before[-1], f.doc.tokens, f.is_noun
    said = p.first > 0 and "speech" in f.lex.classes(ffold(toks[p.first - 1].norm))
    if is_noun and not f.protest and p.role not in ("armed", "entity"):
        said = True  # «توافد عشرات المواطنين للتبرع... في تفجير»: bystanders, not actors
    if is_noun and f.protest and p.role not in ("protester", "agent", "entity"):
        said = True  # «مقتل 28 شخصا خلال مظاهرات»: victims, not protesters
    # «أعلنت الشرطة مقتل...»: the subject of a speech verb is the speaker, not the actor
    if not is_victim(f.doc, p, f.protest) and f.trig[0] - p.last <= 6 and not (is_noun and said):
        f.actors.append(p)


def _bare_subject(f: _Frame) -> None:
    """5c. a coordinated verb's subject, else a phrase the lexicon does not know right after or
    right before the verb."""
    if f.actors or f.is_noun or f.passive:
        return
    # «قوة من الشرطة قامت بمداهمة الجامع واعتدت على المصلين»: a coordinated verb shares
    # the first predicate's subject
    _add(f.actors, coordinated_subject(f.doc, f.lex, f.verb, f.sent[0], f.skip))
    if f.actors or strip_conj(f.verb_word) in ("تم", "يتم", "جري"):
        return
    # no known noun: a definite phrase right after the verb (VSO) or right before it
    # (not for «تم»: a passive has no subject)
    toks, verb, cs = f.doc.tokens, f.verb, f.cs
    bp = bare_phrase(f.doc, f.lex, verb + 1, f.ce, f.skip)
    if bp is not None and starts_definite(toks[bp.first].norm) and bp.first - verb <= 3 \
            and not plural_verb(f.verb_word):
        f.actors.append(bp)
    elif verb - 1 >= cs and ffold(toks[verb - 1].norm) not in _STOP and toks[verb - 1].is_arabic:
        k = verb - 1
        while k - 1 >= cs and k > verb - 3 and toks[k - 1].is_arabic and ffold(toks[k - 1].norm) not in _STOP \
                and ffold(toks[k - 1].norm) not in ("ان", "بان", "انه", "كان", "وكان"):
            k -= 1
        # after «ان», «كان» or at the start of the clause («: سلاح الجو الإسرائيلي يشن»)
        ok_words = all(len(strip_conj(ffold(toks[q].norm))) >= 2 and strip_conj(ffold(toks[q].norm)) not in _STOP
                       for q in range(k, verb))
        if ok_words and (k == cs or ffold(toks[k - 1].norm) in ("ان", "بان", "وكان", "كان", "لكن")):
            f.actors.append(Phrase(k, verb - 1, k, "np", None))


def _object(f: _Frame) -> None:
    """6. the object: the next phrase after the verb and its subject."""
    if f.is_noun or f.targets or f.subtype not in _TRANSITIVE:
        return
    toks = f.doc.tokens
    frm = max([f.verb, f.trig[1]] + [p.last for p in f.actors if p.first > f.verb]) + 1
    while frm < f.ce and toks[frm].norm in _QUOTES:
        frm += 1  # «اختطفوا» أمس منسقها
    bp = bare_phrase(f.doc, f.lex, frm, f.ce, f.skip)
    if bp is not None and bp.first - frm <= 3:
        f.targets.append(bp)


def _bomber_and_protesters(f: _Frame) -> None:
    """The suicide bomber of a suicide bombing; what a protest is against; 7. protests are
    done by protesters, not by the police around them."""
    doc, lex, toks, verb, skip = f.doc, f.lex, f.doc.tokens, f.verb, f.skip
    s_start, s_end = f.sent
    # a suicide bombing is done by the suicide bomber named in the sentence: «انتحاريا يقود
    # سيارة مفخخة، فجر نفسه قرب موكب»
    if f.subtype == "suicide_bomb" and not any("انتحاري" in ffold(" ".join(t.norm for t in toks[p.first:p.last + 1]))
                                               for p in f.actors):
        # (a person, not the adjective of an attack: «المتهمين بالهجوم الانتحاري»)
        bomber = [p for p in phrases(doc, lex, s_start, s_end, skip)
                  if ffold(toks[p.head].norm).lstrip("و").startswith(("انتحاري", "الانتحاري"))
                  and not (p.head > s_start and attack_noun(ffold(toks[p.head - 1].norm)))]
        if bomber:
            f.actors = [min(bomber, key=lambda p: abs(p.head - verb))]
    # what a protest is against («احتجاجا على حملة اليمين»، «مطالبين برحيل السلطات»)
    if f.protest and not f.targets:
        away = protest_target(doc, lex, f.trig[1], s_end, skip)
        if away is not None and not any(a.first <= away.first <= a.last for a in f.actors):
            f.targets.append(away)
    if f.protest and (not f.actors or f.actors[0].role == "armed"):
        crowd = [p for p in phrases(doc, lex, s_start, s_end, skip) if p.role == "protester"]
        if crowd:
            f.actors = [min(crowd, key=lambda p: abs(p.head - verb))]


def _sources(f: _Frame) -> tuple[list[Source], list[Source]]:
    """The phrases as sources: a phrase that opens with a means word is how it was done,
    neither doer nor target; a victim is not also the actor; each span once."""
    toks = f.doc.tokens
    actors = [p for p in f.actors if not means(toks[p.first].norm)]
    targets = [p for p in f.targets if not means(toks[p.first].norm)]
    seen: set[tuple[int, int]] = set()
    out_a = []
    tspans = [(p.first, p.last) for p in targets]
    for p in actors:
        if any(p.first <= b and a <= p.last for a, b in tspans):
            continue  # «اغتيال الشهيد محمد الزواري»: a victim is not also the actor
        if (p.first, p.last) not in seen:
            seen.add((p.first, p.last))
            out_a.append(source_of(f.doc, p))
    out_t = []
    for p in targets:
        if (p.first, p.last) not in seen:
            seen.add((p.first, p.last))
            out_t.append(source_of(f.doc, p))
    return out_a, out_t
