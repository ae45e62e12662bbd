"""Ordinary words read as the names of unknown places, session 13 (places-13b).

- ``cued_names._ordinary_after``: after every place cue (not only after building, park,
  village and valley cues, and «منطقة»), an indefinite ordinary word names no place
  («محافظة بمختلف»، «سجن سبعة أشهر»، «معسكر فريقه»، «حارة جدا»); function words that are
  also index keys too («مزرعة كان»); ordinary words that open a name stay («حي بن سالم»،
  «معسكر مرة»، «حي باب توما»).
- ``cued_names._refused``: a word opening with «لل» (a preposition and the article) opens no
  name («حي للعقول»، «منطقة للألعاب»).
- ``tagged_words.drop_ordinary_words``: a one-word record of an unknown place that is an
  ordinary word behind a ب/ل the tagger kept in its span («لاستشهاد»، «لاحتجاجات»).

Sentences written for these tests on the forms of fresh SaudiNewsNet 2015 and ANT articles
(docs/places.md, "Session 13: ordinary words read as unknown names (places-13b)")."""

from __future__ import annotations

import pytest

from _places import find, near, places
from khabar.places.tagged_words import drop_ordinary_words
from khabar.schema import Place


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("تصل المياه إلى أكثر من 46 مدينة ومحافظة بمختلف مناطق المملكة من الرياض.", "محافظة"),
        ("خرج من السجن في جدة بعد سجن سبعة أشهر قضاها في قضية مالية.", "سجن"),
        ("اختار النادي مدينة هورست الهولندية لاحتضان معسكر فريقه قبل الموسم.", "معسكر"),
        ("تشهد الرياض والقصيم أجواء حارة جدا مع رياح نشطة.", "حارة"),
        ("قال إن الحركة في تونس حشرت في جبهة لم تكن طرفا فيها.", "جبهة"),
        ("قال إنه يمتلك في القصيم مزرعة كان جده وأبوه يزرعون فيها النخيل.", "مزرعة"),
        ("نقلت القناة من جدة بثا حي مباشر لمختلف فعاليات المهرجان.", "حي"),
        ("قد يواجه المتهم في الرياض عقوبة سجن قد تصل إلى سبع سنوات.", "سجن"),
        # a preposition with the article opens no name
        ("تحظى منطقة الفعاليات في أبها بمنطقة للألعاب المجانية.", "منطقة للألعاب"),
        ("وأهم ما في سان فرانسيسكو مصنع حي للعقول هو جامعة ستانفورد.", "حي"),
        ("تضم المدينة في جازان ميناء للمياه العميقة ومطارا دوليا.", "ميناء"),
    ],
)
def test_a_cue_and_an_ordinary_word_is_no_place(text: str, cue: str) -> None:
    assert not [r for r in places(text) if r.text.startswith(cue)]


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        # ordinary words that open a name (_NAME_OPENERS) and rare words stay names
        ("انقطع التيار الكهربائي عن حي بن سالم بمدينة سوسة.", "حي بن سالم", 35.83, 10.64),
        ("جدت عملية أمنية في حي اولاد شلبي بمدينة القصرين.", "حي اولاد شلبي", 35.17, 8.83),
        ("استهدف التحالف مخازن أسلحة في معسكر مرة بمحافظة شبوة.", "معسكر مرة", 14.53, 46.83),
        ("سيطرت المقاومة على منطقة عقاقة في محافظة أبين.", "منطقة عقاقة", 13.03, 45.37),
        # definite names after a camp, a front or a district cue
        ("تقدمت المقاومة في جبهة المخدرة بمحافظة مأرب.", "جبهة المخدرة", 15.46, 45.32),
        ("سيطرت القوات على معسكر الفتح في مدينة عدن.", "معسكر الفتح", 12.78, 45.04),
        ("وقع الحادث في حارة الشهداء بمدينة صنعاء.", "حارة الشهداء", 15.35, 44.21),
    ],
)
def test_a_cue_and_a_name_is_a_place(text: str, surface: str, lat: float, lon: float) -> None:
    assert near(find(places(text), surface), lat, lon, 100)


def _unknown(text: str) -> Place:
    return Place(id="", text=text, start=0, end=len(text), lat=24.0, lon=45.0, country="SA",
                 precision="site")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # an ordinary word behind a ب/ل the tagger kept in its span
        ("لاستشهاد", False),
        ("لاحتجاجات", False),
        # one ordinary indefinite word (the rule of session 7, unchanged)
        ("رقة", False),
        # names that begin with ب or ل stay: their rest is no ordinary word
        ("براندنبورغ", True),
        ("لافو", True),
        ("بلاكبوش", True),
        # definite words stay (quarters are named so); two words stay
        ("الفرع", True),
        ("لوفتس رود", True),
    ],
)
def test_ordinary_words_behind_a_proclitic(text: str, kept: bool) -> None:
    assert bool(drop_ordinary_words([_unknown(text)])) is kept


def test_an_index_record_is_never_dropped() -> None:
    r = _unknown("لاستشهاد").model_copy(update={"name_en": "X"})
    assert drop_ordinary_words([r]) == [r]
