"""The quantities step: (text, expected) tables, one behaviour per test.

Expected tuples are (span text, min, best, max, unit, approximate); conventions in
docs/units.md and docs/annotation.md. Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from khabar.document import Doc, RawArticle
from khabar.options import Options
from khabar.quantities import step

Q = tuple[str, float | None, float | None, float | None, str, bool]


def quantities(text: str) -> list[Q]:
    doc = step(Doc.from_article(RawArticle(text=text, source="test")), Options())
    out = []
    for q in doc.quantities:
        assert q.text == text[q.start:q.end]
        out.append((q.text, q.min, q.best, q.max, q.unit, q.approximate))
    return out


def one(text: str) -> Q:
    got = quantities(text)
    assert len(got) == 1, got
    return got[0]


DIGITS = [
    ("قتل 20 شخصا في الهجوم", ("20 شخصا", 20, 20, 20, "people", False)),
    ("قتل ٢٠ شخصاً في الهجوم", ("٢٠ شخصاً", 20, 20, 20, "people", False)),
    ("قتل ۲۰ شخصا في الهجوم", ("۲۰ شخصا", 20, 20, 20, "people", False)),
    ("تضرر 20,000 منزل", ("20,000 منزل", 20000, 20000, 20000, "houses", False)),
    ("تضرر ٢٠٬٠٠٠ منزل", ("٢٠٬٠٠٠ منزل", 20000, 20000, 20000, "houses", False)),
    ("بلغ المعدل ٢٫٥ بالمئة", ("٢٫٥ بالمئة", 2.5, 2.5, 2.5, "percent", False)),
    ("ارتفعت الأسعار 15% هذا الشهر", ("15%", 15, 15, 15, "percent", False)),
    ("ارتفعت الأسعار ١٥٪ هذا الشهر", ("١٥٪", 15, 15, 15, "percent", False)),
    ("ارتفع المؤشر بنسبة %14.2 أمس", ("%14.2", 14.2, 14.2, 14.2, "percent", False)),
    ("تراجع الإنتاج 40 في المائة", ("40 في المائة", 40, 40, 40, "percent", False)),
    ("بلغت النسبة 14،5 بالمائة", ("14،5 بالمائة", 14.5, 14.5, 14.5, "percent", False)),
    ("بلغت قوتها 7ر3 درجات", ("7ر3 درجات", 3.7, 3.7, 3.7, "other", False)),
]

WORDS = [
    ("أصيب خمسة وعشرون شخصا", ("خمسة وعشرون شخصا", 25, 25, 25, "people", False)),
    ("أصيب خمسة وعشرين طفلا", ("خمسة وعشرين طفلا", 25, 25, 25, "children", False)),
    ("وصل ثلاثة آلاف وخمسمئة لاجئ", ("ثلاثة آلاف وخمسمئة لاجئ", 3500, 3500, 3500, "refugees", False)),
    ("اعتقل ثلاث مئة شخص", ("ثلاث مئة شخص", 300, 300, 300, "people", False)),
    ("قتل أحد عشر جنديا", ("أحد عشر جنديا", 11, 11, 11, "soldiers", False)),
    ("قتل اثنا عشر مدنيا", ("اثنا عشر مدنيا", 12, 12, 12, "civilians", False)),
    ("قتلت إحدى عشرة امرأة", ("إحدى عشرة امرأة", 11, 11, 11, "people", False)),
    ("دفع ألفي دولار", ("ألفي دولار", 2000, 2000, 2000, "USD", False)),
    ("نزح مليونا شخص", ("مليونا شخص", 2 * 10**6, 2 * 10**6, 2 * 10**6, "people", False)),
    ("بلغ عددهم مليونا من السكان", ("مليونا من السكان", 10**6, 10**6, 10**6, "people", False)),
    ("نزح مليونين من السكان", ("مليونين من السكان", 2 * 10**6, 2 * 10**6, 2 * 10**6, "people",
                               False)),
    ("اعتقل مئتي شخص", ("مئتي شخص", 200, 200, 200, "people", False)),
    ("تم تخصيص نصف مليون دولار", ("نصف مليون دولار", 500000, 500000, 500000, "USD", False)),
    ("وصل خمسمئة وخمسة وعشرون حاجا", ("خمسمئة وخمسة وعشرون حاجا", 525, 525, 525, "people",
                                       False)),
    ("ثلاثمائة وخمسون ألفا من اللاجئين", ("ثلاثمائة وخمسون ألفا من اللاجئين", 350000, 350000,
                                        350000, "refugees", False)),
]

MIXED = [
    ("فر 20 ألف شخص", ("20 ألف شخص", 20000, 20000, 20000, "people", False)),
    ("فر ٢٠ ألفاً من السكان", ("٢٠ ألفاً من السكان", 20000, 20000, 20000, "people", False)),
    ("فر ٢٠ ألفاً من القرية", ("٢٠ ألفاً", 20000, 20000, 20000, "other", False)),
    ("قيمة الصفقة 1.5 مليون دولار", ("1.5 مليون دولار", 1.5e6, 1.5e6, 1.5e6, "USD", False)),
    ("خسائر بقيمة 3 مليارات يورو", ("3 مليارات يورو", 3e9, 3e9, 3e9, "EUR", False)),
    ("نزح 3 ملايين و500 ألف شخص", ("3 ملايين و500 ألف شخص", 3.5e6, 3.5e6, 3.5e6, "people",
                                  False)),
    ("بلغ مليون و200 ألف دولار", ("مليون و200 ألف دولار", 1.2e6, 1.2e6, 1.2e6, "USD", False)),
    ("بقيمة 5ر3 مليون دينار في صفاقس", ("5ر3 مليون دينار", 3.5e6, 3.5e6, 3.5e6, "TND", False)),
]


@pytest.mark.parametrize(("text", "expected"), DIGITS)
def test_digits(text: str, expected: Q) -> None:
    assert one(text) == expected


@pytest.mark.parametrize(("text", "expected"), WORDS)
def test_number_words(text: str, expected: Q) -> None:
    assert one(text) == expected


@pytest.mark.parametrize(("text", "expected"), MIXED)
def test_digits_with_scale_words(text: str, expected: Q) -> None:
    assert one(text) == expected


RANGES = [
    ("تتراوح الكلفة بين 20 ألف و30 ألف دولار",
     ("بين 20 ألف و30 ألف دولار", 20000, 25000, 30000, "USD", False)),
    ("يقدر عددهم بين 20 و30 ألفا", ("بين 20 و30 ألفا", 20000, 25000, 30000, "other", False)),
    ("قتل من 10 إلى 15 شخصا", ("من 10 إلى 15 شخصا", 10, 12.5, 15, "people", False)),
    ("قتل 10-15 شخصا", ("10-15 شخصا", 10, 12.5, 15, "people", False)),
    ("أغلق ما بين مئة ومئتي ألف متظاهر الطرق",
     ("بين مئة ومئتي ألف متظاهر", 100000, 150000, 200000, "people", False)),
    ("أجور بين 700 دولار وألفي دولار", ("بين 700 دولار وألفي دولار", 700, 1350, 2000, "USD",
                                       False)),
]

APPROX = [
    ("انضم نحو 20 ألف مقاتل", ("نحو 20 ألف مقاتل", 20000, 20000, 20000, "fighters", True)),
    ("قتل حوالي 40 مدنيا", ("حوالي 40 مدنيا", 40, 40, 40, "civilians", True)),
    ("وصل قرابة 300 لاجئ", ("قرابة 300 لاجئ", 300, 300, 300, "refugees", True)),
    ("نزح زهاء ألف شخص", ("زهاء ألف شخص", 1000, 1000, 1000, "people", True)),
    ("نزح ما يقارب 500 شخص", ("ما يقارب 500 شخص", 500, 500, 500, "people", True)),
    ("قتل قرابة الـ300 شخص", ("قرابة الـ300 شخص", 300, 300, 300, "people", True)),
    ("قدرت بحوالي 300 مليار دولار", ("حوالي 300 مليار دولار", 3e11, 3e11, 3e11, "USD", True)),
    ("فر منذ 7 سنوات تقريبا", ("7 سنوات تقريبا", 7, 7, 7, "years", True)),
]

BOUNDS = [
    ("وصل أكثر من 300 لاجئ", ("أكثر من 300 لاجئ", 300, 300, None, "refugees", True)),
    ("نزح ما يزيد عن مليوني شخص", ("ما يزيد عن مليوني شخص", 2e6, 2e6, None, "people", True)),
    ("قتل ما لا يقل عن 40 مدنيا", ("ما لا يقل عن 40 مدنيا", 40, 40, None, "civilians", True)),
    ("قتل 20 شخصا على الأقل", ("20 شخصا على الأقل", 20, 20, None, "people", True)),
    ("قيمة المحجوز تتجاوز 130 ألف دينار بقابس", ("تتجاوز 130 ألف دينار", 130000, 130000, None,
                                                "TND", True)),
    ("بقي أقل من 50 جنديا", ("أقل من 50 جنديا", None, None, 50, "soldiers", True)),
    ("بقي ما دون 50 عنصرا", ("ما دون 50 عنصرا", None, None, 50, "fighters", True)),
]

VAGUE = [
    ("سقط عشرات القتلى", ("عشرات القتلى", 10, 10, 99, "killed", True)),
    ("أصيب العشرات من المدنيين", ("العشرات من المدنيين", 10, 10, 99, "civilians", True)),
    ("اعتقلت مئات الأشخاص", ("مئات الأشخاص", 100, 100, 999, "people", True)),
    ("نزح آلاف المدنيين", ("آلاف المدنيين", 1000, 1000, 9999, "civilians", True)),
    ("فرص عمل لعشرات الآلاف من السكان", ("عشرات الآلاف من السكان", 10000, 10000, 99999,
                                         "people", True)),
    ("فر عشرات الآلاف من اللاجئين", ("عشرات الآلاف من اللاجئين", 10000, 10000, 99999,
                                     "refugees", True)),
    ("نزح مئات الآلاف", ("مئات الآلاف", 100000, 100000, 999999, "other", True)),
    ("بقي بضعة جنود", ("بضعة جنود", 3, 3, 9, "soldiers", True)),
    ("مرت بضع سنوات", ("بضع سنوات", 3, 3, 9, "years", True)),
    ("خسر بضعة آلاف دولار", ("بضعة آلاف دولار", 3000, 3000, 9000, "USD", True)),
    ("اعتقل عدد من الأشخاص", ("عدد من الأشخاص", 2, 3, None, "people", True)),
    ("شارك العديد من المتظاهرين", ("العديد من المتظاهرين", 3, 3, None, "people", True)),
]


@pytest.mark.parametrize(("text", "expected"), RANGES)
def test_ranges(text: str, expected: Q) -> None:
    assert one(text) == expected


@pytest.mark.parametrize(("text", "expected"), APPROX)
def test_approximations(text: str, expected: Q) -> None:
    assert one(text) == expected


@pytest.mark.parametrize(("text", "expected"), BOUNDS)
def test_open_bounds(text: str, expected: Q) -> None:
    assert one(text) == expected


@pytest.mark.parametrize(("text", "expected"), VAGUE)
def test_vague_quantities(text: str, expected: Q) -> None:
    assert one(text) == expected


UNITS = [
    ("سقط 20 قتيلا", "killed"),
    ("سقط 7 قتلى", "killed"),
    ("سقط 12 جريحا", "wounded"),
    ("نقل 30 مصابا", "wounded"),
    ("قتل 13 عنصرا من التنظيم", "fighters"),
    ("قتل 5 مسلحين", "fighters"),
    ("مقتل 20 حوثيا", "fighters"),
    ("مقتل 12 من المتمردين", "fighters"),
    ("مقتل 20 من ميليشيات الحوثي", "fighters"),
    ("قتل 15 من أفراد الميليشيا", "fighters"),
    ("وصل 200 من أفراد الأسرة", "people"),
    ("قتل 3 جنود", "soldiers"),
    ("مقتل 5 أشخاص", "people"),  # the counted noun, not the verb (docs/annotation.md)
    ("أصيب 4 مواطنين", "people"),
    ("قتل 4 مدنيين", "civilians"),
    ("قتل 6 أطفال", "children"),
    ("وصل 1400 لاجئ", "refugees"),
    ("عاد 200 نازح", "displaced"),
    ("أفرج عن 16 موقوفا", "detained"),
    ("قتل 20 ووصل الجرحى", "killed"),  # «مقتل/قتل N» without a noun: the verb's victims
    ("ارتفعت حصيلة القتلى إلى 50", "killed"),
    ("وصلت 157 يمنيا", "people"),
    ("نزح 1.3 مليون يمني", "people"),
    ("أوقف 9 أنفار", "people"),
    ("بلغ 11 مستوى", "other"),
    ("قتل عدد من مقاتلي التنظيم", "fighters"),
    ("قتل سبعة من مسلحي الميليشيات", "fighters"),
    # «رجال» + a force: people, as the gold annotators count «ثلاثة من رجال الشرطة» (third pass)
    ("استشهد ثلاثة من رجال القوات المسلحة", "people"),
    ("نتج عنه عدداً من الوفيات", "killed"),
    ("قتل 5 من مواطنيها", "people"),
    ("سجلت 55 حالة وفاة", "killed"),
    ("وإصابة 24 آخرين", "people"),  # unnamed persons
    ("تطرح «130» موظفا", "people"),  # the noun after the bracket
    ("تبرع بـ 100 دولار", "USD"),
    ("بلغ 50 دولارا للبرميل", "USD"),
    ("بلغ 500 يورو", "EUR"),
    ("دفع 365 ريالا", "SAR"),
    ("دفع 100 ريال قطري", "QAR"),
    ("بلغ 5 ملايين ليرة سورية", "SYP"),
    ("بلغ 5 ملايين ليرة لبنانية", "LBP"),
    ("بلغ 5 ملايين ليرة تركية", "TRY"),
    ("في سوريا بلغت الكلفة 5 ملايين ليرة", "SYP"),
    ("بلغ 100 دينار تونسي", "TND"),
    ("بلغ 100 دينار عراقي", "IQD"),
    ("بلغ 100 دينار أردني", "JOD"),
    ("بلغ 100 دينار", "other"),
    ("حجز مبلغ قدره 180 دينار في بسوسة", "TND"),  # a Tunisian city, with a proclitic
    ("دفع 100 دينار في الأردن", "JOD"),
    ("خصصت في ولاية المهدية اعتمادات بقيمة مليون دينار", "TND"),
    ("بلغ 100 جنيه إسترليني", "GBP"),
    ("بلغ 100 درهم مغربي", "MAD"),
    ("يبعد 2 كلم", "km"),
    ("يبعد 30 كيلومترا", "km"),
    ("مساحتها 30 ألف هكتار", "hectare"),
    ("تزن 19 طنا", "ton"),
    ("هبط المخزون 2.4 مليون برميل", "barrel"),
    ("استمرت 15 يوما", "days"),
    ("بعد 48 ساعة", "hours"),
    ("حكم عليه بـ 5 سنوات سجنا", "years"),
    ("دمرت 13 دبابة", "vehicles"),
    ("ضبطت 13 بندقية", "other"),
    ("أطلق أحد الجنود ثلاث رصاصات", "other"),  # a noun follows: no look back
    ("وقتل 38 سائحا", "people"),
    ("وقتل 30 في المعارك", "killed"),
    ("قال إن عدد المصابين يتجاوز 50.", "wounded"),
    ("واصيب نحو مائة بجروح", "wounded"),
]


@pytest.mark.parametrize(("text", "unit"), UNITS)
def test_units(text: str, unit: str) -> None:
    assert one(text)[4] == unit


def test_unknown_counted_noun_is_in_the_span() -> None:
    assert one("ضبطت 13 بندقية صيد") == ("13 بندقية", 13, 13, 13, "other", False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل شخص واحد في الحادث", ("شخص واحد", 1, 1, 1, "people", False)),
        ("باستثناء مصابين اثنين", ("مصابين اثنين", 2, 2, 2, "wounded", False)),
        ("قتل جنديين اثنين", ("جنديين اثنين", 2, 2, 2, "soldiers", False)),
        ("اعتقل روسيين اثنين", ("روسيين اثنين", 2, 2, 2, "people", False)),
        ("قتل ثلاثة جنود", ("ثلاثة جنود", 3, 3, 3, "soldiers", False)),
    ],
)
def test_number_word_after_its_noun(text: str, expected: Q) -> None:
    assert one(text) == expected


def test_two_counts_in_one_phrase() -> None:
    assert quantities("أسفر القصف عن 20 قتيلا و30 جريحا") == [
        ("20 قتيلا", 20, 20, 20, "killed", False),
        ("30 جريحا", 30, 30, 30, "wounded", False),
    ]


def test_victim_cues_without_nouns() -> None:
    assert [(q[0], q[4]) for q in quantities("أسفر عن مقتل 29 وإصابة 24 في الهجوم")] == [
        ("29", "killed"),
        ("24", "wounded"),
    ]


NOTHING = [
    "في عام 2015 تغير كل شيء",
    "وقع الهجوم في 12 آذار 2024",
    "وقع الهجوم في 15/3/2024",
    "حسب المادة 5 من الدستور",
    "بموجب القرار رقم 2254",
    "بموجب الفصل 80 من الدستور",
    "عند الساعة 10:30 صباحا",
    "بين الساعة 8 صباحا و4 مساء",
    "للاتصال: 0123456789",
    "انتشر فيروس كوفيد-19",
    "اكتشف حول النجم GJ 667 كواكب",
    "زار منطقة سلتة2 التابعة للمعتمدية",
    "فازت اللاعبة المصنفة 181 عالميا",
    "خرطوشة عيار 14،5 مدفونة",
    "اشترت طائرات إف-16",
    "توفي عن عمر 85 عاما",
    "قال الرئيس (65 عاما) إن",
    "توفي رضيع عمره 3 أشهر",
    "أرقام اللاعب صاحب الـ24 عاما",
    "ووصل ميخيا - 24 عاماً - إلى مونتفيديو",
    "فاز الفريق 3-1",
    "يحتفل بالذكرى الـ20",
    "الأسبوع الثاني عشر على التوالي",
    "أحيا الذكرى 59 للأحداث",
    "تبقت كميات أخرى",
    "كل واحد منهم",
    "قاتلوا في آن واحد",
    "استمرت المعارك يومين",  # a dual noun without a number word
    "أثناء الاجتماع",
    "كمية من الطلقات",
    "ولست بمستبق أخا",
    "بين 2010 و2015",
    "من 18 إلى 22 مارس 2017",
    "ترتيب الفرق: 1- الملعب القابسي",
    "صعد إلى المركز (93) في التصنيف",
    "",
]


@pytest.mark.parametrize("text", NOTHING)
def test_not_quantities(text: str) -> None:
    assert quantities(text) == []


def test_ids_are_numbered() -> None:
    doc = step(Doc.from_article(RawArticle(text="قتل 3 جنود و4 مدنيين", source="t")), Options())
    assert [q.id for q in doc.quantities] == ["q1", "q2"]


def test_spans_map_to_the_original_with_harakat() -> None:
    text = "قُتِلَ عِشْرُونَ شَخْصًا"
    (got,) = quantities(text)
    assert got[0] == "عِشْرُونَ شَخْصًا"
    assert got[1:5] == (20, 20, 20, "people")


def test_every_lexicon_unit_is_in_the_contract() -> None:
    from khabar.quantities import lexicon
    from khabar.schema import UNITS

    used = set(lexicon.UNITS_LEX.values()) | set(lexicon.CUE_UNITS.values())
    used |= set(lexicon.DUAL_NOUNS.values())
    for table in (*lexicon.CURRENCY_ADJ.values(), *lexicon.CURRENCY_COUNTRIES.values()):
        used |= set(table.values())
    assert used <= set(UNITS), used - set(UNITS)


def test_a_lone_hamza_after_a_number_is_no_noun() -> None:
    # ant-009975 crashed here: «ء» folds to an empty key
    assert [q[0] for q in quantities("سجل 5 ء في القائمة")] == ["5"]
