"""Session 19 (places-19e): the error classes part Q7 showed, on sentences written for these
tests (SaudiNewsNet text is not committed; ANT/Jawhara FM phrases are quoted).

1. A country's name that is also its nisba adjective, joined to another adjective by «و»,
   «أو», «/» or «-», is the adjective («وجهتي النظر المصرية والسعودية»، «اللوائح الفنية
   الخليجية/ السعودية»): docs/annotation.md, "Demonym adjectives ... are not places". After a
   country, a place name or a compass word of a name it stays the country («مصر والسعودية»،
   «كوريا الجنوبية والسعودية»، «الإمارات العربية والسعودية»).
2. «نهج» is a street in a Tunisian outlet's article (rule 8: the street is a site; the town or
   country in its name is no mention of that place): «نهج الباكستان» is not Pakistan; in other
   outlets «نهج» is "an approach" and the name after it keeps its record.
The Suez ports: test_places_q7_ports_19e.py. «درعا» as a shield was measured and left (docs/places.md).
"""

from __future__ import annotations

import pytest

from _places import places


def _texts(text: str, outlet: str | None = None) -> list[str]:
    return [r.text for r in places(text, outlet)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # adjectives joined to an adjective: no record
        ("واتفقت وجهتا النظر المصرية والسعودية على ضرورة الحل.", []),
        ("لا يمكن فسح أي سيارة غير مطابقة للوائح الفنية الخليجية والسعودية، حيث يقدم الصانع شهادة.", []),
        ("لا يمكن فسح أي سيارة غير مطابقة للوائح الفنية الخليجية/ السعودية، حيث يقدم الصانع شهادة.", []),
        ("لا يمكن فسح أي سيارة غير مطابقة للوائح الفنية الخليجية-السعودية، حيث يقدم الصانع شهادة.", []),
        ("لم تحقق الجامعات العربية أو السعودية فيه نتائج تذكر.", []),
        ("يقدم الكتاب للمكتبة العربية والسعودية ككتاب نوعي.", []),
        # the adjective right after a definite noun (unchanged)
        ("وقال إن القوات السعودية قصفت المواقع.", []),
        # the record goes to the noun mention of the same article
        ("واتفقت وجهتا النظر المصرية والسعودية على الحل، وأكد أن التعاون مع السعودية مهم.",
         ["السعودية"]),
        # nouns: after a country, a place's compass word, a country and its adjective
        ("وزار الوزير مصر والسعودية الأسبوع الماضي.", ["مصر", "السعودية"]),
        ("وقال إن اليمن والسعودية اتفقا.", ["اليمن", "السعودية"]),
        ("هناك مشروع مشترك بين كوريا الجنوبية والسعودية لإنتاج لقاح.", ["كوريا الجنوبية", "السعودية"]),
        ("ووقعت الإمارات العربية والسعودية اتفاقا.", ["الإمارات", "السعودية"]),
        ("اتجه الحديث إلى الشمال والجنوب.", []),
    ],
)
def test_a_joined_adjective_is_no_country(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize(
    ("text", "outlet", "expected"),
    [
        # Jawhara FM (Tunisian): the name after «نهج» is a street's name
        ("تم إيقاف شاب بنهج الباكستان بمنوبة.", "jawharafm", ["منوبة"]),
        ("تم حجز بضائع مختلفة في كل من نهج اسبانيا وباب الجزيرة.", "jawharafm", []),
        ("زاول دراسته بالمدرسة الابتدائية بنهج سكيكدة.", "jawharafm", []),
        ("سينقطع التيار بشارع سنغور وطريق المنستير ونهج قابس بسوسة.", "jawharafm", ["سوسة"]),
        ("وأن نهج طهران الطائفي أدى إلى قتل السوريين.", "jawharafm", []),
        # a place before «نهج» keeps its record
        ("وقال إن باكستان تتبع نهج الحوار.", "jawharafm", ["باكستان"]),
        # other outlets: «نهج» is an approach
        ("وأن نهج طهران الطائفي أدى إلى قتل السوريين.", "sabq", ["طهران"]),
        ("تم إيقاف شاب بنهج الباكستان.", None, ["الباكستان"]),
        # no place at all
        ("سار الفريق على نهج المدرب السابق.", "jawharafm", []),
    ],
)
def test_nahj_is_a_tunisian_street(text: str, outlet: str | None, expected: list[str]) -> None:
    assert _texts(text, outlet) == expected
