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
