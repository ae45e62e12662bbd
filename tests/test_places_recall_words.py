"""A place cue followed by an ordinary word (``khabar.places.cued_names._ordinary_after``): the
words ANT uses mostly as ordinary words (``data/places/ordinary.txt``) name no place after a
building, park, village or valley cue («مسرح الطفل»، «ملعب المباراة»، «قرية التنمية»), nor
indefinite after «منطقة» («منطقة حرب»، «منطقة محدودة»); rare names after the same cues, index
names and the names after camp and quarter cues stay places."""

from __future__ import annotations

import pytest

from _places import places


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("قدمت الفرقة عروضها على مسرح الطفل في مدينة أبها.", "مسرح"),
        ("قدمت الفرقة عروضها على مسرح مفتوح في مدينة أبها.", "مسرح"),
        ("تجمع المشجعون حول ملعب المباراة في مدينة الرياض.", "ملعب"),
        ("رفع علم الكشافة في قرية التنمية بمدينة تبوك.", "قرية"),
        ("خصصت الأمانة وادي الألعاب في متنزه بمدينة الطائف.", "وادي"),
        ("حاصر الدفاع المدني الحريق في منطقة محدودة بمدينة جدة.", "منطقة"),
        ("تعاني الشركات نقص السيولة في عدن لأنها منطقة حرب.", "منطقة"),
        # a front named by what happens there or by a movement (cued_names._FRONT_STOP)
        ("شهدت جبهة القتال في محافظة لحج قتالا ضاريا.", "جبهة"),
        ("أعلنت جبهة التحرر في محافظة لحج موقفها.", "جبهة"),
        # «وأدى» (and he performed) written with its hamza folds onto «وادي» (valley)
        ("وصل الأمير إلى مدينة جدة وأدى الصلاة في المسجد.", "وأدى"),
        ("وصل الوزير إلى مدينة الرياض وأدى اليمين أمام الملك.", "وأدى"),
    ],
)
def test_a_cue_and_an_ordinary_word_is_no_place(text: str, cue: str) -> None:
    recs = places(text)
    assert recs  # the sentence's other places are found (review-19a: not vacuous)
    assert not [r for r in recs if r.text.startswith(cue)]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # rare words after the same cues
        ("افتتح الأمير متنزه الردف العام بمحافظة الطائف.", "متنزه الردف"),
        ("سيطرت المقاومة على منطقة عقاقة في محافظة أبين.", "منطقة عقاقة"),
        # a camp and a quarter keep an ordinary first word («مرة»، «باب»)
        ("استهدف التحالف مخازن أسلحة في معسكر مرة بمحافظة شبوة.", "معسكر مرة"),
        ("سقطت قذائف على حي باب توما في دمشق.", "حي باب توما"),
        ("تقدمت المقاومة في جبهة المخدرة بمحافظة مأرب.", "جبهة المخدرة"),
        ("جرف السيل سيارة في وادي عتود بمنطقة عسير.", "وادي عتود"),
    ],
)
def test_a_cue_and_a_rare_word_is_a_place(text: str, surface: str) -> None:
    assert [r for r in places(text) if r.text == surface]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a word and the word after it that make it an ordinary word (lexicon.NOT_BEFORE)
        ("وعد الوزيران بالقيام بمسؤولياتهما على الوجه الأكمل في الرياض.", "الوجه"),
        ("طالب بتطبيق النظام على الوجه المطلوب في الرياض.", "الوجه"),
        ("قال إن الجنود حماة الوطن في الرياض.", "حماة"),
        ("دعا إلى حل يقوم على مبادئ جنيف 1 في سوريا.", "جنيف"),
        ("شاركت فرق الصين تايبيه وقطر في البطولة بالرياض.", "الصين"),
        ("نفذت البلدية مشاريع تصريف سيول في جدة.", "سيول"),
        ("جرفت سيول جارفة سيارتين في جدة أمس.", "سيول"),
    ],
)
def test_a_place_name_that_is_a_word_here_is_no_place(text: str, name: str) -> None:
    recs = places(text)
    assert recs  # the sentence's other places are found (review-19a: not vacuous)
    assert not [r for r in recs if r.text.endswith(name)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("قصفت الطائرات مدينة حماة أمس.", "حماة"),
        ("عقد المؤتمر في جنيف أمس.", "جنيف"),
        ("زار الرئيس الكوري سيول أمس.", "سيول"),
    ],
)
def test_the_same_names_elsewhere_are_places(text: str, name: str) -> None:
    assert [r for r in places(text) if r.text.endswith(name)]
