"""The per-article function keeps no state from one article to the next (review-18a;
docs/archive.md, "Session 18: the per-article function is pure (review-18a)").

- two articles analysed in either order give the same records;
- after an article is analysed, nothing outside its Doc holds its tokens or sentences
  (``places.near`` kept the last article's token list in a module list, ``_LAST_BOUNDS``,
  until session 18: this test fails on that code);
- the events trigger memo answers for the lexicon it is asked about (it was a module dict
  keyed by ``id(lexicon)``, which a new lexicon can take once the old one is freed);
- every memo over words holds what a fresh reading of its key gives.

The two articles are ANT (Jawhara FM), which may be quoted. ``benchmarks/order_check.py``
runs the order check on hundreds of articles, with threads.
"""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import types
from typing import Any

import pytest

from khabar import Options, RawArticle, analyze
from khabar.events.lexicon import Entry, Lexicon
from khabar.events.triggers import _lookup
from khabar.pipeline import get_pipeline

# ant-001227 (Jawhara FM, 2017-02-01): places, a claim, an arrest
_A = ("ألقت الشرطة الايطالية الثلاثاء القبض على 3 إيطاليين للاشتباه في تهريبهم أسلحة إلى إيران وليبيا.\n"
      "وقال محققون إن المشتبه بهم وهم 3 إيطاليين وليبي يشتبه في تورطهم في بيع طائرات هليكوبتر وصواريخ الى "
      "ليبيا وإيران بين عامي 2011 و 2015 في انتهاك للحظر الدولي. وقد تم إلقاء القبض على رجل وزوجته من نابولي "
      "و كذلك مسؤول عن شركة لبيع مروحيات مقرها في روما، فيما تم إصدار مذكرة إيقاف في حق مواطن ليبي.")
# ant-006904 (Jawhara FM, 2014-08-13): a Tunisian delegation and governorate, an attack
_B = ("أقدم عشية اليوم شاب أصيل معتمدية سبيطلة من ولاية القصرين على اضرام النار في والده اثر خلاف عائلي "
      "نشب بينهما حسب ما أفادنا به مراسل جوهرة \"اف ام\" بالجهة.\n"
      "وقد تم نقل المصاب وهو عون أمن الى المستشفى الجهوي بالقصرين وهو في حالة حرجة حيث تبين أنه أصيب بحروق "
      "من الدرجة الثالثة في انتظار نقله الى مستشفى الحروق البليغة ببن عروس في حين تولت وحدات الامن الداخلي "
      "بسبيطلة القاء القبض على الإبن.")
_ARTICLES = {"ant-001227": _A, "ant-006904": _B}

_CHILD = """
import json, sys
from khabar import RawArticle, analyze
arts = json.loads(sys.stdin.read())
print(json.dumps({i: analyze(RawArticle(text=t, source=i, id=i)).model_dump_json() for i, t in arts}))
"""


def _records(order: list[str]) -> dict[str, str]:
    """The records of ``order``'s articles analysed in that order in a fresh process."""
    arts = json.dumps([(i, _ARTICLES[i]) for i in order])
    out = subprocess.run([sys.executable, "-c", _CHILD], input=arts, capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def test_two_articles_give_the_same_records_in_either_order() -> None:
    forward = _records(["ant-001227", "ant-006904"])
    backward = _records(["ant-006904", "ant-001227"])
    assert forward == backward
    # and in this process, after whatever the other tests analysed
    here = {i: analyze(RawArticle(text=t, source=i, id=i)).model_dump_json() for i, t in _ARTICLES.items()}
    assert here == forward
    # the articles exercise the places step's stages that read the token bounds
    assert all(json.loads(r)["places"] for r in forward.values())


def _own(doc: Any) -> set[int]:
    """ids of the Doc and of every container inside it (its layers, ``doc.extra``)."""
    seen: set[int] = set()
    todo = [doc]
    while todo:
        o = todo.pop()
        if id(o) in seen:
            continue
        seen.add(id(o))
        if o is doc:
            todo.extend(getattr(doc, f) for f in doc.__slots__)
        elif isinstance(o, dict):
            todo.extend(o.values())
        elif isinstance(o, (list, tuple, set, frozenset)):
            todo.extend(x for x in o if isinstance(x, (dict, list, tuple, set, frozenset)))
    return seen


@pytest.mark.parametrize("text", [_A, _B], ids=["ant-001227", "ant-006904"])
def test_no_module_state_holds_the_article(text: str) -> None:
    pipe = get_pipeline(Options())
    doc = pipe.run(pipe.make_doc(RawArticle(text=text, source="<test>")))
    assert doc.places and doc.entities and doc.events  # something to hold (review-19a)
    gc.collect()
    own = _own(doc)
    held = [doc.tokens, doc.sentences, doc.places, doc.entities, *doc.tokens[:20]]
    targets = {id(x) for x in held}
    outside = []
    for obj in held:
        for r in gc.get_referrers(obj):
            if id(r) in own or id(r) in targets or r is held or isinstance(r, types.FrameType):
                continue
            outside.append(f"{type(obj).__name__} held by a {type(r).__name__}: {str(r)[:120]}")
    assert outside == []


def _entry(form: str) -> Entry:
    return Entry(form=form, pos="n", subtype="armed_clash", strong=True, origin="test", words=(form,))


@pytest.mark.parametrize(("nouns", "word", "expected"), [
    ({"اشتباك": [_entry("اشتباك")]}, "اشتباك", ["اشتباك"]),
    ({}, "اشتباك", []),  # the same word, a lexicon without it: nothing
    ({"اشتباك": [_entry("اشتباك")]}, "مدرسة", []),
])
def test_trigger_lookup_table(nouns: dict[str, list[Entry]], word: str, expected: list[str]) -> None:
    assert [e.form for e, _, _ in _lookup(Lexicon(nouns=nouns), word)] == expected


def test_trigger_lookup_answers_for_its_own_lexicon() -> None:
    # lexicons made and freed in turn often take the freed one's id
    for k in range(40):
        lex = Lexicon(nouns={"اشتباك": [_entry("اشتباك")]} if k % 2 == 0 else {})
        assert bool(_lookup(lex, "اشتباك")) == (k % 2 == 0), k
        del lex


def test_memos_are_functions_of_their_keys() -> None:
    """After analysing articles, each memo over words holds what a fresh reading of its key
    gives (a memo that kept something of the article it was filled in would differ)."""
    import numpy as np

    from khabar.claims.lexicon import lexicon as claims_lexicon
    from khabar.entities.clitics import clitic_readings
    from khabar.entities.tables import get_table
    from khabar.events.lexicon import ffold
    from khabar.events.lexicon import lexicon as events_lexicon
    from khabar.events.triggers import _lookup_uncached
    from khabar.ner.tagger import get_tagger
    from khabar.places.index import gazetteer
    from khabar.places.mentions import read_starts

    for i, t in _ARTICLES.items():
        analyze(RawArticle(text=t, source=i, id=i))
    ev, cl, gaz, table = events_lexicon(), claims_lexicon(), gazetteer(), get_table()
    memos: list[tuple[dict[str, Any], Any]] = [
        (ev._memo, lambda w: frozenset(ev._classes(w))),
        (ev.protester_memo, lambda n: "protester" in ev.classes(ffold(n))),
        (ev.lookup_memo, lambda w: tuple(_lookup_uncached(ev, w))),
        (cl.cache, cl._lookup),
        (cl.inert, lambda w: not cl.impersonal_at(w)[0] and not cl.preps_at(w) and cl.lookup(w) is None),
        (gaz.starts_of, lambda w: read_starts(gaz, w)),
        (table.starts_memo, lambda w: any(h in table.first_max for _, _, h in clitic_readings(w))),
    ]
    for memo, fresh in memos:
        assert memo, "the articles fill every memo"
        assert [k for k, v in list(memo.items()) if fresh(k) != v] == []
    tagger = get_tagger()
    for model in (tagger._neural, tagger._marginals):
        if model is None:
            continue
        words = [w for w in model._types.index if w]
        rows = model._types.array[[model._types.index[w] for w in words]]
        assert np.array_equal(model._compute_types(words), rows)  # bit for bit (no NaN rows)
