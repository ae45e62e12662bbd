"""Pieces of scripts/select_gold.py: dates, near-duplicate test, keyword scoring."""

from __future__ import annotations

import pytest

from _scripts import script_module

sg = script_module("select_gold")


@pytest.mark.parametrize(("date", "year"), [
    ("19/06/2017", "2017"),  # ANT day-first
    ("2017-01-22T185600", "2017"),
    ("2015-07-21 02:51:32", "2015"),  # SaudiNewsNet
    ("2012-2014", "unknown"),  # Wikinews: no date
    (None, "unknown"),
])
def test_year_of(date: str | None, year: str) -> None:
    assert sg.year_of(date) == year


WIRE = "قالت وزارة الدفاع إن قواتها قتلت عشرة مسلحين في هجوم على قاعدة عسكرية شمال البلاد يوم الأحد"


@pytest.mark.parametrize(("other", "duplicate"), [
    (WIRE + " وأضافت أن العملية مستمرة", True),  # the same wire story, one sentence added
    ("أعلنت الحكومة خطة جديدة لدعم المزارعين في الجنوب خلال العام المقبل", False),
])
def test_near_duplicate(other: str, duplicate: bool) -> None:
    j = sg.jaccard(sg.shingles(WIRE), sg.shingles(other))
    assert (j >= sg.NEAR_DUP_JACCARD) == duplicate


@pytest.mark.parametrize(("text", "conflict", "cues"), [
    ("وقال المتحدث إن القوات قصفت مواقع داعش", 3, 1),  # قوات، قصف، داعش / قال
    ("افتتح المعرض الدولي للكتاب أبوابه", 0, 0),
])
def test_keyword_hits(text: str, conflict: int, cues: int) -> None:
    stems = sg._stems(text)
    assert (sg._hits(stems, sg.CONFLICT_WORDS), sg._hits(stems, sg.CUE_WORDS)) == (conflict, cues)
