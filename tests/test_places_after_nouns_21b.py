"""Places after place nouns, session 21 (places-21b).

- ``cued_names``: «مدينة» is a cue for a town the index lacks, read only when the words after
  the name place it («التابعة»، «الواقعة»، «عاصمة»، «مركز», a compass word, a country's
  adjective, or ب/ل/في + a place cue or a place the index read); one word unless the first
  opens a name in construct; every ordinary word and every indefinite adjective after it is
  refused («مدينة الملك»، «مدينة ساحلية»), and an epithet with no such words after it is no
  town («مدينة الأحلام»، «مدينة السلام»).
- ``cued_names._placed_word``: a definite -ين/-ون word after a cue, refused as a plural of
  people, is a one-word name when the words after it place it («حي الراشدين في حلب»،
  «معسكر الصدرين في الضالع»); not a participle «الم...», a nisba plural -يين or an ordinary
  word («منطقة المسلحين في ريف حلب»), and not after a front or a dual («جبهتي الانقلابين في
  تعز وعدن»), a building's cue or «مدينة».

Sentences written for these tests on the forms of fresh SaudiNewsNet 2015 articles
(docs/places.md, "Session 21: places after place nouns (places-21b)")."""

from __future__ import annotations

import pytest

from _places import find, near, places


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        # «مدينة» + a town the index lacks + the words that place it
        ("وصلت طلائع القوات إلى مدينة خنفر بمحافظة أبين.", "مدينة خنفر", 13.3, 45.5),
        ("كانوا هاربين نحو مدينة الراهدة التابعة إداريا لمحافظة تعز.", "مدينة الراهدة", 13.55, 43.9),
        ("شن الطيران غارات على منزل قائد عسكري في مدينة عنق عاصمة محافظة شبوة.", "مدينة عنق", 14.54, 46.83),
        # a definite -ين name after a cue, placed by the words after it
        ("استعادت المعارضة نقاطا في حي الراشدين في مدينة حلب.", "حي الراشدين", 36.2, 37.15),
        ("نشرت المقاومة رجالها في جبل الحصن بمنطقة العينين بمديرية مشرعة وحدنان في تعز.", "منطقة العينين", 13.55, 43.9),
        ("قصفت طائرات التحالف معسكر الصدرين في محافظة الضالع.", "معسكر الصدرين", 13.7, 44.73),
    ],
)
def test_a_placed_name_after_a_place_noun_is_a_place(text: str, surface: str, lat: float, lon: float) -> None:
    assert near(find(places(text), surface), lat, lon, 50)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # «مدينة» + an epithet, an adjective, an ordinary word or a verb
        ("ويزور الوفد مدينة الملك عبدالله في جدة.", "مدينة"),
        ("وهي مدينة ساحلية قرب عدن.", "مدينة"),
        ("توصف نيويورك بأنها مدينة الأحلام، خصوصا للمهاجرين.", "مدينة"),
        ("قال إن تعز كانت مدينة السلام في اليمن.", "مدينة"),
        ("وأصبحت بلدة في ألمانيا مدينة أشباح بعد أعمال العنف.", "مدينة"),
        ("عادوا إلى مدينة تفتقر لإمدادات المياه في عدن.", "مدينة"),
        # a name with nothing after it that places it
        ("قتل ثمانية مدنيين في مدينة مركا المشهورة بمرفئها.", "مدينة"),
        # plurals of people after a cue, placed or not
        ("تقدمت القوات في منطقة المسلحين في ريف حلب.", "منطقة"),
        ("اقتحمت القوات منطقة المتمردين في محافظة صعدة.", "منطقة"),
        ("استهدف القصف حي المدنيين في مدينة تعز.", "حي"),
        # a front or a dual: named by the people who hold it (the tuning split's sentence)
        ("اتجهت إلى ميناء المخا بغية تعزيز جبهتي الانقلابين في تعز وعدن.", "جبهتي"),
    ],
)
def test_an_unplaced_or_ordinary_word_after_a_place_noun_is_no_place(text: str, cue: str) -> None:
    assert not [r for r in places(text) if r.text.startswith(cue)]
