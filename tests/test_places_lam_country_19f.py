"""Session 19 (places-19f): ل + a country whose name starts with ل (docs/places.md, "Session 19:
«شمال البلاد» and other small items (places-19f)").

``mentions.first_token_variants`` drops ب/ل from every word (its step 3) but read «لل» only as
ل + «الX», so «للبنان»، «لليبيا» were never found. ``mentions._lam_country`` adds the reading
for countries only: the same reading of other names finds words («للأول» Laval, «لليسار» a
village, «للكسر» Luxor). «للأردن» keeps its span «لأردن» (ل + «الأردن»: docs/annotation.md
spans «للجيش» → «لجيش»). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from _places import places


def _rows(text: str) -> list[tuple[str, str | None]]:
    return [(r.text, r.country) for r in places(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ل + a country named with ل: found, the span after the first ل
        ("قدمت الإمارات دعما للبنان.", [("الإمارات", "AE"), ("لبنان", "LB")]),
        ("أرسلت قطر مساعدات لليبيا.", [("قطر", "QA"), ("ليبيا", "LY")]),
        ("وصل الوفد إلى تونس ثم توجه وللبنان.", [("تونس", "TN"), ("لبنان", "LB")]),
        # ل + «الX» keeps its reading and its span («لأردن»، «لعراق»)
        ("قدمت السعودية مساعدات للأردن وللعراق.", [("السعودية", "SA"), ("لأردن", "JO"), ("لعراق", "IQ")]),
        # words: no country reading, no record
        ("قال إنه عاد للوراء للأول مرة.", []),
        ("انحرف لليسار وتعرض للكسر.", []),
        ("أعلنت الحكومة عن خطة للحج هذا العام.", []),
    ],
)
def test_lam_before_a_country_named_with_lam(text: str, expected: list[tuple[str, str]]) -> None:
    assert _rows(text) == expected
