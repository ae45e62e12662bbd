"""More exact speed-ups in places and events (qa-17b; docs/places.md and docs/events.md,
"Session 17: more exact speed-ups (qa-17b)").

Each faster reading must give what the reading it replaces gave: the replaced reading is
kept here as the reference and both run on seeded random inputs (inputs that must yield
nothing included). ``benchmarks/same_output.py`` checks the whole pipeline byte for byte.
"""

from __future__ import annotations

import random
from bisect import bisect_left, bisect_right

import pytest

from khabar.document import Doc, RawArticle
from khabar.events.lexicon import ffold, lexicon
from khabar.events.phrases import _QUANTIFIERS, strip_conj
from khabar.events.subjects import (
    _ADVERBIAL_PRONOUNS,
    _GATHER_FORMS,
    _PROTEST_PURPOSE,
    _PURPOSE_WINDOW,
    PROTESTER_VERB,
    PURPOSE_VERB,
    _verb_like,
    protester_predicates,
    purpose_predicates,
)
from khabar.events.triggers import Mention
from khabar.normalize import normalize
from khabar.places.near import covered_tokens
from khabar.segment import Token


def _doc(toks: list[Token]) -> Doc:
    """A Doc holding ``toks`` (covered_tokens reads the tokens' offsets only)."""
    return Doc(article=RawArticle(text="x", source="<test>"), normalized=normalize("x"), tokens=toks)


def _old_purpose(tokens, start, end, used):  # the code before qa-17b
    out = []
    for k in range(start, end):
        if k in used:
            continue
        tense = _GATHER_FORMS.get(strip_conj(ffold(tokens[k].norm)))
        if tense is None:
            continue
        if any(ffold(tokens[j].norm) in _PROTEST_PURPOSE or strip_conj(ffold(tokens[j].norm)) in _PROTEST_PURPOSE
               for j in range(k + 1, min(end, k + 1 + _PURPOSE_WINDOW))):
            out.append(Mention(k, k, PURPOSE_VERB, tense, k))
            used.add(k)
    return out


def _old_protester(lex, tokens, start, end, used):  # the code before qa-17b
    out = _old_purpose(tokens, start, end, used)
    for k in range(start, end):
        if "protester" not in lex.classes(ffold(tokens[k].norm)):
            continue
        first = k
        if first - 1 >= start and ffold(tokens[first - 1].norm) in ("من",):
            first -= 1
        if first - 1 >= start and ffold(tokens[first - 1].norm) in _QUANTIFIERS:
            first -= 1
        v = first - 1
        while v > start and first - v <= 4 and (
            "time" in lex.classes(ffold(tokens[v].norm)) or ffold(tokens[v].norm) in ("اول", "من")
            or ffold(tokens[v].norm) in _ADVERBIAL_PRONOUNS
        ):
            v -= 1
        if v >= start and v not in used and _verb_like(lex, tokens[v], tokens[v - 1] if v > start else None):
            out.append(Mention(v, v, PROTESTER_VERB, "past", v))
            used.add(v)
            continue
        after = k + 1
        if after < end and ffold(tokens[after].norm).endswith(("يون", "يين")):
            after += 1
        if after < end and after not in used and ffold(tokens[after].norm).endswith("وا") \
                and _verb_like(lex, tokens[after], tokens[after - 1]):
            out.append(Mention(after, after, PROTESTER_VERB, "past", after))
            used.add(after)
    return out


def _old_covered(toks, records):  # the code before qa-17b
    starts = [t.start for t in toks]
    ends = [t.end for t in toks]
    out = set()
    for s, e, _ in records:
        out.update(range(bisect_right(ends, s), bisect_left(starts, e)))
    return out


def _vocabulary() -> list[str]:
    lex = lexicon()
    protesters = sorted(w for w, c in lex.context.items() if "protester" in c)[:40]
    times = sorted(w for w, c in lex.context.items() if "time" in c)[:20]
    words = sorted(_GATHER_FORMS)[:60] + sorted(_PROTEST_PURPOSE) + protesters + times
    words += ["و" + w for w in words[:80]] + sorted(_QUANTIFIERS)[:10] + sorted(_ADVERBIAL_PRONOUNS)
    words += ["من", "اول", "في", "قال", "وجاب", "شوارع", "غزة", "رشقوا", "اطلقوا", "فلسطينيون",
              "الفساد", "على", "2015", "،", "وقد", "لقيام", "مطالب", "ساروا", "مساء", "امس"]
    return words


def _sentence(rng: random.Random, words: list[str], n: int) -> list[Token]:
    toks, at = [], 0
    for i in range(n):
        w = rng.choice(words)
        toks.append(Token(w, at, at + len(w), at, at + len(w), 0, i))
        at += len(w) + 1
    return toks


@pytest.mark.parametrize("seed", range(40))
def test_protester_predicates_as_before(seed: int) -> None:
    rng = random.Random(17552 + seed)
    lex, words = lexicon(), _vocabulary()
    for _ in range(40):
        toks = _sentence(rng, words, rng.randint(0, 30))
        start = rng.randint(0, max(0, len(toks) // 3))
        end = rng.randint(start, len(toks))
        used = {k for k in range(len(toks)) if rng.random() < 0.1}
        used_old = set(used)
        assert protester_predicates(lex, toks, start, end, used) == _old_protester(lex, toks, start, end, used_old)
        assert used == used_old
        used2 = set(used_old)
        assert purpose_predicates(toks, start, end, used) == _old_purpose(toks, start, end, used2)
        assert used == used2


@pytest.mark.parametrize(("words", "expected"), [
    ("خرج آلاف العراقيين في بغداد احتجاجا على الفساد", [(0, "past")]),
    ("ويتجمع المئات تنديدا بالقرار", [(0, "present")]),
    ("خرج الرئيس من القاعة", []),  # no purpose: nothing
    ("احتجاجا على الفساد خرج الآلاف", []),  # the purpose before the verb: nothing
    ("", []),
])
def test_purpose_predicates_table(words: str, expected: list[tuple[int, str]]) -> None:
    toks = _sentence(random.Random(0), [""], 0)
    at = 0
    for i, w in enumerate(words.split()):
        toks.append(Token(w, at, at + len(w), at, at + len(w), 0, i))
        at += len(w) + 1
    got = purpose_predicates(toks, 0, len(toks), set())
    assert [(m.head, m.tense) for m in got] == expected
    assert [(m.head, m.tense) for m in got] == [(m.head, m.tense) for m in _old_purpose(toks, 0, len(toks), set())]


@pytest.mark.parametrize("seed", range(20))
def test_covered_tokens_as_before(seed: int) -> None:
    rng = random.Random(17553 + seed)
    toks = _sentence(rng, ["ا", "بب", "ججج", "دددد"], rng.randint(0, 40))
    length = toks[-1].end + 3 if toks else 5
    for _ in range(10):
        recs = []
        for _ in range(rng.randint(0, 5)):
            s = rng.randint(0, length)
            recs.append((s, rng.randint(s, length), None))
        assert covered_tokens(_doc(toks), recs) == _old_covered(toks, recs)
    # a new token list of the same length (and the same list grown) is read afresh
    doc = _doc(toks)
    other = [Token(t.norm, t.start + 1, t.end + 1, t.nstart, t.nend, 0, t.i) for t in toks]
    recs = [(0, length, None), (2, 4, None)]
    assert covered_tokens(doc, recs) == _old_covered(toks, recs)
    doc.tokens = other
    assert covered_tokens(doc, recs) == _old_covered(other, recs)
    other.append(Token("ه", length + 10, length + 11, 0, 0, 0, len(other)))
    recs = [(length + 9, length + 12, None)]
    assert covered_tokens(doc, recs) == _old_covered(other, recs) == {len(other) - 1}


def _place_words() -> list[str]:
    from khabar.places.lexicon import QUOTES
    from khabar.places.listed import _AMONG, _INCLUDES, _LIST_HEADS, LIST_CUES
    from khabar.places.local import _UNIT_WORDS
    base = sorted(_UNIT_WORDS) + sorted(LIST_CUES)[:30] + sorted(_LIST_HEADS) + sorted(_AMONG) + sorted(_INCLUDES)
    words = base + ["ب" + w for w in base] + ["و" + w for w in base] + ["ل" + w for w in base]
    return words + sorted(QUOTES) + ["في", "(", "،", "ذمار", "سيعة", "وذي", "مهنة", "بها", "ب", "قال", "2015"]


class _Doc:
    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens


@pytest.mark.parametrize("seed", range(30))
def test_place_prefilters_pass_every_opening(seed: int) -> None:
    """Where a prefilter says no, the reading it guards gives None; where it says yes, the
    reading sometimes gives something (so the check can fail)."""
    from khabar.places.listed import _list_at, _may_open_list
    from khabar.places.local import _may_open_unit, _unit_after
    rng = random.Random(17554 + seed)
    words = _place_words()
    toks, at = [], 0
    for i in range(rng.randint(1, 80)):
        w = rng.choice(words)
        toks.append(Token(w, at, at + len(w), at, at + len(w), rng.randint(0, 1) + i // 20, i))
        at += len(w) + 1
    folded = [t.norm for t in toks]
    for j in range(len(folded)):
        if not _may_open_unit(folded[j]):
            assert _unit_after(_Doc(toks), folded, j) is None  # type: ignore[arg-type]
        if j < len(folded) - 1 and not _may_open_list(folded[j]):
            assert _list_at(toks, folded, [], {}, set(), j) is None


def test_place_prefilters_open_something() -> None:
    from khabar.normalize import fold
    from khabar.places.listed import _list_at, _may_open_list
    from khabar.places.local import _may_open_unit, _unit_after
    words = [fold(w) for w in "قتل في محافظة ذمار وقرى سيعة ، وذي مهنة".split()]
    toks = [Token(w, 10 * i, 10 * i + len(w), 10 * i, 10 * i + len(w), 0, i) for i, w in enumerate(words)]
    assert _may_open_unit("في") and _unit_after(_Doc(toks), words, 1) == 3  # type: ignore[arg-type]
    assert not _may_open_unit("قتل") and not _may_open_unit("بها") and not _may_open_list("قتل")
    assert _may_open_list(words[4]) and _list_at(toks, words, [], {}, set(), 4) is not None
