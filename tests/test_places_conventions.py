"""Rule 3 of docs/annotation.md ("Places"): an area named after its seat town and that town.

A bare name («عدن»، «للضالع»، «مناطق الرياض») is a mention of the area named with its cue in
the same article («محافظة عدن»، «محافظة الضالع»، «منطقة الرياض»): one record, whichever
comes first. The town named as a town («مدينة الضالع»، «العاصمة صنعاء») is a record of its
own, and with one in the article the bare names stay the town's. The gold tuning split:
«للضالع» after «محافظة إب المحاذية» is Ad Dali governorate; «محافظة الضالع» and «مدينة
الضالع» are two records. All sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from _places import places


def texts(text: str) -> list[str]:
    return [r.text for r in places(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the area first, the bare name after
        ("سيطرت القوات على محافظة الضالع أمس. وفر المسلحون من الضالع ليلا.",
         ["محافظة الضالع"]),
        ("قال أمير منطقة نجران إن المدارس في نجران تفتح أبوابها غدا.",
         ["منطقة نجران"]),
        # the bare name first: the record starts there
        ("تتواصل المعارك في إب منذ أسبوع. وأكد مسؤول في محافظة إب وصول التعزيزات.",
         ["إب"]),
        ("نقل المصاب إلى مستشفى بالباحة. وأعلنت إمارة منطقة الباحة موعد المهرجان.",
         ["الباحة"]),
    ],
)
def test_bare_name_joins_the_area_named_with_its_cue(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل جندي في محافظة الضالع. وحاول المسلحون دخول مدينة الضالع ليلا.",
         ["محافظة الضالع", "الضالع"]),
        ("زار الأمير منطقة الرياض. وافتتح مركزا جديدا في مدينة الرياض.",
         ["منطقة الرياض", "الرياض"]),
        # a governorate the index puts at its town's own row: still two places
        ("زار الرئيس محافظة عدن أمس. وأكد أن مدينة عدن أصبحت آمنة.",
         ["عدن", "عدن"]),
        # «العاصمة المقدسة» names Mecca as a town, apart from «منطقة مكة المكرمة»
        ("قال أمير منطقة مكة المكرمة في العاصمة المقدسة إن المشروع اكتمل.",
         ["منطقة مكة المكرمة", "العاصمة المقدسة"]),
    ],
)
def test_town_named_as_a_town_is_its_own_record(text: str, expected: list[str]) -> None:
    # the town's record spans its name, without the cue
    assert texts(text) == expected


def test_bare_name_stays_the_towns_when_the_town_is_named_as_one() -> None:
    # «العاصمة صنعاء» names the town; the bare «صنعاء» after it is that town, and
    # «محافظة صنعاء» (the governorate around it) is another place
    got = texts("قصفت الطائرات مواقع في العاصمة صنعاء. وتقدمت القوات نحو صنعاء أمس. "
                "وتقع المنطقة على حدود محافظة صنعاء.")
    assert got[0] == "صنعاء"
    assert "محافظة صنعاء" in got
    assert got.count("صنعاء") == 1


def test_capital_of_an_area_in_construct_is_no_town_mention() -> None:
    # «عاصمة نينوى»: the capital of the governorate; «نينوى» there is the governorate
    got = texts("أعدم مئات العراقيين في محافظة نينوى. وقالت مصادر في الموصل عاصمة نينوى إن "
                "الجثث نقلت إلى المشرحة. ويخشى أهالي نينوى الأسوأ.")
    assert got.count("نينوى") == 0
    assert got.count("محافظة نينوى") == 1


def test_other_spelling_of_the_joined_town_joins_too() -> None:
    # «بمكة المكرمة» joins «منطقة مكة المكرمة»; «بمكة», the same town, is no second record
    got = texts("أعلنت الشؤون الصحية بمنطقة مكة المكرمة النتائج. وتوفيت المريضة في مستشفى "
                "بمكة المكرمة. وأعفي مدير مستشفى بمكة من منصبه.")
    assert got == ["منطقة مكة المكرمة"]


def test_list_cue_names_no_area_apart_from_its_town() -> None:
    # «محافظتي أبين وتعز»: a list's plural cue; with «مدينة تعز» named, one place Taiz
    got = texts("تواصل المقاومة عملياتها في محافظتي أبين وتعز. وتقدمت القوات داخل مدينة تعز.")
    assert got.count("تعز") == 1


def test_different_names_are_not_joined() -> None:
    # nothing to join: «محافظة لحج» and «عدن» are two places
    assert texts("وصلت التعزيزات إلى محافظة لحج قادمة من عدن.") == ["محافظة لحج", "عدن"]
