"""Saudi weather reports list the centres rain fell on after «شملت» (stage 6b of
``khabar.places.unknown``): each name a village at the place named before it; «شملت» with
no rain word, or no place before it, lists nothing."""

from __future__ import annotations

import pytest

from _places import near, places


@pytest.mark.parametrize(
    ("text", "names", "lat", "lon"),
    [
        ("هطلت أمطار خفيفة على محافظة الطائف شملت ، السر ، ومسرة ، والحلقة ، وعشيرة.",
         ["السر", "مسرة", "الحلقة", "عشيرة"], 21.27, 40.42),
        # names joined by و without commas, after a region
        ("هطلت أمطار غزيرة على منطقة جازان شملت الدائر والعيدابي وهروب.",
         ["الدائر", "العيدابي", "هروب"], 16.89, 42.55),
    ],
)
def test_centres_rain_fell_on_are_villages(text: str, names: list[str], lat: float,
                                           lon: float) -> None:
    recs = {r.text: r for r in places(text)}
    for name in names:
        assert name in recs, f"{name} not in {list(recs)}"
        assert near(recs[name], lat, lon, km=100)  # a village, or a town the index knows


@pytest.mark.parametrize(
    "text",
    [
        # no rain word: the works included a building
        "نفذت الأمانة أعمالا في مدينة الباحة شملت مبنى المستودعات والمرافق.",
        # rain, but no place named before «شملت»
        "هطلت الأمطار أمس شملت السر ومسرة والحلقة.",
    ],
)
def test_no_list_after_includes(text: str) -> None:
    assert not [r for r in places(text) if r.precision == "village"]


def test_amid_after_a_named_quarter_is_no_list_item() -> None:
    # «وسط» (amid) after a quarter's name is no و + «سط» of a list
    recs = places("استهدف التفجير مبنى في حي الوشم وسط العاصمة الرياض.")
    assert not [r for r in recs if r.text == "سط"]
    assert [r.text for r in recs] == ["حي الوشم", "الرياض"]  # the quarter and its city (review-19a)
