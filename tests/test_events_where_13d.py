"""events-13d: a date on the other side of «فيما/بينما/في حين/في ظل» is not the event's
(``where._across_cut``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from khabar import analyze


def _dates(text: str) -> list[tuple[str, str | None]]:
    doc = analyze(text)
    texts = {d.id: d.text for d in doc.dates}
    return [(e.trigger.text, texts.get(e.date or "")) for e in doc.events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the date after the cut belongs to the other clause: the act after it is undated
        ("شنت الطائرات غارات على مواقع المسلحين يوم الأحد، في حين واصلت المدفعية قصف القرى الحدودية.",
         [("شنت الطائرات غارات", "يوم الأحد"), ("قصف", None)]),
        ("اعتقلت الشرطة خمسة أشخاص أمس، بينما هاجم مسلحون نقطة تفتيش في المدينة.",
         [("اعتقلت", "أمس"), ("هاجم", None)]),
        # the date after «فيما» is not the act's before it
        ("انفجرت سيارة مفخخة في السوق الشعبي، فيما أعلن الجيش أمس الثلاثاء مقتل عشرة مسلحين في اشتباكات.",
         [("انفجرت", None), ("مقتل عشرة مسلحين في اشتباكات", None)]),
    ],
)
def test_date_across_cut_dropped(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «فيما أصيب»: the same occurrence's toll, its date stays
        ("قتل ثلاثة جنود فيما أصيب خمسة آخرون يوم الخميس في هجوم على دورية.", [("قتل", "يوم الخميس")]),
        # a cut before a word that goes on telling the same occurrence (``_TIED_AFTER_CUT``)
        ("قتل عشرة من المسلحين وجرح آخرون فيما أسر ثلاثة، أمس، في مواجهات مع الجيش.", [("قتل", "أمس")]),
        ("هاجم مسلحون دورية للشرطة، في حين تم القضاء على اثنين منهم صباح اليوم.", [("هاجم", "اليوم")]),
        # «فيما بعد» is "later", not a cut
        ("بدأ الخلاف بين الطرفين يوم الخميس وتطور فيما بعد إلى اشتباك مسلح في السوق.", [("اشتباك", "يوم الخميس")]),
        # the date on the trigger's side of the cut stays
        ("قصفت الطائرات البلدة يوم الجمعة، فيما فر مئات السكان منها.", [("قصفت", "يوم الجمعة")]),
        ("هاجم مسلحون مركزا للشرطة يوم السبت في ظل استمرار التوتر في المنطقة.", [("هاجم", "يوم السبت")]),
        # a date after «منذ» was never the event's; nothing to add
        ("تجددت الاشتباكات في المدينة، في ظل حصار تفرضه القوات منذ يوم الاثنين.", [("تجددت الاشتباكات", None)]),
    ],
)
def test_date_same_side_kept(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _dates(text) == expected
