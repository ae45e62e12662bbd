"""Ninth pass: merging (events-5b): one event per occurrence across the article
(docs/events.md, "Ninth pass: merging"). Each class: two instances and a pair of separate
occurrences that must stay apart. Texts written for the tests."""

from __future__ import annotations

import pytest

from _events import doc_of, triggers
from khabar.events import extract_events
from khabar.events.retellings import PlaceKey, Told, merge_events
from khabar.schema import Event, Span


# A mention of violence with nothing of its own (no place, date, doer, toll), a sentence or
# two after an occurrence of its subtype (the next sentence: of its type): that occurrence.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # shells on a town, then a man whose house was hit by the shelling
        ("سقطت قذائف أطلقتها الميليشيات على منازل في مدينة نجران أمس. وأصيب منزل أحد المواطنين "
         "بأضرار. وقال المواطن الذي تعرض منزله للقصف إنه كان خارج البيت.", 1),
        # strikes on a camp, then the rebels on the hills around it under bombardment
        ("شنت طائرات التحالف غارات عنيفة على المتمردين داخل معسكر لبوزة أمس. وحاول المتمردون "
         "صد المقاومة إلا أنهم تعرضوا لقصف عنيف من الطائرات.", 1),
        # two strikes, each with its own place: two occurrences
        ("شنت طائرات التحالف غارات على مواقع الحوثيين في صعدة أمس. وشنت الطائرات غارات أخرى "
         "على مواقع في حجة.", 2),
    ],
)
def test_bare_retelling_joins_the_occurrence_told_last(text: str, expected: int) -> None:
    assert len(triggers(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «أخرى»، «مماثلة» after an adjective of the noun mark another occurrence
        ("سيطرت المقاومة على مواقع في جبهة المخدرة بعد اشتباكات عنيفة. وتدور اشتباكات عنيفة مماثلة "
         "في الجبهة الشمالية.", 2),
        ("قصفت طائرة حربية موقعا للمتمردين قرب مأرب. كما قصفت طائرة حربية أخرى موقعا في جبهة صرواح.", 2),
        # a preposition ends the noun phrase: other sites, not another strike
        ("قصفت طائرات التحالف مواقع للمتمردين في مأرب أمس. واستهدف القصف مخازن أسلحة في مواقع أخرى.", 1),
    ],
)
def test_another_after_an_adjective(text: str, expected: int) -> None:
    assert len(triggers(text)) == expected


# A day apart at one place or near it (the report's «أمس الأحد», its detail's «مساء السبت»): one
# occurrence of a subtype told again in the next sentences; far apart, or two days: two.
def _ev(trigger: str, date: str, place: str) -> Event:
    return Event(id="v0", type="battles", subtype="armed_clash", trigger=Span(text=trigger, start=0, end=len(trigger)),
                 actors=[], targets=[], place=place, date=date, fatalities=None, claim=None, mentions=[])


_DATES = {"sun": "2015-07-26", "sat": "2015-07-25", "fri": "2015-07-24"}
_PLACES: dict[str, PlaceKey] = {
    "marib": ("Ma'rib", "city", "YE", 15.4625, 45.3258),
    "jufainah": ("Al Jufainah (Marib)", "village", "YE", 15.42, 45.29),
    "sirwah": ("Sirwah", "village", "YE", 15.4493, 45.0189),
    "taiz": ("Taiz", "city", "YE", 13.5795, 44.0209),
}


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (("sun", "marib"), ("sat", "jufainah"), 1),  # 6 km, a day apart
        (("sat", "jufainah"), ("sun", "marib"), 1),
        (("sun", "marib"), ("sat", "taiz"), 2),  # 200 km apart
        (("sun", "marib"), ("sat", "sirwah"), 2),  # 30 km apart
        (("sun", "marib"), ("fri", "jufainah"), 2),  # two days apart
    ],
)
def test_a_day_apart_near_one_place(first: tuple[str, str], second: tuple[str, str], expected: int) -> None:
    events = [_ev("مواجهات", *first), _ev("مواجهات عنيفة", *second)]
    told = [Told(False, "clash"), Told(False, "clash")]
    # (not the article's lead: sentences 3 and 4)
    assert len(merge_events(events, [3, 4], _DATES, _PLACES, told)) == expected


# An unknown place located by a direction from a known one («ولاية لوغار جنوب كابول») stands at
# that place's centre but may lie up to 75 km from it: the detail at a town 60 km away is the
# same strike; an unknown place at a town's centre («وسط الرمادي») is not so loose.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل 14 جنديا أفغانيا أمس في غارة أمريكية على حاجز للجيش في ولاية لوغار جنوب كابول. وقال "
         "حاكم منطقة بركي حيث وقعت الغارة إن مروحيتين أمريكيتين هاجمتا حاجزا للجيش.", 1),
        ("قتل عشرة مسلحين أمس في غارة للتحالف على قرية أم الطبول جنوب شرق الموصل. وقال مسؤول في قضاء "
         "مخمور حيث وقعت الغارة إن طائرات التحالف قصفت منزلين.", 1),
        ("قتل خمسة مسلحين أمس في غارة على منطقة التأميم وسط الرمادي. وقال مسؤول في الكرمة حيث وقعت "
         "الغارة إن طائرة قصفت منزلين.", 2),
    ],
)
def test_unknown_place_told_by_a_direction(text: str, expected: int) -> None:
    doc = doc_of(text, date="2015-07-21")
    assert len(extract_events(doc)) == expected


# An occurrence named in passing («إثر»، «بعد»، «عقب») and referred back to in its own sentence
# («الخلية التي نفذت الهجوم»، «وكان الهجوم استهدف»، «وأسفر عن مقتل») is one occurrence; another
# one told after «فيما» in that sentence stays apart.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أفرج القضاء عن ثمانية أشخاص تم توقيفهم إثر اعتداء متحف باردو في مارس الماضي، بينهم شخص "
         "قدم حينها باعتباره قائد الخلية التي نفذت الهجوم.", ["تم توقيفهم", "اعتداء"]),
        ("أمر الحكام بتسليح الحرس الوطني بعد مقتل أربعة جنود بالرصاص يوم الخميس في مدينة تشاتانوجا، "
         "وكان الهجوم استهدف منشأتين عسكريتين.", ["بالرصاص"]),
        ("أمر الحكام بتسليح الحرس الوطني بعد مقتل أربعة جنود بالرصاص يوم الخميس في مدينة تشاتانوجا، "
         "فيما قتل مسلحون شرطيا في هجوم آخر في دالاس.", ["بالرصاص", "قتل مسلحون شرطيا في هجوم"]),
    ],
)
def test_named_in_passing_then_referred_back(text: str, expected: list[str]) -> None:
    assert triggers(text) == expected
