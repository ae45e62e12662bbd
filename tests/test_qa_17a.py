"""Exact speed-ups in claims and places (qa-17a; docs/claims.md and docs/places.md, "Session
17: exact speed-ups (qa-17a)").

Each faster reading must give what the reading it replaces gave: the replaced reading is
kept here as the reference and both run on seeded random inputs (inputs that must yield
nothing included). ``benchmarks/same_output.py`` checks the whole pipeline byte for byte.
"""

from __future__ import annotations

import random

import pytest

from _places import laid_out as _tokens
from khabar import Options, RawArticle
from khabar.claims.extract import _Finder
from khabar.claims.lexicon import lexicon
from khabar.claims.quotes import _line_breaks
from khabar.claims.speakers import stem
from khabar.claims.words import STATEMENT_NOUNS
from khabar.document import Doc
from khabar.normalize import fold, normalize_text
from khabar.pipeline import normalize_step, segment_step
from khabar.places.capital import _CAPITAL_WORDS
from khabar.places.index import gazetteer
from khabar.places.mentions import first_token_variants, name_starts
from khabar.places.near import sentence_of


def _doc(text: str) -> Doc:
    doc = Doc.from_article(RawArticle(text=text, source="t"))
    return segment_step(normalize_step(doc, Options()), Options())


# -- claims ---------------------------------------------------------------------------------
@pytest.mark.parametrize("seed", range(30))
def test_line_breaks_as_slicing_between_every_two_tokens(seed: int) -> None:
    rng = random.Random(17510 + seed)
    n = rng.randint(0, 40)
    toks, norm = _tokens([rng.choice(["قال", "«", "الوزير"]) for _ in range(n)],
                         [rng.choice([" ", "", "\n", "\n\n", " \n "]) for _ in range(n)])
    norm += rng.choice(["", "\n", "\n\n"])  # a line end after the last token is no break
    brute = [j for j in range(1, n) if "\n" in norm[toks[j - 1].nend:toks[j].nstart]]
    assert _line_breaks(toks, norm) == brute


@pytest.mark.parametrize(("words", "seps", "expected"), [
    (["قال", "الوزير"], [" ", "\n"], [1]),
    (["قال", "الوزير"], ["\n", " "], []),  # before the first token
    (["قال"], [" "], []),
    ([], [], []),
])
def test_line_breaks_table(words: list[str], seps: list[str], expected: list[int]) -> None:
    toks, norm = _tokens(words, seps)
    assert _line_breaks(toks, norm) == expected


_WORDS = ("قال", "وقال", "أكد", "يعتقد", "ويعتقد", "بحسب", "وبحسب", "وفقا", "يذكر", "ويذكر",
          "الوزير", "تصريحات", "وفي", "بيان", "وللبيان", "البيان", "مصدر", "أن", "،", "حديثه",
          "لصحيفة", "الوطن", "من", "المتوقع", "مشيرا", "تحذيره", "في", "الحوار", "لقاء")


def _old_first(table: dict, w: str, shortest: int) -> tuple[list | None, int]:
    """The first-word look-up ``_match_impersonal`` (``shortest`` 3) and ``_match_prep``
    (4) made before qa-17a."""
    cands, plen = table.get(w), 0
    if cands is None and len(w) >= shortest and w[0] in "وف":
        cands, plen = table.get(w[1:]), 1
    return cands, plen


@pytest.mark.parametrize("word", [*_WORDS, "و", "وف", "ف", "سيقول", "وسيقول", "وبحسبما"])
def test_words_that_open_nothing_as_the_three_look_ups(word: str) -> None:
    lex = lexicon()
    toks, _ = _tokens([normalize_text(x) for x in (word, "أن", "الوزير")], [" ", " ", " "])
    w = toks[0].norm
    assert lex.impersonal_at(w) == _old_first(lex.impersonal, w, 3)
    assert lex.preps_at(w) == _old_first(lex.preps, w, 4)[0]
    f = _Finder(_doc("قال الوزير"), lex)
    f.tokens = toks
    if lex.opens_nothing(w):  # then the cascade's three look-ups find nothing there
        assert f._match_impersonal(0, 3) is None and f._match_prep(0, 3) is None and lex.lookup(w) is None


@pytest.mark.parametrize(("word", "quiet"), [
    ("قال", False), ("وأكدت", False), ("بحسب", False), ("ويذكر", False), ("مشيرا", False),
    ("الوضع", True), ("الوزير", True), ("،", True), ("بيروت", True),
])
def test_words_that_open_nothing_table(word: str, quiet: bool) -> None:
    assert lexicon().opens_nothing(normalize_text(word)) is quiet


@pytest.mark.parametrize("seed", range(20))
def test_statement_nouns_as_reading_every_word(seed: int) -> None:
    rng = random.Random(17520 + seed)
    text = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 60)))
    doc = _doc(text)
    f = _Finder(doc, lexicon())
    t = doc.tokens
    for _ in range(15):
        a = rng.randrange(len(t))
        end = rng.randint(a - 2, len(t))
        brute = [k for k in range(a, end) if stem(t[k].norm) in STATEMENT_NOUNS]
        got = f._statement_nouns(a, end)
        assert [k for k in got if k < end] == brute


def test_statement_nouns_none_in_a_sentence_without_them() -> None:
    f = _Finder(_doc("قال الوزير إن الوضع صعب"), lexicon())
    assert f._statement_nouns(0, len(f.tokens)) == []


# -- places ---------------------------------------------------------------------------------
def _old_is_capital_word(w: str) -> bool:
    cap = fold("العاصمة")
    return any(w == p + cap for p in ("", "ب", "و", "ف", "وب", "فب")) or w == "ل" + cap[1:]


@pytest.mark.parametrize("word", ["العاصمة", "بالعاصمة", "وبالعاصمة", "للعاصمة", "فالعاصمة",
                                  "كالعاصمة", "عاصمة", "العاصمه", "والعاصمة", "لالعاصمة", ""])
def test_capital_words_as_comparing_each_form(word: str) -> None:
    w = fold(word) if word else word
    assert (w in _CAPITAL_WORDS) == _old_is_capital_word(w)


@pytest.mark.parametrize("word", ["بيروت", "وبيروت", "للعراق", "كالرياض", "وإب", "وتل", "ببن",
                                  "الوضع", "قال", "فلسطين", "ولل", "xyz"])
def test_name_starts_as_every_variant_looked_up(word: str) -> None:
    gaz = gazetteer()
    w = fold(word)
    brute = tuple((p, s, gaz.first_words[s]) for p, s in first_token_variants(w) if s in gaz.first_words)
    assert name_starts(gaz, w) == brute
    assert name_starts(gaz, w) == brute  # the memo gives the same


def test_name_starts_none_for_a_word_no_name_starts_with() -> None:
    assert name_starts(gazetteer(), "ققققق") == ()


@pytest.mark.parametrize("seed", range(10))
def test_sentence_of_as_walking_every_sentence(seed: int) -> None:
    rng = random.Random(17530 + seed)
    text = "".join(rng.choice(["قال الوزير. ", "الوضع صعب! ", "\n", "في بيروت؟ ", "  "])
                   for _ in range(rng.randint(1, 12)))
    doc = _doc(text)
    for start in range(-1, len(text) + 2):
        brute = next(((s.start, s.end) for s in doc.sentences if s.start <= start < s.end),
                     (start, start))
        assert sentence_of(doc, start) == brute
