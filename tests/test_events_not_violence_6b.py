"""Words of violence or protest that tell none (events-6b, session 6: the classes of audits J
and K that events-6d sent, and of audit 6b): an accident's toll told in the next sentence, a
cyber attack, cheering and celebrating, plans ruled out or included in a
policy, a written statement of protesters. Each class: two instances that must yield nothing
and an occurrence of the same shape that must keep its event. (The natural-disaster class
was measured and removed by events-6f: docs/events.md.)"""

from __future__ import annotations

import pytest
from tests._events import triggers


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال المسؤول إن سيارة انقلبت على الطريق أمس. وأضاف "خمسة ركاب لقوا حتفهم في الحال".', []),
    ("وقع حادث مرور مروع صباح اليوم على الطريق السريعة. ولقي ثلاثة أشخاص حتفهم في الحال.", []),
    # must stay: an attack called an incident in the sentence before
    ("وقال المصدر إن الحادث الإرهابي وقع أمس بتفجير سيارة مفخخة. ولقي ثلاثة أشخاص حتفهم في الحال.",
     ["وقع أمس بتفجير"]),
])
def test_toll_of_an_accident_told_before(text: str, expected: list[str]) -> None:
    assert triggers(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وتعرضت شبكة البنك لهجوم بفيروس الفدية أمس.", []),
    ("وشن الهاكرز هجمات على مواقع وزارة الدفاع أمس.", []),
    ("وشن مسلحون هجوما على حاسوب مركزي في المدينة أمس وقتلوا حارسين.", ["وقتلوا"]),  # must stay
])
def test_cyber_attack(text: str, expected: list[str]) -> None:
    assert triggers(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وقد شهدت المباراة حضور جماهير غفيرة من المشجعين الشبان، حيث رددت الجماهير هتافات تشجيع وأحيت"
     " المدارج بأجواء احتفالية.", []),
    ("وبعد انتهاء المباراة خرجت جماهير النادي الأهلي إلى الشوارع احتفالا بفوز فريقهم.", []),
    # must stay: fans protesting
    ("وخرج آلاف المشجعين إلى الشوارع احتجاجا على هزيمة الفريق وحالة الملعب.", ["وخرج"]),
])
def test_cheering_and_celebrating(text: str, expected: list[str]) -> None:
    assert triggers(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("ومنذ انتخابه أعلن الرئيس أنه سيشن حربا شرسة على المخدرات ويتضمن ذلك قتل المهربين والمستهلكين.", []),
    ("وأفادت وسائل إعلام بأن العامري تم تعريفه بأنه مصدر تهديد في فيفري الماضي لكن محققين استبعدوا"
     " إقدامه على تنفيذ هجوم.", []),
    ("وأكد أن الإشكال أصبح كبيرا وأصبح يتم التجييش والتعبئة لأعمال عنف وتخريب وهجوم مسلح على المعهد عبر"
     " صفحات معدة للغرض على شبكات التواصل الاجتماعي.", []),
    ("وقال الجيش إن المسلحين هاجموا المعهد أمس وقتلوا حارسين.", ["هاجموا المعهد أمس وقتلوا"]),  # must stay
])
def test_ruled_out_mobilised_or_included(text: str, expected: list[str]) -> None:
    assert triggers(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وختم المحتجون البيان بالتأكيد على تشبثهم بحقهم المشروع في التنمية.", []),
    ("وأصدر المحتجون بيانا طالبوا فيه بالتشغيل.", []),
    ("وجاب المحتجون شوارع المدينة رافعين شعارات تطالب بالتشغيل.", ["وجاب"]),  # must stay
])
def test_statement_of_protesters(text: str, expected: list[str]) -> None:
    assert triggers(text) == expected
