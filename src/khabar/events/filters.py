"""Which trigger mentions report an occurrence: precision first.

An event that did not happen in the text is worse than a missed one, so a mention is
dropped when (checked in this order):

1. it is a future verb (سيتظاهرون) or sits after a negation (لم يقتل، عدم التظاهر);
2. a denial (نفى) or an irrealis word (plans, conditions, calls, prevention, fears: في حال،
   يعتزم، دعا الى، لمنع، يخشى) comes before it in its clause;
3. it is a noun right after a generic head (مكافحة الإرهاب، حق التظاهر، وقف إطلاق النار),
   or a noun alone in quotes (a scare quote);
4. it is violence vocabulary in a sentence about sport (هجوم الفريق، خط الدفاع), a word
   of death or injury alone in a sentence about an accident (حادث مرور أسفر عن مقتل شخص),
   an explosion of a gas bottle or cartridge, or a present verb in a habitual statement
   (يخطف طفل كل ساعة، سنويا);
5. it is a weak entry (``strength w``) without a confirming context: a strong mention of the
   same family, a support verb next to it (شن، نفذ، سقط...) or, by family, armed actors
   (violence) or protesters (protests) in the sentence;
6. it is a noun without an anchor in the sentence: a kept verb mention, or (unless the
   sentence speaks of the future: غدا، المقبل، a future verb) a support verb, a time word
   (أمس، صباح، السبت), a date record or a casualty quantity.

Tallies, periods, time references and ongoing campaigns are told apart from one occurrence in
:mod:`khabar.events.occurrences`; clause bounds and word classes live in
:mod:`khabar.events.clauses`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..segment import QUOTE_MARKS, Token
from .clauses import CASUALTY_WORDS, clause_bounds, word_classes
from .lexicon import Lexicon, ffold, readings
from .objects import MOVING, OBJECT_CHECKED, civil_mover, object_ok, to_a_scene
from .occurrences import (
    _after_qama,
    _aggregate_since,
    _amid,
    _continues,
    _in_chant,
    _managed,
    _present_support,
    _since_occurrence,
    _thousands,
    _time_reference,
    _until_now,
    _with_li,
)
from .triggers import Mention
from .wordlists import FILTER_WORDS as WORDS

__all__ = ["CASUALTY_WORDS", "clause_bounds", "family", "keep_mentions"]


# Mentions how many tokens back are looked at by each check.
_NEG_WINDOW = 2
_IRREALIS_WINDOW = 6
_SUPPORT_WINDOW = 3


# Taking places needs a strong mention of fighting: «استولى على مبالغ» is a fraud.
_TERRITORY = frozenset({"non_state_actor_overtakes_territory", "government_regains_territory"})


_VIOLENCE_TYPES = frozenset({"battles", "explosions_remote_violence", "violence_against_civilians"})


def family(subtype: str, type_: str) -> str:
    """Mentions of one family in a sentence make one event (khabar.events.merge)."""
    if subtype == "abduction_forced_disappearance":
        return "abduction"
    if type_ in _VIOLENCE_TYPES:
        return "violence"
    if type_ in ("protests", "riots"):
        return "protest"
    return subtype


def _negated(lex: Lexicon, tokens: Sequence[Token], m: Mention, cs: int) -> bool:
    for k in range(max(cs, m.first - _NEG_WINDOW), m.first):
        if "negation" in word_classes(lex, tokens[k]):
            return True
    return False


def _irrealis(lex: Lexicon, tokens: Sequence[Token], m: Mention, s_start: int, cs: int) -> bool:
    for k in range(max(cs, m.first - _IRREALIS_WINDOW), m.first):
        cls = word_classes(lex, tokens[k])
        word = ffold(tokens[k].norm)
        if word in ("قد", "وقد", "فقد"):
            # قد + present is "may"; قد + past is emphasis («قد قتلت») and stays.
            if m.tense == "present" and k == m.first - 1:
                return True
            continue
        if "irrealis" in cls:
            nxt = ffold(tokens[k + 1].norm) if k + 1 < len(tokens) else ""
            if word.startswith("ب") and nxt == "من":
                continue  # «بدعوة من النقابة»: at the call of, the gathering happened
            return True
    # A denial or a condition anywhere earlier in the sentence («نفى الجيش أن يكون قد
    # قصف...», «إذا لم يتبق لديك أسلحة، استخدم قنبلة وفجر نفسك»).
    return any(
        "denial" in word_classes(lex, tokens[k]) or ffold(tokens[k].norm) in WORDS.conditions for k in range(s_start, m.first)
    )


# Subtypes of explosives that may be found and defused rather than explode.
_EXPLOSIVES = frozenset({"remote_explosive", "suicide_bomb", "grenade"})

_FORCES = frozenset({"movement_of_forces", "flight_escape", "recruitment", "displacement", "smuggling"})


_QUOTES = QUOTE_MARKS | {"'"}


def _generic(lex: Lexicon, tokens: Sequence[Token], m: Mention, cs: int) -> bool:
    k = m.first - 1
    if m.tense == "past" and k >= cs and "generic" in word_classes(lex, tokens[k]):
        return True  # «في جريمة قتل»: no verb after a head noun, «قتل» is the noun there
    if m.tense != "noun":
        return False
    # a noun alone in quotes is a scare quote or a name: «"اعتداءات" على مصر»
    if k >= 0 and m.last + 1 < len(tokens) and tokens[k].norm in _QUOTES and tokens[m.last + 1].norm in _QUOTES:
        return True
    if k >= cs and "generic" in word_classes(lex, tokens[k]):
        return True
    if k - 1 >= cs and ffold(tokens[m.first].norm).startswith("وال") and ffold(tokens[k].norm).startswith("ال") \
            and "generic" in word_classes(lex, tokens[k - 1]):
        return True  # «وحدة التفجيرات والهجمات الانتحارية»: the second noun of the head's pair
    # «الذكرى الثانية لهجوم باردو»: an anniversary two words back
    return k - 1 >= cs and ffold(tokens[k - 1].norm) in ("الذكري", "ذكري", "بالذكري", "بذكري")


def _purpose_li(tok: Token) -> bool:
    """Is the token a present verb after the preposition ل (لتقتل، ليخرج، لنقصف)? A present
    verb never starts with ل itself, so ل + a present prefix is the purpose clitic."""
    w = ffold(tok.norm)
    w = w[1:] if len(w) > 4 and w[0] in "وف" else w
    return len(w) >= 4 and w[0] == "ل" and w[1] in "يتن"


def _unexploded(lex: Lexicon, tokens: Sequence[Token], m: Mention, end: int) -> bool:
    """A negation and a verb of exploding right after the noun: «مقذوف لم ينفجر»."""
    nxt = [tokens[k] for k in range(m.last + 1, min(end, m.last + 3))]
    return len(nxt) == 2 and "negation" in word_classes(lex, nxt[0]) and ffold(nxt[1].norm) in ("ينفجر", "تنفجر")


def _after_footer(tokens: Sequence[Token], start: int) -> bool:
    """«رابط الخبر بصحيفة الوئام: بالصور.. إصابة مقيم بسقوط مقذوفات»: the outlet's footer
    repeats the headline, split into sentences at «..»; a sentence starting a few words
    after «رابط الخبر» belongs to it."""
    words = [ffold(tokens[k].norm) for k in range(max(0, start - 10), start)]
    return any(w == "رابط" and nxt == "الخبر" for w, nxt in zip(words, words[1:], strict=False))


def _gathering_of_fighters(lex: Lexicon, tokens: Sequence[Token], m: Mention, cs: int, end: int) -> bool:
    """A gathering noun of armed men («تجمعات للحوثيين»، «تجمعا لآليات الميليشيات») or after a
    violence verb of its clause («استهدفت طائرات التحالف تجمعات») is a target, not a protest."""
    after = range(m.last + 1, min(end, m.last + 3))
    if any("armed" in word_classes(lex, tokens[k]) for k in after):
        return True
    return any(
        ffold(tokens[k].norm).lstrip("و") in WORDS.targeting for k in range(max(cs, m.first - 4), m.first)
    )


def _support_li(lex: Lexicon, tok: Token) -> bool:
    """A support noun after the purpose ل: «لشن»، «لتنفيذ»."""
    w = ffold(tok.norm)
    w = w[1:] if len(w) > 4 and w[0] in "وف" else w
    return len(w) >= 3 and w[0] == "ل" and "support" in lex.classes(w[1:])


def _background_cause(tokens: Sequence[Token], m: Mention, start: int, mentions: list[Mention]) -> bool:
    """A definite noun right after «جراء/بسبب» with no other mention in the sentence is the
    cause of a state told (an airport closed for months), not a new occurrence; with the dead
    («قتل 5 جراء الغارات») it stays."""
    if m.first <= start or ffold(tokens[m.first - 1].norm) not in WORDS.causes:
        return False
    w = ffold(tokens[m.head].norm)
    return w.startswith("ال") and all(o is m for o in mentions)


def _what_goes_on(tokens: Sequence[Token], m: Mention, cs: int) -> bool:
    """(``cs`` one token before the clause: «مما» itself starts a clause.)"""
    if m.tense != "noun":
        return False
    words = [ffold(tokens[k].norm) for k in range(max(cs, m.first - 5), m.first)]
    return any(a in WORDS.what and b in WORDS.goes_on and c == "من" for a, b, c in zip(words, words[1:], words[2:], strict=False))


def _support_near(lex: Lexicon, tokens: Sequence[Token], m: Mention, cs: int, ce: int) -> bool:
    lo, hi = max(cs, m.first - _SUPPORT_WINDOW), min(ce, m.last + 1 + _SUPPORT_WINDOW)
    return any(
        "support" in word_classes(lex, tokens[k]) for k in range(lo, hi) if not m.first <= k <= m.last
    )


def _violent_threat(lex: Lexicon, tokens: Sequence[Token], m: Mention, end: int) -> bool:
    """«هدد بالقتل», «هددوا بتفجير»: the word after ب is violence (or a strike, a sit-in)."""
    for k in range(m.head + 1, min(end, m.head + 5)):
        w = ffold(tokens[k].norm)
        if w.startswith("ب"):
            stems = {st for _, st, _ in readings(w[1:])} | {w[1:]}
            return bool(stems & (WORDS.threat_objects | set(lex.nouns)))
    return False


# Possessive plurals of a violence noun («يصعد هجماته»): like «هجمات» after a present verb.
_PLURAL_ENDS = ("ات", "اته", "اتها", "اتهم")


@dataclass
class _Sentence:
    """What every check of one sentence ``[start, end)`` reads: its tokens, its mentions, the
    word classes of each token (``classes[k - start]``) and their union ``has``."""

    lex: Lexicon
    tokens: Sequence[Token]
    mentions: list[Mention]
    start: int
    end: int
    classes: list[frozenset[str]]
    has: set[str]

    def cls(self, k: int) -> frozenset[str]:
        return self.classes[k - self.start]

    def word(self, k: int) -> str:
        return ffold(self.tokens[k].norm)


def _sentence(lex: Lexicon, tokens: Sequence[Token], mentions: list[Mention], start: int, end: int) -> _Sentence:
    """Stage 0: the word classes of the sentence, corrected for two look-alikes."""
    sent_classes = [word_classes(lex, tokens[k]) for k in range(start, end)]
    for k in range(start, end):
        cls = sent_classes[k - start]
        if "future" in cls and ffold(tokens[k].norm) in WORDS.next_words:
            prev = ffold(tokens[k - 1].norm) if k > start else ""
            prev = prev[2:] if prev.startswith("ال") else prev
            if prev not in WORDS.time_units and "time" not in word_classes(lex, tokens[k - 1]):
                sent_classes[k - start] = cls - {"future"}  # «القطارات القادمة»: coming, not next
    for k in range(start, end):
        if "support" in sent_classes[k - start] and _purpose_li(tokens[k]):
            # «ليخرج بعد معارك طاحنة»: a verb of purpose reports nothing
            sent_classes[k - start] = sent_classes[k - start] - {"support"}
    has = {c for cls in sent_classes for c in cls}
    words = [ffold(tokens[k].norm) for k in range(start, end)]
    if any(w == "كل" and nxt in WORDS.time_units for w, nxt in zip(words, words[1:], strict=False)):
        has = has | {"habitual"}  # «كل ساعة», «كل يوم»
    return _Sentence(lex, tokens, mentions, start, end, sent_classes, has)


def _unreal(s: _Sentence, m: Mention, cs: int) -> bool:
    """Stage 1a: not done (future, negated, subjunctive, purpose, plan, condition, expected)."""
    lex, tokens, start, end = s.lex, s.tokens, s.start, s.end
    if m.tense == "future" or _negated(lex, tokens, m, cs):
        return True
    if m.tense == "present" and m.first > start and s.word(m.first - 1) in ("ان", "بان", "وان") \
            and not (m.first - 1 > start and s.word(m.first - 2) in ("قبل", "بعد", "وقبل", "وبعد")):
        return True  # «أن يُقتّلوا»، «يجب أن يقتل»: a subjunctive (not «قبل أن تسيطر»: a past)
    if m.tense == "present" and _purpose_li(tokens[m.head]):
        return True  # «ومن ثم تفجيرها لتقتل كل من حولها»: a purpose, like a subjunctive
    if m.tense == "noun" and m.first > start and _support_li(lex, tokens[m.first - 1]):
        return True  # «تشكيل مراكز لشن هجمات»: what the support is for, not done
    if _irrealis(lex, tokens, m, start, cs) or _generic(lex, tokens, m, cs) or _what_goes_on(tokens, m, max(start, cs - 1)):
        return True
    if m.tense == "noun" and _with_li(tokens[m.head], m.entry.words[0]) and any(
        "negation" in s.cls(k) for k in range(max(cs, m.first - 5), m.first)
    ):
        return True  # «ولم تتحرك الشرطة لإلقاء القبض»: the purpose of what was not done
    if m.tense == "noun" and m.entry.strong and _with_li(tokens[m.head], m.entry.words[0]) and any(
        s.word(k).lstrip("وف") in WORDS.sending for k in range(max(cs, m.first - 5), m.first)
    ):
        return True  # «إرسال مناديب لاعتقال الهاربين»: sent to arrest, no arrest told
    if any(s.word(k) in WORDS.could and s.word(k - 1) in ("ان", "أن") and s.word(k - 2) in ("قبل", "وقبل")
           for k in range(max(start + 2, m.first - 4), m.first)):
        return True  # «دخلوا الصالة قبل أن يتمكن المسلح من إطلاق النار»: he never could
    if m.tense == "noun" and any(s.word(k) in WORDS.future_adj for k in range(m.last + 1, min(end, m.last + 3))):
        return True  # «المعارك المرتقبة ضد لجان المقاومة»: expected, not yet fought
    return False


def _no_violence(s: _Sentence, m: Mention) -> bool:
    """Stage 1b: violence words that tell no violence (sport, accidents, duds, defused or laid
    explosives, animals, cyber attacks, bombers named alone)."""
    lex, tokens, start, end = s.lex, s.tokens, s.start, s.end
    violence = m.type in _VIOLENCE_TYPES
    if violence and any("sports" in cls for cls in s.classes):
        return True
    violent_cause = any(o.type in _VIOLENCE_TYPES and o.entry.form not in CASUALTY_WORDS for o in s.mentions)
    if "accident" in s.has and m.entry.form in CASUALTY_WORDS and not violent_cause:
        return True  # «حادث مرور أسفر عن مقتل شخص»: deaths, not violence
    if "blast_accident" in s.has and m.subtype == "remote_explosive":
        return True  # «انفجار قارورة غاز», «انفجار خرطوشة صيد»
    if m.tense == "noun" and m.type == "explosions_remote_violence" and _unexploded(lex, tokens, m, end):
        return True  # «مقذوف لم ينفجر»: a dud
    if m.tense == "noun" and m.subtype in _EXPLOSIVES and any(
        "defused" in s.cls(k) for k in range(max(start, m.first - 3), m.first)
    ):
        return True  # «وتفكيك 15 عبوة ناسفة»: found and defused, nothing exploded
    if violence and any(
        "animal" in word_classes(lex, tokens[k]) for k in range(max(start, m.first - 3), min(end, m.last + 4))
    ):
        return True  # «هاجم أسد طفلا»: an animal, not violence
    if violence and any("cyber" in word_classes(lex, tokens[k]) for k in range(m.last + 1, min(end, m.last + 3))):
        return True  # «هجوم إلكتروني»: a cyber attack, not violence
    cs = clause_bounds(tokens, m.first, start, end)[0]
    if m.tense == "noun" and m.subtype in _EXPLOSIVES and any(
        s.word(k).lstrip("و") in WORDS.laying for k in range(max(cs, m.first - 3), m.first)
    ):
        return True  # «وتركوا خلفهم ألغاما أرضية»: mines left, nothing exploded
    if m.entry.form in WORDS.bombers and not any(
        o is not m and o.type in _VIOLENCE_TYPES and o.entry.form not in WORDS.bombers for o in s.mentions
    ):
        return True  # «تجهيز الانتحاريين»: the bombers, no attack told
    return False


def _misread(s: _Sentence, m: Mention) -> bool:
    """Stage 1c: look-alikes of a trigger word (a need, a surprise, an idiom, an audience, a
    name or a chant in quotes, fighters gathered, a danger rather than a threat)."""
    lex, tokens, start, end = s.lex, s.tokens, s.start, s.end
    cs = clause_bounds(tokens, m.first, start, end)[0]
    if m.subtype == "threat" and m.entry.form == "هدد ب" and not _violent_threat(lex, tokens, m, end):
        return True  # «يهدد العالم بأسره»: a danger, not a threat of force
    if m.type == "protests" and m.tense == "noun" and _gathering_of_fighters(lex, tokens, m, cs, end):
        return True  # «استهدفت طائرات التحالف تجمعات للحوثيين»: fighters gathered, the target
    if m.type == "protests" and m.first > start and s.word(m.first - 1) in WORDS.gather_places:
        return True  # «استهدفت مناطق تجمع ووحدات»: where fighters gather, no protest
    if m.subtype in ("peaceful_protest", "protest_with_intervention") and m.last + 1 < end \
            and s.word(m.last + 1) in ("الي", "لها", "له", "لهم"):
        return True  # «يحتجن إلى النوم»: need (احتاج), not protest (احتج على)
    if m.entry.form == "فجر" and any(
        s.word(k) in WORDS.figurative_blast for k in range(max(start, m.first - 2), min(end, m.last + 3))
    ):
        return True  # «مفاجأة كبيرة فجرها»: a surprise sprung, nothing exploded
    if m.entry.form == "نحر" and m.first > start and s.word(m.first - 1) in ("في", "الي"):
        return True  # «أن يرد كيدهم في نحرهم»: an idiom (back in their throats)
    if m.entry.form == "استهدف" and any(s.word(k) in WORDS.audience_aimers for k in range(m.last + 1, min(end, m.last + 3))):
        return True  # «استهدف المهرجان طلاب المدارس»: an audience aimed at
    if m.entry.form == "اعتدي علي" and m.last + 1 < end and s.word(m.last + 1) in WORDS.abstract_victims:
        return True  # «وتعتدي على الحقوق المدنية»: rights, no one hurt
    if any(s.word(k) in WORDS.naming for k in range(max(start, m.first - 3), m.first)) and any(
        tokens[k].norm in ("«", '"', "“") for k in range(max(start, m.first - 3), m.first)
    ):
        return True  # «اتخذت اسم «الرقة تذبح بصمت»»: a name in quotes, nothing told
    return _in_chant(tokens, m, start)  # «وأطلق المتظاهرون هتافات منها «تركيا تقتلنا»»: a slogan


def _practice(s: _Sentence, m: Mention, cs: int, ce: int) -> bool:
    """Stage 1d: a practice, a habit, a state or a kind of act rather than one occurrence."""
    start, end = s.start, s.end
    if "habitual" in s.has and m.tense == "present":
        return True  # «يخطف طفل كل ساعة»: a general statement, not an occurrence
    if m.tense == "present" and m.type in _VIOLENCE_TYPES and not s.has & {"time", "support", "casualty"} \
            and not any(o.type in _VIOLENCE_TYPES and (o.tense == "past" or (o.tense == "noun" and o.entry.strong))
                        for o in s.mentions):
        # «جيوبا عسكرية لطهران يعتدون على اليمن»، «يقتلون المسلمين ويستهدفون المساجد»: a present
        # verb of violence with no time word, support verb, casualty or told act of violence in
        # its sentence (a weapon, «بالرصاص», tells none) says what people do, not what happened
        return True
    if m.tense == "present" and m.type == "strategic_developments" and any(
            s.word(k) in WORDS.was for k in range(max(cs, m.first - 3), m.first)):
        # «كان يجند الصبية»: a past habit (protests and fighting told in the past
        # continuous, «كانوا يرددون», «كان المسلحون يطلقون النار», did happen)
        return True
    if m.tense == "present" and any(s.word(k) in ("منذ", "ومنذ") for k in range(cs, ce)):
        return True  # «فيما تحاصر القاعدة منذ أيام قوات أخرى»: a present with «منذ» is a state
    if any("repeated" in s.cls(k) for k in range(cs, ce)):
        # «تم إيقافه عديد المرات», «واعتقل مرارا»: a history, not an occurrence (in the
        # mention's clause: «وتمت الإشارة مرارا إلى وجود جنود ... منذ أن استعادت القوات
        # السيطرة عليها في منتصف يوليو» repeats the reports, not the retaking)
        return True
    if m.tense == "present" and m.last + 2 < end and s.word(m.last + 1) == "كل" and s.word(m.last + 2) == "من":
        return True  # «داعش يعتقل كل من ينشر أخبار التنظيم»: a practice, not one arrest
    if m.tense == "present" and m.subtype in _FORCES and m.first > start and s.word(m.first - 1) in WORDS.relatives:
        return True  # «في جميع المناطق التي ينسحبون منها»: wherever they withdraw, a habit
    if m.entry.form in WORDS.holding and m.tense == "present":
        return True  # «يحتجز داعش فتاة سويدية»: a captive held, the arrest is told elsewhere
    if m.tense == "noun" and m.first - 2 >= start and s.word(m.first - 1) in WORDS.so_called \
            and s.word(m.first - 2) in ("ما", "بما", "لما", "فيما"):
        return True  # «توسيع ما يسمى بالاعتقال الإداري»: a practice named, not an occurrence
    if m.tense == "noun" and m.first - 2 >= start and s.word(m.first - 1) in ("علي", "عن") \
            and s.word(m.first - 2) in WORDS.limited:
        return True  # «لم تقتصر على المواجهات العسكرية»: a kind of act, not one occurrence
    return _campaign(s, m, cs, ce) or _tally(s, m, cs, ce)


def _campaign(s: _Sentence, m: Mention, cs: int, ce: int) -> bool:
    """Stage 1e: an ongoing war or campaign rather than one occurrence."""
    lex, tokens, start, end = s.lex, s.tokens, s.start, s.end
    if m.tense == "noun" and any(
        s.word(k) in WORDS.recent_periods and s.word(k - 1) in ("في", "خلال") and s.word(k + 1) in ("الماضيه", "الاخيره")
        # (near the mention: «وجرت التظاهرة بهدوء بالمقارنة مع تجمعات ... في السنوات الأخيرة»
        # compares with the past, the march itself happened)
        for k in range(max(cs, start + 1, m.first - 9), min(ce, end - 1, m.last + 6))
    ):
        return True  # «عاود في الأسابيع الماضية تنفيذ تفجيرات انتحارية»: a campaign over weeks
    if m.first - 2 >= start and s.word(m.first - 1) == "في" and s.word(m.first - 2).lstrip("و") in WORDS.taking_part_now:
        return True  # «مقاتلات الأباتشي تشارك في قصف مواقع الانقلابيين»: taking part now, a campaign
    if m.type in _VIOLENCE_TYPES and any(s.word(k) in WORDS.nth_period for k in range(start, end)):
        return True  # «تتواصل المعارك ... للشهر الرابع على التوالي»: an ongoing war (the whole sentence)
    if m.tense == "noun" and m.type in _VIOLENCE_TYPES and m.first > start and s.word(m.first - 1) in WORDS.campaign:
        return True  # «بدأ تحالف تقوده السعودية حملة ضربات جوية»: a campaign, no one occurrence
    if m.tense == "noun" and m.type in _VIOLENCE_TYPES and _begun(s, m):
        return True  # «بدأت الغارات التركية الأسبوع الماضي باستهداف»: strikes begun, a campaign
    if m.tense == "noun" and (any(
        _present_support(lex, tokens[k]) and s.word(m.first).endswith(_PLURAL_ENDS)
        for k in range(max(start, m.first - 3), m.first)
    ) or any(_continues(tokens[k]) for k in range(max(cs, m.first - 8), m.first))):
        # («تواصل المقاومة ... تنفيذ المرحلة الثانية من تحرير لحج»: anywhere before in the clause)
        return True  # «وتشن بريطانيا ضربات ضد داعش»: an ongoing campaign
    return m.tense == "noun" and any(
        _present_support(lex, tokens[k]) for k in range(m.last + 1, min(end, m.last + 3))
    )  # «بمساندة ضربات جوية يشنها التحالف»: an ongoing campaign too


def _begun(s: _Sentence, m: Mention) -> bool:
    """Is the mention a plural violence noun right after a verb of beginning, or a noun told
    up to six words after such a pair (what the campaign began with: «بدأت الغارات التركية
    الأسبوع الماضي باستهداف مواقع»)?"""
    for k in range(max(s.start, m.first - 7), m.first):
        if s.word(k) in WORDS.began and s.word(k + 1).endswith(_PLURAL_ENDS) and any(
            o.first == k + 1 and o.type in _VIOLENCE_TYPES for o in s.mentions
        ):
            return True
    return False


def _tally(s: _Sentence, m: Mention, cs: int, ce: int) -> bool:
    """Stage 1f: a toll or a count over a period, to date or since an occurrence."""
    lex, tokens, start, end = s.lex, s.tokens, s.start, s.end
    killing = m.entry.form in CASUALTY_WORDS or m.entry.form in WORDS.killings
    if killing and _until_now(tokens, m, start, end):
        return True  # «قتل أكثر من 260 مقاتلا ... حتى الأول من أغسطس»: a toll to date
    if m.tense == "noun" and m.type in _VIOLENCE_TYPES and _until_now(tokens, m, cs, ce):
        # the strikes or attacks that caused a toll to date, in the clause that counts it: «في
        # حين اوقعت الغارات الجوية التركية ... حتى الان اكثر من 400 قتيلا» (a campaign's sum)
        return True
    if _since_occurrence(lex, tokens, m, s.mentions, start, end):
        return True  # «ألقت تونس القبض على عشرات ... منذ هجوم سوسة»: a tally since an occurrence
    if _aggregate_since(lex, tokens, m, start, end):
        return True  # «أسفرت المعارك عن مقتل 3200 شخص منذ مارس»: a tally over a period
    # «أكثر من ألفي عراقي أعدموا»: thousands killed are a tally, not one occurrence (in the
    # mention's clause: «... مما قوض تأييد وجود 60 ألفا من القوات» counts troops)
    return killing and _thousands(tokens, cs, ce)


def _background(s: _Sentence, m: Mention, cs: int) -> bool:
    """Stage 1g: an occurrence named as the background of what is told (a cause of a state, a
    time reference, the circumstances, victims described) or as part of another act told."""
    tokens, start = s.tokens, s.start
    if m.tense == "noun" and _background_cause(tokens, m, start, s.mentions):
        return True  # «بعد توقف أربعة أشهر جراء المواجهات المسلحة التي دارت»: the cause of a state
    if m.tense == "noun" and _time_reference(tokens, m, start):
        return True  # «منذ بدء المعارك»، «أربعة أشهر من المعارك»: an ongoing war as a time span
    if m.tense != "noun" and m.entry.form in CASUALTY_WORDS and m.first > start \
            and s.word(m.first - 1) in WORDS.relatives and len(s.mentions) == 1:
        return True  # «غالبية الضحايا الذين قتلوا ... دفنوا»: the victims described, nothing told
    if _amid(tokens, m, cs):
        return True  # «في ظل قيام الطائرات الحربية التركية بشن غارات»: the circumstances, a background
    # «بادروا باطلاق النار على حافلة وهددوا بسلاحهم سائقا»، «اعتقل ... وقاموا بتهديده بالضرب»:
    # a threat made during an act told in the same sentence is part of that act (events-3b,
    # SaudiNewsNet 2015 dev part G)
    return m.subtype == "threat" and any(
        o is not m and o.subtype != "threat" and (o.type in _VIOLENCE_TYPES or o.subtype == "arrests")
        for o in s.mentions
    )


def _told_as_occurrence(s: _Sentence) -> list[Mention]:
    """Stage 1: the mentions no check of stages 1a-1g drops, less the adjective of a dropped
    noun («وحدة التفجيرات والهجمات الانتحارية»)."""
    kept: list[Mention] = []
    for m in s.mentions:
        cs, ce = clause_bounds(s.tokens, m.first, s.start, s.end)
        if _unreal(s, m, cs) or _no_violence(s, m) or _misread(s, m) or _practice(s, m, cs, ce) \
                or _background(s, m, cs):
            continue
        kept.append(m)
    dropped_ends = {m.last for m in s.mentions if m not in kept}
    return [m for m in kept if not (m.entry.form in WORDS.suicide_adj and m.first - 1 in dropped_ends)]


def _weak_confirmed(s: _Sentence, m: Mention, stage1: list[Mention], strong_fams: set[str]) -> bool:
    """Stage 2b: a weak entry needs a confirming context (a strong mention of its family, a
    support verb, «قام ... بـ», managed to; armed men, protesters, a second protest cue)."""
    lex, tokens, start, end, has = s.lex, s.tokens, s.start, s.end, s.has
    fam = family(m.subtype, m.type)
    cs, ce = clause_bounds(tokens, m.first, start, end)
    ok = fam in strong_fams or _support_near(lex, tokens, m, cs, ce) or _after_qama(tokens, m, start) \
        or _managed(tokens, m, cs)
    # armed actors confirm a weak violence verb («اقتحم مسلحون»), not a noun: a seized
    # «قنبلة» or the «جرحى» of a ceremony are no attack
    if fam == "violence" and "armed" in has and m.tense != "noun" and m.entry.form not in CASUALTY_WORDS \
            and m.subtype not in _TERRITORY and m.entry.form not in WORDS.needs_violence:
        ok = True
    if m.entry.form in WORDS.needs_violence:
        # «استهدفت البلدتين بأكثر من 1400 قذيفة»: another violence word (a weapon will do)
        # (not each other: «1500 مدرسة دمرت ... هذه المدارس استهدفها» tells no attack)
        ok = any(o is not m and o.type in _VIOLENCE_TYPES and o.entry.form not in WORDS.needs_violence
                 for o in stage1) and not (m.first > start and s.word(m.first - 1) in WORDS.relatives)
    if fam == "protest" and "protester" in has:
        ok = True
    # «انسحبت القوات»، «فرّ المسلحون»، «انضم إلى تنظيم داعش»; not «انسحب الحزب من المشاورات»
    if fam in _FORCES and "armed" in has and m.tense != "noun":
        ok = True
    # two different physical protest cues confirm each other («تجمع ... لافتات»)
    if fam == "protest" and m.entry.form not in WORDS.verbal_protest and any(
        o is not m and family(o.subtype, o.type) == "protest" and o.entry.form != m.entry.form
        and o.entry.form not in WORDS.verbal_protest
        for o in stage1
    ):
        ok = True
    return ok


def _confirmed(s: _Sentence, stage1: list[Mention], place_toks: frozenset[int]) -> list[Mention]:
    """Stage 2: what the context must confirm: agreements between armed parties, nouns of
    purpose, figures of speech, civil movers, words whose object decides, weak entries."""
    lex, tokens, start, end, has = s.lex, s.tokens, s.start, s.end, s.has
    strong_fams = {family(m.subtype, m.type) for m in stage1 if m.entry.strong}
    stage2: list[Mention] = []
    for m in stage1:
        if m.subtype == "agreement" and not has & {"armed", "truce"}:
            continue  # «توصلت إدارة المطار إلى اتفاق»: ACLED's agreements are between armed parties
        if m.tense == "noun" and not m.entry.strong and _with_li(tokens[m.head], m.entry.words[0]):
            continue  # «تسفيره للقتال»: a purpose
        if m.entry.form in ("معركه", "معارك") and m.last + 1 < end and s.word(m.last + 1) in WORDS.figurative:
            continue  # «يخوض معركة سياسية»: a figure of speech
        if m.entry.form in MOVING and (civil_mover(lex, tokens, m, start, s.classes)
                                        or to_a_scene(tokens, m, end)):
            continue  # «توجه وفد يضم وزراء إلى عدن»: a delegation; «وصلت أول كتيبة إلى الجبهة»: forces
        if m.entry.form in OBJECT_CHECKED:
            # «القضاء على إرهابيين» (killing) but «القضاء على الفقر»; «تحرير مدينة عدن» but
            # «رئيس التحرير»: what follows decides
            # (or armed men managed it: «تمكنت [قوات الشرعية] من السيطرة على مناطق عدة»)
            if object_ok(lex, tokens, m, end, has, place_toks) or (
                m.subtype in _TERRITORY and "armed" in has
                and _managed(tokens, m, clause_bounds(tokens, m.first, start, end)[0])
            ):
                stage2.append(m)
            continue
        if not m.entry.strong and not _weak_confirmed(s, m, stage1, strong_fams):
            continue
        stage2.append(m)
    return stage2


def _anchored(s: _Sentence, stage2: list[Mention], anchored: bool) -> list[Mention]:
    """Stage 3: a noun needs an anchor: a kept verb, or (unless the sentence speaks of the
    future) a support verb, a time word, a date or a casualty (``anchored``)."""
    tokens, start, end = s.tokens, s.start, s.end
    verb_kept = any(m.tense != "noun" for m in stage2)
    # A sentence about tomorrow (غدا، الأسبوع المقبل) or with a future verb does not anchor
    # its nouns by its time words or dates: «وقفة احتجاجية يوم الاثنين المقبل».
    future = "future" in s.has or any(m.tense == "future" for m in s.mentions)
    anchor = verb_kept or (not future and (anchored or bool(s.has & {"support", "time", "casualty"})))
    # («قام مسلحون بخطف»، «بادر 18 حوثيا بتسليم أنفسهم»: the noun is the predicate, anchored)
    # («تمكنت الوحدة ... من إيقاف 6 عناصر»: managed to, done: anchored too)
    return [m for m in stage2 if m.tense != "noun" or anchor or _after_qama(tokens, m, start)
            or _managed(tokens, m, clause_bounds(tokens, m.first, start, end)[0])]


def keep_mentions(
    lex: Lexicon,
    tokens: Sequence[Token],
    mentions: list[Mention],
    start: int,
    end: int,
    anchored: bool,
    place_toks: frozenset[int] = frozenset(),
) -> list[Mention]:
    """The mentions of one sentence ``[start, end)`` that report an occurrence (see the
    module docstring). ``anchored`` says whether the sentence holds a date record or a
    casualty quantity (from other layers); ``place_toks``: token indices where a place record
    starts (a named place as the object of a taking). Stages: 0 the sentence's word classes,
    1 drop what is told as no occurrence (1a-1g), 2 keep what the context confirms, 3 anchor
    the nouns."""
    if _after_footer(tokens, start):
        return []
    s = _sentence(lex, tokens, mentions, start, end)
    return _anchored(s, _confirmed(s, _told_as_occurrence(s), place_toks), anchored)
