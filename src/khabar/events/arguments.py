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

from collections.abc import Sequence

from ..document import Doc
from ..schema import Source
from ..segment import QUOTE_MARKS, Token
from .actor_frame import TRANSITIVE, Frame, add, build_frame
from .agents import claimant, enabler_subject, protest_target, speaker_subject, undergoer
from .doers import bare_subject, doer_of_the_act, phrases_next_to_it, subject
from .lexicon import Lexicon, ffold, readings
from .phrases import _STOP, Phrase, bare_phrase, imam, is_victim, phrases, source_of, strip_conj
from .voice import (
    OBJECT_MASDARS,
    UNDERGO,
    attack_noun,
    kill_verb,
    kill_verb_with_object,
    masdar_core,
    means,
    objects_after,
    prev_is_qad,
)

__all__ = ["find_actors"]

_TARGET_CUES = frozenset(ffold(w) for w in {"علي", "على", "ضد", "باتجاه", "استهدف", "استهدفت", "استهدفوا", "تستهدف", "يستهدف",
                          "قرب", "امام", "لدي", "استهدفا"})
_COMMAS = frozenset({"،", ","})
_AGENT_CUES = (("علي", "يد"), ("علي", "ايدي"), ("من", "قبل"), ("من", "طرف"), ("من", "جانب"))


def find_actors(
    doc: Doc, lex: Lexicon, verb: int, trig: tuple[int, int], subtype: str, sent: tuple[int, int],
    is_noun: bool, also_skip: int, date_toks: frozenset[int],
) -> tuple[list[Source], list[Source]]:
    """``(actors, targets)`` of a trigger; ``verb`` is the token standing for the verb (the
    trigger, or the support verb of a noun trigger), ``trig`` the trigger word's tokens.

    Cascade: 1. explicit agents (على يد، من قبل، برصاص); 2. targets after cue words; 3. the
    genitive of a victim noun (اغتيال فلان); 4. passive readings (قتل 20 شخصا; an active's
    object is kept as its target in case stages 5-6 find none); 5. the
    subject: antecedent of a relative (الذين يحتجون), before a plural verb or «قد», right
    before the verb, first after it, or a bare phrase; 6. the object of a transitive verb;
    7. for protests, the protesters rather than the police. ``date_toks``: the tokens inside a
    date of the dates layer (``events._ArticleView.date_toks``, computed once per article)."""
    f = build_frame(doc, lex, verb, trig, subtype, sent, is_noun, also_skip, date_toks)
    _explicit_agents(f)
    _cued_targets(f)
    _victim_genitive(f)
    kill_object = _voice(f)
    _undergoer(f)
    _claimed_or_said(f)
    subject(f)
    doer_of_the_act(f)
    phrases_next_to_it(f)
    bare_subject(f)
    _object(f)
    if kill_object is not None and not f.targets and not any(a.first <= kill_object.last and kill_object.first <= a.last
                                                               for a in f.actors):
        f.targets.append(kill_object)  # «وقتل مفجر انتحاري 42 مجندا»: the active's object
    _bomber_and_protesters(f)
    return _sources(f)


def _explicit_agents(f: Frame) -> None:
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
        add(f.actors, enabler_subject(f.doc, f.lex, f.trig[0], f.sent[0], f.skip))


def _cued_targets(f: Frame) -> None:
    """2. targets after cue words (على، ضد، استهدف، قرب)."""
    toks = f.doc.tokens
    for p in f.after:
        if p.first >= 1 and _cue(f.doc, p.first - 1) and p not in f.actors \
                and ffold(toks[p.first].norm) not in ("يد", "ايدي"):
            f.targets.append(p)
    if not f.targets:
        # a name or noun the lexicon does not know after a cue: «قرب موكب الشيخ...»
        for k in range(f.pivot + 1, min(f.ce, f.pivot + 7)):
            if _cue(f.doc, k) and k + 1 < f.ce and ffold(toks[k + 1].norm) not in ("الاقل", "الفور", "حد", "خلفيه", "اثر", "يد", "ايدي"):
                bp = bare_phrase(f.doc, f.lex, k + 1, f.ce, f.skip)
                if bp is not None and bp.first == k + 1:
                    f.targets.append(bp)
                break


def _cue(doc: Doc, k: int) -> bool:
    """Is token ``k`` a target cue? Folding drops the hamza, so «إمام» (an imam) reads as the
    cue «أمام» (in front of); only the original spelling tells them apart (events-16b)."""
    return ffold(doc.tokens[k].norm) in _TARGET_CUES and not imam(doc, k)


def _victim_genitive(f: Frame) -> None:
    """3. «اغتيال شكري بلعيد», «مقتل ريجيني»: the genitive of these nouns is the victim, also
    after a support verb («قام جنود بقتل المدنيين»: the verb is «قام», the noun «بقتل»)."""
    last = f.trig[1]
    if (f.is_noun or _after_support(f)) and not f.targets and masdar_core(ffold(f.doc.tokens[last].norm)) in OBJECT_MASDARS:
        # (the phrase that starts right after the noun, not the support verb's subject before
        # it: «قام جنود بقتل المدنيين»)
        nxt = next((p for p in f.after if p.first == last + 1), None) or bare_phrase(f.doc, f.lex, last + 1, f.ce, f.skip)
        if nxt is not None and nxt.first == last + 1:
            f.targets.append(nxt)
            f.after = [p for p in f.after if p is not nxt]


def _after_support(f: Frame) -> bool:
    """Does the noun trigger stand after its support verb as «قام بـ» + noun or «أسفر عن» + noun
    («قام جنود بقتل المدنيين»، «أسفر عن مقتل 27 شخصا»)? Not any verb before a noun: in «اندلعت
    عقب استهداف المقاومة لمواقع» the genitive is the doer."""
    last, toks = f.trig[1], f.doc.tokens
    if last == f.verb:
        return False
    w = ffold(toks[last].norm)
    return (w[:1] == "ب" and masdar_core(w) != w) or (last > f.sent[0] and ffold(toks[last - 1].norm) == "عن")


def _voice(f: Frame) -> Phrase | None:
    """4. voice of kill/injure verbs: news writes «قُتل 20 شخصا» and «ثمانية أشخاص قُتلوا»
    (passive: the phrase is the victim); the active has an object after its subject
    («قتلت القوات الأمريكية 11 مسلحا»، «وقتل مفجر انتحاري 42 مجندا»); «تعرض X لهجوم»."""
    if not f.is_noun and not f.actors and kill_verb_with_object(f.verb_word):
        _object_suffix(f)
    obj = _kill_voice(f) if not f.is_noun and kill_verb(f.verb_word) and not f.actors else None
    # «تعرض X لهجوم»: who undergoes the attack is its target
    if not f.is_noun or f.verb != f.trig[0]:
        if strip_conj(f.verb_word) in UNDERGO:
            # (not the agent after «من»: «تعرضت السفينة لهجوم من قراصنة»)
            near = [p for p in f.before if p.last >= f.verb - 3] + [
                p for p in f.after if p.first <= f.verb + 2 and ffold(f.doc.tokens[p.first - 1].norm) != "من"]
            if near and not f.targets:
                f.targets.append(near[0])
            f.passive = True
    return obj


def _object_suffix(f: Frame) -> None:
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


def _kill_voice(f: Frame) -> Phrase | None:
    """A kill verb is passive unless a subject stands before it or two phrases after it; an
    active one returns its object, the target if the later stages find none."""
    doc, verb, before, toks = f.doc, f.verb, f.before, f.doc.tokens
    # (after a time phrase: «قتلت أول من أمس أربعة من المتهمين»)
    past = verb
    while past + 1 < f.ce and past + 1 in f.date_toks:
        past += 1
    nps = objects_after(doc, f.lex, past, f.ce, f.skip, f.after)
    subj_before = bool(before) and (before[-1].last >= f.vq - 2 or prev_is_qad(toks, verb, f.sent[0]))
    if subj_before and nps and not is_victim(doc, before[-1]):
        return nps[0]  # active SVO: «القوات قتلت 11 مسلحا»
    elif len(nps) >= 2 and not is_victim(doc, nps[0]):
        return _vso_object(toks, nps)  # active VSO: «وقتل مفجر انتحاري 42 مجندا»
    elif nps and nps[0].first == verb + 1 and nps[0].role == "armed" and nps[0].first == nps[0].head \
            and f.subtype == "abduction_forced_disappearance":
        # (uncounted: «وخطف ثلاثة جنود أميركيين» is a passive, the soldiers were taken)
        pass  # «خطف مسلحون ... عددا من الأشخاص»: armed men abduct, they are not abducted
    elif nps and f.subtype == "abduction_forced_disappearance" and any(q.role == "armed" for q in before):
        pass  # «اقتحم مسلحون مهبطا ... وخطفوا أربعة أوروبيين»: active, the armed men before
    else:
        f.passive = True
        bare = None if nps else _bare_victim(f)
        if nps:
            f.targets.append(nps[0])
            f.after = [p for p in f.after if p is not nps[0]]
        elif bare is not None and not (before and before[-1].last >= bare.first):
            # (bug fix, events-16b: the passive found no victim and the cascade then skipped
            # the subject, so a far phrase became the actor: «نقلت وكالة دوغان أن شرطيا قتل»)
            f.targets.append(bare)  # «أن شرطيا قتل وأصيب آخر»: a noun the lexicon does not know
            # the phrases before «أن» are the main clause's, the speaker's: «وقالت الشرطة»
            f.before = [p for p in before if p.first > bare.first]
        elif before and (before[-1].last >= verb - 4 or prev_is_qad(toks, verb, f.sent[0])):
            f.targets.append(before[-1])  # «ثمانية اشخاص على الاقل قتلوا»
        elif not before:
            add(f.targets, _subject_before_aside(f))  # «ثمانية اشخاص، بينهم طفلان، قتلوا»
    return None


_OPENERS = frozenset({"ان", "بان", "لان", "وان"})  # «أن/إن/بأن» before a clause: its subject follows


def _bare_victim(f: Frame) -> Phrase | None:
    """The victim of a passive kill verb that the lexicon does not know: one to three words
    right before the verb, after «أن/إن» («أن شرطيا قتل وأصيب آخر»); not a noun of the act
    («أن الانفجار قتل»: the cause, not who was killed)."""
    toks, lo = f.doc.tokens, f.sent[0]
    k = f.vq
    while k - 1 >= max(lo, f.vq - 3) and toks[k - 1].is_arabic and ffold(toks[k - 1].norm) not in _STOP \
            and ffold(toks[k - 1].norm) not in _OPENERS and len(strip_conj(ffold(toks[k - 1].norm))) >= 2:
        k -= 1
    if k == f.vq or k == lo or ffold(toks[k - 1].norm) not in _OPENERS:
        return None
    if any(attack_noun(w) or any(st in f.lex.nouns for _, st, _ in readings(w))
           for w in (ffold(toks[q].norm) for q in range(k, f.vq))):
        return None
    return Phrase(k, f.vq - 1, k, "np", None)


def _vso_object(toks: Sequence[Token], nps: list[Phrase]) -> Phrase | None:
    """The object of an active VSO kill verb: the second phrase after it («وقتل مفجر انتحاري
    42 مجندا»: the count read into the subject goes back to its noun); else a phrase of the
    lexicon or a name, not a word the phrase before left over («أصيب 18 مجندا بإصابات |
    طفيفة»، «رجل يضع حزاما | ناسفا») nor a verb («سائقا شاحنات كانا | ينقلان إمدادات»)."""
    if _present_verb(toks[nps[1].first].norm):
        return None
    if toks[nps[0].last].is_digit and nps[0].last > nps[0].first:
        return Phrase(nps[0].last, nps[1].last, nps[1].head, nps[1].role, None)
    return None if nps[1].role == "np" else nps[1]


def _present_verb(norm: str) -> bool:
    """A present verb by its shape: «يرتدون»، «ينقلان» (a phrase that starts with one is no object)."""
    core = strip_conj(ffold(norm))
    return len(core) >= 4 and core[0] == "ي"


_ASIDE_MAX = 6  # words of a comma aside between a subject and its verb


def _subject_before_aside(f: Frame) -> Phrase | None:
    """The subject of a verb whose clause is only the verb (or «قد» and the verb) after a
    comma aside: «ثمانية اشخاص، بينهم طفلان، قتلوا»، «المزارع ابراهيم صالحة، عشرين عاماً، قتل»:
    the phrase that ends right before the aside's opening comma."""
    toks, lo = f.doc.tokens, f.sent[0]
    close = f.cs - 1
    if close <= lo or toks[close].norm not in _COMMAS or f.vq - f.cs > int(prev_is_qad(toks, f.verb, lo)):
        return None
    opening = next((k for k in range(close - 1, max(lo, close - _ASIDE_MAX - 1), -1) if toks[k].norm in _COMMAS), None)
    # (not when the victim follows the verb: «كوباني، الواقعة على الحدود، وقرية ...، قتل خلاله 146 مدنيا»)
    if opening is None or any(p.first <= f.verb + 3 and is_victim(f.doc, p) for p in f.after):
        return None
    if opening - 2 > lo and (ffold(toks[opening - 2].norm), ffold(toks[opening - 1].norm)) == ("علي", "الاقل"):
        opening -= 2  # «سبعة أشخاص على الأقل، بينهم شرطيان، أصيبوا»
    if opening - 1 <= lo:
        return None
    ends = [p for p in phrases(f.doc, f.lex, lo, opening, f.skip) if p.last == opening - 1]
    if not ends:  # a name or noun the lexicon does not know: «المزارع ابراهيم صالحة»
        ends = [bp for i in range(max(lo, opening - 3), opening)
                if (bp := bare_phrase(f.doc, f.lex, i, opening, f.skip)) is not None and bp.first == i
                and bp.last == opening - 1][:1]
    # (not the speaker of a verb of saying: «وقال الشاهد، وهو من سكان الحي، قتلوا»)
    # (the speech class also holds «كان», which is no speaker: «وكانت رئيسة الوزراء السابقة، ...»)
    said = ffold(toks[ends[-1].first - 1].norm) if ends and ends[-1].first > lo else ""
    if not ends or ("speech" in f.lex.classes(said) and not strip_conj(said).startswith("كان")):
        return None
    return ends[-1]


def _undergoer(f: Frame) -> None:
    """«تعرض المرجع الشيعي علي السيستاني لمحاولة اغتيال»: the undergoer of a noun trigger
    whose «تعرض» stands further back."""
    if f.is_noun and not f.targets:
        away = undergoer(f.doc, f.lex, f.trig[0], f.cs, f.skip)
        if away is not None:
            f.targets.append(away)
            f.undergone = True  # the phrases before the noun are the undergoer's, not the doer's


def _claimed_or_said(f: Frame) -> None:
    """4b. a claim of responsibility names the doer: «تبنت الحركة المسؤولية عن عملية تفجير ...
    وقتل»; 4c. «أقر التحالف الدولي أنه نفذ ضربات»: after «أنه» the speaker is the subject."""
    if not f.actors:
        add(f.actors, claimant(f.doc, f.lex, f.trig[0], f.sent[0], f.skip))
    if not f.actors and not f.is_noun and not f.passive:
        add(f.actors, speaker_subject(f.doc, f.lex, f.verb, f.sent[0], f.skip))


def _object(f: Frame) -> None:
    """6. the object: the next phrase after the verb and its subject; a passive verb has none
    (bug fix, events-15j: «ثلاثين متمردا قتلوا في مواجهات ... وفي ضربات جوية» took «وفي ضربات
    جوية», «شرطيا قتل وأصيب آخر بجروح» took «وأصيب آخر بجروح»). After «على» the word is a masdar
    read as a verb, and its genitive is its object: «أقدم فلان على قتل فلان»."""
    toks = f.doc.tokens
    after_ala = f.verb > f.sent[0] and ffold(toks[f.verb - 1].norm) == "علي"
    if f.is_noun or f.targets or (f.passive and not after_ala) or f.subtype not in TRANSITIVE:
        return
    frm = max([f.verb, f.trig[1]] + [p.last for p in f.actors if p.first > f.verb]) + 1
    while frm < f.ce and toks[frm].norm in QUOTE_MARKS:
        frm += 1  # «اختطفوا» أمس منسقها
    # a time phrase between the verb and its object is no object: «قتلت أول من أمس أربعة»
    while frm < f.ce and (frm in f.date_toks or "time" in f.lex.classes(ffold(toks[frm].norm))):
        frm += 1
    bp = bare_phrase(f.doc, f.lex, frm, f.ce, f.skip)
    if bp is not None and bp.first - frm <= 3:
        f.targets.append(bp)


def _bomber_and_protesters(f: Frame) -> None:
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


def _sources(f: Frame) -> tuple[list[Source], list[Source]]:
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
