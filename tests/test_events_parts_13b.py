"""Session 13: the parts of one battle told in its sentence (events-13b; docs/events.md, "Session 13:
the parts of one battle (events-13b)"). Texts written for the tests."""

from __future__ import annotations

import pytest

from _events import doc_of


def _events(text: str) -> list[tuple[str, list[str]]]:
    return [(e.trigger.text, [m.text for m in e.mentions]) for e in doc_of(text).events]


# A sentence that tells one battle: the fighting that won a taking, or the assault that started the
# fighting, told after «بعد/إثر/عقب/بعدما» is a part of it (merge._rejoin_battle): one event.
@pytest.mark.parametrize(
    ("text", "part"),
    [
        # the fighting that won an expulsion (audit P's «طرد ... بعد معارك», a duplicate before)
        ("نجحت قوات الجيش أمس في طرد المسلحين من البلدة بعد معارك عنيفة بين الطرفين.", "معارك"),
        # the assault that started the fighting
        ("وتجددت المعارك العنيفة في المدينة إثر هجوم شنه المسلحون على مواقع الجيش.", "هجوم"),
        # the shooting that started the clashes, told by a verb after «بعدما»
        ("ووقعت الاشتباكات بعدما أطلق مسلحون النار على دورية للشرطة.", "أطلق"),
        # the clashes in which a besieged cell was killed
        ("وحاصرت قوات الأمن ثلاثة مسلحين داخل مزرعة ونجحت في قتلهم بعد اشتباكات عنيفة.", "اشتباكات"),
    ],
)
def test_part_of_one_battle_joins_it(text: str, part: str) -> None:
    events = _events(text)
    assert len(events) == 1
    assert any(part in m for m in events[0][1])


# What stays apart: a strike after the assault it answers, a definite assault (one told before), the
# dead of an earlier killing, a bombing in the sentence, and a sentence with no violence at all.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the response: strikes after an assault are another occurrence
        ("قصفت طائرات التحالف مواقع المسلحين في شمال البلاد بعد هجوم شنوه على معسكر للجيش.", 2),
        # «إثر الهجوم»: the attack told before, named in passing
        ("وجرت صدامات إثر الهجوم استمرت طوال الليل بين قوات الأمن والمسلحين.", 2),
        # a killing after «بعد» started the clashes: an earlier occurrence (only_casualties_before)
        ("واندلعت الاشتباكات في البلدة بعد مقتل أحد أبناء القبيلة عند حاجز أمني.", 2),
        # a bombing in the sentence: not one battle (the car bomb joins the attack, the clash stays apart)
        ("دارت اشتباكات عنيفة في المدينة بعد هجوم شنه المسلحون، فيما انفجرت سيارة مفخخة قرب السوق.", 2),
        # nothing of violence
        ("وقال المتحدث إن المفاوضات ستستأنف بعد عطلة العيد.", 0),
    ],
)
def test_other_occurrences_stay_apart(text: str, expected: int) -> None:
    assert len(doc_of(text).events) == expected
