"""Trigger mentions: lexicon words and phrases found in a sentence's tokens.

A :class:`Mention` is one trigger occurrence before any filtering: the token range of its
span, the lexicon entry, and its tense (``past``, ``present``, ``future`` for a present
verb with the future prefix س, or ``noun``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..segment import Token
from .clauses import CASUALTY_WORDS
from .lexicon import Entry, Lexicon, ffold, readings

__all__ = ["Mention", "caused_killing", "find_mentions", "token_stems"]

# Words of a phrase may be this many tokens apart for verb phrases: the subject often sits
# between a verb and its object («أطلق مسلحون النار», «رفع المتظاهرون لافتات»).
_VERB_GAP = 4


@dataclass(slots=True)
class Mention:
    first: int  # token index of the span's first token (document-wide)
    last: int  # token index of the span's last token (inclusive)
    entry: Entry
    tense: str  # past | present | future | noun
    head: int  # token index of the trigger word itself
    tail: int = -1  # token index of a phrase's last word when the span stops at the head
    support: int = -1  # token index of a support verb right before a noun («شن غارة»)
    definite: bool = False  # a noun that refers back (الهجوم، هذا الهجوم، هجمات باريس): merge.mark_definite

    @property
    def subtype(self) -> str:
        return self.entry.subtype

    @property
    def type(self) -> str:
        return self.entry.type


def token_stems(word: str) -> set[str]:
    """Every stem a folded word can have once clitics are stripped (the word included)."""
    out = {stem for _, stem, _ in readings(word)}
    # accusative tanween alef: «صاروخا», «هجوما»
    return out | {s[:-1] for s in out if s.endswith("ا") and len(s) > 3}


def _word_matches(word: str, tok: Token) -> bool:
    """Does a phrase word match a token? ``ب`` alone stands for the preposition attached to
    the token (هدد بـ); otherwise the word and the token share a stem."""
    t = ffold(tok.norm)
    if len(word) == 1:
        return t.startswith(word) and len(t) > 2
    if t == word:
        return True
    return bool(token_stems(word) & token_stems(t))


# A verb of taking and its preposition may hold a long subject between them (VSO; seventh
# pass, SaudiNewsNet 2015 war news): «وسيطر الحوثيون المتحالفون مع وحدات للجيش موالية للرئيس
# السابق علي عبد الله صالح على عدن»، «استولى مسلحو التنظيم المتطرف ... على». Up to this many
# tokens, none of them punctuation (the subject is one phrase); only for the territory rows
# whose second word is a preposition (the object checks of objects.py then apply).
_LONG_SUBJECT_GAP = 12
_LONG_SUBJECT_SUBTYPES = frozenset({"government_regains_territory", "non_state_actor_overtakes_territory"})
_GAP_PREPOSITIONS = frozenset({"علي", "الي", "من"})
_PUNCTUATION = frozenset("،,.؛;:()«»\"؟?!-")


# «علي» is also the name Ali (folded like «على»): before a father's or family name it is part
# of the subject, not the preposition («وسيطر الحوثيون المتحالفون مع وحدات موالية للرئيس
# السابق علي عبد الله صالح على عدن»، «الرئيس المخلوع علي صالح»).
_AFTER_ALI = frozenset({"عبد", "عبدالله", "صالح", "محسن", "بن"})


def _name_ali(tokens: Sequence[Token], k: int) -> bool:
    nxt = ffold(tokens[k + 1].norm) if k + 1 < len(tokens) else ""
    return ffold(tokens[k].norm) == "علي" and nxt in _AFTER_ALI


def _gap_of(entry: Entry) -> int:
    if entry.pos not in "vx":
        return 0
    if entry.subtype in _LONG_SUBJECT_SUBTYPES and len(entry.words) == 2 and entry.words[1] in _GAP_PREPOSITIONS:
        return _LONG_SUBJECT_GAP
    return _VERB_GAP


def _phrase_end(entry: Entry, tokens: Sequence[Token], i: int, end: int) -> int | None:
    """Token index of the phrase's last word, or None when the rest does not follow."""
    j = i
    gap = _gap_of(entry)
    for word in entry.words[1:]:
        for k in range(j + 1, min(end, j + 2 + gap)):
            if _word_matches(word, tokens[k]) and not (word == "علي" and _name_ali(tokens, k)):
                j = k
                break
            if gap > _VERB_GAP and tokens[k].norm in _PUNCTUATION:
                return None
        else:
            return None
    return j


_LOOKUP_MEMO: dict[tuple[int, str], list[tuple[Entry, str, bool]]] = {}

# Verbal nouns that name the concept when definite («جرائم القتل»، «تستهدف ... بالقتل
# والتخريب») and the act when indefinite with their object («قام جنود بقتل المدنيين»): their
# definite readings are no trigger.
_GENERIC_WHEN_DEFINITE = frozenset({"قتل", "ذبح", "قنص", "نسف", "رشق", "تحطيم", "تفخيخ"})


# Words that govern a noun: a verb-shaped word right after them is its verbal noun (قمع، قتل).
_NOMINAL_BEFORE = frozenset(ffold(w) for w in ("جراء", "بسبب", "إثر", "عقب", "نتيجة", "خلال", "أثناء", "أعقاب", "بعيد",
                                                "قبيل"))


def _lookup(lex: Lexicon, word: str) -> list[tuple[Entry, str, bool]]:
    """Candidate ``(entry, tense, with an attached pronoun)`` for one folded token under all
    its readings (memoised per lexicon and word)."""
    key = (id(lex), word)
    got = _LOOKUP_MEMO.get(key)
    if got is None:
        if len(_LOOKUP_MEMO) > 200_000:
            _LOOKUP_MEMO.clear()
        got = _LOOKUP_MEMO[key] = _lookup_uncached(lex, word)
    return got


def _lookup_uncached(lex: Lexicon, word: str) -> list[tuple[Entry, str, bool]]:
    out: list[tuple[Entry, str, bool]] = []
    for pre, stem, suf in readings(word):
        core = pre[1:] if pre[:1] in ("و", "ف") else pre
        # very short stems (فر) only as the whole word or after و/ف: «وفر» is «provided».
        if len(stem) < 3 and (core or suf or pre):
            continue
        if core in ("", "س", "ل"):
            for e, tense in lex.verbs.get(stem, ()):
                if core == "س":
                    if tense != "present":
                        continue
                    tense = "future"
                elif core == "ل" and tense != "present":
                    continue
                out.append((e, tense, bool(suf)))
        if core not in ("س",) and not (suf and core in ("ل",)):
            for e in (*lex.nouns.get(stem, ()), *lex.phrase_nouns.get(stem, ())):
                if "ال" in core and e.form in _GENERIC_WHEN_DEFINITE and not e.strong:
                    continue
                out.append((e, "noun", bool(suf)))
    return out


def find_mentions(lex: Lexicon, tokens: Sequence[Token], start: int, end: int) -> list[Mention]:
    """Trigger mentions in ``tokens[start:end]`` (one sentence), longest phrase first at
    each token; a token takes part in at most one mention."""
    out: list[Mention] = []
    used: set[int] = set()
    for i in range(start, end):
        if i in used or not tokens[i].is_arabic:
            continue
        cands = _lookup(lex, ffold(tokens[i].norm))
        if i > start and ffold(tokens[i - 1].norm) in _NOMINAL_BEFORE:
            # «جراء قمع الجيش للمتظاهرين»: after these words the form is a verbal noun
            cands = [c for c in cands if c[1] == "noun"] or cands
        # (rank, last, entry, tense, with an attached pronoun)
        best: tuple[tuple[int, bool, bool, bool], int, Entry, str, bool] | None = None
        for e, tense, suffixed in cands:
            j = _phrase_end(e, tokens, i, end) if len(e.words) > 1 else i
            if j is None:
                continue
            # the longest phrase; among equals the whole word before a reading with a pronoun
            # («تظاهرة» is the noun, not «تظاهر» + ه), then a strong entry, then a row before a
            # generated form («استعادة السيطرة»: the row «استعاد السيطرة», not the weak masdar)
            rank = (len(e.words), not suffixed or len(e.words) > 1, e.strong, not e.origin.startswith("morph:"))
            if best is None or rank > best[0]:
                best = (rank, j, e, tense, suffixed)
        if best is None:
            continue
        (n, *_), j, e, tense, suffixed = best
        contiguous = j - i + 1 == n
        last = j if contiguous else i
        if not _read_otherwise(e, tense, suffixed, tokens, i, j, start, end):
            out.append(Mention(i, last, e, tense, i, j))
        # a phrase read otherwise still takes its words («لإلقاء القبض» of a purpose: not «القبض»)
        used.update(range(i, j + 1) if contiguous else (i, j))
    return out


_AIR_COVER = ffold("غطاء جوي")


def _air_cover_given(tokens: Sequence[Token], i: int, start: int) -> bool:
    """«تحت غطاء جوي»، «بغطاء جوي»: air cover given to an act (the gold tuning part annotates it
    as the strikes); not «توفير غطاء جوي»، «هو غطاء جوي» (a need, a plan: events-4d audit A)."""
    w = ffold(tokens[i].norm)
    return w[:1] == "ب" or w[:2] == "وب" or (i > start and ffold(tokens[i - 1].norm) in ("تحت", "وتحت"))


# A runaway (events-4d audit A, the class «ran away from the family home»): «فرت من منزل
# والديها بالتبني»، «هرب من بيت أهله»; the flight of fighters or civilians is from a place or a
# fight («فر السكان من منازلهم» is plural and has no family noun). Folded forms.
_HOMES = frozenset(ffold(w) for w in ("منزل", "بيت", "المنزل", "البيت", "منزلها", "منزله", "بيتها", "بيته"))
_FAMILY = frozenset(ffold(w) for w in ("والديه", "والديها", "والدها", "والده", "أهله", "أهلها", "أسرته", "أسرتها",
                                       "عائلته", "عائلتها", "زوجها", "الأسرة", "العائلة", "الزوجية"))


def _from_family_home(tokens: Sequence[Token], j: int, end: int) -> bool:
    words = [ffold(tokens[k].norm) for k in range(j + 1, min(end, j + 4))]
    return len(words) >= 2 and words[0] == "من" and words[1] in _HOMES and (
        words[1].endswith(("ه", "ها")) or (len(words) > 2 and words[2] in _FAMILY))


# «وفّر» (to provide) read as و + «فرّ» (fled) (events-4d, unlabelled SaudiNewsNet): «المقاومة
# وفرت لهم مخرجا آمنا»، «الأسلحة التي وفرتها قيادة التحالف». Flight verbs are intransitive: one
# with an object pronoun or a «لـ» pronoun right after it is «provided» (or «هرّب», smuggled).
_LI_PRONOUNS = frozenset({"له", "لها", "لهم", "لهما", "لهن", "لنا", "لكم", "لي"})


def _provided(tokens: Sequence[Token], i: int, j: int, end: int, suffixed: bool) -> bool:
    if suffixed and tokens[i].norm[:1] in ("و", "ف"):
        return True
    if j + 1 >= end:
        return False
    nxt = ffold(tokens[j + 1].norm)
    return nxt in _LI_PRONOUNS or (tokens[i].norm[:1] == "و" and nxt.startswith("لل"))  # «وفرت للبرنامج»


# An arrest noun read with «لـ» names a purpose, not an arrest (events-4d, unlabelled SaudiNewsNet:
# «قاما بعملية في القرية لاعتقال فلسطيني مطلوب»، «وصلت قوات الاحتلال لاعتقال أحد أبنائه قبل أن
# تطلق النار عليه»); the arrest itself is told by «اعتقلت»، «تم اعتقال».
def _purpose_li(tok: Token, stem: str) -> bool:
    w = ffold(tok.norm)
    w = w[1:] if len(w) > 3 and w[0] in "وف" else w
    return w.startswith(("ل" + stem, "لل" + stem))


# «هاجم»، «هجوم» said of words or of animals (events-4d, unlabelled SaudiNewsNet): a verbal attack
# («هاجمت وسائل الإعلام السعودية الاتفاق النووي»، «تابع خلفان هجومه على نصر الله في مجموعة من
# التغريدات»، «شن هجوما لاذعا على»), an animal's («دبا أشيب هاجم أحد رواد المتنزه»). The verb's
# subject right after it or before it, its object right after it, the words of speech after it.
_ASSAULT_WORDS = frozenset(ffold(w) for w in ("هاجم", "هجوم", "هجمات", "هجوما", "هجمه", "هجومات"))
_MEDIA = frozenset(ffold(w) for w in (
    "وسائل", "الصحف", "صحف", "صحيفة", "الصحافة", "الإعلام", "إعلام", "الكاتب", "كاتب", "المعلق", "النائب", "نواب",
    "البرلمان", "المتحدث", "الوزير", "وزير", "الرئيس"))
_ABSTRACT_TARGETS = frozenset(ffold(w) for w in (
    "الاتفاق", "اتفاق", "القرار", "قرار", "السياسة", "سياسة", "سياسات", "المواقف", "مواقف", "الموقف", "موقف",
    "تصريحات", "التصريحات", "الخطاب", "خطاب", "البرنامج", "الإدارة", "المبادرة", "مبادرة"))
_SPEECH = frozenset(ffold(w) for w in (
    "تغريدة", "تغريدات", "التغريدات", "تويتر", "تصريحات", "تصريح", "مقال", "مقالة", "خطاب", "خطابه", "كلمة", "كلمته",
    "مقابلة", "لقاء", "بشدة", "لاذعا", "لاذع", "حادا", "حاد", "انتقادات", "منتقدا", "واصفا", "متهما"))
_ANIMALS = frozenset(ffold(w) for w in (
    "دب", "دبا", "الدب", "دببة", "ثور", "ثورا", "الثور", "قرش", "القرش", "كلب", "كلاب", "الكلب", "الكلاب", "أسد",
    "الأسد", "نمر", "النمر", "تمساح", "التمساح", "ذئب", "ذئاب", "الذئب", "فيل", "الفيل", "ثعبان", "أفعى", "نحل",
    "خنزير", "خنازير", "الخنازير", "الحيوانات", "حيوان"))
_SPEECH_WINDOW = 8
_SPEECH_BEFORE = frozenset(ffold(w) for w in ("خطابات", "خطابا", "كلمة", "كلمته", "تصريحات", "تغريدات", "مقالات", "مقالا",
                                               # seed 46: «في تغريداته التي هاجم فيها الإخوان»
                                               "تغريداته", "تغريداتها", "تصريحاته", "تصريحاتها", "خطابه", "مقاله"))
_HEADS_OF_STATE = frozenset(ffold(w) for w in ("الرئيس", "الوزير", "وزير"))


def _has(tokens: Sequence[Token], k: int, words: frozenset[str]) -> bool:
    x = ffold(tokens[k].norm)
    return x in words or (x[:1] in ("و", "ف") and x[1:] in words)


def _by_animals(tokens: Sequence[Token], i: int, start: int, end: int) -> bool:
    """An animal named within five words before or three after the attack or killing word."""
    return any(_has(tokens, k, _ANIMALS) for k in range(max(start, i - 5), min(end, i + 4)) if k != i)


def _not_armed_assault(tokens: Sequence[Token], i: int, start: int, end: int) -> bool:
    def has(k: int, words: frozenset[str]) -> bool:
        return _has(tokens, k, words)

    if i + 1 < end and not tokens[i].norm.endswith("وا") and (has(i + 1, _MEDIA) or has(i + 1, _ABSTRACT_TARGETS)):
        return True
    if i > start and has(i - 1, _MEDIA - _HEADS_OF_STATE):
        return True  # «الصحف هاجمت»; «الرئيس» before is often a genitive («منزل الرئيس هوجم»)
    if any(has(k, _SPEECH_BEFORE) for k in range(max(start, i - 3), i)):
        return True  # «ألقوا خطابات هاجموا فيها الحكومة» (seed 45)
    return any(has(k, _SPEECH) for k in range(i + 1, min(end, i + 1 + _SPEECH_WINDOW)))


# Words that, near a trigger word, show its other sense (events-4d, 600 unlabelled SaudiNewsNet
# articles without conflict words, seed 44): (trigger stem, window after, window before, words).
# «استشهد بـ» cites («واستشهد بما قيل شعرا»، «أستشهد بما حدث»; not «استشهد برصاص قناص»);
# «فجّر» a dispute or a crisis («فجّرت إثيوبيا الخلاف»، «فجر رئيس بوروندي أزمة»); «خطف» a
# qualification, the spotlight («على خطف بطاقة التأهل»، «خطف الأضواء»); «استهدف» said of a study,
# a programme, a plan («واستهدفت الدراسة الكشف عن»، «يستهدف البرنامج الشباب»).
_OTHER_SENSES: tuple[tuple[frozenset[str], int, int, frozenset[str]], ...] = tuple(
    (frozenset(ffold(s) for s in stems), after, before, frozenset(ffold(w) for w in words))
    for stems, after, before, words in (
        (("استشهد",), 1, 0, ("بما", "بقول", "بقوله", "بآية", "بالآية", "ببيت", "بأبيات", "بحديث", "بالحديث", "بمثل",
                             "بالمثل", "بكلام", "بمقولة", "بأقوال", "بمثال", "بتجربة", "بقصة", "بنص", "بشعر")),
        (("فجر",), 3, 0, ("الخلاف", "خلافا", "الأزمة", "أزمة", "الجدل", "جدلا", "قضية", "القضية", "فضيحة", "مفاجأة",
                          "غضب", "الغضب", "ثورة", "طاقات", "طاقاته", "طاقاتهم", "الصراع", "صراعا", "مشكلة", "المشكلة")),
        (("خطف", "خطفت"), 3, 0, ("بطاقة", "البطاقة", "الأضواء", "الأنظار", "الانتباه", "اللقب", "الفوز", "النقاط",
                                  "الصدارة", "الميدالية", "الذهب", "الكأس", "التأهل", "القلوب", "قلوب", "الإعجاب")),
        # «رئيس تحرير موقع الإصلاح»: the editor, not a liberation (seed 45)
        (("تحرير",), 0, 1, ("رئيس", "لرئيس", "ورئيس", "مدير", "مديرة", "سكرتير", "نائب", "هيئة")),
        # «التواصل مع أسر الشهداء»: the families, not captivity (seed 45)
        (("اسر",), 1, 0, ("الشهداء", "الشهيد", "الضحايا", "القتلى", "المصابين", "الجرحى", "المفقودين",
                          "المعتقلين", "الأسرى", "المتوفين", "المتوفين")),
        # «استهدفت الغارات تجمعا للحوثيين»، «خارج تجمع سكاني»: a gathering of fighters (a target)
        # or a settlement, not a rally (seed 45)
        (("تجمع", "تجمعا"), 1, 0, ("سكاني", "سكانية", "سكني", "سكنية", "للحوثيين", "للمسلحين", "لعناصر",
                                    "للميليشيات", "للمليشيات", "للقوات", "لقوات", "للجيش", "لمسلحي", "لمقاتلي",
                                    "عسكري", "للإرهابيين", "لتنظيم")),
        (("استهدف", "استهداف"), 2, 1, ("الدراسة", "دراسة", "البرنامج", "برنامج", "المشروع", "مشروع", "الخطة", "خطة",
                                        "المبادرة", "مبادرة", "الورشة", "الدورة", "الندوة", "المسابقة", "الاستراتيجية",
                                        "الملتقى", "المؤتمر", "البحث", "المسح", "الاستطلاع", "المعرض")),
    )
)


# A march or a gathering that celebrates (seed 45: «جابوا أحياء بريدة في مسيرة احتفالية»): no protest.
_CELEBRATION = frozenset(ffold(w) for w in ("احتفالية", "احتفالا", "ابتهاجا", "احتفالات", "الاحتفال", "الاحتفالات",
                                             "مهرجان", "المهرجان", "كرنفال", "احتفاء"))


# «فجرًا» at dawn (seed 46: «واعتقلت قوات الاحتلال فجراً شاباً»، «ليل الغاسق، فجرا صادق») is no
# «فجّرا» (the two blew up), which has its object or «نفسيهما» next.
_DAWN = ffold("فجرا")
_THEMSELVES = frozenset(ffold(w) for w in ("نفسيهما", "نفسهما", "أنفسهما"))


def _other_sense(e: Entry, tokens: Sequence[Token], i: int, start: int, end: int) -> bool:
    w = ffold(tokens[i].norm)
    if (w == _DAWN or w == "و" + _DAWN) and not (i + 1 < end and ffold(tokens[i + 1].norm) in _THEMSELVES):
        return True
    if e.subtype == "peaceful_protest" and any(_has(tokens, k, _CELEBRATION) for k in range(i + 1, min(end, i + 6))):
        return True
    for stems, after, before, words in _OTHER_SENSES:
        if e.words[0] in stems and any(
            _has(tokens, k, words) for k in range(max(start, i - before), min(end, i + after + 1)) if k != i
        ):
            return True
    return False


def _read_otherwise(e: Entry, tense: str, suffixed: bool, tokens: Sequence[Token], i: int, j: int, start: int,
                    end: int) -> bool:
    """Is the lexicon word at ``tokens[i..j]`` read in a sense that is no event (the classes of
    the events-4d audit, each described at its table below)?"""
    if e.form in _MUNITIONS and _seized_before(tokens, i, start):
        return True
    if e.form == _AIR_COVER and not _air_cover_given(tokens, i, start):
        return True
    if e.subtype == "flight_escape" and (_from_family_home(tokens, j, end) or _provided(tokens, i, j, end, suffixed)):
        return True
    if e.subtype == "arrests" and tense == "noun" and _purpose_li(tokens[i], e.words[0]):
        return True
    if _other_sense(e, tokens, i, start, end):
        return True
    return e.subtype == "attack" and (_by_animals(tokens, i, start, end) or (
        e.words[0] in _ASSAULT_WORDS and _not_armed_assault(tokens, i, start, end)))


# --------------------------------------------------------------------------- seized munitions
# Nouns of munitions (lexicon forms) that name an explosion or a strike only when used: the
# class «munitions seized, found or defused» (events-4d audit A): «تم حجز سلاح كلاشينكوف و3
# مخازن وقنابل يدوية»، «عثرت قوات الأمن على عبوة ناسفة وقامت بتفكيكها»، «ضبط صواريخ في مخزن»
# tell no explosion (a thwarted plot is an event only through its arrests: docs/annotation.md).
_MUNITIONS = frozenset(ffold(w) for w in (
    "قنبله", "قنابل", "قنبله يدويه", "قنابل يدويه", "عبوه", "عبوه ناسفه", "عبوات ناسفه", "سياره مفخخه",
    "سيارات مفخخه", "سياره ملغومه", "سيارات ملغومه", "مفخخه", "حزام ناسف", "قذيفه", "قذائف", "قذيفتان", "صاروخ",
    "صواريخ", "لغم", "الغام", "مقذوف", "مقذوفات"))
# Words of seizing, finding, holding and defusing (folded; with or without و/ف), looked for
# up to _SEIZED_WINDOW tokens before the munition noun in its sentence.
_SEIZING = frozenset(ffold(w) for w in (
    "ضبط", "ضبطت", "ضبطوا", "تضبط", "يضبط", "حجز", "حجزت", "تحجز", "صادر", "صادرت", "مصادرة", "عثر", "عثرت",
    "العثور", "تفكيك", "فكك", "فككت", "إبطال", "أبطل", "أبطلت", "بحوزته", "بحوزتهم", "بحوزتها", "حيازة",
    "ضبطها", "ضبطه", "حجزها", "مخزن", "مخزنا", "مستودع", "ترسانة", "تخزين", "مضبوطات", "المضبوطات",
    # demining and planting (seed 45: «فرق نزع الألغام»; seed 46: «تطهير الطرق من عبوات ناسفة»)
    "نزع", "لنزع", "إزالة", "لإزالة", "زرع", "زرعوا", "زرعت", "بزرع", "تطهير", "وتطهير"))
_SEIZED_WINDOW = 10


def _seized_before(tokens: Sequence[Token], i: int, start: int) -> bool:
    for k in range(max(start, i - _SEIZED_WINDOW), i):
        w = ffold(tokens[k].norm)
        if w in (".", "؛", ";", ":"):
            return False  # another clause
        if w in _SEIZING or (w[:1] in ("و", "ف") and w[1:] in _SEIZING):
            return True
    return False


# ----------------------------------------------------------------------------- caused killing
# The killing an occurrence caused, told right after the noun naming it: «هجوم انتحاري ...
# أدى إلى مقتل 15 شخصا»، «ضربة جوية أميركية ... أدت الى مقتل ثمانية»، «انفجار سيارة مفخخة ...
# الى مقتل شخص»، «سقطت صواريخ ... فقتلت 32 متمردا». The UniversalPetrarch sentences mark the
# killing, the gold articles the naming noun: one occurrence, whose trigger span runs from the
# noun to the killing so that both conventions find it (the mirror of a killing told first and
# the noun after it, ``events._naming_after``). Verbs and particles of causing (folded), as
# whole words or after و/ف/ما: أدى إلى، أسفر عن، خلّف، أوقع، تسبب بـ، حصد.
_CAUSING = frozenset({"ادي", "ادت", "اديا", "اسفر", "اسفرت", "اسفرا", "خلف", "خلفت", "اوقع", "اوقعت", "تسبب",
                      "تسببت", "حصد", "حصدت"})
# ... and the preposition of «أدى إلى»، «أسفر عن» right before the killing, its verb told before
# the noun («وأدى انفجار سيارة مفخخة ... الى مقتل شخص»).
_CAUSE_PREPOSITIONS = frozenset({"الي", "عن"})
# The killing words the span may run to: the death, not the wounded («وإصابة»: the same toll).
_KILLINGS = frozenset({"مقتل", "مصرع", "قتل", "استشهاد"})
# Ends of the phrase: a full stop or a colon, or a word opening another clause.
_CAUSE_STOPS = frozenset({".", "؛", ";", ":", "؟", "?", "!"})
_CAUSE_STOP_WORDS = frozenset({"بينما", "وبينما", "فيما", "وفيما", "بعد", "وبعد", "قبل", "وقبل", "عقب", "حيث",
                               "كما", "وكما", "لكن", "ولكن"})
_QUOTES = frozenset('«»"\'“”')
# At most this many tokens between the naming noun and the killing: trigger spans stay short
# (the lead, 259625e; session 3 dropped a 12-token naming link as a scoring artefact); the
# other words of the occurrence belong in the event's mentions.
_CAUSE_MAX_GAP = 5


def _causing(word: str) -> bool:
    core = word[1:] if len(word) > 3 and word[0] in "وف" else word
    return word in _CAUSING or core in _CAUSING or (core.startswith("ما") and core[2:] in _CAUSING)


def caused_killing(tokens: Sequence[Token], trig: Mention, group: Sequence[Mention], end: int) -> Mention | None:
    """The killing mention of ``group`` (one occurrence's mentions) that the naming noun
    ``trig`` caused, told after it in its phrase (the section comment above); None when the
    trigger is not a naming noun, no killing follows, or nothing says it caused it."""
    if trig.entry.words[0] in _KILLINGS:
        return None
    if trig.type not in ("battles", "explosions_remote_violence", "violence_against_civilians"):
        return None
    before = _killing_before(tokens, trig, group)
    if before is not None:
        return before
    for n in group:
        if n.first <= end or n.first - end - 1 > _CAUSE_MAX_GAP:
            continue
        form = n.entry.form
        killing = form in _KILLINGS and n.tense in ("noun", "past")
        if not killing:
            continue
        # (quotes do not count: «أدى الى «مقتل شخص»»)
        gap = [w for k in range(end + 1, n.first) if (w := ffold(tokens[k].norm)) not in _QUOTES]
        if any(tokens[k].norm in _CAUSE_STOPS for k in range(end + 1, n.first)) or _CAUSE_STOP_WORDS & set(gap):
            return None
        head = ffold(tokens[n.head].norm)
        # «فقتلت»، «وقتل فيه 13»: the killing told as what followed; else a verb or particle of
        # causing
        if (n.tense == "past" and head[:1] in ("ف", "و")) or any(_causing(w) for w in gap[-4:]) or (
            gap[-1:] and gap[-1] in _CAUSE_PREPOSITIONS
        ):
            return n
        return None
    return None


# Words tying a killing told first to the noun after it that names what killed: «أعلنت مصادر
# أمنية مقتل شخصين ... في هجوم انتحاري»، «مقتل شخص إثر انفجار عبوة» (folded; «أثر» is the
# common misspelling of «إثر»).
_CAUSE_LINKS = frozenset({"في", "جراء", "اثر", "بسبب", "نتيجه", "بفعل", "عقب"})


def _killing_before(tokens: Sequence[Token], trig: Mention, group: Sequence[Mention]) -> Mention | None:
    """A killing of ``group`` told before the naming noun ``trig``, the noun right after a
    word of cause (``_CAUSE_LINKS``) and nothing ending the phrase between them."""
    if trig.tense != "noun" or trig.first < 1 or ffold(tokens[trig.first - 1].norm) not in _CAUSE_LINKS:
        return None
    for n in group:
        if n.last >= trig.first or trig.first - n.last - 1 > _CAUSE_MAX_GAP or n.entry.form not in _KILLINGS:
            continue
        gap = range(n.last + 1, trig.first)
        if any(tokens[k].norm in _CAUSE_STOPS or ffold(tokens[k].norm) in _CAUSE_STOP_WORDS for k in gap):
            continue
        if any(o is not n and o is not trig and n.last < o.first < trig.first and o.entry.form not in CASUALTY_WORDS
               for o in group):
            continue  # another word of the occurrence between them (the rest of the toll may be: «وإصابة 18»)
        return n
    return None
