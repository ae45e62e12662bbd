"""Stage 5 of the actor cascade (:func:`khabar.events.arguments.find_actors`): the doer of
a trigger when no explicit agent named it: the subject (the antecedent of a relative, before a
plural verb or «قد», right before the verb), the doer of the act named elsewhere in the
sentence, the phrases next to the trigger, a coordinated verb's subject, a bare phrase."""

from __future__ import annotations

from .actor_frame import RELATIVES, TRANSITIVE, Frame, add, loc_entity
from .agents import cause_agent, noun_agent, relative_doer
from .lexicon import ffold
from .phrases import _STOP, Phrase, bare_phrase, is_victim, phrases, starts_definite, strip_conj
from .verb_subjects import coordinated_subject, counted_subject, support_subject
from .voice import masdar_core, plural_verb

__all__ = ["bare_subject", "doer_of_the_act", "phrases_next_to_it", "subject"]


def subject(f: Frame) -> None:
    """5. the subject: the antecedent of a relative, before a plural verb or «قد», or right
    before the verb."""
    if f.actors or f.is_noun or f.passive:
        return
    doc, lex, toks, before, vq = f.doc, f.lex, f.doc.tokens, f.before, f.vq
    if f.prev_word in RELATIVES:
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
            (q for q in reversed(before) if not is_victim(doc, q, f.protest) and not loc_entity(doc, q)), None)
        add(f.actors, subj)
    elif before and before[-1].last >= vq - 2 and not is_victim(doc, before[-1], f.protest):
        f.actors.append(before[-1])  # «قوات الأمن الباكستانية قتلت»


def doer_of_the_act(f: Frame) -> None:
    """The doer named elsewhere in the sentence, before the phrases next to the verb are taken."""
    doc, lex, verb, trig, skip = f.doc, f.lex, f.verb, f.trig, f.skip
    s_start, s_end = f.sent
    # 5a. «الهجوم الذي نفذه مسلحون»: a verb of carrying out names the doer after it
    if not f.actors:
        add(f.actors, relative_doer(doc, lex, trig[1], s_end, skip))
    # an attack noun's agent after it: «غارات جوية أميركية»، «القصف الإسرائيلي» (also
    # after a verb of happening: «أسفرت غارات جوية أميركية عن»)
    if not f.actors and (f.is_noun or verb < trig[0]):
        add(f.actors, noun_agent(doc, lex, trig[1], s_start, f.ce, skip))
    # 5b. a killing told in the passive was done by the agent of the attack that caused it
    # («قتلوا جراء ضربة جوية أميركية»، «قتلوا في مواجهات مع قوات الأمن»), before the phrases
    # next to the verb are taken as its victims or subject
    if not f.actors and (f.passive or (f.is_noun and masdar_core(ffold(doc.tokens[trig[1]].norm)) in ("مقتل", "مصرع"))):
        taken = {k for p in f.targets for k in range(p.first, p.last + 1)}
        add(f.actors, cause_agent(doc, lex, max(verb, trig[1]), s_start, s_end, skip | taken))
    # 5d. the words right after a support verb, before its noun, are its subject («وشنت
    # طيران التحالف ... غاراته»); a counted crowd right after a verb is its subject
    # («تظاهر أعداد كبيرة من الأميركيين»)
    if not f.actors and not f.passive and verb < trig[0] - 1:
        add(f.actors, support_subject(doc, lex, trig[0], verb, skip, only=verb))
    if not f.actors and f.is_noun and not f.protest:
        add(f.actors, support_subject(doc, lex, trig[0], f.cs, skip))
    if not f.actors and not f.passive and not f.is_noun:
        add(f.actors, counted_subject(doc, max(verb, trig[1]) + 1, f.ce))


def phrases_next_to_it(f: Frame) -> None:
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
                if f.subtype in TRANSITIVE and not f.targets:
                    nxt = next((p for p in f.after if p.first > first_after.last and p not in f.targets), None)
                    if nxt is not None and nxt.first - first_after.last <= 3:
                        f.targets.append(nxt)
        if not f.actors and f.before and not f.undergone:
            _last_before(f)
    elif f.subtype in TRANSITIVE and not f.targets:
        add(f.targets, next((p for p in f.after if p not in f.actors and is_victim(doc, p)), None))


def _last_before(f: Frame) -> None:
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


def bare_subject(f: Frame) -> None:
    """5c. a coordinated verb's subject, else a phrase the lexicon does not know right after or
    right before the verb."""
    if f.actors or f.is_noun or f.passive:
        return
    # «قوة من الشرطة قامت بمداهمة الجامع واعتدت على المصلين»: a coordinated verb shares
    # the first predicate's subject
    add(f.actors, coordinated_subject(f.doc, f.lex, f.verb, f.sent[0], f.skip))
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
