"""Lists of places joined by «و» (``khabar.places.lists`` and stage 6b of
``khabar.places.unknown``): the names of a list that no gazetteer has are places of the
list, at its first place's point; lists of known names keep their cue; nothing is made of
a word that only follows a place («وسمو الأمير»، «وتمتد»)."""

from __future__ import annotations

import pytest

from _places import find, near, places, segmented
from khabar.normalize import fold
from khabar.places.lists import next_item, previous_end


def _tokens(text: str) -> tuple[list, list[str]]:
    doc = segmented(text)
    return doc.tokens, [fold(t.norm) for t in doc.tokens]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("محافظات حماه وحلب", "وحلب", "حماه"),  # و written on the name
        ("مناطق عسير و الباحة", "الباحة", "عسير"),  # و written apart
        ("قرى سيعة، وذي مهنة", "وذي", "سيعة"),  # a comma before و
    ],
)
def test_previous_end(text: str, word: str, expected: str) -> None:
    toks, folded = _tokens(text)
    first = next(t.i for t in toks if t.norm == word)
    nstart = toks[first].nstart + (1 if word.startswith("و") else 0)
    end = previous_end(toks, folded, first, nstart)
    assert end is not None
    assert toks[end - 1].norm == expected  # the item before ends right before «،» / «و»


@pytest.mark.parametrize(
    ("text", "after", "expected"),
    [
        ("قرى سيعة، وذي مهنة", "سيعة", ("وذي", 1)),
        ("مناطق عسير و الباحة", "عسير", ("الباحة", 0)),
    ],
)
def test_next_item(text: str, after: str, expected: tuple[str, int]) -> None:
    toks, folded = _tokens(text)
    end = next(t.i for t in toks if t.norm == after) + 1
    got = next_item(toks, folded, end)
    assert got is not None and (toks[got[0]].norm, got[1]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "وصلت القوات إلى سيعة. وقالت المصادر",  # a sentence ends the list
        "وصلت القوات إلى سيعة في المساء",
    ],
)
def test_no_next_item(text: str) -> None:
    toks, folded = _tokens(text)
    end = next(t.i for t in toks if t.norm == "سيعة") + 1
    assert next_item(toks, folded, end) is None


@pytest.mark.parametrize(
    ("text", "names", "lat", "lon"),
    [
        # a plural cue, names unknown to the index, a container after them
        ("وتمكنت القوات من تطهير قرى سيعة، وذي مهنة، ومحزف في مديرية صبر بمحافظة تعز اليمنية.",
         ["سيعة", "ذي مهنة", "محزف"], 13.55, 43.95),
        # a singular area cue and its list
        ("اقتحمت المقاومة منطقة طياب والجماجم والسوداء في محافظة البيضاء اليمنية.",
         ["الجماجم", "السوداء"], 14.0, 45.5),
        ("هاجمت القوات جبال الطوي وهرمز والحمة في محافظة البيضاء اليمنية.",
         ["الطوي", "هرمز", "الحمة"], 14.0, 45.5),
        # «منها» after a plural place noun opens a list; «قبة مشرعة»: a name in construct
        ("سيطرت المقاومة في تعز اليمنية على مراكز استراتيجية، منها قبة مشرعة وحدنان.",
         ["قبة مشرعة", "حدنان"], 13.58, 44.02),
    ],
)
def test_unknown_names_of_a_list(text: str, names: list[str], lat: float, lon: float) -> None:
    recs = places(text)
    for name in names:
        assert near(find(recs, name), lat, lon, 80)


def test_list_after_an_area_abroad_is_local() -> None:
    # «منطقة الرباط» in a story about Lahij: the Yemeni area, not Rabat; its list follows it
    recs = places("سيطرت المقاومة على منطقة الرباط والفيوش في محافظة لحج اليمنية.")
    assert find(recs, "الرباط").country == "YE"
    assert near(find(recs, "الفيوش"), 13.05, 44.85)


def test_capital_stays_without_an_area_cue() -> None:
    assert find(places("زار الملك المغربي الرباط أمس."), "الرباط").country == "MA"


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # after a place of the index, an indefinite word is a title, a person or a verb
        ("استقبل أمير منطقة الباحة وسمو الرئيس العام الوفد.", "سمو"),
        ("قال مدير شباب منطقة الباحة وليد الخاطر إن الفريق فاز.", "ليد"),
        ("يتوقع هطول أمطار على مناطق عسير، وجازان، ونجران، وتمتد إلى مرتفعات مكة.", "تمتد"),
        # «منها» without a plural place noun before it is no list
        ("وقدمت الوزارة خدمات كثيرة منها الصحة والتعليم في اليمن.", "الصحة"),
        # one name after a plural cue is no list
        ("قصفت الطائرات قرى المنطقة في اليمن.", "المنطقة"),
        # a military unit ends a list
        ("سيطرت المقاومة على منطقة الرباط والفيوش واللواء الخامس في محافظة لحج.", "اللواء الخامس"),
        ("وأوضحت الأمانة أن منطقة تبوك والبلديات التابعة لها نفذت الحملة.", "البلديات"),
        # the country, groups of countries, adjectives and verbs after a plural cue
        ("سجل الزوار من مختلف مناطق المملكة ودول مجلس التعاون.", "المملكة"),
        ("مكنه ذلك من الاستيلاء على مناطق شاسعة، وتكوين تنظيم.", "شاسعة"),
        ("شارك 650 قاربا من مختلف مناطق الإبحار، وقال رئيس اللجنة إن السباق نجح.", "الإبحار"),
    ],
)
def test_not_list_places(text: str, absent: str) -> None:
    assert absent not in {r.text for r in places(text)}


def test_quarters_of_a_town_are_the_town() -> None:
    # a plural quarter cue before one town: its quarters, not a village of that name
    recs = places("انتشرت منازل مهجورة في عدد من أحياء حائل بالمملكة العربية السعودية.")
    assert near(find(recs, "حائل"), 27.52, 41.69)  # the town itself (review-19a: not vacuous)
    assert all(r.precision != "village" for r in recs)


def test_quarters_listed_after_a_plural_cue_are_local() -> None:
    # «أحياء العزيزية والدار البيضاء» in a Riyadh story: quarters, not Libya's and Morocco's towns
    recs = places("نفذت البلدية أعمالا في أحياء العزيزية والدار البيضاء بمدينة الرياض. "
                  "وتواصل البلديات في السعودية أعمالها.")
    assert find(recs, "الدار البيضاء").country == "SA"
    assert find(recs, "العزيزية").country == "SA"
