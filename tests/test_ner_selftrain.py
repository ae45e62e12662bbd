"""Self-training data (khabar.ner.selftrain): which pseudo-labelled sentences are kept, and
the unannotated documents they come from."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.ner.selftrain import DOC_SENTENCES, confident, pseudo_label, unlabelled_documents

PER = ["O", "B-PER", "I-PER", "O", "O", "B-LOC"]
SURE = [1.0, 0.95, 0.97, 1.0, 0.99, 0.92]


@pytest.mark.parametrize(
    ("ensemble", "crf", "neural", "marginals", "expected"),
    [
        (PER, PER, PER, SURE, True),
        # an organisation counts as a person does
        (["O", "B-ORG", "I-ORG", "O", "O", "O"], ["O", "B-ORG", "I-ORG", "O", "O", "O"],
         ["O", "B-ORG", "I-ORG", "O", "O", "O"], SURE, True),
        # the CRF alone or the neural tagger alone disagrees
        (PER, ["O", "B-PER", "O", "O", "O", "B-LOC"], PER, SURE, False),
        (PER, PER, ["O", "B-ORG", "I-ORG", "O", "O", "B-LOC"], SURE, False),
        # the CRF is unsure of an entity token
        (PER, PER, PER, [1.0, 0.95, 0.6, 1.0, 0.99, 0.92], False),
        # ... but not of an outside token: that does not matter
        (PER, PER, PER, [0.5, 0.95, 0.97, 1.0, 0.99, 0.92], True),
        # places only, or no entity
        (["O", "B-LOC", "O", "O", "O", "O"], ["O", "B-LOC", "O", "O", "O", "O"],
         ["O", "B-LOC", "O", "O", "O", "O"], SURE, False),
        (["O"] * 6, ["O"] * 6, ["O"] * 6, SURE, False),
        # too short
        (["B-PER", "O"], ["B-PER", "O"], ["B-PER", "O"], [1.0, 1.0], False),
    ],
)
def test_confident(ensemble: list[str], crf: list[str], neural: list[str], marginals: list[float],
                   expected: bool) -> None:
    assert confident(ensemble, crf, neural, marginals) is expected


def test_pseudo_label_keeps_only_confident_sentences() -> None:
    from khabar.ner.tagger import MODEL_DIR, Tagger

    tagger = Tagger(MODEL_DIR)
    if tagger.kind != "ensemble":
        pytest.skip("the shipped model is no ensemble")
    doc = [
        ["وقال", "الرئيس", "الامريكي", "باراك", "اوباما", "في", "واشنطن", "ان", "المحادثات", "مستمرة"],
        ["وصل", "الوفد", "امس"],  # too short, no name
        ["ارتفعت", "درجات", "الحرارة", "في", "معظم", "المناطق", "اليوم"],  # no person or organisation
    ]
    got = pseudo_label(tagger, [doc, []])
    assert len(got) == 1
    (words, tags), = got[0]
    assert words == doc[0]
    assert tags[3:5] == ["B-PER", "I-PER"]


def test_unlabelled_documents_are_tokenised_news(shared_data: Path) -> None:
    first = next(unlabelled_documents(shared_data))
    assert 0 < len(first) <= DOC_SENTENCES
    assert all(isinstance(w, str) and w for s in first for w in s)
