"""A common word the tagger marks LOC is the word unless something before it says place
(places-8c, ``khabar.places.words._tagged_common_word``): «آراء الخبراء» (experts, not
Al-Khabra), «التقطت صور تذكارية» (pictures, not Tyre), «تصدير الثورة» (the revolution);
after a locative, a cue, a construct first word or a place joined by «و», the name stays."""

from __future__ import annotations

import pytest

from _places import segmented
from khabar.places import geocode
from khabar.schema import Entity


def _places(text: str, loc: str) -> list[str]:
    """Place records of ``text`` with the first ``loc`` tagged as one LOC entity."""
    doc = segmented(text)
    s = text.index(loc)
    doc.entities = [Entity(id="e1", text=loc, start=s, end=s + len(loc), type="LOC", canonical=loc)]
    return [r.text for r in geocode(doc)]


@pytest.mark.parametrize(
    ("text", "loc"),
    [
        ("وتباينت آراء الخبراء الاقتصاديين حول القرار.", "الخبراء"),
        ("والتقطت صور تذكارية مع المكرمين في نهاية الحفل.", "صور"),
        ("وانتقد سياسة تصدير الثورة التي تتبعها طهران منذ عقود.", "الثورة"),
        ("وأكد أن لغة الحزم هي الرد على المعتدين.", "الحزم"),
        # a partitive «من» after a quantity noun is no locative
        ("وحلل عدد من الخبراء السياسيين نتائج القمة.", "الخبراء"),
    ],
)
def test_tagged_common_word_is_the_word(text: str, loc: str) -> None:
    assert loc not in _places(text, loc)


@pytest.mark.parametrize(
    ("text", "loc"),
    [
        ("وصل الوفد إلى صور صباح اليوم.", "صور"),  # a locative preposition
        ("شنت الطائرات غارات على المدن الشمالية بما فيها عمران وصعدة.", "عمران"),  # «فيها»
        ("وقعت الاشتباكات في مدينة الشهداء شمال المدينة.", "الشهداء"),  # a place cue
        ("انطلق القارب من سواحل سيدي داود فجر اليوم.", "داود"),  # a construct first word
        ("وتم تعيين سامي الغابي واليا على قبلي.", "قبلي"),  # a governor's place
    ],
)
def test_tagged_common_word_after_a_place_word_stays(text: str, loc: str) -> None:
    assert loc in " ".join(_places(text, loc))
