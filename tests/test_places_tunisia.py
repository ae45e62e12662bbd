"""Tunisian news (ANT, Jawhara FM) read by the places layer: a local outlet's country and
one-country unit words («معتمدية») say what the article is about; a country's name after a
count is its people («30 بريطانيا»); a place name in «ـية» after a definite noun is an
adjective («المصالح الديوانية»: customs); a security unit named like an area («منطقة الحرس
الوطني») is no place; «تونس العاصمة» is the city. All sentences were written for these tests
(the rules alone: no entity tagger).
"""

from __future__ import annotations

import pytest

from _places import places
from khabar.places.tagged_words import drop_ordinary_words
from khabar.schema import Place


def named(text: str, outlet: str | None = None) -> list[tuple[str, str | None]]:
    return [(r.text, r.country) for r in places(text, outlet)]


# --- a country's name after a count is its people (counts.drop_counted_nationals) ---------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل 30 بريطانيا في الهجوم على النزل.", []),
        ("أصيب 3 ألمانيا و4 روسيا في الحادث.", []),
        ("قتل ثلاثين بريطانيا في الهجوم.", []),
        # a preposition, or a year, before the name: the country
        ("سافر الوفد إلى بريطانيا وروسيا.", [("بريطانيا", "GB"), ("روسيا", "RU")]),
        ("زار في 2015 روسيا وفد رسمي.", [("روسيا", "RU")]),
    ],
)
def test_counted_nationals(text: str, expected: list) -> None:
    assert named(text) == expected


# --- a place name in «ـية» after a definite noun is an adjective (adjectives) -------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قامت المصالح الديوانية بحجز كمية من السجائر.", []),
        ("ارتفعت المعاليم الديوانية هذا العام.", []),
        ("قالت الحكومة الهندية إن الوضع هادئ.", []),
        # after a preposition or a place cue: the place
        ("وصل وفد إلى الديوانية أمس.", [("الديوانية", "IQ")]),
        ("اندلعت اشتباكات في محافظة الديوانية أمس.", [("الديوانية", "IQ")]),
    ],
)
def test_nisba_adjectives(text: str, expected: list) -> None:
    assert named(text) == expected


# --- a security unit named like an area is no place (units.drop_security_units) ------------
@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("تمكنت الوحدات التابعة لمنطقة الحرس البحري بجربة من إيقاف شخص.", "منطقة الحرس", "جربة"),
        ("تمكنت الوحدات التابعة لمنطقة الشرطة بالمهدية من إيقاف شخص.", "منطقة الشرطة", "المهدية"),
        ("تمكن أعوان منطقتي الأمن الوطني بالمنستير من إيقاف شخص.", "منطقتي الأمن", "المنستير"),
    ],
)
def test_security_units(text: str, gone: str, kept: str) -> None:
    got = [t for t, _ in named(text, "jawharafm")]
    assert gone not in got and kept in got


def test_named_area_stays() -> None:
    assert ("منطقة الكامور", "TN") in named("شهدت منطقة الكامور من ولاية تطاوين اعتصاما.")


# --- «تونس العاصمة» is the capital city (cues) ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وصل الوفد إلى تونس العاصمة أمس.", [("تونس", "city")]),
        ("وصل الوفد إلى الكويت العاصمة أمس.", [("الكويت", "city")]),
        ("الوضع في تونس مستقر.", [("تونس", "country")]),
    ],
)
def test_capital_after_country(text: str, expected: list) -> None:
    assert [(r.text, r.precision) for r in places(text)] == expected


def test_quarter_of_the_capital() -> None:
    # «حي الخضراء» is a Tunis quarter, not Baghdad's Khadra
    got = places("ألقي القبض على شاب أصيل حي الخضراء بتونس العاصمة.")
    assert [(r.text, r.country) for r in got] == [("حي الخضراء", "TN"), ("تونس", "TN")]


# --- what the article is about before its names (home) -------------------------------------
@pytest.mark.parametrize(
    ("text", "outlet", "expected"),
    [
        # a Tunisian outlet: a Tunisian town of 10,000+ people is a place
        ("ألقي القبض على شاب في طبربة أمس.", "jawharafm", [("طبربة", "TN")]),
        ("ألقي القبض على شاب في طبربة أمس.", None, []),
        ("احتج الأهالي في الحامة صباح اليوم.", "jawharafm", [("الحامة", "TN")]),
        ("احتج الأهالي في الحامة صباح اليوم.", None, []),
        # a pan-Arab outlet has no home
        ("ألقي القبض على شاب في طبربة أمس.", "aawsat", []),
        # «معتمدية» is a Tunisian unit: the delegation's town, and no Moroccan namesake
        # (La Mohammedia has its Arabic name since places-6a's rule, session 6)
        ("ألقي القبض على اثنين بمعتمدية المرناقية واثنين بمعتمدية المحمدية. وتمت الإطاحة "
         "بهم بالمرناقية والمحمدية.", None,
         [("المرناقية", "TN"), ("المحمدية", "TN")]),
    ],
)
def test_home_countries(text: str, outlet: str | None, expected: list) -> None:
    assert named(text, outlet) == expected


# --- an unknown place from a sentence naming no place: the main country (home.anchor_at_home)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقع الهجوم في سوسة صيف 2015. ونظرت محكمة في لندن في القضية. وعاد فندق النخيل الى العمل.",
         [("سوسة", "TN"), ("لندن", "GB"), ("فندق النخيل", "TN")]),
        ("اعتقل شاب في صفاقس أمس. وكان قد سافر إلى باريس. وأغلق فندق المرادي أبوابه.",
         [("صفاقس", "TN"), ("باريس", "FR"), ("فندق المرادي", "TN")]),
        # its sentence names the town abroad: it stays there
        ("اعتقل شاب في صفاقس أمس. وكان قد سافر إلى باريس. وأغلق فندق المرادي في باريس أبوابه.",
         [("صفاقس", "TN"), ("باريس", "FR"), ("فندق المرادي", "FR")]),
    ],
)
def test_unknown_place_at_home(text: str, expected: list) -> None:
    assert named(text, "jawharafm") == expected


# --- a one-word unknown record that ANT writes as an ordinary word (tagged_words) -----------
def _unknown(text: str, name_en: str | None = None) -> Place:
    return Place(id="p1", text=text, start=0, end=len(text), lat=35.8, lon=10.6, country="TN",
                 precision="site", name_en=name_en)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("بوليتيكا", False),  # «في مداخلة له في بوليتيكا»: a talk show
        ("رقة", False),  # «ف[رقة] الأبحاث»: a squad
        # definite words (quarters are named so), a cued name, an unknown name stay
        ("الكامور", True),
        ("منطقة الكامور", True),
        ("رمادة", True),
    ],
)
def test_ordinary_word_records(text: str, kept: bool) -> None:
    assert (drop_ordinary_words([_unknown(text)]) != []) is kept
