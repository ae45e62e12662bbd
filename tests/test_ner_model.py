"""The shipped NER model: it loads, tags, and keeps its score on camel-split-test.

The floor is pinned just under the shipped tagger's measured score (the CRF + BiLSTM-CRF
ensemble and the document consistency pass: 0.7134 for the files rebuilt in session 13 from
the repository's data, 0.7164 for those of 5a84b68; docs/models.md); the issue's target
(0.78) is not reached yet. Raise
the floor when the model improves, never lower it silently."""

from __future__ import annotations

import pytest

from khabar.ner.tagger import MODEL_DIR, Tagger, get_tagger

#: micro-F1 floor on ANERcorp camel-split-test.txt (measured 0.7134 in session 13, 0.7164 before; target 0.78)
CAMEL_TEST_FLOOR = 0.71


def test_model_files_are_small() -> None:
    total = sum((MODEL_DIR / name).stat().st_size for name in ("ner.crfsuite.gz", "ner.npz", "lexicon.json.gz"))
    assert total < 20_000_000


def test_shipped_model_is_the_ensemble() -> None:
    assert get_tagger().kind == "ensemble"


def test_model_loads_once_per_process() -> None:
    assert get_tagger() is get_tagger()


def test_missing_model_is_a_model_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from khabar.errors import ModelError

    with pytest.raises(ModelError, match="khabar train ner"):
        Tagger(tmp_path)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["وصل", "الوفد", "الى", "باريس", "امس"], ["O", "O", "O", "B-LOC", "O"]),
        (["ذهب", "الولد", "الى", "المدرسة"], ["O", "O", "O", "O"]),
        ([], []),
    ],
)
def test_tag(words: list[str], expected: list[str]) -> None:
    assert get_tagger().tag(words) == expected


def test_camel_split_test_floor(shared_data) -> None:  # type: ignore[no-untyped-def]
    from khabar.eval.ner import score_pooled

    path = shared_data / "ner" / "anercorp" / "camel-split-test.txt"
    result = score_pooled([str(path)])
    assert result["micro_f1"] >= CAMEL_TEST_FLOOR


def test_the_shipped_model_says_what_built_it() -> None:
    # session 13 (ner-13a): the files of 2026-11-25 could not be rebuilt after torch and babel
    # were upgraded, and nothing recorded the versions; meta.json now names them
    import json

    from khabar.ner.train import BUILD_PACKAGES, built_with

    meta = json.loads((MODEL_DIR / "meta.json").read_text())
    assert {"python", "torch", "babel", "numpy", "python-crfsuite"} <= set(meta["built_with"])
    here = built_with()
    assert here["python"].count(".") == 2 and set(here) <= {"python", *BUILD_PACKAGES}
    assert "babel" in here  # a required dependency: always installed
