"""Units of the quantities step on war and Gulf news: words that refer back to persons,
partitives with «من», group members and leaders, the nouns of that news, and numbers that
are labels. (text, expected) tables, one behaviour per test; sentences written for these
tests. Expected tuples: (span text, min, best, max, unit, approximate); conventions in
docs/units.md ("Persons referred to").
"""

from __future__ import annotations

import pytest

from test_quantities import Q, quantities  # one helper for both tables


def units(text: str) -> list[tuple[str, str]]:
    return [(q[0], q[4]) for q in quantities(text)]


# «آخرين»، «منهم»، «بينهم N»: the persons named before decide (victim nouns are passed over)
REFERRING = [
    ("قتل 7 حوثيين وأصيب 9 آخرون في المواجهات",
     [("7 حوثيين", "fighters"), ("9 آخرون", "fighters")]),
    ("أسفر القصف عن مقتل 30 مدنيا وجرح 12 آخرين",
     [("30 مدنيا", "civilians"), ("12 آخرين", "civilians")]),
    ("قتل 5 أشخاص وأصيب 8 آخرين في الحادث",
     [("5 أشخاص", "people"), ("8 آخرين", "people")]),
    ("سقط ثلاثة من عناصر المقاومة وأصيب اثنان آخران",
     [("ثلاثة من عناصر المقاومة", "fighters"), ("اثنان آخران", "fighters")]),
    ("استهدفت الغارة تجمعا للمتمردين الحوثيين ما أدى إلى سقوط 11 قتيلا وإصابة 20 آخرين",
     [("11 قتيلا", "killed"), ("20 آخرين", "fighters")]),
    ("قصفت الطائرات تعزيزات حوثية قرب الجبهة وأسفرت الغارات عن مقتل 14 منهم",
     [("14 منهم", "fighters")]),
    ("قتل 40 شخصا وجرح 90 آخرين، بينهم 25 في حالة خطيرة",
     [("40 شخصا", "people"), ("90 آخرين", "people"), ("25", "people")]),
    ("قال إن 30 مسلحا، بينهم خمسة قادة، قتلوا في الكمين",
     [("30 مسلحا", "fighters"), ("خمسة قادة", "fighters")]),
    ("فر نحو 600 عسكري من الجيش، وينتمي 20 من الهاربين إلى عائلة الرئيس",
     [("نحو 600 عسكري", "soldiers"), ("20 من الهاربين", "soldiers")]),
    ("قضى ثمانية قتلى وبقي ثلاثة آخرون في عداد المفقودين",
     [("ثمانية قتلى", "killed"), ("ثلاثة آخرون", "missing")]),
    ("وقال إن 9 آخرين نقلوا إلى المستشفى", [("9 آخرين", "people")]),
    ("قتل جنديان وأصيب اثنان آخران في الانفجار", [("اثنان آخران", "soldiers")]),
    ("قتل أحد رجال المقاومة وأصيب 11 آخرون", [("11 آخرون", "fighters")]),
    ("قتل مقاتلون من حزب العمال وجرح 40 آخرون", [("40 آخرون", "fighters")]),
]


@pytest.mark.parametrize(("text", "expected"), REFERRING)
def test_words_referring_to_persons_named_before(text: str, expected: list) -> None:
    assert units(text) == expected


# «من» + a force or a group, with a demonstrative; member nouns with a group after them
PARTITIVES = [
    ("قتل خمسة من الجيش الوطني في الاشتباك", ("خمسة من الجيش الوطني", "soldiers")),
    ("قتل 18 من تلك الميليشيات", ("18 من تلك الميليشيات", "fighters")),
    ("أصيب ستة من المقاومة الشعبية", ("ستة من المقاومة الشعبية", "fighters")),
    ("اعتقل 12 من أفراد الأمن", ("12 من أفراد الأمن", "soldiers")),
    ("قتل خمسة أفراد من الحوثيين", ("خمسة أفراد من الحوثيين", "fighters")),
    ("قتل خمسة أفراد من عائلة الضحية", ("خمسة أفراد", "people")),
    ("قتل 14 عنصرا آخر من قوات النظام", ("14 عنصرا", "soldiers")),
    ("قتل 14 عنصرا من تنظيم داعش", ("14 عنصرا", "fighters")),
    ("اختطف المسلحون أربع قيادات من حزب الإصلاح", ("أربع قيادات", "people")),
    ("أقسم تسعة من القادة السابقين لطالبان يمين الولاء", ("تسعة من القادة", "fighters")),
    ("جمدت الحكومة أموال عدد من قادة التمرد", ("عدد من قادة", "fighters")),
    ("لقي 20 من مرافقيه مصرعهم", ("20 من مرافقيه", "people")),
    ("قال إن وراءه 3 من أبرز قيادات الحوثيين", ("3 من أبرز قيادات", "fighters")),
    ("نشرت المقاومة العشرات من رجالها في الجبل", ("العشرات من رجالها", "fighters")),
]


@pytest.mark.parametrize(("text", "expected"), PARTITIVES)
def test_partitives_and_group_members(text: str, expected: tuple[str, str]) -> None:
    assert units(text) == [expected]


# counted nouns of Gulf and Yemen-war news (singular, plural, accusative, tanween)
NOUNS = [
    ("شارك 45 مدربا في الدورة", "people"),
    ("بمشاركة 30 ألف كشاف", "people"),
    ("أطلق ثلاثة مهاجمين النار", "people"),
    ("وصل 60 معتمرا إلى مكة", "people"),
    ("حضر 40 ألف مشجع المباراة", "people"),
    ("عاد 900 عالق يمني", "people"),
    ("وصل ستة وزراء إلى عدن", "people"),
    ("تسلمت الأسر 150 شقة سكنية", "houses"),
    ("دمرت المقاومة 12 مدرعة", "vehicles"),
    ("دمر الثوار خمسة أطقم عسكرية", "vehicles"),
    ("قتل 17 متمردا", "fighters"),
    ("سقط اثنان من المقاومين", "fighters"),
    ("سجلت 13 حالة وفاة", "killed"),
    ("استهدف الثوار ثلاثة قناصة", "fighters"),
    ("استشهد ثمانية من الثوار", "fighters"),
    ("شرد المسلحون نحو 300 صحافي", "people"),
    ("سقط في المعارك نحو 90 «شهيدا»", "killed"),
    ("ألقت الطائرات العشرات من البراميل المتفجرة", "other"),
    ("تبلغ الطاقة 4 ملايين برميل يوميا", "barrel"),
]


@pytest.mark.parametrize(("text", "unit"), NOUNS)
def test_nouns_of_gulf_and_war_news(text: str, unit: str) -> None:
    assert [q[4] for q in quantities(text)] == [unit]


# a number without its noun: the victim noun or the state after it, the toll before it
NO_NOUN = [
    ("قال مسؤولون إن العشرات سقطوا قتلى في الاشتباكات", ("العشرات", 10, 10, 99, "killed", True)),
    ("ارتفعت حصيلة قتلى العاصفة في الجزيرة إلى تسعة بعدما عثر على جثة",
     ("تسعة", 9, 9, 9, "killed", False)),
    ("وقال إن الحصيلة تجاوزت 50 قتيلا", ("تجاوزت 50 قتيلا", 50, 50, None, "killed", True)),
    ("وتجاوز عدد القتلى 70 شخصا", ("70 شخصا", 70, 70, None, "people", True)),
    ("يفوق عدد عناصرها 40 ضابطا", ("40 ضابطا", 40, 40, None, "soldiers", True)),
    ("بلغ عدد القتلى 70 شخصا", ("70 شخصا", 70, 70, 70, "people", False)),
    ("أصيب جندي سعودي واحد على الأقل", ("جندي سعودي واحد على الأقل", 1, 1, None, "soldiers", True)),
    ("سجلت حالة وفاة واحدة", ("وفاة واحدة", 1, 1, 1, "killed", False)),
]


# the victim verb a few words before a number without its noun, in the same clause
CUES = [
    ("قتل فيها أكثر من 10", "killed"),
    ("وأصيب في الهجوم 9", "wounded"),
    ("قتل جراء القصف 6", "killed"),
    ("اعتقلت الشرطة 15 في المداهمات", "detained"),
    ("لقي 4 حتفهم في الحادث", "killed"),
    ("وقتلت الطائرة أربعة يشتبه بأنهم من التنظيم", "killed"),  # a verb after the number
    ("قتل المسلحون، وفي اليوم التالي وصل 6", "other"),  # not past a comma
]


@pytest.mark.parametrize(("text", "unit"), CUES)
def test_victim_cues_a_few_words_before(text: str, unit: str) -> None:
    assert [q[4] for q in quantities(text)] == [unit]


# a definite plural of persons after a vague word; things that end like one are not
PLURALS = [
    ("أشاد عدد من المؤرخين بالكتاب", ("عدد من المؤرخين", "people")),
    ("عدل البرلمان عددا من القوانين", ("عددا من القوانين", "other")),
    ("التقى عددا من كبار المسؤولين", ("عددا من كبار المسؤولين", "people")),
    ("أحالت النيابة 17 متهما إلى المحكمة", ("17 متهما", "people")),
    ("زار الوفد العديد من الميادين", ("العديد من الميادين", "other")),
]


@pytest.mark.parametrize(("text", "expected"), PLURALS)
def test_person_plurals_after_vague_words(text: str, expected: tuple[str, str]) -> None:
    assert units(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), NO_NOUN)
def test_units_around_the_number(text: str, expected: Q) -> None:
    assert quantities(text) == [expected]


def test_the_event_noun_before_a_number_word_is_not_its_noun() -> None:
    # «وإصابة خمسة»: "and the wounding of five"; «أسر ستة»: "captured six" (not families)
    assert units("أدى الانفجار إلى إصابة خمسة") == [("خمسة", "wounded")]
    assert units("قال إن الجيش أسر ستة") == [("ستة", "detained")]
    assert units("أسر ستة من المسلحين") == [("ستة من المسلحين", "fighters")]


def test_the_noun_of_the_quantity_before_is_not_reused() -> None:
    # «نقلنا 48 مصابا لخمسة مستشفيات»: the hospitals are counted, not the wounded again
    assert units("نقلنا 48 مصابا لخمسة مستشفيات") == [("48 مصابا", "wounded"), ("خمسة مستشفيات", "other")]


RANGES = [
    ("قدرت ثروته ما بين 40 و35 مليار دولار",
     ("بين 40 و35 مليار دولار", 35e9, 37.5e9, 40e9, "USD", False)),
    ("أطلقت ثلاثة أو أربعة أعيرة نارية", ("ثلاثة أو أربعة أعيرة", 3, 3.5, 4, "other", False)),
    ("ارتفع إلى عشرة أمتار", ("عشرة أمتار", 10, 10, 10, "m", False)),
    ("وصلت طائرة على متنها120راكباً", ("120راكباً", 120, 120, 120, "people", False)),
]


@pytest.mark.parametrize(("text", "expected"), RANGES)
def test_ranges_and_spelling(text: str, expected: Q) -> None:
    assert quantities(text) == [expected]


NOTHING = [
    "قائد الفرقة 11 دبابات",  # a military unit's name, even with a noun after it
    "تقدمت القوات باتجاه اللواء 35 مدرع",
    "كتيبة تابعة للواء 35 مدرع",
    "يتراوح عمر المنفذ بين 20 و25 من العمر",  # an age
    "أطلقت الشركة “ويندوز 10″ أمس",  # a version in a quoted name
    "عرض فيلم «أبولو 13» أمس",
    "كل واحد منهم",  # «واحد» as a pronoun
    "نشرت الصحيفة في مايو 2015 خبرا عن الحرب",  # «خبرا» "news" is no «خبراء» "experts"
    "وفقا للفصل 14 من القانون الأساسي",  # a law's article, after «لل»
]


@pytest.mark.parametrize("text", NOTHING)
def test_labels_ages_and_names_are_not_quantities(text: str) -> None:
    assert quantities(text) == []


def test_a_measure_in_brackets_casts_no_currency_vote() -> None:
    # «قطر (800) ملم» is a pipe's diameter, not Qatar: the riyal stays Saudi
    text = "بلغت التكلفة 90 مليون ريال، ومد خط رئيسي قطر (800) ملم"
    assert units(text)[0] == ("90 مليون ريال", "SAR")


def test_two_amounts_respectively_are_no_range() -> None:
    # «بين A و B على التوالي» with each amount written in full, the larger first
    text = "بلغت القروض والودائع على التوالي بين 5558 مليون دينار و5443 مليون دينار"
    assert [q[1] for q in quantities(text)] == [5558e6, 5443e6]


def test_or_between_two_amounts_with_units_is_no_range() -> None:
    assert [q[0] for q in quantities("حول نسبتي 2 بالمائة أو 3 بالمائة")] == ["2 بالمائة", "3 بالمائة"]


def test_or_between_vague_words_is_no_range() -> None:
    # «عشرات أو مئات»: two vague quantities (their values are whole numbers of another type)
    assert quantities("وصل عشرات أو مئات من الناس") == [
        ("عشرات", 10, 10, 99, "other", True), ("مئات من الناس", 100, 100, 999, "people", True)]


# Part C of the development corpus (sentences written for these tests, 2026-11-25)
PART_C = [
    # an indefinite barrel bomb is a bomb, not barrels of oil
    ("ألقى الطيران 28 برميلا متفجرا على المدينة", [("28 برميلا", "other")]),
    ("صدرت المملكة 500 برميل من النفط", [("500 برميل", "barrel")]),
    # a plural past verb after the number is no counted noun: «بينهم» decides
    ("توجه 700 بريطاني إلى سوريا، بينهم نحو 300 عادوا إلى بريطانيا",
     [("700 بريطاني", "people"), ("نحو 300", "people")]),
    # field commanders are fighters
    ("وصلت 70 جثة، منها جثث 30 قائدا ميدانيا", [("70 جثة", "killed"), ("30 قائدا", "fighters")]),
    # a definite victim noun or «الدول» before «الـN» makes it a count
    ("لم يتمكن المرصد من تحديد ما اذا كان القتلى ال27 قضوا جميعا", [("ال27", "killed")]),
    ("في ختام اجتماع سفراء الدول الـ28 الأعضاء", [("الـ28", "other")]),
    ("حضر الاجتماع عدد من رؤساء الشركات", [("عدد من رؤساء", "people")]),
]


@pytest.mark.parametrize(("text", "expected"), PART_C)
def test_part_c_units(text: str, expected: list[tuple[str, str]]) -> None:
    assert units(text) == expected


PART_C_NOTHING = [
    "قال المسؤول إن مقاتلات إف – 16 ضربت أهدافا في العراق",  # a spaced aircraft name
    "قصفت ثلاث طائرات إف- 16 مقرين",
    "وارتفع عدد من فقدوا أعمالهم إلى هذا الرقم",  # "the number of those who", not «عدد من»
    "وبلغ عدد من شاركوا في الحملة كبيرا",
]


@pytest.mark.parametrize("text", PART_C_NOTHING)
def test_part_c_names_and_number_of_are_not_quantities(text: str) -> None:
    got = [q for q in quantities(text) if not q[0].startswith("ثلاث")]
    assert got == []


def test_a_smaller_scaled_part_joins_without_wa() -> None:
    text = "وصلت المبالغ المسددة 27 مليوناً 243 ألفاً و15 ريالا"
    assert quantities(text) == [("27 مليوناً 243 ألفاً و15 ريالا", 27243015, 27243015, 27243015, "SAR", False)]


SCAN = [
    # a plural past verb of what befell them after a number without a noun
    ("قتل نحو 260 مقاتلا ومئات جرحوا خلال أسبوع", [("نحو 260 مقاتلا", "fighters"), ("مئات", "wounded")]),
    ("قال المسؤولون إن العشرات قتلوا في الغارة", [("العشرات", "killed")]),
    # the noun before a nationality adjective counts: «عسكريين تركيين اثنين»
    ("أعلنت مصادر مقتل عسكريين تركيين اثنين", [("عسكريين تركيين اثنين", "soldiers")]),
    # «آخرين اثنين» refers back to the persons named before
    ("أدى ذلك إلى مقتل ضابط وإصابة عسكريين آخرين اثنين.", [("آخرين اثنين", "soldiers")]),
    ("ألقت الشرطة القبض على 40 مشتبها به", [("40 مشتبها", "people")]),
]


@pytest.mark.parametrize(("text", "expected"), SCAN)
def test_scan_units(text: str, expected: list[tuple[str, str]]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize("text", [
    "وأثناء بدء رجال الأمن تفتيشه فر المتهم",  # «أثناء» "during" is no «اثنا»
    "تفجرت الاشتباكات قبل أربعة أيام في ضاحية المدينة",  # "four days ago": a date
    "سجلت المدينة أكبر عدد من الإصابات منذ سبتمبر",  # "the largest number of"
])
def test_scan_not_quantities(text: str) -> None:
    assert quantities(text) == []


SCAN_2 = [
    # «عدد القتلى ... إلى N» like «حصيلة القتلى ... إلى N»
    ("يرتفع إجمالي عدد القتلى في صفوف قوات الأمن إلى 60 على الأقل.", [("60 على الأقل", "killed")]),
    ("وصل عدد الجرحى إلى 45", [("45", "wounded")]),
    ("تظاهر عشرات الأكراد في المحافظة", [("عشرات الأكراد", "people")]),
    ("أصيب 16 مجندًا من قوات الحراسات", [("16 مجندًا", "soldiers")]),
    ("يستجوب اثنين من نشطاء الموقع", [("اثنين من نشطاء", "people")]),
]


@pytest.mark.parametrize(("text", "expected"), SCAN_2)
def test_scan_2_units(text: str, expected: list[tuple[str, str]]) -> None:
    assert units(text) == expected


def test_a_dot_before_three_zeros_groups_thousands() -> None:
    assert quantities("يشمل البرنامج صرف 20.000 عبوة حليب") == [("20.000 عبوة", 20000, 20000, 20000, "other", False)]


def test_girls_count_people() -> None:
    assert units("أجري الختان لأكثر من 130 مليون فتاة") == [("أكثر من 130 مليون فتاة", "people")]


SCAN_3 = [
    # «عشرة» after a definite word that is no ordinal unit is a count
    ("كما اعتقلت السلطات عشرة متظاهرين في المنطقة", [("عشرة متظاهرين", "people")]),
    ("ضبطت السلطات 8 مطلوبين لدى العدالة", [("8 مطلوبين", "people")]),
    # leaders in a construct with a party: people; with a pronoun: the persons named before
    ("اعتقل الحوثيون في صنعاء 10 من قياديي حزب الإصلاح", [("10 من قياديي", "people")]),
    ("لقي قيادي حوثي بارز و12 من مرافقيه مصرعهم", [("12 من مرافقيه", "fighters")]),
]


@pytest.mark.parametrize(("text", "expected"), SCAN_3)
def test_scan_3_units(text: str, expected: list[tuple[str, str]]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize("text", ["في الساعة الحادية عشرة صباحا", "سيطرت القوات على اللواء الخامس عشر"])
def test_teen_ordinals_are_not_quantities(text: str) -> None:
    assert quantities(text) == []


SCAN_4 = [
    ("تسببت الاشتباكات بمقتل 25 متطرفا من تنظيم النصرة", [("25 متطرفا", "fighters")]),
    # a partitive noun with a pronoun: «اثنين من أطفاله»
    ("قتل المسلحون زوجته واثنين من أطفاله", [("اثنين من أطفاله", "children")]),
]


@pytest.mark.parametrize(("text", "expected"), SCAN_4)
def test_scan_4_units(text: str, expected: list[tuple[str, str]]) -> None:
    assert units(text) == expected


def test_a_division_after_lil_is_a_label() -> None:
    assert quantities("هاجمت جبهة النصرة مقرا للفرقة 30 في المنطقة نفسها") == []


SCAN_5 = [
    # an indefinite victim noun right before «بالعشرات»
    ("والأيام الأخيرة شهدت قتلى بالعشرات", [("العشرات", "killed")]),
    ("سقط جرحى بالمئات", [("المئات", "wounded")]),
    # a present-tense victim verb of a headline
    ("والمقاومة تقتل 5 في اشتباكات", [("5", "killed")]),
]


@pytest.mark.parametrize(("text", "expected"), SCAN_5)
def test_scan_5_units(text: str, expected: list[tuple[str, str]]) -> None:
    assert units(text) == expected


SCAN_6 = [
    # accusative «واحدا» after a noun and its accusative nationality adjective
    ("قتل 12 مدنيا على الأقل وجنديا تشاديا واحدا", [("12 مدنيا على الأقل", "civilians"),
                                                     ("جنديا تشاديا واحدا", "soldiers")]),
    ("وتقدر روسيا أن آلافا من مواطنيها سافروا إلى سوريا", [("آلافا من مواطنيها", "people")]),
]


@pytest.mark.parametrize(("text", "expected"), SCAN_6)
def test_scan_6_units(text: str, expected: list[tuple[str, str]]) -> None:
    assert units(text) == expected


def test_elements_affiliated_to_a_force_are_soldiers() -> None:
    text = "أكد البيان أن 488 عنصرا من منتسبي قوات الأمن قتلوا فيما أصيب 492 آخرون"
    assert units(text) == [("488 عنصرا", "soldiers"), ("492 آخرون", "soldiers")]


def test_a_case_after_a_centre_is_a_count_not_a_rank() -> None:
    assert units("وكما رصد المركز 70 حالة انتهاك خلال النصف الثاني") == [("70 حالة", "other")]


def test_a_definite_number_word_before_a_time_plural_is_a_duration() -> None:
    assert quantities("هربوا من الجيش خلال الستة أشهر الأولى") == [("الستة أشهر", 6, 6, 6, "months", False)]


@pytest.mark.parametrize("text", ["زار المديريات الأربع", "خلال الأيام الستة الماضية", "احتل المركز 17 عالميا"])
def test_definite_number_words_after_their_noun_and_ranks_are_not_quantities(text: str) -> None:
    assert quantities(text) == []


def test_a_toll_far_back_in_the_clause_gives_the_unit() -> None:
    text = "إن حصيلة القتلى منذ بدء المواجهات بين مسلحي الحوثي والمقاومة الشعبية في المدينة بلغت ألفاً ."
    assert units(text) == [("ألفاً", "killed")]


SCAN_7 = [
    ("خطفت داعش 170 سنيًا وأكثر من 60 مسيحيًا", [("170 سنيًا", "people"), ("أكثر من 60 مسيحيًا", "people")]),
    ("تحايلت ثلاث شابات روسيات على التنظيم", [("ثلاث شابات", "people")]),
    ("اعتقل أكثر من 200 مدرس إيراني", [("أكثر من 200 مدرس", "people")]),
    # «غيرهم» refers back like «آخرين»
    ("قتلت الغارات العشرات من المدنيين وأصابت المئات غيرهم",
     [("العشرات من المدنيين", "civilians"), ("المئات غيرهم", "civilians")]),
    # (third pass: the noun left out after «وأصاب» is the one counted before, people)
    ("قتل الهجوم خمسة أشخاص وأصاب 16 اليوم", [("خمسة أشخاص", "people"), ("16", "people")]),
]


@pytest.mark.parametrize(("text", "expected"), SCAN_7)
def test_scan_7_units(text: str, expected: list[tuple[str, str]]) -> None:
    assert units(text) == expected


def test_a_tank_model_is_no_quantity() -> None:
    assert quantities("تسلمت مصر دبابات أبرامز إم 1 إيه 1 من الولايات المتحدة") == []


SCAN_8 = [
    # a bare number after «و» goes on the list of the quantity before it
    ("وثقت اللجنة 144 شخصا في صنعاء و70 في عدن و36 في صعدة.",
     [("144 شخصا", "people"), ("70", "people"), ("36", "people")]),
    ("قتل 20 في تعز و15 في عدن", [("20", "killed"), ("15", "killed")]),
    # a quantifier with a pronoun after the number is no counted noun
    ("أسفرت عن مقتل وإصابة العشرات معظمهم من الحوثيين.", [("العشرات", "wounded")]),
]


@pytest.mark.parametrize(("text", "expected"), SCAN_8)
def test_scan_8_units(text: str, expected: list[tuple[str, str]]) -> None:
    assert units(text) == expected


# --- the unit table is data (src/khabar/data/quantities/units.tsv) --------------------------

def test_unit_table_rows_name_known_units() -> None:
    from khabar.quantities.lexicon import UNITS_LEX
    from khabar.schema import UNITS

    assert len(UNITS_LEX) > 500
    assert set(UNITS_LEX.values()) <= set(UNITS)


@pytest.mark.parametrize("line", ["قتيل", "قتيل\t", "\tkilled"])
def test_unit_table_rejects_malformed_rows(line: str) -> None:
    from khabar.quantities.lexicon import _parse_units

    with pytest.raises(ValueError, match="units.tsv:2"):
        _parse_units("# header\n" + line + "\n")


def test_unit_table_later_row_wins_and_comments_are_skipped() -> None:
    from khabar.quantities.lexicon import _parse_units, key

    assert _parse_units("# c\nقتيل\tkilled\n\nقتيل\tpeople\n") == {key("قتيل"): "people"}
