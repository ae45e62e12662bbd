"""Descriptions that name one country or city (``data/places/country_descriptions.tsv``, read
by ``khabar.places.country_phrases._described``; session 12, places-12b): «بلاد الحرمين» is
Saudi Arabia, «دولة الاحتلال» Israel, «عروس البحر الأحمر» Jeddah, «عاصمة الضباب» London; the
span is the whole description, the longest row that stands there («بلاد الحرمين الشريفين»),
and a later name of the same place is a mention of the same record. Sentences written for
these tests on the forms of fresh SaudiNewsNet and ANT articles (docs/places.md, "Session 12:
descriptions that name one country or city (places-12b)")."""

from __future__ import annotations

import pytest

from _places import find, near, places
from khabar.normalize import fold
from khabar.places.lexicon import country_descriptions


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("وأكد أن هذه البلاد المباركة بلاد الحرمين الشريفين قامت على تحكيم الشرع.",
         "بلاد الحرمين الشريفين", "SA"),
        ("ونسأل الله لبلاد الحرمين وأهلها السلامة.", "بلاد الحرمين", "SA"),
        ("فنحن هنا في أرض الحرمين الشريفين يد واحدة.", "أرض الحرمين الشريفين", "SA"),
        ("شابا مولودا على الفطرة وبأرض الحرمين من أب وأم مسلمين.", "أرض الحرمين", "SA"),
        ("وضرورة تحميل دولة الاحتلال الإسرائيلي المسؤولية المباشرة.", "دولة الاحتلال الإسرائيلي", "IL"),
        ("التقى مديري التعليم في المناطق المحاذية لدولة الاحتلال.", "دولة الاحتلال", "IL"),
        ("والأسرى في سجون الجنوب بدولة الاحتلال دخلوا مرحلة عصيان.", "دولة الاحتلال", "IL"),
    ],
)
def test_a_description_names_its_country(text: str, surface: str, country: str) -> None:
    r = find(places(text), surface)
    assert r.country == country and r.precision == "country"


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("وحقق جمهور القطب الثاني لعروس البحر الأحمر نسبة عالية.", "عروس البحر الأحمر", 21.49, 39.19),
        ("ويقدم من عاصمة الضباب برنامجين إذاعيين.", "عاصمة الضباب", 51.51, -0.13),
        ("لمشاهدة تاريخ طيبة الطيبة في هذه التظاهرة السعيدة.", "طيبة الطيبة", 24.47, 39.61),
        ("وتساهم الفعاليات في الجذب السياحي لمدينة الورد.", "مدينة الورد", 21.27, 40.42),
    ],
)
def test_a_description_names_its_city(text: str, surface: str, lat: float, lon: float) -> None:
    r = find(places(text), surface)
    assert r.precision == "city" and near(r, lat, lon)


def test_the_name_after_it_is_the_same_record() -> None:
    # «عاصمة الضباب لندن»: one London record, first span the description (not the Yemeni
    # village «الضباب» the index also knows)
    got = places("الذي سيلعب في عاصمة الضباب لندن الشهر المقبل.")
    assert [(r.text, r.country) for r in got] == [("عاصمة الضباب", "GB")]
    got = places("وتحتجز دولة الاحتلال الإسرائيلي الجثامين، وقالت إسرائيل إنها سترد.")
    assert [(r.text, r.country) for r in got] == [("دولة الاحتلال الإسرائيلي", "IL")]


@pytest.mark.parametrize(
    "text",
    [
        "وقال إن سلطات الاحتلال تواصل الاستيطان في الضفة.",  # no «دولة»
        "وعاد الوفد إلى البلاد بعد زيارة الحرمين الشريفين.",  # «البلاد»، «الحرمين» apart
        "وأعلنت المملكة عن خطة جديدة للإسكان.",  # bare «المملكة»: the gold leaves it out
        "واستقل الرئيس يخت المحروسة في القناة.",  # «المحروسة»: the yacht
        "وقتل عشرات من تنظيم القاعدة في بلاد الشام.",  # «بلاد الشام»: not built
        "ونقلت وكالة أنباء الجمهورية الإسلامية الخبر.",  # not built
        "وقال إن السلطنة تسعى إلى زيادة الاستثمارات.",  # bare «السلطنة»: not built
        "وتوجه الأهالي إلى عروس البحر بعد الظهر.",  # «عروس البحر» alone: Jeddah or Hodeidah
    ],
)
def test_no_description_no_place(text: str) -> None:
    assert places(text) == []


def test_the_rows_are_read() -> None:
    rows = country_descriptions()
    assert rows[tuple(fold("بلاد الحرمين الشريفين").split())] == ("SA", None)
    assert rows[tuple(fold("عروس البحر الأحمر").split())] == ("SA", "جدة")
    assert tuple(fold("بلاد الشام").split()) not in rows
