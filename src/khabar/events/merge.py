"""One event per occurrence told in a sentence.

Within a sentence, the kept mentions of one family (violence, abduction, protest, or one
strategic subtype each) are one occurrence: «قتل 20 شخصا حين انفجرت سيارة مفخخة» is one
bombing. Its trigger is the first verb mention (the predicate, which is what annotators
mark), else the first noun; its subtype is the most specific one among the mentions
(:data:`SPECIFICITY`). Across the article, :mod:`khabar.events.retellings` joins the
retellings of one occurrence; :mod:`khabar.events.anaphora` says which nouns refer back to an
occurrence told (its names are re-exported here).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..segment import Token
from .anaphora import GENERIC_VERBS, is_anaphoric, is_another, mark_definite
from .apart import split_another
from .clauses import clause_bounds
from .filters import CASUALTY_WORDS, family
from .lexicon import TERRITORY_SUBTYPES, ffold
from .triggers import Mention
from .wordlists import MERGE_WORDS

__all__ = ["GENERIC_VERBS", "MERGE_WORDS", "SPECIFICITY", "is_anaphoric", "is_another", "kind_of", "mark_definite",
           "only_casualties_before", "pick_subtype", "pick_trigger", "split_by_kind"]

#: Most specific first: a mention of a suicide bombing beats one of a killing.
SPECIFICITY: tuple[str, ...] = (
    "suicide_bomb", "air_drone_strike", "shelling_artillery_missile_attack", "remote_explosive",
    "grenade", "armed_clash", "government_regains_territory",
    "non_state_actor_overtakes_territory", "abduction_forced_disappearance", "sexual_violence",
    "attack", "violent_demonstration", "mob_violence", "excessive_force_against_protesters",
    "protest_with_intervention", "peaceful_protest",
)


def pick_subtype(mentions: list[Mention]) -> str:
    subs = {m.subtype for m in mentions}
    for s in SPECIFICITY:
        if s in subs:
            return s
    return mentions[0].subtype


def pick_trigger(mentions: list[Mention], tokens: Sequence[Token] | None = None) -> Mention:
    """The first verb mention (strong, weak, or found from its subject), else the first noun
    with a support verb right before it («خرجوا في مسيرات»), strong nouns first:
    annotators mark the predicate that comes first (tuned on the tune half: first strong verb
    0.761 recall, first verb 0.778, first mention 0.722). With ``tokens``, a verb guessed from
    its protester subject gives way to the protest act it introduces (:func:`_guessed_gives_way`)."""
    trig = _first_predicate(mentions)
    if tokens is not None and trig.entry.origin == _GUESSED_ORIGIN:
        act = _act_of_guessed(tokens, mentions, trig)
        if act is None:
            return trig
        if act.support < 0:
            act.support = trig.head  # its subject is the guessed verb's: «وبدأ المحتجون ... مرددين»
        return act
    if tokens is not None and trig.tense == "noun" and trig.entry.form not in _DEATHS and _caused(tokens, trig):
        return _named_before(mentions, trig) or trig
    return trig


# The dead and hurt an occurrence caused (the casualty nouns, and the killings that
# triggers.caused_killing reaches: «أدى إلى استشهاد 26 شخصا»).
_DEATHS = MERGE_WORDS.casualty_nouns | {"قتل", "استشهاد"}


def _caused(tokens: Sequence[Token], m: Mention) -> bool:
    """Is the noun what an occurrence caused: its support verb is one of causing and the noun its
    complement, after «عن/إلى/في» or with ب («وأسفرت عن إحراق»، «أدت إلى تدمير»، «تسببت بإحراق»)?
    (Not its subject: «وأسفرت المعارك ... عن مقتل»، «وأسفر الهجوم عن جرح» name the occurrence.)"""
    if m.support < 0 or m.first <= m.support:
        return False
    w = ffold(tokens[m.support].norm)
    if not (w in MERGE_WORDS.causing or (w[:1] in ("و", "ف") and w[1:] in MERGE_WORDS.causing)):
        return False
    return ffold(tokens[m.first - 1].norm) in ("عن", "الي", "في") or ffold(tokens[m.first].norm).startswith("ب")


def _named_before(mentions: list[Mention], result: Mention) -> Mention | None:
    """The class of the caused result (events-7c): what an occurrence caused is not its name.
    A strong noun naming the occurrence, told before the result in its group, is the trigger
    («وكانت أعمال الشغب قد اندلعت ... وأسفرت عن إحراق خمس سيارات»: the riot, not the burning;
    «الاشتباكات التي دارت ... أسفرت عن تدمير»). Not the killings: where a bare naming noun «أدى إلى
    مقتل», the UniversalPetrarch gold marks the killing (the rules of :func:`_first_predicate`)."""
    return next((m for m in mentions if m.tense == "noun" and m.entry.strong and m.first < result.first
                 and m.support < 0 and m.entry.form not in MERGE_WORDS.casualty_nouns
                 and m.entry.form not in GENERIC_VERBS), None)


def _first_predicate(mentions: list[Mention]) -> Mention:
    takings = [m for m in mentions if m.subtype in TERRITORY_SUBTYPES]
    if takings and all(m.tense == "noun" for m in mentions if m not in takings):
        # «وتمكنت الفصائل المقاتلة بعد سلسلة هجمات نفذتها ... من السيطرة على مواقع عدة»: the
        # attacks are how the territory was taken, the taking names the occurrence (ACLED codes
        # the taking; events-3b, SaudiNewsNet 2015 dev part G)
        return takings[0]
    naming = [m for m in mentions if m.entry.form not in MERGE_WORDS.casualty_nouns and m.entry.form not in GENERIC_VERBS]
    preds = [m for m in mentions if m.tense != "noun" or m.support >= 0]
    if any(m.tense == "noun" and m.entry.strong and m.support >= 0 for m in naming):
        # «ما أسفر عن مصرع» (a result) gives way to a noun naming the occurrence with its own
        # support verb: «شنت طائرات أخرى غارات مماثلة ... ما أسفر عن مصرع» (not to a bare
        # «الهجوم جرى ... أدى إلى مقتل»: the UniversalPetrarch gold marks «مقتل» there)
        preds = [m for m in preds if m.entry.form not in MERGE_WORDS.casualty_nouns or m.tense != "noun"]
    if any(m.tense == "noun" and m.entry.strong for m in naming):
        # «الغارات استهدفت»: what the strikes did gives way to the strikes
        preds = [m for m in preds if m.entry.form not in GENERIC_VERBS]
    # a weak noun («أدى إلى إصابة») gives way to a strong one («أسفر عن مقتل»)
    if any(m.tense == "noun" and m.entry.strong for m in preds):
        preds = [m for m in preds if m.tense != "noun" or m.entry.strong]
    if not any(m.tense != "noun" for m in preds):
        # among nouns, one naming the occurrence («اشتباكات») beats a tally of its dead
        # («سقطوا قتلى في اشتباكات»)
        naming = [m for m in mentions if m.tense == "noun" and m.entry.form not in MERGE_WORDS.casualty_nouns]
        # (a strong noun names the occurrence before a weak one, a weapon: «مصدر تلك القذائف
        # ... فيما شنت طائرات عددا من الغارات»)
        naming.sort(key=lambda m: not m.entry.strong)
        if naming and (not preds or preds[0].entry.form in MERGE_WORDS.casualty_nouns):
            return naming[0]
    return (preds or mentions)[0]


# How many words may stand between a verb guessed from its protester subject and the protest act
# that says what the protesters did («وقام المتظاهرون من ممثلي الأحزاب المعارضة للسلطة الرسمية
# بنصب خيامهم»: 9).
_GUESSED_REACH = 12


def _act_of_guessed(tokens: Sequence[Token], mentions: list[Mention], verb: Mention) -> Mention | None:
    """The class of the guessed protest verb (events-7c): a verb found only from its protester
    subject (``subjects.PROTESTER_VERB``: whatever verb stands before «المتظاهرون», often a verb
    of coming, going out or doing: «وجاء»، «وخرج»، «وقام») names no act by itself; a lexicon word
    of the protest family later in its clause says what the protesters did, and is the trigger:
    the circumstantial participle («وجاء المتظاهرون من ألمانيا ... مطالبين»، «وخرج المتظاهرون
    الى الشوارع ... مرددين هتافات»), or the noun of «قام ... بـ» («وقام المتظاهرون ... بنصب
    خيامهم»). The guessed verb stays a mention of the event. (A purpose noun, «احتجاجا على»،
    «للمطالبة», says why they went out, not what they did: the verb stays the trigger.)"""
    qama = ffold(tokens[verb.head].norm).lstrip("و") in MERGE_WORDS.qama
    return next((m for m in mentions if m.first > verb.last and m.type in ("protests", "riots")
                 and m.first - verb.last <= _GUESSED_REACH
                 and (_participle(tokens[m.head]) or (qama and ffold(tokens[m.head].norm).startswith("ب")))
                 and not any(_ends_clause(tokens[k]) for k in range(verb.last + 1, m.first))), None)


def _participle(tok: Token) -> bool:
    """An active participle in the plural (ـين), as protest reports tell what the crowd did
    while marching («مطالبين»، «مرددين»، «رافعين»، «منددين»، «هاتفين»); not a purpose
    («احتجاجا»), nor a noun after a preposition («على هتافات»: what came with the act)."""
    w = ffold(tok.norm)
    return w.endswith("ين") and len(w) >= 6 and w not in MERGE_WORDS.protest_purposes


_GUESSED_ORIGIN = "rule:protester-subject"


def _ends_clause(tok: Token) -> bool:
    """Punctuation or a clause word between a guessed verb and a later act: another clause."""
    return tok.norm in "،,؛;:.()«»\"؟?!" or ffold(tok.norm) in MERGE_WORDS.contrast


# ----------------------------------------------------------------------------- kinds
# Within one sentence the violence family may report several occurrences: dense war reports
# put a clash, an air strike and shelling elsewhere in one sentence («تستمر الاشتباكات ...،
# وترافق ذلك مع قصف الطيران ...، فيما قصفت قوات النظام الحولة»), and the gold articles count
# each. Specific mentions are grouped by their kind; generic ones (an attack, an explosion,
# the dead and wounded, a weapon) join the nearest kind, as they name the same occurrence
# («قتل 4 حوثيين ... بعد هجوم»; «لقي 41 متمردا مصرعهم في غارات»).
_KIND = {
    "armed_clash": "clash", "government_regains_territory": "clash", "non_state_actor_overtakes_territory": "clash",
    "air_drone_strike": "strike", "shelling_artillery_missile_attack": "strike",
    "remote_explosive": "bomb", "suicide_bomb": "bomb", "grenade": "bomb",
}
_DEVICES = frozenset({"remote_explosive", "suicide_bomb", "grenade"})


def _mention_kind(m: Mention) -> str | None:
    if m.entry.form in CASUALTY_WORDS or m.entry.form in MERGE_WORDS.explosion:
        return None
    # (nor does a territory noun: «وتمكنت المقاومة من السيطرة على عدة مناطق» is fighting, not
    # the air strikes told before)
    if m.tense == "noun" and not m.entry.strong and m.subtype != "armed_clash" and m.subtype not in TERRITORY_SUBTYPES:
        # a weapon or a weak noun (قذيفة، عبوة) names no occurrence by itself; a kept weak
        # clash noun does («قتل ثمانية في مواجهات مع قوات الشرعية، وشن طيران التحالف سبع
        # غارات»: a clash and the strikes)
        return None
    return _KIND.get(m.subtype)


def kind_of(mentions: list[Mention]) -> str | None:
    """The kind of violence a group of mentions reports (None: generic or not violence)."""
    for m in mentions:
        k = _mention_kind(m)
        if k:
            return k
    # an explosion of a device named with it is a bombing («جراء انفجار ألغام زرعها الحوثيون»):
    # not the clash or the strike told before (a device alone is a weapon, of no kind)
    blasts = {m.last + 1 for m in mentions if m.entry.form in MERGE_WORDS.explosion}
    if any(m.first in blasts and m.subtype in _DEVICES for m in mentions):
        return "bomb"
    return None



def _sequence_between(tokens: Sequence[Token], i: int, j: int) -> bool:
    return any(ffold(tokens[k].norm).lstrip("و") in MERGE_WORDS.sequence for k in range(i + 1, j))


def _contrast_between(tokens: Sequence[Token], i: int, j: int) -> bool:
    return any(ffold(tokens[k].norm) in MERGE_WORDS.contrast for k in range(i + 1, j))



# How many words a new act's noun may lie after its support verb («نفذ الطيران الحربي 3 غارات»:
# the subject and a count between them).
_NEW_ACT_SPAN = 4


def _opens_new_act(tokens: Sequence[Token], m: Mention, start: int) -> bool:
    """Is a noun the object of a new act in a list told in one sentence: «بينما/فيما/وسط» right
    before an agentive support verb, its verbal noun or a verb of falling, up to four words
    before the noun («بينما نفذ الطيران الحربي 3 غارات»، «وسط تنفيذ الطيران الحربي أربع
    غارات»، «بينما سقط صاروخ»)? The support detection reads no further than the subject; the
    list's acts are then joined to the first of their kind. (Not «وسط استمرار قصف»: a state.)"""
    for k in range(max(start + 1, m.first - _NEW_ACT_SPAN - 1), m.first):
        if ffold(tokens[k].norm) in MERGE_WORDS.new_act and ffold(tokens[k - 1].norm) in MERGE_WORDS.new_act_openers:
            return True
    return False


def _cause_of_death(tokens: Sequence[Token], m: Mention, start: int) -> bool:
    if m.tense != "noun" or m.first <= start or ffold(tokens[m.first - 1].norm) not in MERGE_WORDS.death_causes:
        return False
    cs = clause_bounds(tokens, m.first, start, m.first + 1)[0]
    return any(_is_death_verb(ffold(tokens[k].norm)) for k in range(cs, m.first - 1))


def _is_death_verb(w: str) -> bool:
    w = w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w
    return w in MERGE_WORDS.death_verbs



def split_by_kind(tokens: Sequence[Token], groups: dict[str, list[Mention]], start: int) -> dict[str, list[Mention]]:
    """Split each violence group of a sentence into one group per occurrence (see above), after
    cutting every group where a noun is marked as another occurrence (:func:`apart.split_another`)."""
    out: dict[str, list[Mention]] = {}
    for key, ms in split_another(tokens, groups).items():
        if not key.startswith("violence") or len(ms) < 2:
            out[key] = ms
            continue
        ms = sorted(ms, key=lambda m: m.first)
        clusters, kinds, opened = _kind_clusters(tokens, ms, start)
        if not clusters:
            out[key] = ms
            continue
        _join_generic(tokens, [m for m in ms if _mention_kind(m) is None and id(m) not in opened], clusters, kinds)
        for ci, c in enumerate(clusters):
            out[key if ci == 0 else f"{key}#{ci}"] = sorted(c, key=lambda m: m.first)
    return out


def _kind_clusters(tokens: Sequence[Token], ms: list[Mention], start: int
                   ) -> tuple[list[list[Mention]], list[str], set[int]]:
    """The specific mentions (in text order) grouped by kind: ``(clusters, their kinds, the ids
    of the mentions that open a new act)``."""
    clusters: list[list[Mention]] = []
    kinds: list[str] = []
    # a list of strikes in one sentence: each act opened by «بينما/وسط» is its own, a
    # weapon's fall too («... وسط تنفيذ الطيران الحربي أربع غارات على أماكن في منطقة غرز،
    # بينما نفذ الطيران الحربي 3 غارات على مناطق في بلدة اليادودة»; events-6e)
    opened = {id(m) for m in ms if m.tense == "noun" and not m.definite and m.subtype in _KIND
              and _opens_new_act(tokens, m, start)}
    for m in ms:
        k = _KIND[m.subtype] if id(m) in opened else _mention_kind(m)
        if k is None:
            continue
        if id(m) in opened:
            clusters.append([m])
            kinds.append(k)
            continue
        # (a definite cause of death names the one told: «كما قتل في الغارة ضابط»; events-6a)
        predicate = m.tense != "noun" or m.support >= 0 or (_cause_of_death(tokens, m, start) and not m.definite)
        for ci, c in enumerate(clusters):
            if kinds[ci] == k and not (predicate and _contrast_between(tokens, c[-1].last, m.first)):
                c.append(m)
                break
        else:
            clusters.append([m])
            kinds.append(k)
    return clusters, kinds, opened


def _join_generic(tokens: Sequence[Token], generic: list[Mention], clusters: list[list[Mention]],
                  kinds: list[str]) -> None:
    """Each generic mention joins the nearest cluster not told after it in sequence, or opens
    one of its own."""
    for g in generic:
        near = [ci for ci in range(len(clusters))
                if not all(_sequence_between(tokens, *sorted((g.first, x.first))) for x in clusters[ci])]
        if not near:
            # «ان الانفجار اعقبته اشتباكات»: what followed is another occurrence
            clusters.append([g])
            kinds.append("")
            continue
        best = min(near, key=lambda ci: min(abs(g.first - x.first) for x in clusters[ci]))
        clusters[best].append(g)


def only_casualties_before(kept: list[Mention], m: Mention, fam: str) -> bool:
    """«قتل 4 حوثيين ... بعد هجوم للمقاومة»: the dead told before «بعد» are the attack's
    result, so the attack is not an earlier occurrence."""
    if m.entry.form in CASUALTY_WORDS:
        return False
    before = [o for o in kept if o.first < m.first and family(o.subtype, o.type) == fam]
    # (or territory taken: «سيطروا على مديرية القفر عقب مواجهات» is one battle)
    return bool(before) and all(o.entry.form in CASUALTY_WORDS or o.subtype in TERRITORY_SUBTYPES for o in before)
