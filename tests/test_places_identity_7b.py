"""Rule 3 of docs/annotation.md ("Places"), two readings of a bare name (places-7b).

- A town named by a description of its own («العاصمة المقدسة» for «مكة المكرمة») is the town
  named as a town: the bare name stays the town's, and the area named with its cue («منطقة مكة
  المكرمة»، «إمارة منطقة مكة المكرمة») is a record apart. Before, the description was a second
  record of the town and the area had none (dev part O, 3 of 500 unlabelled articles).
- A bare name in a list led by a plural area cue («محافظات إب وعدن وتعز») is the area, even
  when the article names the town as a town too («مدينة تعز»), which is then a record of its
  own (dev part L).
All sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from _places import places


def summary(text: str) -> list[tuple[str, str | None]]:
    return [(r.text, r.precision) for r in places(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("بدأ العمل في مشروع النقل بمكة المكرمة. وقال أمير منطقة مكة المكرمة إن الطرق "
         "ستربط العاصمة المقدسة بجدة.",
         [("مكة المكرمة", "city"), ("منطقة مكة المكرمة", "admin"), ("جدة", "city")]),
        ("وصل الحجاج إلى مكة المكرمة أمس. وأعلنت إمارة منطقة مكة المكرمة خطة المرور في "
         "العاصمة المقدسة.",
         [("مكة المكرمة", "city"), ("إمارة منطقة مكة المكرمة", "admin")]),
    ],
)
def test_description_of_the_town_keeps_bare_names_the_towns(text: str, expected: list) -> None:
    assert summary(text) == expected


def test_bare_name_without_a_town_description_joins_the_area() -> None:
    # no town cue nor description: the bare name is the area's mention (one record)
    got = places("زار الوزير مكة المكرمة. وقال أمير منطقة مكة المكرمة إن المشروع اكتمل.")
    assert [r.text for r in got] == ["مكة المكرمة"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تقدمت القوات في محافظة تعز نحو الطريق الرابط بين محافظات إب وعدن وتعز. "
         "وقصفت الميليشيات أحياء مدينة تعز.",
         ["محافظة تعز", "إب", "عدن", "تعز"]),
        ("أعلنت محافظة الضالع النفير. وشملت الاشتباكات محافظتي لحج والضالع. "
         "ودخلت القوات مدينة الضالع.",
         ["محافظة الضالع", "لحج", "الضالع"]),
    ],
)
def test_listed_area_joins_the_area_though_the_town_is_named(text: str, expected: list) -> None:
    got = places(text)
    assert [r.text for r in got] == expected
    # the town's record starts at «مدينة X» (the listed name is the governorate's), a city
    # apart from the governorate
    assert got[-1].start == text.index("مدينة ") + len("مدينة ")
    assert got[-1].precision == "city" and got[0].precision == "admin"


def test_bare_name_outside_a_list_stays_the_town() -> None:
    # not in a list of areas: with «مدينة تعز» in the article the bare name is the town
    got = places("تقدمت القوات في محافظة تعز. وقصفت الميليشيات تعز ليلا. "
                 "ونزح السكان من مدينة تعز.")
    assert [(r.text, r.precision) for r in got] == [("محافظة تعز", "admin"), ("تعز", "city")]
