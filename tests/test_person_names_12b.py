"""The person-name table's Latin spellings (names-12b, session 12): how
``khabar.ner.build.extract_person_names`` picks a spelling per folded Arabic unit (counts summed
over Wikidata rows, shapes that cannot belong to the unit dropped, Arab countries' rows first),
the rebuilt table (keys and given/surname counts unchanged), and the fixes file."""

from __future__ import annotations

import csv
import hashlib
import sqlite3
from pathlib import Path

import pytest

from khabar.entities import romanize
from khabar.entities.romanize import romanize_name
from khabar.ner.build import DATA_PKG, _choose_spelling, _fits, extract_person_names


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # ner-12a's ten words: five now right from the builder, five still from the fixes file
        ("الفيصل", "Al-Faisal"),  # was "bin Faisal" (one SA row of 4 outranked the rest)
        ("رضا", "Reda"),  # was "Rezaul" (رضاء, which folds alike, overwrote Ridha)
        ("عبده", "Abdou"),  # was "Abdh" (one YE row of 10)
        ("السلام", "Al-Salam"),  # was "Al-Abduassalam"
        ("الثبيتي", "ath-Thubaity"),  # was "Al-Otaibi" (a tie, now broken on the consonants)
        ("بن", "bin"),  # fixes file: Wikidata's only rows are "Ben-Haim"
        ("سلطان", "Sultan"),  # fixes file: no "Sultan" row at all
        ("بوتين", "Putin"),
        ("ابي", "Abi"),
        ("لادن", "Laden"),
        # the builder: summed counts and Arab rows first
        ("جمال", "Jamal"),
        ("هشام", "Hisham"),
        ("محمدرضا", "Mohammad-Reza"),  # Mohammad-Reza + Mohammadreza outvote "Mohammad"
        ("البكري", "al-Bakri"),
        ("عايد", "Ayed"),
        # unchanged
        ("بشار الأسد", "Bashar al-Assad"),
        ("محمد", "Mohamed"),
        ("فيصل بن عبدالعزيز", "Faisal bin Abdulaziz"),
        ("مفرج بن سعد", "Mfrj bin Saad"),
        # fixes found by names-12b
        ("جورج بوش", "George Bush"),
        ("هاري كين", "Harry Kane"),
    ],
)
def test_spelling(name: str, expected: str) -> None:
    assert romanize_name(name) == expected


@pytest.mark.parametrize(
    ("key", "latin", "fits"),
    [
        ("بن", "Ben-Haim", False),  # two names for one short word
        ("سلطان", "Al-Sharji", False),  # an article the Arabic lacks
        ("الفيصل", "bin Faisal", False),  # two words for one
        ("الحق", "Ijaz-ul-Haq", False),  # too long for two letters
        ("الكريم", "Rezaul Karim", False),
        ("سلطان", "", False),  # nothing
        ("سلطان", "Soltan", True),
        ("الفيصل", "Al-Faisal", True),
        ("الفيصل", "al Faisal", True),
        ("الخطيب", "Khatib", True),  # the article may be left out
        ("محمدرضا", "Mohammad-Reza", True),  # a joined compound may be hyphenated
        ("عبد الله", "Abd Allah", True),
        ("عبد الله", "Abdullah", True),
    ],
)
def test_fits(key: str, latin: str, fits: bool) -> None:
    assert _fits(key, latin) is fits


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # summed over rows: three rows of Reda/Réda beat the single biggest row (Ridha)
        ([("رضا", "Ridha", True, 85), ("رضا", "Reda", True, 37), ("رضا", "Reda", True, 25),
          ("رضا", "Réda", True, 30)], "Reda"),
        # Arab countries' rows first
        ([("رضا", "Reza", False, 382), ("رضا", "Ridha", True, 85)], "Ridha"),
        # a shape that does not fit loses even with the larger count
        ([("بن", "Ben-Haim", True, 5), ("بن", "Ben", True, 1)], "Ben"),
        # when nothing fits, the rows are counted all the same
        ([("بن", "Ben-Haim", True, 2)], "Ben-Haim"),
        # the unaccented, not all-capital written form of the winner
        ([("فارس", "Farès", True, 3), ("فارس", "Fares", True, 1)], "Fares"),
        ([("مغربي", "MAGHRABY", True, 3), ("مغربي", "Maghraby", True, 1)], "Maghraby"),
        # a tie goes to the spelling whose consonants match the Arabic
        ([("الثبيتي", "Al-Otaibi", True, 1), ("الثبيتي", "ath-Thubaity", True, 1)], "ath-Thubaity"),
    ],
)
def test_choose_spelling(rows: list[tuple[str, str, bool, int]], expected: str) -> None:
    assert _choose_spelling(rows) == expected


def _db(path: Path, rows: list[tuple[str, str, str, str, int, str]]) -> Path:
    con = sqlite3.connect(path)
    con.execute("create table units (arabic_key text, latin text, latin_lang text, country text,"
                " role text, count integer, source text)")
    con.executemany("insert into units values (?, ?, '', ?, ?, ?, ?)", rows)
    con.commit()
    con.close()
    return path


def _read(path: Path) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def test_extract_person_names(tmp_path: Path) -> None:
    db = _db(tmp_path / "n.sqlite3", [
        ("رضا", "Ridha", "TN", "given", 85, "wikidata"),
        ("رضا", "Reda", "EG", "given", 60, "wikidata"),
        ("رضا", "Reda", "MA", "surname", 40, "wikidata"),
        ("رضاء", "Rezaul", "PK", "given", 1, "wikidata"),  # folds like رضا: shares its spelling
        ("سعيد", "Said", "DZ", "given", 9, "dzirinames"),  # not Wikidata: ignored
        ("چمران", "Chamran", "IR", "surname", 5, "wikidata"),  # Persian letters: no row
        ("سلطان", "   ", "OM", "surname", 2, "wikidata"),  # no spelling: no row
    ])
    out = tmp_path / "p.tsv"
    assert extract_person_names(db, out) == 2
    assert _read(out) == [
        {"arabic": "رضا", "latin": "Reda", "given": "145", "surname": "40"},
        {"arabic": "رضاء", "latin": "Reda", "given": "1", "surname": "0"},
    ]


def test_table_keys_and_counts_unchanged() -> None:
    """Only the latin column changed in session 12: the NER lexicon reads the rest."""
    rows = _read(DATA_PKG / "person_names.tsv")
    text = "".join(f"{r['arabic']}\t{r['given']}\t{r['surname']}\n" for r in rows)
    assert len(rows) == 26442
    assert hashlib.sha1(text.encode()).hexdigest() == "b30c256edb28ceec1edb420923267cc6fd19169e"


def test_fixes_differ_from_the_table() -> None:
    """Each fix names the table's current spelling, and that spelling is not the fix."""
    table = romanize.person_names()
    rows = _read(DATA_PKG / "person_name_fixes.tsv")
    assert rows
    for r in rows:
        assert table[r["arabic"]] == r["table"] != r["latin"], r["arabic"]
