"""The town named as a town beside the area named after it (places-17a; docs/places.md,
"Session 17: missed places (places-17a)"; rule 3 of docs/annotation.md: «محافظة لحج» and
«مدينة لحج» are two records):

- a town cue before a name whose pick is the area's own admin row («مدينة لحج»: Lahij
  governorate's hand row) takes the town row, a record of its own (``towns.town_picks``);
- with the area named with its cue, the town's record stands at its first mention named as a
  town, not at a bare name before it (``towns.town_spans``).

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
        # the town's record at its mention named as a town, not at the bare name before it
        ("وقال محافظ محافظة عدن إن الوضع في عدن هادئ. وأكد أن مدينة عدن أصبحت آمنة.",
         "مدينة عدن", "عدن", "city"),
        ("وقصفت الطائرات مواقع في محافظة الضالع. وقال مصدر إن الضالع تشهد معارك. وسيطرت المقاومة على مدينة الضالع.",
         "مدينة الضالع", "الضالع", "city"),
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
        # no area named with its cue: the town's record stays at its first mention
        ("وقال مصدر إن الوضع في عدن هادئ. وأكد أن مدينة عدن أصبحت آمنة.", [("في عدن", "عدن", "city")]),
        # the town named as a town only as a distance's reference point: no record moves there
        ("وسيطرت المقاومة على محافظة الضالع. وقال مصدر إن الضالع هادئة. ودخلت القوات بلدة دمت على بعد "
         "60 كيلومترا شمال مدينة الضالع.",
         [("محافظة الضالع", "محافظة الضالع", "admin"), ("إن الضالع", "الضالع", "city")]),
    ],
)
def test_nothing_moves_without_the_area_and_the_town_named_as_such(text: str, expected: list) -> None:
    names = {surface for _, surface, _ in expected}
    got = [r for r in records(text) if r[0] in names]
    assert got == [(surface, at(text, phrase, surface), precision) for phrase, surface, precision in expected]
