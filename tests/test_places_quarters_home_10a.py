"""Quarters of the hand table read in the news of an outlet of their country
(``khabar.places.quarters``, session 10, places-10a): in a Jawhara FM (Tunisia) story that does
not name Tunis, a bare quarter of the table («بالقرجاني»، «بالعوينة»، «بخزامة»; a row that is also
an ordinary word only after a locative: «بالبحيرة») is a place at the row's point; not in another
outlet's news, not when a town is written right after the name («حي المنار بمدينة القصرين»),
and not in a story that names another city of the table (Sousse has its own «العوينة» and «باب
الجديد»)."""

from __future__ import annotations

import pytest

from _places import near, places


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        # Tunis rows, no Tunisian place named at all
        ("تمكنت فرقة مكافحة الإرهاب بالقرجاني من إيقاف عنصر تكفيري مفتش عنه.", "القرجاني", 36.80, 10.16),
        ("أحيل الموقوفان على الفرقة المركزية للأبحاث والتفتيش للحرس الوطني بالعوينة.", "العوينة",
         36.85, 10.23),
        # another Tunisian town named, far from every city of the table (Bizerte)
        ("تولت الوحدة الوطنية للبحث في جرائم الإرهاب بالعوينة، معززة بوحدات الحرس الوطني ببنزرت، "
         "إيقاف المشتبه به.", "العوينة", 36.85, 10.23),
        # a Sousse row
        ("تمكن أعوان مركز الأمن الوطني بخزامة من إيقاف خمسة أشخاص.", "خزامة", 35.85, 10.61),
        # rows that are also ordinary words, after a locative
        ("تمكن أعوان مركز الأمن الوطني بالبحيرة من إيقاف شخص مفتش عنه.", "البحيرة", 36.835, 10.235),
        ("اجتمع مجلس الوزراء اليوم بقصر الحكومة بالقصبة.", "القصبة", 36.80, 10.165),
        ("تمكن أعوان مركز الأمن الوطني بالوردية من إيقاف شخص مفتش عنه.", "الوردية", 36.78, 10.19),
    ],
)
def test_quarter_in_its_countrys_news(text: str, surface: str, lat: float, lon: float) -> None:
    hits = [r for r in places(text, "jawharafm") if r.text == surface]
    assert hits, f"no place {surface!r}"
    assert near(hits[0], lat, lon, km=1), f"{surface!r} is at ({hits[0].lat}, {hits[0].lon})"


@pytest.mark.parametrize(
    ("text", "outlet", "word"),
    [
        # no outlet, or an outlet of another country: the city must be named
        ("تمكنت فرقة مكافحة الإرهاب بالقرجاني من إيقاف عنصر تكفيري مفتش عنه.", None, "القرجاني"),
        ("تمكنت فرقة مكافحة الإرهاب بالقرجاني من إيقاف عنصر تكفيري مفتش عنه.", "alriyadh", "القرجاني"),
        # a row that is also an ordinary word (the lake)
        ("تعد البحيرة من أجمل المعالم الطبيعية.", "jawharafm", "البحيرة"),
        # «الوردية» is also "pink" (ANT: «للزهور الوردية»، «المسيرة الوردية»)
        ("انطلق معرض للزهور الوردية في المدينة.", "jawharafm", "الوردية"),
    ],
)
def test_no_quarter_without_its_city(text: str, outlet: str | None, word: str) -> None:
    assert not [r for r in places(text, outlet) if word in r.text]


@pytest.mark.parametrize(
    "text",
    [
        # Sousse named: Sousse's own El Aouina and Bab Jedid, not the Tunis rows
        "أغلق شبان الطرقات في حي العوينة وحي المطار بسوسة.",
        "وفيما يتعلق بسوق الخضر والغلال بباب الجديد، قال المعتمد الأول بسوسة إن السوق سيفتح قريبا.",
        # a town written right after the name: that town's quarter of the same name
        "سيتم قطع التيار الكهربائي في حي المنار بمدينة القصرين يوم الأحد.",
    ],
)
def test_no_tunis_quarter_in_a_story_about_another_town(text: str) -> None:
    recs = places(text, "jawharafm")
    assert recs  # the sentence's other places are found (review-19a: not vacuous)
    for r in recs:
        for lat, lon in ((36.85, 10.23), (36.79, 10.17), (36.84, 10.16)):  # El Aouina, Bab Jedid, El Manar
            assert not near(r, lat, lon, km=3), f"{r.text!r} put in Tunis"


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # a quarter's site read at its first mention; its second mention is no second record
        ("تجمع الطلبة في ساحة القصبة بتونس العاصمة. وقالت الوزارة إن 700 طالب تجمعوا في ساحة القصبة أمس.", None),
        ("جدت مناوشات اليوم في ساحة القصبة بين الطلبة. وتجمع حوالي 700 طالب في ساحة القصبة.", "jawharafm"),
    ],
)
def test_one_record_for_a_site_named_twice(text: str, outlet: str | None) -> None:
    assert [r.text for r in places(text, outlet) if "القصبة" in r.text] == ["ساحة القصبة"]
