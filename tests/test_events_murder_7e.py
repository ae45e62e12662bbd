"""Twelfth pass (events-7e, docs/events.md): a murder named as a crime («جريمة قتل») told as
committed or as having taken place is an attack; after a court's ruling it is the case judged
(``senses._ruled_on``, list ``court_rulings``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from _events import doc_of
from khabar.events import extract_events


def _attacks(text: str) -> list[str]:
    return [e.trigger.text for e in extract_events(doc_of(text)) if e.subtype == "attack"]


@pytest.mark.parametrize("text", [
    "جدت ليلة البارحة بحي النور جريمة قتل بشعة راح ضحيتها شاب في العشرين من عمره.",
    "تمكن أعوان الشرطة اليوم من الكشف عن مرتكب جريمة قتل جدت يوم 3 مارس بمدينة قابس.",
    "جريمة قتل شهدتها مدينة المهدية مساء اليوم الأحد إثر خلاف بين جارين.",
])
def test_murder_named_as_a_crime_is_an_attack(text: str) -> None:
    assert _attacks(text) == ["جريمة قتل"]


@pytest.mark.parametrize("text", [
    "أصدرت المحكمة أمس حكما بالسجن ضد المتهم في جريمة قتل.",
    "وكان الممثل قد أدين العام الماضي بجريمة قتل.",
    "وأكد الوزير أن جرائم القتل تراجعت هذا العام.",
    # manslaughter, the charge after an accident
    "وتم أمس إيداع السائق السجن بجريمة القتل الخطأ بعد حادث المرور.",
    "ووجهت النيابة اليوم إلى الطبيب تهمة ارتكاب جريمة قتل خطأ.",
])
def test_murder_judged_or_counted_is_none(text: str) -> None:
    assert _attacks(text) == []


def _types(text: str) -> list[str]:
    return [e.type for e in extract_events(doc_of(text))]


@pytest.mark.parametrize("text", [
    "تمكن أعوان الشرطة اليوم من الكشف عن مرتكب جريمة قتل جدت يوم 3 مارس بمدينة قابس.",
    "ألقت وحدات الحرس الوطني اليوم القبض على شاب ارتكب جريمة قتل مساء أمس.",
])
def test_murder_uncovered_by_the_police_is_no_battle(text: str) -> None:
    assert "battles" not in _types(text)
    assert "violence_against_civilians" in _types(text)


def test_attack_on_a_police_post_stays_a_battle() -> None:
    assert _types("هاجم مسلحون مركزا للشرطة في مدينة العريش صباح اليوم.") == ["battles"]
