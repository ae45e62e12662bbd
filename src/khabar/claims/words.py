"""Small closed word classes the claim finder needs, in normalised spelling
(:func:`khabar.normalize.normalize_text`: أ/إ/آ → ا, ى → ي, no harakat).

Source: khabar (Arabic grammar: complementisers, prepositions, pronoun suffixes, time
adverbs of news prose). The open lists (cue verbs, attributions, agencies, described
subjects) live in ``khabar/data/claims/*.tsv``.
"""

from __future__ import annotations

from ..normalize import normalize_text

__all__ = [
    "ALLEGED_WORDS",
    "APPROX_WORDS",
    "CANNOT_CONFIRM",
    "CLAUSE_OPENERS",
    "CLAUSE_PUNCT",
    "CLOSE_QUOTES",
    "COMPLEMENTISERS",
    "CONTENT_MARKERS",
    "DENIAL_PHRASES",
    "ESTIMATE_WORDS",
    "IMPERSONAL",
    "INTERROGATIVES",
    "MEDIA_HEADS",
    "NEGATIONS",
    "NOT_COMPLEMENTISER_BEFORE",
    "NP_STOPPERS",
    "OPEN_QUOTES",
    "PRE_SUBJECT_SKIP",
    "PRONOUNS",
    "RELATIVES",
    "SENTENCE_PUNCT",
    "SOURCE_NOUNS",
    "STATEMENT_NOUNS",
]


def _n(*words: str) -> frozenset[str]:
    """Normalised set (the tables are typed in ordinary spelling: على، إلى، أمس)."""
    return frozenset(normalize_text(w) for w in words)

#: Pronoun suffixes a complementiser or verbal noun can carry (أنه، قوله، تحذيرها...).
PRONOUNS: tuple[str, ...] = ("", "ه", "ها", "هم", "هما", "هن", "نا", "ني", "ك", "كم")

#: Complementisers that open the content of indirect speech: أنّ / إنّ / بأنّ (+ pronoun).
COMPLEMENTISERS: frozenset[str] = frozenset(
    base + p for base in ("ان", "بان") for p in PRONOUNS
) | _n("انني", "بانني")

#: Words before أن that make it a plain conjunction, not a complementiser of speech:
#: «بعد أن»، «قبل أن»، «إلا أن» (however), «منذ أن», «يجب أن»...
NOT_COMPLEMENTISER_BEFORE: frozenset[str] = _n("بعد", "قبل", "منذ", "الا", "دون", "يجب", "ينبغي", "يمكن", "لابد", "بد", "حتي", "عسي",
     "لدرجة", "بمجرد", "كيف", "ريثما", "عوض", "بدل", "بدلا", "من اجل")

#: Punctuation that ends a clause (the content of a claim never crosses one of these into
#: a following attribution; see content.py).
CLAUSE_PUNCT: frozenset[str] = _n("،", ",", "؛", ";")
SENTENCE_PUNCT: frozenset[str] = _n(".", "؟", "?", "!", "…")
OPEN_QUOTES: frozenset[str] = _n("«", "“", '"', "„", "{", "”")
CLOSE_QUOTES: frozenset[str] = _n("»", "”", '"', "“")

#: Prepositions and adverbs that end a subject noun phrase after a reporting verb
#: («قالت النقابة في بيان إن»، «قال المسؤول خلال مؤتمر صحفي إن»).
NP_STOPPERS: frozenset[str] = _n("في", "خلال", "عبر", "على", "امام", "عن", "من", "الى", "حول", "بشان", "اثناء", "بعد",
     "قبل", "عقب", "لدي", "حيث", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي",
     "وذلك", "كما", "مع", "ضمن", "اليوم", "امس", "الليلة", "صباح", "مساء", "ظهر", "فجر",
     "يوم", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعة", "السبت",
     "ايضا", "كذلك", "مؤخرا", "سابقا", "لاحقا", "اخيرا", "بدوره", "بدورها", "ان", "و", "ثم",
     "له", "لها", "لهم", "لنا", "لي", "لك", "لكم", "فيه", "فيها", "لكن",
     "ولكن", "بينما", "فيما", "اذ", "اذا", "لان", "لذلك", "وقد", "قد", "انه", "بل",
     "فان", "فانه", "فانها", "فانهم", "فقد", "وان", "بشدة", "بقوة", "مرة", "غدا", "الان", "حاليا", "صباحا", "مساء",
     "ليلا", "نهارا", "اليوم", "مجددا", "امس",
     # «لمراسل الجوهرة»: the outlet's own correspondent, no source of the chain
     "لمراسل", "لمراسلة", "لمراسلنا", "لمراسلتنا",
     # a negation opens a relative clause: «مصدر لم يكشف هويته»، «التحوير لا يستبعد»
     "لم", "لن", "لا")

#: Words that may stand before the subject of a reporting verb and are skipped:
#: «أوضح ذلك المدير»، «وقالت الشرطة أمس»، «قال اليوم (الاثنين) الوزير».
PRE_SUBJECT_SKIP: frozenset[str] = _n("يوم", "ظهر", "فجر", "ذلك", "هذا", "امس", "اليوم", "الليلة", "ايضا", "كذلك", "مجددا", "مؤخرا", "بدوره",
     "بدورها", "صباح", "مساء", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس",
     "الجمعة", "السبت", "(", ")")

#: Recipients of a statement that are media outlets: «قال مسؤول لصحيفة الوطن»، «في تصريح
#: لوكالة رويترز». The ل may be written apart («لـ"الوطن"») or on the word.
MEDIA_HEADS: frozenset[str] = _n("صحيفة", "جريدة", "وكالة", "قناة", "موقع", "تلفزيون", "اذاعة", "مجلة", "شبكة",
     "فضائية", "راديو", "وكالات")

#: Nouns of a statement occasion before which «لـ X» names a medium: «في تصريح لـ"الوطن"».
STATEMENT_NOUNS: frozenset[str] = _n("تصريح", "تصريحات", "حديث", "مقابلة", "حوار", "لقاء", "اتصال", "بيان", "مداخلة")

#: Clause openers skipped when looking for a subject standing before its verb
#: («وكانت الصحيفة قد ذكرت»; «من جهته، قال»).
CLAUSE_OPENERS: frozenset[str] = _n("و", "ف", "كما", "وكما", "فيما", "وفيما", "بينما", "وبينما", "حيث", "ثم", "لكن",
     "ولكن", "اذ", "كان", "كانت", "وكان", "وكانت", "قد", "وقد", "فقد", "لقد", "بدوره",
     "بدورها", "كذلك", "ايضا", "في", "المقابل", "بالمقابل", "لكنه", "لكنها", "لكنهم",
     "ولكنه", "ولكنها", "ولكنهم", "الا", "انه", "انها", "غير")

#: Negation particles before a cue: «لم يؤكد»، «لا يعتقد»، «ما قال».
NEGATIONS: frozenset[str] = _n("لم", "لا", "لن", "ما", "ولم", "ولا", "فلم", "فلا")

#: Interrogatives: a sentence opening with one and ending in ؟ carries no claim.
INTERROGATIVES: frozenset[str] = _n("هل", "وهل", "فهل", "لماذا", "ماذا", "كيف", "متي", "اين", "لم", "اليس", "اولم")

#: Relative pronouns: «المسؤول الذي قال إن» puts the subject before the verb.
RELATIVES: frozenset[str] = _n("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي")

#: Approximation words that make a reported number an estimate («نحو 20 قتيلا»).
APPROX_WORDS: frozenset[str] = _n("نحو", "حوالي", "قرابة", "زهاء", "تقريبا", "حوالى", "يناهز", "ما يقارب", "يقارب", "ما يقرب")

#: Words in the content that mark estimates or allegations whatever the cue.
ESTIMATE_WORDS: frozenset[str] = _n("يقدر", "تقدر", "تقديرات", "التقديرات", "المقدر", "المقدرة", "بتقديرات", "تقدير", "يقدرون")
ALLEGED_WORDS: frozenset[str] = _n("بتهمة", "بتهم", "مزعوم", "مزعومة", "المزعوم", "المزعومة", "المزعومين", "مزعومين", "المزعومون")

#: Phrases that make a claim ``cannot_confirm``: «لا يمكننا تأكيد»، «لم يتسن التأكد».
CANNOT_CONFIRM: tuple[tuple[str, ...], ...] = (
    ("لا", "يمكننا", "تاكيد"), ("لا", "يمكن", "تاكيد"), ("لا", "نستطيع", "تاكيد"),
    ("لا", "يمكننا", "التاكد"), ("لا", "يمكن", "التاكد"), ("لا", "يمكن", "التحقق"),
    ("لا", "يمكننا", "التحقق"), ("لم", "يتسن",), ("لم", "يتسني"), ("لم", "يتمكن", "من", "التاكد"),
    ("لا", "نستطيع", "التاكد"), ("لا", "يستطيع", "تاكيد"), ("لا", "تستطيع", "تاكيد"),
    ("لا", "يمكنه", "تاكيد"), ("لا", "يمكنها", "تاكيد"), ("دون", "ان", "يؤكد"),
    ("دون", "ان", "تؤكد"), ("لم", "يتم", "التاكد"), ("لم", "يتم", "التحقق"),
    ("لم", "نتمكن", "من", "التاكد"), ("لا", "يمكنني", "تاكيد"), ("لم", "يتسن", "التحقق"),
)

#: Markers at the head of the content that override the cue (docs/annotation.md: «قال إنه
#: يعتقد أن» → believed): phrase → certainty. Attitude verbs of the cue lexicon count too.
CONTENT_MARKERS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("من", "المتوقع"), "expected"), (("من", "المنتظر"), "expected"), (("ينتظر",), "expected"),
    (("يجب", "ان"), "demanded"), (("يجب", "علي"), "demanded"), (("لا", "بد"), "demanded"),
    (("لابد",), "demanded"), (("يبدو", "ان"), "inferred"), (("يبدو",), "inferred"),
    (("اود", "ان"), "demanded"), (("نريد", "ان"), "demanded"), (("يريد", "ان"), "demanded"),
    (("تريد", "ان"), "demanded"), (("اريد", "ان"), "demanded"), (("يود", "ان"), "demanded"), (("نطالب",), "demanded"),
    (("نطالب",), "demanded"), (("ندعو",), "demanded"), (("نامل",), "expected"),
    (("من", "المرجح"), "believed"), (("من", "المحتمل"), "believed"), (("ربما",), "believed"),
    # «قال: أنا لم أقل إن ...»: the speaker denies having said it
    (("لم", "اقل"), "denied"), (("لم", "نقل"), "denied"), (("لم", "يقل"), "denied"),
    # «شدّد على ضرورة ...»: the nominal «يجب أن» (docs/annotation.md: a demand)
    (("ضرورة",), "demanded"), (("بضرورة",), "demanded"), (("وجوب",), "demanded"), (("بوجوب",), "demanded"),
)

#: Phrases anywhere in the content that make it a denial or an allegation.
DENIAL_PHRASES: tuple[tuple[str, ...], ...] = (
    ("عار", "عن", "الصحة"), ("عارية", "عن", "الصحة"), ("لا", "اساس", "له", "من", "الصحة"),
    ("لا", "اساس", "لها", "من", "الصحة"), ("عار", "من", "الصحة"), ("غير", "صحيحة"),
    ("غير", "صحيح"), ("لم", "يحدث"), ("عدم", "صحة"), ("عدم", "صحته"), ("عدم", "صحتها"),
)

#: Passive or impersonal reporting formulas that are the outlet's own narration, not a
#: claim: «ويذكر أن» (it is worth mentioning that).
IMPERSONAL: frozenset[str] = _n(
    "يذكر", "ويذكر", "يذكري", "يشار", "ويشار", "يقال", "ويقال",
    # «وتبيّن أن» (it turned out): same letters as «تبيّن» (she explains)
    "تبين", "وتبين", "فتبين", "يتبين", "ويتبين",
)

#: Heads of noun phrases that can be a source after «بحسب»، «وفقاً لـ» («وفقاً للقانون» is no
#: attribution): documents, statistics, unnamed sources (the described-subject nouns of
#: anaphors.tsv, media heads and agency names count too).
SOURCE_NOUNS: frozenset[str] = _n(
    "مصدر", "مصادر", "مسؤول", "مسؤولين", "مسؤولون", "بيان", "تقرير", "تقارير", "احصاءات",
    "احصائيات", "احصائية", "ارقام", "بيانات", "تقديرات", "تقدير", "دراسة", "مسح", "استطلاع",
    "شهود", "شاهد", "سكان", "ناشطين", "ناشطون", "ناشط", "خبراء", "خبير", "محللين", "مراقبين",
    "مرصد", "معلومات", "تسريبات", "وثيقة", "وثائق", "رواية", "اعلام", "وسائل", "تصريحات",
    "مقربين", "اوساط", "جهات", "امم", "شرطة", "جيش", "حكومة", "رئاسة", "معارضة", "نشطاء",
    "بحث", "احصاء", "حصيلة", "مراسل", "مراسلة", "ناطق", "متحدث", "بلاغ", "اعلان", "نتائج",
    "صحف", "مواقع", "قنوات", "وكالات", "محطة", "مؤسسة", "جمعية", "منظمة", "احد",
    "معطيات", "ارقام", "اقارب", "اقرباء", "عائلة", "اسرة", "سكان", "مواطنين", "مواطنون",
    "اهالي", "مختصين", "مختصون", "اطباء", "مزارعين", "تجار", "موظفين", "عاملين", "شهادات",
    "محللون", "مراقبون", "خبراء", "متابعين", "متابعون", "اوساط", "دوائر", "جهات",
)
