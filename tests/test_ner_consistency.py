"""Document-level consistency of the tagger's output (khabar.ner.consistency)."""

from __future__ import annotations

import pytest

from khabar.ner.consistency import propagate


def _doc(*sents: str) -> list[list[str]]:
    return [s.split() for s in sents]


def _tags(*sents: str) -> list[list[str]]:
    return [s.split() for s in sents]


@pytest.mark.parametrize(
    ("sents", "tags", "expected"),
    [
        # a surname alone, missed in a later sentence
        (_doc("قال المدرب جوزيه امس", "ويخشي جوزيه الخسارة"),
         _tags("O O B-PER O", "O O O"),
         _tags("O O B-PER O", "O B-PER O")),
        # a two-token name missed later
        (_doc("وصل بان كي مون", "وقال بان كي مون"),
         _tags("O B-PER I-PER I-PER", "O O O O"),
         _tags("O B-PER I-PER I-PER", "O B-PER I-PER I-PER")),
    ],
)
def test_fill_missed_occurrences(sents, tags, expected) -> None:  # type: ignore[no-untyped-def]
    assert propagate(sents, tags) == expected


@pytest.mark.parametrize(
    ("sents", "tags", "expected"),
    [
        # a missed occurrence takes the type the document gives the name most often
        (_doc("فاز بنفيكا", "خسر بنفيكا", "ملعب بنفيكا", "امام بنفيكا"),
         _tags("O B-ORG", "O B-ORG", "O B-LOC", "O O"),
         _tags("O B-ORG", "O B-ORG", "O B-LOC", "O B-ORG")),
        (_doc("قال شالوم", "اكد شالوم", "زار شالوم", "ورد شالوم"),
         _tags("O B-PER", "O B-LOC", "O B-PER", "O O"),
         _tags("O B-PER", "O B-LOC", "O B-PER", "O B-PER")),
    ],
)
def test_fill_takes_the_majority_type(sents, tags, expected) -> None:  # type: ignore[no-untyped-def]
    assert propagate(sents, tags) == expected


@pytest.mark.parametrize(
    ("sents", "tags"),
    [
        # nothing tagged: nothing to spread
        (_doc("ذهب الولد الى المدرسة", "ثم عاد"), _tags("O O O O", "O O")),
        # tags already given are kept, even against the document's majority
        (_doc("فاز بنفيكا", "خسر بنفيكا", "ملعب بنفيكا"), _tags("O B-ORG", "O B-ORG", "O B-LOC")),
        # a name is filled only over untagged tokens (not inside a longer entity)
        (_doc("قال جوزيه", "ملعب جوزيه الفا"), _tags("O B-PER", "O B-LOC I-LOC")),
        # a token with a proclitic is left to the entities step (it strips the clitic)
        (_doc("في افغانستان امس", "الجيش الاميركي بافغانستان"), _tags("O B-LOC O", "O O O")),
        (_doc("حزب الليكود قرر", "وقال ان والليكود"), _tags("O B-ORG O", "O O O")),
    ],
)
def test_nothing_changes(sents, tags) -> None:  # type: ignore[no-untyped-def]
    assert propagate(sents, tags) == tags


def test_input_tags_are_not_modified() -> None:
    tags = _tags("O B-PER", "O O")
    propagate(_doc("قال جوزيه", "اكد جوزيه"), tags)
    assert tags == _tags("O B-PER", "O O")
