"""Lexicon words read in a sense that is no event (helper events-4d's precision audit,
docs/events.md «Precision audit»): air cover needed rather than given, a runaway, «وفّر» read
as «فرّ», an arrest noun of purpose, verbal and animal attacks, other senses shown by a word
near the trigger («استشهد بـ»، «فجّر الخلاف»، «رئيس تحرير»، «فجرًا»...), munitions seized or
cleared, a ة read as a pronoun («أسرة»، «سارة»). :func:`read_otherwise` is asked by
:func:`khabar.events.triggers.find_mentions` for each lexicon match; each class is described at
its table."""

from __future__ import annotations

from collections.abc import Sequence

from ..segment import Token
from .lexicon import Entry, ffold
from .other_senses import SENSE_WORDS, read_in_other_sense
from .wordlists import FILTER_WORDS

__all__ = ["read_otherwise"]


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
    """An animal named within five words before or three after the attack or killing word (and
    the animals of ``sense_words.tsv``, events-11c: «لتنهش قطة و قتلها»)."""
    animals = _ANIMALS | SENSE_WORDS.animals
    return any(_has(tokens, k, animals) for k in range(max(start, i - 5), min(end, i + 4)) if k != i)


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
# «استشهد بـ» cites («واستشهد بما قيل شعرا»، «أستشهد بما حدث»; not «استشهد برصاص قناص»; «بالقول»
# with the article like «بالآية»، «بالحديث»: events-15i, a bug fix);
# «فجّر» a dispute or a crisis («فجّرت إثيوبيا الخلاف»، «فجر رئيس بوروندي أزمة»); «خطف» a
# qualification, the spotlight («على خطف بطاقة التأهل»، «خطف الأضواء»); «استهدف» said of a study,
# a programme, a plan («واستهدفت الدراسة الكشف عن»، «يستهدف البرنامج الشباب»).
_OTHER_SENSES: tuple[tuple[frozenset[str], int, int, frozenset[str]], ...] = tuple(
    (frozenset(ffold(s) for s in stems), after, before, frozenset(ffold(w) for w in words))
    for stems, after, before, words in (
        (("استشهد",), 1, 0, ("بما", "بقول", "بالقول", "بقوله", "بآية", "بالآية", "ببيت", "بأبيات", "بحديث", "بالحديث", "بمثل",
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


# «أسرته»، «أسرتها» (his, her family: «أسرة» + a pronoun) read as «أسرت» + ه (she captured him):
# the family noun is far the more frequent in the news (3 of 3 such events in 1,000 unlabelled
# SaudiNewsNet 2015 articles, events-5a); a capture is told with its object («أسرت المقاومة 20
# حوثيا»، «تم أسر أربعين حوثيا»). Folded, without و/ف.
_FAMILY_OF = frozenset(ffold("أسرت" + p) for p in ("ه", "ها", "هم", "هما", "ي", "نا", "ك", "كم"))


# «قبضة» (a grip) and «قبضته»، «قبضتها» (his, its grip) read as «قبض» + ه or «قبضت» + ه: «أحكمت
# المقاومة قبضتها على عدن»، «تحرير مطار عدن من قبضة قوات الأمن المنقلبة على الشرعية» (events-6c,
# unlabelled SaudiNewsNet articles). The arrest verb «قبض» takes its object through «على» («قبضت
# الشرطة عليه»), never as an attached pronoun.
_GRIP = "قبض"


def _taa_read_as_pronoun(e: Entry, suffixed: bool, tok: Token) -> bool:
    """A one-word entry read with the pronoun ه on a word that ends with ة (folding makes them
    one letter): «أسرة» (a family, 17 times in 1,000 unlabelled SaudiNewsNet 2015 articles) is
    no «أسر» + ه (his capture), «سارة» (a name) no «سار» + ه (marched it), «قتلة» (killers) no
    «قتل» + ه; ة is never a pronoun (events-5a). Phrase entries keep their masdar read so
    («سيطرة الحوثيين على»، «استعادة السيطرة»: the row «سيطر على» whole). With a possessive,
    «أسرته» (his family)."""
    if e.words[0] == ffold("أسر") and ffold(tok.norm).lstrip("وف") in _FAMILY_OF:
        return True
    if e.words[0].startswith(_GRIP) and (suffixed or tok.norm.endswith("ة")):
        return True
    return suffixed and len(e.words) == 1 and tok.norm.endswith("ة")


# A murder named as a crime («جريمة قتل», events-7e) is the occurrence when told as committed or as
# having taken place («جدّت ليلة البارحة جريمة قتل»، «مرتكب جريمة قتل جدّت يوم 16 جانفي»); after a
# court's ruling it is the case judged («صدور حكم إدانة ضد الممثل في جريمة قتل»، «أدين بجريمة قتل»).
_CRIME_OF_MURDER = ffold("جريمة قتل")
_RULING_WINDOW = 10


def _ruled_on(tokens: Sequence[Token], i: int, start: int) -> bool:
    return any(ffold(tokens[k].norm).lstrip("وفب") in FILTER_WORDS.court_rulings
               for k in range(max(start, i - _RULING_WINDOW), i))


# «القتل الخطأ» is the legal name of manslaughter (a charge after an accident: «توقيف قائد المركب
# بجريمة القتل الخطأ»، «بتهمة القتل الخطأ»), no attack.
_BY_MISTAKE = frozenset({ffold("الخطأ"), ffold("خطأ"), ffold("الخطا"), ffold("خطا")})


def _manslaughter(tokens: Sequence[Token], j: int, end: int) -> bool:
    return j + 1 < end and ffold(tokens[j + 1].norm) in _BY_MISTAKE


def read_otherwise(e: Entry, tense: str, suffixed: bool, tokens: Sequence[Token], i: int, j: int, start: int,
                    end: int) -> bool:
    """Is the lexicon word at ``tokens[i..j]`` read in a sense that is no event (the classes of
    the events-4d audit, each described at its table below)?"""
    if _taa_read_as_pronoun(e, suffixed, tokens[i]) or _name_yasser(e, tokens[i]):
        return True
    if e.form in _MUNITIONS and _seized_before(tokens, i, start):
        return True
    if e.form == _AIR_COVER and not _air_cover_given(tokens, i, start):
        return True
    if e.subtype == "flight_escape" and (_from_family_home(tokens, j, end) or _provided(tokens, i, j, end, suffixed)):
        return True
    if e.subtype == "arrests" and tense == "noun" and _purpose_li(tokens[i], e.words[0]):
        return True
    if _other_sense(e, tokens, i, start, end) or read_in_other_sense(e, tense, tokens, i, j, start, end):
        return True
    if e.form == _CRIME_OF_MURDER and (_ruled_on(tokens, i, start) or _manslaughter(tokens, j, end)):
        return True
    return e.subtype == "attack" and (_by_animals(tokens, i, start, end) or (
        e.words[0] in _ASSAULT_WORDS and _not_armed_assault(tokens, i, start, end)))


# --------------------------------------------------------------------------- a name, not «يأسر»
# The present «يأسر» (he captures) folds to «ياسر», the name Yasser (events-5e, audit I: «وأكد
# رئيس مكتب الاعلام بوزارة الداخلية ياسر مصباح أنه تم القضاء على ...», an abduction; the Interior
# Ministry's spokesman in Tunisian security news, Yasser Arafat...). In news «يأسر» itself is
# mostly «captivates» (10 times in ANT + SaudiNewsNet, against 525 «ياسر»): the bare present
# form of the capture verb is no trigger; «أسر»، «أسرت»، «يأسرون» are not this form.
_YASSER = "ياسر"


def _name_yasser(e: Entry, tok: Token) -> bool:
    return e.form == "اسر" and ffold(tok.norm).lstrip("وف") == _YASSER


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
