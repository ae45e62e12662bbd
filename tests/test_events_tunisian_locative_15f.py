"""Tunisia's area words name where an event happened (events-15f): «بجهة قليبية»،
«بمعتمدية السواسي» place the event as «بمدينة» does (``where._LOCATIVE``); a «جهة» that is
not an area word before a place («من جهة المخلاف»، «جهة أمنية») changes nothing; and a place
after «أصيل/أصيلي» is where a person comes from (``where._ORIGIN``), not where."""

from __future__ import annotations

import pytest

from khabar import analyze


def _placed(text: str) -> list[tuple[str, str | None]]:
    rec = analyze(text)
    places = {p.id: p.text for p in rec.places}
    return [(e.trigger.text, places.get(e.place or "")) for e in rec.events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «بجهة X»: the only place named as where (was None: two places, none after a locative)
        ("تم أمس القبض على 3 أشخاص بجهة قليبية من ولاية نابل كانوا يعتزمون اجتياز الحدود البحرية خلسة.",
         [("تم أمس القبض على", "قليبية")]),
        # «بمعتمدية X» wins over the correspondent's town (was المهدية, the reporter's place)
        ("شهد حقل سيدي الكيلاني بمعتمدية السواسي وقفة احتجاجية، وفقا لمراسل الجوهرة أف أم في المهدية.",
         [("وقفة احتجاجية", "السواسي")]),
        # the murder where it was done, the arrest where the police unit is (was قفصة for both)
        ("تمكنت فرقة الشرطة العدلية بقفصة فجر اليوم من القبض على مرتكب جريمة قتل بمعتمدية أم العرايس.",
         [("القبض على", "قفصة"), ("جريمة قتل", "أم العرايس")]),
    ],
)
def test_area_word_names_where(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _placed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «من جهة X» is a side, not where: the place named with «في» stays
        ("اندلعت اشتباكات في شارع الستين أقصى شمال تعز من جهة المخلاف.", [("اندلعت اشتباكات", "شارع الستين")]),
        # «من جهة أخرى» turns to other news: each event keeps its own place
        ("اعتقلت الشرطة شخصين في سوسة، من جهة أخرى تظاهر مئات في صفاقس.",
         [("اعتقلت", "سوسة"), ("تظاهر", "صفاقس")]),
        # no place at all: nothing to name
        ("قالت جهة أمنية إن الشرطة اعتقلت شخصين بجهة مجهولة.", [("اعتقلت", None)]),
    ],
)
def test_other_uses_change_nothing(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _placed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the arrested man's home delegation is not where he was arrested (was القصرين)
        ("تم ايقاف شابين أصيلي ولاية القصرين في مدينة سوسة.", [("تم ايقاف", "سوسة")]),
        # nor with the area word: the campaign's town stays
        ("تم ايقاف شاب أصيل معتمدية دوار هيشر على إثر حملة أمنية في مدينة منوبة.", [("تم ايقاف", "منوبة")]),
    ],
)
def test_origin_is_not_where(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _placed(text) == expected
