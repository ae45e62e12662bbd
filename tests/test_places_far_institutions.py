"""A place first named after an institution («المحكمة الابتدائية بتونس»، «الشرطة العدلية
بالمنستير»، «السفارة الأميركية بالقاهرة») takes, as its record's span, a later plain mention
when it has one (``anchors._span_outside_institutions``): annotators differ on whether the
place after an institution is a mention (part F's «للحرس الوطني بتونس» is, the ANT part's
«المحكمة الابتدائية بتونس» is not), a plain mention is one for all of them. All sentences
were written for these tests.
"""

from __future__ import annotations

import pytest

from _places import places


def _record(text: str, name_en: str):
    hits = [r for r in places(text) if r.name_en == name_en]
    assert len(hits) == 1, [(r.text, r.name_en) for r in places(text)]
    return hits[0]


@pytest.mark.parametrize(
    ("text", "name_en", "after"),
    [
        ("قال الناطق الرسمي باسم المحكمة الابتدائية بتونس إن المجموعة سعت إلى زعزعة استقرار تونس.",
         "Tunisia", "استقرار "),
        ("تمكنت فرقة الشرطة العدلية بالمنستير من حجز أسلحة في شقة بإحدى ضواحي مدينة المنستير.",
         "Monastir", "مدينة "),
        ("أفاد المتحدث باسم السفارة الأميركية بالقاهرة أن الدعم العسكري للقاهرة مستمر.",
         "Cairo", "العسكري ل"),
    ],
)
def test_record_takes_a_plain_mention(text: str, name_en: str, after: str) -> None:
    r = _record(text, name_en)
    assert text[: r.start].endswith(after)


@pytest.mark.parametrize(
    ("text", "name_en", "start"),
    [
        # the institution's mention is the only one: it stays the record's span (a court's
        # «بتونس» is the capital, the court's seat: ``cues._seat_of_body``, session 6)
        ("أصدرت المحكمة الابتدائية بتونس أحكاما في القضية.", "Tunis", 26),
        # a plain first mention stays first
        ("وصل الوفد إلى تونس ثم زار المحكمة الابتدائية بتونس.", "Tunisia", 14),
    ],
)
def test_nothing_moves_otherwise(text: str, name_en: str, start: int) -> None:
    assert _record(text, name_en).start == start
