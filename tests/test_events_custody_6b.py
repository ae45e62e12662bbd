"""«إيقاف» of a post is a suspension, not an arrest, whatever tells it done (events-6b,
session 6: custody.cared_for, read by the filters' stage 2 too): two instances that must yield
nothing, and arrests of the same shape (work named without «عن») that must stay."""

from __future__ import annotations

import pytest
from tests._events import triggers


@pytest.mark.parametrize(("text", "expected"), [
    ("وكانت الصحفية قد كتبت مساء أمس الخميس أنه تم ايقافها عن العمل بطريقة تعسفية من مهامها كمسؤولة على"
     " قسم الواب.", []),
    ("وقال المصدر إنه تم إيقافه عن مهامه إلى حين انتهاء التحقيق.", []),
    # must stay: arrests (work without «عن»; care words far)
    ("يشار إلى أنه تم إيقافهم يوم الخميس المنقضي، بتهمة تعطيل سير العمل للإدارة الجهوية.", ["تم إيقافهم"]),
    ("وقد تم إيقافه بعد تدخل أعوان الحرس الوطني، كما تم نقل التلميذة إلى المستشفى.", ["تم إيقافه"]),
])
def test_suspension_is_no_arrest(text: str, expected: list[str]) -> None:
    assert triggers(text) == expected


@pytest.mark.parametrize(("text", "kept"), [
    # «إيقاف ... عن» + anything: stopped from doing it
    ("وأضافت أن المديرة العامة أحالتها على عدم المباشرة بصفة مؤقتة وقامت بإيقافها عن تنشيط برنامج ملا نهار.",
     False),
    # must stay: «عن طريق» (by means of) tells how the arrest was made
    ("وتم إيقافه عن طريق كمين نصبته الوحدات الأمنية أمس.", True),
])
def test_stopped_from_doing(text: str, kept: bool) -> None:
    assert any("إيقاف" in t for t in triggers(text)) == kept
