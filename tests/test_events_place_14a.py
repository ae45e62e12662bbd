"""events-14a: a place placed from another by a compass word («مأرب شمال شرق صنعاء») is where
the event was; the place after the compass word is only its reference point
(``where._anchors``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from khabar import analyze


def _places(text: str) -> list[tuple[str, str | None]]:
    doc = analyze(text)
    texts = {p.id: p.text for p in doc.places}
    return [(e.trigger.text, texts.get(e.place or "")) for e in doc.events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fronted place: the reference point after the compass word is nearer the trigger
        ("وفي مأرب شمال شرق صنعاء، قتل خمسة مسلحين حوثيين في اشتباكات مع المقاومة.",
         [("قتل خمسة مسلحين حوثيين في اشتباكات", "مأرب")]),
        # the place struck, not named as where, is located by the compass phrase
        ("استهدفت غارات التحالف مأرب شمال شرق صنعاء.", [("غارات", "مأرب")]),
        ("قصفت طائرات التحالف معسكر السواد جنوب صنعاء.", [("قصفت", "السواد")]),
        # in brackets, or after a comma
        ("وفي تعز (جنوب اليمن) قصفت الميليشيات عدة أحياء سكنية.", [("قصفت", "تعز")]),
        ("اعتقلت القوات ستة فلسطينيين من محافظة الخليل، جنوب الضفة الغربية.", [("اعتقلت", "الخليل")]),
        ("قتل ثلاثة أشخاص في تفجير عبوة ناسفة في قضاء الرطبة غرب الأنبار.",
         [("قتل ثلاثة أشخاص في تفجير", "الرطبة")]),
        ("اختطف مسلحون عشرة عمال في مقاطعة كورام شمال غرب باكستان.", [("اختطف", "كورام")]),
    ],
)
def test_reference_point_gives_way(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a compass phrase after no place: the reference point is all the text says
        ("قتل خمسة جنود في هجوم على بعد 20 كيلومترا شمال بغداد.", [("قتل خمسة جنود في هجوم", "بغداد")]),
        ("قتل خمسة جنود في هجوم في شمال سوريا.", [("قتل خمسة جنود في هجوم", "شمال سوريا")]),
        # no compass word: nothing changes
        ("قتل خمسة جنود في هجوم في حلب.", [("قتل خمسة جنود في هجوم", "حلب")]),
        ("قتل خمسة جنود في هجوم في الموصل وشمال بغداد.", [("قتل خمسة جنود في هجوم", "الموصل")]),
        # no place at all
        ("قتل خمسة جنود في هجوم شنه مسلحون.", [("قتل خمسة جنود في هجوم", None)]),
    ],
)
def test_place_stays(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _places(text) == expected
