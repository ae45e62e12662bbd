"""Tenth pass on Tunisian news (events-5f): what kept one occurrence's retellings apart
(docs/events.md, "Tenth pass: merging on Tunisian news")."""

from __future__ import annotations

import pytest

from _events import doc_of
from khabar.events import extract_events


def events_of(text: str) -> list[tuple[str, str | None]]:
    """(subtype, date value) of each event, in text order."""
    doc = doc_of(text, date="2017-06-05")
    values = {d.id: d.value for d in doc.dates}
    return [(e.subtype or "", values.get(e.date or "")) for e in extract_events(doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date behind «في أعقاب/إثر/عقب» + another act is that act's: the retelling joins
        ("تظاهر آلاف يوم الخميس في الرباط للمطالبة بالإفراج عن المعتقلين. وانتشرت الشرطة بكثافة "
         "خلال المظاهرة، وذلك في أعقاب مواجهات بين متظاهرين وقوات الأمن في نهاية الأسبوع الماضي.",
         [("peaceful_protest", "2017-06-01")]),
        ("اعتقلت الشرطة ثلاثة شبان يوم الخميس في سوسة. وتمكن الأعوان من إيقاف الشبان إثر شكوى "
         "تقدمت بها مواطنة يوم 20 ماي.",
         [("arrests", "2017-06-01")]),
        ("نظم العمال وقفة احتجاجية يوم الخميس أمام مقر الولاية. وتأتي الوقفة الاحتجاجية عقب إضراب "
         "نفذه العمال يوم 20 ماي.",
         [("peaceful_protest", "2017-06-01"), ("peaceful_protest", "2017-05-20")]),
    ],
)
def test_date_behind_passing_word_is_the_other_acts(text: str, expected: list) -> None:
    assert events_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «بعد ظهر» is a time, not another act: the date stays the trigger's, two arrests
        ("اعتقلت الشرطة شابا يوم الخميس في سوسة. وأوضح المصدر أن الشاب اعتقل بعد ظهر الأربعاء في المنزل.",
         [("arrests", "2017-06-01"), ("arrests", "2017-05-31")]),
        # the dead or hurt of the act named after «بعد/إثر» fell at its time: the date stays
        ("وقتل المهاجم بعد عملية برلين في تبادل لإطلاق النار مع الشرطة قرب ميلانو في 23 ديسمبر.",
         [("armed_clash", "2016-12-23")]),
        ("وأصيب شرطيان بجروح بعد هجوم شنه مسلحون على دورية أمنية في القصرين مساء الجمعة.",
         [("armed_clash", "2017-06-02")]),
        # no passing word: an earlier arrest on its own date stays apart
        ("اعتقلت الشرطة شابا يوم الخميس في سوسة. وكانت الشرطة قد اعتقلت شقيقه يوم 20 ماي في المنزل.",
         [("arrests", "2017-06-01"), ("arrests", "2017-05-20")]),
    ],
)
def test_date_not_behind_passing_word_stays(text: str, expected: list) -> None:
    assert events_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a raid after «بعد» is how the sentence's arrest was made: one event
        ("تمكنت وحدات مختصة في مكافحة الإرهاب يوم الخميس من إلقاء القبض على شخص ببنزرت يشتبه في "
         "انتمائه لتيار متشدد وذلك بعد مداهمة منزله.",
         [("arrests", "2017-06-01")]),
        ("نجحت فرقة الشرطة العدلية بسليانة يوم الخميس في إلقاء القبض على شاب تتعلق به تهم إرهابية، "
         "وذلك بعد مداهمة منزل والديه.",
         [("arrests", "2017-06-01")]),
        # and the date behind «بعد مداهمة» stays the arrest's
        ("تمكن أعوان فرقة الشرطة العدلية بسوسة من إيقاف المتهم بعد مداهمة منزله بحي التضامن يوم الخميس.",
         [("arrests", "2017-06-01")]),
        # a raid told in its own sentence, on its own date, stays apart
        ("اعتقلت الشرطة ثلاثة أشخاص في سوسة يوم الخميس. وكانت قوات الأمن قد نفذت مداهمة لمنزل في "
         "القصرين يوم 20 ماي.",
         [("arrests", "2017-06-01"), ("arrests", "2017-05-20")]),
    ],
)
def test_raid_of_the_arrest_is_one_event(text: str, expected: list) -> None:
    assert events_of(text) == expected
