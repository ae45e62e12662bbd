"""Session 15 (events-15h): event targets that ``events/arguments.py`` lost against its own
docstrings (docs/events.md, "Session 15: event targets the cascade lost"). Each is a bug fix:
- the genitive of a victim noun after a support verb («قام جنود بقتل المدنيين»);
- the object of an active kill verb («وقتل مفجر انتحاري 42 مجندا», ``_voice``'s own example);
- an object after a time phrase of several words («قتلت أول من أمس أربعة»);
- a passive verb's subject before a comma aside («ثمانية اشخاص، بينهم طفلان، قتلوا»)."""

from __future__ import annotations

import pytest

from khabar import analyze


def _targets(text: str) -> list[list[str]]:
    return [[t.text for t in e.targets] for e in analyze(text).events]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a support verb and a victim masdar: its genitive is the target, not the verb's subject
        ("قام عدد من جنود «المارينز» بقتل المدنيين بعدما فجرت عبوة ناسفة إحدى مركباتهم.", "المدنيين"),
        ("قامت القوات بقتل 5 مسلحين في الرمادي.", "5 مسلحين"),
        # an active kill verb, subject after it: the second phrase is the object
        ("وقتل مفجر انتحاري 42 مجندا في الجيش في نوفمبر.", "42 مجندا"),
        # a time phrase of several words between the verb and its object
        ("وكانت فرقة مظلية من قوات مكافحة الإرهاب قد قتلت أول من أمس أربعة من المتهمين بالهجوم الانتحاري.",
         "أربعة"),
        ("وقتل أول من أمس خمسة جنود في انفجار عبوة.", "خمسة جنود"),
        # a passive verb after a comma aside: the phrase before the aside
        ("وقال مصدر ان «ثمانية اشخاص، بينهم طفلان، قتلوا جراء ضربة جوية اميركية».", "ثمانية اشخاص"),
        ("وأشارت المصادر الى ان المزارع ابراهيم صالحة، عشرين عاماً، قتل بينما كان يقوم بفلاحة أرضه.",
         "المزارع ابراهيم صالحة"),
        # unchanged
        ("قام الجيش باعتقال عشرات المتظاهرين.", "عشرات المتظاهرين"),
        ("وقتلت الشرطة ثلاثة من المتظاهرين امس.", "المتظاهرين"),
        ("وقتل 20 شخصا في انفجار سيارة مفخخة.", "20 شخصا"),
    ],
)
def test_target_found(text: str, target: str) -> None:
    assert any(target in ts for ts in _targets(text))


@pytest.mark.parametrize(
    ("text", "not_target"),
    [
        # a present verb after the subject is no object («كانا | ينقلان إمدادات»)
        ("وأمس قتل سائقا شاحنات كانا ينقلان إمدادات الى أفغانستان في هجوم بقنابل يدوية.", "ينقلان"),
        # a noun after a verb that is not its support verb: its genitive is the doer here
        ("وقالت المصادر إن المواجهات اندلعت مساء عقب استهداف المقاومة لمواقع ونقاط للحوثيين في تلك المديرية.",
         "المقاومة"),
        # the time phrase is not the object
        ("وكانت فرقة مظلية من قوات مكافحة الإرهاب قد قتلت أول من أمس أربعة من المتهمين بالهجوم الانتحاري.",
         "أول"),
    ],
)
def test_not_the_target(text: str, not_target: str) -> None:
    assert _targets(text) and not any(not_target in t for ts in _targets(text) for t in ts)


@pytest.mark.parametrize(
    "text",
    [
        # the phrase before a comma aside after a verb of saying is the speaker, not a victim
        "وقال الشاهد، وهو من سكان الحي، قتلوا في الانفجار.",
        # a time phrase and nothing after it: no object
        "وقام مسلحون بقتل بعد ظهر أمس في البلدة.",
    ],
)
def test_no_target(text: str) -> None:
    evs = analyze(text).events
    assert evs and all(not e.targets for e in evs)
