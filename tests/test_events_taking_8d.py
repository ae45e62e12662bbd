"""Takings of places told as done (thirteenth pass, events-8d; :mod:`khabar.events.objects`).

The class: verbs and nouns of taking whose object or whose «done» the object checks did not
read, dropped as states on unlabelled SaudiNewsNet 2015 war news. Probe sentences written for
this file (the forms of that news, not its sentences).
"""

from __future__ import annotations

import pytest

from khabar import analyze

_TAKINGS = {"non_state_actor_overtakes_territory", "government_regains_territory"}


def _takings(text: str) -> list[str]:
    """Trigger texts of the events that are takings or tell one (its trigger or a mention)."""
    out = []
    for e in analyze(text).events:
        if e.subtype in _TAKINGS or any(w in x.text for x in (e.trigger, *e.mentions) for w in ("سيطر", "تطهير")):
            out.append(e.trigger.text)
    return out


# a count or an ordinal before the place taken
COUNTED = [
    "قال سكان إن المقاومة سيطرت على أربع مناطق في محافظة إب اليوم الاثنين.",
    "وسيطرت القوات الموالية للشرعية على رابع مديرية في المحافظة أمس.",
]

# buildings and sites taken
SITES = [
    "وسيطرت القوات العراقية قبل أيام على مبنى جامعة الأنبار.",
    "وقال قائد ميداني إن الجيش والمقاومة سيطروا اليوم على مدرج المطار الحربي.",
]

# a noun of taking told as done by what governs it: caused, the means (ب)
GOVERNED = [
    "وقال مصدر إن الهجوم أسفر عن سيطرة المقاومة على كل المواقع.",
    "وأدت المعارك إلى سيطرة الحوثيين على كل المديريات.",
    "واستطاعت القوات المحلية كسر الجمود في عدن الأسبوع الماضي بالسيطرة على المطار.",
    "وقامت المقاومة بتطهير منطقة جبل صبر بالكامل من الحوثيين.",
]


@pytest.mark.parametrize("text", COUNTED + SITES + GOVERNED)
def test_taking_is_found(text: str) -> None:
    assert _takings(text)


# no place (a count of crises), a state (present, since years), a state named by its cause, a promise
NOTHING = [
    "وسيطرت الحكومة على ثلاث أزمات اقتصادية العام الماضي.",
    "وتسيطر الميليشيات على مبنى البلدية منذ سنوات.",
    "وتوقفت الرحلات بسبب سيطرة المتمردين على المطار.",
    "وتعهد القائد بالسيطرة على المطار خلال أيام.",
]


@pytest.mark.parametrize("text", NOTHING)
def test_no_taking(text: str) -> None:
    assert _takings(text) == []
