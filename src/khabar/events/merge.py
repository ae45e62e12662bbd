"""One event per real-world occurrence.

1. Within a sentence, the kept mentions of one family (violence, abduction, protest, or one
   strategic subtype each) are one occurrence: «قتل 20 شخصا حين انفجرت سيارة مفخخة» is one
   bombing. Its trigger is the first verb mention (the predicate, which is what annotators
   mark), else the first noun; its subtype is the most specific one among the mentions
   (:data:`SPECIFICITY`).
2. Across the article, a later event joins an earlier one of the same family when their
   dates and places do not conflict (different date values, different places) and they are
   at most three sentences apart, or share an actor or target.
   The first mention keeps its trigger; the subtype becomes the more specific one; empty
   arguments are filled from the later one. (The gold articles' tuning part showed one
   occurrence told over several sentences far more often than two occurrences of a family
   told without a place or date to tell them apart.) The first mention keeps its
   trigger; empty arguments are filled from the later one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from ..schema import Event
from ..segment import Token
from .apart import PlaceKey, dates_differ, km, next_day, places_conflict, wide
from .clauses import clause_bounds
from .filters import CASUALTY_WORDS, family
from .lexicon import SUBTYPE_TYPE, ffold, lexicon
from .triggers import Mention

__all__ = ["GENERIC_VERBS", "SPECIFICITY", "Told", "PlaceKey", "is_anaphoric", "is_another", "kind_of", "mark_definite", "merge_events", "only_casualties_before", "pick_subtype",
           "pick_trigger", "split_by_kind"]

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


# Territory taken or retaken (a taking names the battle it ends).
_TAKING_SUBTYPES = frozenset({"non_state_actor_overtakes_territory", "government_regains_territory"})


def pick_trigger(mentions: list[Mention]) -> Mention:
    """The first verb mention (strong, weak, or found from its subject), else the first noun
    with a support verb right before it («خرجوا في مسيرات»), strong nouns first:
    annotators mark the predicate that comes first (tuned on the tune half: first strong verb
    0.761 recall, first verb 0.778, first mention 0.722)."""
    takings = [m for m in mentions if m.subtype in _TAKING_SUBTYPES]
    if takings and all(m.tense == "noun" for m in mentions if m not in takings):
        # «وتمكنت الفصائل المقاتلة بعد سلسلة هجمات نفذتها ... من السيطرة على مواقع عدة»: the
        # attacks are how the territory was taken, the taking names the occurrence (ACLED codes
        # the taking; events-3b, SaudiNewsNet 2015 dev part G)
        return takings[0]
    naming = [m for m in mentions if m.entry.form not in _CASUALTY_NOUNS and m.entry.form not in _GENERIC_VERBS]
    preds = [m for m in mentions if m.tense != "noun" or m.support >= 0]
    if any(m.tense == "noun" and m.entry.strong and m.support >= 0 for m in naming):
        # «ما أسفر عن مصرع» (a result) gives way to a noun naming the occurrence with its own
        # support verb: «شنت طائرات أخرى غارات مماثلة ... ما أسفر عن مصرع» (not to a bare
        # «الهجوم جرى ... أدى إلى مقتل»: the UniversalPetrarch gold marks «مقتل» there)
        preds = [m for m in preds if m.entry.form not in _CASUALTY_NOUNS or m.tense != "noun"]
    if any(m.tense == "noun" and m.entry.strong for m in naming):
        # «الغارات استهدفت»: what the strikes did gives way to the strikes
        preds = [m for m in preds if m.entry.form not in _GENERIC_VERBS]
    # a weak noun («أدى إلى إصابة») gives way to a strong one («أسفر عن مقتل»)
    if any(m.tense == "noun" and m.entry.strong for m in preds):
        preds = [m for m in preds if m.tense != "noun" or m.entry.strong]
    if not any(m.tense != "noun" for m in preds):
        # among nouns, one naming the occurrence («اشتباكات») beats a tally of its dead
        # («سقطوا قتلى في اشتباكات»)
        naming = [m for m in mentions if m.tense == "noun" and m.entry.form not in _CASUALTY_NOUNS]
        # (a strong noun names the occurrence before a weak one, a weapon: «مصدر تلك القذائف
        # ... فيما شنت طائرات عددا من الغارات»)
        naming.sort(key=lambda m: not m.entry.strong)
        if naming and (not preds or preds[0].entry.form in _CASUALTY_NOUNS):
            return naming[0]
    return (preds or mentions)[0]


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
# An explosion is what a strike or a bomb does: no kind of its own.
_EXPLOSION = frozenset({"انفجار", "انفجارات", "انفجر"})
_DEVICES = frozenset({"remote_explosive", "suicide_bomb", "grenade"})
# A second predicate of one kind after these words is another occurrence («فيما قصفت»).
_CONTRAST = frozenset({"فيما", "وفيما", "بينما", "وبينما", "حين", "كما", "وكما"})


def _mention_kind(m: Mention) -> str | None:
    if m.entry.form in CASUALTY_WORDS or m.entry.form in _EXPLOSION:
        return None
    # (nor does a territory noun: «وتمكنت المقاومة من السيطرة على عدة مناطق» is fighting, not
    # the air strikes told before)
    if m.tense == "noun" and not m.entry.strong and m.subtype != "armed_clash" and m.subtype not in _TERRITORY:
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
    blasts = {m.last + 1 for m in mentions if m.entry.form in _EXPLOSION}
    if any(m.first in blasts and m.subtype in _DEVICES for m in mentions):
        return "bomb"
    return None


# «أعقبته»، «تلاه»: one occurrence followed by another (events-3b, SaudiNewsNet 2015 dev part G:
# «واضافوا ان الانفجار اعقبته اشتباكات بين الجنود ... والمتمردين»), folded, without و.
_SEQUENCE = frozenset(ffold(w) for w in ("أعقبه", "أعقبته", "أعقبها", "أعقبتها", "تلاه", "تلته", "تلاها", "تلتها",
                                         "تبعه", "تبعته", "تبعها", "تبعتها"))


def _sequence_between(tokens: Sequence[Token], i: int, j: int) -> bool:
    return any(ffold(tokens[k].norm).lstrip("و") in _SEQUENCE for k in range(i + 1, j))


def _contrast_between(tokens: Sequence[Token], i: int, j: int) -> bool:
    return any(ffold(tokens[k].norm) in _CONTRAST for k in range(i + 1, j))


# A noun after one of these, with a death or injury verb before it in its clause, is what the
# clause tells: «فيما قتل خمسة مواطنين ... جراء قصف للطيران الحربي على منزل» (a predicate).
_DEATH_CAUSES = frozenset(ffold(w) for w in ("جراء", "إثر", "بسبب", "نتيجة", "بفعل", "في", "بعد"))


def _cause_of_death(tokens: Sequence[Token], m: Mention, start: int) -> bool:
    if m.tense != "noun" or m.first <= start or ffold(tokens[m.first - 1].norm) not in _DEATH_CAUSES:
        return False
    cs = clause_bounds(tokens, m.first, start, m.first + 1)[0]
    return any(_is_death_verb(ffold(tokens[k].norm)) for k in range(cs, m.first - 1))


def _is_death_verb(w: str) -> bool:
    w = w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w
    return w in _DEATH_VERBS


_DEATH_VERBS = frozenset({"قتل", "قتلت", "قتلوا", "اصيب", "اصيبت", "اصيبوا", "جرح", "جرحوا", "استشهد", "استشهدت",
                          "استشهدوا", "لقي", "لقيت", "لقوا"})


def split_by_kind(tokens: Sequence[Token], groups: dict[str, list[Mention]], start: int) -> dict[str, list[Mention]]:
    """Split each violence group of a sentence into one group per occurrence (see above)."""
    out: dict[str, list[Mention]] = {}
    for key, ms in groups.items():
        if not key.startswith("violence") or len(ms) < 2:
            out[key] = ms
            continue
        ms = sorted(ms, key=lambda m: m.first)
        clusters: list[list[Mention]] = []
        kinds: list[str] = []
        for m in ms:
            k = _mention_kind(m)
            if k is None:
                continue
            predicate = m.tense != "noun" or m.support >= 0 or _cause_of_death(tokens, m, start)
            for ci, c in enumerate(clusters):
                if kinds[ci] == k and not (predicate and _contrast_between(tokens, c[-1].last, m.first)):
                    c.append(m)
                    break
            else:
                clusters.append([m])
                kinds.append(k)
        generic = [m for m in ms if _mention_kind(m) is None]
        if not clusters:
            out[key] = ms
            continue
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
        for ci, c in enumerate(clusters):
            out[key if ci == 0 else f"{key}#{ci}"] = sorted(c, key=lambda m: m.first)
    return out


def only_casualties_before(kept: list[Mention], m: Mention, fam: str) -> bool:
    """«قتل 4 حوثيين ... بعد هجوم للمقاومة»: the dead told before «بعد» are the attack's
    result, so the attack is not an earlier occurrence."""
    if m.entry.form in CASUALTY_WORDS:
        return False
    before = [o for o in kept if o.first < m.first and family(o.subtype, o.type) == fam]
    # (or territory taken: «سيطروا على مديرية القفر عقب مواجهات» is one battle)
    return bool(before) and all(o.entry.form in CASUALTY_WORDS or o.subtype in _TERRITORY for o in before)


# Support verbs that say an occurrence happened or what it did, without an agent: with a
# definite noun they speak of one already told («أدت الغارة إلى»، «انطلقت الاحتجاجات في»).
# (Agentive ones, شن، نفذ، نظم، خرج، tell a new one even with ال.)
_RESULT_VERBS = frozenset({"ادت", "ادي", "اسفر", "اسفرت", "خلف", "خلفت", "اوقع", "اوقعت", "وقع", "وقعت", "اندلع",
                           "اندلعت", "انطلق", "انطلقت", "جرت", "جري", "تواصل", "تواصلت", "استمر", "استمرت",
                           "سقط", "سقطت", "سقوط"})  # «حيث سقط المقذوف»: the projectile told before
_TERRITORY = frozenset({"government_regains_territory", "non_state_actor_overtakes_territory"})
_DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك", "نفس"})


def is_anaphoric(tokens: Sequence[Token], mentions: list[Mention], trig: Mention, start: int) -> bool:
    """Does an event's trigger refer back to an occurrence already told? A definite noun
    without a support verb («الهجوم»، «الاشتباكات»، «هذا الهجوم»), or only the dead and
    wounded («قتلوا في ...»). A new predicate («شنت طائرات غارات»، «قصفت») tells a new one."""
    # (an explosion with the dead is what a bombing told before did: «قتلوا بانفجار عبوة»)
    # (what exploded is part of the explosion: «بانفجار عبوة ناسفة»)
    if is_another(tokens, mentions):
        return False  # «غارات أخرى», «هجوم مماثل», «بعملية ثانية»: another occurrence
    lo = min(m.first for m in mentions)
    if any(ffold(tokens[k].norm) in _INCIDENT for k in range(max(start, lo - 4), lo)):
        return True  # «الحادثة وقعت حين فجر انتحاري حزامه»: the incident told before
    blown = {m.last + 1 for m in mentions if m.entry.form in _EXPLOSION}
    # (what a strike did, «ودمر بالكامل، وقتل 14 جنديا», speaks of a strike told before too)
    if all(m.entry.form in CASUALTY_WORDS or _what_it_did(tokens, m) or m.definite
           or m.entry.form in _EXPLOSION or m.first in blown for m in mentions):
        return True
    # the sentence first names the occurrence by a definite noun: a predicate after it
    # retells it («حيث حصلت الغارة: إن مروحيتين هاجمتا حاجزا»)
    # (a weak noun, a weapon, names no occurrence: «مصدر تلك القذائف، فيما شنت ... الغارات»)
    naming = [m for m in mentions if m.entry.form not in CASUALTY_WORDS and m.entry.form not in _GENERIC_VERBS
              and (m.tense != "noun" or m.entry.strong)]
    if naming and min(naming, key=lambda m: m.first).definite:
        return True
    # a taking named with its object («السيطرة على مدينة جعار») tells which taking: a new one
    return trig.definite and not (trig.subtype in _TAKING_SUBTYPES and len(trig.entry.words) > 1)


def is_another(tokens: Sequence[Token], mentions: list[Mention]) -> bool:
    """Is a mention marked as another occurrence than one told («غارات أخرى», «هجوم مماثل»,
    «بعملية ثانية»)?"""
    # (not after the dead and wounded: «مقتل ضابط وإصابة آخر» is another man hurt)
    after = {m.last + 1 for m in mentions if m.entry.form not in CASUALTY_WORDS} | {
        k + 1 for k in range(min(m.first for m in mentions), max(m.last for m in mentions) + 1)
        if ffold(tokens[k].norm) in ("عمليه", "بعمليه", "وبعمليه")}
    return any(k < len(tokens) and ffold(tokens[k].norm) in _ANOTHER for k in after)


def mark_definite(tokens: Sequence[Token], m: Mention, start: int, name_starts: set[int]) -> None:
    """Set ``m.definite``: a noun without a support verb that is definite by ال («الهجوم»),
    by a demonstrative («هذا الهجوم») or by a following name («هجمات باريس»)."""
    if m.tense != "noun":
        return
    w = ffold(tokens[m.head].norm)
    # (only a conjunction is stripped from the support verb: «وقعت» itself starts with و)
    sup = ffold(tokens[m.support].norm) if m.support >= 0 else ""
    result = sup in _RESULT_VERBS or (sup[:1] in ("و", "ف") and sup[1:] in _RESULT_VERBS)
    own = _possessed(tokens[m.head].norm, m.entry.words[0])
    # a phrase whose last word is definite is definite (an idafa): «ووقع إطلاق النار»
    idafa = len(m.entry.words) > 1 and m.last > m.head and ffold(tokens[m.last].norm).startswith("ال")
    if any(ffold(tokens[k].norm) in _REPORT and ffold(tokens[k + 1].norm) == "عن"
           for k in range(max(start, m.first - 4), m.first - 1)):
        m.definite = True  # «باشرت فرق الدفاع المدني بلاغا عن سقوط مقذوف»: the one told, reported
        return
    if m.first > start and ffold(tokens[m.first - 1].norm) in _DEMONSTRATIVES:
        m.definite = True  # «مواقع سقوط تلك القذائف», «شنوا هذا الهجوم»: the one told, whatever the verb
        return
    if m.support >= 0 and _who_did(tokens, m, start) and ("ال" in w[:4] or idafa):
        m.definite = True  # «هي التي نفذت الهجوم»، «من نفذ الهجوم»: who did the one told
        return
    if m.support >= 0 and not ((result and ("ال" in w[:4] or idafa)) or own):
        return  # «شنت طائرات غارات» tells a new one; «أدت الغارة إلى» speaks of one told
    if _counted_after_agent(tokens, m, start):
        return  # «شنت طائرات الأباتشي عددا من الغارات»: a new one, counted
    for p in ("و", "ف"):
        if w.startswith(p) and len(w) > 4:
            w = w[1:]
            break
    m.definite = (
        own  # «شن الأمريكيون هجومهم»: their attack, the one told
        or idafa
        or w.startswith(("ال", "بال", "لل", "كال"))
        or (m.first > start and ffold(tokens[m.first - 1].norm) in _DEMONSTRATIVES)
        or m.last + 1 in name_starts
    )


# «التي نفذت الهجوم»، «من نفذ الهجوم»: who carried out an occurrence (a relative or «من»
# before the agentive support verb), folded.
_WHO = frozenset({"التي", "الذي", "الذين", "اللذين", "اللتين", "من", "عمن", "ممن"})


def _who_did(tokens: Sequence[Token], m: Mention, start: int) -> bool:
    """An agentive support verb right after a relative pronoun or «من» (who): the definite
    noun after it is the occurrence told, its doer now named («أن انتحارية هي التي نفذت
    الهجوم»). (A bare «نفذت القوات الهجوم» stays a new occurrence.)"""
    k = m.support
    if k - 1 < start:
        return False
    w = ffold(tokens[k].norm)
    if w in _TOOK_PART and m.first - k <= 2:
        return True  # «16 آلية للحوثيين شاركت في الهجوم»: took part in the one told
    return (w in _AGENTIVE or (w[:1] in ("و", "ف") and w[1:] in _AGENTIVE)) and ffold(tokens[k - 1].norm) in _WHO


# «شاركت في الهجوم»: taking part in an occurrence (folded).
_TOOK_PART = frozenset({"شارك", "شاركت", "شاركوا", "وشارك", "وشاركت", "وشاركوا", "ساهم", "ساهمت", "ساهموا"})


# «عددا من الغارات», «سلسلة من الهجمات»: a count before a noun told by an agentive verb.
_COUNTS = frozenset({"عددا", "عدد", "سلسله", "مزيدا", "العديد", "عشرات", "مئات"})
# Support verbs with an agent: with them a definite noun is a new occurrence.
_AGENTIVE = frozenset({"شن", "شنت", "شنوا", "نفذ", "نفذت", "نفذوا"})


def _counted_after_agent(tokens: Sequence[Token], m: Mention, start: int) -> bool:
    """An agentive support verb up to six words back with a count right before the noun
    («شنت طائرات الأباتشي وf15 عددا من الغارات»): the noun is the verb's new object."""
    if m.first - 2 < start or ffold(tokens[m.first - 1].norm) != "من" \
            or ffold(tokens[m.first - 2].norm) not in _COUNTS:
        return False
    for k in range(max(start, m.first - 8), m.first - 2):
        w = ffold(tokens[k].norm)
        if w in _AGENTIVE or (w[:1] in ("و", "ف") and w[1:] in _AGENTIVE):
            return True
    return False


def _what_it_did(tokens: Sequence[Token], m: Mention) -> bool:
    """«دمر», «استهدف» without an armed subject after them («ودمر بالكامل»، «تلك القذائف
    استهدفت مشروع مستشفى») say what an occurrence did; «استهدف الثوار طقما» tells a new one."""
    if m.entry.form not in _GENERIC_VERBS:
        return False
    nxt = ffold(tokens[m.last + 1].norm) if m.last + 1 < len(tokens) else ""
    return not lexicon().classes(nxt) & {"armed", "agent", "protester"}


# «الحادثة»: the incident, always one told before.
_INCIDENT = frozenset({"الحادث", "الحادثه", "والحادث", "والحادثه"})

# «بلاغا عن»: a report received about the occurrence told.
_REPORT = frozenset({"بلاغ", "بلاغا", "وبلاغ", "وبلاغا", "البلاغ"})

# Words right after a mention that make it another occurrence than one told.
_ANOTHER = frozenset({"ثانيه", "ثاني", "اخري", "اخر", "جديد", "جديده", "مماثل", "مماثله", "مشابه", "مشابهه",
                      "منفصل", "منفصله"})  # «في هجوم منفصل»

# Pronouns attached to a noun («هجومهم»، «قذائفها»): the noun is definite.
_POSSESSIVES = ("هم", "ها", "هما", "ه")


def _possessed(token: str, stem: str) -> bool:
    """Does the noun carry an attached pronoun after its lexicon form («هجومهم» for «هجوم»)?"""
    w = ffold(token)
    i = w.find(stem)
    if i < 0 and stem.endswith("ه"):  # ة becomes ت before a pronoun: «غارته»
        stem = stem[:-1] + "ت"
        i = w.find(stem)
    return i >= 0 and w[i + len(stem):] in _POSSESSIVES


# Verbs that say what an occurrence did rather than name it («غارات استهدفت مواقع»).
_GENERIC_VERBS = frozenset({"استهدف", "دمر"})
GENERIC_VERBS = _GENERIC_VERBS
_CASUALTY_NOUNS = frozenset({"مقتل", "قتلي", "جرحي", "اصابه", "اصابات", "مصرع"})


def _stems(text: str) -> set[str]:
    """Common-noun stems of a phrase, without ال and the dual/plural endings: «امرأتان» and
    «المرأتين» share «امرات»."""
    out = set()
    for w in ffold(text).split():
        w = w[2:] if w.startswith("ال") and len(w) > 4 else w
        for end in ("ان", "ين", "ون"):
            if w.endswith(end) and len(w) > 4:
                w = w[: -len(end)]
                break
        if len(w) >= 3:
            out.add(w)
        if w.startswith("ا") and len(w) > 4:
            out.add(w[1:])  # «امرأتان», «المرأتين»: the alef drops after ال
    return out


def _same_people(a: Event, b: Event) -> bool:
    """Does a later event name its actors again with the article («المرأتين» after «امرأتان»)?"""
    if not a.actors or not b.actors:
        return False
    back = {w for x in b.actors if x.entity is None and "ال" in ffold(x.text) for w in _stems(x.text)}
    return bool(back & {w for x in a.actors if x.entity is None for w in _stems(x.text)})


def _actor_keys(e: Event) -> set[str]:
    return {a.entity or ffold(a.text) for a in e.actors}


def _family(e: Event) -> str:
    if e.subtype == "abduction_forced_disappearance":
        return "abduction"
    if e.type in ("battles", "explosions_remote_violence", "violence_against_civilians"):
        return "violence"
    if e.type in ("protests", "riots"):
        return "protest"
    return e.subtype or e.type


def _lead_then_detail(a: Event, b: Event, gap: int, dates: dict[str, str | None],
                      places: dict[str, PlaceKey]) -> bool:
    """A lead told without a place below the country, then the same subtype on the same
    stated day told in detail in the next sentences («شنت طائرات التحالف أمس الجمعة سلسلة من
    الغارات ... في العديد من المحافظات» ... «وشن طيران التحالف الجمعة سلسلة من الغارات على
    معسكر ... في محافظة إب»): the lead summarises what follows (ACLED: one event per type,
    location and day; the gold articles mark the lead and the retelling as one)."""
    if a.subtype != b.subtype or not 0 < gap <= 2:
        return False
    va, vb = dates.get(a.date or ""), dates.get(b.date or "")
    if not va or not vb or va != vb or len(va) < 10:  # the same day, stated both times
        return False
    pa = places.get(a.place or "")
    pb = places.get(b.place or "")
    return pa is None or (pa[1] == "country" and (pb is None or pb[2] == pa[2]))


def _lead_retold(a: Event, b: Event, gap: int, told_b: Told, dates: dict[str, str | None],
                 places: dict[str, PlaceKey]) -> bool:
    """The article's lead (its first occurrence, told in its first sentences, placed at most
    at a country or a region of it), retold in detail by the first later occurrence of its
    subtype: «هاجموا موقعا أماميا وسيارة للشرطة الليلة الماضية في جنوب شرق تركيا، ما أدى إلى
    مقتل شرطي» ... «في وقت متأخر من السبت فتح مسلحون النار على مركبة للشرطة في بلدة مديات ...
    ما أدى إلى مقتل ضابط» (wire copy tells the lead, then the story). Not when marked as
    another one («هجوم مماثل»), and only when dates and places agree."""
    if a.subtype != b.subtype or told_b.another or not 0 < gap <= 5:
        return False
    va, vb = dates.get(a.date or ""), dates.get(b.date or "")
    if dates_differ(va, vb) and not (va and vb and next_day(va, vb)):
        return False
    pa, pb = places.get(a.place or ""), places.get(b.place or "")
    near = km(pa, pb) if pa is not None and pb is not None else None
    if pa is not None and not (pa[1] == "country" or wide(pa) or (near is not None and near <= 25.0)):
        return False  # a lead placed at a town is its own occurrence, unless the detail is there too
    return not places_conflict(pa, pb)


def _same_toll(a: Event, b: Event) -> bool:
    """Both events state the same number of dead, two or more (one dead is too common)."""
    fa, fb = a.fatalities, b.fatalities
    return bool(fa and fb and fa.best is not None and fa.best >= 2 and fa.best == fb.best)


class Told(NamedTuple):
    """How a sentence tells an event (from its mentions), for the merge across the article."""

    anaphoric: bool  # it refers back (:func:`is_anaphoric`)
    kind: str | None  # its kind of violence (:func:`kind_of`)
    background: bool = False  # named in passing after «بعد/في أعقاب/إثر» (an earlier occurrence)
    clock: str | None = None  # a clock time in its sentence («الساعة 12:30»)
    another: bool = False  # marked as another occurrence («غارات أخرى»، «هجوم مماثل»)


def _told(t: tuple) -> Told:
    return t if isinstance(t, Told) else Told(*t)


def _retold(a: Event, b: Event, gap: int, told_a: Told, told_b: Told, kind_a: str | None) -> bool:
    """An occurrence named in passing, without place or date («شددت إجراءاتها في أعقاب هجوم
    مسلح على منتجع سياحي قتل فيه عشرات»), told in full by the next sentence («وقتل مسلح 38
    سائحا ... في مدينة سوسة في أواخر يونيو»): news leads name the occurrence, then tell it."""
    return (told_a.background and not told_b.background and gap == 1 and a.place is None and a.date is None
            and _family(a) == _family(b) == "violence"
            and (kind_a is None or told_b.kind is None or kind_a == told_b.kind))


def _same(a: Event, b: Event, gap: int, dates: dict[str, str | None], places: dict[str, PlaceKey],
          info_b: tuple = (True, None), kind_a: str | None = None, info_a: tuple = (True, None),
          lead: bool = False) -> bool:
    """Does a later event ``b`` report the occurrence ``a`` again? Same family (violence,
    abduction, protest, or one strategic subtype), no conflicting date or place, compatible
    kinds of violence, and ``b`` refers back (``info_b[0]``, :func:`is_anaphoric`: «الهجوم»,
    «قتلوا في ...»), at most three sentences apart or with a shared actor or target. A new
    predicate («شنت طائرات أخرى غارات»، «قصفت») is a new occurrence: in dense war reports
    one sentence after another tells another strike (the opened gold articles).

    Stages: 1 apart by family, sentence or clock; 2 retold (a lead, a named-in-passing
    occurrence, the same toll); 3 a new violence predicate repeating one just told
    (:func:`_predicate_repeats`); 4 a reference back (:func:`_refers_back`)."""
    if _family(a) != _family(b) or gap == 0:
        return False  # one sentence's events were told apart on purpose («بعد مقتل...»)
    told_a, told_b = _told(info_a), _told(info_b)
    if told_a.clock and told_b.clock and told_a.clock != told_b.clock:
        return False  # «الساعة 1:50» ... «الساعة 12:30»: two reports, two occurrences
    if _told_again(a, b, gap, dates, places, told_a, told_b, kind_a, lead):
        return True
    if not told_b.anaphoric and _family(a) == "violence":
        return _predicate_repeats(a, b, gap, dates, places, kind_a, told_b.kind)
    return _refers_back(a, b, gap, dates, places, kind_a, told_b)


def _told_again(a: Event, b: Event, gap: int, dates: dict[str, str | None], places: dict[str, PlaceKey],
                told_a: Told, told_b: Told, kind_a: str | None, lead: bool) -> bool:
    """Stage 2: ``b`` tells ``a`` again in full (named in passing, then told; a lead, then its
    detail; the same death toll a sentence or three later)."""
    kind_b = told_b.kind
    if _retold(a, b, gap, told_a, told_b, kind_a):
        return True
    if _lead_then_detail(a, b, gap, dates, places):
        return True
    if lead and _lead_retold(a, b, gap, told_b, dates, places):
        return True
    if _same_toll(a, b) and 0 < gap <= 3 and (kind_a is None or kind_b is None or kind_a == kind_b):
        va, vb = dates.get(a.date or ""), dates.get(b.date or "")
        if not dates_differ(va, vb):
            # the same death toll told again a sentence or three later is the same occurrence,
            # retold by a source («قتل عشرة جنود في هجوم ...» ... «تعرض المعسكر لهجوم خلف
            # عشرة قتلى»), even where a place is misread or the subtype differs
            return True
    return False


def _predicate_repeats(a: Event, b: Event, gap: int, dates: dict[str, str | None], places: dict[str, PlaceKey],
                       kind_a: str | None, kind_b: str | None) -> bool:
    """Stage 3: a new violence predicate repeats an occurrence only right after it, with the
    same subtype, a shared actor and no other place: «قصفت الطائرات بلدة كفرنبل. وقال سكان إن
    الطائرات قصفت البلدة مرتين»."""
    pa, pb = places.get(a.place or ""), places.get(b.place or "")
    # (or a definite common noun for its actors refers back: «المهاجمين طعنوا أناسا»)
    back = bool(_actor_keys(a) & _actor_keys(b)) or any(
        x.entity is None and ffold(x.text).startswith("ال") for x in b.actors)
    # (or the next sentence tells fighting of the same subtype at the same place: «قتل 18
    # حوثيا في اشتباكات ... في تعز. وذكر المصدر أن قتلى سقطوا في معارك ... بمدينة تعز»)
    # (one place may come as two records: «بمحافظة الحرث» and «بالمحافظة» at one point)
    near = km(pa, pb) if pa is not None and pb is not None else None
    same_place = pa is not None and pb is not None and (pa[0] == pb[0] or (near is not None and near < 5.0))
    va, vb = dates.get(a.date or ""), dates.get(b.date or "")
    if dates_differ(va, vb) and not (same_place and a.subtype == b.subtype and 0 < gap <= 3
                                      and va and vb and next_day(va, vb)):
        # two dates: two occurrences («في 18 مارس ...»، «في 26 يونيو ...»); but a night told
        # as «أمس» and as «البارحة الأولى» at one place may be one strike (a day apart)
        return False
    if _same_people(a, b) and 0 < gap <= 3 and (kind_a is None or kind_b is None or kind_a == kind_b) \
            and not (pa is not None and pb is not None and not same_place):
        # the same attackers named again with the article («أطلقت امرأتان النار» ... «إن إحدى
        # المرأتين أطلقت أربعة أعيرة نارية على مسؤولي الأمن»): the same shooting
        return True
    # (one kind of violence told twice counts too: «مقتل وجرح 45 ... بتفجير سيارتين مفخختين»
    # then «سيارتين عسكريتين يقودهما انتحاريان فجرا نفسيهما» at the same point, a bombing
    # told again as a suicide bombing; events-3b, SaudiNewsNet 2015 dev part G)
    if (a.subtype == b.subtype or (kind_a is not None and kind_a == kind_b and gap == 1)) \
            and 0 < gap <= 5 and near is not None and near <= 25.0:
        # ACLED codes one event per type, location and day: the same strikes at the same
        # town told again («شنت غارات على مواقع في مأرب» ... «وشنت 3 غارات على جبهة المخدرة»)
        return True
    if a.subtype == b.subtype and 0 < gap <= 3 and not b.actors and b.place is None and _casualty_in_attack(b):
        # a casualty in an unnamed attack, with no doer and no place of its own, a sentence or
        # three after an attack of that kind: the victims of that attack («قتل جنرال ... في
        # هجوم صاروخي على سيارته» ... «وزوجته التي أصيبت على ما يبدو في هجوم»)
        return True
    return (a.subtype == b.subtype and gap == 1 and (back or same_place)
            and (b.place is None or same_place))


def _casualty_in_attack(e: Event) -> bool:
    """Does the trigger span tell a casualty and the act that caused it («أصيبت ... في هجوم»،
    «قتل ... في غارة»): a casualty word first, more words after it?"""
    words = ffold(e.trigger.text).split()
    if len(words) < 2:
        return False
    w = words[0][1:] if words[0][:1] == "و" and len(words[0]) > 3 else words[0]
    # (any person of the verb: «قتلت»، «قتلوا»، «أصيبت»، «جرحوا»)
    return w in CASUALTY_WORDS or w.startswith(("قتل", "اصيب", "جرح"))


def _refers_back(a: Event, b: Event, gap: int, dates: dict[str, str | None], places: dict[str, PlaceKey],
                 kind_a: str | None, told_b: Told) -> bool:
    """Stage 4: ``b`` refers back (or is not violence): compatible kinds, dates and places,
    then near enough, or anaphoric with the same subtype or kind, or a shared actor or target."""
    anaphoric, kind_b = told_b.anaphoric, told_b.kind
    if kind_a and kind_b and kind_a != kind_b:
        return False
    if a.date and b.date and a.date != b.date:
        va, vb = dates.get(a.date), dates.get(b.date)
        if va is None or vb is None or (dates_differ(va, vb) and not (anaphoric and next_day(va, vb))):
            return False
    if a.place and b.place and places_conflict(places.get(a.place), places.get(b.place)):
        return False
    if 0 <= gap <= 3:
        return True
    if anaphoric and _family(a) != "violence" and a.subtype == b.subtype:
        return True  # «انطلقت الاحتجاجات في ساو باولو»: the protests told before
    if anaphoric and kind_a and kind_a == kind_b:
        # «الاشتباكات» later in the article: the clash told before (dates and places agree)
        return True
    keys_a = _actor_keys(a) | {t.entity or ffold(t.text) for t in a.targets}
    keys_b = _actor_keys(b) | {t.entity or ffold(t.text) for t in b.targets}
    return bool(keys_a & keys_b)


def merge_events(
    events: list[Event],
    sentences: list[int] | None = None,
    dates: dict[str, str | None] | None = None,
    places: dict[str, PlaceKey] | None = None,
    info: Sequence[tuple] | None = None,
) -> list[Event]:
    """Merge repeated mentions of one occurrence; ids are renumbered ``v1, v2...``.
    ``sentences`` gives each event's sentence index (events in text order); ``dates`` the
    value of each date id and ``places`` a key of each place id (two ids may name one place);
    ``info`` each event's :class:`Told` (or an (anaphoric trigger, kind of violence) pair);
    without it every event may refer back."""
    out: list[Event] = []
    last_sent: list[int] = []
    kinds: list[str | None] = []
    tolds: list[Told] = []
    leads: list[bool] = []
    for n, e in enumerate(events):
        si = sentences[n] if sentences else -100
        inf = _told(info[n]) if info else Told(True, None)
        # a reference back with one candidate of its family told before, in another sentence,
        # is that one, however far («ووقع إطلاق النار» five sentences after «أطلق النار»)
        fam = [oi for oi, o in enumerate(out) if _family(o) == _family(e)]
        only = fam[0] if len(fam) == 1 and inf[0] and sentences and si > last_sent[fam[0]] else None
        for oi, o in enumerate(out):
            gap = si - last_sent[oi] if sentences else -1
            if oi == only:
                gap = min(gap, 3)
            if _same(o, e, gap, dates or {}, places or {}, inf, kinds[oi], tolds[oi], lead=leads[oi]):
                home = _verb_home(out, oi, e, [si - s for s in last_sent], dates or {}, places or {})
                if home is not None:
                    oi, o = home, out[home]
                leads[oi] = False  # a lead is retold once
                _add_mentions(o, e)
                last_sent[oi] = si
                kinds[oi] = kinds[oi] or inf[1]
                # the merged occurrence is told now (not in passing), at the clock given
                tolds[oi] = tolds[oi]._replace(background=False, clock=tolds[oi].clock or inf.clock)
                o.subtype = _more_specific(o.subtype, e.subtype)  # type: ignore[assignment]
                o.type = SUBTYPE_TYPE[o.subtype or ""]  # type: ignore[assignment]
                if not o.place:
                    o.place = e.place
                if not o.date:
                    o.date = e.date
                if o.fatalities is None:
                    o.fatalities = e.fatalities
                if not o.claim:
                    o.claim = e.claim
                keys = _actor_keys(o)
                o.actors += [a for a in e.actors if (a.entity or ffold(a.text)) not in keys]
                tkeys = {t.entity or ffold(t.text) for t in o.targets}
                o.targets += [t for t in e.targets if (t.entity or ffold(t.text)) not in tkeys]
                break
        else:
            out.append(e)
            last_sent.append(si)
            kinds.append(inf[1])
            tolds.append(inf)
            # the article's first occurrence, told in its first two sentences (after a dateline)
            leads.append(not out[:-1] and sentences is not None and si <= 1)
    for i, e in enumerate(out, 1):
        e.id = f"v{i}"
    return out


# Object pronouns and plural endings a verb trigger carries («أعدمهم»، «قتلوا»), folded.
_VERB_ENDINGS = ("هما", "هم", "ها", "وا", "ه", "ت")


def _verb_stem(text: str) -> str:
    """The bare verb of a one-word trigger, without conjunction and endings: «وأعدمهم» → «اعدم»."""
    w = ffold(text)
    if " " in w:
        return ""
    w = w[1:] if w[:1] in ("و", "ف") and len(w) > 4 else w
    for end in _VERB_ENDINGS:
        if w.endswith(end) and len(w) - len(end) >= 3:
            return w[: -len(end)]
    return w


def _verb_home(out: list[Event], oi: int, e: Event, gaps: list[int], dates: dict[str, str | None],
               places: dict[str, PlaceKey]) -> int | None:
    """A retelling whose verb is another occurrence's verb belongs to that occurrence, not to
    the one it was about to join: «أعدمهم» (the executions) ... «قتلهم ... خلال سلسلة
    هجمات» ... «أعدم العديد من العسكريين» is the executions told again (the README demo).
    Only redirects a merge already decided (same family, at most three sentences back, no
    conflicting date or place); the index of that occurrence, or None."""
    stem = _verb_stem(e.trigger.text)
    if len(stem) < 3 or stem in _stems_of(out[oi]):
        return None
    for k, o in enumerate(out):
        if k == oi or _family(o) != _family(e) or not 0 < gaps[k] <= 3 or stem not in _stems_of(o):
            continue
        if dates_differ(dates.get(o.date or ""), dates.get(e.date or "")):
            continue
        if places_conflict(places.get(o.place or ""), places.get(e.place or "")):
            continue
        return k
    return None


def _stems_of(o: Event) -> set[str]:
    return {_verb_stem(x.text) for x in (o.trigger, *o.mentions)}


def _add_mentions(o: Event, e: Event) -> None:
    """A retelling merged into ``o``: its trigger and mentions become ``o``'s mentions."""
    seen = {(o.trigger.start, o.trigger.end)} | {(x.start, x.end) for x in o.mentions}
    for x in (e.trigger, *e.mentions):
        if (x.start, x.end) not in seen:
            seen.add((x.start, x.end))
            o.mentions.append(x)
    o.mentions.sort(key=lambda x: x.start)


def _more_specific(a: str | None, b: str | None) -> str | None:
    for s in SPECIFICITY:
        if s in (a, b):
            return s
    return a
