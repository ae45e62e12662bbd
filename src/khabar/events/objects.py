"""What a trigger's object or subject must be for some entries (part of the filters of
:mod:`khabar.events.filters`): «القضاء على إرهابيين» but not «القضاء على الفقر», «تحرير
مدينة عدن» but not «رئيس التحرير», «سيطر الجيش على مديرية» but not «الذي يسيطر عليه». The
verbs of going («وصلت أول كتيبة إلى الجبهة» but not «وصلت طائرة إلى باريس») live in
:mod:`khabar.events.going`; their names are re-exported here for the filters."""

from __future__ import annotations

from collections.abc import Sequence

from ..segment import Token
from .going import ADVANCING, MOVING, civil_mover, to_a_scene
from .lexicon import Lexicon, ffold
from .triggers import Mention

__all__ = ["ADVANCING", "MOVING", "OBJECT_CHECKED", "civil_mover", "object_ok", "to_a_scene"]


# Tokens before a noun of taking where «تمكن/نجح/تم» says it was done.
_DONE_WINDOW = 5
_QUANTIFIERS = frozenset({"كافه", "جميع", "عده", "معظم", "بعض", "اغلب",
                          # seventh pass: «سيطر على مجمل/كامل محافظة دير الزور»، «أجزاء من»
                          "مجمل", "كامل", "غالبيه", "اجزاء", "بقيه", "باقي",
                          # thirteenth pass: «أسفر عن سيطرة المقاومة على كل المواقع»
                          "كل"})
# Verbs of taking and retaking places (fourth pass): armed men in the sentence, and a place
# (or an attached pronoun) as the object; «احتلت المركز الأول» is a ranking, «استعاد ثقته» trust.
_TAKING_OBJECT = frozenset({"حرر", "طهر", "تطهير", "استعاد", "استعاده", "احتل", "احتلت", "احتلوا", "طرد"})
# ... the same with the place anywhere in a few words around: «أحكمت المقاومة سيطرتها الكاملة على
# قاعدة العند»، «سقطت مدينة الرمادي بيد التنظيم»، «استولى المسلحون على مواقع»
_TAKING_NEAR = frozenset({"استولي علي", "احكم سيطرته", "احكم السيطره", "بسط سيطرته", "بسط السيطره", "سقط بيد",
                          "سقط في يد", "سقط في قبضه", "سقط بايدي", "سقط في ايدي"})
_TAKING_WINDOW = 4
# Words before a noun of taking that say it was done (a noun alone is a goal or a campaign).
_DONE = ("تمكن", "وتمكن", "نجح", "ونجح", "تم", "وتم", "بعد", "وبعد", "عقب", "اثر", "فور",
         # seventh pass: what a cause led to happened («وأدى لاستعادة قوات التحالف مدينة عدن»،
         # «أسفر عن تحرير»)
         "ادي", "وادي", "ادت", "وادت", "اسفر", "واسفر")
_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي"})
# ... for the noun «سيطرة» (fifth pass; «بعد سيطرة الفصائل على محافظة ادلب»)
_CONTROL_DONE = ("تمكن", "نجح", "تم", "بعد", "عقب", "اثر")
# Thirteenth pass (events-8d), the class of a noun of taking told as done by what governs it
# (nouns of taking dropped as states on 500 unlabelled SaudiNewsNet 2015 war articles, seed 8808,
# about 25 real takings): what an occurrence caused («إن الهجوم أسفر عن سيطرة المقاومة على كل
# المواقع»), the means of an act («كسر الجمود ... بالسيطرة على المطار»، «باستعادتها السيطرة على
# قاعدة العند»), the conjunction before a word of the lists («وعقب السيطرة على المعسكر»).
# (Tried and removed by the ablation: «تمكن/نجح ... من» past a long subject and its commas,
# no change on 1,597 articles; a speech verb before the noun, 2 wrong of 2.)
_CAUSED = ("اسفر", "ادي", "ادت")
# Ordinals before the object (a count is the context list's number class): «على رابع مديرية».
_ORDINALS = frozenset(ffold(w) for w in ("ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر"))


def _count_word(lex: Lexicon, w: str) -> bool:
    """A count or an ordinal before the object of a taking: «سيطرت على أربع مناطق»، «ست مناطق»،
    «على رابع مديرية» (thirteenth pass): the noun after it decides."""
    return w.isdigit() or w in _ORDINALS or "number" in lex.classes(w)


def _control_done(lex: Lexicon, tokens: Sequence[Token], m: Mention, done: tuple[str, ...]) -> bool:
    """Is a noun of taking told as done? A word of ``done`` up to five tokens before it (with or
    without و/ف), or the class above: caused, the means (ب)."""
    for q in range(max(0, m.first - _DONE_WINDOW), m.first):
        w = ffold(tokens[q].norm)
        if w.startswith(done + _CAUSED) or (len(w) > 3 and w[0] in "وف" and w[1:].startswith(done + _CAUSED)):
            return True
    # (not a speech verb before it, as for «القضاء على»: «مشددة على أهمية تطهير المحافظة» is a
    # goal, «أكد الوزير سيطرة الأجهزة الأمنية على عدن» a state)
    head = ffold(tokens[m.head].norm)
    return (head[1:] if len(head) > 4 and head[0] in "وف" else head).startswith("ب")
# «تم تدمير مخابئ المسلحين»، «تدميرها»: destruction of a military target with armed men in the
# sentence (not «تدمير علاقات اقتصادية», «تدمير البيئة»)
_TARGETS = frozenset(ffold(w) for w in (
    "مواقع", "موقع", "آليات", "آلية", "دبابة", "دبابات", "مخازن", "مخزن", "مخابئ", "مخبأ", "منازل", "منزل", "مبنى",
    "مباني", "مقرات", "مقر", "معسكرات", "معسكر", "مستودعات", "مستودع", "عربات", "عربة", "طقم", "أطقم", "جسر",
    "مدرعة", "مدرعات", "منصات", "منصة", "تحصينات", "ذخائر", "مخزن", "سيارة", "سيارات", "أنفاق", "نفق"))
OBJECT_CHECKED = frozenset({"قضا علي", "قضي علي", "تحرير", "اجتياح", "انضم الي", "الاحتفاظ", "سيطر علي", "سيطره علي", "فقد السيطره",
                             "استعاد السيطره", "تدمير", "ضبط"}) | _TAKING_OBJECT | _TAKING_NEAR
# People seized (seventh pass): «ضبط» is an arrest only with a person as its object («تم ضبط
# الجاني»، «ضبطت الدوريات 3 مقيمين»), not with goods («ضبط كميات من المخدرات») or in «ضبط النفس».
_SEIZED_PEOPLE = frozenset(ffold(w) for w in (
    "الجاني", "الجناة", "جناة", "المتهم", "المتهمين", "متهمين", "متهما", "المشتبه", "مشتبه", "شخص", "شخصا", "شخصين",
    "اشخاص", "الشخص", "الاشخاص", "مقيم", "مقيما", "مقيمين", "مواطن", "مواطنا", "مواطنين", "وافد", "وافدا", "وافدين",
    "المطلوب", "مطلوبا", "مطلوبين", "المطلوبين", "عصابه", "العصابه", "افراد", "عناصر", "العناصر", "المتورطين",
    "متورطين", "الفاعل", "الفاعلين", "المعتدي", "المعتدين", "القاتل", "الشاب", "الشابين", "شاب", "شابا", "شبان",
    "امراه", "رجل", "رجلا", "المتحرشين", "المتحرش", "مخالفين", "المخالفين", "متسللين", "المتسللين", "سارق",
    "السارق", "اللصوص", "لصوص", "مهربين", "المهربين"))
# «تم الاحتفاظ به على ذمة الأبحاث» (custody), not «الاحتفاظ بهم في وحدة العناية المركزة»
_CUSTODY_WORDS = frozenset({"ذمه", "الابحاث", "بتهمه", "النيابه", "التحقيق", "الموقوف", "الايقاف", "الامن"})
_PLACE_WORDS = frozenset({"مدينه", "مدن", "محافظه", "محافظات", "المحافظات", "بلده", "منطقه", "مناطق", "قريه", "قري",
                          "حي", "مدينتي", "عدد", "العاصمه", "الموصل", "ميناء", "مطار", "قاعده", "جبل", "مواقع",
                          # second pass: Yemeni and Syrian front lines (opened gold articles)
                          "مديريه", "مديريات", "مركز", "مراكز", "معسكر", "جبهه", "مثلث", "تله", "مرتفعات", "حقل",
                          "حقول", "بلدات", "بلدتي", "موقع", "اللواء", "سور", "مقرات", "مقر",
                          # third pass: duals and plurals of the same nouns («السيطرة على بلدتين»)
                          "بلدتين", "مدينتين", "قريتين", "قريتي", "منطقتين", "منطقتي", "موقعين", "موقعي",
                          "مديريتين", "مديريتي", "معسكرات", "قواعد", "تلال", "جبال", "احياء",
                          # thirteenth pass (events-8d): buildings and sites taken in the Yemen
                          # and Iraq wars («سيطروا على مباني السجن المركزي»، «على مبنى جامعة
                          # الأنبار»، «على مدرج المطار»، «على وادي عقان»، «معبر»، «ثكنة»)
                          "مبني", "مباني", "مدرج", "وادي", "سجن", "ثكنه", "ثكنات", "معبر", "منفذ", "قلعه"})


def _reported_object(lex: Lexicon, tokens: Sequence[Token], m: Mention) -> bool:
    """«أكد رئيس الحكومة القضاء على إرهابيين»: the noun is what a speech verb reports as done.
    Not after a complementiser: «قال إن القضاء على داعش يحتاج 3 أشهر» is a goal."""
    for q in range(m.first - 1, max(-1, m.first - 7), -1):
        w = ffold(tokens[q].norm)
        if w in ("ان", "انه", "بان", "لان"):
            return False
        if "speech" in lex.classes(w):
            return True
    return False


def object_ok(lex: Lexicon, tokens: Sequence[Token], m: Mention, end: int, has: set[str],
              place_toks: frozenset[int] = frozenset()) -> bool:
    """Does what follows an object-checked trigger make it an occurrence? ``place_toks``: token
    indices where a record of the places layer starts («فسيطروا على صنعاء»: a named place).

    Stages: 1. the object word (after «على» for «فقد السيطرة», after a quantifier); 2. entries
    with an object of their own (eliminated, custody, seized, joined); 3. territory told in a
    relative clause is a description unless dated; 4. destroyed, taken (idioms, then verbs of
    taking), then control («سيطرة»، «استعادة السيطرة») and the nouns of taking."""
    k = (m.tail if m.tail >= 0 else m.last) + 1
    if m.entry.form == "فقد السيطره" and k + 1 < end and ffold(tokens[k].norm) == "علي":
        k += 1  # «فقد الحوثيون السيطرة على المدينة»: the object after «على»
    if k + 1 < end and (ffold(tokens[k].norm) in _QUANTIFIERS or _count_word(lex, ffold(tokens[k].norm))):
        k += 1  # «سيطرت على كافة المواقع», «عدة مقرات», «أربع مناطق»: the noun after the quantifier decides
    w = ffold(tokens[k].norm) if k < end else ""
    if m.entry.form in ("قضا علي", "قضي علي"):
        return _eliminated(lex, tokens, m, w, has)
    if m.entry.form == "الاحتفاظ":
        return any(ffold(tokens[q].norm) in _CUSTODY_WORDS or ffold(tokens[q].norm).endswith("ذمه")
                   for q in range(m.first, min(end, m.first + 12)))
    if m.entry.form == "ضبط":
        return _person_seized(tokens, m, end)
    if m.entry.form == "انضم الي":
        # «انضم إلى تنظيم داعش», not «انضم إليهم بعض التلاميذ» or «انضم إلى النادي»
        return "armed" in lex.classes(w)
    rel = next((q for q in range(m.first - 1, max(-1, m.first - 4), -1) if ffold(tokens[q].norm) in _RELATIVES), None)
    if (m.entry.form in _TAKING_NEAR or m.entry.form in _TAKING_OBJECT) and rel is not None and not (
        _dated_after(tokens, k, end) and _relative_taking(tokens, m, rel, place_toks)
    ):
        return False  # «المدن التي كانوا قد استولوا عليها»: a place described, not a taking told
    if m.entry.form == "تدمير":
        head = ffold(tokens[m.head].norm)
        if not _armed(has, tokens, m, end):
            return False
        return head.endswith(("ها", "هم", "ه")) or _target_word(w) or _place_word(w)
    if m.entry.form in _TAKING_NEAR:
        # «استولى على مبالغ» is a fraud: seizing needs armed men; the others are military idioms
        if m.tense == "present" or (m.entry.form == "استولي علي" and not _armed(has, tokens, m, end)):
            return False
        return any(_place_word(ffold(tokens[q].norm))
                   for q in range(max(0, m.first - _TAKING_WINDOW), min(end, k + _TAKING_WINDOW))
                   if q not in (m.head, m.tail))
    if m.entry.form in _TAKING_OBJECT:
        return _taken(lex, tokens, m, k, end, has, place_toks)
    return _controlled(lex, tokens, m, k, w, end, has, place_toks)


def _eliminated(lex: Lexicon, tokens: Sequence[Token], m: Mention, w: str, has: set[str]) -> bool:
    """«القضاء على»: an act, not a goal («تمكنت من القضاء على», «بالقضاء على», «تم القضاء على»),
    with armed men as its object (or its pronoun: «بالقضاء عليهم»)."""
    head = ffold(tokens[m.head].norm)
    if m.entry.pos == "v":
        # the verb «قضت الوحدات على عنصر إرهابي»: done when past; not a court's sentence («قضت المحكمة
        # على المتهم بالسجن») nor a habit or a goal (the present)
        return m.tense == "past" and not any(
            ffold(tokens[q].norm).startswith(("محكم", "المحكم", "بالسجن", "بالاعدام", "بالحبس", "بالغرامه"))
            for q in range(max(0, m.first - 4), min(len(tokens), m.last + 10))
        ) and ("armed" in lex.classes(w) or _strip_conj_article(w) in _ONE_FIGHTER)
    done = head.startswith(("ب", "وب")) or any(
        ffold(tokens[q].norm).startswith(("تم", "تمكن", "قام", "قامت", "يقوم", "تقوم", "وتم", "من"))
        for q in range(max(0, m.first - 3), m.first)
    ) or any(  # «نجحت الوحدة المختصة أمس في القضاء على» (the subject between: events-5c)
        ffold(tokens[q].norm).startswith(("نجح", "ونجح")) for q in range(max(0, m.first - 5), m.first)
    ) or _reported_object(lex, tokens, m)
    if not done:
        return False
    tail = ffold(tokens[m.tail].norm) if m.tail >= 0 else ""
    if tail in ("عليه", "عليهم", "عليهما", "عليها"):
        return "armed" in has  # «بالقضاء عليهم»: the pronoun is the object
    return "armed" in lex.classes(w) or _strip_conj_article(w) in _ONE_FIGHTER


# One fighter as the object of «القضاء على» (eighth pass, events-5c; Tunisian security news, events-5d's
# audit F-H pairs: «تم أمس القضاء على عنصر ارهابي خطير»، «نجحت الوحدة المختصة في القضاء على إرهابي
# خطير»): the singulars the context lexicon's armed class lacks (it has «عناصر»، «إرهابيين»).
_ONE_FIGHTER = frozenset(ffold(w) for w in ("عنصر", "إرهابي", "ارهابي", "إرهابيا", "ارهابيا", "عنصرا", "مسلح",
                                            "مسلحا", "متشدد", "متشددا", "تكفيري", "تكفيريا"))


def _strip_conj_article(w: str) -> str:
    w = w[1:] if len(w) > 3 and w[0] in "وف" else w
    return w[2:] if w.startswith("ال") else w


def _taken(lex: Lexicon, tokens: Sequence[Token], m: Mention, k: int, end: int, has: set[str],
           place_toks: frozenset[int]) -> bool:
    """Verbs and nouns of taking (حرر، طهر، استعاد، احتل، طرد): armed men, done (not a plan or
    a habit), and a place (or a pronoun) as the object."""
    if not _armed(has, tokens, m, end) or m.tense == "present":
        return False  # «يحرر المحضر»، «تستعيد عافيتها»: no forces, or a habit
    if any(_future_verb(lex, ffold(tokens[q].norm)) for q in range(max(0, m.first - 8), min(end, m.last + 6))):
        # «سينتقلون بعدها لتحرير مديرية لودر وطرد مسلحي الحوثي»: a plan (وطرد: a masdar);
        # «وأن استعادتها من قبضة الانقلابيين سيتم قريبا»
        return False
    if m.tense == "noun" and not _control_done(lex, tokens, m, _DONE):
        return False  # «عملية تطهير عدن قائمة حالياً»: under way; «تمكنت من تطهير»، «بعد تطهيرها»: done
    head = ffold(tokens[m.head].norm)
    if head.endswith(("ها", "هم")) and not head.endswith("اها"):
        return True  # «حررها»، «طهروها»: the place told before
    after = [ffold(tokens[q].norm) for q in range(k, min(end, k + 3))]
    if m.entry.form == "طرد":
        # «طردت المليشيات من القاعدة»: armed men driven out of somewhere (not «طرد السفير»)
        return any("armed" in lex.classes(a) for a in after) and any(
            ffold(tokens[q].norm) in ("من", "منها", "منه") for q in range(k, min(end, k + 6)))
    # the subject may come first: «حررت القوات مدينة عدن» (not «حررت القوات الرهائن»)
    return any(_place_word(a) for a in after) or _object_after_subject(lex, tokens, k, end, place_toks)


def _controlled(lex: Lexicon, tokens: Sequence[Token], m: Mention, k: int, w: str, end: int, has: set[str],
                place_toks: frozenset[int]) -> bool:
    """Control taken («سيطر على»، «السيطرة على»، «فقد السيطرة»، «استعاد السيطرة») and the
    other nouns of taking («تحرير»، «اجتياح»): done, by armed men, of a place."""
    core = w[2:] if w.startswith("ال") else w
    # (the subject may stand between: «تمكنت قوات الجيش من السيطرة»)
    # («بعد سيطرة الفصائل المقاتلة ... على محافظة ادلب»: after the taking, it was done; the gold
    # tuning part and dev part G count such a background taking, events-3b)
    if "سيطره" in ffold(tokens[m.head].norm) and not _control_done(lex, tokens, m, _CONTROL_DONE):
        return False  # «بسبب سيطرة المتمردين على المطار»: a state, not a taking; «تمكنت من السيطرة»
    if m.entry.form == "سيطر علي":
        before = [ffold(tokens[q].norm) for q in range(max(0, m.first - 2), m.first)]
        # «قبل أن تسيطر على مديرية»: a present after «قبل/بعد أن» is a past
        done_present = len(before) == 2 and before[0] in ("قبل", "بعد") and before[1] == "ان"
        if (m.tense != "past" and not done_present) or (
            before[-1:] in (["الذي"], ["التي"], ["الذين"]) and not _dated_after(tokens, k, end)
        ):
            return False  # «الذي يسيطر عليه الحوثيون», «التنظيم الذي سيطر على مناطق واسعة»: a state
    if "استعاده" in ffold(tokens[m.head].norm) and not any(
        ffold(tokens[q].norm).startswith(("تمكن", "وتمكن", "نجح", "ونجح", "تم", "وتم"))
        for q in range(max(0, m.first - _DONE_WINDOW), m.first)
    ):
        return False  # «على وشك ... استعادة السيطرة»: a goal; «تمكنت من استعادة السيطرة»: done
    if m.entry.form == "استعاد السيطره":
        return True  # a strong phrase: whatever it retook («استعادت القوات السيطرة على الرمادي»)
    if m.entry.form in ("سيطر علي", "سيطره علي", "فقد السيطره"):
        # «سيطر الجيش على مديرية القفر», not «سيطرت الحكومة على الأسعار»; a named place of the
        # places layer will do too («فسيطروا على صنعاء», events-3b)
        return _armed(has, tokens, m, end) and (core in _PLACE_WORDS or w in _PLACE_WORDS or "armed" in lex.classes(w)
                                                or k in place_toks)
    # «تحرير مدينة عدن», «تحريرها», «اجتياح المليشيات للعاصمة»
    return core in _PLACE_WORDS or w in _PLACE_WORDS or "armed" in lex.classes(w) or \
        ffold(tokens[m.head].norm).endswith(("ها", "هم"))


# Month names (Gregorian and Levantine, folded) that date a taking told in a relative clause.
_MONTHS = frozenset(ffold(w) for w in (
    "يناير", "فبراير", "مارس", "أبريل", "ابريل", "مايو", "يونيو", "يوليو", "أغسطس", "اغسطس", "سبتمبر", "أكتوبر",
    "اكتوبر", "نوفمبر", "ديسمبر", "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
    "تشرين"))


def _dated_after(tokens: Sequence[Token], k: int, end: int) -> bool:
    """A month or a year within six words after the object, in its clause: «قوات الحوثيين التي
    سيطرت على صنعاء في سبتمبر» tells a dated taking (an occurrence told in the background, which
    the gold annotations count), «المدن التي استولوا عليها» describes a place (seventh pass)."""
    for q in range(k, min(end, k + 6)):
        w = ffold(tokens[q].norm)
        if tokens[q].norm in _CLAUSE_END:
            return False
        if w in _MONTHS or (w[:1] in ("ب", "و") and w[1:] in _MONTHS):
            return True  # (a month, not a year: «المناطق التي احتلتها إسرائيل في 1967» names a territory)
    return False


def _relative_taking(tokens: Sequence[Token], m: Mention, rel: int, place_toks: frozenset[int]) -> bool:
    """A verb with an attached pronoun in a relative clause takes its antecedent as its object:
    a place («تدمر التي سقطت بأيدي عناصره»، «عدن التي حررها»), not «المراتب التي احتلتها» (ranks)."""
    head = ffold(tokens[m.head].norm)
    if not head.endswith(("ها", "هم", "ه")) or rel == 0:
        return True
    return _place_word(ffold(tokens[rel - 1].norm)) or rel - 1 in place_toks or any(
        q in place_toks for q in range(max(0, rel - 3), rel))


def _person_seized(tokens: Sequence[Token], m: Mention, end: int) -> bool:
    """A person within four words after «ضبط» (a number or the subject may come first: «ضبطت
    الدوريات الأمنية 3 مقيمين»), with no preposition before it («ضبط أسلحة مع المتهم»)."""
    for q in range(m.last + 1, min(end, m.last + 5)):
        w = ffold(tokens[q].norm)
        if w in _PREPOSITIONS or tokens[q].norm in _CLAUSE_END:
            return False
        if w in _SEIZED_PEOPLE or (w[:1] == "و" and w[1:] in _SEIZED_PEOPLE):
            return True
    return False


# The end of a verb's clause when its object is looked for past a long subject.
_CLAUSE_END = frozenset({"،", ",", ".", "؛", ";", ":", "(", ")", "بعد", "وبعد", "فيما", "بينما", "حيث", "عقب",
                         "قبل", "منذ"})
_PREPOSITIONS = frozenset({"في", "من", "الي", "علي", "عن", "قرب", "نحو", "باتجاه"})
_OBJECT_SPAN = 16  # tokens: «واستعادت القوات اليمنية الموالية للرئيس ... والمدعومة من تحالف ... المطار»


def _object_after_subject(lex: Lexicon, tokens: Sequence[Token], k: int, end: int,
                          place_toks: frozenset[int]) -> bool:
    """A place object after a long armed subject (VSO, seventh pass): «واستعادت القوات
    اليمنية الموالية للرئيس عبد ربه منصور هادي ... المطار»، «حرر مقاتلو العشائر المدعومون
    من التحالف مدينة». The words right after the verb must be the armed subject; the object is
    a place word or named place before the clause ends (a comma, «بعد»), not right after a
    preposition («في المدينة» is where, not what)."""
    if k >= end or "armed" not in lex.classes(ffold(tokens[k].norm)) and ffold(tokens[k].norm) not in _FIGHTERS:
        return False
    for q in range(k + 1, min(end, k + _OBJECT_SPAN)):
        w = ffold(tokens[q].norm)
        if tokens[q].norm in _CLAUSE_END or w in _CLAUSE_END:
            return False
        if (_place_word(w) or q in place_toks) and (
            ffold(tokens[q - 1].norm) not in _PREPOSITIONS or _partitive(tokens, q - 1)
        ):
            return True
    return False


# «الكثير من المناطق»، «عدد من المواقع»: «من» after a quantifier is partitive, the place the object.
_PARTITIVES = frozenset({"الكثير", "كثير", "العديد", "عديد", "عدد", "بعض", "المزيد", "مزيد", "عشرات", "مئات"})


def _partitive(tokens: Sequence[Token], q: int) -> bool:
    return q > 0 and ffold(tokens[q].norm) == "من" and ffold(tokens[q - 1].norm) in _PARTITIVES


# Fighters the context lexicon does not class as armed: «المقاومة الشعبية» of the Yemen war
# (definite: «مقاومة الفساد» is a policy), the tribesmen of Iraq and Yemen.
_FIGHTERS = frozenset(ffold(w) for w in ("المقاومة", "والمقاومة", "للمقاومة", "بالمقاومة", "مقاومين", "المقاومين",
                                         "العشائر", "القبائل", "رجال القبائل"))


def _armed(has: set[str], tokens: Sequence[Token], m: Mention, end: int) -> bool:
    """Armed men in the sentence: the context lexicon's class, or fighters it does not know
    within a few words of the trigger."""
    return "armed" in has or any(ffold(tokens[q].norm) in _FIGHTERS
                                 for q in range(max(0, m.first - 8), min(end, m.last + 8)))


def _future_verb(lex: Lexicon, w: str) -> bool:
    """«سيتم»، «سيكون» (the context lexicon's future words) or a plural present verb with the
    future prefix («سينتقلون»; not «سيطرة»، «سنوات»: the shape alone is not enough)."""
    if "future" in lex.classes(w):
        return True
    core = w[1:] if w[:1] in ("و", "ف") and len(w) > 4 else w
    return len(core) >= 6 and core[0] == "س" and core[1] in "يتن" and core.endswith("ون")


def _target_word(w: str) -> bool:
    """A military or physical target (مواقع، آليات، مخابئ...) with or without its article."""
    c = w[2:] if w.startswith("ال") else w
    return c in _TARGETS or w in _TARGETS


def _place_word(w: str) -> bool:
    """A noun of place (مدينة، مواقع، قاعدة...) with or without its article and a conjunction."""
    for c in (w, w[1:] if w[:1] in ("و", "ف") else w):
        if c in _PLACE_WORDS or (c.startswith("ال") and c[2:] in _PLACE_WORDS):
            return True
    return False
