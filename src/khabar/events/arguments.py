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
from .lexicon import SUBTYPE_TYPE, Lexicon, ffold, readings
from .phrases import (
    _STOP,
    Phrase,
    bare_phrase,
    definite,
    is_victim,
    phrases,
    source_of,
    starts_definite,
    strip_conj,
)

__all__ = ["find_actors"]

_TARGET_CUES = frozenset(ffold(w) for w in {"علي", "على", "ضد", "باتجاه", "استهدف", "استهدفت", "استهدفوا", "تستهدف", "يستهدف",
                          "قرب", "امام", "لدي", "استهدفا"})
_AGENT_CUES = (("علي", "يد"), ("علي", "ايدي"), ("من", "قبل"), ("من", "طرف"), ("من", "جانب"))
_TRANSITIVE = frozenset({"attack", "abduction_forced_disappearance", "arrests", "shelling_artillery_missile_attack",
                         "air_drone_strike", "armed_clash", "threat"})
# Nouns whose genitive is the one they happened to (not the one who did it).
_OBJECT_MASDARS = frozenset({"مقتل", "اغتيال", "اختطاف", "خطف", "اعتقال", "قتل", "اعدام", "تعذيب", "استهداف", "مصرع"})


def _masdar_core(w: str) -> str:
    for _, stem, suf in readings(w):
        if not suf and stem in _OBJECT_MASDARS:
            return stem
    return w



# Verbs of killing and wounding whose voice must be guessed (no vowels in news text).
_KILL_STEMS = frozenset({"قتل", "اصيب", "جرح", "اغتيل", "خطف", "اختطف", "ذبح", "اعدم"})
# Verbs of undergoing: «تعرض لهجوم»
_UNDERGO = frozenset({"تعرض", "تعرضت", "تعرضوا", "تتعرض", "يتعرض", "بتعرض", "لتعرض", "تعرضها", "تعرضه"})


def _kill_verb(w: str) -> bool:
    core = strip_conj(w)
    for suf in ("", "ت", "وا", "ا", "تا"):
        if suf and not core.endswith(suf):
            continue
        if (core[: len(core) - len(suf)] if suf else core) in _KILL_STEMS:
            return True
    return False


def _kill_verb_with_object(w: str) -> bool:
    """A kill verb carrying its object as a pronoun suffix: «قتلهم»، «أعدمتهم»، «خطفها»."""
    core = strip_conj(w)
    for suf in ("هم", "هن", "ها"):
        if core.endswith(suf) and len(core) > len(suf) + 2 and _kill_verb(core[: -len(suf)]):
            return True
    return False


_ATTACK_NOUNS = frozenset({"هجوم", "هجمات", "هجمه", "تفجير", "تفجيرات", "انفجار", "عمليه", "عمليات", "حزام",
                           "سياره", "سيارات", "اعتداء", "هجوما"})


def _attack_noun(w: str) -> bool:
    return any(stem in _ATTACK_NOUNS for _, stem, suf in readings(w) if not suf)


def prev_is_qad(toks: Sequence[Token], verb: int, lo: int) -> bool:
    return verb - 1 >= lo and ffold(toks[verb - 1].norm) in ("قد", "وقد")


def _objects_after(doc: Doc, lex: Lexicon, verb: int, ce: int, skip: set[int], after: list[Phrase]) -> list[Phrase]:
    """Up to two noun phrases right after a verb, not after a preposition (lexicon phrases,
    else bare ones): «قتل جنديان اميركيان»، «قتل مفجر انتحاري 42 مجندا»."""
    out: list[Phrase] = []
    i = verb + 1
    toks = doc.tokens
    while i < ce and len(out) < 2:
        if "time" in lex.classes(ffold(toks[i].norm)) or (toks[i].norm in _QUOTES and not out):
            i += 1  # time words; an opening scare quote: «اختطفوا «مواطنا سوريا»»
            continue
        w = ffold(toks[i].norm)
        if w in _STOP or not (toks[i].is_arabic or toks[i].is_digit) or toks[i].norm[:1] == "ب":
            break
        if w[:1] in ("و", "ف") and len(w) > 3 and not definite(w[1:]) and "number" not in lex.classes(w):
            break  # «قتلوا | واصيب»: a new clause
        p = next((q for q in after if q.first == i), None) or bare_phrase(doc, lex, i, ce, skip)
        if p is None or (out and ffold(toks[i].norm)[:1] in ("و", "ف")):
            break
        out.append(p)
        i = p.last + 1
    return out


_QUOTES = QUOTE_MARKS
_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"})


def _plural_verb(w: str) -> bool:
    """A verb marked plural (خرجوا، يهتفون): in Arabic its subject came before it, since a
    verb before its subject stays singular («خرج المتظاهرون»)."""
    core = w[1:] if len(w) > 3 and w[0] in "وف" else w
    return core.endswith("وا") or (core[:1] in "يت" and core.endswith("ون"))


def _loc_entity(doc: Doc, p: Phrase) -> bool:
    if p.entity is None:
        return False
    ent = next((e for e in doc.entities if e.id == p.entity), None)
    return ent is not None and ent.type == "LOC"


# A prepositional phrase of the weapon or fire an act was done with is its means, not a
# target: «قتلوا برصاص في الرأس»، «قتل بالرصاص»، «استهدفوا بقذائف الهاون» (folded, the
# preposition ب attached; written for this rule from the README demo and SaudiNewsNet usage).
_MEANS_WORDS = frozenset({"برصاص", "بالرصاص", "برصاصه", "بنيران", "بالنيران", "بسلاح", "بالسلاح",
                          "باسلحه", "بالاسلحه", "بقذيفه", "بالقذيفه", "بقذائف", "بالقذائف", "بصاروخ",
                          "بالصاروخ", "بصواريخ", "بالصواريخ", "بعبوه", "بالعبوه", "بعبوات", "بالعبوات"})


def _means(word: str) -> bool:
    """Does the token (normalised) open a phrase of means («برصاص»، «وبالقذائف»)?"""
    return strip_conj(ffold(word)) in _MEANS_WORDS


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
    protest = SUBTYPE_TYPE.get(subtype) in ("protests", "riots")
    actors: list[Phrase] = []
    targets: list[Phrase] = []
    # a verb in scare quotes («اختطفوا») has its subject right before the opening quote
    vq = verb - 1 if verb - 1 > s_start and toks[verb - 1].norm in _QUOTES else verb
    prev_word = ffold(toks[vq - 1].norm) if vq > s_start else ""
    # 1. explicit agents: «على أيدي (أفراد من) الشرطة», «من قبل», «من طرف», «برصاص»
    agent_at = [k for k in range(max(cs, 1), ce) if (ffold(toks[k - 1].norm), ffold(toks[k].norm)) in _AGENT_CUES]
    for p in cands:
        if any(0 < p.first - k <= 3 for k in agent_at):
            actors.append(p)
        elif p.first >= 1 and ffold(toks[p.first - 1].norm) in ("برصاص", "بنيران"):
            actors.append(p)
    # 1b. «تمكن أبناء العشائر من قتل العشرات»، «أقدم فلان على قتل فلان»: who managed it did it
    if not actors:
        away = enabler_subject(doc, lex, trig[0], s_start, skip)
        if away is not None:
            actors.append(away)
    # 2. targets after cue words
    for p in after:
        if p.first >= 1 and ffold(toks[p.first - 1].norm) in _TARGET_CUES and p not in actors \
                and ffold(toks[p.first].norm) not in ("يد", "ايدي"):
            targets.append(p)
    if not targets:
        # a name or noun the lexicon does not know after a cue: «قرب موكب الشيخ...»
        for k in range(pivot + 1, min(ce, pivot + 7)):
            w = ffold(toks[k].norm)
            if w in _TARGET_CUES and k + 1 < ce and ffold(toks[k + 1].norm) not in ("الاقل", "الفور", "حد", "خلفيه", "اثر", "يد", "ايدي"):
                bp = bare_phrase(doc, lex, k + 1, ce, skip)
                if bp is not None and bp.first == k + 1:
                    targets.append(bp)
                break
    # 3. «اغتيال شكري بلعيد», «مقتل ريجيني»: the genitive of these nouns is the victim
    if is_noun and not targets and _masdar_core(ffold(toks[trig[1]].norm)) in _OBJECT_MASDARS:
        nxt = next((p for p in after if p.first <= trig[1] + 1), None) or bare_phrase(doc, lex, trig[1] + 1, ce, skip)
        if nxt is not None and nxt.first == trig[1] + 1:
            targets.append(nxt)
            after = [p for p in after if p is not nxt]
    # 4. voice of kill/injure verbs: news writes «قُتل 20 شخصا» and «ثمانية أشخاص قُتلوا»
    # (passive: the phrase is the victim); the active has an object after its subject
    # («قتلت القوات الأمريكية 11 مسلحا»، «وقتل مفجر انتحاري 42 مجندا»)
    verb_word = ffold(toks[verb].norm)
    passive = False
    if not is_noun and not actors and _kill_verb_with_object(verb_word):
        # «جنود عراقيين قتلهم عناصر تنظيم داعش»: the verb carries its object, so the phrase
        # right after it is the subject and the phrase right before it, which the pronoun
        # refers back to, is the target.
        subj = bare_phrase(doc, lex, verb + 1, ce, skip)
        if subj is None or subj.first != verb + 1:
            subj = next((p for p in after if p.first - verb <= 2), None)
        if subj is not None and before and before[-1].last >= verb - 1:
            actors.append(subj)
            targets.append(before[-1])
            after = [p for p in after if p.first > subj.last]
            passive = True  # the subject is found: skip the subject cascade below
    if not is_noun and _kill_verb(verb_word) and not actors:
        nps = _objects_after(doc, lex, verb, ce, skip, after)
        subj_before = bool(before) and (before[-1].last >= vq - 2 or prev_is_qad(toks, verb, s_start))
        if subj_before and nps and not is_victim(doc, before[-1]):
            pass  # active SVO: handled below
        elif len(nps) >= 2 and not is_victim(doc, nps[0]):
            pass  # active VSO
        elif nps and nps[0].first == verb + 1 and nps[0].role == "armed" and nps[0].first == nps[0].head \
                and subtype == "abduction_forced_disappearance":
            # (uncounted: «وخطف ثلاثة جنود أميركيين» is a passive, the soldiers were taken)
            pass  # «خطف مسلحون ... عددا من الأشخاص»: armed men abduct, they are not abducted
        elif nps and subtype == "abduction_forced_disappearance" and any(q.role == "armed" for q in before):
            pass  # «اقتحم مسلحون مهبطا ... وخطفوا أربعة أوروبيين»: active, the armed men before
        else:
            passive = True
            if nps:
                targets.append(nps[0])
                after = [p for p in after if p is not nps[0]]
            elif before and (before[-1].last >= verb - 4 or prev_is_qad(toks, verb, s_start)):
                targets.append(before[-1])  # «ثمانية اشخاص على الاقل قتلوا»
    # «تعرض X لهجوم»: who undergoes the attack is its target
    if not is_noun or verb != trig[0]:
        if strip_conj(verb_word) in _UNDERGO:
            # (not the agent after «من»: «تعرضت السفينة لهجوم من قراصنة»)
            near = [p for p in before if p.last >= verb - 3] + [
                p for p in after if p.first <= verb + 2 and ffold(toks[p.first - 1].norm) != "من"]
            if near and not targets:
                targets.append(near[0])
            passive = True
    # «تعرض المرجع الشيعي علي السيستاني لمحاولة اغتيال»: the undergoer of a noun trigger
    # whose «تعرض» stands further back
    undergone = False
    if is_noun and not targets:
        away = undergoer(doc, lex, trig[0], cs, skip)
        if away is not None:
            targets.append(away)
            undergone = True  # the phrases before the noun are the undergoer's, not the doer's
    # 4b. a claim of responsibility names the doer: «تبنت الحركة المسؤولية عن عملية تفجير ... وقتل»
    if not actors:
        away = claimant(doc, lex, trig[0], s_start, skip)
        if away is not None:
            actors.append(away)
    # 4c. «أقر التحالف الدولي أنه نفذ ضربات»: after «أنه» the speaker is the subject
    if not actors and not is_noun and not passive:
        away = speaker_subject(doc, lex, verb, s_start, skip)
        if away is not None:
            actors.append(away)
    # 5. the subject
    if not actors and not is_noun and not passive:
        if prev_word in _RELATIVES:
            # «المواطنين الشيعة الذين يحتجون»: the antecedent
            # (definite adjectives and a comma may stand between: «المواطنين الشيعة الغاضبين، الذين»)
            ante = [p for p in phrases(doc, lex, max(s_start, vq - 7), vq - 1, skip) if p.last >= vq - 4 or all(
                toks[k].norm in "،," or starts_definite(toks[k].norm) for k in range(p.last + 1, vq - 1))]
            # (for a protest any people: «المواطنين الشيعة الغاضبين، الذين يحتجون»)
            if ante and (protest or not is_victim(doc, ante[-1], protest)):
                actors.append(ante[-1])
        elif before and (_plural_verb(verb_word) or prev_word in ("قد", "وقد", "كانوا", "وكانوا")):
            # «كان متظاهرون بمدينة العريش قد حطموا»: the subject came first
            # «ثلاثة مهاجمين قادوا»: before the verb a counted armed phrase is the subject
            # armed men first: «اقتحم مسلحون مهبطا في وسط الصومال وخطفوا» (not the place)
            # (a coordinated verb «وخطفوا» shares the first verb's subject: the first armed phrase)
            order = before if verb_word.startswith("و") else list(reversed(before))
            # (for a protest, protesters first: «الآلاف من المتظاهرين من تلاميذ ... وطلاب ... تدفقوا»)
            lead = "protester" if protest else "armed"
            subj = next((q for q in order if q.role == lead or protest and any(
                "protester" in lex.classes(ffold(toks[k].norm)) for k in range(q.first, q.last + 1))), None) or next(
                (q for q in reversed(before) if not is_victim(doc, q, protest) and not _loc_entity(doc, q)), None)
            if subj is not None:
                actors.append(subj)
        elif before and before[-1].last >= vq - 2 and not is_victim(doc, before[-1], protest):
            actors.append(before[-1])  # «قوات الأمن الباكستانية قتلت»
    # 5a. (before the phrases next to the verb are taken) «الهجوم الذي نفذه مسلحون»: a verb of carrying out names the doer after it
    if not actors:
        away = relative_doer(doc, lex, trig[1], s_end, skip)
        if away is not None:
            actors.append(away)
    # an attack noun's agent after it: «غارات جوية أميركية»، «القصف الإسرائيلي» (also
    # after a verb of happening: «أسفرت غارات جوية أميركية عن»)
    if not actors and (is_noun or verb < trig[0]):
        away = noun_agent(doc, lex, trig[1], s_start, ce, skip)
        if away is not None:
            actors.append(away)
    # 5b. a killing told in the passive was done by the agent of the attack that caused it
    # («قتلوا جراء ضربة جوية أميركية»، «قتلوا في مواجهات مع قوات الأمن»), before the phrases
    # next to the verb are taken as its victims or subject
    if not actors and (passive or (is_noun and _masdar_core(ffold(toks[trig[1]].norm)) in ("مقتل", "مصرع"))):
        taken = {k for p in targets for k in range(p.first, p.last + 1)}
        away = cause_agent(doc, lex, max(verb, trig[1]), s_start, s_end, skip | taken)
        if away is not None:
            actors.append(away)
    # 5d. the words right after a support verb, before its noun, are its subject («وشنت
    # طيران التحالف ... غاراته»); a counted crowd right after a verb is its subject
    # («تظاهر أعداد كبيرة من الأميركيين»)
    if not actors and not passive and verb < trig[0] - 1:
        away = support_subject(doc, lex, trig[0], verb, skip, only=verb)
        if away is not None:
            actors.append(away)
    if not actors and is_noun and not protest:
        away = support_subject(doc, lex, trig[0], cs, skip)
        if away is not None:
            actors.append(away)
    if not actors and not passive and not is_noun:
        away = counted_subject(doc, max(verb, trig[1]) + 1, ce)
        if away is not None:
            actors.append(away)
    if not actors:
        first_after = next((p for p in after if p not in targets), None)
        if first_after is not None and first_after.first - verb <= 5 and not (
            not is_noun and _plural_verb(verb_word) and first_after.role != "entity"
        ):
            armed_counted = first_after.role == "armed" and first_after.first == verb + 1 and not passive
            if (is_victim(doc, first_after, protest) or passive) and not is_noun and not armed_counted:
                targets.insert(0, first_after)
            elif not is_noun or first_after.role in ("armed", "protester", "entity") and first_after.first - trig[1] <= 2:
                actors.append(first_after)
                if subtype in _TRANSITIVE and not targets:
                    nxt = next((p for p in after if p.first > first_after.last and p not in targets), None)
                    if nxt is not None and nxt.first - first_after.last <= 3:
                        targets.append(nxt)
        if not actors and before and not undergone:
            p = before[-1]
            said = p.first > 0 and "speech" in lex.classes(ffold(toks[p.first - 1].norm))
            if is_noun and not protest and p.role not in ("armed", "entity"):
                said = True  # «توافد عشرات المواطنين للتبرع... في تفجير»: bystanders, not actors
            if is_noun and protest and p.role not in ("protester", "agent", "entity"):
                said = True  # «مقتل 28 شخصا خلال مظاهرات»: victims, not protesters
            # «أعلنت الشرطة مقتل...»: the subject of a speech verb is the speaker, not the actor
            if not is_victim(doc, p, protest) and trig[0] - p.last <= 6 and not (is_noun and said):
                actors.append(p)
    elif subtype in _TRANSITIVE and not targets:
        v = next((p for p in after if p not in actors and is_victim(doc, p)), None)
        if v is not None:
            targets.append(v)
    # 5c. «قوة من الشرطة قامت بمداهمة الجامع واعتدت على المصلين»: a coordinated verb shares
    # the first predicate's subject
    if not actors and not is_noun and not passive:
        away = coordinated_subject(doc, lex, verb, s_start, skip)
        if away is not None:
            actors.append(away)
    if not is_noun and not actors and not passive and strip_conj(verb_word) not in ("تم", "يتم", "جري"):
        # no known noun: a definite phrase right after the verb (VSO) or right before it
        # (not for «تم»: a passive has no subject)
        bp = bare_phrase(doc, lex, verb + 1, ce, skip)
        if bp is not None and starts_definite(toks[bp.first].norm) and bp.first - verb <= 3 \
                and not _plural_verb(verb_word):
            actors.append(bp)
        elif verb - 1 >= cs and ffold(toks[verb - 1].norm) not in _STOP and toks[verb - 1].is_arabic:
            k = verb - 1
            while k - 1 >= cs and k > verb - 3 and toks[k - 1].is_arabic and ffold(toks[k - 1].norm) not in _STOP \
                    and ffold(toks[k - 1].norm) not in ("ان", "بان", "انه", "كان", "وكان"):
                k -= 1
            # after «ان», «كان» or at the start of the clause («: سلاح الجو الإسرائيلي يشن»)
            ok_words = all(len(strip_conj(ffold(toks[q].norm))) >= 2 and strip_conj(ffold(toks[q].norm)) not in _STOP
                           for q in range(k, verb))
            if ok_words and (k == cs or ffold(toks[k - 1].norm) in ("ان", "بان", "وكان", "كان", "لكن")):
                actors.append(Phrase(k, verb - 1, k, "np", None))
    # 6. the object: the next phrase after the verb and its subject
    if not is_noun and not targets and subtype in _TRANSITIVE:
        frm = max([verb, trig[1]] + [p.last for p in actors if p.first > verb]) + 1
        while frm < ce and toks[frm].norm in _QUOTES:
            frm += 1  # «اختطفوا» أمس منسقها
        bp = bare_phrase(doc, lex, frm, ce, skip)
        if bp is not None and bp.first - frm <= 3:
            targets.append(bp)
    # a suicide bombing is done by the suicide bomber named in the sentence: «انتحاريا يقود
    # سيارة مفخخة، فجر نفسه قرب موكب»
    if subtype == "suicide_bomb" and not any("انتحاري" in ffold(" ".join(t.norm for t in toks[p.first:p.last + 1]))
                                             for p in actors):
        # (a person, not the adjective of an attack: «المتهمين بالهجوم الانتحاري»)
        bomber = [p for p in phrases(doc, lex, s_start, s_end, skip)
                  if ffold(toks[p.head].norm).lstrip("و").startswith(("انتحاري", "الانتحاري"))
                  and not (p.head > s_start and _attack_noun(ffold(toks[p.head - 1].norm)))]
        if bomber:
            actors = [min(bomber, key=lambda p: abs(p.head - verb))]
    # what a protest is against («احتجاجا على حملة اليمين»، «مطالبين برحيل السلطات»)
    if protest and not targets:
        away = protest_target(doc, lex, trig[1], s_end, skip)
        if away is not None and not any(a.first <= away.first <= a.last for a in actors):
            targets.append(away)
    # 7. protests are done by protesters, not by the police around them
    if protest and (not actors or actors[0].role == "armed"):
        crowd = [p for p in phrases(doc, lex, s_start, s_end, skip) if p.role == "protester"]
        if crowd:
            actors = [min(crowd, key=lambda p: abs(p.head - verb))]
    # a phrase that opens with a means word is how it was done, neither doer nor target
    actors = [p for p in actors if not _means(toks[p.first].norm)]
    targets = [p for p in targets if not _means(toks[p.first].norm)]
    seen: set[tuple[int, int]] = set()
    out_a = []
    tspans = [(p.first, p.last) for p in targets]
    for p in actors:
        if any(p.first <= b and a <= p.last for a, b in tspans):
            continue  # «اغتيال الشهيد محمد الزواري»: a victim is not also the actor
        if (p.first, p.last) not in seen:
            seen.add((p.first, p.last))
            out_a.append(source_of(doc, p))
    out_t = []
    for p in targets:
        if (p.first, p.last) not in seen:
            seen.add((p.first, p.last))
            out_t.append(source_of(doc, p))
    return out_a, out_t


