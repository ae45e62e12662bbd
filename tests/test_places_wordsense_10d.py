"""Ordinary words read as Syrian and Iraqi towns (``data/places/wordsense.tsv``, read by
``khabar.places.words``): «بلد» (a country) is not Balad, «تدمر» (destroys) not Palmyra, «سان»
of a foreign name not San, «الثورة» (the revolution) not Thawrah, «العاصمة القطرية» not Al
Qatriyah, «بلدة تركية» not Turkiyah; with a cue, a keep word or in a list of places they stay
places. Sentences written for these tests, on the forms of fresh SaudiNewsNet and ANT articles
(docs/places.md, "Session 10: ordinary words read as Syrian/Iraqi towns (places-10d)")."""

from __future__ import annotations

import pytest

from _places import find, near, places
from khabar.normalize import fold
from khabar.places.lexicon import CUE_ONLY, NOT_AFTER


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("وقال إن العراق بلد عربي مستقل منذ عقود.", "بلد"),
        ("هذا يحدث في بلد لا يزال يسقط فيه الأبرياء يوميا.", "بلد"),
        ("وسهولة انتقال الإرهاب من بلد لآخر في المنطقة.", "بلد"),
        ("من خراب ودمار لبلد كان يحلم بالحد الأدنى من العيش.", "بلد"),
        ("وذكر الباحث أن الحروب تدمر المزروعات في سوريا.", "تدمر"),
        ("وهي الحرب التي تدمر البلاد منذ سنوات.", "تدمر"),
        ("ليهجروا من بيوتهم وتفجر مساجدهم وتدمر ممتلكاتهم.", "تدمر"),
        ("قنبلة نووية تدمر مدينة هيروشيما في اليابان.", "تدمر"),
        # («سان بطرسبرغ» is Saint Petersburg since session 12: tests/test_places_drops_12a.py)
        ("وتعاقد النادي مع لاعب من سان باولو البرازيلي.", "سان"),
        ("في الأيام الأولى للثورة السورية هتف أهل درعا.", "ثورة"),
        ("ولا ننسى البعثية في سورية والعراق والثورة الإيرانية.", "ثورة"),
        ("وقال الوزير في العاصمة القطرية الدوحة إن المبادرة أساس الحل.", "القطرية"),
        ("قتل 32 شخصا في بلدة تركية قرب الحدود السورية.", "تركية"),
        ("وجرت المداهمات في 13 محافظة تركية أمس.", "تركية"),
    ],
)
def test_the_word_is_no_place(text: str, word: str) -> None:
    assert not [r for r in places(text) if word in r.text]


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("وقتل عشرة أشخاص في قضاء بلد بمحافظة صلاح الدين.", "قضاء بلد", 34.0, 44.15),
        ("سيطر التنظيم على مدينة تدمر الأثرية بوسط البلاد.", "تدمر", 34.56, 38.28),
        ("ودخل التنظيم إلى تدمر الشهر الماضي.", "تدمر", 34.56, 38.28),
        ("ودمر التنظيم آثار تدمر في مايو.", "تدمر", 34.56, 38.28),
        ("وسيطر النظام على العديد من المدن كإدلب وأريحا وتدمر.", "تدمر", 34.56, 38.28),
    ],
)
def test_the_place_stays(text: str, surface: str, lat: float, lon: float) -> None:
    assert near(find(places(text), surface), lat, lon)


def test_a_bare_balad_before_its_governorate_stays() -> None:
    # rules alone, the bare common word is an unknown place of Iraq (the tagger's LOC makes
    # it Balad); the point is that «شمال» keeps it
    assert find(places("وقتل عشرة أشخاص في بلد شمال بغداد أمس."), "بلد").country == "IQ"


def test_the_word_list_is_read() -> None:
    assert {fold("بلد"), fold("تدمر"), fold("سان"), fold("الثورة")} <= set(CUE_ONLY)
    assert fold("الأثرية") in CUE_ONLY[fold("تدمر")][1]
    assert fold("العاصمة") in NOT_AFTER[fold("القطرية")]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("الدعوة هي الأولى التي يتلقاها روحاني من بلد غربي كبير.", "بلد"),
        ("ومدينة حمص أطلق عليها سابقا لقب عاصمة الثورة.", "ثورة"),
        ("ولا ننسى البعثية في سورية والعراق والثورة الإيرانية.", "ثورة"),
        # «سان» before a name the index lacks (St. Moritz, the example until session 18, is a
        # row of regions.tsv since places-18a: test_places_gaps_18a)
        ("عقب نهاية المرحلة السابقة في مدينة سان جيرفيه الفرنسية.", "سان"),
    ],
)
def test_the_word_is_no_place_even_after_a_cue_or_a_place(text: str, word: str) -> None:
    assert not [r for r in places(text) if word in r.text]
