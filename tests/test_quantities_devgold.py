"""The quantities step against its development corpus (tests/devgold/quantities: 45
SaudiNewsNet 2015 articles (parts A, B, C) annotated for quantities only; the texts come from
../shared/data through khabar.options.data_dir()). Floors a little under the scores
measured when the corpus was built, so that a change that loses units on Gulf and
Yemen-war news fails here; the match rule and metrics are those of ``khabar eval gold``
(docs/annotation.md). Runs the dates and quantities steps only (about a second).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar import dates, quantities
from khabar.document import Doc, RawArticle
from khabar.eval.gold import match, overlap
from khabar.eval.goldfile import load_dir
from khabar.options import Options

pytestmark = pytest.mark.shared_data

DEV = Path(__file__).parent / "devgold" / "quantities" / "annotations"


@pytest.fixture(scope="module")
def tally() -> dict[str, int]:
    t = {"gold": 0, "matched": 0, "unit": 0, "range": 0}
    for g in load_dir(DEV):
        doc = Doc.from_article(RawArticle(text=g.text, source=g.id, date=g.date or None))
        doc = quantities.step(dates.step(doc, Options()), Options())
        pred = [q.model_dump() for q in doc.quantities]
        gold = g.layers["quantities"]
        t["gold"] += len(gold)
        for gi, pi in match(gold, pred, overlap):
            t["matched"] += 1
            t["unit"] += gold[gi]["unit"] == pred[pi]["unit"]
            t["range"] += all(
                (gold[gi][k] is None and pred[pi][k] is None)
                or (gold[gi][k] is not None and pred[pi][k] is not None
                    and abs(gold[gi][k] - pred[pi][k]) <= 0.005 * abs(gold[gi][k]))
                for k in ("min", "best", "max"))
    return t


def test_the_corpus_is_there(tally: dict[str, int]) -> None:
    assert tally["gold"] == 205


def test_unit_accuracy_floor(tally: dict[str, int]) -> None:
    # measured 0.964 (135/140) on 2026-11-25; with part C 0.971 (199/205)
    assert tally["unit"] / tally["gold"] >= 0.94


def test_range_accuracy_floor(tally: dict[str, int]) -> None:
    # measured 0.971 (136/140) on 2026-11-25; with part C 0.976 (200/205)
    assert tally["range"] / tally["gold"] >= 0.95
