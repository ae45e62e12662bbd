"""Event arguments: actors, targets, place, date, fatalities and the reporting claim.

Actors and targets are noun phrases around the trigger (no parser: positions and cue words):

1. candidate phrases are entity mentions (``doc.entities``) and common nouns of the context
   lexicon (armed: مسلحون، القوات، الجيش; protesters: المتظاهرون; victims: مدنيين، شخصا;
   other agents: الطلاب، السلطات), each extended over the next words that modify it
   (القوات الاميركية, جنود المارينز) and started at a number or quantifier before it (28
   متطوعا، عشرات المواطنين);
2. for a verb, the actor is the first phrase after it in its clause (Arabic VSO: «قصفت
   الطائرات») unless that phrase is a victim (then it is the target of a passive or
   intransitive verb: «قتل 20 شخصا»), else the last phrase before it (SVO: «مسلحون
   اقتحموا»); for a noun trigger the support verb before it stands in for the verb
   («شن الجيش غارة»), else the nearest agent phrase before it in the clause;
3. targets follow «على»، «ضد»، «استهدف»، «باتجاه» after the trigger, or are the second phrase
   after a transitive verb («خطف مسلحون القنصل»);
4. actors named after «على يد»، «من قبل»، «برصاص» are actors wherever they are.

Place: the place record nearest to the trigger in its sentence (after it first). Date: the
date record nearest to the trigger in its sentence, else none. Fatalities: the quantity with
unit ``killed`` nearest to the trigger in its sentence. Claim: the innermost claim whose
content contains the trigger.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from ..document import Doc
from ..schema import Claim, Fatalities, Source
from ..segment import Token
from .filters import clause_bounds
from .lexicon import SUBTYPE_TYPE, Lexicon, ffold, readings

__all__ = ["Phrase", "claim_for", "date_for", "fatalities_for", "find_actors", "phrases", "place_for"]

# Words that stop a phrase's extension (prepositions, relatives, conjunctions, time words).
_STOP = frozenset(ffold(w) for w in
    "في علي على من الي الى عن مع بعد قبل امام قرب خلال منذ حيث الذي التي الذين اللذين "
    "ان انه انها كما بين ضد عند لدى لدي حتي حتى او ثم قد كان كانت امس اليوم يوم وهو وهي "
    "مما ما بينهم منهم فيها فيه اثناء نحو وسط شمال جنوب شرق غرب ايضا جراء نتيجه اثر مرارا مجددا "
    "سابقا لاحقا فورا".split()
)
_QUANTIFIERS = frozenset(ffold(w) for w in {"عشرات", "مئات", "الاف", "آلاف", "الالاف", "عدد", "مجموعه", "بعض", "احد", "اثنين",
                                           "المئات", "العشرات", "الوف", "حشود", "مجموعات"})
_TARGET_CUES = frozenset(ffold(w) for w in {"علي", "على", "ضد", "باتجاه", "استهدف", "استهدفت", "استهدفوا", "تستهدف", "يستهدف",
                          "قرب", "امام", "لدي", "استهدفا"})
_AGENT_CUES = (("علي", "يد"), ("علي", "ايدي"), ("من", "قبل"), ("من", "طرف"))
_TRANSITIVE = frozenset({"attack", "abduction_forced_disappearance", "arrests", "shelling_artillery_missile_attack",
                         "air_drone_strike", "armed_clash", "threat"})
_EXTEND = 3  # words a phrase may extend over after its head
# Nouns whose genitive is the one they happened to (not the one who did it).
_OBJECT_MASDARS = frozenset({"مقتل", "اغتيال", "اختطاف", "خطف", "اعتقال", "قتل", "اعدام", "تعذيب", "استهداف", "مصرع"})
_NISBA = ("ي", "يه", "يون", "يين", "يان", "ين")


def _masdar_core(w: str) -> str:
    for _, stem, suf in readings(w):
        if not suf and stem in _OBJECT_MASDARS:
            return stem
    return w


def _strip_article(w: str) -> str:
    return w[2:] if w.startswith("ال") else w


def _starts_definite(norm: str) -> bool:
    return _definite(ffold(norm))


def _definite(w: str) -> bool:
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
        last = i
        head_def = _definite(ffold(toks[i].norm))
        genitive = False
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
            # genitive (جنود المارينز), then stops.
            if head_def and not (_definite(w) and w.endswith(_NISBA)):
                break  # «القوات الاميركية», but not «المتظاهرون | الطرقات العامة»
            if not head_def and not _definite(w) and not w.endswith(_NISBA):
                break
            if genitive and not w.endswith(_NISBA):
                break  # after «قوات الأمن» only adjectives: «الباكستانية»
            last = k
            if not head_def and _definite(w):
                genitive = True
        # «مئات من طلبة المدارس», «الآلاف من المتظاهرين»: a quantifier takes «من» and the
        # counted phrase (at most three words) with it
        hw = ffold(toks[i].norm)
        if (hw in _QUANTIFIERS or _strip_article(hw) in _QUANTIFIERS or hw in ("حشود", "حشد")) \
                and last + 2 < end and ffold(toks[last + 1].norm) == "من" and toks[last + 2].is_arabic:
            k = last + 2
            while k + 1 < end and k + 1 - (last + 2) < 2 and toks[k + 1].is_arabic \
                    and ffold(toks[k + 1].norm) not in _STOP and _definite(ffold(toks[k + 1].norm)):
                k += 1
            last = k
        out.append(Phrase(first, last, i, role, None))
        i = last + 1
    return out


def _source(doc: Doc, p: Phrase) -> Source:
    if p.start >= 0:
        return doc.source(p.start, p.end, p.entity)
    return doc.source(doc.tokens[p.first].start, doc.tokens[p.last].end, p.entity)


def _is_victim(doc: Doc, p: Phrase, protest: bool = False) -> bool:
    """Victims and counted phrases («تسعة جنود», «47 ارهابيا») are targets, not actors;
    in a protest counted people are the protesters («نحو 500 متظاهر»)."""
    if protest:
        return p.role == "victim" and p.first == p.head
    return p.role == "victim" or p.first < p.head


def _bare_phrase(doc: Doc, lex: Lexicon, i: int, end: int, skip: set[int]) -> Phrase | None:
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
        if len(_strip_conj(w)) < 2 or _strip_conj(w) in _STOP:
            break  # «و», «وقد»
        if not (t.is_arabic or t.is_digit) or w in _STOP or lex.classes(w) & {"support", "time", "speech"}:
            break
        if any(st in _STOP for _, st, _ in readings(w)):
            break  # «عليه», «منهم»: a preposition with a pronoun
        if j > i and w[:1] in ("و", "ف") and len(w) > 3 and not _definite(w[1:]):
            break  # «جنديان اميركيان | واصيب»: و before an indefinite word starts a new clause
        j += 1
    if j == i:
        return None
    return Phrase(i, j - 1, i, "np", None)


# Verbs of killing and wounding whose voice must be guessed (no vowels in news text).
_KILL_STEMS = frozenset({"قتل", "اصيب", "جرح", "اغتيل", "خطف", "اختطف", "ذبح", "اعدم"})
# Verbs of undergoing: «تعرض لهجوم»
_UNDERGO = frozenset({"تعرض", "تعرضت", "تعرضوا", "تتعرض", "يتعرض", "بتعرض", "لتعرض", "تعرضها", "تعرضه"})


def _strip_conj(w: str) -> str:
    return w[1:] if len(w) > 3 and w[0] in "وف" else w


def _kill_verb(w: str) -> bool:
    core = _strip_conj(w)
    for suf in ("", "ت", "وا", "ا", "تا"):
        if suf and not core.endswith(suf):
            continue
        if (core[: len(core) - len(suf)] if suf else core) in _KILL_STEMS:
            return True
    return False


def prev_is_qad(toks: Sequence[Token], verb: int, lo: int) -> bool:
    return verb - 1 >= lo and ffold(toks[verb - 1].norm) in ("قد", "وقد")


def _objects_after(doc: Doc, lex: Lexicon, verb: int, ce: int, skip: set[int], after: list[Phrase]) -> list[Phrase]:
    """Up to two noun phrases right after a verb, not after a preposition (lexicon phrases,
    else bare ones): «قتل جنديان اميركيان»، «قتل مفجر انتحاري 42 مجندا»."""
    out: list[Phrase] = []
    i = verb + 1
    toks = doc.tokens
    while i < ce and len(out) < 2:
        if "time" in lex.classes(ffold(toks[i].norm)):
            i += 1
            continue
        w = ffold(toks[i].norm)
        if w in _STOP or not (toks[i].is_arabic or toks[i].is_digit) or toks[i].norm[:1] == "ب":
            break
        if w[:1] in ("و", "ف") and len(w) > 3 and not _definite(w[1:]) and "number" not in lex.classes(w):
            break  # «قتلوا | واصيب»: a new clause
        p = next((q for q in after if q.first == i), None) or _bare_phrase(doc, lex, i, ce, skip)
        if p is None or (out and ffold(toks[i].norm)[:1] in ("و", "ف")):
            break
        out.append(p)
        i = p.last + 1
    return out


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
    cs, ce = clause_bounds(toks, verb, s_start, s_end)
    _, ce2 = clause_bounds(toks, trig[1], s_start, s_end)
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
    prev_word = ffold(toks[verb - 1].norm) if verb > s_start else ""
    # 1. explicit agents: «على أيدي (أفراد من) الشرطة», «من قبل», «من طرف», «برصاص»
    agent_at = [k for k in range(max(cs, 1), ce) if (ffold(toks[k - 1].norm), ffold(toks[k].norm)) in _AGENT_CUES]
    for p in cands:
        if any(0 < p.first - k <= 3 for k in agent_at):
            actors.append(p)
        elif p.first >= 1 and ffold(toks[p.first - 1].norm) in ("برصاص", "بنيران"):
            actors.append(p)
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
                bp = _bare_phrase(doc, lex, k + 1, ce, skip)
                if bp is not None and bp.first == k + 1:
                    targets.append(bp)
                break
    # 3. «اغتيال شكري بلعيد», «مقتل ريجيني»: the genitive of these nouns is the victim
    if is_noun and not targets and _masdar_core(ffold(toks[trig[1]].norm)) in _OBJECT_MASDARS:
        nxt = next((p for p in after if p.first <= trig[1] + 1), None) or _bare_phrase(doc, lex, trig[1] + 1, ce, skip)
        if nxt is not None and nxt.first == trig[1] + 1:
            targets.append(nxt)
            after = [p for p in after if p is not nxt]
    # 4. voice of kill/injure verbs: news writes «قُتل 20 شخصا» and «ثمانية أشخاص قُتلوا»
    # (passive: the phrase is the victim); the active has an object after its subject
    # («قتلت القوات الأمريكية 11 مسلحا»، «وقتل مفجر انتحاري 42 مجندا»)
    verb_word = ffold(toks[verb].norm)
    passive = False
    if not is_noun and _kill_verb(verb_word) and not actors:
        nps = _objects_after(doc, lex, verb, ce, skip, after)
        subj_before = bool(before) and (before[-1].last >= verb - 2 or prev_is_qad(toks, verb, s_start))
        if subj_before and nps and not _is_victim(doc, before[-1]):
            pass  # active SVO: handled below
        elif len(nps) >= 2 and not _is_victim(doc, nps[0]):
            pass  # active VSO
        else:
            passive = True
            if nps:
                targets.append(nps[0])
                after = [p for p in after if p is not nps[0]]
            elif before and (before[-1].last >= verb - 4 or prev_is_qad(toks, verb, s_start)):
                targets.append(before[-1])  # «ثمانية اشخاص على الاقل قتلوا»
    # «تعرض X لهجوم»: who undergoes the attack is its target
    if not is_noun or verb != trig[0]:
        if _strip_conj(verb_word) in _UNDERGO:
            near = [p for p in before if p.last >= verb - 3] + [p for p in after if p.first <= verb + 2]
            if near and not targets:
                targets.append(near[0])
            passive = True
    # 5. the subject
    if not actors and not is_noun and not passive:
        if prev_word in _RELATIVES:
            # «المواطنين الشيعة الذين يحتجون»: the antecedent
            ante = [p for p in phrases(doc, lex, max(s_start, verb - 6), verb - 1, skip) if p.last >= verb - 4]
            if ante and not _is_victim(doc, ante[-1], protest):
                actors.append(ante[-1])
        elif before and (_plural_verb(verb_word) or prev_word in ("قد", "وقد", "كانوا", "وكانوا")):
            # «كان متظاهرون بمدينة العريش قد حطموا»: the subject came first
            # «ثلاثة مهاجمين قادوا»: before the verb a counted armed phrase is the subject
            subj = next((q for q in reversed(before)
                         if q.role == "armed" or not _is_victim(doc, q, protest)), None)
            if subj is not None:
                actors.append(subj)
        elif before and before[-1].last >= verb - 2 and not _is_victim(doc, before[-1], protest):
            actors.append(before[-1])  # «قوات الأمن الباكستانية قتلت»
    if not actors:
        first_after = next((p for p in after if p not in targets), None)
        if first_after is not None and first_after.first - verb <= 5 and not (
            not is_noun and _plural_verb(verb_word) and first_after.role != "entity"
        ):
            armed_counted = first_after.role == "armed" and first_after.first == verb + 1 and not passive
            if (_is_victim(doc, first_after, protest) or passive) and not is_noun and not armed_counted:
                targets.insert(0, first_after)
            elif not is_noun or first_after.role in ("armed", "protester", "entity") and first_after.first - trig[1] <= 2:
                actors.append(first_after)
                if subtype in _TRANSITIVE and not targets:
                    nxt = next((p for p in after if p.first > first_after.last and p not in targets), None)
                    if nxt is not None and nxt.first - first_after.last <= 3:
                        targets.append(nxt)
        if not actors and before:
            p = before[-1]
            said = p.first > 0 and "speech" in lex.classes(ffold(toks[p.first - 1].norm))
            if is_noun and not protest and p.role not in ("armed", "entity"):
                said = True  # «توافد عشرات المواطنين للتبرع... في تفجير»: bystanders, not actors
            if is_noun and protest and p.role not in ("protester", "agent", "entity"):
                said = True  # «مقتل 28 شخصا خلال مظاهرات»: victims, not protesters
            # «أعلنت الشرطة مقتل...»: the subject of a speech verb is the speaker, not the actor
            if not _is_victim(doc, p, protest) and trig[0] - p.last <= 6 and not (is_noun and said):
                actors.append(p)
    elif subtype in _TRANSITIVE and not targets:
        v = next((p for p in after if p not in actors and _is_victim(doc, p)), None)
        if v is not None:
            targets.append(v)
    if not is_noun and not actors and not passive and _strip_conj(verb_word) not in ("تم", "يتم", "جري"):
        # no known noun: a definite phrase right after the verb (VSO) or right before it
        # (not for «تم»: a passive has no subject)
        bp = _bare_phrase(doc, lex, verb + 1, ce, skip)
        if bp is not None and _starts_definite(toks[bp.first].norm) and bp.first - verb <= 3 \
                and not _plural_verb(verb_word):
            actors.append(bp)
        elif verb - 1 >= cs and ffold(toks[verb - 1].norm) not in _STOP and toks[verb - 1].is_arabic:
            k = verb - 1
            while k - 1 >= cs and k > verb - 3 and toks[k - 1].is_arabic and ffold(toks[k - 1].norm) not in _STOP \
                    and ffold(toks[k - 1].norm) not in ("ان", "بان", "انه", "كان", "وكان"):
                k -= 1
            # after «ان», «كان» or at the start of the clause («: سلاح الجو الإسرائيلي يشن»)
            ok_words = all(len(_strip_conj(ffold(toks[q].norm))) >= 2 and _strip_conj(ffold(toks[q].norm)) not in _STOP
                           for q in range(k, verb))
            if ok_words and (k == cs or ffold(toks[k - 1].norm) in ("ان", "بان", "وكان", "كان", "لكن")):
                actors.append(Phrase(k, verb - 1, k, "np", None))
    # 6. the object: the next phrase after the verb and its subject
    if not is_noun and not targets and subtype in _TRANSITIVE:
        frm = max([verb, trig[1]] + [p.last for p in actors if p.first > verb]) + 1
        bp = _bare_phrase(doc, lex, frm, ce, skip)
        if bp is not None and bp.first - frm <= 3:
            targets.append(bp)
    # 7. protests are done by protesters, not by the police around them
    if protest and (not actors or actors[0].role == "armed"):
        crowd = [p for p in phrases(doc, lex, s_start, s_end, skip) if p.role == "protester"]
        if crowd:
            actors = [min(crowd, key=lambda p: abs(p.head - verb))]
    seen: set[tuple[int, int]] = set()
    out_a = []
    tspans = [(p.first, p.last) for p in targets]
    for p in actors:
        if any(p.first <= b and a <= p.last for a, b in tspans):
            continue  # «اغتيال الشهيد محمد الزواري»: a victim is not also the actor
        if (p.first, p.last) not in seen:
            seen.add((p.first, p.last))
            out_a.append(_source(doc, p))
    out_t = []
    for p in targets:
        if (p.first, p.last) not in seen:
            seen.add((p.first, p.last))
            out_t.append(_source(doc, p))
    return out_a, out_t


def _nearest(records: Sequence, lo: int, hi: int, at: int) -> str | None:
    """Id of the record in ``[lo, hi)`` (original offsets) nearest to ``at``, ties after."""
    best: tuple[int, int, str] | None = None
    for r in records:
        start = getattr(r, "start", None)
        if start is None or not lo <= start < hi:
            continue
        d = abs(start - at)
        key = (d, 0 if start >= at else 1, r.id)
        if best is None or key < best:
            best = key
    return best[2] if best else None


_LOCATIVE = frozenset({"في", "قرب", "داخل", "شمال", "جنوب", "شرق", "غرب", "وسط", "امام", "بمدينه", "بمنطقه",
                       "بولايه", "بمحافظه", "مدينه", "منطقه", "ولايه", "محافظه", "بلده", "قريه", "حي", "ضواحي"})


def place_for(doc: Doc, sent: tuple[int, int], at: int, avoid: frozenset[int] = frozenset()) -> str | None:
    """The place record nearest to the trigger in its sentence among those named as where
    («في بروكسل», «بمدينة»), or the sentence's only place; a place right after another
    event's trigger (``avoid``: token indices, «هجمات باريس») belongs to that event."""
    toks = doc.tokens
    starts = [t.start for t in toks]
    best: tuple[int, int, int, str] | None = None
    # a place record is one span, but its entity may be mentioned again later in the text
    ents = {e.id: e for e in doc.entities}
    in_sent: list[tuple[int, str]] = []
    for p in doc.places:
        spots = {p.start}
        ent = ents.get(p.entity) if p.entity else None
        if ent is not None:
            spots |= {m.start for m in ent.mentions}
        in_sent += [(st, p.id) for st in sorted(spots) if sent[0] <= st < sent[1]]
    for start, pid in in_sent:
        i = bisect_right(starts, start) - 1
        prev = toks[i - 1] if i > 0 else None
        if prev is not None and prev.i in avoid:
            continue
        w = ffold(toks[i].norm) if i >= 0 else ""
        locative = (prev is not None and ffold(prev.norm) in _LOCATIVE) or w.startswith(("ب", "وب"))
        if not locative and len(in_sent) > 1:
            continue  # «الحدود مع فرنسا»: with several places, only one named as where
        key = (0 if locative else 1, abs(start - at), 0 if start >= at else 1, pid)
        if best is None or key < best:
            best = key
    return best[3] if best else None


def date_for(doc: Doc, sent: tuple[int, int], at: int) -> str | None:
    return _nearest(doc.dates, sent[0], sent[1], at)


# Counted people next to a word of killing are the dead even when the quantities step gave
# them a people unit: «ثمانية أشخاص قتلوا», «مقتل 5 أشخاص».
_PEOPLE_UNITS = frozenset({"people", "soldiers", "civilians", "children", "fighters", "other"})
_KILL_WORDS = frozenset({"قتل", "قتلوا", "قتلا", "قتلت", "مقتل", "قتلي", "قتيل", "قتيلا", "حتفه", "حتفهم",
                         "حتفها", "مصرع", "مصرعه", "مصرعهم", "مصرعها"})


def _next_to_kill_word(doc: Doc, start: int, end: int) -> bool:
    toks = doc.tokens
    first = next((t.i for t in toks if t.start >= start), None)
    last = next((t.i for t in reversed(toks) if t.end <= end), None)
    if first is None or last is None:
        return False
    near = [k for k in (first - 1, last + 1) if 0 <= k < len(toks)]
    return any(_strip_conj(ffold(toks[k].norm)) in _KILL_WORDS or ffold(toks[k].norm) in _KILL_WORDS for k in near)


def fatalities_for(doc: Doc, sent: tuple[int, int], at: int) -> Fatalities | None:
    """The killed quantity nearest to the trigger in its sentence; else a count of people
    right next to a word of killing (the token just before or just after it)."""
    in_sent = [q for q in doc.quantities if sent[0] <= q.start < sent[1]]
    killed = [q for q in in_sent if q.unit == "killed"]
    if not killed:
        killed = [q for q in in_sent if q.unit in _PEOPLE_UNITS and _next_to_kill_word(doc, q.start, q.end)]
    if not killed:
        return None
    q = min(killed, key=lambda q: abs(q.start - at))
    return Fatalities(min=q.min, best=q.best, max=q.max)


def claim_for(claims: Sequence[Claim], start: int, end: int) -> Claim | None:
    inside = [c for c in claims if c.content.start <= start and end <= c.content.end]
    return min(inside, key=lambda c: c.content.end - c.content.start) if inside else None


def casualty_in(doc: Doc, sent: tuple[int, int]) -> bool:
    """Does the sentence hold a date record or a casualty quantity (killed, wounded...)?"""
    units = {"killed", "wounded", "detained", "missing", "displaced"}
    # only a day-precise date anchors: «2016» or «مارس» alone may be a general time frame
    return any(sent[0] <= q.start < sent[1] and q.unit in units for q in doc.quantities) or any(
        sent[0] <= d.start < sent[1] and d.precision == "day" for d in doc.dates
    )

