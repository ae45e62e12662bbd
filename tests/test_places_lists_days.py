"""Places of one list, days and stock phrases (session 6, helper places-6b): a list names
places of one country (``listmates``, ``foreign.list_stranger``); a weekday after a time
noun or before a word of relative time is the day (``words._a_day``); a hand-table town
inside another town is a local place there (``anchors._contained``); stock phrases that fold
onto town names («القنابل المسيلة للدموع»، «الطريق الموصل اليه»، «المذكور آنفا»، «أدوية
مهدّئة»). All sentences were written for these tests; they run the entity tagger before the
places step, as the days' class comes through its LOC tags.
"""

from __future__ import annotations

import pytest

from khabar.document import Doc, RawArticle
from khabar.entities import step as entities_step
from khabar.options import Options
from khabar.pipeline import normalize_step, segment_step
from khabar.places import geocode
from khabar.schema import Place


def records(text: str, outlet: str | None = None) -> list[Place]:
    """The place records of a text: normalised, segmented, tagged, then the places step."""
    doc = Doc.from_article(RawArticle(text=text, source="test", outlet=outlet))
    o = Options()
    return geocode(entities_step(segment_step(normalize_step(doc, o), o), o))


def named(text: str, outlet: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.text, p.name_en, p.country) for p in records(text, outlet)]


def country_of(text: str, outlet: str, name: str) -> list[str | None]:
    return [cc for t, _, cc in named(text, outlet) if t == name]


# --- a list item's namesake in its neighbours' country (listmates.list_namesakes) ----------
@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # Aden's Al Mansura among Aden's districts, though Cairo is named and Mansoura (Egypt)
        # is far bigger
        ("بدأ توزيع المساعدات في عدن. وذكر بيان للمكتب بالقاهرة أن التوزيع يشمل مناطق "
         "كريتر، ودار سعد، والتواهي، والمعلا، والمنصورة، والبريقة.", "المنصورة", ["YE"]),
        # a Syrian Muhammadiyah between Aleppo and Idlib, though Morocco is named
        ("قال وزير خارجية المغرب إن الطائرات قصفت مواقع في حلب، والمحمدية، وإدلب.",
         "المحمدية", ["SY"]),
        # a capital is named for itself, even beside another country's capital (and Egypt's
        # Ar Riyad village)
        ("قال إن مصر والسعودية نموذج مهم، مؤكدا أن دور القاهرة والرياض أساسي في المنطقة.",
         "الرياض", ["SA"]),
        # neighbours in several countries: each capital stays itself
        ("أعلنت كل من السعودية,القاهرة ,أبو ظبي والمنامة فجر اليوم قطع العلاقات.",
         "القاهرة", ["EG"]),
    ],
)
def test_list_item_takes_its_neighbours_country(text: str, name: str, expected: list[str]) -> None:
    assert country_of(text, "aawsat", name) == expected


# --- a list item with no namesake in its neighbours' country (foreign.list_stranger) -------
@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # Tunisian delegations the index lacks, with namesakes in Algeria and Morocco
        ("يشمل الانقطاع المعتمديات التالية : ولاية المهدية : الجم و بومرداس و السواسي.",
         "بومرداس", ["TN"]),
        ("الطريق تربط بين معتمديات النفيضة والسبيخة والناظور.", "الناظور", ["TN"]),
        # two foreign cities, neither of the article's own country: they stay
        ("قال المرزوقي إن عملية برلين ونيس لا تعبر عن الإسلام.", "نيس", ["FR"]),
    ],
)
def test_list_item_without_a_namesake_there_is_local(text: str, name: str, expected: list[str]) -> None:
    # (a local place the index lacks, or the index's namesake there once it has one)
    assert country_of(text, "jawharafm", name) == expected


# --- a weekday is the day (words._a_day) ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أوقفت مصالح الحرس الوطني الجزائري بولاية باتنة، ليلة الخميس الماضي، ثلاثة تجار.",
         [("ولاية باتنة", "DZ")]),
        ("وصل الوفد صباح الخميس المقبل إلى مدينة سطيف الجزائرية.", [("سطيف", "DZ")]),
        # after a town cue, Khemis Miliana
        ("وقع الحادث في مدينة الخميس غرب الجزائر العاصمة.",
         [("الخميس", "DZ"), ("غرب الجزائر العاصمة", "DZ")]),
    ],
)
def test_weekday_after_a_time_word_is_the_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, cc) for t, _, cc in named(text, "jawharafm")] == expected


# --- a hand-table town named inside another town (anchors._contained) ----------------------
@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # Abha's walkway, not the Taiz village of the hand table
        ("افتتح أمير منطقة عسير المهرجان، وذلك بممشى الضباب بأبها.", "الضباب", [(None, "SA")]),
        # a Riyadh quarter, not Al Khubah on the Jazan border
        ("يقع المشروع في حي الخوبة بالرياض.", "الخوبة", [(None, "SA")]),
        # inside its own region: the hand row
        ("سقطت قذيفة على قرية الخوبة بمنطقة جازان.", "الخوبة", [("Al Khubah", "SA")]),
    ],
)
def test_hand_town_inside_a_far_town_is_local(text: str, name: str,
                                              expected: list[tuple[str | None, str]]) -> None:
    assert [(n, cc) for t, n, cc in named(text, "alriyadh") if t == name] == expected


def test_hand_town_inside_a_far_town_lies_there() -> None:
    found = records("يقع المشروع في حي الخوبة بالرياض.")
    quarter = next(p for p in found if p.name_en is None)
    riyadh = next(p for p in found if p.name_en == "Riyadh")
    assert (quarter.lat, quarter.lon) == (riyadh.lat, riyadh.lon)


# --- stock phrases that fold onto town names (lexicon.NOT_BEFORE / NOT_AFTER) --------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("استعمل الأمن القنابل المسيلة للدموع لتفريق المحتجين بسيدي بوزيد.", ["سيدي بوزيد"]),
        ("طالب المحتجون بتعبيد الطريق الموصل اليه بمعتمدية بوسالم.", ["بوسالم"]),
        ("وقد لاقت عملية ايقاف الطبيب المذكور آنفا رفضا من متساكني سوسة.", ["سوسة"]),
        ("يتناول الشاب أدوية مهدّئة للأعصاب منذ سنوات بالمنستير.", ["المنستير"]),
        # the city itself stays
        ("وصل الوفد العراقي من الموصل إلى بغداد أمس.", ["الموصل", "بغداد"]),
    ],
)
def test_stock_phrases_are_no_towns(text: str, expected: list[str]) -> None:
    assert [t for t, _, _ in named(text, "jawharafm")] == expected


# --- a bare «العاصمة» anchors unknown places at the main country's capital (capital) ------
def _at(text: str, outlet: str, name: str) -> list[tuple[str | None, float | None, float | None]]:
    return [(p.country, p.lat and round(p.lat, 1), p.lon and round(p.lon, 1))
            for p in records(text, outlet) if p.text == name]


@pytest.mark.parametrize(
    ("text", "outlet", "name", "expected"),
    [
        ("نظم الاتحاد ندوة في القصرين أمس. وعقد اجتماعا بمقره بحي الخضراء بالعاصمة.",
         "jawharafm", "حي الخضراء", [("TN", 36.8, 10.2)]),
        ("قصفت طائرات التحالف مواقع في صعدة باليمن. واستهدفت الغارات في اليمن حي الحصبة "
         "في العاصمة.", "alriyadh", "الحصبة", [("YE", 15.4, 44.2)]),
    ],
)
def test_bare_capital_anchors_unknown_places(text: str, outlet: str, name: str,
                                             expected: list[tuple[str, float, float]]) -> None:
    assert _at(text, outlet, name) == expected


def test_bare_capital_is_no_record() -> None:
    assert records("تظاهر المئات في العاصمة أمس.", "jawharafm") == []


# --- the subject of a masculine reporting verb is a person (words._speaker) ----------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Al Ahmadi (Kuwait) as a surname; Aden's quarter stays in Aden
        ("وقال مسؤول إن المقاومة سيطرت على مطار عدن. وأكد الأحمدي أن عملية تمشيط واسعة تجري "
         "في كريتر.", [("مطار عدن", "YE"), ("كريتر", "YE")]),
        ("وذكر جمال ان زيارة وزير الخارجية الى بغداد ستشهد بحث القضايا.", [("بغداد", "IQ")]),
        ("وقال الأحمدي، من جهة أخرى، إن الحكومة اليمنية ستعود إلى عدن.", [("عدن", "YE")]),
        # a country as actor, a place after «في», and «بين» (between) stay
        ("وأكد العراق أن الزيارة ستتم الأسبوع المقبل.", [("العراق", "IQ")]),
        ("وقال مسؤول إن الطريق بين عدن، ولحج مغلق.", [("عدن", "YE"), ("لحج", "YE")]),
        ("وقال في عدن إن المقاومة سيطرت على المطار.", [("عدن", "YE")]),
    ],
)
def test_speaker_is_no_place(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, cc) for t, _, cc in named(text, "aawsat")] == expected


# --- the basmala is no Iraqi hamlet (lexicon.NOT_BEFORE) ------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in a story about Iraq a two-word hamlet of Iraq is read without a cue
        ("افتتح وزير عراقي مشروعا في بغداد قائلا: بسم الله الرحمن الرحيم.", [("بغداد", "IQ")]),
        ("وشارك الجنود في الاحتفال مقدمين تحية عسكرية لحماة الشرعية في اليمن.", [("اليمن", "YE")]),
        ("أدى محافظ الموصل اليمين في بغداد قائلا ( بسم الله الرحمن الرحيم .. أقسم بالله ).",
         [("الموصل", "IQ"), ("بغداد", "IQ")]),
        # after a village cue, the hamlet
        ("قتل ثلاثة مدنيين في قرية بسم الله شمال بغداد.",
         [("بسم الله", "IQ"), ("شمال بغداد", "IQ")]),
    ],
)
def test_basmala_is_no_place(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, cc) for t, _, cc in named(text, "aawsat")] == expected


# --- a court's or a hospital's «بتونس» is the city (cues._seat_of_body) ---------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قال الناطق الرسمي باسم المحكمة الابتدائية بتونس إن النيابة فتحت تحقيقا. وأكد أن تونس "
         "تواجه الإرهاب.", [("تونس", "Tunis"), ("تونس", "Tunisia")]),
        ("أحيلت القضية على القطب القضائي لمكافحة الإرهاب بتونس.", [("تونس", "Tunis")]),
        ("نقل الجريح إلى المستشفى العسكري بتونس.", [("تونس", "Tunis")]),
        # a mission or an embassy «بتونس» is in the country
        ("أكدت ممثلية الأمم المتحدة بتونس دعمها للحكومة.", [("تونس", "Tunisia")]),
        ("زار الوزير السفارة الفرنسية بتونس.", [("تونس", "Tunisia")]),
    ],
)
def test_court_seat_is_the_capital(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, n) for t, n, _ in named(text, "jawharafm")] == expected


# --- the dual quarter cue «حارتي» (Jeddah's old quarters): quarters, not countries ---------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وحضر الأمسية عمدة حارتي الشام، والمظلوم ملاك باعيسى في جدة.",
         [("حارتي الشام", "SA"), ("المظلوم", "SA"), ("جدة", "SA")]),
        ("وحضر الأمسية عمدة حارتي اليمن والشام في جدة التاريخية.",
         [("حارتي اليمن", "SA"), ("الشام", "SA"), ("جدة", "SA")]),
        # without the cue, the countries
        ("تنقل الوفد بين اليمن والشام قبل أن يعود إلى جدة.",
         [("اليمن", "YE"), ("الشام", "SY"), ("جدة", "SA")]),
    ],
)
def test_dual_quarter_cue(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, cc) for t, _, cc in named(text, "okaz")] == expected


# --- Saudi news' stock phrases that fold onto town names (words, lexicon) -------------------
@pytest.mark.parametrize(
    ("text", "outlet", "expected"),
    [
        ("زار المسؤولون المرضى في مستشفى جازان وتمنوا لهم الشفاء العاجل.", "alriyadh", []),
        ("تمكنت فرقة الدفاع المدني بمحافظة العيدابي من إخراج سيارة مواطن من الوادي. رابط الخبر "
         "بصحيفة الوئام: بالصور..أمطار جازان الغزيرة تجرف السيارات", "alweeam",
         ["محافظة العيدابي", "جازان"]),
        ("أقدم إثيوبيان على قتل مواطنهما بفأس وسلب ما معه. وبفضل من الله تمكنت سلطات الأمن من "
         "القبض على الجانيين المذكورين، وأسفر التحقيق عن اتهامهما.", "alriyadh", []),
        # a town after a cue stays
        ("سقطت أمطار غزيرة على مركز الشفاء بمحافظة الطائف.", "alriyadh",
         ["الشفاء", "الطائف"]),
    ],
)
def test_saudi_stock_phrases_are_no_towns(text: str, outlet: str, expected: list[str]) -> None:
    assert [t for t, _, _ in named(text, outlet)] == expected


# --- «بتهمة» (on the charge of) ends a cued name, so «سجن بتهمة» names no prison --------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("حكمت المحكمة الإبتدائية بتونس على النقابي بسنة سجن بتهمة الإساءة إلى موظف.", ["تونس"]),
        ("قضت المحكمة الابتدائية بتونس بعامين سجن بتهم التحريض.", ["تونس"]),
        # a named prison stays
        ("نقل الموقوف إلى سجن المرناقية بولاية منوبة.", ["سجن المرناقية", "منوبة"]),
    ],
)
def test_charge_is_no_prison_name(text: str, expected: list[str]) -> None:
    assert [t for t, _, _ in named(text, "jawharafm")] == expected


# --- a court's seat locates the court, not the story's places (geocode, anchor_at_home) ----
@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("استهدف الهجوم نزلا في سوسة، بحسب الناطق الرسمي باسم المحكمة الابتدائية بتونس. وقالت "
         "هيئة في لندن إن السياح تلقوا تحذيرات. وعاد فندق \"أمبريال مرحبا\"، الى العمل باسم جديد.",
         "أمبريال", [("TN", 35.8, 10.6)]),
        ("أصيب سائح في نزل بالحمامات، وأحيل المتهم على المحكمة الابتدائية بتونس. وقالت سفارة "
         "بلاده في باريس إنه بخير. وقد أغلق فندق \"المرادي\" أبوابه بعد الحادث.",
         "المرادي", [("TN", 36.4, 10.6)]),
        # a plain Tunis named before is an anchor as any town
        ("استهدف الهجوم نزلا في تونس العاصمة. وقالت هيئة في لندن إن السياح تلقوا تحذيرات. وعاد "
         "فندق \"أمبريال مرحبا\"، الى العمل باسم جديد.", "أمبريال", [("TN", 36.8, 10.2)]),
    ],
)
def test_court_seat_anchors_nothing(text: str, name: str,
                                    expected: list[tuple[str, float, float]]) -> None:
    assert _at(text, "jawharafm", name) == expected


# --- a name after «بني» is part of a tribe's name (inside_names.drop_non_places) -----------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ومن أهم المتنزهات في الطائف منتزه جبل رهدة بمركز بني حرير وبني عدوان.",
         ["الطائف", "جبل رهدة بمركز"]),
        ("استقبل محافظ الطائف شيوخ قبيلة بني حرير في مكتبه.", ["الطائف"]),
        # a tribe's name that the index has as a place stays
        ("سقطت قذيفة على قرية بني مالك بمحافظة الداير.", ["بني مالك", "محافظة الداير"]),
    ],
)
def test_name_after_bani_is_a_tribe(text: str, expected: list[str]) -> None:
    assert [t for t, _, _ in named(text, "alriyadh")] == expected


# --- a name with «بن» after it is a person's, even tagged LOC; «الظروف القاهرة» ---------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وهي استمرار لمسيرة عطاء الخير التي بدأها الشيخ زايد بن سلطان آل نهيان في اليمن.",
         ["اليمن"]),
        ("مارس الرئيس مهامه من المنفى نظرا للظروف القاهرة في الداخل اليمني.", []),
        ("وتعذر تنفيذ العقد بسبب القوة القاهرة في صنعاء.", ["صنعاء"]),
        # the city stays
        ("وصل الوزير اليمني إلى القاهرة أمس.", ["القاهرة"]),
    ],
)
def test_person_with_bin_and_force_majeure(text: str, expected: list[str]) -> None:
    assert [t for t, _, _ in named(text, "alriyadh")] == expected
