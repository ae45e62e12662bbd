"""Saudi administrative centres the index lacks (``khabar.places.centres``, records made by
``khabar.places.local``): «مركز X» held by a unit the phrase names («بقطاع ظهران الجنوب»،
«التابع لمحافظة القنفذة») is a village at that unit's place; «مركز» + a service or a
person's title, or with no holding unit named, gives nothing."""

from __future__ import annotations

import pytest

from _places import assert_place, places


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("استشهد جنديان من حرس الحدود بمركز المسيال بقطاع ظهران الجنوب بمنطقة عسير.",
         "مركز المسيال", 17.67, 43.51),
        ("زار أسرة الشهيد في مركز حلي التابع لمحافظة القنفذة أمس.", "مركز حلي", 19.13, 41.08),
        # a compass adjective is part of the name
        ("شملت الأمطار مركز العرضية الشمالية التابع لمحافظة العرضيات.",
         "مركز العرضية الشمالية", 19.95, 41.4),
        ("انتقل إلى مركز الخيس التابع لمحافظة الطائف معلما.", "مركز الخيس", 21.27, 40.42),
    ],
)
def test_centre_held_by_a_named_unit_is_a_village(text: str, surface: str, lat: float,
                                                  lon: float) -> None:
    assert_place(text, surface, lat, lon, "village")


@pytest.mark.parametrize(
    "text",
    [
        "افتتح مركز التدريب التابع لمحافظة جدة.",  # a centre of a service
        "زار الأمير مركز الملك عبدالله بمحافظة جدة.",  # a person's name
        "نقل المصاب إلى مركز الإسعاف بمحافظة القنفذة.",
        "حددت اللجنة مقرا لكل مركز انتخابي في منطقة الرياض.",  # an adjective
        "وقع الحادث بالقرب من مركز خريص أمس في الأحساء.",  # no holding unit named
    ],
)
def test_no_centre_record(text: str) -> None:
    recs = places(text)
    assert recs  # the sentence's other places are found (review-19a: not vacuous)
    assert not [r for r in recs if "مركز" in r.text]
