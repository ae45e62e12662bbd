"""Events left with no place although their sentence names one (events-14h, issue #7): a
direction or countryside word before the name, or a place record whose own span opens with
a direction, is a weak sign of where, used only when no place is named as where."""

from __future__ import annotations

import pytest

from khabar import analyze


def places(text: str) -> list[str | None]:
    rec = analyze(text)
    names = {p.id: p.text for p in rec.places}
    return [names.get(e.place) if e.place else None for e in rec.events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the record «شرقي الرمادي» holds its entity's mention «الرمادي»: two spots, one place
        ("قتل خمسة مدنيين في قصف جوي شرقي الرمادي يوم الاثنين.", ["شرقي الرمادي"]),
        ("قتل ستة أشخاص على الأقل في تفجير انتحاري استهدف مركزا للشرطة شرقي أفغانستان.",
         ["شرقي أفغانستان"]),
        ("قصف الطيران مواقع للمسلحين غربي الموصل.", ["غربي الموصل"]),
        # «ريفي»: the countryside of two places
        ("تواصلت الاشتباكات بين القوات النظامية وقوات المعارضة في ريفي إدلب وحماه.", ["إدلب"]),
        # a place named as where («في الرمادي») wins over a weak sign
        ("قتل جندي في الرمادي شرقي الفلوجة.", ["الرمادي"]),
        # behind a distance: a reference point, not where
        ("ودشن قصف هيروشيما التي تقع على بعد 700 كيلو متر غربي طوكيو العصر النووي.", [None]),
        # where the rockets came from, not where they fell
        ("أطلق الحوثيون صواريخ من شرقي صعدة على نجران.", [None]),
        # another clause («، وأعلنت»)
        ("قتل جندي في انفجار، وأعلنت الحكومة خطة جديدة لتنمية ريف حلب.", [None]),
    ],
)
def test_weak_sign_of_where(text: str, expected: list[str | None]) -> None:
    assert places(text) == expected
