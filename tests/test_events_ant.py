"""Tunisian (ANT, Jawhara FM) police and protest news (helper events-5e, issue 7): each class of
events-5d's audits E-H with two instances and an input that must keep (or yield no) event."""

from __future__ import annotations

import pytest

from khabar import analyze


def _arrests(text: str) -> list[str]:
    return [e.trigger.text for e in analyze(text).events if e.subtype == "arrests"]


# The weak verb «أوقف» with a security force as its subject and a person as its object is an
# arrest (custody.py), also with a time told between commas before the object.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأكد أن الشرطة أوقفت المهاجم وشخصا آخر.", ["أوقفت"]),
        ("أوقفت التشكيلة العسكرية العاملة بالمنطقة المتاخمة لمعبر راس جدير، حوالي الساعة الواحدة من ظهر أمس، "
         "13 شخصا من جنسيات إفريقية مختلفة.", ["أوقفت"]),
        ("أوقف الأمن الأردني رجلا ارتبط بعشرات الفتيات عبر عقود زواج مزورة.", ["أوقف"]),
        # a service stopped, a car stopped, a company's production stopped: no arrest
        ("وأغلقت الشرطة مداخل المدينة وأوقفت خدمات الترام بعد الحادث.", []),
        ("ولم يستطع استكمال الطريق فأوقف سيارته على جانب الطريق واستدعى الشرطة.", []),
        ("وأوقفت الشركة إنتاج هاتفها نهائيا بعد أقل من شهرين على طرحه.", []),
    ],
)
def test_weak_arrest_verb_needs_a_force_and_a_person(text: str, expected: list[str]) -> None:
    assert _arrests(text) == expected


# The nouns «إيقاف/الاحتفاظ» of a person or a pronoun, authorised by the prosecution («أذنت
# النيابة بالاحتفاظ بهم») or told done by «تمّت/ليتم», are an arrest; not custody in hospital,
# nor a suspension from work, nor a custody still to come.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وبمراجعة النيابة العمومية أذنت للفرقة المذكورة بالاحتفاظ بهم جميعا.", ["بالاحتفاظ"]),
        ("أذنت النيابة العمومية اليوم الخميس بالاحتفاظ بمواطن وموظف بقسم التبرع بالدم بتهمة الارشاء.",
         ["بالاحتفاظ"]),
        ("واعترف المتهم بما نسب إليه ليتم إيقافه لاحقا في إقليم الحرس الوطني بجندوبة.", ["إيقافه"]),
        ("وأضاف أن النيابة العامة قد أمرت بإيقاف مدير الفرع ومرافقه وإحالتهما إلى السجن بتهمة الإهمال.", ["بإيقاف"]),
        ("يشار الى أنه تم الاحتفاظ بعون الحرس الوطني الثاني، تحت الرقابة الطبية بالمستشفى الجامعي.", []),
        ("وقد لاقت عملية ايقاف الطبيب المذكور آنفا عن العمل رفضا من المتساكنين.", []),
        ("وتم التعرف على مقترف السرقة والعمل جار على ايقافه.", []),
    ],
)
def test_weak_arrest_noun_told_done_or_authorised(text: str, expected: list[str]) -> None:
    assert _arrests(text) == expected


def _abductions(text: str) -> list[str]:
    return [e.trigger.text for e in analyze(text).events if e.subtype == "abduction_forced_disappearance"]


# The name «ياسر» (the Interior Ministry's spokesman in Tunisian news) is no present «يأسر»
# (senses.py); the noun «أسر» of a capture keeps its event.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأكد المتحدث ياسر مصباح انه تم القضاء على عنصرين من العناصر الارهابية في الجبال.", []),
        ("وقال ياسر الجبالي إنه تم نقل الجرحى إلى المستشفى.", []),
        ("وقد تم أسر جنديين خلال الهجوم أمس.", ["أسر"]),
    ],
)
def test_the_name_yasser_is_no_capture(text: str, expected: list[str]) -> None:
    assert _abductions(text) == expected


# «تمكنت ... من إيقاف»: Tunisian communiqués name the units at length between «تمكن» and its
# noun (occurrences._MANAGED_SPAN); an arrest still to come after it stays no event.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تمكنت، مساء أمس، وحدات الحرس الوطني بالمنستير بالتنسيق مع فرقة الأبحاث والتفتيش بالمكنين ومركز "
         "الأمن الوطني بقصر هلال والمنطقة الجهوية للأمن الوطني بالمنستير، من إيقاف شخصين مفتش عنهما.", ["إيقاف"]),
        ("تمكنت، اليوم الجمعة، فرقة التدخل السريع التابعة لإقليم الحرس الوطني بسوسة مدعومة بأعوان مركز الأمن "
         "العمومي بكندار وفرقة الأبحاث والتفتيش للحرس الوطني بالنفيضة، من إيقاف مجرم خطير فار من العدالة.", ["إيقاف"]),
        ("تمكنت، اليوم الجمعة، فرقة التدخل السريع التابعة لإقليم الحرس الوطني بسوسة مدعومة بأعوان مركز الأمن "
         "العمومي بكندار وفرقة الأبحاث والتفتيش للحرس الوطني بالنفيضة، من حجز كمية من السجائر المهربة في انتظار "
         "إيقاف بقية أفراد الشبكة.", []),
    ],
)
def test_managed_arrest_after_a_long_subject(text: str, expected: list[str]) -> None:
    assert _arrests(text) == expected
