"""Eleventh pass: over-merges (events-6e): occurrences told apart that a merge had joined
(docs/events.md, "Eleventh pass: over-merges (events-6e)"). Each class: two instances or more
and one real retelling that must still merge. Texts written for the tests."""

from __future__ import annotations

import pytest

from _events import triggers


# A list of strikes in one sentence (the Syrian Observatory's dense reports): a noun opened by
# «بينما/فيما/وسط» and an agentive support verb, its verbal noun or a verb of falling («بينما
# نفذ الطيران الحربي 3 غارات»، «وسط تنفيذ الطيران الحربي أربع غارات»، «بينما سقط صاروخ») is an
# act of its own, not the first strike of the sentence told again.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # three acts: barrels, then «وسط تنفيذ ... غارات», then «بينما نفذ ... غارات»
        ("قصف الطيران المروحي بالبراميل المتفجرة مناطق في بلدة داعل، وسط تنفيذ الطيران الحربي أربع "
         "غارات على أماكن في بلدة نصيب، بينما نفذ الطيران الحربي 3 غارات على مناطق في بلدة الحراك.", 3),
        # «بينما شنت ... غارات» after a shelling, the subject and a count between verb and noun
        ("قصفت قوات النظام مناطق في حي جوبر بدمشق، بينما شنت مقاتلات النظام الحربية خمس غارات على "
         "مناطق في مدينة دوما.", 2),
        # a missile's fall after a strike
        ("نفذ الطيران الحربي غارات على مناطق في بلدة طفس، بينما سقط صاروخ أرض أرض على منطقة في مخيم "
         "درعا.", 2),
        # no new act after «وسط»: the strikes go on (one occurrence)
        ("قصفت الطائرات الحربية بلدة داعل صباح اليوم، وسط استمرار الغارات على البلدة.", 1),
        # the strike told, its dead after «بينما»: one occurrence
        ("شن الطيران الحربي غارات على بلدة داعل، بينما قتل في الغارات خمسة مدنيين.", 1),
    ],
)
def test_a_list_of_strikes_in_one_sentence_stays_apart(text: str, expected: int) -> None:
    assert len(triggers(text)) == expected


# A report of a projectile's fall dated to its hour (the civil defence's communiqués: «في تمام
# الساعة 1:50 ... باشرت فرق الدفاع المدني بلاغا عن سقوط مقذوف على منزل») is a new fall, not
# the shelling told before; a report without an hour still refers back to the one told. (Two
# sentences without events open each text: the article's lead is retold by rules of its own.)
_OPENING = "أعلنت مديرية الدفاع المدني بمنطقة جازان حصيلة أعمالها أمس. وأشادت المديرية بجهود فرقها الميدانية. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_OPENING + "وأطلقت المليشيات الحوثية قذائف هاون على قرى حدودية. وأوضح المتحدث أنه في تمام الساعة "
         "4:20 من فجر الأربعاء باشرت فرق الدفاع المدني بلاغا عن سقوط مقذوف على مزرعة بقرية الخوبة "
         "بمحافظة الحرث.", 2),
        (_OPENING + "وقصفت المليشيات مواقع حدودية بالصواريخ. وقال المتحدث إنه عند الساعة 3:45 مساء باشرت "
         "فرق الدفاع المدني بلاغا عن سقوط مقذوفات على حي سكني بمحافظة صامطة.", 2),
        # no hour: the projectile told before, reported
        (_OPENING + "وسقط مقذوف أطلق من داخل الأراضي اليمنية على مزرعة في قرية الخوبة. وباشرت فرق الدفاع "
         "المدني بلاغا عن سقوط المقذوف ونقلت المصابين إلى المستشفى.", 1),
    ],
)
def test_a_report_of_a_fall_at_its_hour_is_a_new_fall(text: str, expected: int) -> None:
    assert len(triggers(text)) == expected
