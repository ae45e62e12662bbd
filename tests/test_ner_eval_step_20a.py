"""``khabar.eval.ner.entities_step_tags``: the mentions analyze's entities step keeps, as
IOB tags over the corpus tokens (docs/models.md, "Session 20: the entities step on ANERcorp";
``python -m khabar.ner.devfold steps`` scores them on a dev fold)."""

from __future__ import annotations

import pytest

from khabar.eval.ner import entities_step_tags
from khabar.normalize import normalize_text


def _sents(text: str) -> list[list[str]]:
    return [[normalize_text(w) for w in line.split()] for line in text.split("\n")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no name: nothing
        ("ذهب الولد الى المدرسة صباحا .", [["O", "O", "O", "O", "O", "O"]]),
        # tagger: a person and a place
        ("قال الرئيس بشار الأسد في دمشق .", [["O", "O", "B-PER", "I-PER", "O", "B-LOC", "O"]]),
        # actor table; a mention that leaves out a proclitic covers the whole token
        ("قالت الأمم المتحدة ان اللاجئين وصلوا وبغداد .",
         [["O", "B-ORG", "I-ORG", "O", "O", "O", "B-LOC", "O"]]),
        # one sense per article: the surname alone in the next sentence
        ("قال الرئيس الفرنسي جاك شيراك أمس .\nوأضاف شيراك انه سيزور لبنان .",
         [["O", "O", "O", "B-PER", "I-PER", "O", "O"], ["O", "B-PER", "O", "O", "B-LOC", "O"]]),
        # the table's span and type, not ANERcorp's: «جيش إسرائيل» is one ORG
        ("قالت وكالة رويترز ان جيش إسرائيل قصف غزة .",
         [["O", "B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "O", "B-LOC", "O"]]),
    ],
)
def test_entities_step_tags(text: str, expected: list[list[str]]) -> None:
    assert entities_step_tags(_sents(text)) == expected


def test_entities_step_tags_wants_normalised_tokens() -> None:
    with pytest.raises(ValueError, match="normalised"):
        entities_step_tags([["ذهب", "إلى", "بغداد"]])  # «إلى» normalises to «الي»
