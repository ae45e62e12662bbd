"""Nested claims: every outer speaker is in the chain, up to ``MAX_OUTER`` outer sources.

A page of many nested quotations (broken or hostile text) must not give each claim a chain
as long as the page: the chain keeps the outermost ``MAX_OUTER`` sources and the claim's own
speaker. Real news nests two to four deep (the longest chain in 500 benchmark articles,
seed 15001, holds 3 sources), so no real chain is cut."""

import pytest

from khabar import analyze
from khabar.claims.base import MAX_OUTER
from khabar.errors import InputError

NESTED = "قال الوزير: «"


@pytest.mark.parametrize(
    ("depth", "expected"),
    [
        (1, [1]),
        (3, [1, 2, 3]),
        (5, [1, 2, 3, 4, 5]),
        (MAX_OUTER + 1, list(range(1, MAX_OUTER + 2))),
        (MAX_OUTER + 6, [*range(1, MAX_OUTER + 2), *[MAX_OUTER + 1] * 5]),
    ],
)
def test_chain_lengths(depth: int, expected: list[int]) -> None:
    claims = analyze(NESTED * depth).claims
    assert [len(c.chain) for c in claims] == expected


def test_a_cut_chain_keeps_the_outermost_source_and_its_own_speaker() -> None:
    claims = analyze(NESTED * (MAX_OUTER + 6)).claims
    deepest = claims[-1]
    assert deepest.chain[0].start == claims[0].speaker.start
    assert deepest.chain[-1].start == deepest.speaker.start


@pytest.mark.parametrize("text", ["الوزير في مكتبه.", "«»", "قال الوزير"])
def test_no_claim(text: str) -> None:
    assert analyze(text).claims == []


def test_an_empty_text_is_an_input_error() -> None:
    with pytest.raises(InputError):
        analyze("")
