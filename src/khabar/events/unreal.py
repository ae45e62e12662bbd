"""Stages 1a-1c of the event filters: mentions told as not done (future, negated, planned,
conditional, a purpose), as no violence (sport, accidents, duds, mines laid or defused,
animals, cyber attacks, bombers named alone) or misread (a look-alike word, a name, a chant).
Called by :func:`khabar.events.filters.keep_mentions`; word lists in
``data/events/filter_words.tsv``."""

from __future__ import annotations

from collections.abc import Sequence

from ..segment import QUOTE_MARKS, Token
from .clauses import CASUALTY_WORDS, clause_bounds, word_classes
from .lexicon import Lexicon, ffold, readings
from .occurrences import _in_chant, _with_li
from .sentence_view import VIOLENCE_TYPES, SentenceView, purpose_li
from .triggers import Mention
from .wordlists import FILTER_WORDS as WORDS

__all__ = ["misread", "no_violence", "unreal"]


# How many tokens back a negation and an irrealis word are looked for.
_NEG_WINDOW = 2
_IRREALIS_WINDOW = 6


def _negated(lex: Lexicon, tokens: Sequence[Token], m: Mention, cs: int) -> bool:
    for k in range(max(cs, m.first - _NEG_WINDOW), m.first):
        if "negation" in word_classes(lex, tokens[k]) and not _la_goes_on(tokens, k):
            return True
    return False


def _la_goes_on(tokens: Sequence[Token], k: int) -> bool:
    """«لا» that negates no trigger: «لا يزال»، «ولا سيما» (still, especially; list
    ``la_not_negating``), and «لا» read after a proclitic other than و/ف: «كلا» (both), «طائرة بلا
    طيار» (a drone) (events-16g)."""
    w = ffold(tokens[k].norm)
    if w.endswith("لا") and w.lstrip("وف") != "لا":
        return True
    return w.lstrip("وف") == "لا" and k + 1 < len(tokens) and ffold(tokens[k + 1].norm) in WORDS.la_not_negating


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
    if any(ffold(tokens[k].norm).lstrip("و") in WORDS.not_done_yet for k in range(max(cs, m.first - _IRREALIS_WINDOW), m.first)):
        # «استبعدوا إقدامه على تنفيذ هجوم» (ruled out)، «يتم التجييش والتعبئة لأعمال عنف» (mobilised
        # for)، «ويتضمن ذلك قتل المهربين» (what a policy includes): no act told (events-6b, audits J, K)
        return True
    if any(ffold(tokens[k].norm).lstrip("و") in WORDS.decisions for k in range(cs, m.first)):
        # «قررت الهيئة الإدارية القطاعية للتعليم الثانوي تنفيذ جملة من التحركات الاحتجاجية»: a
        # decision reaches its whole clause, beyond the six-word window (events-5a, from
        # events-5d's ANT audits)
        return True
    # A denial or a condition anywhere earlier in the sentence («نفى الجيش أن يكون قد
    # قصف...», «إذا لم يتبق لديك أسلحة، استخدم قنبلة وفجر نفسك»).
    return any(
        "denial" in word_classes(lex, tokens[k]) or ffold(tokens[k].norm) in WORDS.conditions for k in range(s_start, m.first)
    )


# Subtypes of explosives that may be found and defused rather than explode.
_EXPLOSIVES = frozenset({"remote_explosive", "suicide_bomb", "grenade"})


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


def _unexploded(lex: Lexicon, tokens: Sequence[Token], m: Mention, end: int) -> bool:
    """A negation and a verb of exploding right after the noun: «مقذوف لم ينفجر»."""
    nxt = [tokens[k] for k in range(m.last + 1, min(end, m.last + 3))]
    return len(nxt) == 2 and "negation" in word_classes(lex, nxt[0]) and ffold(nxt[1].norm) in ("ينفجر", "تنفجر")


def _gathering_of_fighters(lex: Lexicon, tokens: Sequence[Token], m: Mention, cs: int, end: int) -> bool:
    """A gathering noun of armed men («تجمعات للحوثيين»، «تجمعا لآليات الميليشيات») or after a
    violence verb of its clause («استهدفت طائرات التحالف تجمعات») is a target, not a protest."""
    after = range(m.last + 1, min(end, m.last + 3))
    if any("armed" in word_classes(lex, tokens[k]) for k in after):
        return True
    return any(
        ffold(tokens[k].norm).lstrip("و") in WORDS.targeting for k in range(max(cs, m.first - 4), m.first)
    )


def _support_li(lex: Lexicon, tok: Token, prev: Token | None = None) -> bool:
    """A support noun after the purpose ل: «لشن»، «لتنفيذ». Not the ل a word before it governs
    (``prev``, list ``li_governors``: «نظرا لتعرضه»، «أدى لسقوط 5 قتلى», a cause or a result; a
    verb of undergoing: «تعرضها لسقوط مقذوفات», what is undergone), nor ل before a noun of what
    one undergoes (list ``undergo_verbs``, with a pronoun: «لتعرضه لهجوم» is because he was
    attacked; nobody acts in order to undergo). Bug fix, events-15i (docs/events.md)."""
    w = ffold(tok.norm)
    w = w[1:] if len(w) > 4 and w[0] in "وف" else w
    if not (len(w) >= 3 and w[0] == "ل" and "support" in lex.classes(w[1:])):
        return False
    before = ffold(prev.norm).lstrip("وف") if prev is not None else ""
    if before in WORDS.li_governors or _undergoing(before):
        return False  # «نظرا لتعرضه»، «أدى لسقوط»؛ «تعرضها لسقوط مقذوفات»: the ل of what is undergone
    return not _undergoing(w[1:])


def _undergoing(w: str) -> bool:
    """«تعرض»، «تعرضت»، «تعرضه»، «تعرضها» (list ``undergo_verbs``, with an attached pronoun)."""
    return any(w == v or (w.startswith(v) and w[len(v):] in _PRONOUNS) for v in WORDS.undergo_verbs)


# Pronouns attached to a noun (folded): «تعرضه»، «تعرضها»، «تعرضهم».
_PRONOUNS = frozenset({"ه", "ها", "هم", "هما"})


def _what_goes_on(tokens: Sequence[Token], m: Mention, cs: int) -> bool:
    """(``cs`` one token before the clause: «مما» itself starts a clause.)"""
    if m.tense != "noun":
        return False
    words = [ffold(tokens[k].norm) for k in range(max(cs, m.first - 5), m.first)]
    return any(a in WORDS.what and b in WORDS.goes_on and c == "من" for a, b, c in zip(words, words[1:], words[2:], strict=False))


def _violent_threat(lex: Lexicon, tokens: Sequence[Token], m: Mention, end: int) -> bool:
    """«هدد بالقتل», «هددوا بتفجير»: the word after ب is violence (or a strike, a sit-in)."""
    for k in range(m.head + 1, min(end, m.head + 5)):
        w = ffold(tokens[k].norm)
        if w.startswith("ب"):
            stems = {st for _, st, _ in readings(w[1:])} | {w[1:]}
            return bool(stems & (WORDS.threat_objects | set(lex.nouns)))
    return False


def unreal(s: SentenceView, m: Mention, cs: int) -> bool:
    """Stage 1a: not done (future, negated, subjunctive, purpose, plan, condition, expected)."""
    lex, tokens, start, end = s.lex, s.tokens, s.start, s.end
    if m.tense == "future" or _negated(lex, tokens, m, cs):
        return True
    if m.tense == "present" and m.first > start and s.word(m.first - 1) in ("ان", "بان", "وان") \
            and not (m.first - 1 > start and s.word(m.first - 2) in ("قبل", "بعد", "وقبل", "وبعد")):
        return True  # «أن يُقتّلوا»، «يجب أن يقتل»: a subjunctive (not «قبل أن تسيطر»: a past)
    if m.tense == "present" and purpose_li(tokens[m.head]):
        return True  # «ومن ثم تفجيرها لتقتل كل من حولها»: a purpose, like a subjunctive
    if m.tense == "noun" and m.first > start and _support_li(lex, tokens[m.first - 1],
                                                             tokens[m.first - 2] if m.first - 1 > start else None):
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


def no_violence(s: SentenceView, m: Mention) -> bool:
    """Stage 1b: violence words that tell no violence (sport, accidents, duds, defused or laid
    explosives, animals, cyber attacks, bombers named alone)."""
    lex, tokens, start, end = s.lex, s.tokens, s.start, s.end
    violence = m.type in VIOLENCE_TYPES
    if violence and any("sports" in cls for cls in s.classes):
        return True
    violent_cause = any(o.type in VIOLENCE_TYPES and o.entry.form not in CASUALTY_WORDS for o in s.mentions)
    if ("accident" in s.has or _crash_told(s)) and m.entry.form in CASUALTY_WORDS and not violent_cause:
        return True  # «حادث مرور أسفر عن مقتل شخص»، «لقي 19 شخصا حتفهم في تصادم حافلتين»: deaths, not violence
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
    if violence and m.tense == "noun" and not s.has & {"casualty"} and not any(
            o.entry.form in CASUALTY_WORDS for o in s.mentions) and any(
            s.word(k).lstrip("وبل") in WORDS.cyber_context for k in range(start, end)):
        # «البرنامج الخبيث ... الذي استخدم في هجوم 2016 في أوكرانيا»، «هجمات القراصنة»: an attack in
        # a sentence about malware or hacking, with nobody killed or hurt (events-6b, audit J)
        return True
    cs = clause_bounds(tokens, m.first, start, end)[0]
    if m.tense == "noun" and m.subtype in _EXPLOSIVES and any(
        s.word(k).lstrip("و") in WORDS.laying for k in range(max(cs, m.first - 3), m.first)
    ):
        return True  # «وتركوا خلفهم ألغاما أرضية»: mines left, nothing exploded
    if m.tense == "noun" and m.subtype in _EXPLOSIVES and _laid_after(s, m):
        return True  # «العبوات الناسفة التي زرعها مسلحو التنظيم»: explosives laid, nothing exploded
    if m.entry.form in WORDS.bombers and not any(
        o is not m and o.type in VIOLENCE_TYPES and o.entry.form not in WORDS.bombers for o in s.mentions
    ):
        return True  # «تجهيز الانتحاريين»: the bombers, no attack told
    return False


def _crash_told(s: SentenceView) -> bool:
    """A crash verb of list ``crashes`` in the sentence («تصادم حافلتين»، «انقلب القارب»، «تحطم
    الطائرة»), not one of ``crashes_elsewhere`` («سقوط قتلى»، «سقوط قذائف»). Bug fix, events-17b: the
    list names the crash verbs that the context list's accident class misses, the docstring of
    :mod:`khabar.events.filters` drops "a word of death or injury alone in a sentence about an
    accident", and the list was read in the sentence before the toll only."""
    crashes = WORDS.crashes - WORDS.crashes_elsewhere
    return any(s.word(k).lstrip("و") in crashes for k in range(s.start, s.end))


def _laid_after(s: SentenceView, m: Mention) -> bool:
    """An explosive described by a relative clause of laying right after it, up to two words
    (its adjectives) between: «العبوات الناسفة التي زرعها»، «الألغام التي زرعوها» (list
    ``laying``, the verb with an attached pronoun). Not where someone is killed or hurt in its
    clause («قتل جنديان بالعبوة الناسفة التي زرعها مسلحون»: the device went off). Bug fix,
    events-16c: ``no_violence`` drops laid explosives, and read the laying verb before the noun
    only (docs/events.md)."""
    cs, ce = clause_bounds(s.tokens, m.first, s.start, s.end)
    if any(o.entry.form in CASUALTY_WORDS and cs <= o.first < ce for o in s.mentions if o is not m):
        return False
    inside = {q for o in s.mentions if o is not m for q in range(o.first, o.last + 1)}
    for k in range(m.last + 1, min(s.end - 1, m.last + 4)):
        if k in inside:
            return False  # «انفجار عبوة ناسفة التي زرعها»: the clause describes the device, not the blast
        if s.word(k).lstrip("و") in WORDS.relatives:
            w = s.word(k + 1)
            # (the pronoun of the explosive on the verb: «زرعها»، «زرعوها» for «زرعوا»)
            stems = {w} | {w[: -len(p)] for p in _PRONOUNS if w.endswith(p)}
            return any(v in WORDS.laying or v + "ا" in WORDS.laying for v in stems)
    return False


def _fajr_not_blast(s: SentenceView, m: Mention) -> bool:
    """«فجر» read as the first word of a name («فجر ليبيا»، «عملية فجر الكرمة», or a short name in
    quotes: «"فجر الأوديسا"») or as dawn (a day right after it: «فجر أول من أمس»، «فجر (الأحد)»; a
    word of time right before: «منذ ساعات فجر»), not as «فجّر» (events-9d; lists ``fajr_name_*``,
    ``dawn_*``)."""
    nxt = s.word(m.last + 1) if m.last + 1 < s.end else ""
    prev = s.word(m.first - 1) if m.first > s.start else ""
    # a name in quotes closes within two words («"فجر ليبيا"»); a quote opened by a verb runs on
    # («لـ«الشرق الأوسط»: «فجر أحد مسلحي (داعش) أمس نفسه»)
    quoted = prev in QUOTE_MARKS and any(s.tokens[k].norm in QUOTE_MARKS for k in range(m.last + 1, min(s.end, m.last + 4)))
    if nxt in WORDS.fajr_name_after or prev.lstrip("و") in WORDS.fajr_name_before or quoted:
        return True
    return nxt in WORDS.dawn_after or prev.lstrip("و") in WORDS.dawn_before


def _protest_context(s: SentenceView, m: Mention) -> bool:
    """Does the sentence tell a protest besides ``m``: another protest word, protesters, a protest
    purpose or a demand («احتجاجا»، «مطالبين»، «ضد»)?"""
    weak = WORDS.signs_raised | WORDS.gatherings
    if any(o is not m and o.type == "protests" and o.entry.form not in weak for o in s.mentions):
        return True
    return any("protester" in s.cls(k) or s.word(k).lstrip("و") in WORDS.protest_purposes
               or s.word(k).lstrip("و") in WORDS.protest_context for k in range(s.start, s.end))


def _no_protest_told(s: SentenceView, m: Mention) -> bool:
    """Protest look-alikes (events-10b; lists ``signs_raised``, ``gatherings``, ``protest_context``,
    ``pretend_after``): «تظاهر ب» is to pretend («ويتظاهر بالصلاح»، «تظاهر بأنه ميت»); slogans,
    flags or pictures raised or chanted and people or forces gathered tell a protest only where the
    sentence tells one («ورفع شعارات زائفة»، «رفع المعنويات «بصورة»»، victims gathered to fetch water,
    «احتشدت قوات من الجيش»; not «رفع المتظاهرون لافتات»، «تجمع المحتجون»)."""
    if m.type != "protests":
        return False
    if m.entry.form == "تظاهر" and m.last + 1 < s.end and s.word(m.last + 1) in WORDS.pretend_after:
        return True
    return m.entry.form in (WORDS.signs_raised | WORDS.gatherings) and not _protest_context(s, m)


def misread(s: SentenceView, m: Mention) -> bool:
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
    if m.type == "protests" and any(s.word(k).lstrip("و") in WORDS.celebrating for k in range(start, end)) \
            and not any(s.word(k).lstrip("و") in WORDS.protest_purposes or "protester" in s.cls(k)
                        for k in range(start, end)):
        # «رددت الجماهير هتافات تشجيع وأحيت المدارج بأجواء احتفالية»، «خرجت جماهير النادي إلى الشوارع
        # احتفالا بفوز فريقهم»: cheering or celebrating, no protest (events-6b, audits J and 6b); not
        # with protesters in the sentence («نظم أنصار شافيز احتفالات ... في حين ... المتظاهرون المعارضون
        # ... ورددوا هتافات مناهضة للحكومة», a sentence of the 645 set's tuning half)
        return True
    if _no_protest_told(s, m):
        return True  # «ورفع شعارات براقة زائفة»، «ويتظاهر بالصلاح»: no protest told
    if m.subtype in ("peaceful_protest", "protest_with_intervention") and m.last + 1 < end \
            and s.word(m.last + 1) in ("الي", "لها", "له", "لهم"):
        return True  # «يحتجن إلى النوم»: need (احتاج), not protest (احتج على)
    if m.entry.form == "فجر" and any(
        s.word(k) in WORDS.figurative_blast for k in range(max(start, m.first - 2), min(end, m.last + 3))
    ):
        return True  # «مفاجأة كبيرة فجرها»: a surprise sprung, nothing exploded
    if m.entry.form == "فجر" and _fajr_not_blast(s, m):
        return True  # «ميليشيات فجر ليبيا»، «منذ ساعات فجر أول أيام العيد»: a name or dawn
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
