"""Word tables of the claim cascade (``extract.py`` and its mixins), in normalised spelling.

Source: khabar (Arabic grammar and news reading); each table says what it is for. The open
lexicons (cue verbs, attributions, agencies, described subjects) are the TSV files of
``khabar/data/claims/``; the closed word classes shared with the speaker code are in
``words.py``.
"""

from __future__ import annotations

#: Tokens read after a verbal cue looking for its content (heuristic: subject, adjuncts
#: and a media recipient fit in 40 tokens in news prose).
SCAN_WINDOW = 40
_KAN = frozenset({"كان", "كانت", "وكان", "وكانت", "فكان", "فكانت", "كانوا", "وكانوا"})
_QAD = frozenset({"قد", "وقد", "فقد", "لقد"})
_FA_INNA = frozenset({"فان", "فانه", "فانها", "فانهم"})
# Cues whose participle may take a noun phrase as content after a comma: «، مؤكداً ضرورة».
_NP_CONTENT_PARTICIPLES = frozenset({"فند", "اكد", "نفي", "اعلن", "شدد", "كشف", "حذر", "طالب", "توقع", "تبني", "ادان", "استنكر", "انتقد"})
_B_INSIDE = frozenset({"باسم", "بن", "بنت"})
# «حسب كلامه»، «بحسب قولها»، «وفق تعبيرهم»: the source is the speaker already named.
_SELF_NOUNS = frozenset({"كلام", "قول", "تعبير", "راي", "وصف", "زعم", "رواية", "تصريح", "تصريحات"})
_SELF_SUFFIXES = ("ه", "ها", "هم", "هما", "هن")
_BIHI = frozenset({"به", "بها", "بهم", "بهما"})
# A name or identity after the cue: «مصدر لم يكشف هويته»، «لم تذكر اسمه» (an unnamed
# source, no statement). Source: khabar.
_NAME_OBJECTS = frozenset({"اسمه", "اسمها", "اسمهم", "اسمهما", "هويته", "هويتها", "هويتهم", "هويتهما",
                           "اسماءهم", "هوياتهم"})
# «هذا التجاهل يؤكد أن»: a thing, not a source, confirms (docs/annotation.md)
# Indefinite verbal nouns that open the object of «أعلن/أكد/نفى...» («أكد الشاهد عدمَ
# تسجيل إصابات»، «أعلنت الجبهة تنفيذَ الهجوم»); from news reading.
_OBJECT_STARTERS = frozenset({
    "عدم", "ضرورة", "اهمية", "استعداد", "رفض", "دعم", "تمسك", "حرص", "التزام", "استمرار",
    "وجود", "مقتل", "اصابة", "اعتقال", "ايقاف", "سقوط", "تنفيذ", "فتح", "اغلاق", "قطع",
    "تعليق", "انطلاق", "بدء", "حالة", "تاجيل", "الغاء", "نجاح", "فشل", "مسؤوليته",
    "مسؤوليتها", "ارتفاع", "انخفاض", "تراجع", "وفاة", "تسجيل", "اكتشاف", "حجز", "ضبط",
    "حصول", "وقوع", "مختلف", "كافة", "جميع", "عودة", "استئناف", "انسحاب", "مشاركة",
    "قضاء", "قبض", "تفكيك", "احباط", "ترحيب", "تلقي", "تعطل", "تعطيل", "غلق", "توقف",
    "تحسن", "تواصل", "اعتزام", "عزم", "نية", "تعيين", "تشكيل", "اطلاق", "اختيار", "انتخاب",
    "تمديد", "رفع", "خفض", "زيادة", "منع", "حظر", "سحب", "ارسال", "توقيع", "اقرار", "افراج",
    "استقالة", "اعادة", "تخصيص", "صرف", "توزيع", "وصول", "انتهاء", "اكتمال", "تسلم", "تسليم",
    "اصدار", "تقديم", "نقل", "تحرير", "استعادة", "سيطرة", "ضرب", "استهداف", "تدمير",
})
# with the article too: «أكد رئيس الحكومة يوسف الشاهد القضاءَ على إرهابيين»
_OBJECT_STARTERS = _OBJECT_STARTERS | frozenset("ال" + w for w in _OBJECT_STARTERS if w not in ("مختلف", "كافة", "جميع"))
# Nouns a quoted name follows («عملية "عاصفة الحزم"»، «برنامج "بوليتيكا"»).
_NAME_HEADS = frozenset({
    "تنظيم", "عملية", "برنامج", "مشروع", "حملة", "مبادرة", "شركة", "فيلم", "كتاب", "مسلسل",
    "جبهة", "جماعة", "حركة", "حزب", "موقع", "قناة", "صحيفة", "مجلة", "اذاعة", "راديو",
    "مهرجان", "منتدي", "مؤتمر", "قمة", "تطبيق", "شبكة", "وسم", "هاشتاغ", "مسابقة", "جائزة",
})
# Prepositions: a noun right after one is inside an adjunct, not an object.
_PREPOSITIONS = frozenset({"في", "علي", "الي", "من", "عن", "خلال", "عبر", "حول", "بشان", "اثناء",
                           "بعد", "قبل", "عقب", "لدي", "مع", "ضمن", "امام", "منذ", "حتي", "نحو"})
_NO_SOURCE = (-1, -1)  # a subject that is no source: no claim
_DEMONSTRATIVE_SUBJECTS = frozenset({"هذا", "هذه", "ذلك", "تلك", "هذان", "هاتان"})
_CALL_WORDS = frozenset({"اتصال", "هاتفي", "اتصالا", "هاتفيا", "الهاتفي", "حديث", "تصريح"})
_B_ADVERBS = frozenset({"بشدة", "بقوة", "بدوره", "بدورها", "بدورهم", "بالمناسبة", "بالتالي"})
_RELAY_PREP_HEADS = frozenset({"حسب", "بحسب", "وحسب", "وبحسب", "وفقا", "طبقا", "استنادا"})
# «من جانبه»، «من جهتها»: openers before a verb whose subject follows it.
_SIDE_WORDS = frozenset({"من", "ومن", "جانبه", "جانبها", "جهته", "جهتها", "ناحيته", "ناحيتها", "جانبهم", "جهتهم"})
# Verbs whose content may be a noun phrase after the subject and a comma, or a verbal noun
# with a pronoun right after the subject: «أعلنت جزر المالديف، اليوم، قطع علاقاتها»،
# «أعلنت الكتلة رفضها القاطع».
_NP_OBJECT_VERBS = frozenset({"اعلن", "اكد", "نفي", "كشف", "جدد", "تناقل", "ادان", "استنكر", "شجب", "انتقد", "تبني"})
# Stance verbs whose content is always a noun phrase (no أنّ): it starts at a definite noun
# after a definite word («أدان السفير ... لدى جامعة الدول العربية الممارساتِ»).
_STANCE_VERBS = frozenset({"ادان", "استنكر", "شجب", "انتقد", "تبني"})
# Tokens that end the verb's reach when passed: a relative clause or a reason clause.
_CLAUSE_BREAKERS = frozenset({"لانه", "لانها", "لانهم", "لان", "حيث", "عندما", "بينما"})
# Verbs that take an object before their content («دعت النقابة المنظماتِ إلى»، «اتهم الوزير
# الحوثيين بـ»): their subject phrase is cut before a second definite noun (see _split_object).
_OBJECT_VERBS = frozenset({"لفت", "دعا", "طالب", "حث", "ناشد", "اتهم", "حذر", "ابلغ", "اخبر", "نبه", "هدد", "وعد", "اوصي", "طلب"})
# Words after «على» that make it the preposition of أكّد/شدّد («أكد على ضرورة»), not a
# part of the subject («المشرف العام على الفريق»).
_ALA_CONTENT = ("ضرور", "اهمي", "الحاج", "حرص", "التزام", "رفض", "تمسك", "دعم", "استمرار", "عدم", "وجوب")
# Definite words that are adjectives, not a new noun, after a definite noun.
_ADJ_ENDINGS = ("ي", "ية", "يون", "يان", "يتان")
_ADJECTIVES = frozenset({"العام", "العامة", "الاعلي", "الجديد", "الجديدة", "الاول", "الاولي", "الكبير", "الكبري", "الخاص", "الخاصة", "الاعلامي", "المتحدة", "المقبل", "السابق", "السابقة", "الحالي"})

# The outlet's own correspondent: a quotation after it is the outlet's name.
_OWN_CORRESPONDENT = frozenset({"لمراسل", "لمراسلة", "لمراسلنا", "لمراسلتنا", "مراسل", "مراسلة"})
# Verbs that relay a further source and the preposition that introduces it: «نقلت الوكالة
# عن مصدر»، «أوردت القناة عن مصادر»، «نسبت الصحيفة إلى مصادر قولها» (not روى: «يروي
# الكتاب عن التنظيم» is «about»). Source: khabar.
_RELAY_VERBS = {"نقل": "عن", "اورد": "عن", "نسب": "الي"}
# Complementisers carrying the subject pronoun of the verb after them.
_PRONOUN_COMPS = frozenset({"انه", "انها", "انهم", "انهما", "بانه", "بانها", "بانهم"})
# Subordinators before a verb: its clause is not the sentence's main one. Source: khabar.
_SUBORDINATORS = frozenset({"عندما", "وعندما", "حين", "حينما", "لما", "ولما", "بعدما", "كلما", "اذا", "واذا",
                            "لو", "منذ", "ريثما", "عند"})
# Words after which a quotation is a title, not speech («ندوة حول "أهمية ..."»).
_TITLE_WORDS = frozenset({"حول", "بعنوان", "عنوان", "شعار", "بشعار", "موضوع"})
# How far a comma before a complementiser is looked for after a long subject (tokens).
_APPOSITION_AHEAD = 12

# Nouns that start with ب or ل themselves (not a preposition on the content's first word).
_B_NOUNS = frozenset({"بيان", "بيانا", "بلاغ", "بلاغا", "بلد", "بلدية", "بنك", "بيت", "برنامج",
                      "بحث", "بعض", "بين", "لجنة", "لقاء", "لقاءات"})
