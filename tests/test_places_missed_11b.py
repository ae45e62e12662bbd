"""Common-word towns after the preposition ب (``data/places/bi_towns.txt``, read by
``khabar.places.cues``): «بالخبر» in a Saudi story is Khobar, «بقبلي» in a Tunisian one Kebili,
as «في الخبر»/«في قبلي» are; «علمت بالخبر» (learnt the news) and names not in the list
(«بحجة»: on the pretext) stay words. Sentences written for these tests on the forms of fresh
SaudiNewsNet and ANT articles (docs/places.md, "Session 11: the gold places khabar misses
(places-11b)")."""

from __future__ import annotations

import pytest

from _places import find, near, places
from khabar.normalize import fold
from khabar.places.lexicon import bi_towns

_SA = "أعلنت السلطات في السعودية عن برنامج جديد للسياحة في السعودية. "
_TN = "أعلنت وزارة الداخلية في تونس عن حملة أمنية واسعة في كامل تونس. "


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        (_SA + "وأقيم الحفل في الواجهة البحرية بالخبر مساء أمس.", "الخبر", 26.28, 50.21),
        (_SA + "وتجرى المسابقة في مستشفى الملك فهد الجامعي بالخبر يوم الأحد.", "الخبر", 26.28, 50.21),
        (_SA + "ونظمت الشركة في مقرها بالخبر حفل معايدة لمنسوبيها.", "الخبر", 26.28, 50.21),
        (_TN + "وانعقد المجلس الجهوي للأمن بقبلي ظهر اليوم.", "قبلي", 33.70, 8.97),
        (_TN + "وتمكن أعوان الحرس الوطني بسليمان من حجز كمية من السجائر.", "سليمان", 36.70, 10.49),
        (_TN + "واقتحم مجهولون المدرسة الإعدادية بالمروج أمس.", "المروج", 36.71, 10.21),
        (_TN + "وتمكنت وحدات الحرس البحري بالشابة من إحباط عملية إبحار خلسة.", "الشابة", 35.24, 11.12),
    ],
)
def test_the_town_after_bi(text: str, surface: str, lat: float, lon: float) -> None:
    assert near(find(places(text), surface), lat, lon)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (_SA + "وقالت ابنته عندما علمت بالخبر إنها لم تصدق.", "الخبر"),
        (_SA + "واختتم حديثه بقوله: فوجئنا بالخبر خصوصا أنه طيار متمرس.", "الخبر"),
        (_SA + "وعبر الفنان عن تأثره بالخبر قائلا إنه خسارة كبيرة.", "الخبر"),
        # a country named once: not the article's main country named twice
        ("وأقيم الحفل في الواجهة البحرية بالخبر مساء أمس.", "الخبر"),
        # not in the list: «بحجة» is "on the pretext"
        ("أعلنت الحكومة في اليمن أن اليمن يرفض الاعتقال بحجة الأمن.", "حجة"),
    ],
)
def test_the_word_after_bi(text: str, word: str) -> None:
    assert not [r for r in places(text) if word in r.text]


def test_the_list_is_read() -> None:
    towns = bi_towns()
    assert fold("الخبر") in towns and fold("قبلي") in towns
    assert fold("علمت") in towns[fold("الخبر")]
    assert fold("حجة") not in towns


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("دعت النقابة إلى مقاطعة الكيان الصهيوني في كل المجالات.", "الكيان الصهيوني", "IL"),
        ("وأكد رفضه التطبيع مع الكيان الإسرائيلي.", "الكيان الإسرائيلي", "IL"),
        ("وأحال القاضي أوراقهم إلى مفتي الديار المصرية تمهيدا للحكم.", "الديار المصرية", "EG"),
        ("وتوجه الوفد للكيان الصهيوني أمس.", "لكيان الصهيوني", "IL"),
        ("وهو البرنامج النووي الذي تعارضه الدولة العبرية بشدة.", "الدولة العبرية", "IL"),
    ],
)
def test_a_description_names_its_country(text: str, surface: str, country: str) -> None:
    r = find(places(text), surface)
    assert r.country == country and r.precision == "country"


@pytest.mark.parametrize(
    "text",
    [
        "وقال إن الكيان الجديد سيضم كل الفصائل.",
        "وعاد الحجاج إلى الديار بعد أداء المناسك.",
        "وطالبوا بإنهاء الاحتلال.",
        "وقال إن سلطات الاحتلال تواصل الاستيطان في الضفة.",  # «دولة الاحتلال» is Israel (12b)
    ],
)
def test_no_description_no_country(text: str) -> None:
    assert places(text) == []
