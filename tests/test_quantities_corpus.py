"""Dates and quantities on real articles (Wikinews, ANT): every span exact, every value sane.

Runs the two steps over the 59 Wikinews articles and 300 ANT articles of ../shared/data/news/
(found through khabar.options.data_dir()); a few seconds.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from datetime import date

import pytest

from khabar import dates, quantities
from khabar.document import Doc, RawArticle
from khabar.options import Options, data_dir
from khabar.schema import UNITS

pytestmark = pytest.mark.shared_data


def _articles() -> Iterator[dict[str, str]]:
    news = data_dir() / "news"
    with gzip.open(news / "wikinews.jsonl.gz", "rt", encoding="utf-8") as f:
        yield from (json.loads(line) for line in f)
    with gzip.open(news / "ant.jsonl.gz", "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= 300:
                break
            yield json.loads(line)


@pytest.fixture(scope="module")
def docs() -> list[Doc]:
    out = []
    for a in _articles():
        doc = Doc.from_article(RawArticle(text=a["text"], source=a["id"], date=a.get("date")))
        out.append(quantities.step(dates.step(doc, Options()), Options()))
    return out


def test_every_span_is_exact_and_trimmed(docs: list[Doc]) -> None:
    for doc in docs:
        for r in [*doc.dates, *doc.quantities]:
            assert r.text == doc.text[r.start:r.end], (doc.article.source, r)
            assert r.text and r.text == r.text.strip(), (doc.article.source, r)


def test_ids_are_unique_and_numbered(docs: list[Doc]) -> None:
    for doc in docs:
        assert [q.id for q in doc.quantities] == [f"q{k}" for k in range(1, len(doc.quantities) + 1)]
        assert [d.id for d in doc.dates] == [f"d{k}" for k in range(1, len(doc.dates) + 1)]


def test_quantity_values_are_ordered_ranges(docs: list[Doc]) -> None:
    for doc in docs:
        for q in doc.quantities:
            assert q.unit in UNITS
            known = [v for v in (q.min, q.best, q.max) if v is not None]
            assert known, q
            assert known == sorted(known), q


def test_date_values_are_iso_at_their_precision(docs: list[Doc]) -> None:
    lengths = {"day": 10, "month": 7, "year": 4}
    for doc in docs:
        for d in doc.dates:
            if d.value is None:
                continue
            assert len(d.value) == lengths[d.precision], d
            date.fromisoformat(d.value if d.precision == "day" else (d.value + "-01-01")[:10])


def test_wikinews_relative_dates_stay_null(docs: list[Doc]) -> None:
    # Wikinews articles have no date («2012-2014»): «أمس» cannot be resolved
    for doc in docs:
        if doc.article.source.startswith("wikinews"):
            for d in doc.dates:
                if d.text in ("أمس", "اليوم", "غدا"):
                    assert d.value is None, d


def test_the_corpus_yields_quantities_and_dates(docs: list[Doc]) -> None:
    assert sum(len(d.quantities) for d in docs) > 500
    assert sum(len(d.dates) for d in docs) > 300
