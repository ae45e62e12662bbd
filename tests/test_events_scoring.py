"""The 645-sentence scorer's token matching (khabar.eval.events): folding before splitting."""

from __future__ import annotations

import pytest

from khabar.eval.events import gold_tokens, overlaps, words
from khabar.schema import Span


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قُتل", ["قتل"]),  # harakat do not split a word
        ("احتجاجًا", ["احتجاجا"]),
        ("المسؤولية", ["المسووليه"]),
        ("", []),
    ],
)
def test_words_are_folded_before_splitting(text: str, expected: list[str]) -> None:
    assert words(text) == expected


def test_gold_bag_drops_prepositions_and_one_letter_tokens() -> None:
    assert gold_tokens("في قصف و القوات") == {"قصف", "القوات"}


@pytest.mark.parametrize(
    ("span_text", "gold", "expected"),
    [
        ("قُتل", "قتل", True),
        ("وقتل", "قتل", False),  # whole words only: a clitic makes another token
        ("هجوم", "مقتل", False),
    ],
)
def test_overlap(span_text: str, gold: str, expected: bool) -> None:
    assert overlaps(Span(text=span_text, start=0, end=len(span_text)), gold_tokens(gold)) is expected
