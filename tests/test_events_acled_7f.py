"""ACLED typing of attacks on armed targets after the merge (events-7f; acled_type.py rule 7,
docs/events.md "Twelfth pass: typing attacks on armed targets").

Each class: two sentences it makes a battle (and that are no battle with the rule switched off),
and sentences that must stay violence against civilians or remote violence."""

from __future__ import annotations

import pytest

import khabar
import khabar.events as events_step


def _types(text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.subtype) for e in khabar.analyze(text).events]


BATTLES = [
    # a site that is military by itself
    ("قام مسلحون بمهاجمة ثكنة للجيش في بلدة سيفاري صباح أمس.", "site"),
    ("وهاجمت عناصر التنظيم قطعات عسكرية تابعة للفرقة الثامنة في منطقة الفلاحات غرب المدينة.", "site"),
    # a place word with an armed owner or a military adjective, as the target or after «على»
    ("وقال مسؤولون إن مقاتلي الحزب هاجموا موقعا أماميا للجيش الليلة الماضية في جنوب شرق البلاد.", "owned site"),
    ("وشن مسلحون هجوما على عدد من الكمائن للجيش قرب الحدود أمس.", "owned site"),
    # the subject of «تعرض» before the attack word
    ("تعرضت دورية أمنية ببن قردان في ساعة متأخرة من مساء أمس الأحد إلى إطلاق نار من قبل مجهولين.", "under attack"),
    ("وتعرضت مراكز عسكرية تركية لهجمات كثيرة في المناطق ذات الغالبية الكردية.", "under attack"),
    # armed dead right after a noun of death in the trigger
    ("أعلنت الوزارة مقتل شرطي وإصابة ثلاثة آخرين في هجوم على سيارة ترحيلات جنوب القاهرة.", "armed dead"),
    ("وأعلن الجيش مقتل جندي وإصابة اثنين آخرين في هجوم على حافلة قرب العريش.", "armed dead"),
    # armed people named by a count and a group noun, as the dead after the trigger or its target
    ("ووقعت هجمات أدت إلى مقتل خمسة من أفراد الجيش في الولاية أمس.", "counted armed"),
    ("وقال قائد محلي إن العشرات من عناصر التنظيم قتلوا في عمليات تطهير المدينة.", "counted armed"),
    # fire exchanged
    ("وتبادل مسلحون من العشيرتين إطلاق النار أمس في سوق البلدة.", "exchange"),
]

STAY = [
    # a place word with no armed owner
    ("وهاجم مسلحون مقر السفارة في صنعاء أمس.", "violence_against_civilians"),
    # a captive is a civilian
    ("وقام بعض الأهالي بذبح أحد الجنود الانقلابيين بعد أن سلم نفسه وسلاحه على الجسر.", "violence_against_civilians"),
    ("وأعدم التنظيم خمسة جنود أسرى في ساحة المعسكر أمس.", "violence_against_civilians"),
    # «تعرض» with an unarmed subject
    ("تعرضت امرأة في ساعة متأخرة من مساء أمس الأحد إلى إطلاق نار من قبل مجهولين.", "violence_against_civilians"),
    # a military site named only as where unarmed victims were shot
    ("وأطلق مجهولون النار على سيارة تقل مدنيين قرب نقطة تفتيش عسكرية أمس.", "violence_against_civilians"),
    # members of no armed group; armed dead of another clause («بعد أيام على مقتل»)
    ("ووقع هجوم أسفر عن مقتل أحد أفراد القبيلة عند السوق أمس.", "violence_against_civilians"),
    ("ويأتي هجوم أمس الخميس بعد أيام على مقتل سبعة جنود في المنطقة نفسها.", "violence_against_civilians"),
    # an exchange word of another clause
    ("وأطلق مسلحون النار على المصلين في المسجد أمس بعد أن تبادل الطرفان الاتهامات.", "violence_against_civilians"),
    # remote means: explosions/remote violence, not a battle
    ("وقتل أربعة أشخاص في هجوم بقذيفة صاروخية على نقطة تفتيش عسكرية على الطريق الدولي.",
     "explosions_remote_violence"),
]


@pytest.mark.parametrize(("text", "kind"), BATTLES)
def test_attack_on_armed_side_is_a_battle(text: str, kind: str) -> None:
    assert _types(text) == [("battles", "armed_clash")], kind


@pytest.mark.parametrize(("text", "kind"), BATTLES)
def test_without_the_rule_it_is_an_attack(text: str, kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(events_step, "armed_side_retype", lambda doc, evs: list(evs))
    assert _types(text) == [("violence_against_civilians", "attack")], kind


@pytest.mark.parametrize(("text", "expected"), STAY)
def test_attack_on_unarmed_or_remote_stays(text: str, expected: str) -> None:
    assert [t for t, _ in _types(text)][:1] == [expected]


def test_no_event_no_change() -> None:
    assert _types("وزار وفد من الجيش الثكنة الجديدة أمس.") == []
