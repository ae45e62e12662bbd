"""The wordfreq bucket feature (``zf=``) and the optional feature groups of a model's meta.json."""

from __future__ import annotations

import gzip
import importlib.util
import json
import math
from pathlib import Path

import pycrfsuite
import pytest

from conftest import require
from khabar.ner.features import FeatureExtractor
from khabar.ner.frequency import FEATURE_NONE, STEP, HashedBuckets, _normalized, bucket_feature
from khabar.ner.lexicon import Lexicon
from khabar.ner.neural_train import keep_feature
from khabar.ner.tagger import Tagger, feature_options
from khabar.normalize import normalize_text


@pytest.fixture(autouse=True)
def _wordfreq_installed() -> None:
    # the feature's optional dependency (khabar[train], khabar[test])
    require(importlib.util.find_spec("wordfreq") is not None, "wordfreq is not installed (pip install wordfreq)")


def _expected(spellings: list[str]) -> str:
    """The bucket through wordfreq's own public lookup: the commonest spelling's
    frequency in centibels, // STEP."""
    from wordfreq import word_frequency

    freqs = [word_frequency(s, "ar", wordlist="large") for s in spellings]
    best = max(freqs)
    return f"zf={round(-100 * math.log10(best)) // STEP}"


@pytest.mark.parametrize(
    ("token", "spellings"),
    [
        ("في", ["في"]),  # the commonest word: bucket 2 (~3% of words)
        ("الرئيس", ["الرئيس"]),
        ("وزارة", ["وزارة"]),
        # khabar's key of several spellings keeps the commonest one's bucket
        ("اوباما", ["أوباما", "اوباما"]),
        ("الي", ["إلى", "الى", "إلي", "الي", "ألى", "ألي", "آلى", "آلي"]),
    ],
)
def test_bucket_of_known_words(token: str, spellings: list[str]) -> None:
    assert bucket_feature(token) == _expected(spellings)


def test_commonest_word_is_in_the_first_buckets() -> None:
    assert bucket_feature("في") == "zf=2"


@pytest.mark.parametrize("token", ["ققققلمز", "xqzvwk", "بببتتتثثث"])
def test_bucket_of_words_the_list_lacks(token: str) -> None:
    assert bucket_feature(token) == FEATURE_NONE


def test_feature_only_with_the_option_and_for_the_token_itself() -> None:
    sent = ["قال", "كازنوف", "في", "باريس"]
    base = FeatureExtractor(Lexicon()).sentence(sent)
    assert not any("zf=" in f for tok in base for f in tok)
    with_zf = FeatureExtractor(Lexicon(), ["wordfreq"]).sentence(sent)
    for word, tok in zip(sent, with_zf, strict=True):
        zf = [f for f in tok if "zf=" in f]
        assert zf == [bucket_feature(word)]  # own bucket only, none of the neighbours'


def test_unknown_feature_group_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown NER feature groups"):
        FeatureExtractor(Lexicon(), ["vectors"])


@pytest.mark.parametrize(("feature", "kept"), [("zf=3", False), ("zf=none", False), ("w=في", True), ("1w=في", False)])
def test_network_skips_the_crf_only_bucket(feature: str, kept: bool) -> None:
    assert keep_feature(feature) is kept


# A toy CRF that can only tell names by frequency: its training words never occur at test
# time, a rare word is a PER and a common one is O.
_RARE = ["كازنوف", "فينغر", "البنزرتي"]  # buckets 14, 11 and 12 (wordfreq 3.1)
_COMMON = ["الرئيس", "وزارة", "الحكومة"]  # bucket 6


def _toy_model(tmp_path: Path, meta: dict[str, object] | None) -> Path:
    fx = FeatureExtractor(Lexicon(), ["wordfreq"])
    trainer = pycrfsuite.Trainer(verbose=False)
    for rare, common in zip(_RARE, _COMMON, strict=True):
        for words, tags in (([rare], ["B-PER"]), ([common], ["O"])):
            # keep the bucket and the bias only: the toy model must not learn the words
            x = [[f for f in tok if f.startswith("zf=") or f == "b"] for tok in fx.sentence(words)]
            trainer.append(x, tags)
    trainer.set_params({"c1": 0.0, "c2": 0.01, "max_iterations": 50})
    trainer.train(str(tmp_path / "m.crfsuite"))
    (tmp_path / "ner.crfsuite.gz").write_bytes(gzip.compress((tmp_path / "m.crfsuite").read_bytes()))
    Lexicon().save(tmp_path / "lexicon.json.gz")
    if meta is not None:
        (tmp_path / "meta.json").write_text(json.dumps(meta))
    return tmp_path


def test_model_with_the_option_reads_the_bucket(tmp_path: Path) -> None:
    tagger = Tagger(_toy_model(tmp_path, {"model": "crf", "features": ["wordfreq"]}))
    assert tagger.features.options == ("wordfreq",)
    # unseen words: a rare transliterated name (bucket 11) and a common noun (bucket 6)
    assert tagger.tag(["شيفروليه"]) == ["B-PER"]
    assert tagger.tag(["المدينة"]) == ["O"]


@pytest.mark.parametrize("meta", [None, {"model": "crf"}])
def test_model_without_the_option_reads_the_base_set(tmp_path: Path, meta: dict[str, object] | None) -> None:
    """An older model (no meta.json, or no ``features`` key) loads with the base features:
    the same tags as before the option existed."""
    model = _toy_model(tmp_path, meta)
    assert feature_options(model) == []
    tagger = Tagger(model)
    assert tagger.features.options == ()
    # without its bucket the toy model sees the bias alone: one tag for every word
    assert tagger.tag(["شيفروليه"]) == tagger.tag(["المدينة"])


@pytest.mark.parametrize(
    "joined",
    [
        "أحمد\nإلى\nآخر\nٱلله\nعلى",  # alef forms, alef maqsura
        "مُحَمَّد\nكـــتاب",  # harakat, tatweel
        "\ufefbخرى\n٢٠١٥\n۱۳۹۴",  # a presentation-form ligature (two letters), Eastern and Persian digits
        "کتاب\u200fی",  # Persian kaf and yeh, a bidi mark
        "في\nالرئيس",  # nothing to change
    ],
)
def test_bucket_keys_are_normalised_as_tokens_are(joined: str) -> None:
    assert _normalized(joined) == normalize_text(joined)


@pytest.mark.parametrize(
    ("listed", "absent"),
    [
        ("g0", "で"),  # same internal bytes (67 30) as a 1-byte and a 2-byte string
        ("A\x06", "ف"),  # «ف» is U+0641: bytes 41 06
    ],
)
def test_words_sharing_internal_bytes_do_not_collide(listed: str, absent: str) -> None:
    table = HashedBuckets.from_items({listed: 3})
    assert table.get(listed) == 3
    assert table.get(absent) is None


def test_hashed_table_keeps_every_word() -> None:
    items = {"في": 2, "الرئيس": 6, "كازنوف": 14}
    table = HashedBuckets.from_items(items)
    assert {w: table.get(w) for w in items} == items
    assert table.get("وزارة") is None
