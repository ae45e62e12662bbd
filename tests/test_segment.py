"""Sentences and tokens: (text, expected) tables."""

from __future__ import annotations

import pytest

from khabar.segment import clitic_candidates, split_clitics, split_sentences, tokenize


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قال الوزير. وأضاف المتحدث.", ["قال الوزير.", "وأضاف المتحدث."]),
        ("هل انتهت الحرب؟ لا أحد يعرف!", ["هل انتهت الحرب؟", "لا أحد يعرف!"]),
        ("الفقرة الأولى\nالفقرة الثانية", ["الفقرة الأولى", "الفقرة الثانية"]),
        # no split inside a quotation, even across sentence ends
        ("قال: «الوضع خطير. نحتاج المساعدة». ثم غادر.", ["قال: «الوضع خطير. نحتاج المساعدة».", "ثم غادر."]),
        ("قال “لن ننسحب. أبداً” وغادر.", ["قال “لن ننسحب. أبداً” وغادر."]),
        # decimals and one-letter abbreviations are not sentence ends
        ("ارتفع بنسبة 3.5 في المئة. ثم تراجع.", ["ارتفع بنسبة 3.5 في المئة.", "ثم تراجع."]),
        ("قال د. محمد إن الأمر انتهى.", ["قال د. محمد إن الأمر انتهى."]),
        # an unclosed quote cannot swallow the rest of the article
        ("قال «لن. وهنا جملة.\nفقرة أخرى.", ["قال «لن.", "وهنا جملة.", "فقرة أخرى."]),
        ("   ", []),
        ("", []),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال: 1,500.5 دولار", ["وقال", ":", "1,500.5", "دولار"]),
        ("(رويترز) - أ ف ب", ["(", "رويترز", ")", "-", "ا", "ف", "ب"]),
        ("«نحن هنا»", ["«", "نحن", "هنا", "»"]),
        ("Reuters قال", ["Reuters", "قال"]),
        ("", []),
    ],
)
def test_tokenize(text: str, expected: list[str]) -> None:
    from khabar.normalize import normalize_text

    norm = normalize_text(text)
    assert [t for t, _, _ in tokenize(norm)] == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("وبالمدينة", ("وبال", "مدينة")),
        ("للحكومة", ("لل", "حكومة")),
        ("والجيش", ("وال", "جيش")),
        ("وزير", ("", "وزير")),  # starts with و but carries no clitic
        ("بيروت", ("", "بيروت")),
        ("قال", ("", "قال")),
    ],
)
def test_split_clitics(word: str, expected: tuple[str, str]) -> None:
    assert split_clitics(word) == expected


def test_clitic_candidates_start_with_the_whole_word() -> None:
    cands = clitic_candidates("وقالت")
    assert cands[0] == ("", "وقالت", "")
    assert ("و", "قالت", "") in cands
