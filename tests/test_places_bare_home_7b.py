"""A cued name the index holds only abroad whose bare name is a place of the story's country
(«محافظة الطوال»: the index's is Syria's At Tuwal; «الطوال» the Saudi border town) is that
place (places-7b, ``unknown._home_bare_name``: a stray, or a cued unknown name); a stray
so placed anchors the unknown places named with it (dev part M's «قرية الخوجرة»).
All sentences were written for these tests."""

from __future__ import annotations

import pytest

from _places import places
from khabar.places.unknown import _home_bare_name


def records(text: str) -> list:
    return places(text, outlet="sabq")


@pytest.mark.parametrize(
    "text",
    [
        "تعرضت قرية الخوجرة التابعة لمحافظة الطوال في منطقة جازان لقذائف.",
        "أقامت شرطة منطقة جازان حفلا في محافظة الطوال الحدودية.",
    ],
)
def test_cued_name_abroad_takes_the_bare_name_at_home(text: str) -> None:
    tuwal = next(r for r in records(text) if r.text == "محافظة الطوال")
    assert (tuwal.country, tuwal.name_en) == ("SA", "Al-Tuwal (Jazan border)")


def test_bare_home_name_needs_a_cue_and_a_home_namesake() -> None:
    assert _home_bare_name("محافظه الطوال", "SA") is not None
    assert _home_bare_name("محافظه الطوال", "EG") is None  # no Egyptian «الطوال»
    assert _home_bare_name("الطوال", "SA") is None  # no cue word
