"""Session 9 (events-9d, docs/events.md): «فجر» read as the first word of a name («فجر ليبيا»،
«عملية فجر الكرمة», a short name in quotes) or as dawn (a day right after it, a word of time right
before it) is no blast (``unreal._fajr_not_blast``, stage 1c of ``filters.keep_mentions``).
Sentences written for these tests after the phrasing of SaudiNewsNet 2015 articles."""

from __future__ import annotations

import pytest

from _events import typed_triggers


@pytest.mark.parametrize("text", [
    # a name: a word after it, a head before it, a short name in quotes
    "وحذر البرلمان ميليشيات فجر ليبيا المسيطرة على العاصمة من مغبة تنفيذ هذه الأحكام.",
    "وتقبع العاصمة تحت سيطرة ميليشيات «فجر ليبيا» منذ صيف العام الماضي.",
    "ما أن أنهت حملة \"فجر الأوديسا\" مهمتها حتى تركت البلاد للفوضى.",
    "واعتبر تنظيم «فجر ليبيا» أن الاتفاق يفتح الطريق أمام عودة النظام.",
    # dawn: a day after it, a word of time before it
    "ولفت إلى أن الوضع توتر منذ ساعات فجر أول أيام عيد الفطر حتى اللحظة.",
    "وصل الوزير إلى المدينة فجر (الأحد) في زيارة لم يعلن عنها.",
])
def test_fajr_as_a_name_or_dawn_yields_nothing(text: str) -> None:
    assert typed_triggers(text) == []


@pytest.mark.parametrize("text, expected", [
    # the verb «فجّر» stays: a subject after it, «أحد» (one of) is no Sunday, a quote opened by a verb
    ("فجر انتحاري يرتدي برقعا نسائيا نفسه في السوق المركزية.", [("فجر", "suicide_bomb")]),
    ("فجر أحد مسلحي داعش أمس نفسه وسط مجموعة من المدنيين.", [("فجر", "suicide_bomb")]),
    ("وقال المسؤول للصحيفة: «فجر أحد المسلحين سيارة مفخخة أمام المركز».", [("فجر", "remote_explosive")]),
    ("وتواجه كينيا التطرف منذ 1998 عندما فجر تنظيم القاعدة السفارة الأميركية في نيروبي.",
     [("فجر", "remote_explosive")]),
    # a name dropped leaves the act it was merged with: the killing in an operation named «فجر»
    ("وتمكنت القوات ضمن عملية فجر الكرمة من قتل 14 من عناصر داعش أمس.", [("قتل", "armed_clash")]),
])
def test_fajr_the_verb_and_acts_beside_a_name_stay(text: str, expected: list[tuple[str, str]]) -> None:
    assert typed_triggers(text) == expected
