"""Helpers of the NER tests (test_ner_crf_marginals.py, test_ner_speed.py): a toy tagged corpus
and a tiny CRF trained on it with the real feature extractor, so the tests need no shipped model."""

from __future__ import annotations

from pathlib import Path

import pycrfsuite

from khabar.ner.features import FeatureExtractor

TAGS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]

TRAIN = [
    (["قال", "الرئيس", "بشار", "الاسد", "في", "دمشق"], ["O", "O", "B-PER", "I-PER", "O", "B-LOC"]),
    (["وصل", "الوفد", "الى", "بغداد", "امس"], ["O", "O", "O", "B-LOC", "O"]),
    (["اعلنت", "وزارة", "الخارجية", "الاردنية"], ["O", "B-ORG", "I-ORG", "I-ORG"]),
    (["قال", "محمد", "في", "عمان"], ["O", "B-PER", "O", "B-LOC"]),
]


def train_crf(fx: FeatureExtractor, folder: Path, iterations: int) -> pycrfsuite.Tagger:
    """A CRF trained on ``TRAIN`` with ``fx``'s features (the model file goes in ``folder``)."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for x, (_, tags) in zip(fx.document([w for w, _ in TRAIN]), TRAIN, strict=True):
        trainer.append(x, tags)
    trainer.set_params({"c2": 0.1, "max_iterations": iterations, "feature.possible_transitions": True})
    path = folder / "m.crfsuite"
    trainer.train(str(path))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger
