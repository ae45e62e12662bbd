"""Hostile articles and small debts (qa-16a; docs/archive.md, "Session 16: hostile articles").

1. The super-linear steps that ``benchmarks/pathological.py`` found are now bisections and
   indexes. They must give what the passes they replace gave: each is checked here against
   that pass (kept in this file as the reference) on seeded random inputs, including inputs
   that must yield nothing, and the pathological articles give the records they gave.
2. Debts: one helper for an event's phrase, the date tokens computed once per article, counts
   of one in the readers' messages, and a missing input that is no article in ingest's totals.
"""

from __future__ import annotations

import importlib
import inspect
import json
import math
import random
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from _places import laid_out as _tokens
from khabar import ArticleTimeout, InputTooLarge, Options, RawArticle, analyze
from khabar.claims.quotes import find_quotes
from khabar.cli import main
from khabar.events import _article_view, acled_type, tokens_inside, verb_home
from khabar.events.arguments import find_actors
from khabar.events.lexicon import lexicon
from khabar.ner import tagger as tagger_module
from khabar.ner.tagger import get_tagger, pad_batches
from khabar.pipeline import build_pipeline
from khabar.places.index import distance_km
from khabar.places.listmates import list_neighbours, match_ends
from khabar.places.mentions import Match
from khabar.places.resolve import Context
from khabar.places.span_index import SpanIndex
from khabar.readers import read
from khabar.schema import Event, Span
from khabar.segment import Token
from khabar.store import open_archive, queries
from khabar.store.ingest import IngestReport, ingest
from khabar.store.time_limit import can_limit, time_limit

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from pathological import KINDS, make  # noqa: E402

# the modules (``khabar.store.ingest`` the attribute is the function of that name)
ingest_module = importlib.import_module("khabar.store.ingest")
time_limit_module = importlib.import_module("khabar.store.time_limit")

from _archive import article_text, hanging_analyze  # noqa: E402


# -- 1. the new lookups against the passes they replace ------------------------------------------
def _old_find_quotes(tokens: list[Token], norm: str) -> dict[int, int]:
    """The look-ahead of session 15 (``claims.quotes.find_quotes`` before qa-16a)."""
    pairs = {"«": "»", "“": "”", '"': '"', "„": "“", "”": "“", "{": "»"}
    close: dict[int, int] = {}
    n, i = len(tokens), 0
    while i < n:
        c = pairs.get(tokens[i].norm)
        if c is None:
            i += 1
            continue
        closers = (c, "”") if tokens[i].norm == "”" else (c,)
        j, found = i + 1, -1
        while j < n:
            if "\n" in norm[tokens[j - 1].nend:tokens[j].nstart]:
                break
            if tokens[j].norm in closers:
                found = j
                break
            j += 1
        if found < 0:
            i += 1
            continue
        close[i] = found
        i = found + 1
    return close


@pytest.mark.parametrize("seed", range(40))
def test_quotes_pair_as_the_look_ahead_did(seed: int) -> None:
    rng = random.Random(seed)
    vocab = ["قال", "الوزير", "إن", "«", "»", '"', "“", "”", "„", "{", "الوضع"]
    n = rng.randint(0, 60)
    toks, norm = _tokens([rng.choice(vocab) for _ in range(n)],
                         [rng.choice([" ", " ", " ", "\n", "\n\n"]) for _ in range(n)])
    q = find_quotes(toks, norm)
    assert q.close == _old_find_quotes(toks, norm)
    assert all(q.open_of[c] == o for o, c in q.close.items())


@pytest.mark.parametrize(("words", "seps", "expected"), [
    (["«", "قال", "»"], [" ", " ", " "], {0: 2}),
    (["«", "قال", "»"], [" ", "\n", " "], {}),  # never across a line end
    (["«"] * 5, [" "] * 5, {}),  # unbalanced: nothing pairs
    (['"', '"', '"'], [" "] * 3, {0: 1}),
    (["”", "رويترز", "”"], [" "] * 3, {0: 2}),
    ([], [], {}),
])
def test_quotes_table(words: list[str], seps: list[str], expected: dict[int, int]) -> None:
    toks, norm = _tokens(words, seps)
    assert find_quotes(toks, norm).close == expected


@pytest.mark.parametrize("seed", range(30))
def test_tokens_inside_as_testing_every_span(seed: int) -> None:
    rng = random.Random(seed)
    n = rng.randint(0, 40)
    toks, _ = _tokens(["كلمة"] * n, [rng.choice([" ", "  ", "\n"]) for _ in range(n)])
    spans = [(s, s + rng.randint(0, 15)) for s in (rng.randint(0, 200) for _ in range(rng.randint(0, 12)))]
    brute = frozenset(t.i for t in toks if any(s <= t.start < e for s, e in spans))
    assert tokens_inside(toks, spans) == brute


@pytest.mark.parametrize("seed", range(30))
def test_span_index_as_a_pass_over_the_spans(seed: int) -> None:
    rng = random.Random(seed)
    spans = [(s, s + rng.randint(0, 20), f"e{k}") for k, s in enumerate(rng.randint(0, 300) for _ in range(rng.randint(0, 25)))]
    idx = SpanIndex(spans)
    for _ in range(20):
        ns = rng.randint(0, 320)
        ne = ns + rng.randint(0, 12)
        assert idx.overlapping(ns, ne) == [x for x in spans if ns < x[1] and x[0] < ne]
        assert idx.holding(ns, ne) == [x for x in spans if x[0] <= ns and ne <= x[1]]


@pytest.mark.parametrize("seed", range(20))
def test_nearest_point_as_measuring_every_point(seed: int) -> None:
    rng = random.Random(seed)
    base = (rng.uniform(-60, 60), rng.uniform(-170, 170))
    points = [(base[0] + rng.uniform(-3, 3), base[1] + rng.uniform(-3, 3), rng.randint(0, 8))
              for _ in range(rng.randint(0, 30))]
    points += points[: rng.randint(0, 5)]  # the same place named twice
    ctx = Context()
    ctx.set_points(points)
    for index in range(-1, 9):
        lat, lon = base[0] + rng.uniform(-3, 3), base[1] + rng.uniform(-3, 3)
        brute = min((distance_km(lat, lon, a, b) for a, b, j in points if j != index), default=math.inf)
        for within in (50.0, 150.0):
            assert ctx.nearest(lat, lon, index, within) == (brute if brute <= within else math.inf)


def test_list_neighbours_with_the_maps_built_once() -> None:
    text = "زار الوفد عدن وتعز ومأرب والحديدة"
    toks, _ = _tokens(text.split(), [" "] * 6)
    folded = [t.norm for t in toks]
    chosen = [Match(k, k + 1, toks[k].nstart, toks[k].nend, folded[k], []) for k in range(2, 6)]
    chosen.append(Match(3, 4, toks[3].nstart, toks[3].nend, "تعز", []))  # two names on one token
    at = match_ends(chosen)
    for m in chosen:
        assert list_neighbours(m, chosen, toks, folded, at) == list_neighbours(m, chosen, toks, folded)


@pytest.mark.parametrize(("lengths", "budget", "expected"), [
    ([], 10, [[]]),
    ([3, 1, 2], 9, [[0, 1, 2]]),  # they fit: one batch, in order (ordinary articles)
    ([3, 1, 2], 5, [[1, 2], [0]]),  # by length, each batch's count x longest within 5
    ([9, 1, 1, 1], 4, [[1, 2, 3], [0]]),  # one long sentence alone, the short ones together
    ([12, 1], 4, [[1], [0]]),  # longer than the budget: alone
])
def test_pad_batches(lengths: list[int], budget: int, expected: list[list[int]]) -> None:
    assert pad_batches(lengths, budget) == expected


def test_batched_tags_are_the_tags(monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("قال الرئيس بشار الأسد في دمشق إن الجيش سيطر على حلب. وأضاف وزير الخارجية وليد المعلم "
            "أن الأمم المتحدة تلقت الرسالة.\nوزار عادل الجبير الرياض.")
    pipe = build_pipeline(Options(disable=frozenset({"entities", "dates", "quantities", "places", "claims", "events"})))
    doc = pipe.run(pipe.make_doc(RawArticle(text=text, source="t")))
    sents = [[t.norm for t in doc.tokens[s.tok_start:s.tok_end]] for s in doc.sentences] + [[]]
    whole = get_tagger().tag_document(sents)
    assert any(t != "O" for s in whole for t in s)
    monkeypatch.setattr(tagger_module, "PAD_BUDGET", 1)  # every sentence read alone
    assert get_tagger().tag_document(sents) == whole


def test_a_sentence_over_the_cap_is_tagged_in_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    words = "قال الرئيس بشار الأسد في دمشق إن الجيش سيطر على حلب وزار عادل الجبير الرياض".split()
    tagger = get_tagger()
    whole = tagger.tag_document([words, [], ["قال", "الوزير"]])
    monkeypatch.setattr(tagger_module, "MAX_TAG_TOKENS", 5)
    pieces = [words[k:k + 5] for k in range(0, len(words), 5)]
    expected = [t for tags in tagger.tag_document(pieces, consistent=False) for t in tags]
    got = tagger.tag_document([words, [], ["قال", "الوزير"]], consistent=False)
    assert got == [expected, [], whole[2]]
    assert len(got[0]) == len(words)
    monkeypatch.setattr(tagger_module, "MAX_TAG_TOKENS", len(words))  # at the cap: read whole
    assert tagger.tag_document([words, [], ["قال", "الوزير"]]) == whole


# -- the pathological articles: the records they gave --------------------------------------------
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_generator_is_seeded(kind: str) -> None:
    assert make(kind, 40) == make(kind, 40)
    assert make(kind, 40, seed=1) != make(kind, 40, seed=2) or kind in ("cues", "token")


# Records of each kind at a small size: (entities, claims, quantities, dates, places, events),
# the same on main 45edb86 before the changes (whole records byte-identical there and here).
@pytest.mark.parametrize(("kind", "n", "expected"), [
    ("places", 60, (19, 0, 0, 0, 19, 0)),
    ("people", 60, (52, 0, 0, 0, 0, 0)),
    ("quotes", 60, (12, 17, 0, 4, 0, 0)),
    ("sentence", 3000, (0, 0, 0, 11, 0, 0)),
    ("bidi", 200, (21, 0, 0, 2, 20, 0)),
    ("cues", 100, (0, 1, 0, 0, 0, 0)),
    ("numbers", 200, (0, 0, 134, 0, 0, 0)),
    ("newlines", 300, (14, 1, 0, 2, 0, 0)),
    ("token", 1000, (0, 1, 0, 0, 0, 0)),
    ("mixed", 125, (105, 125, 0, 11, 21, 0)),  # tagged in batches (PAD_BUDGET), as whole on main
])
def test_pathological_records(kind: str, n: int, expected: tuple[int, ...]) -> None:
    rec = analyze(make(kind, n))
    assert tuple(len(getattr(rec, k)) for k in ("entities", "claims", "quantities", "dates", "places", "events")) == expected


# -- 2. debts ------------------------------------------------------------------------------------
def test_the_phrase_of_an_event_has_one_helper() -> None:
    trig = Span(start=0, end=3, text="قتل")
    e = Event(id="v1", type="violence_against_civilians", subtype="attack", trigger=trig)
    assert e.told() == trig  # built elsewhere: no phrase, the trigger
    phrase = Span(start=0, end=12, text="قتل في هجوم")
    e._phrase = phrase
    assert e.told() == phrase
    for module in (acled_type, verb_home):
        assert "_phrase or" not in inspect.getsource(module)


@pytest.mark.parametrize(("text", "dated", "undated"), [
    # the cascade skips the date tokens it is given: with none, the time phrase is the object
    ("وكانت فرقة مظلية من قوات مكافحة الإرهاب قد قتلت أول من أمس أربعة من المتهمين بالهجوم الانتحاري.",
     ["أربعة"], ["أول"]),
    ("وقتل أول من أمس خمسة جنود في انفجار عبوة.", ["خمسة جنود"], ["خمسة جنود", "أول"]),
])
def test_the_actor_cascade_reads_the_articles_date_tokens(text: str, dated: list[str], undated: list[str]) -> None:
    pipe = build_pipeline(Options(disable=frozenset({"events"})))
    doc = pipe.run(pipe.make_doc(RawArticle(text=text, source="t")))
    view = _article_view(doc)
    k = next(t.i for t in doc.tokens if "قتل" in t.norm)
    sent = (doc.sentences[0].tok_start, doc.sentences[0].tok_end)
    for date_toks, expected in ((view.date_toks, dated), (frozenset(), undated)):
        _, targets = find_actors(doc, lexicon(), k, (k, k), "attack", sent, False, -1, date_toks)
        assert [t.text for t in targets] == expected


def _error(tmp_path: Path, body: bytes, name: str, **opts: int) -> str:
    f = tmp_path / name
    f.write_bytes(body)
    [err] = list(read([str(f)], Options(**opts)))
    assert isinstance(err, InputTooLarge)
    return err.reason


@pytest.mark.parametrize(("name", "body", "expected", "not_expected"), [
    ("a.txt", "نص طويل".encode(), "over the limit of 1 byte ", "1 bytes"),
    ("a.jsonl", '{"text": "نص"}\n'.encode(), "line over 1 byte", "1 bytes"),
])
def test_readers_count_one_byte(tmp_path: Path, name: str, body: bytes, expected: str, not_expected: str) -> None:
    reason = _error(tmp_path, body, name, max_bytes=1)
    assert expected in reason and not_expected not in reason


def test_readers_count_many_bytes(tmp_path: Path) -> None:
    reason = _error(tmp_path, "نص طويل".encode(), "a.txt", max_bytes=2)
    assert "13 bytes, over the limit of 2 bytes" in reason


@pytest.mark.parametrize(("limit", "expected"), [
    (1, "over the limit of 1 character "),
    (2, "over the limit of 2 characters "),
])
def test_pipeline_counts_characters(limit: int, expected: str) -> None:
    with pytest.raises(InputTooLarge) as info:
        analyze("نص طويل", Options(max_chars=limit))
    assert expected in str(info.value)


def test_a_missing_input_is_no_article(tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text("قال الوزير إن الوضع هادئ.", "utf-8")
    rep = ingest([str(good), str(tmp_path / "missing.txt"), str(tmp_path / "gone.txt")],
                 str(tmp_path / "a.db"), Options(disable=frozenset({"entities", "dates", "quantities",
                                                                     "places", "claims", "events"})))
    assert (rep.added, rep.failed, rep.unread, rep.seen) == (1, 0, 2, 1)
    assert rep.line().startswith("ingested 1 article into ")  # was "ingested 3 articles"
    assert "; 2 inputs not found (" in rep.line()
    assert rep.as_dict()["unread"] == 2


@pytest.mark.parametrize(("rep", "expected", "not_expected"), [
    (IngestReport(added=2, db="a.db"), "0 failed (", "not found"),  # no note when all were read
    (IngestReport(unread=1, db="a.db"), "ingested 0 articles into a.db: 0 added, 0 updated, 0 unchanged, "
                                        "0 failed; 1 input not found (", "1 inputs"),
])
def test_summary_line(rep: IngestReport, expected: str, not_expected: str) -> None:
    assert expected in rep.line() and not_expected not in rep.line()


# -- 3. a time limit per article in ingest -------------------------------------------------------
@pytest.mark.parametrize("workers", [1, 2])
def test_an_article_past_the_time_limit_is_an_error_and_the_run_goes_on(tmp_path: Path, workers: int) -> None:
    rows = [{"id": str(i), "outlet": "test", "text": article_text(i)} for i in range(6)]
    rows[2] = {"id": "stuck", "outlet": "test", "text": "HANG " + article_text(2)}
    src = tmp_path / "a.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    db = str(tmp_path / "a.db")
    rep = ingest([str(src)], db, analyze=hanging_analyze, workers=workers, batch_size=2, time_limit=0.5)
    assert (rep.added, rep.failed) == (5, 1)
    assert rep.errors == [(f"{src}:3", "analysis stopped after 0.5 s (the time limit of one article); "
                                       "raise it with --time-limit, or 0 for none")]
    with open_archive(db) as archive:
        [err] = queries.errors(archive)
    assert (err["source"], err["kind"]) == (f"{src}:3", "ArticleTimeout")


@pytest.mark.parametrize("seconds", [None, 0, 5.0])
def test_time_limit_lets_a_quick_block_finish(seconds: float | None) -> None:
    with time_limit(seconds, "a"):
        total = sum(range(1000))
    assert total == 499500


def test_time_limit_stops_a_long_block() -> None:
    with pytest.raises(ArticleTimeout) as info, time_limit(0.2, "slow.txt"):
        while True:
            pass
    assert info.value.source == "slow.txt"


def test_time_limit_is_off_outside_the_main_thread() -> None:
    done: list[bool] = []

    def work() -> None:
        with time_limit(0.05, "a"):
            time.sleep(0.2)
            done.append(can_limit())

    t = threading.Thread(target=work)
    t.start()
    t.join()
    assert done == [False]


def test_ingest_help_names_the_time_limit() -> None:
    res = CliRunner().invoke(main, ["ingest", "--help"])
    assert "--time-limit SECONDS" in res.output and "[default: 120" in res.output


@pytest.mark.parametrize(("limit", "own_pipeline", "warmed"), [
    (5.0, True, True),  # the models load before the first article's timer starts
    (None, True, False),  # no limit: nothing to keep the loading out of
    (0, True, False),
    (5.0, False, False),  # another analyser: not called on an article of ours
])
def test_the_pipeline_is_warmed_up_outside_the_limit(monkeypatch: pytest.MonkeyPatch, limit: float | None,
                                                      own_pipeline: bool, warmed: bool) -> None:
    calls: list[Options] = []
    monkeypatch.setattr(ingest_module, "warm_up", calls.append)
    options = Options(disable=frozenset({"entities", "dates", "quantities", "places", "claims", "events"}))
    func = ingest_module.pipeline_analyze if own_pipeline else hanging_analyze
    [res] = ingest_module._analyze_batch([RawArticle(text="قال الوزير إن الوضع هادئ.", source="a")], options, func, limit)
    assert calls == ([options] if warmed else [])
    assert not isinstance(res, tuple)  # analysed, not stopped


def test_warm_up_runs_once_per_options_until_a_reset() -> None:
    options = Options(disable=frozenset({"entities", "dates", "quantities", "places", "claims", "events"}))
    time_limit_module.reset_caches()
    time_limit_module.warm_up(options)
    assert options in time_limit_module._WARM
    time_limit_module.reset_caches()
    assert not time_limit_module._WARM
