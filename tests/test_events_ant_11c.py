"""Session 11 (events-11c, docs/events.md "Session 11: other senses in Tunisian news"): violence and
protest words read in a sense that is no event, shown by a word next to them
(``khabar.events.other_senses``, asked by ``senses.read_otherwise``; lists in
``data/events/sense_words.tsv``; cyber words in ``context.tsv``). The sentences that must yield
nothing are from fresh ANT (Jawhara FM, Apache-2.0) articles, a few cut short; the ones that must
stay were written for these tests."""

from __future__ import annotations

import pytest

from _events import typed_triggers


@pytest.mark.parametrize("text", [
    # 1. the doer himself: a suicide
    "وبث القاتل التسجيل مباشرة على الموقع ثم أغلق الكاميرا وقتل نفسه.",
    "وأضافت الشرطة أن القاتل \"ستيف ستيفنز\" قد أطلق الرصاص على نفسه بعد أن تمت ملاحقته، دون ذكر أي تفاصيل أخرى.",
    # 2. shots in the air, warning shots
    "لكن أحدهما تسلّق جدار الثكنة العسكرية فتفطّن إليه الجندي المكلف بالحراسة وأطلق الرصاص في الهواء لتحذيره.",
    # 3. «كمين»: a police trap
    "وقد توفرت معلومات عن السيارة التي كانت قادمة من بنزرت باتجاه طبرقة وعلى متنها شاب وفتاة فتم نصب كمين لهما"
    " وتم بعد تفتيش السيارة العثور على صفائح الزطلة.",
    "وقال مصدر أمني مسؤول لوكالة تونس افريقيا للأنباء إن عملية إلقاء القبض عليه تمت اثر نصب كمين محكم بمدينة دوز"
    " و بعد تتبع تحركاته.",
    # 4. fell ill
    "وكان الطفل قد أصيب بنزلة برد تم إيواءه على اثرها بالمستشفى الجهوي بالقصرين.",
    # 5. «تجمع» brings together
    "ودخل لاعبو الإتحاد الرياضي بتطاوين إلى ميدان ملعب نجيب الخطاب اليوم قبل إنطلاق المقابلة التي تجمعهم بمستقبل"
    " قابس حاملين ضمادات على رؤوسهم.",
    # an animal (sense_words.tsv's animals), cyber attacks (context.tsv)
    "وقد تمّ تداول مقطع فيديو صادم يظهر مجموعة من الأشخاص و قد أطلقوا العنان لكلابهم لتنهش قطة و قتلها حيّة، وهي في"
    " قفص حديدي.",
    "وأعلنت الشرطة الفرنسية السبت أن موجة الهجمات المعلوماتية التي ضربت عشرات الدول الجمعة طاولت \"أكثر من 75 ألف\""
    " جهاز كمبيوتر.",
    "وقد أعلنت وزارة الداخلية الروسية مساء الجمعة أن أجهزة الكومبيوتر التابعة لها تعرضت لهجوم فيروسي.",
])
def test_other_senses_yield_nothing(text: str) -> None:
    assert typed_triggers(text) == []


def test_warning_shots_leave_the_arrest() -> None:
    text = ("وقامت وحدات الجيش الوطني كذلك بإيقاف 6 سيارات تهريب محملة بمواد غذائية متجهة نحو القطر الليبي وذلك بعد"
            " إطلاق أعيرة نارية تحذيرية في الهواء.")
    assert typed_triggers(text) == [("بإيقاف", "arrests")]


@pytest.mark.parametrize("text, expected", [
    # the killing of others stays; the suicide after it is no second event
    ("قتل مسلح خمسة أشخاص في مدرسة بولاية أوريغون أمس ثم قتل نفسه.", [("قتل", "attack")]),
    # fire at people, not in the air
    ("وأطلق مسلحون النار على دورية للحرس الوطني أمس في القصرين.", [("وأطلق مسلحون النار", "armed_clash")]),
    ("وأطلق الجنود النار على المهربين أمس فأصابوا أحدهم.", [("وأطلق الجنود النار", "armed_clash")]),
    # an ambush with its dead, even near an arrest word
    ("وقتل 14 جنديا في كمين نصبه مسلحون في ولاية عين الدفلى أمس.", [("وقتل", "armed_clash")]),
    # wounds, not an illness
    ("وأصيب ثلاثة جنود بجروح في هجوم على دورية أمس.", [("وأصيب ثلاثة جنود بجروح في هجوم", "armed_clash")]),
    # a suicide bombing is no suicide alone; a rally is no «bringing together»
    ("وفجر انتحاري نفسه في سوق ببغداد أمس.", [("وفجر انتحاري نفسه", "suicide_bomb")]),
    ("وتجمع المحتجون أمام مقر الولاية أمس.", [("وتجمع", "peaceful_protest")]),
    ("ونظم مئات المحتجين تجمعا أمام مقر الولاية أمس للمطالبة بالتشغيل.", [("ونظم", "peaceful_protest")]),
])
def test_real_events_stay(text: str, expected: list[tuple[str, str]]) -> None:
    assert typed_triggers(text) == expected
