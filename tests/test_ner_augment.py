"""khabar.ner.augment: mention replacement (proclitics kept, the fold's label memory never
in a new name, deterministic copies) and its training rows (khabar.ner.train)."""

from __future__ import annotations

import pytest

from khabar.ner.augment import (
    Augmenter,
    applies,
    attach,
    bare_name,
    list_names,
    mention_names,
    rewrite,
)
from khabar.ner.features import FeatureExtractor
from khabar.ner.lexicon import Lexicon
from khabar.ner.train import featurize, featurize_with_copies

KNOWN = {"لبنان", "ايران", "العراق", "بغداد"}


@pytest.mark.parametrize(("first", "expected"), [
    ("وايران", ("و", "ايران")),        # conjunction on a known name
    ("بلبنان", ("ب", "لبنان")),        # preposition on a known name
    ("وبالعراق", ("وب", "العراق")),    # with the article: split_clitics decides
    ("للحكومة", ("ل", "الحكومة")),     # ل + ال written لل
    ("بغداد", ("", "بغداد")),          # a name starting with a clitic letter stays whole
    ("بوش", ("", "بوش")),              # the rest is not a known name
])
def test_bare_name(first: str, expected: tuple[str, str]) -> None:
    assert bare_name(first, KNOWN) == expected


@pytest.mark.parametrize(("pre", "first", "expected"), [
    ("و", "ايران", "وايران"),
    ("ل", "الحكومة", "للحكومة"),
    ("وب", "العراق", "وبالعراق"),
    ("", "بغداد", "بغداد"),
])
def test_attach(pre: str, first: str, expected: str) -> None:
    assert attach(pre, first) == expected


def test_rewrite_keeps_the_proclitic_and_retags_the_span() -> None:
    sent = (["زار", "وايران", "امس"], ["O", "B-LOC", "O"])
    assert rewrite(sent, [("LOC", 1, 1)], [("كوريا", "الجنوبية")], KNOWN) == (
        ["زار", "وكوريا", "الجنوبية", "امس"], ["O", "B-LOC", "I-LOC", "O"])


def test_rewrite_two_spans_from_the_right() -> None:
    sent = (["قال", "جورج", "بوش", "في", "بغداد"], ["O", "B-PER", "I-PER", "O", "B-LOC"])
    got = rewrite(sent, [("PER", 1, 2), ("LOC", 4, 4)], [("رايس",), ("دمشق",)], KNOWN)
    assert got == (["قال", "رايس", "في", "دمشق"], ["O", "B-PER", "O", "B-LOC"])


def test_mention_names_strip_proclitics() -> None:
    sents = [(["زار", "لبنان", "وايران"], ["O", "B-LOC", "B-LOC"]),
             (["قال", "وجورج", "بوش"], ["O", "B-PER", "I-PER"]),
             (["ايران", "كبيرة"], ["B-LOC", "O"])]
    got = mention_names(sents)
    assert got["LOC"] == [("ايران",), ("لبنان",)]
    assert got["PER"] == [("وجورج", "بوش")]  # «جورج» is no known first token: kept whole
    assert got["ORG"] == [] and got["MISC"] == []


def test_list_names_keep_written_forms_only() -> None:
    lex = Lexicon()
    lex.add_words("city", ["القاهرة", "وهران"])
    lex.phrases = {"سان ميغيل ، بوينس ايرس": "LOC", "ابو ظبي": "LOC", "الامم المتحدة": "ORG"}
    got = list_names(lex, [("الخطيب", 1, 5), ("محمد", 9, 0)], [("حزب الله", "ORG"), ("هادي", "PER")])
    assert got["LOC"] == [("ابو", "ظبي"), ("القاهرة",), ("وهران",)]  # no «قاهرة», «هران», no punctuation
    assert got["ORG"] == [("حزب", "الله")]
    assert got["PER"] == [("الخطيب",)]  # surnames; given names are added when copies are made
    assert got["MISC"] == []


SENTS = [
    (["قال", "كوفي", "انان", "في", "نيويورك"], ["O", "B-PER", "I-PER", "O", "B-LOC"]),
    (["وصل", "الوزير", "الى", "بيروت"], ["O", "O", "O", "B-LOC"]),
    (["ارتفعت", "الاسعار", "امس"], ["O", "O", "O"]),
]
POOLS = {"PER": [("سولانا",), ("كوفي", "انان")], "LOC": [("دمشق",), ("نيويورك",)], "ORG": [], "MISC": []}


def test_copies_never_use_a_memory_name() -> None:
    aug = Augmenter(POOLS, copies=3, p=1.0, seed=1, known=set())
    memory = {"انان": "PER", "نيويورك": "LOC"}
    copies = aug.augment(SENTS, memory, fold=0)
    # three copies of each sentence holding a name, none of the third; «كوفي انان» holds
    # the memory's «انان», so «سولانا» is the one free person name
    assert copies == [(["قال", "سولانا", "في", "دمشق"], ["O", "B-PER", "O", "B-LOC"])] * 3 + [
        (["وصل", "الوزير", "الى", "دمشق"], ["O", "O", "O", "B-LOC"])] * 3


def test_copies_without_a_free_name_are_not_made() -> None:
    aug = Augmenter(POOLS, copies=1, p=1.0, seed=1, known=set())
    memory = {"سولانا": "PER", "كوفي انان": "PER", "دمشق": "LOC", "نيويورك": "LOC"}
    assert aug.augment(SENTS, memory, fold=0) == []


def test_copies_are_deterministic_and_differ_by_fold() -> None:
    aug = Augmenter({"PER": [(f"اسم{i}",) for i in range(50)], "LOC": [], "ORG": [], "MISC": []},
                    types=("PER",), copies=2, seed=7)
    a = aug.augment(SENTS, {}, fold=0)
    assert a == aug.augment(SENTS, {}, fold=0)
    assert a != aug.augment(SENTS, {}, fold=1)
    assert [t for _, t in a] == [["O", "B-PER", "O", "B-LOC"]] * 2  # only PER replaced


def test_types_limit_what_is_replaced() -> None:
    aug = Augmenter(POOLS, types=("ORG",), copies=1, seed=1)
    assert aug.augment(SENTS, {}, fold=0) == []


def test_featurize_with_copies_appends_the_copies() -> None:
    fx = FeatureExtractor(Lexicon())
    sents = SENTS * 4
    aug = Augmenter(POOLS, copies=1, p=1.0, seed=1, known=set())
    rows, feats = featurize_with_copies(sents, fx, aug, folds=2)
    assert rows[:len(sents)] == sents
    assert len(rows) == len(feats) > len(sents)
    assert feats[:len(sents)] == featurize(sents, fx, folds=2)
    assert featurize_with_copies(sents, fx, None, folds=2) == (sents, featurize(sents, fx, folds=2))


@pytest.mark.parametrize(("spec", "expected"), [
    ('{"sources": ["train"], "copies": 2}', {"sources": ["train"], "copies": 2}),
    ('{"sources": ["lists", "train"], "types": ["PER", "ORG"]}', {"sources": ["lists", "train"], "types": ["PER", "ORG"]}),
    ('{"types": ["PER", "ORG"], "models": ["net"]}', {"types": ["PER", "ORG"], "models": ["net"]}),
    ("none", None),
])
def test_cli_augment_settings(spec: str, expected: dict[str, object] | None) -> None:
    from khabar.cli.train import _augment_settings

    assert _augment_settings(spec) == expected


@pytest.mark.parametrize("spec", ['{"source": ["train"]}', '{"sources": ["wiki"]}', "[1]", "{copies: 1}",
                                  '{"models": ["lstm"]}'])
def test_cli_augment_settings_rejects(spec: str) -> None:
    import click

    from khabar.cli.train import _augment_settings

    with pytest.raises(click.BadParameter):
        _augment_settings(spec)


@pytest.mark.parametrize(("settings", "model", "expected"), [
    ({"sources": ["train"]}, "crf", True),            # both models by default
    ({"sources": ["train"]}, "net", True),
    ({"models": ["net"]}, "crf", False),              # the network only
    ({"models": ["net"]}, "net", True),
    (None, "net", False),
    ({}, "crf", False),
])
def test_applies(settings: dict[str, object] | None, model: str, expected: bool) -> None:
    assert applies(settings, model) is expected
