"""Quantity vocabulary: number words, scale words, vague quantities, units, cue words.

Every key is written in ordinary spelling; :func:`key` (``khabar.normalize.fold``: alef and
hamza forms, ى→ي, ة→ه) turns entries and text words into the same lookup key.

Sources: cardinal numbers and their gender/case forms follow the standard grammar tables
(Arabic Wikipedia «العدد في اللغة العربية»; Ryding, *A Reference Grammar of Modern Standard
Arabic*, ch. 15); units and currencies are the ones counted in ../shared/data/news/ (SaudiNewsNet,
ANT: «N شخصا»، «N دولار»، «N ريال»، «N كلم»، «N بالمئة»...), currency codes ISO 4217.
The vague-quantity conventions are documented in docs/units.md.
"""

from __future__ import annotations

from collections.abc import Mapping
from importlib import resources
from typing import TypeVar

from ..normalize import fold

T = TypeVar("T")

__all__ = [
    "APPROX_AFTER", "APPROX_BEFORE", "CUE_UNITS", "CURRENCY_ADJ", "CURRENCY_COUNTRIES",
    "EXCLUDE_BEFORE", "LOWER_BOUND", "NUMBER_WORDS", "PERCENT_WORDS", "SCALES", "UNITS_LEX",
    "UPPER_BOUND", "VAGUE", "key",
]


def key(s: str) -> str:
    """Lookup key of a word or phrase (see module docstring)."""
    return fold(s)


def _keys(d: Mapping[str, T]) -> dict[str, T]:
    return {key(k): v for k, v in d.items()}


_UNITS_1_10 = {
    "واحد": 1, "واحدة": 1, "واحدا": 1,  # («جنديا واحدا» accusative)
    "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2, "اثني": 2, "اثنتا": 2,
    "اثنتي": 2,
    "ثلاث": 3, "ثلاثة": 3, "أربع": 4, "أربعة": 4, "خمس": 5, "خمسة": 5, "ست": 6, "ستة": 6,
    "سبع": 7, "سبعة": 7, "ثمان": 8, "ثماني": 8, "ثمانية": 8, "تسع": 9, "تسعة": 9,
    "عشر": 10, "عشرة": 10,
}
_TENS = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40,
    "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
}
_HUNDREDS: dict[str, int] = {
    "مئة": 100, "مائة": 100, "مئتان": 200, "مئتين": 200, "مئتا": 200, "مئتي": 200,
    "مائتان": 200, "مائتين": 200, "مائتا": 200, "مائتي": 200,
}
# ثلاثمئة، ثلاثمائة، ثلاث مئة... (one word or two; the two-word form is parsed as 3 × 100)
for _w, _n in (("ثلاث", 3), ("أربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7), ("ثمان", 8),
               ("ثماني", 8), ("تسع", 9)):
    _HUNDREDS[_w + "مئة"] = _n * 100
    _HUNDREDS[_w + "مائة"] = _n * 100

#: Cardinal words below 1000 → value («عشر/عشرة» after 1–9 makes a teen: parsed in numbers.py).
NUMBER_WORDS: dict[str, int] = _keys({**_UNITS_1_10, **_TENS, **_HUNDREDS})

#: Forms of two that occur only in teens («اثنا عشر»); alone they are other words
#: («اثناء» "during" folds to «اثنا»).
TEEN_ONLY: frozenset[str] = frozenset(key(w) for w in ("اثنا", "اثني", "اثنتا", "اثنتي"))

#: Scale words → (multiplier, value when the word stands alone: 1000 for «ألف», 2000 for
#: the dual «ألفين», None for plurals that need a number before them or are vague alone).
SCALES: dict[str, tuple[int, int | None]] = _keys({
    "ألف": (1000, 1000), "ألفا": (1000, 1000), "ألفان": (1000, 2000), "ألفين": (1000, 2000),
    "ألفي": (1000, 2000), "مليوني": (10**6, 2 * 10**6), "ملياري": (10**9, 2 * 10**9),
    "آلاف": (1000, None),
    "مليون": (10**6, 10**6), "مليونا": (10**6, 10**6), "مليونان": (10**6, 2 * 10**6),
    "مليونين": (10**6, 2 * 10**6), "ملايين": (10**6, None),
    "مليار": (10**9, 10**9), "مليارا": (10**9, 10**9), "ملياران": (10**9, 2 * 10**9),
    "مليارين": (10**9, 2 * 10**9), "مليارات": (10**9, None),
    "بليون": (10**9, 10**9), "بلايين": (10**9, None),
    "تريليون": (10**12, 10**12), "ترليون": (10**12, 10**12), "تريليونات": (10**12, None),
})

#: Fractions that may stand before a scale word («نصف مليون»، «ربع مليون»).
FRACTIONS: dict[str, float] = _keys({"نصف": 0.5, "ربع": 0.25})

#: Vague quantities → (min, best, max). Convention (docs/units.md): min and max bound the
#: range the phrase denotes; best is the conservative point value ACLED codes («عشرات»
#: "tens" → 10, «مئات» → 100), i.e. the minimum; «بضع» is 3–9 (classical definition, لسان
#: العرب: «البضع ما بين الثلاث إلى التسع»). A following scale word multiplies them
#: («عشرات الآلاف» → 10,000–99,999; «بضعة آلاف» → 3,000–9,000).
VAGUE: dict[str, tuple[float, float, float | None]] = _keys({
    "عشرات": (10, 10, 99), "العشرات": (10, 10, 99),
    "مئات": (100, 100, 999), "المئات": (100, 100, 999), "مئآت": (100, 100, 999),
    "آلاف": (1000, 1000, 9999), "آلافا": (1000, 1000, 9999), "الآلاف": (1000, 1000, 9999), "ألوف": (1000, 1000, 9999),
    "الألوف": (1000, 1000, 9999),
    "ملايين": (10**6, 10**6, 10**7 - 1), "الملايين": (10**6, 10**6, 10**7 - 1),
    "مليارات": (10**9, 10**9, 10**10 - 1), "المليارات": (10**9, 10**9, 10**10 - 1),
    "بضع": (3, 3, 9), "بضعة": (3, 3, 9),
    # «عدة» "several" before a noun: the convention of «العديد من» (3, no upper bound), as the
    # gold annotators give it («عدة مقرات حكومية» → 3/3/null, tests/gold tuning part);
    # «مداهمات عدة» after its noun is not counted (numbers.py)
    "عدة": (3, 3, None),
    # «عديد المرات»، «عديد الأشخاص» (Tunisian usage, without «من»): as «العديد من»
    # (tests/gold tuning part: «عديد المرات» → 3/3/null)
    "عديد": (3, 3, None),
})
#: Vague words that count only before a noun («عدة مقرات»، not «مداهمات عدة»).
VAGUE_BEFORE_NOUN: frozenset[str] = frozenset({key("عدة")})
#: Vague words that count only before a definite noun («عديد المرات»).
VAGUE_BEFORE_DEFINITE: frozenset[str] = frozenset({key("عديد")})

#: Multi-word vague quantities (token keys) → (min, best, max). «عدد من» "a number of": at
#: least 2, best 3 (ACLED codes "a few/several" conservatively), no upper bound.
VAGUE_PHRASES: dict[tuple[str, ...], tuple[float, float, float | None]] = {
    tuple(key(w) for w in k.split()): v
    for k, v in {
        "عدد من": (2, 3, None), "عددا من": (2, 3, None), "العديد من": (3, 3, None),
        "عديد من": (3, 3, None),
        "عشرات من": (10, 10, 99), "مئات من": (100, 100, 999), "آلاف من": (1000, 1000, 9999),
    }.items()
}

#: Percent words after a number.
PERCENT_WORDS: tuple[tuple[str, ...], ...] = tuple(
    tuple(key(w) for w in p.split())
    for p in ("%", "٪", "بالمئة", "بالمائة", "بالمية", "بالمئه", "في المئة", "في المائة",
              "في المية", "بالمائه")
)

#: Approximation words before the number → approximate=True.
APPROX_BEFORE: tuple[tuple[str, ...], ...] = tuple(
    tuple(key(w) for w in p.split())
    for p in ("نحو", "حوالي", "حوالى", "قرابة", "زهاء", "ما يقارب", "يقارب", "ما يقرب من",
              "يقرب من", "تقريبا", "قراب", "ما يناهز", "يناهز", "في حدود", "بحدود",
              "ما يقدر ب", "يقدر ب", "تقدر ب")
)
#: Approximation words after the unit.
APPROX_AFTER: tuple[tuple[str, ...], ...] = ((key("تقريبا"),), (key("تقريبًا"),))

#: Open lower bound: «أكثر من 20» → min 20, best 20, max null.
LOWER_BOUND: tuple[tuple[str, ...], ...] = tuple(
    tuple(key(w) for w in p.split())
    for p in ("أكثر من", "ما يزيد عن", "ما يزيد على", "يزيد عن", "يزيد على", "أزيد من",
              "ما لا يقل عن", "لا يقل عن", "ما يربو على", "يربو على", "ما يفوق", "يفوق",
              "ما يتجاوز", "يتجاوز", "تتجاوز", "تفوق", "تزيد عن", "تزيد على", "تربو على",
              "فاقت", "فاق", "تخطى", "تخطت", "تجاوز", "تجاوزت", "تجاوزا", "تعدى", "تعدت", "يتخطى", "تتخطى", "أكثر قليلا من", "ما فوق", "فوق",
              # written joined («ما لايقل عن 153»)
              "ما لايقل عن", "لايقل عن", "ما لايقل على", "لا تقل عن", "لاتقل عن",
              # «ألا» = «أن لا» written joined («على ألا يقل عن 35 عاماً»)
              "ألا يقل عن", "ألا تقل عن")
)
#: «20 شخصا على الأقل» → min 20.
LOWER_AFTER: tuple[tuple[str, ...], ...] = ((key("على"), key("الأقل")), (key("علي"), key("الاقل")))
#: Open upper bound: «أقل من 20» → min null, best null, max 20.
UPPER_BOUND: tuple[tuple[str, ...], ...] = tuple(
    tuple(key(w) for w in p.split())
    for p in ("أقل من", "ما دون", "ما لا يزيد عن", "ما لا يزيد على", "لا يزيد عن",
              "لا يزيد على", "لا تزيد عن", "لا تزيد على", "ما لا يتجاوز", "لا يتجاوز",
              "لا تتجاوز", "دون", "لايزيد عن", "ما لايزيد عن", "لايتجاوز", "ما لايتجاوز",
              # «ألا» = «أن لا» written joined («على ألا يزيد على 45 عاماً»)
              "ألا يزيد عن", "ألا يزيد على", "ألا تزيد عن", "ألا تزيد على", "ألا يتجاوز",
              "ألا تتجاوز")
)

def _parse_units(text: str, name: str = "units.tsv") -> dict[str, str]:
    """``word<TAB>unit`` rows (see ``data/quantities/units.tsv``'s header), keyed."""
    units: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        word, sep, unit = line.partition("\t")
        if not sep or not word.strip() or not unit.strip():
            raise ValueError(f"{name}:{n}: expected 'word<TAB>unit', got {line!r}")
        units[key(word.strip())] = unit.strip()
    return units


#: Counted nouns (singular, plural, accusative with tanween alif) → unit key of
#: khabar.schema.UNITS, from ``data/quantities/units.tsv``. Looked up after proclitics
#: (و ف ب ل ال) are stripped.
UNITS_LEX: dict[str, str] = _parse_units(
    resources.files("khabar.data.quantities").joinpath("units.tsv").read_text(encoding="utf-8")
)

#: Generic person nouns that count fighters when an armed group follows in the genitive:
#: «15 من أفراد الميليشيا»، «12 من رجال التنظيم» (khabar list, from Yemen/Syria war news).
#: Without a group after them, the persons they refer to decide (:data:`ANAPHORIC_NOUNS`).
GROUP_MEMBER_NOUNS = frozenset(key(w) for w in ("أفراد", "رجال", "أشخاص", "عناصر"))
#: Leaders, escorts, followers: counted as the group or force named after them, else as
#: people («قيادات الإصلاح»), else as the persons named before («22 مسلحا بينهم أربعة
#: قادة»); khabar list.
LEADER_NOUNS = frozenset(key(w) for w in (
    "قادة", "قيادات", "قياديين", "قياديا", "مرافقين", "مرافقي", "أتباع", "أنصار",
    "قائد", "قائدا",  # «جثث 30 قائدا ميدانيا» (of the Houthis named before)
))
ARMED_GROUP_GENITIVES = frozenset(key(w) for w in (
    "ميليشيا", "مليشيا", "ميليشيات", "مليشيات", "التنظيم", "الحوثي", "الحوثيين", "القاعدة",
    "داعش", "الجماعة", "الانقلابيين", "المتمردين", "الميليشيا", "المليشيا", "الميليشيات",
    "المليشيات", "الجماعات", "العصابات", "عصابة", "تنظيم", "التمرد", "الانقلاب",
    "المقاومة", "الحشد", "طالبان", "جماعة", "الحركة", "حركة", "الفصائل", "فصائل",
))
#: Forces of a state after «من» or a member noun: «أربعة من الجيش الوطني»، «أفراد الأمن».
STATE_FORCE_GENITIVES = frozenset(key(w) for w in (
    "الجيش", "جيش", "القوات", "قوات", "الشرطة", "شرطة", "الأمن", "أمن", "الحرس",
    "الجنود", "حرس", "البشمركة", "البيشمركة",
))
#: Words that refer back to persons counted or named before («وجرح 12 آخرين»، «مقتل 16
#: منهم»): their unit is that of the persons referred to (docs/units.md, "Anaphoric
#: counts"); khabar list.
ANAPHORIC_NOUNS = frozenset(key(w) for w in (
    "آخرين", "آخرون", "آخران", "آخر", "أخرى", "أخريات", "منهم", "منهن", "غيرهم", "غيرهن",
))
#: Identity units a person noun gives to the words that refer back to it; victim units
#: («قتلى»، «جرحى») say what happened to persons, not who they are, and are passed over.
IDENTITY_UNITS = frozenset({"people", "civilians", "fighters", "soldiers", "children",
                            "refugees"})
#: Words that name an armed group's members without being counted nouns (adjectives and
#: group names) for the search of referred persons: «تعزيزات حوثية ... مقتل 16 منهم».
GROUP_WORDS: dict[str, str] = _keys({
    "الحوثية": "fighters", "حوثية": "fighters", "الحوثي": "fighters", "الحوثيين": "fighters",
    "الانقلابية": "fighters", "داعش": "fighters", "التنظيم": "fighters", "المتمرد": "fighters",
    "الميليشيات": "fighters", "المليشيات": "fighters", "الميليشيا": "fighters",
    "المليشيا": "fighters", "القاعدة": "fighters", "طالبان": "fighters",
    "المقاومة": "fighters", "الحشد": "fighters", "البيشمركة": "soldiers", "البشمركة": "soldiers",
})
#: Words after which a word is part of a group's name, not persons («حزب العمال»).
NAME_HEADS = frozenset(key(w) for w in ("حزب", "حركة", "جبهة", "منظمة", "اتحاد", "نقابة"))
#: Person-noun forms that are adjectives too often to name the persons referred to
#: («القائد العسكري»، «الطيران المدني»، «عامل» "factor").
NOT_ANTECEDENT = frozenset(key(w) for w in (
    "عسكري", "مدني", "عامل", "عاملا", "مشترك", "مستخدم", "عضو", "فرد", "رجل", "آخر",
    "أخرى", "شاب", "سيدة", "عام", "إنسان",
))

#: Dual nouns followed by «اثنان/اثنين» («جنديين اثنين»، «مصابين اثنين»): the unit of the
#: number after them (a dual noun alone is not a quantity: docs/annotation.md).
DUAL_NOUNS: dict[str, str] = _keys({
    "شخصين": "people", "شخصان": "people", "جنديين": "soldiers", "جنديان": "soldiers",
    "طفلين": "children", "طفلان": "children", "قتيلين": "killed", "قتيلان": "killed",
    "جريحين": "wounded", "جريحان": "wounded", "مدنيين": "civilians", "مصابين": "wounded",
    "عنصرين": "fighters", "مسلحين": "fighters", "مواطنين": "people", "مواطنان": "people",
    "حوثيين": "fighters", "ضابطين": "soldiers", "ضابطان": "soldiers", "مهاجمين": "people", "مهاجمان": "people",
})

#: Adjectives after a currency name → ISO 4217 code. Keys: (currency key, adjective key).
CURRENCY_ADJ: dict[str, dict[str, str]] = {
    key(cur): _keys(adj)
    for cur, adj in {
        "دولار": {"أمريكي": "USD", "أميركي": "USD", "كندي": "other", "أسترالي": "other"},
        "ريال": {"سعودي": "SAR", "قطري": "QAR", "عماني": "OMR", "يمني": "YER",
                 "إيراني": "IRR", "برازيلي": "other"},
        "درهم": {"إماراتي": "AED", "مغربي": "MAD"},
        "دينار": {"تونسي": "TND", "عراقي": "IQD", "أردني": "JOD", "كويتي": "KWD",
                  "ليبي": "LYD", "جزائري": "DZD", "بحريني": "BHD"},
        "ليرة": {"سورية": "SYP", "سوري": "SYP", "لبنانية": "LBP", "لبناني": "LBP",
                 "تركية": "TRY", "تركي": "TRY"},
        "جنيه": {"مصري": "EGP", "استرليني": "GBP", "إسترليني": "GBP", "سوداني": "other"},
    }.items()
}
# plural and accusative forms share their singular's adjectives
_CURRENCY_PLURALS = (("دولارا", "دولار"), ("دولارات", "دولار"), ("ريالا", "ريال"),
                     ("ريالات", "ريال"), ("درهما", "درهم"), ("دراهم", "درهم"),
                     ("دينارا", "دينار"), ("دنانير", "دينار"), ("دينارات", "دينار"),
                     ("ليرات", "ليرة"), ("جنيها", "جنيه"), ("جنيهات", "جنيه"))
for _pl, _sg in _CURRENCY_PLURALS:
    CURRENCY_ADJ[key(_pl)] = CURRENCY_ADJ[key(_sg)]

#: When a currency has no adjective, the country the article mentions most decides
#: («دينار» in a Tunisian article → TND). Country word (key) → {currency key: code}.
CURRENCY_COUNTRIES: dict[str, dict[str, str]] = {
    key(cur): _keys(c)
    for cur, c in {
        # Tunisian context also from words only Tunisian news uses (معتمدية, the governorates)
        "دينار": {"تونس": "TND", "التونسي": "TND", "التونسية": "TND", "معتمدية": "TND",
                  "المعتمدية": "TND", "صفاقس": "TND", "سوسة": "TND", "القيروان": "TND",
                  "قابس": "TND", "بنزرت": "TND", "نابل": "TND", "المنستير": "TND",
                  "المهدية": "TND", "سليانة": "TND", "الكاف": "TND", "باجة": "TND",
                  "زغوان": "TND", "توزر": "TND", "قبلي": "TND", "تطاوين": "TND",
                  "بوزيد": "TND", "منوبة": "TND", "أريانة": "TND",
                  "ولاية": "TND",
                  "قفصة": "TND", "مدنين": "TND", "القصرين": "TND", "جندوبة": "TND",
                  "العراق": "IQD", "بغداد": "IQD", "عمان": "JOD", "الكويتية": "KWD",
                  "العراقي": "IQD", "العراقية": "IQD", "الأردن": "JOD", "الأردني": "JOD",
                  "الأردنية": "JOD", "الكويت": "KWD", "الكويتي": "KWD", "ليبيا": "LYD",
                  "الليبي": "LYD", "الجزائر": "DZD", "الجزائري": "DZD", "البحرين": "BHD",
                  "البحريني": "BHD"},
        "ليرة": {"سوريا": "SYP", "سورية": "SYP", "السوري": "SYP", "السورية": "SYP",
                 "لبنان": "LBP", "اللبناني": "LBP", "اللبنانية": "LBP", "تركيا": "TRY",
                 "التركي": "TRY", "التركية": "TRY"},
        "ريال": {"السعودية": "SAR", "السعودي": "SAR", "المملكة": "SAR", "قطر": "QAR",
                 "القطري": "QAR", "عمان": "OMR", "العماني": "OMR", "اليمن": "YER",
                 "اليمني": "YER", "إيران": "IRR", "الإيراني": "IRR"},
        "درهم": {"الإمارات": "AED", "الإماراتي": "AED", "المغرب": "MAD", "المغربي": "MAD",
                 "المغربية": "MAD"},
        "جنيه": {"مصر": "EGP", "المصري": "EGP", "المصرية": "EGP", "بريطانيا": "GBP",
                 "البريطاني": "GBP", "البريطانية": "GBP", "السودان": "other"},
    }.items()
}

# plural and accusative forms take their singular's country too («10 دنانير» in a story of
# المهدية → TND, as «10 دينار»): the same plural table as ``CURRENCY_ADJ`` above
for _pl, _sg in _CURRENCY_PLURALS:
    if key(_sg) in CURRENCY_COUNTRIES:
        CURRENCY_COUNTRIES[key(_pl)] = CURRENCY_COUNTRIES[key(_sg)]

#: A cue right before a number without a counted noun gives its unit («مقتل 20 وإصابة
#: 30»). With a noun the noun wins: «مقتل 20 شخصا» → people (docs/annotation.md).
CUE_UNITS: dict[str, str] = _keys({
    "مقتل": "killed", "قتل": "killed", "مصرع": "killed", "استشهاد": "killed",
    "استشهد": "killed", "وفاة": "killed", "أرواح": "killed", "إعدام": "killed",
    "قتلت": "killed", "قضى": "killed", "لقي": "killed", "غرق": "killed",
    "إصابة": "wounded", "جرح": "wounded", "أصيب": "wounded", "إصابات": "wounded",
    "اعتقال": "detained", "اعتقل": "detained", "احتجاز": "detained", "توقيف": "detained",
    "أسر": "detained", "اختطاف": "detained", "خطف": "detained", "اعتقلت": "detained",
    "نزوح": "displaced", "تهجير": "displaced", "تشريد": "displaced", "فرار": "displaced",
    # present and plural forms of headlines («والمقاومة تقتل 5 في اشتباكات»)
    "تقتل": "killed", "يقتل": "killed", "قتلوا": "killed", "تعتقل": "detained",
    "يعتقل": "detained", "اعتقلوا": "detained", "أصاب": "wounded", "أصابت": "wounded",
    # recruiting counts persons («الحوثيين جندوا خلال الأيام الماضية قرابة خمسة آلاف»)
    "جند": "people", "جندوا": "people", "جندت": "people", "تجنيد": "people",
})
#: Words right before a number that make it a label, not a quantity («المادة 5»، «رقم 2254»،
#: «الساعة 10»، «الفصل 80»، «اللواء 93»...).
EXCLUDE_BEFORE: frozenset[str] = frozenset(key(w) for w in (
    "المادة", "مادة", "المادتين", "الفصل", "فصل", "البند", "بند", "الفقرة", "فقرة",
    "القرار", "قرار", "القانون", "قانون", "رقم", "الرقم", "برقم", "المرتبة", "المركز",
    "الدورة", "الجولة", "الحلقة", "الطبعة", "الصفحة", "صفحة", "الساعة", "ساعة", "الدقيقة",
    "العدد", "الجزء", "النسخة", "الإصدار", "المرسوم", "مرسوم", "الأمر", "اللواء", "الفرقة", "فرقة",
    "الفوج", "الكتيبة", "الطريق", "الطريق السريع", "الهاتف", "هاتف", "الجوال", "فاكس",
    "الآية", "سورة", "القسم", "الغرفة", "الشارع", "الكيلو", "الأسبوع", "المجموعة",
    "الدفعة", "النسخة", "الموسم", "الحزمة", "المنطقة", "المبنى", "البوابة", "الرحلة",
    "المقعد", "الملعب", "الصف", "القناة", "المباراة", "الجيل", "الخط", "القطعة", "لواء",
    "المصنف", "المصنفة", "ترتيب", "الترتيب", "عيار", "الذكرى", "ذكرى", "للذكرى",
))

#: Labels that stay labels even with a noun after the number: military units («الفرقة 11
#: دبابات»، «اللواء 35 مدرع») and articles of law («المادة 5 فقرة»).
STRICT_LABELS: frozenset[str] = frozenset(key(w) for w in (
    "الفرقة", "اللواء", "لواء", "الفوج", "الكتيبة", "المادة", "الفصل", "البند", "رقم",
))

#: Words right after a number that make it a clock time («الساعة 8 صباحا و4 مساء»).
TIME_AFTER: frozenset[str] = frozenset(key(w) for w in (
    "صباحا", "مساء", "مساءا", "ظهرا", "فجرا", "ليلا", "عصرا", "بتوقيت", "ص", "ظ",
))

#: Nationalities in the singular after a number ≥ 11 or a scale word («1.3 مليون يمني»،
#: «400 سوري»): people. (Plurals «يمنيين»، «سوريا» accusative are caught by their ending.)
NATIONALITIES: frozenset[str] = frozenset(key(w) for w in (
    "يمني", "سوري", "عراقي", "لبناني", "فلسطيني", "مصري", "سعودي", "تونسي", "ليبي",
    "جزائري", "مغربي", "أردني", "تركي", "إيراني", "أفغاني", "باكستاني", "أمريكي", "أميركي",
    "بريطاني", "فرنسي", "روسي", "صيني", "هندي", "إسرائيلي", "كردي", "سوداني", "صومالي",
    "إثيوبي", "إريتري", "نيجيري", "أجنبي", "عربي", "إفريقي", "أفريقي", "أوروبي", "آسيوي",
    "قطري", "كويتي", "إماراتي", "بحريني", "عماني", "موريتاني", "بنغالي", "فلبيني",
    # religious communities («خطف 170 سنيا وأكثر من 60 مسيحيا»، «ألفي مسيحي»)
    "سنيا", "شيعي", "شيعيا", "مسيحي", "درزي", "علوي", "إيزيدي", "يزيدي",
))

#: Nisba words that end like a nationality plural but are adverbs («سنويا»).
NOT_NISBA: frozenset[str] = frozenset(key(w) for w in (
    "سنويا", "يوميا", "شهريا", "أسبوعيا", "تقريبا", "حاليا", "رسميا", "فعليا", "إضافيا",
    "نهائيا", "جزئيا", "كليا", "دوليا", "محليا", "عالميا", "إجماليا", "تلقائيا", "نسبيا",
    "مبدئيا", "سابقا", "لاحقا", "جديدا", "عربيا",
))

#: Words before «N عاما» that make it an age, not a duration of interest.
AGE_CUES: frozenset[str] = frozenset(key(w) for w in (
    "العمر", "عمر", "عمره", "عمرها", "عمرهم", "البالغ", "البالغة", "البالغين", "يبلغ",
    "تبلغ", "سن", "السن", "ذو", "ذات", "ابن", "بنت", "أعمار", "أعمارهم", "أعمارهن",
    "عمرا", "يناهز",
))

#: Verbs of change and superlatives before «عدد»: «وارتفع عدد من فقدوا أعمالهم» is "the
#: number of those who", «سجلت أكبر عدد من الإصابات» "the largest number of", not the vague
#: «عدد من» "a number of" (khabar list, from SaudiNewsNet 2015 statistics).
NUMBER_OF_BEFORE = frozenset(key(w) for w in (
    "ارتفع", "بلغ", "وصل", "تجاوز", "زاد", "يبلغ", "يصل", "يتجاوز", "يزيد", "تزايد", "انخفض",
    "تراجع", "يقدر", "قدر", "ارتفاع", "يرتفع",
    "أكبر", "أكثر", "أعلى", "أقل", "أدنى", "أضخم",
))
#: Latin letters written in Arabic that start an aircraft's or weapon's name before a
#: spaced dash and a number: «مقاتلات إف – 16»، «إف- 16» (glued «إف-16» is caught already);
#: khabar list.
NAME_LETTERS = frozenset(key(w) for w in ("إف", "اف", "ميغ", "ميج", "سو", "بي", "إم", "تي", "إيه"))
#: Definite nouns before «الـ28» that make it a count, not an ordinal («سفراء الدول الـ28
#: الأعضاء»); victim nouns do too («القتلى ال27», units.py); khabar list.
COUNTED_BEFORE_ARTICLE = frozenset(key(w) for w in ("الدول", "الدولة", "البلدان", "الأعضاء"))
