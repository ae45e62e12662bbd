"""``ActorTable.may_start``: the per-word answer that lets the dictionary matcher skip the
words no table name starts with (cached, bounded); matches are those of trying every word."""

from __future__ import annotations

import pytest

from khabar.entities import tables
from khabar.entities.mentions import dictionary_matches
from khabar.entities.tables import ActorTable, get_table
from khabar.normalize import normalize_text


@pytest.mark.parametrize(("word", "expected"), [
    ("السعودية", True),  # a table name's first word
    ("والسعودية", True),  # behind the conjunction
    ("بالسعودية", True),  # behind a preposition
    ("قال", False),  # starts no name
    ("والكتاب", False),
])
def test_may_start(word: str, expected: bool) -> None:
    assert get_table().may_start(normalize_text(word)) is expected


def test_the_memo_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    table = ActorTable(names={}, max_len=1, heads={}, keys_of={}, nationalities={}, common=set(),
                       descriptors=set(), place_heads=set(), first_max={"السعوديه": 1})
    monkeypatch.setattr(tables, "_STARTS_LIMIT", 1)
    assert table.may_start("السعودية") and not table.may_start("قال")
    assert len(table.starts_memo) == 1
    assert not table.may_start("قال")  # answered again, not remembered


@pytest.mark.parametrize("text", [
    "قال وزير الخارجية السعودي عادل الجبير إن المملكة العربية السعودية ترحب",
    "وصل الوفد الى بغداد قادما من طهران",
    "لا أسماء هنا على الإطلاق",
])
def test_matches_are_those_of_trying_every_word(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    words = normalize_text(text).split()
    got = dictionary_matches(words, get_table())
    monkeypatch.setattr(ActorTable, "may_start", lambda self, w: True)
    assert got == dictionary_matches(words, get_table())
