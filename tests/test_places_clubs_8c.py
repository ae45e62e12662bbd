"""The town of a sports club's or team's name is no place record (places-8c,
``khabar.places.parties.in_club_name``; rule 6c of docs/annotation.md): «مستقبل قابس»،
«نجم المتلوي»، «شبيبة القيروان»، «منتخب مصر». After a head that is also a common noun
only a town counts («مستقبل اليمن» is the future of Yemen), and a place with its own
proclitic is where something is («في ملعب برلين» names Berlin's stadium, a site)."""

from __future__ import annotations

import pytest

from _places import places


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("فاز مستقبل قابس على ضيفه بهدفين دون رد.", "قابس"),
        ("وتعادل نجم المتلوي مع الترجي في المباراة المؤجلة.", "المتلوي"),
        ("وحل شبيبة القيروان في المركز الخامس برصيد 12 نقطة.", "القيروان"),
        ("وأعلن مدرب منتخب مصر قائمة اللاعبين.", "مصر"),
    ],
)
def test_town_of_a_club_name_is_no_place(text: str, word: str) -> None:
    assert word not in [r.text for r in places(text)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a common noun before a country: «مستقبل اليمن» is the future of Yemen
        ("وتحدث الوزير عن مستقبل اليمن بعد الحرب.", "اليمن"),
        # a club named first, the town named again as a town
        ("وصل لاعبو مستقبل قابس إلى قابس مساء أمس.", "قابس"),
        ("وتجري المباراة في القيروان يوم الأحد.", "القيروان"),
    ],
)
def test_place_after_a_club_head_or_named_apart_stays(text: str, word: str) -> None:
    assert word in [r.text for r in places(text)]
