"""Arabic normalisation: (text, expected) tables, and offsets that map back exactly."""

from __future__ import annotations

import pytest

from khabar.normalize import dediac, fold, normalize, normalize_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أحمد إبراهيم آمال ٱلله", "احمد ابراهيم امال الله"),  # alef forms
        ("مستشفى على", "مستشفي علي"),  # alef maqsura
        ("قَالَ الرَّئِيسُ", "قال الرئيس"),  # harakat
        ("الـــرئيس", "الرئيس"),  # tatweel
        ("٢٠٢٤ و۱۲", "2024 و12"),  # Eastern Arabic and Persian digits
        ("٣٫٥ و١٬٥٠٠", "3.5 و1,500"),  # Arabic decimal and thousands separators
        ("قال\u00a0الوزير", "قال الوزير"),  # NBSP
        ("\u200fقال\u200e الوزير", "قال الوزير"),  # bidi marks
        ("ﻻ ﷲ", "لا الله"),  # presentation forms (lam-alef, Allah ligature)
        ("کتاب یوم", "كتاب يوم"),  # Persian kaf and yeh
        ("مدرسة مؤتمر", "مدرسة مؤتمر"),  # taa marbuta and hamza seats kept
        ("", ""),
        ("plain ascii 123", "plain ascii 123"),  # nothing to do
    ],
)
def test_normalize_text(text: str, expected: str) -> None:
    assert normalize(text).text == expected
    assert normalize_text(text) == expected


@pytest.mark.parametrize(
    "text",
    ["قَالَ الرَّئِيسُ إنَّ ٢٠ ألفاً\u200f فرّوا", "ﻻ أحد ﻷن", "الـــرئيس\u00a0قال", "abc"],
)
def test_every_word_maps_back_to_its_original(text: str) -> None:
    n = normalize(text)
    for word in n.text.split():
        i = n.text.index(word)
        s, e = n.span_to_original(i, i + len(word))
        assert normalize_text(text[s:e]).strip() == word


def test_span_keeps_trailing_harakat_not_bidi_marks() -> None:
    text = "ألفاً\u200f أمس"
    n = normalize(text)
    s, e = n.span_to_original(0, 4)  # "الفا"
    assert text[s:e] == "ألفاً"


def test_identity_when_nothing_changes_length() -> None:
    assert normalize("احمد ٢٠").starts is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("الجَزِيرَة", "الجزيره"), ("مؤتمر  هيئة", "موتمر هييه"), ("أ ف ب", "ا ف ب")],
)
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


def test_dediac_keeps_letters() -> None:
    assert dediac("مُحَمَّد") == "محمد"
