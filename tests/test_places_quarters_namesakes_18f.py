"""Quarters of ``data/places/quarters.tsv`` whose names the index also holds abroad (session 18,
places-18f). Seven rows share their name with an index key of another country, all Syrian or
Iraqi hamlets («العوينة»، «القصبة»، «الوردية»، «الغزالة»، «الكرم»، «الزهراء»، «المعاشيق»): in a story
about the quarter's city the quarter wins (``unknown.stray_places`` hands the stray hamlet to
``quarters.quarter_places``); in a story about the hamlet's country the hamlet stays."""

from __future__ import annotations

import pytest

from _places import places


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        # the quarter's city named: the quarter
        ("تمكنت الوحدة الوطنية للبحث في جرائم الإرهاب بالعوينة من القضاء على إرهابي في تونس العاصمة.",
         "العوينة", "TN"),
        ("سيطرت المقاومة على منطقة المعاشيق في عدن ثم على قصر المعاشيق.", "المعاشيق", "YE"),
        ("سيطرت المقاومة على منطقة المعاشيق في عدن ثم على قصر المعاشيق.", "قصر المعاشيق", "YE"),
        # a story about Syria: the Syrian hamlet, not the Tunis quarter
        ("قصفت الطائرات الحربية قرية العوينة في ريف حماة بسوريا.", "قرية العوينة", "SY"),
        ("قصفت قوات النظام السوري بلدة القصبة في ريف حمص.", "القصبة", "SY"),
        ("قصفت الطائرات بلدة الوردية في ريف إدلب بسوريا.", "الوردية", "SY"),
    ],
)
def test_quarter_or_foreign_namesake(text: str, surface: str, country: str) -> None:
    recs = [r for r in places(text) if r.text == surface]
    assert [r.country for r in recs] == [country]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a person's name, no locative: no place (the row is also an ordinary word)
        ("قال محمد الكرم إن الوضع مستقر في تونس العاصمة.", "الكرم"),
        # no cue and no locative before an ordinary-word row: no place
        ("تقع الزهراء جنوب تونس العاصمة.", "الزهراء"),
    ],
)
def test_no_record(text: str, word: str) -> None:
    recs = places(text)
    assert recs  # the sentence's other places are found (review-19a: not vacuous)
    assert not [r for r in recs if word in r.text]
