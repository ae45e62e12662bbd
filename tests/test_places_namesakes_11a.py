"""Ordinary words and club names read as towns, session 11 (``data/places/wordsense.tsv``,
read by ``khabar.places.words``): the clubs «القادسية» are not Iraq's Al-Qadisiyah, «دوما»
(always) not Douma, «أقصر» (shorter) not Luxor, «أرحب» (wider) not Arhab, «وقف» (a halt) not
Al Waqf, «سرت» (spread, explained) not Sirte, «الرباط المتصالب» (a ligament) not Rabat; after
a cue, a keep word or in a list of places they stay places. Sentences written for these
tests on the forms of fresh SaudiNewsNet 2015 and ANT articles (docs/places.md, "Session 11:
words and club names read as towns; war-news places measured (places-11a)")."""

from __future__ import annotations

import pytest

from _places import find, near, places
from khabar.document import RawArticle
from khabar.normalize import fold
from khabar.places.lexicon import CUE_ONLY, NOT_BEFORE


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("وخسر القادسية مباراته الودية أمام فريق تركي.", "القادسية"),
        ("وتعاقد نادي الاتفاق مع مدرب القادسية السابق.", "القادسية"),
        ("وفاز الهلال على القادسية الكويتي بهدفين.", "القادسية"),
        ("ويعاني لاعب القادسية من إصابة في الركبة.", "القادسية"),
        ("نحن نسعى دوما إلى خدمة المواطن.", "دوما"),
        ("وكان اللاعب دوما في مقدمة الفريق.", "دوما"),
        ("وانتهت الأشغال في أقصر وقت ممكن.", "أقصر"),
        ("ويبحث المسافرون عن أقصر الطرق إلى المطار.", "أقصر"),
        ("وتسعى البلدان إلى آفاق أرحب من التعاون.", "أرحب"),
        ("ودعت القاهرة إلى وقف إطلاق النار في سيناء.", "وقف"),
        ("وطالبت المنظمة بوقف تمويل الشركة فورا.", "وقف"),
        ("وذلك بعد أن سرت شائعات عن رحيل المدرب.", "سرت"),
        ("من جهتها فسرت الوزيرة القرار بأنه مؤقت.", "سرت"),
        ("وتعرض المدافع لقطع في الرباط الصليبي للركبة.", "الرباط"),
        ("ويغيب اللاعب شهرا بسبب تمزق في رباط الكاحل.", "رباط"),
    ],
)
def test_the_word_is_no_place(text: str, word: str) -> None:
    assert not [r for r in places(text) if word in r.text]


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("وقتل ثلاثة أشخاص في محافظة القادسية جنوب بغداد.", "محافظة القادسية", 31.99, 45.08),
        ("وقصف الطيران مدينة دوما في ريف دمشق.", "دوما", 33.57, 36.40),
        ("وسقطت قذائف على دوما بريف دمشق.", "دوما", 33.57, 36.40),
        ("وتسلل مستوطنون إلى قرية دوما قرب نابلس.", "دوما", 32.06, 35.37),
        ("واندلعت اشتباكات في مديرية أرحب شمال صنعاء.", "مديرية أرحب", 15.60, 44.30),
        ("وشن الطيران غارات على معسكرات قرب سرت.", "سرت", 31.21, 16.59),
        ("وسيطر التنظيم على مدينة سرت الليبية.", "سرت", 31.21, 16.59),
        ("وقال الوزير في محاضرة ألقاها في الرباط أمس.", "الرباط", 34.01, -6.83),
        ("ووصل الوفد إلى الأقصر لزيارة المعابد.", "الأقصر", 25.70, 32.64),
    ],
)
def test_the_place_stays(text: str, surface: str, lat: float, lon: float) -> None:
    assert near(find(places(text), surface), lat, lon)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("وكشفت الفحوص الطبية أن المهاجم يعاني من قطع في الرباط المتصالب مما يبعده عن الملاعب.",
         "الرباط"),
        ("وأعلن النادي أن الظهير تعرض لتمدد في الرباط الجانبي لركبته اليسرى.", "الرباط"),
        ("وأعلن النادي أن لاعبه تعرض لقطع جزئي في رباط الكاحل مما يستدعي غيابه أسبوعين.", "رباط"),
    ],
)
def test_a_ligament_is_no_place_with_the_tagger(text: str, word: str) -> None:
    # the whole pipeline: the entity tagger marks these LOC (Rabat before the rows)
    import khabar

    rec = khabar.analyze(RawArticle(text=text, source="test"))
    assert not [p for p in rec.places if word in p.text]


def test_the_word_list_is_read() -> None:
    assert {fold(w) for w in ("القادسية", "دوما", "أقصر", "أرحب", "وقف", "سرت")} <= set(CUE_ONLY)
    assert fold("ريف") in CUE_ONLY[fold("دوما")][0]
    assert fold("المتصالب") in NOT_BEFORE[fold("الرباط")]
