"""Units of the quantities step, third pass (helper "quantities-3"): nouns by their
morphology (sound masculine plurals, singular nisba nouns after a hundred), the noun left out
after a victim verb, groups and forces named after member nouns, «عدة», ages glued to a
name, labels with an adjective. (text, expected) tables, one behaviour per test; sentences
written for these tests. Conventions in docs/units.md.
"""

from __future__ import annotations

import pytest

from test_quantities import quantities
from test_quantities_units import units  # (span, unit) of each quantity: one helper for both

# a sound masculine plural we have no entry for counts persons; broken plurals, duals,
# verbs and words with a proclitic do not
SOUND_PLURALS = [
    ("أعدم التنظيم أربعة سائقين في المدينة", [("أربعة سائقين", "people")]),
    ("تنافس 10 مرشحين على المقعد", [("10 مرشحين", "people")]),
    ("استقبل القسم 8009 مراجعين", [("8009 مراجعين", "people")]),
    ("قتل 10 مقاتلين و3 مراقبين", [("10 مقاتلين", "fighters"), ("3 مراقبين", "people")]),
    ("عدلت اللجنة ثلاثة قوانين", [("ثلاثة قوانين", "other")]),
    ("أطلقت الطائرات 4 طائرتين", [("4 طائرتين", "other")]),
    ("بينهم 300 يعملون في المصنع", [("300", "people")]),
    ("معرض مشكاة 2050 بالتعاون مع المدينة", []),
]


@pytest.mark.parametrize(("text", "expected"), SOUND_PLURALS)
def test_sound_plurals(text: str, expected: list[tuple[str, str]]) -> None:
    assert units(text) == expected


# a hundred or more take a genitive singular: a nisba noun there counts persons
NISBA_SINGULAR = [
    ("التحق حوالى مئة إسباني بالتنظيم", [("حوالى مئة إسباني", "people")]),
    ("وصل 1000 أوكراني إلى الحدود", [("1000 أوكراني", "people")]),
    ("أنشأت الوزارة 300 مستشفى", [("300 مستشفى", "other")]),
    ("وزعت الجمعية 100 أراضي", [("100 أراضي", "other")]),
    ("بلغت الودائع في 2015 بحوالي 1673 مليار ريال", [("حوالي 1673 مليار ريال", "SAR")]),
]


@pytest.mark.parametrize(("text", "expected"), NISBA_SINGULAR)
def test_nisba_singular_after_a_hundred(text: str, expected: list[tuple[str, str]]) -> None:
    assert units(text) == expected


# a broken plural in «ـايا» is no accusative nisba («خلايا»، «قضايا»)
BROKEN_PLURALS_IN_AYA = [
    ("فككت الشرطة 5 خلايا", [("5 خلايا", "other")]),
    ("بحثت المحكمة 20 قضايا", [("20 قضايا", "other")]),
    ("قتل 157 يمنيا", [("157 يمنيا", "people")]),
    ("قضت المحكمة بسجن 153 من الرعايا الصينيين", [("153 من الرعايا", "people")]),
]


@pytest.mark.parametrize(("text", "expected"), BROKEN_PLURALS_IN_AYA)
def test_broken_plurals_in_aya(text: str, expected: list[tuple[str, str]]) -> None:
    assert units(text) == expected


# after a victim verb the noun left out is the one counted beside it (an identity unit);
# a victim unit or no quantity beside it leaves the victim cue
ELIDED = [
    ("قتل حوالى 29 فردا من الطوارق وجرح أربعة في الاشتباكات",
     [("حوالى 29 فردا", "people"), ("أربعة", "people")]),
    ("قتل 12 جنديا وجرح 20 في الهجوم", [("12 جنديا", "soldiers"), ("20", "soldiers")]),
    ("أدت إلى مقتل أربعة مدنيين وإصابة 22 بجروح", [("أربعة مدنيين", "civilians"), ("22", "civilians")]),
    ("أسر الجيش ستة وقتل 15 من تلك المليشيات",
     [("ستة", "fighters"), ("15 من تلك المليشيات", "fighters")]),
    ("أسفر عن سقوط 16 قتيلا وجرح 12", [("16 قتيلا", "killed"), ("12", "wounded")]),
    ("أسفر الهجوم عن مقتل 29 وإصابة 24", [("29", "killed"), ("24", "wounded")]),
    ("قتل 5 مدنيين. وأصيب 7 في حادث آخر", [("5 مدنيين", "civilians"), ("7", "wounded")]),
]


@pytest.mark.parametrize(("text", "expected"), ELIDED)
def test_the_noun_left_out_after_a_victim_verb(text: str, expected: list[tuple[str, str]]) -> None:
    assert units(text) == expected


# groups and forces after member nouns; «رجال» + a force counts people
MEMBERS = [
    ("قتل 21 من عناصر الجيش والحشد الشعبي وجرح 24 آخرين.",
     [("21 من عناصر الجيش", "soldiers"), ("24 آخرين", "soldiers")]),
    ("هاجم المتشددون أهدافا للجيش والشرطة وقتلوا مئات من أفرادهما",
     [("مئات من أفرادهما", "soldiers")]),
    ("قبضت قوات الأمن على العشرات من أتباعهم", [("العشرات من أتباعهم", "people")]),
    ("أعلن العشرات من الأفراد الموالين للرئيس السابق والحوثيين استسلامهم",
     [("العشرات من الأفراد", "fighters")]),
    ("كان عدد من أفراد الحكومة اليمنية في المنفى", [("عدد من أفراد", "people")]),
    ("أصيب ثلاثة من رجال الشرطة وسبعة مدنيين",
     [("ثلاثة من رجال الشرطة", "people"), ("سبعة مدنيين", "civilians")]),
    ("قتل 15 من رجال التنظيم", [("15 من رجال التنظيم", "fighters")]),
    ("قتل 12 من أفراد الأمن", [("12 من أفراد الأمن", "soldiers")]),
]


@pytest.mark.parametrize(("text", "expected"), MEMBERS)
def test_members_of_groups_and_forces(text: str, expected: list[tuple[str, str]]) -> None:
    assert units(text) == expected


# two person nouns of the same form after one number: people
COORDINATED = [
    ("يفوق عدد عناصرها 40 ضابطا وفردا.", [("40 ضابطا وفردا", "people")]),
    ("سقط 16 جنديا ورجل أمن في المواجهات", [("16 جنديا", "soldiers")]),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED)
def test_coordinated_person_nouns(text: str, expected: list[tuple[str, str]]) -> None:
    assert units(text) == expected


# «عدة» before its noun: 3 / 3 / null, approximate; not after its noun, not «بعده»
SEVERAL = [
    ("سيطرت القوات على عدة مقرات حكومية", [("عدة مقرات", 3, 3, None, "other", True)]),
    ("استمرت الزيارة لعدة أيام", [("عدة أيام", 3, 3, None, "days", True)]),
    ("نزح عدة آلاف من اللاجئين", [("عدة آلاف من اللاجئين", 3000, 3000, None, "refugees", True)]),
    ("ونفذت الشرطة مداهمات عدة. ولم تعلن أي جهة", []),
    ("أجرى المدرب تبديلات عدة تمثلت بدخول لاعبين", []),
    ("من طرق عدة أبرزها هذه المناسبة", []),
    ("وتعاقب أبناؤه الملوك من بعده بالاهتمام بها", []),
    ("وعده بالرد على الإدارة", []),
]


@pytest.mark.parametrize(("text", "expected"), SEVERAL)
def test_several(text: str, expected: list[tuple]) -> None:
    assert quantities(text) == expected


# not quantities: ages glued to a name or in apposition, labels with an adjective
NOT_QUANTITIES = [
    "جاء ذلك بعد تعيين الملا منصور52 عاما خلفا للملا عمر",
    "قال أحمد، 45 عاما، إن الوضع خطير",
    "عثر بحوزته على الرقم العسكري 13598 وأشارت المصادر",
    "تنفيذ القرار الدولي 2216 ومراقبة الأطراف",
]


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_not_quantities(text: str) -> None:
    assert quantities(text) == []


def test_a_small_number_after_a_label_and_adjective_counts() -> None:
    assert units("تبلغ ذاكرة الهاتف الداخلية 4 جيجا بايت") == [("4 جيجا", "other")]


MISC = [
    # a slash between the number and its measure
    ("في منطقة الثرثار 35/ كلم شمال الفلوجة", [("35/ كلم", "km")]),
    ("شمال شرق الفلوجة55/كلم غرب بغداد", [("55/كلم", "km")]),
    # a bracketed count restates the quantity before it
    ("التحق حوالى مئة إسباني (116 في 5 تموز/ يوليو) بالجماعات",
     [("حوالى مئة إسباني", "people"), ("116", "people")]),
    # recruiting counts persons
    ("الحوثيين جندوا خلال الأيام الماضية قرابة خمسة آلاف وفتحوا معسكرات",
     [("قرابة خمسة آلاف", "people")]),
]


@pytest.mark.parametrize(("text", "expected"), MISC)
def test_misc_units(text: str, expected: list[tuple[str, str]]) -> None:
    assert units(text) == expected


# broken plurals of persons of the pattern فعلاء; not its feminine adjectives, places, أفعلاء
FUALA = [
    ("التقى الوزير ثلاثة خبراء", [("ثلاثة خبراء", "people")]),
    ("حضر عشرات العلماء", [("عشرات العلماء", "people")]),
    ("فرضت عقوبات على ثلاثة من زعماء الجماعة", [("ثلاثة من زعماء", "people")]),
    ("اشترى ثلاثة أشياء", [("ثلاثة أشياء", "other")]),
    ("ربح 20 هدفا", [("20 هدفا", "other")]),
]


@pytest.mark.parametrize(("text", "expected"), FUALA)
def test_fuala_plurals(text: str, expected: list[tuple[str, str]]) -> None:
    assert units(text) == expected


# constructs of sound plurals after «من», with a pronoun «نا»
CONSTRUCTS = [
    ("حكمت المحكمة على 300 من مؤيدي جماعة الإخوان", [("300 من مؤيدي", "people")]),
    ("يعتقد أن خمسة من خاطفي الرهائن في الفندق", [("خمسة من خاطفي", "people")]),
    ("قتل ثلاثة من عسكريينا الشجعان", [("ثلاثة من عسكريينا", "soldiers")]),
    ("أسفر عن مقتل 25 من الطلبة", [("25 من الطلبة", "people")]),
]


@pytest.mark.parametrize(("text", "expected"), CONSTRUCTS)
def test_constructs(text: str, expected: list[tuple[str, str]]) -> None:
    assert units(text) == expected


LISTS = [
    # one comma may stand in a list of places
    ("قال إن ثمانية مهاجمين قتلوا في كيروهورا، واثنين في كاتو، كما تمت مصادرة أسلحة",
     [("ثمانية مهاجمين", "people"), ("اثنين", "people")]),
]


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_lists(text: str, expected: list[tuple[str, str]]) -> None:
    assert units(text) == expected


def test_a_bracket_of_ages_is_no_count_again() -> None:
    got = dict(units("وأم لثلاثة أولاد (4 و5 و11 عاما) وعندما سألتها"))
    assert got["ثلاثة أولاد"] == "children"
    assert got.get("4") != "children"


MORE = [
    # «عديد» + a definite noun (Tunisian usage) is «العديد من»
    ("وقد تم إيقافه عديد المرات في قضايا", [("عديد المرات", 3, 3, None, "times", True)]),
    ("لأسباب عديدة", []),
    # a range of years after a team is its ages
    ("تزينت بوابة فريق الكشافة 14 – 17 سنة بعلم آخر", []),
    ("استمر الفريق في العمل بين 3 و5 سنوات", [("بين 3 و5 سنوات", 3, 4, 5, "years", False)]),
]


@pytest.mark.parametrize(("text", "expected"), MORE)
def test_more(text: str, expected: list[tuple]) -> None:
    assert quantities(text) == expected


# a part of persons named before («بينهم 5 أطفال») is passed over by words referring back
SUBSETS = [
    ("قتل 20 شخصا بينهم 5 أطفال وجرح 30 آخرين",
     [("20 شخصا", "people"), ("5 أطفال", "children"), ("30 آخرين", "people")]),
    ("إن 57 مدنيا بينهم 12 طفلا وست نساء قتلوا وأصيب أكثر من 215 آخرين بجروح",
     [("57 مدنيا", "civilians"), ("12 طفلا", "children"), ("ست نساء", "people"),
      ("أكثر من 215 آخرين", "civilians")]),
    ("فاز وست هام على ضيفه", []),
]


@pytest.mark.parametrize(("text", "expected"), SUBSETS)
def test_subsets(text: str, expected: list[tuple[str, str]]) -> None:
    assert units(text) == expected


def test_the_nouns_inside_a_part_are_passed_over_too() -> None:
    text = "كما لقي ثلاثة أشخاص مصرعهم، بينهم اثنان من عناصر قوات الصحوة، بينما أصيب تسعة آخرون"
    assert units(text)[-1] == ("تسعة آخرون", "people")


AFTER_THE_NOUN = [
    # «على الأقل» past one agreeing adjective
    ("قتل 20 طالبا عسكريا على الأقل في هجوم", [("20 طالبا عسكريا على الأقل", 20, 20, None, "people", True)]),
    # a quotation that starts with the counted noun
    ("إضافة إلى ثلاث «جثث بادية أمام الفندق» إلى جانب حافلة", [("ثلاث «جثث", 3, 3, 3, "killed", False)]),
]


@pytest.mark.parametrize(("text", "expected"), AFTER_THE_NOUN)
def test_after_the_noun(text: str, expected: list[tuple]) -> None:
    assert quantities(text) == expected


QUOTED = [
    # a figure in quotation marks before an indefinite noun is a count (headlines)
    ("طائرات أمريكا والتحالف تنفذ «23» غارة ضد تنظيم داعش", [("23", "other")]),
    # a bracketed number before a word numbers a list
    ("(1) تعزيز التعاون", []),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED)
def test_quoted_figures(text: str, expected: list[tuple[str, str]]) -> None:
    assert units(text) == expected


WORDS = [
    ("تم ضبط 120 مخالفا لنظامي الإقامة والعمل", [("120 مخالفا", 120, 120, 120, "people", False)]),
    ("دمرت القوات ثلاث عجلات مفخخة", [("ثلاث عجلات", 3, 3, 3, "vehicles", False)]),
    ("تحمي ما لايقل عن 153 مسلما", [("ما لايقل عن 153 مسلما", 153, 153, None, "people", True)]),
]


@pytest.mark.parametrize(("text", "expected"), WORDS)
def test_words(text: str, expected: list[tuple]) -> None:
    assert quantities(text) == expected
