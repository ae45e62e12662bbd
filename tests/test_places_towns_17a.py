"""The town named as a town beside the area named after it (places-17a; docs/places.md,
"Session 17: missed places (places-17a)"; rule 3 of docs/annotation.md: «محافظة لحج» and
«مدينة لحج» are two records): a town cue before a name whose pick is the area's own admin row
(«مدينة لحج»: Lahij governorate's hand row) takes the town row, a record of its own
(``towns.town_picks``).

Sentences written for these tests on the forms of the development articles they come from.
"""

from __future__ import annotations

import pytest

from _places import places


def records(text: str) -> list[tuple[str, int, str]]:
    """(surface, start, precision) of every record of ``text``."""
    return [(r.text, r.start, r.precision or "") for r in places(text)]


def at(text: str, phrase: str, surface: str) -> int:
    """The offset of ``surface`` inside the first ``phrase`` of ``text``."""
    return text.index(phrase) + phrase.index(surface)


@pytest.mark.parametrize(
    ("text", "phrase", "surface", "precision"),
    [
        # the town named as a town: its own record at the town row (Laḩij, 13.06, 44.88)
        ("قصفت الطائرات مواقع في محافظة لحج. وتشهد مدينة لحج مواجهات عنيفة.", "مدينة لحج", "لحج", "city"),
        ("وقال محافظ محافظة لحج إن مدينة لحج تعتبر شبه محررة.", "مدينة لحج", "لحج", "city"),
        # an area and a town that are two rows of the index were two records already
        ("قصفت الطائرات مواقع في محافظة الضالع. وتشهد مدينة الضالع مواجهات عنيفة.", "مدينة الضالع", "الضالع",
         "city"),
    ],
)
def test_the_town_named_as_a_town_is_a_record_at_that_mention(text: str, phrase: str, surface: str,
                                                                precision: str) -> None:
    assert (surface, at(text, phrase, surface), precision) in records(text), records(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no area named with its cue: «مدينة لحج» alone stays the one record it was
        ("وتشهد مدينة لحج في اليمن مواجهات عنيفة مع الميليشيات.", [("مدينة لحج", "لحج", "admin")]),
        # the governorate alone, or named twice with its cue: one record, the admin row
        ("وقصفت الطائرات مواقع في محافظة لحج جنوب اليمن.", [("محافظة لحج", "محافظة لحج", "admin")]),
        ("وقال محافظ محافظة لحج إن الوضع في محافظة لحج هادئ.", [("محافظ محافظة لحج", "محافظة لحج", "admin")]),
    ],
)
def test_no_town_without_a_town_cue_beside_its_area(text: str, expected: list) -> None:
    names = {surface for _, surface, _ in expected}
    got = [r for r in records(text) if r[0] in names]
    assert got == [(surface, at(text, phrase, surface), precision) for phrase, surface, precision in expected]
