"""The claim-cue lexicon: generated forms, proclitics, and what must stay out of it."""

from __future__ import annotations

import pytest

from khabar.claims.lexicon import lexicon
from khabar.normalize import normalize_text
from khabar.schema import CERTAINTIES

FORMS = [
    # (word, lemma, part of speech): persons, genders, numbers, و/ف/س, weak verbs
    ("قال", "قال", "verb"), ("قالت", "قال", "verb"), ("قالوا", "قال", "verb"),
    ("قلت", "قال", "verb"), ("يقول", "قال", "verb"), ("تقولون", "قال", "verb"),
    ("وقال", "قال", "verb"), ("فقالت", "قال", "verb"), ("سيقول", "قال", "verb"),
    ("أكّدت", "أكد", "verb"), ("يؤكدون", "أكد", "verb"), ("نفى", "نفى", "verb"),
    ("نفت", "نفى", "verb"), ("ينفي", "نفى", "verb"), ("دعت", "دعا", "verb"),
    ("يدعون", "دعا", "verb"), ("يخشى", "خشي", "verb"), ("حذرتها", "حذر", "verb"),
    ("مشيراً", "أشار", "participle"), ("لافتةً", "لفت", "participle"),
    ("مضيفين", "أضاف", "participle"), ("قائلا", "قال", "participle"),
    ("قوله", "قال", "masdar"), ("تحذيرها", "حذر", "masdar"), ("إشارته", "أشار", "masdar"),
]


@pytest.mark.parametrize(("word", "lemma", "pos"), FORMS)
def test_cue_forms(word: str, lemma: str, pos: str) -> None:
    hit = lexicon().lookup(normalize_text(word))
    assert hit is not None
    assert (hit[0].cue.lemma, hit[0].pos) == (normalize_text(lemma), pos)


NOT_CUES = ["القول", "مصر", "نصر", "مطالبة", "الوزير", "وزير", "بيروت", "يقل", "مدينة", "القائل"]


@pytest.mark.parametrize("word", NOT_CUES)
def test_words_that_are_not_cues(word: str) -> None:
    assert lexicon().lookup(normalize_text(word)) is None


def test_first_person_and_plural_flags() -> None:
    lex = lexicon()
    assert lex.lookup("اعتقد")[0].first_person is False  # type: ignore[index]  # اعتقدَ (he)
    assert lex.lookup("نعتقد")[0].first_person is True  # type: ignore[index]
    assert lex.lookup("قالوا")[0].plural is True  # type: ignore[index]
    assert lex.lookup("قال")[0].plural is False  # type: ignore[index]


def test_every_certainty_is_in_the_contract() -> None:
    lex = lexicon()
    assert {f.cue.certainty for f in lex.forms.values()} <= set(CERTAINTIES)
    assert {p.certainty for ps in lex.preps.values() for p in ps} <= set(CERTAINTIES)
