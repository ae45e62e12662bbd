"""Romanisation of person names (ner-12a, session 12): the joined «عبد» unit, the fixes of
common table words, names the table knows (unchanged), inputs that must stay empty, and the
learned letter-context tree of ``scripts/romanizer_tree.py`` (measured, not wired in)."""

from __future__ import annotations

from pathlib import Path

import pytest

from _scripts import script_module
from khabar.entities import romanize
from khabar.entities.romanize import romanize_name
from khabar.entities.tables import person_names

translit = script_module("romanizer_tree")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # the table knows every word: unchanged
        ("بشار الأسد", "Bashar al-Assad"),
        ("عبد الله", "Abdullah"),
        ("محمد", "Mohamed"),
        ("عبد العزيز", "Abdulaziz"),
        ("عبدالله", "Abdullah"),
        # «عبد» written joined to the unit the table knows
        ("عبدالعزيز", "Abdulaziz"),
        ("عبداللطيف", "Abdellatif"),
        ("حسين عبدالغني", "Hussein Abdelghani"),
        # common words whose table spelling read wrong
        ("فيصل بن عبدالعزيز", "Faisal bin Abdulaziz"),
        ("سلطان بن سلمان", "Sultan bin Salman"),
        ("أسامة بن لادن", "Osama bin Laden"),
        ("فلاديمير بوتين", "Vladimir Putin"),
        ("تركي الفيصل", "Turki Al-Faisal"),
    ],
)
def test_romanize_name(name: str, expected: str) -> None:
    assert romanize_name(name) == expected


@pytest.mark.parametrize("name", ["", " ", "\u200f", "\u0640"])
def test_romanize_empty_stays_empty(name: str) -> None:
    assert romanize_name(name) == ""


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        # «عبد» + a rest the table has no unit for: no unit, letter by letter
        ("عبدزقزق", "Abdzqzq"),
        # too short to be «عبد» + a name
        ("عبدك", "Abdk"),
    ],
)
def test_joined_abd_needs_a_known_unit(word: str, expected: str) -> None:
    assert romanize_name(word) == expected


def test_fixes_replace_only_their_words() -> None:
    table, fixed = person_names(), romanize.name_table()
    changed = {k for k in fixed if fixed[k] != table.get(k)}
    # names-12b's builder spells الفيصل رضا عبده السلام الثبيتي right itself; it added the rest
    assert changed == {"بن", "سلطان", "بوتين", "ابي", "لادن", "بوش", "فرانك", "هاري", "بنت", "ابا",
                       "بارك", "سينا", "بن سعد", "عبد العزيز"}


@pytest.mark.parametrize(
    ("word", "i", "expected"),
    [
        ("محمد", 0, "م#ح#م#د"),
        ("محمد", 3, "دم#ح#م#"),
        ("بن", 1, "نب#####"),
    ],
)
def test_features(word: str, i: int, expected: str) -> None:
    assert translit.features(word, i) == expected


_TREE = {"م": "m", "م#": "mo", "ح": "h", "حم": "ha", "د": "d", "دم": "ed"}


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("محمد", "Mohamed"),  # every letter from its deepest stored context
        ("دم", "Dm"),  # «د» with no left neighbour: the node «دم» (left = م) does not match
        ("", None),  # nothing to spell
        ("مخ", None),  # a letter the tree never saw: the caller falls back
    ],
)
def test_romanizer(word: str, expected: str | None) -> None:
    assert translit.Romanizer(_TREE)(word) == expected


def test_model_file_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "tree.tsv"
    translit.write_model(_TREE, path)
    assert translit.read_model(path) == _TREE
    assert path.read_text(encoding="utf-8").startswith("# Learned romaniser")


def test_fresh_names_list_is_stand_off() -> None:
    path = Path(__file__).parent / "data" / "romanize_fresh_12a.tsv"
    rows = [ln.split("\t") for ln in path.read_text(encoding="utf-8").splitlines()
            if ln and not ln.startswith(("#", "id\t"))]
    assert len(rows) == 50
    assert all(r[0].startswith(("saudinewsnet-", "ant-")) and len(r) == 3 for r in rows)


def _build():
    from tests._scripts import script_module

    return script_module("build_romanizer")


def test_build_split_is_seeded_and_keeps_rows_whole() -> None:
    b = _build()
    rows = {f"ا{i}": "a" for i in range(30)} | {"عبد الله": "abdullah"}
    train, test = b.split(rows)
    assert (train, test) == b.split(dict(reversed(rows.items())))
    assert len(test) == 3 and sorted(train + test) == sorted(rows)


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ({"الحسيني": "al-husseini"}, [("حسيني", "husseini")]),  # the article cut from both
        ({"الحسيني": "husseini"}, [("الحسيني", "husseini")]),  # no Latin article: kept whole
        ({"عبد الله": "abdullah"}, []),  # word counts differ: no pair
        ({"عمر": "omar bin"}, []),
        ({"ب": "abcdefg"}, []),  # longer than 3 Latin letters an Arabic letter
    ],
)
def test_build_training_words(rows: dict[str, str], expected: list) -> None:
    assert _build().training_words(rows, sorted(rows)) == expected


def test_build_alignment_and_tree() -> None:
    b = _build()
    pairs = [("بكر", "bakr"), ("كرم", "karam"), ("بدر", "badr"), ("مكرم", "makram")] * 3
    prob = b.em(pairs, iterations=5)
    assert b.viterbi("بكر", "bakr", prob) in (["ba", "k", "r"], ["b", "ak", "r"])
    assert b.viterbi("بكر", "bakrbakrbakr", prob) is None  # over 3 Latin letters a letter
    tree = b.tree(pairs, prob, min_count=1)
    assert translit.Romanizer(tree)("بكر") == "Bakr"


@pytest.mark.parametrize(("x", "y", "d"), [("", "", 0), ("omar", "omar", 0), ("omar", "umar", 1), ("", "abc", 3)])
def test_build_edit_distance(x: str, y: str, d: int) -> None:
    assert _build().edit_distance(x, y) == d
