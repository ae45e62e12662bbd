"""The speed paths give the numbers of the plain definitions (session 4, speed-4):

* the CRF's state scores of a whole document (``CrfMarginals._doc_scores``, sentences
  padded together, sparse attributes added in rounds) equal, bit for bit, each token's
  weights added one after another (the per-sentence loop they replaced);
* the document's marginals as one array are those of :meth:`CrfMarginals.marginals`, zero
  past each sentence's end;
* ``match_before`` (phrases indexed by their last word) finds what a scan of every phrase
  finds.
"""

from __future__ import annotations

import numpy as np
import pytest

from _ner import TAGS, train_crf
from khabar.ner.crf_marginals import CrfMarginals
from khabar.ner.features import FeatureExtractor
from khabar.ner.lexicon import Lexicon
from khabar.quantities.lexicon import APPROX_BEFORE, LOWER_BOUND, UPPER_BOUND
from khabar.quantities.numbers import match_before, stems, tokenize


@pytest.fixture(scope="module")
def marginals(tmp_path_factory: pytest.TempPathFactory) -> CrfMarginals:
    fx = FeatureExtractor(Lexicon(phrases={"وزارة الخارجية": "ORG"}, memory={"بشار الاسد": "B-PER"}))
    tagger = train_crf(fx, tmp_path_factory.mktemp("crf"), iterations=30)
    return CrfMarginals(tagger, fx, TAGS)


DOCS = [
    # one sentence with a phrase, a label-memory name and known bigrams
    [["قال", "الرئيس", "بشار", "الاسد", "في", "دمشق"]],
    # sentences of other lengths (padding), one of one token, one of two
    [["اعلنت", "وزارة", "الخارجية", "الاردنية"], ["دمشق"], ["قال", "محمد"], ["وصل", "الوفد", "الى", "بغداد", "امس"]],
    # words the model never saw: only the bias and shapes weigh
    [["زار", "فلان", "مدينة", "طرابلس", "وعاد"]],
]


def _sequential_scores(m: CrfMarginals, words: list[str], extras: list[list[str]]) -> np.ndarray:
    """One sentence's scores, token by token, one addition after another: the token's own
    row (its word type's attributes and the bias), the rows of its neighbours' words at
    -2, -1, +1, +2, then ``-2BOS``, the bigram with the word before, the bigram with the
    word after, and its place features."""
    n = len(words)
    rows = [m._type_rows(w) for w in words]
    out = np.zeros((n, len(TAGS)))
    for i in range(n):
        s = rows[i][0].copy()
        for j, r in ((i - 2, 1), (i - 1, 2), (i + 1, 3), (i + 2, 4)):
            if 0 <= j < n:
                s += rows[j][r]
        sparse = ["-2BOS"] if i == 1 else []
        if i:
            sparse.append(f"bg-={words[i - 1]}|{words[i]}")
        if i + 1 < n:
            sparse.append(f"bg+={words[i]}|{words[i + 1]}")
        for f in [*sparse, *extras[i]]:
            v = m.weights.get(f)
            if v is not None:
                s += v
        out[i] = s
    return out


@pytest.mark.parametrize("doc", DOCS)
def test_document_scores_equal_the_sequential_sums(marginals: CrfMarginals, doc: list[list[str]]) -> None:
    extras = marginals.fx.document_extras(doc)
    got = marginals._doc_scores(doc, extras)
    for si, (words, ex) in enumerate(zip(doc, extras, strict=True)):
        n = len(words)
        assert np.array_equal(got[si, :n], _sequential_scores(marginals, words, ex))


@pytest.mark.parametrize("doc", DOCS)
def test_marginals_array_holds_the_marginals_and_zero_padding(marginals: CrfMarginals, doc: list[list[str]]) -> None:
    extras = marginals.fx.document_extras(doc)
    arr = marginals.marginals_array(doc, extras)
    for si, m in enumerate(marginals.marginals(doc, extras)):
        n = len(doc[si])
        assert np.array_equal(arr[si, :n], m)
        assert np.allclose(m.sum(axis=1), 1.0)
        assert not arr[si, n:].any()


def _scan_all(text: str, end: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """match_before as it was: every phrase tried."""
    toks = tokenize(text)
    best = 0
    for p in phrases:
        k = len(p)
        s = end - k
        if s >= 0 and k > best and all(toks[s + m].key == p[m] for m in range(1, k)) \
                and p[0] in stems(toks[s].key):
            best = k
    return best


@pytest.mark.parametrize(("text", "end", "phrases", "expected"), [
    ("قتل اكثر من 20 شخصا", 3, LOWER_BOUND, 2),  # two words, ending before the number
    ("وقتل ما يزيد عن 20 شخصا", 4, LOWER_BOUND, 3),  # three words
    ("اصيب نحو 30 شخصا", 2, APPROX_BEFORE, 1),  # one word
    ("اصيب بنحو 30 شخصا", 2, APPROX_BEFORE, 1),  # one word with a proclitic
    ("قتل اقل من 5", 3, UPPER_BOUND, 2),
    ("قتل 20 شخصا", 1, LOWER_BOUND, 0),  # nothing before the number
    ("من 20 شخصا", 1, LOWER_BOUND, 0),  # the phrase's last word alone is no phrase
    ("قتل 20", 0, APPROX_BEFORE, 0),  # at the first token
])
def test_match_before(text: str, end: int, phrases: tuple[tuple[str, ...], ...], expected: int) -> None:
    toks = tokenize(text)
    assert match_before(toks, end, phrases) == expected == _scan_all(text, end, phrases)


def _added_in_order(marginals: CrfMarginals, attrs: list[str]) -> np.ndarray:
    """The weights of the known ``attrs`` added one after another (zeros when none is known):
    what a word type's row must equal, bit for bit."""
    present = [marginals.weights[a] for a in attrs if a in marginals.weights]
    if not present:
        return np.zeros(len(TAGS))
    want = present[0].copy()
    for v in present[1:]:
        want = want + v
    return want


@pytest.mark.parametrize("word", ["بشار", "والاردن", "كلمة_جديدة", "2015"])
def test_type_rows_are_the_weights_added_in_order(marginals: CrfMarginals, word: str) -> None:
    """Each word type's five rows (computed in a batch with the others, khabar.ner.rowcache)
    are its attributes' weights added one after another: its own (with the bias), then its
    reduced features as the neighbour at -2, -1, +1, +2."""
    own, ctx = marginals.fx._type_features(word)
    lists = [["b", *own], *([f"{o}{f}" for f in ctx] for o in (-2, -1, 1, 2))]
    got = marginals._type_rows(word)
    for row, attrs in zip(got, lists, strict=True):
        assert np.array_equal(row, _added_in_order(marginals, attrs))


@pytest.mark.parametrize("words", [
    ["بشار", "والاردن", "كلمة_جديدة", "2015"],  # known, clitic, unknown (no known feature), digits
    ["دمشق"],
])
def test_type_rows_of_a_batch_are_the_weights_added_in_order(marginals: CrfMarginals, words: list[str]) -> None:
    """New types computed together (one padded gather for the own features, one for the
    context features' four offsets) equal each type's attributes added one after another."""
    got = marginals._compute_types(words)
    for w, rows in zip(words, got, strict=True):
        own, ctx = marginals.fx._type_features(w)
        for row, attrs in zip(rows, [["b", *own], *([f"{o}{f}" for f in ctx] for o in (-2, -1, 1, 2))], strict=True):
            assert np.array_equal(row, _added_in_order(marginals, attrs))
