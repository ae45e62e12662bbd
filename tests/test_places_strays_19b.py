"""Stray hamlets (stage 4c, ``khabar.places._split_strays``) no longer name their country for
each other (session 19, places-19b; docs/places.md, "Session 19: items left by session 18
(places-19b)"): two Syrian hamlets of the index in a Saudi story were each kept because the
other one "named" Syria. The full pipeline runs here: the tagger's LOC makes the bare
hamlets candidates."""

from __future__ import annotations

import pytest

from khabar import RawArticle, analyze

_SAUDI = ("وقعت الوزارة عقودا في الرياض، وشمل العقد تنفيذ توصيلات صرف صحي منزلية بحي الرابية والريان "
          "بمنطقة تبوك، والعقد الثاني حفر ثلاث آبار (بئرين في البريكة، و بئر في بلي) بالمدينة المنورة.")


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        # two Syrian hamlets of the index in a Saudi story (the tagger marks them LOC): neither
        # names Syria for the other (main: both SY)
        (_SAUDI, "الرابية", "SA"),
        (_SAUDI, "البريكة", "SA"),
        ("وشمل العقد تنفيذ توصيلات صرف صحي بحي الرابية بمنطقة تبوك، والعقد الثاني حفر ثلاث آبار "
         "(بئرين في البريكة، و بئر في بلي) بالمدينة المنورة.", "البريكة", "SA"),
        # in a Syrian story they stay Syrian
        ("قصفت قوات النظام قرية البريكة وقرية الرابية في ريف حماة.", "البريكة", "SY"),
        ("قصفت قوات النظام قرية البريكة وقرية الرابية في ريف حماة.", "الرابية", "SY"),
    ],
)
def test_hamlets_full_pipeline(text: str, surface: str, country: str) -> None:
    recs = [r for r in analyze(RawArticle(text=text, source="test", id="test")).places if r.text == surface]
    assert [r.country for r in recs] == [country]
