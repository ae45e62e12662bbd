"""A list after a singular place cue ends where the sentence goes on (places-8c,
``khabar.places.listed._clause_goes_on``): «منطقة نجران والبالغ عددهم» names no place
«البالغ»; a list that ends at a full stop, a comma, a locative or a relative pronoun keeps
its names, and so does a list announced by a plural or dual cue."""

from __future__ import annotations

import pytest

from _places import places


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a participle, a noun, a title after the last "name": the clause goes on
        ("وقدم الشكر لأمير منطقة نجران والبالغ عددهم مئة مرشح.", "البالغ"),
        ("وشاهد أمير منطقة عسير والحضور عرضا مسرحيا في الحفل.", "الحضور"),
        ("ويربط المشروع في الطائف بين قرية هدبان والشارع المتفرع من الطريق العام.", "الشارع"),
        ("وأشاد بجهود أمير منطقة مكة المكرمة والقيادة الرشيدة في دعم المهرجان.", "القيادة"),
    ],
)
def test_clause_after_the_last_name_is_no_place(text: str, word: str) -> None:
    recs = places(text)
    assert recs  # the sentence's other places are found (review-19a: not vacuous)
    assert word not in [r.text for r in recs]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the list ends at a full stop, a comma, a locative (ب written on the next word)
        ("اقتحمت المقاومة في محافظة البيضاء منطقة طياب والجماجم والسوداء.", "السوداء"),
        ("تقدمت القوات في محافظة البيضاء إلى منطقة طياب والجماجم، وقتل عشرة مسلحين.", "الجماجم"),
        ("سيطرت القوات على منطقة طياب والفيوش بمحافظة لحج.", "الفيوش"),
        # a dual cue announces two names, whatever follows the second
        ("وحضر اللقاء في جدة عمدة حارتي الشام والمظلوم سعيد باعيسى.", "المظلوم"),
    ],
)
def test_list_that_ends_cleanly_keeps_its_names(text: str, word: str) -> None:
    assert word in [r.text for r in places(text)]
