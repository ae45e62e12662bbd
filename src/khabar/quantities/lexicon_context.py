"""Words around a number that the unit, range and exclusion rules look at (moved here from
``extract.py``, ``units.py``, ``labels.py`` and ``numbers.py``; the counted nouns, number
words and bounds are in :mod:`.lexicon`).

Every entry is written in ordinary spelling and folded by :func:`.lexicon.key`, or written
already folded (ي for ى, ه for ة, bare alef) where the list was matched against folded keys
as written. Sources: the grammar of the phrases is the standard one (Ryding, *A Reference
Grammar of Modern Standard Arabic*: ch. 15 numbers, ch. 7 pronouns); the word choices are
khabar lists, collected from SaudiNewsNet 2015 and ANT news in ../shared/data/news/ by the
quantities helpers (sessions 1-3), each noted where it came from.
"""

from __future__ import annotations

from ..normalize import normalize_text
from .lexicon import GROUP_MEMBER_NOUNS, key

__all__ = [
    "AFFILIATED", "AGE_GROUP_NOUNS", "AMONG", "BEFORE_PARTITIVE", "DEATH_NOUNS", "DEMONSTRATIVES", "ELEMENT",
    "EXCEED_VERBS", "FELL_AS", "FIELD", "FORCE_MEMBERS", "FORCE_MEMBERS_OF_PRONOUN",
    "LABELS_WITH_ADJECTIVE", "MEMBERS_OF_PRONOUN", "NOT_FUALA",
    "NOT_PERSON_PLURALS", "ORDINAL_UNITS", "PARTICLES", "RANGE_CONNECTORS", "SPEED_AFTER",
    "SPEED_UNITS", "SUPERLATIVES", "TIME_PLURALS", "VICTIM_VERBS", "YEAR_ADJECTIVES",
    "YEAR_WORDS",
]

# ---- ranges and bounds (extract.py) ----

#: «من 10 إلى 15»، «10-15»، «أربعة أو خمسة أعيرة» (a range when the second is larger);
#: folded keys (إلى → الي).
RANGE_CONNECTORS = frozenset({"الي", "حتي", "-", "–", "—", "لغايه", "او"})

#: Verbs of exceeding that bound a count named between them and the number («تجاوز عدد
#: القتلى 50»); from LOWER_BOUND; folded keys. (not «زاد»: "grew by")
EXCEED_VERBS = frozenset({"تجاوز", "تجاوزت", "يتجاوز", "يفوق", "فاق", "فاقت", "تخطي", "تخطت",
                          "يتخطي", "تعدي", "تعدت"})

# ---- a number without its own noun (extract.py) ----

#: Words before a number without a noun that make it a part of persons named before
#: («وجرح 352 آخرين، بينهم 99»); folded keys.
AMONG = frozenset({"بينهم", "منهم", "بينهن", "منهن"})
#: After a number without a noun: «العشرات سقطوا قتلى»، «أربعة في عداد المفقودين».
FELL_AS = frozenset({"سقطوا", "سقط", "سقطن", "لقوا"})
#: A plural past verb of what befell them right after a number without a noun («ومئات
#: جرحوا»، «العشرات قتلوا»); folded keys.
VICTIM_VERBS = {"قتلوا": "killed", "قضوا": "killed", "استشهدوا": "killed", "جرحوا": "wounded",
                "اصيبوا": "wounded", "اعتقلوا": "detained", "فقدوا": "missing"}
#: «لقي 4 حتفهم»، «لقي 12 مصرعهم»: the dead.
DEATH_NOUNS = frozenset({"حتفهم", "حتفه", "حتفها", "حتفهما", "حتفهن", "مصرعهم", "مصرعه",
                         "مصرعها", "مصرعهما", "مصرعهن"})

# ---- partitives and members (units.py) ----

#: «عنصر» (an element) is a member of whatever force is named after it.
ELEMENT = frozenset(key(w) for w in ("عنصر", "عنصرا", "عناصر"))
SUPERLATIVES = frozenset(key(w) for w in ("أبرز", "أهم", "كبار", "أكبر", "أشهر", "أخطر"))
#: Member nouns with a possessive pronoun: the group is the one named before («نشرت
#: المقاومة العشرات من رجالها»).
MEMBERS_OF_PRONOUN = frozenset(
    key(n + p) for n in ("رجال", "عناصر", "أفراد", "مقاتلي", "جنود", "أتباع", "أنصار")
    for p in ("ه", "ها", "هم", "هما")  # («من أفرادهما»: of the army and the police)
)
#: Member nouns with a pronoun that may refer to a state force named before («أهداف للجيش
#: والشرطة وقتلوا مئات من أفرادهما»); followers («أتباعهم») are not a force's.
FORCE_MEMBERS_OF_PRONOUN = frozenset(
    key(n + p) for n in ("رجال", "عناصر", "أفراد", "جنود") for p in ("ه", "ها", "هم", "هما")
)
DEMONSTRATIVES = frozenset(key(w) for w in ("تلك", "هذه", "هؤلاء", "ذلك", "أولئك"))
#: Words that may stand between «من» and the group or noun it introduces («15 من تلك
#: المليشيات»، «3 من أبرز قيادات الحوثيين»)
BEFORE_PARTITIVE = DEMONSTRATIVES | SUPERLATIVES
#: Member nouns that a state force after them makes soldiers («12 عنصرا آخر من قوات النظام»)
FORCE_MEMBERS = GROUP_MEMBER_NOUNS | ELEMENT
#: «30 قائدا ميدانيا»: field commanders of an armed group.
FIELD = frozenset(key(w) for w in ("ميداني", "ميدانيا", "ميدانيين", "ميدانيون"))
#: «منتسبي»، «أفراد» between «من» and a force («من منتسبي قوات الأمن»)
AFFILIATED = frozenset(key(w) for w in ("منتسبي", "أفراد", "عناصر", "رجال"))

#: Broken plurals ending like sound masculine plurals (things, not persons), verbal nouns
#: of the pattern تفعيل and nouns whose root ends in ن; khabar list.
NOT_PERSON_PLURALS = frozenset(key(w) for w in (
    "ميادين", "موازين", "مضامين", "براهين", "قوانين", "عناوين", "تمارين", "دواوين",
    "بساتين", "سنين", "ملايين", "براكين", "دكاكين", "ثعابين", "شياطين", "مواعين",
    "قرابين", "مجانين", "فساتين", "سكاكين", "طواحين", "ياسمين", "تموين", "تكوين",
    "تدوين", "تخزين", "تأمين", "تعيين", "تحسين", "تمكين", "تلوين", "تبيين", "تزيين",
    "تدشين", "تلقين", "تحصين", "تسكين", "تقنين", "تسخين", "قانون", "كانون", "زيتون", "مضمون",
    "ليمون", "صابون", "طاعون", "عربون", "ميمون", "مكنون", "مخزون", "مأذون",
))

#: Words of the shape فعلاء that are no plural of persons: feminine colour adjectives,
#: places («صنعاء»، «سيناء»، «صحراء»), abstract nouns; khabar list.
NOT_FUALA = frozenset(normalize_text(w) for w in (  # normalised text, not keys: the hamza stays
    "صحراء", "صنعاء", "سيناء", "حمراء", "خضراء", "سوداء", "بيضاء", "زرقاء", "صفراء",
    "كبرياء", "ضوضاء", "عذراء", "حسناء", "شقراء", "سمراء", "جرداء", "عمياء", "بكماء",
))

#: Words after a number that are no counted noun: particles, prepositions, adverbs,
#: demonstratives, relative pronouns, and quantifiers with a pronoun («مقتل وإصابة العشرات
#: معظمهم من الحوثيين»); folded keys.
PARTICLES = frozenset({
    "في", "من", "علي", "الي", "خلال", "بين", "عن", "منذ", "او", "ثم", "بعد", "قبل", "حتي",
    "مع", "منهم", "منها", "بينهم", "بينها", "اخرين", "اخرون", "فقط", "حسب", "وفق", "جراء",
    "اثر", "اليوم", "امس", "عند", "عندما", "لدي", "فيما", "بينما", "حين", "كما",
    "حول", "ضد", "عبر", "داخل", "خارج", "امام", "خلف", "تحت", "فوق", "دون", "مقابل", "نحو",
    "سنويا", "يوميا", "شهريا", "اسبوعيا", "تقريبا", "اضافيه", "اخري", "اخر", "هذا", "هذه",
    "ذلك", "تلك", "التي", "الذي", "الذين", "انه", "انها", "كان", "كانت", "قد", "لم", "لن",
    "ما", "لا", "اذ", "اذا", "ان", "الا", "حيث", "خاصه", "جديد", "جديده",
    "بعدما", "حينما", "كلما", "قبلما", "لكن", "لكنه", "لكنها",
    "معظمهم", "بعضهم", "اغلبهم", "جميعهم", "كلهم", "غالبيتهم", "اكثرهم", "معظمها",
})

# ---- labels and number phrases (labels.py, numbers.py) ----

#: Labels that keep a number a label with an adjective between («الرقم العسكري 13598»،
#: «القرار الأممي 2216»): identifiers only (not «العدد الإجمالي 500»، «الأسبوع الماضي 50»);
#: khabar list.
LABELS_WITH_ADJECTIVE = frozenset(key(w) for w in (
    "رقم", "الرقم", "القرار", "قرار", "المرسوم", "مرسوم", "القانون", "قانون", "المادة",
    "الفصل", "البند",
))

#: Teams and groups before a range of years, which is then their ages («فريق الكشافة 14 – 17
#: سنة»، «فئة 10-12 عاما»); khabar list.
AGE_GROUP_NOUNS = frozenset(key(w) for w in (
    "فريق", "فرق", "فئة", "فئات", "شريحة", "منتخب", "مرحلة", "الأشبال", "الناشئين", "الشباب",
))

_ORDINALS = ("الحادي", "الحادية", "الثاني", "الثانية", "الثالث", "الثالثة", "الرابع", "الرابعة",
             "الخامس", "الخامسة", "السادس", "السادسة", "السابع", "السابعة", "الثامن",
             "الثامنة", "التاسع", "التاسعة")
#: The ordinal units before «عشر/عشرة» («الحادية عشرة»، «اللواء الخامس عشر»), with a proclitic.
ORDINAL_UNITS = frozenset(
    p + key(w) for p in ("", "و", "ف", "ب", "ل") for w in _ORDINALS
) | frozenset({"لل" + key(w)[2:] for w in _ORDINALS})

#: Indefinite plurals of time after a definite number word («الستة أشهر»)
TIME_PLURALS = frozenset(key(w) for w in ("أشهر", "أيام", "سنوات", "ساعات", "أسابيع", "أعوام"))

# ---- measures (measures.py) ----

#: After a measure of length, what makes it a speed («15-35 كم/ساعة»، «50 كلم/س» in the
#: Tunisian weather bulletins of ANT, «120 كيلومترا في الساعة»): the unit is then `other`
#: (no speed unit in khabar.schema.UNITS); folded keys; khabar list from SaudiNewsNet and ANT
#: weather reports (quantities-17a).
SPEED_AFTER: tuple[tuple[str, ...], ...] = tuple(
    tuple(key(w) for w in p.split())
    for p in ("/ ساعة", "/ س", "/ سا", "/ الساعة", "/ ث", "في الساعة", "بالساعة", "في الثانية")
)
#: Units that a speed phrase may follow.
SPEED_UNITS = frozenset({"km", "m"})

# ---- years (labels.py) ----

#: Year words before a Hijri year written without «هـ» («عام 1435»، «العام الحالي 1436» in
#: Saudi news), which the dates step does not read; folded keys, proclitics stripped by
#: numbers.stems (quantities-17a, from SaudiNewsNet 2015).
YEAR_WORDS = frozenset(key(w) for w in ("عام", "العام", "سنة", "السنة"))
#: Adjectives between the year word and the year («العام الحالي 1436»).
YEAR_ADJECTIVES = frozenset(key(w) for w in (
    "الحالي", "الجاري", "الماضي", "المنصرم", "المقبل", "القادم", "المالي", "الدراسي",
))
