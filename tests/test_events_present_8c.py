"""Thirteenth pass (events-8c, docs/events.md): a present verb told as what people do, a state or
an opinion is no occurrence (``practices.present_told``, stage 4 of ``filters.keep_mentions``),
unless it tells a past or an ongoing act. Sentences written for these tests."""

from __future__ import annotations

import pytest

from _events import typed_triggers


@pytest.mark.parametrize("text", [
    # what people do, of every type: protests, riots, arrests, recruitment, movement
    "الكل هنا يتظاهر بمظهر الضحية.",
    "وتحرق الميليشيات الأحياء على رؤوس سكانها وتقطع طرق الإغاثة.",
    "وتعتقل إسرائيل في سجونها عشرات الأسرى المحررين.",
    "ويرى مراقبون أن التنظيم يجند الشباب عبر مواقع التواصل.",
    "وهذا ينسحب على قوات الحوثيين التي تنسحب من المدن.",
])
def test_present_told_as_what_people_do_yields_nothing(text: str) -> None:
    assert typed_triggers(text) == []


@pytest.mark.parametrize("text, expected", [
    # 1. governed by «قبل أن», or joined to a verb it governs
    ("وصل المسلح إلى القاعة قبل أن يفتح النار عشوائيا على الحاضرين فقتل 12 شخصا.",
     [("يفتح النار", "attack"), ("فقتل", "attack")]),
    ("وقف الشاب بين المتظاهرين قبل أن يقترب من الحاجز ويفجر نفسه وسط الجنود ما أسفر عن مقتل خمسة منهم.",
     [("ويفجر نفسه", "suicide_bomb"), ("أسفر عن مقتل", "armed_clash")]),
    # 2. the past continuous
    ("كان المتظاهرون يرددون شعارات مناهضة للحكومة أمام البرلمان.", [("يرددون شعارات", "peaceful_protest")]),
    # 3. a verb of seeing
    ("قال شاهد إنه رأى مسلحين يطلقون النار على الطائرات بعد الهجوم.",
     [("يطلقون النار", "armed_clash"), ("الهجوم", "attack")]),
    # 4. protesters described in a relative clause: an ongoing protest
    ("تواصلت أمس المواجهات بين قوات الأمن ومجموعات من الشبان الذين يحتجون على مقتل مواطن.",
     [("تواصلت أمس المواجهات", "violent_demonstration"), ("يحتجون", "peaceful_protest")]),
    # 5. a headline (no full stop), at the start of a line or after a colon
    ("الكاميرون تعتقل 3 أشخاص يشتبه بانتمائهم لبوكو حرام", [("تعتقل", "arrests")]),
    ("تونس: الأهالي يحتجون ويغلقون الطريق الرئيسية", [("يحتجون", "violent_demonstration")]),
    # 6. a number after it: a toll
    ("تفجير انتحاري في سوق شعبي ببغداد يقتل 20 شخصا على الأقل.", [("يقتل", "suicide_bomb")]),
])
def test_present_telling_an_act_stays(text: str, expected: list[tuple[str, str]]) -> None:
    assert typed_triggers(text) == expected


def test_dropped_present_still_confirms_a_weak_word() -> None:
    # «وهم يحملون ... لافتات» is no event of its own, but confirms the weak «تجمع» it describes
    text = "وتجمع عشرات الفلسطينيين في ميدان المنارة وهم يحملون الأعلام ولافتات تطالب بوقف الاستيطان."
    assert typed_triggers(text) == [("وتجمع", "peaceful_protest")]
