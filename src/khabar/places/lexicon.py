"""Arabic words the places step reads around a place name.

Hand-made by the khabar authors from Arabic news usage (the SaudiNewsNet and ANT corpora were
read to check the forms); every entry is in :func:`khabar.normalize.fold` form.
"""

from __future__ import annotations

from functools import lru_cache

from ..normalize import fold
from ..segment import QUOTE_MARKS
from .datafiles import data_rows

__all__ = [
    "ADMIN_CUES",
    "ADMIN_SYSTEM",
    "CAPITAL_CUES",
    "ADJECTIVES",
    "CITY_CUES",
    "COUNTRY_CUES",
    "DIRECTIONS",
    "GENERIC_NOUNS",
    "IBB",
    "KINGDOMS",
    "NAME_STOP",
    "NISBA",
    "NOT_AFTER",
    "NOT_BEFORE",
    "CUE_ONLY",
    "ORG_HEADS",
    "SAID_OPENERS",
    "SAY_VERBS",
    "DAY_AFTER",
    "DAY_BEFORE",
    "WEEKDAYS",
    "PLACE_CUES",
    "QUARTER_CUES",
    "QUOTES",
    "REGION_NOUNS",
    "RURAL",
    "SITE_CUES",
    "THE_COUNTRY",
    "THE_KINGDOM",
    "VILLAGE_CUES",
    "bi_towns",
    "country_descriptions",
    "fold_all",
    "ordinary_words",
]


def fold_all(words: str) -> frozenset[str]:
    """The folded forms of space-separated words."""
    return frozenset(fold(w) for w in words.split())


_fold_all = fold_all


#: Words before a name that make it a place («قرية الحمرا»، «مدينة الباب»), singular and
#: plural, so a name that is also a common word is read as a place after them.
VILLAGE_CUES = _fold_all("قرية قرى بلدة بلدات بلدتي قريتي مزرعة مزارع")
CITY_CUES = _fold_all("مدينة مدن مدينتي العاصمة عاصمة")
ADMIN_CUES = _fold_all(
    "محافظة محافظات محافظتي ولاية ولايات إقليم أقاليم قضاء ناحية مقاطعة مديرية معتمدية عمادة "
    "دائرة"  # «بدائرة جانت»: an Algerian district
)
#: A neighbourhood of a city («حي القاهرة» in Mosul is not Cairo).
QUARTER_CUES = _fold_all("حي أحياء حارة حارات حارتي")
#: Cue words of one country's administrative system (singular, dual and plural) and the
#: countries that use them: «مديرية همدان» is a Yemeni district, not Hamadan in Iran;
#: «معتمدية» is Tunisian; «قضاء» Iraqi and Lebanese; «ناحية» Iraqi and Syrian. From the
#: Arabic names of these countries' second- and third-level units (Wikipedia's lists of
#: districts of Yemen, delegations of Tunisia, districts of Iraq and Lebanon, nahiyas of
#: Syria). «محافظة» is left out: a dozen countries have governorates.
ADMIN_SYSTEM: dict[str, frozenset[str]] = {
    **dict.fromkeys(_fold_all("مديرية مديريتي مديريات"), frozenset({"YE"})),
    **dict.fromkeys(_fold_all("معتمدية معتمديتي معتمديات"), frozenset({"TN"})),
    **dict.fromkeys(_fold_all("قضاء قضائي أقضية"), frozenset({"IQ", "LB"})),
    **dict.fromkeys(_fold_all("ناحية ناحيتي نواحي"), frozenset({"IQ", "SY"})),
}
OTHER_CUES = _fold_all(
    "مخيم مخيمات منطقة مناطق ريف أرياف مطار قاعدة معبر جبل سهل وادي ضواحي أطراف "
    "محيط مشارف تخوم شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط جبهة جبهات"
)
PLACE_CUES = VILLAGE_CUES | CITY_CUES | ADMIN_CUES | QUARTER_CUES | OTHER_CUES | _fold_all(
    "ميناء مرفأ جسر سد سجن ساحة قلعة"
)
#: Words before a country name that confirm it («دولة مالي»، «جمهورية مالي»).
COUNTRY_CUES = _fold_all("دولة جمهورية مملكة سلطنة إمارة بلاد")

#: Compass words, nouns and adjectives, to unit vectors (north, east); diagonal ones are
#: written out because Arabic runs them together («شمال شرق»، «شمال شرقي»، «الشمالي الشرقي»).
DIRECTIONS: dict[str, tuple[float, float]] = {}
_D = {
    "شمال شمالي الشمالي الشمالية": (1.0, 0.0),
    "جنوب جنوبي الجنوبي الجنوبية": (-1.0, 0.0),
    "شرق شرقي الشرقي الشرقية": (0.0, 1.0),
    "غرب غربي الغربي الغربية": (0.0, -1.0),
    "وسط الأوسط الوسطى": (0.0, 0.0),
}
for _words, _vec in _D.items():
    for _w in _words.split():
        DIRECTIONS[fold(_w)] = _vec

#: «ريف حلب» is the countryside around Aleppo (its governorate).
RURAL = _fold_all("ريف أرياف")
#: «شمال غربي البلاد»: the article's own country («القطر» in Tunisian and Algerian usage,
#: «المملكة» in Saudi, Moroccan, Jordanian and Bahraini news).
THE_COUNTRY = fold_all("البلاد القطر المملكة")
#: «المملكة»: the kingdoms whose own news writes it for their country (above). Another
#: country is no «المملكة»: «شرق المملكة» in a Saudi column about Iraq is eastern Saudi Arabia.
THE_KINGDOM = fold("المملكة")
KINGDOMS = frozenset({"SA", "MA", "JO", "BH"})

#: «العاصمة السورية»: a capital named by its country's adjective (docs/annotation.md counts
#: such descriptions as places). Feminine nisba adjectives, with and without the article.
CAPITAL_CUES = _fold_all("العاصمة عاصمة")
NISBA: dict[str, str] = {}
_N = {
    "SY": "السورية", "IQ": "العراقية", "EG": "المصرية", "LB": "اللبنانية", "JO": "الأردنية",
    "TN": "التونسية", "DZ": "الجزائرية", "MA": "المغربية", "LY": "الليبية", "YE": "اليمنية",
    "SA": "السعودية", "TR": "التركية", "IR": "الإيرانية", "RU": "الروسية", "FR": "الفرنسية",
    "GB": "البريطانية", "US": "الأمريكية الأميركية", "DE": "الألمانية", "IT": "الإيطالية",
    "SD": "السودانية", "KW": "الكويتية", "QA": "القطرية", "AE": "الإماراتية", "OM": "العمانية",
    "BH": "البحرينية", "PS": "الفلسطينية", "IL": "الإسرائيلية", "AF": "الأفغانية",
    "PK": "الباكستانية", "CN": "الصينية", "JP": "اليابانية", "ES": "الإسبانية",
    "BE": "البلجيكية", "UA": "الأوكرانية", "SO": "الصومالية", "MR": "الموريتانية",
    # «الشمال القبرصي» (northern Cyprus), «الحكومة القبرصية» (session 19, places-19b)
    "CY": "القبرصية",
}
for _cc, _words in _N.items():
    for _w in _words.split():
        NISBA[fold(_w)] = _cc

#: Every form of those adjectives («اليمنية»، «اليمني»، «اليمنيين»، «اليمنيتين»، with or
#: without the article), for the article's countries: «الحكومة اليمنية» says the article is
#: about Yemen as surely as «اليمن» does (the adjective is not a place itself).
ADJECTIVES: dict[str, str] = {}
for _f, _cc in NISBA.items():
    _stem = _f[:-1]  # without the taa marbuta (folded to ه)
    for _bare in {_stem, _stem[2:] if _stem.startswith("ال") else _stem}:
        for _end in ("ه", "", "ين", "ون", "تين", "تان", "ان"):
            ADJECTIVES[_bare + _end] = _cc

#: «مطار عدن»، «جسر لندن»: a named site called after its place (docs/annotation.md counts
#: named sites as places). The site is put at its place's point (within a few km for a
#: city's airport or bridge), precision ``site``; English words for ``name_en``.
SITE_CUES: dict[str, str] = {
    fold(k): v
    for k, v in {
        "مطار": "airport", "ميناء": "port", "مرفأ": "port", "جسر": "bridge",
        "معبر": "crossing", "سد": "dam", "سجن": "prison", "ساحة": "square", "قلعة": "citadel",
        "قاعدة": "base", "مخيم": "camp", "سوق": "market", "معسكر": "camp",
    }.items()
}

#: «المناطق الجنوبية من السعودية»، «المحافظات الشمالية من إقليم البنجاب»: a plural of parts
#: and the compass adjectives that make it a place's part (``country_phrases._parts``,
#: ``directions._plural_of_named``)
PART_NOUNS = _fold_all("المناطق المحافظات الأجزاء")
PART_ADJECTIVES = _fold_all("الجنوبية الشمالية الشرقية الغربية")

#: «الجنوب الليبي»، «الشرق السوداني»: a direction noun with the article before a country's
#: adjective (masculine: the NISBA entry without its taa marbuta).
REGION_NOUNS: dict[str, tuple[float, float]] = {
    fold("الشمال"): (1.0, 0.0), fold("الجنوب"): (-1.0, 0.0),
    fold("الشرق"): (0.0, 1.0), fold("الغرب"): (0.0, -1.0),
}

#: Heads of organisation names: «هيئة إسعاف لندن»، «جامعة دمشق»، «شرطة دبي». A place name
#: right after one is part of the organisation's name (an ORG, not a place: the gold corpus
#: does not annotate it), when the entity tagger has not already said so.
ORG_HEADS = _fold_all(
    "هيئة شرطة جامعة بلدية نادي وكالة صحيفة قناة إذاعة شركة بنك إسعاف مستشفى جامعات بورصة "
    # a school or college named after its town («مدرسة جدة»، «كلية الدمام»; not «مدارس
    # محافظة فيفاء», the schools of a place)
    "مدرسة كلية معهد "
    # «قيادة عمليات بغداد»، «قائد عمليات الأنبار»: an Iraqi operations command
    "عمليات"
)

#: Names that are words before these words: «قطع الرباط الصليبي» (the cruciate ligament,
#: not Rabat), «يعيده باليمن والخير والبركات» (with good fortune, يُمن, not Yemen: a
#: greeting in Saudi news). Hand-made by the khabar authors from development articles.
NOT_BEFORE: dict[str, frozenset[str]] = {
    fold("الرباط"): _fold_all("الصليبي الصليبية"),
    fold("اليمن"): _fold_all("والخير والبركة والبركات والمسرات والسعادة والرخاء والإيمان"),
    # «الحي الصناعي» (the industrial quarter), not Al Hai (Iraq)
    fold("الحي"): _fold_all("الصناعي السكني التجاري الدبلوماسي الجامعي الشعبي القديم الجديد"),
    # «على الوجه الأكمل»، «الوجه الجميل» (the face, the way), not Al Wajh (session 5: five
    # such records in dev parts G, L, M and 400 unlabelled SaudiNewsNet articles, no Al Wajh)
    fold("الوجه"): _fold_all("الأكمل الأمثل المطلوب الصحيح الجميل الحسن الآخر الحقيقي المشرق"),
    # «حماة الوطن»، «حماة لهم»، «تحية عسكرية لحماة الشرعية» (protectors), not Hama
    fold("حماة"): _fold_all("الوطن للوطن لهذا لهم له لها الديار الحدود العقيدة الدين الشرعية"),
    # «جنيف 1»: the 2012 Geneva communiqué (a conference), not the city
    fold("جنيف"): frozenset({"1", "2", "3"}),
    # «الصين تايبيه» (Chinese Taipei, a sports team's name)
    fold("الصين"): _fold_all("تايبيه تايبيي"),
    # «سيول جارفة»، «سيول الأمطار» (torrents, in every Saudi weather report), not Seoul
    fold("سيول"): _fold_all("جارفة غزيرة الأمطار الامطار الأودية منقولة قوية"),
    # «تمنوا لهم الشفاء العاجل» (a quick recovery, Saudi health news), not Ash Shafa (Taif)
    fold("الشفاء"): _fold_all("العاجل"),
    # «الطرف الآخر» (the other side), not At Taraf (Al-Ahsa)
    fold("الطرف"): _fold_all("الآخر الاخر الثاني المقابل"),
    # «بسم الله الرحمن الرحيم» (the basmala, opening every oath of office and many quoted
    # speeches), not the Iraqi hamlet Bi Ism Allah; an Iraqi hamlet in a story on a Saudi
    # swearing-in made Iraq one of its countries, and «في قصر الصفا» an Iraqi «قصر»
    fold("بسم الله"): _fold_all("الرحمن الرحمان"),
    # «الغاز المسيل للدموع»، «القنابل المسيلة للدموع» (tear gas, in every protest report of
    # ANT), not M'Sila (Algeria)
    fold("المسيلة"): _fold_all("للدموع"),
}

#: Names that are words after these words: «فضل الرباط» (guarding the frontier, a
#: religious merit, not Rabat), «رابط الخبر» (the link to the news item, not Khobar). Hand-made by the khabar authors from development articles.
NOT_AFTER: dict[str, frozenset[str]] = {
    fold("الرباط"): _fold_all("فضل أجر ثواب"),
    # «رابط الخبر بصحيفة الوئام»: the news item, not Khobar
    fold("الخبر"): _fold_all("رابط نص تفاصيل مصدر نشر هذا ذلك"),
    # «تصريف سيول»، «مجاري سيول» (torrents), not Seoul
    fold("سيول"): _fold_all("تصريف مياه مجاري مجرى درء جريان مخاطر"),
    # «عاصفة الحزم»: the 2015 operation's name, not Al Hazm (Yemen)
    fold("الحزم"): _fold_all("عاصفة"),
    # «مبلغ مالي»، «دعم مالي»: financial, not Mali (the nouns before «مالي» in SaudiNewsNet
    # and ANT, counted in session 12: «إنقاذ مالي» 26, «تمويل» 9, «مقابل» 14, «عرض» 9...)
    fold("مالي"): _fold_all("مبلغ مبالغ دعم وضع عجز مورد موارد فساد نظام مستشار عام مصرف حساب تحويل "
                            "إنقاذ تمويل مقابل عرض تنظيم تدقيق تعويض انهيار ضخ هدر عبء حافز عائد "
                            "مردود استحقاق وسيط إجراء إرهاق مأزق دخل أجر منتج"),
    # «تماثل للشفاء» (recovered), Saudi health news' stock phrase: not Ash Shafa (Taif)
    fold("الشفاء"): _fold_all("تماثل تماثلت تماثله تماثلها يتماثل تتماثل طريقه طريقها"),
    # «الطريق الموصل اليه» (the road leading to it): the participle after a definite road
    # noun, not Mosul («طريق الموصل»، without the article, is the Mosul road)
    fold("الموصل"): _fold_all("الطريق والطريق الطرق الطرقات المسلك الممر الجسر النفق الشارع"),
    # «الظروف القاهرة»، «القوة القاهرة» (compelling circumstances, force majeure), not Cairo
    fold("القاهرة"): _fold_all("الظروف ظروف للظروف لظروف القوة قوة"),
    # «الطبيب المذكور آنفا» (mentioned above): the adverb, not Anfa (Casablanca)
    fold("آنفا"): _fold_all("المذكور المذكورة المذكورين المذكورون ذكرنا ذكره ذكرها أشرنا أسلفنا ذكر"),
}

#: Weekdays, and the words that make one a day («ليلة الخميس الماضي»، «يوم الجمعة 03
#: ديسمبر»، «صباح الأحد المقبل»): Khemis Miliana (Algeria) is «الخميس» in the index, and
#: Yemeni hamlets are «الجمعة»، «الأحد». A weekday right after a time noun or right before a
#: word of relative time or a number is the day, even when the tagger says LOC (session 6:
#: 3 Khemis Miliana records in 867 unlabelled SaudiNewsNet and ANT articles, all days).
#: Hand-made by the khabar authors; «الفارط»، «المنقضي» are Tunisian usage (ANT).
WEEKDAYS = _fold_all("الأحد الاحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت")
DAY_BEFORE = _fold_all("يوم ليلة مساء صباح فجر ظهر ظهيرة عشية ضحى اليوم أمس غدا منذ حتى "
                       "ويوم وليلة ومساء وصباح وفجر ليوم بيوم")
DAY_AFTER = _fold_all("الماضي المقبل القادم المنصرم المنقضي الفارط الموافق الأخير الفائت")

#: Masculine reporting verbs and the words that open what is reported after their subject
#: («وأكد الأحمدي أن»، «وذكر جمال ان»، «وأضاف الأحمدي لـ«الشرق الأوسط» أن»): the subject of
#: a masculine «قال» is a person, and a place name there is a surname (Al Ahmadi, Kuwait;
#: a village «جمال» of Iraq). A town or country as actor takes the feminine verb («أكدت
#: الرياض أن»); masculine country names («أكد العراق») are countries and stay. Hand-made by
#: the khabar authors (session 6: 3 such records in 867 unlabelled SaudiNewsNet and ANT
#: articles, one anchoring an Aden story's sites in Kuwait).
SAY_VERBS = frozenset(p + fold(w) for w in (
    # not «بين» (he explained), spelt like «بين» (between: «بين عدن، ولحج»)
    "قال أضاف أوضح أكد أشار ذكر لفت تابع أفاد كشف صرح شدد اعتبر رأى نفى حذر أعلن أبلغ أبان"
).split() for p in ("", "و", "ف"))
SAID_OPENERS = _fold_all("أن إن ان لـ ل : في خلال")

#: «إب» (Ibb) folds like «آب» (August): a place only as written with its hamza, the one
#: two-letter name of the index («وإب»)
IBB = fold("إب")

#: Quotation marks that may stand between a cue and its name («مديرية «حرض»»)
QUOTES = QUOTE_MARKS

#: Words that end a cued name or cannot start one (``unknown``, ``listed``): prepositions,
#: relatives, adjectives describing the place («قرية صغيرة»، «القرية المجاورة»), words of the
#: cue family. Hand-made by the khabar authors.
NAME_STOP = fold_all(
    "في من إلى الى على عن مع بعد قبل حيث الذي التي الذين وهو وهي هو هي إن أن كما قرب بين "
    "عند لدى حول نحو ضد منذ خلال عبر داخل خارج صغيرة كبيرة الصغيرة الكبيرة مجاورة المجاورة "
    "نائية النائية سكني السكني سكنية السكنية واحدة أخرى الأخرى جديدة الجديدة قديمة القديمة "
    "التابعة التابع الواقعة الواقع المحاذية المحاذي نفسها نفسه بأكملها كاملة كله كلها "
    "قرابة حوالي زهاء نحو مدة لمدة عدة سنوات إلا أخرى لأخرى الفريق المنتخب منتصف شعبي "
    "يوم أمس اليوم الذي الاستراتيجي الاستراتيجية الحدودي الحدودية العسكري العسكرية "
    "الشهير الشهيرة المطل المطلة رئيس رئيسي رئيسية الرئيسي الرئيسية تابع تابعة "
    "بكل لكل وكل"  # «في 39 محافظة بكل من منطقة ...»: «بكل» is "in each"
    " بتهمة بتهم"  # «حكمت ... بسجن بتهمة الإساءة»: "on the charge of" (ANT court news)
    # «في بلدة تركية قرب الحدود»، «13 محافظة تركية»، «بلدة حدودية تركية»: a nisba, not a
    # name (session 10, places-10d: 4 + 3 such cued names in 1,000 war-news articles)
    " تركية حدودية إيرانية"
)
#: Words the tagger marks LOC that name no place: «المدينة» (the city just named), «البلاد».
GENERIC_NOUNS = fold_all("المدينة المدن البلاد الدولة المنطقة البحر البر الجو مهرجان المهرجان شعبي")


@lru_cache(maxsize=1)
def ordinary_words() -> frozenset[str]:
    """The words ANT uses mostly as ordinary words (``data/places/ordinary.txt``, folded; built
    by ``scripts/build_gazetteer.py --ordinary-words``), loaded once."""
    return frozenset(row[0] for row in data_rows("ordinary.txt"))


def _word_senses() -> tuple[dict[str, tuple[frozenset[str], frozenset[str]]], list[tuple[str, str, frozenset[str]]]]:
    """``data/places/wordsense.tsv``: the cue-only names with their keep words (before, after),
    and the not_after/not_before rows to merge into ``NOT_AFTER``/``NOT_BEFORE``."""
    keep: dict[str, tuple[set[str], set[str]]] = {}
    rows: list[tuple[str, str, frozenset[str]]] = []
    for name, kind, *rest in data_rows("wordsense.tsv"):
        key, words = fold(name), _fold_all(rest[0] if rest else "")
        if kind in ("cue_only", "keep_after", "keep_before"):
            after, before = keep.setdefault(key, (set(), set()))
            (after if kind == "keep_after" else before).update(words if kind != "cue_only" else ())
        elif kind in ("not_after", "not_before"):
            rows.append((key, kind, words))
        else:
            raise ValueError(f"wordsense.tsv: unknown kind {kind!r}")
    return {k: (frozenset(a), frozenset(b)) for k, (a, b) in keep.items()}, rows


@lru_cache(maxsize=1)
def bi_towns() -> dict[str, frozenset[str]]:
    """Common-word towns whose ب-form is the town («بالخبر»، «بقبلي»), each with the words
    before it that make it the word («علمت بالخبر»): ``data/places/bi_towns.txt`` (session 11,
    places-11b), folded, loaded once."""
    return {fold(r[0].strip()): _fold_all(r[1] if len(r) > 1 else "") for r in data_rows("bi_towns.txt")}


@lru_cache(maxsize=1)
def country_descriptions() -> dict[tuple[str, ...], tuple[str, str | None]]:
    """Descriptions of one country or city («الكيان الصهيوني»: Israel; «عروس البحر الأحمر»:
    Jeddah), their folded words to (ISO code, the city's name or None for the country):
    ``data/places/country_descriptions.tsv`` (session 11, places-11b; cities and longer rows
    session 12, places-12b), loaded once."""
    return {tuple(fold(phrase).split(" ")): (cc.strip(), city[0].strip() if city else None)
            for phrase, cc, *city in data_rows("country_descriptions.tsv")}


#: Names that are places only after a place cue, as «وX» after another place, or beside one
#: of their keep words (before, after): ``data/places/wordsense.tsv`` (session 10, places-10d)
CUE_ONLY, _SENSE_ROWS = _word_senses()
for _sense_key, _sense_kind, _sense_words in _SENSE_ROWS:
    _table = NOT_AFTER if _sense_kind == "not_after" else NOT_BEFORE
    _table[_sense_key] = _table.get(_sense_key, frozenset()) | _sense_words
