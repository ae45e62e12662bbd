"""Quarters and sites of a city the article names (``khabar.places.quarters``, the hand table
``data/places/quarters.tsv``): a bare name of the table is a place at the row's point when the
article names the row's city (a place within 30 km; for a name that is no ordinary word, the
country whose capital it is will do), and a name that is also an ordinary word («البحيرة»،
«البساتين») only after a locative or a place cue. Names of the table with their city unnamed,
or in another city, give nothing."""

from __future__ import annotations

import pytest

from _places import find, near, places


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        # Tunis: a bare quarter, read through ب, the city or the country named
        ("أحيل المتهم على الوحدة الوطنية للأبحاث في جرائم الإرهاب بالقرجاني بتونس العاصمة.",
         "القرجاني", 36.80, 10.16),
        ("أحيل المتهم على فرقة مكافحة الإرهاب بالقرجاني وفق ما أعلنته وزارة الداخلية التونسية في تونس.",
         "القرجاني", 36.80, 10.16),
        ("تم إيقاف المعني بالأمر بمركز الأمن الوطني بالبحيرة بتونس العاصمة.", "البحيرة", 36.835, 10.235),
        # Aden and Lahij: a list of quarters, the city named in the sentence
        ("اندلعت مواجهات في المدينة الخضراء وجعولة شمال مدينة عدن.", "المدينة الخضراء", 12.935, 44.95),
        ("اندلعت مواجهات في المدينة الخضراء وجعولة شمال مدينة عدن.", "جعولة", 12.895, 44.97),
        # Sanaa and Taiz
        ("قصفت الطائرات معسكرات في الحصبة والجراف بالعاصمة صنعاء.", "الحصبة", 15.38, 44.215),
        ("تقدمت المقاومة في حوض الأشرف بمدينة تعز.", "حوض الأشرف", 13.575, 44.025),
        # after a site's kind word, the site (its kind word in the span) at the row's point
        ("نفذ الأساتذة وقفة احتجاجية بساحة القصبة بتونس العاصمة.", "ساحة القصبة", 36.80, 10.165),
        ("احتشد المواطنون في ساحة قصر المعاشيق بعدن.", "ساحة قصر المعاشيق", 12.775, 45.045),
        # a Syrian hamlet of the index of the same name is not it
        ("تمكنت الوحدة الوطنية للبحث في جرائم الإرهاب بالعوينة من القضاء على إرهابي في تونس العاصمة.",
         "العوينة", 36.85, 10.23),
    ],
)
def test_quarter_of_a_city_named(text: str, surface: str, lat: float, lon: float) -> None:
    r = find(places(text), surface)
    # the row's own point (1 km), not the city's
    assert near(r, lat, lon, km=1), f"{surface!r} is at ({r.lat}, {r.lon})"
    assert r.precision in ("site", "village")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("تجول السياح في القصبة بمدينة سوسة.", "القصبة"),  # Sousse's kasbah, not Tunis's
        ("سيطرت القوات على جعولة أمس.", "جعولة"),  # Aden is not named
        ("تعد البحيرة من أجمل المعالم في تونس العاصمة.", "البحيرة"),  # the lake, no locative
        ("قال إن البساتين تضررت كثيرا في عدن.", "البساتين"),  # the gardens, no locative
    ],
)
def test_no_quarter(text: str, word: str) -> None:
    assert not [r for r in places(text) if word in r.text]


def test_one_record_for_a_site_and_its_quarter_name() -> None:
    recs = places("احتشد المواطنون في ساحة قصر المعاشيق بعدن.")
    assert [r.text for r in recs if "المعاشيق" in r.text] == ["ساحة قصر المعاشيق"]
