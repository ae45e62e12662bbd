"""A country's name inside a company's name (session 19, places-19g; docs/places.md, "Session
19: a country inside an organisation's name (places-19g)"): docs/annotation.md rule 6(c) makes
a place inside the proper name of an organisation no place. A country name right after a
company's brand name (``data/places/org_brands.txt``: «أرامكو السعودية»، «كيان السعودية»،
«زين السعودية») is part of the company's name; real mentions of the country stay places.

Sentences written for these tests on the forms of the fresh SaudiNewsNet articles measured
(seeds 19700, 19720).
"""

from __future__ import annotations

import pytest

from _places import places


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وأطلقت شركة أرامكو السعودية المرحلة الثالثة من المبادرة.", "السعودية"),
        ("وقال موظف في أرامكو السعودية إن العمل مستمر.", "السعودية"),
        ("وجاءت أسهم الإنماء وكيان السعودية وزين السعودية على قائمة الأكثر نشاطا.", "السعودية"),
        ("وارتفع سهم سابك السعودية في تداولات أمس.", "السعودية"),
        ("وأعلنت موبايلي السعودية نتائجها الفصلية.", "السعودية"),
    ],
)
def test_a_country_in_a_company_name_is_no_place(text: str, name: str) -> None:
    assert not [r for r in places(text) if name in r.text]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # real mentions of the country stay places, also beside a brand
        ("وتعمل الشركة في السعودية منذ عقود.", "السعودية"),
        ("وزار الوفد السعودية والإمارات الأسبوع الماضي.", "السعودية"),
        ("وأعلنت زين عن خدمة جديدة في السعودية.", "السعودية"),
        ("وأعلنت أرامكو السعودية عن مشروع جديد في السعودية.", "السعودية"),
    ],
)
def test_a_real_mention_of_the_country_stays(text: str, surface: str) -> None:
    assert [r for r in places(text) if r.text == surface]
