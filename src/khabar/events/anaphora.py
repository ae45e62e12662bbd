"""Which nouns refer back to an occurrence already told (helpers of the merges,
:mod:`khabar.events.merge`): a definite noun without a support verb («الهجوم»، «هذا
الهجوم»، «هجمات باريس»), only the dead and wounded, or what a strike did («ودمر بالكامل»)
retell one; a new predicate («شنت طائرات غارات») or «غارات أخرى» tells another. Split out of
:mod:`khabar.events.merge`."""

from __future__ import annotations

from collections.abc import Sequence

from ..segment import Token
from .filters import CASUALTY_WORDS
from .lexicon import TERRITORY_SUBTYPES, ffold, lexicon
from .triggers import Mention
from .wordlists import MERGE_WORDS

__all__ = ["GENERIC_VERBS", "is_anaphoric", "is_another", "mark_definite"]

#: Verbs that say what an occurrence did rather than name it («غارات استهدفت مواقع»).
GENERIC_VERBS = frozenset({"استهدف", "دمر"})


def is_anaphoric(tokens: Sequence[Token], mentions: list[Mention], trig: Mention, start: int) -> bool:
    """Does an event's trigger refer back to an occurrence already told? A definite noun
    without a support verb («الهجوم»، «الاشتباكات»، «هذا الهجوم»), or only the dead and
    wounded («قتلوا في ...»). A new predicate («شنت طائرات غارات»، «قصفت») tells a new one."""
    # (an explosion with the dead is what a bombing told before did: «قتلوا بانفجار عبوة»)
    # (what exploded is part of the explosion: «بانفجار عبوة ناسفة»)
    if is_another(tokens, mentions):
        return False  # «غارات أخرى», «هجوم مماثل», «بعملية ثانية»: another occurrence
    lo = min(m.first for m in mentions)
    if any(ffold(tokens[k].norm) in MERGE_WORDS.incident for k in range(max(start, lo - 4), lo)):
        return True  # «الحادثة وقعت حين فجر انتحاري حزامه»: the incident told before
    blown = {m.last + 1 for m in mentions if m.entry.form in MERGE_WORDS.explosion}
    # (what a strike did, «ودمر بالكامل، وقتل 14 جنديا», speaks of a strike told before too)
    if all(m.entry.form in CASUALTY_WORDS or _what_it_did(tokens, m) or m.definite
           or m.entry.form in MERGE_WORDS.explosion or m.first in blown for m in mentions):
        return True
    # the sentence first names the occurrence by a definite noun: a predicate after it
    # retells it («حيث حصلت الغارة: إن مروحيتين هاجمتا حاجزا»)
    # (a weak noun, a weapon, names no occurrence: «مصدر تلك القذائف، فيما شنت ... الغارات»)
    naming = [m for m in mentions if m.entry.form not in CASUALTY_WORDS and m.entry.form not in GENERIC_VERBS
              and (m.tense != "noun" or m.entry.strong)]
    if naming and min(naming, key=lambda m: m.first).definite:
        return True
    # a taking named with its object («السيطرة على مدينة جعار») tells which taking: a new one
    return trig.definite and not (trig.subtype in TERRITORY_SUBTYPES and len(trig.entry.words) > 1)


def is_another(tokens: Sequence[Token], mentions: list[Mention]) -> bool:
    """Is a mention marked as another occurrence than one told («غارات أخرى», «هجوم مماثل»,
    «بعملية ثانية»)?"""
    # (not after the dead and wounded: «مقتل ضابط وإصابة آخر» is another man hurt)
    after = {m.last + 1 for m in mentions if m.entry.form not in CASUALTY_WORDS} | {
        k + 1 for k in range(min(m.first for m in mentions), max(m.last for m in mentions) + 1)
        if ffold(tokens[k].norm) in ("عمليه", "بعمليه", "وبعمليه")}
    # (or after one adjective of the noun: «اشتباكات عنيفة مماثلة»، «غارات جوية أخرى»)
    after |= {k + 1 for k in after if k + 1 < len(tokens) and _adjective(tokens[k])}
    return any(k < len(tokens) and ffold(tokens[k].norm) in MERGE_WORDS.another for k in after) \
        or _also_opens(tokens, mentions)


# Clause ends before «كما» (also) when it opens a clause inside a sentence.
_COMMAS = frozenset({"،", ",", "؛"})


def _also_opens(tokens: Sequence[Token], mentions: list[Mention]) -> bool:
    """Does the group open with a predicate right after a clause-opening «كما» (also): the verb
    itself, or the support verb of its noun («كما نفذ غارة»), with no definite noun in the group?
    News adds another occurrence this way («كما استهدف طيران التحالف اليوم المجمع الحكومي في ذات
    المدينة»، «كما دارت اشتباكات عنيفة في شارع الستين»; the P audit's two clear misses), while
    «كما قتل ... في الغارة» retells the strike named by its definite noun. «كما» must open the
    sentence or follow a comma: «وأضاف البيان: كما استهدفت طائرات التحالف» details the strikes
    the statement counted (events-10a: on 1,000 unlabelled conflict articles this clause-opening
    form changed 12 events, 10 right; the form after any word, 16, 11 right)."""
    m0 = min(mentions, key=lambda m: m.first)
    if (m0.tense == "noun" and m0.support < 0) or any(m.definite for m in mentions):
        return False
    at = m0.support if m0.tense == "noun" else m0.first
    if at < 1 or ffold(tokens[at - 1].norm) not in MERGE_WORDS.also:
        return False
    return at < 2 or tokens[at - 2].sent != tokens[at - 1].sent or tokens[at - 2].norm in _COMMAS


def _adjective(tok: Token) -> bool:
    """May the word be an adjective after a noun: an Arabic word that is no preposition, no
    conjunction and no word with a clitic preposition («عنيفة»، «جوية»; not «على»، «بمجزر»)?"""
    w = ffold(tok.norm)
    return tok.is_arabic and w not in MERGE_WORDS.not_adjective and w[:1] not in ("و", "ب", "ل", "ف", "ك")


def mark_definite(tokens: Sequence[Token], m: Mention, start: int, name_starts: set[int]) -> None:
    """Set ``m.definite``: a noun without a support verb that is definite by ال («الهجوم»),
    by a demonstrative («هذا الهجوم») or by a following name («هجمات باريس»)."""
    if m.tense != "noun":
        return
    w = ffold(tokens[m.head].norm)
    # (only a conjunction is stripped from the support verb: «وقعت» itself starts with و)
    sup = ffold(tokens[m.support].norm) if m.support >= 0 else ""
    result = sup in MERGE_WORDS.result_verbs or (sup[:1] in ("و", "ف") and sup[1:] in MERGE_WORDS.result_verbs)
    own = _possessed(tokens[m.head].norm, m.entry.words[0])
    # a phrase whose last word is definite is definite (an idafa): «ووقع إطلاق النار»
    idafa = len(m.entry.words) > 1 and m.last > m.head and ffold(tokens[m.last].norm).startswith("ال")
    if any(ffold(tokens[k].norm) in MERGE_WORDS.report and ffold(tokens[k + 1].norm) == "عن"
           for k in range(max(start, m.first - 4), m.first - 1)) and not _clock_before(tokens, m, start):
        m.definite = True  # «باشرت فرق الدفاع المدني بلاغا عن سقوط مقذوف»: the one told, reported
        return
    if m.first > start and ffold(tokens[m.first - 1].norm) in MERGE_WORDS.demonstratives:
        m.definite = True  # «مواقع سقوط تلك القذائف», «شنوا هذا الهجوم»: the one told, whatever the verb
        return
    if m.support >= 0 and _who_did(tokens, m, start) and ("ال" in w[:4] or idafa):
        m.definite = True  # «هي التي نفذت الهجوم»، «من نفذ الهجوم»: who did the one told
        return
    named_after = m.last + 1 < len(tokens) and ffold(tokens[m.last + 1].norm).startswith("ال")
    if _claimed(tokens, m, start) and ("ال" in w[:4] or idafa or named_after):
        # who claimed the one told (events-6a): «ويومها تبنى الهجوم تنظيم القاعدة»، «وأعلنت حركة
        # طالبان المسؤولية عن هجوم اليوم الاثنين» (a claim of responsibility names no new act)
        m.definite = True
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
        or (m.first > start and ffold(tokens[m.first - 1].norm) in MERGE_WORDS.demonstratives)
        or m.last + 1 in name_starts
    )



# How far back a clock time may open the report of a fall («في تمام الساعة 1:50 من صباح الثلاثاء
# باشرت فرق الدفاع المدني بلاغا عن سقوط مقذوف»: 12 words).
_CLOCK_SPAN = 16


def _clock_before(tokens: Sequence[Token], m: Mention, start: int) -> bool:
    """A clock time («الساعة 1:50»، «الساعة 12:30») up to sixteen words before a reported fall:
    the civil defence's communiqués date each projectile's report to its hour, one report per
    fall («في تمام الساعة 1:50 ... بلاغا عن سقوط مقذوف على منزل بقرية المغيرة ... كما باشرت
    ... وفي تمام الساعة 12:30 ظهرا، بلاغا عن سقوط مقذوف على مبنى»; events-6e): a new one, not
    the one told before."""
    return any(ffold(tokens[k].norm).lstrip("و") in MERGE_WORDS.hour and tokens[k + 1].norm.isdigit()
               for k in range(max(start, m.first - _CLOCK_SPAN), m.first - 1))


def _who_did(tokens: Sequence[Token], m: Mention, start: int) -> bool:
    """An agentive support verb right after a relative pronoun or «من» (who): the definite
    noun after it is the occurrence told, its doer now named («أن انتحارية هي التي نفذت
    الهجوم»). (A bare «نفذت القوات الهجوم» stays a new occurrence.)"""
    k = m.support
    if k - 1 < start:
        return False
    w = ffold(tokens[k].norm)
    if w in MERGE_WORDS.took_part and m.first - k <= 2:
        return True  # «16 آلية للحوثيين شاركت في الهجوم»: took part in the one told
    return (w in MERGE_WORDS.agentive or (w[:1] in ("و", "ف") and w[1:] in MERGE_WORDS.agentive)) and ffold(tokens[k - 1].norm) in MERGE_WORDS.who




def _claimed(tokens: Sequence[Token], m: Mention, start: int) -> bool:
    """Is the noun what someone claimed: after a verb of claiming as its support («تبنى تنظيم
    داعش الهجوم») or right after «المسؤولية/مسؤوليته عن» («أعلنت الحركة المسؤولية عن هجوم»)?"""
    if m.support >= 0 and ffold(tokens[m.support].norm) in MERGE_WORDS.claimed:
        return True
    return m.first - 2 >= start and ffold(tokens[m.first - 1].norm) == "عن" \
        and ffold(tokens[m.first - 2].norm) in MERGE_WORDS.responsibility


def _counted_after_agent(tokens: Sequence[Token], m: Mention, start: int) -> bool:
    """An agentive support verb up to six words back with a count right before the noun
    («شنت طائرات الأباتشي وf15 عددا من الغارات»): the noun is the verb's new object."""
    if m.first - 2 < start or ffold(tokens[m.first - 1].norm) != "من" \
            or ffold(tokens[m.first - 2].norm) not in MERGE_WORDS.counts:
        return False
    for k in range(max(start, m.first - 8), m.first - 2):
        w = ffold(tokens[k].norm)
        if w in MERGE_WORDS.agentive or (w[:1] in ("و", "ف") and w[1:] in MERGE_WORDS.agentive):
            return True
    return False


def _what_it_did(tokens: Sequence[Token], m: Mention) -> bool:
    """«دمر», «استهدف» without an armed subject after them («ودمر بالكامل»، «تلك القذائف
    استهدفت مشروع مستشفى») say what an occurrence did; «استهدف الثوار طقما» tells a new one."""
    if m.entry.form not in GENERIC_VERBS:
        return False
    nxt = ffold(tokens[m.last + 1].norm) if m.last + 1 < len(tokens) else ""
    return not lexicon().classes(nxt) & {"armed", "agent", "protester"}


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

