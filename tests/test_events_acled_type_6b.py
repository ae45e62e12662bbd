"""ACLED's line between a battle and violence against civilians for an attack word
(events-6b, session 6: khabar.events.acled_type). Each class: two instances and an attack on
civilians of the same shape that must stay ``violence_against_civilians``."""

from __future__ import annotations

import pytest
from tests._events import doc_of

from khabar.events import extract_events


def _types(text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.subtype) for e in extract_events(doc_of(text))]


BATTLE = ("battles", "armed_clash")
ATTACK = ("violence_against_civilians", "attack")


@pytest.mark.parametrize(("text", "expected"), [
    # the dead named after the killing noun are armed men (not the adjective of «هجوم مسلح»)
    ("وأكدت قيادة عمليات بغداد مقتل سبعة إرهابيين وتفكيك 15 عبوة ناسفة أثناء تنفيذ عملية عسكرية لتحرير"
     " منطقة الكرمة.", [BATTLE]),
    ("وأكدت وزارة الداخلية مقتل أربعة إرهابيين أمس في جبل الشعانبي.", [BATTLE]),
    # must stay: the dead are civilians
    ("وأكدت وزارة الداخلية مقتل أربعة مواطنين أمس في جبل الشعانبي.", [ATTACK]),
])
def test_armed_dead_after_a_killing_noun(text: str, expected: list) -> None:
    assert _types(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a regular force as the doer, no unarmed victim named
    ("وقال المتحدث إن الجيش النيجيري نفذ هجوما قرب أولاري أمس.", [BATTLE]),
    ("وبعد مضي أربعة أيام لقي عامري حتفه برصاص الشرطة الإيطالية في مدينة ميلانو.", [BATTLE]),
    # must stay: the force's victims are civilians
    ("وقالت المنظمة إن قوات الأمن قتلت أمس خمسة مدنيين في المدينة.", [ATTACK]),
    # must stay: the force stands in another clause than the attack («بعد»)
    ("والقوات التونسية في حالة تأهب قصوى بعد هجوم الشهر الماضي على منتجع ساحلي أدى إلى مقتل 38 سائحا.",
     [ATTACK]),
])
def test_attack_by_a_regular_force(text: str, expected: list) -> None:
    assert _types(text) == expected


def _typed(text: str) -> list[tuple[str, str | None, str]]:
    return [(e.type, e.subtype, e.trigger.text) for e in extract_events(doc_of(text))]


@pytest.mark.parametrize(("text", "expected"), [
    # a crowd of residents, youths or protesters against the police: a riot
    ("دارت صدامات الأحد بين الشرطة البولونية والمئات من سكان مدينة ايلك كانوا يحتجون بعنف.",
     ("riots", "violent_demonstration", "دارت صدامات")),
    ("اندلعت مواجهات مساء أمس بين الوحدات الأمنية وعدد من الشباب المحتجين في مدينة قبلي.",
     ("riots", "violent_demonstration", "اندلعت مواجهات")),
    ("تجددت صباح اليوم الاشتباكات بين أهالي قريتي بشني والجرسين مما تسبب في وقوع عدد من الإصابات.",
     ("riots", "mob_violence", "الاشتباكات")),
    # must stay: armed men of two tribes (the tuning part types the Tebu-Tuareg clashes battles)
    ("وقال مسؤول إن الاشتباكات بدأت أمس بين مسلحين من قبيلة التبو ومسلحين من الطوارق في مدينة سبها.",
     ("battles", "armed_clash", "الاشتباكات")),
])
def test_crowd_clash_is_a_riot(text: str, expected: tuple) -> None:
    assert _typed(text)[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # arson by armed men: an attack on civilians; a riot word with artillery: shelling
    ("وقام مسلحون بإحراق منزل العائلة أمس في القرية.", [("violence_against_civilians", "attack")]),
    ("وقام مستوطنون بإحراق منزل عائلة فلسطينية أمس في قرية دوما.", [("violence_against_civilians", "attack")]),
    ("وقام الجنود برشق مواقع الحوثيين بالقذائف أمس.",
     [("explosions_remote_violence", "shelling_artillery_missile_attack")] * 2),
    # must stay: a crowd's burning and pelting are a riot
    ("وقام المتظاهرون بإحراق العجلات المطاطية أمس في وسط المدينة.", [("riots", "violent_demonstration")]),
    ("وقام شبان برشق قوات الأمن بالحجارة أمس.", [("riots", "violent_demonstration")]),
])
def test_riot_words_of_armed_men(text: str, expected: list) -> None:
    assert [t[:2] for t in _typed(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an offensive for ground: a word of taking or entering ground after the attack word
    ("وكان المجلس قد فرض عقوبات على زعيم الجماعة التي شنت في 2014 هجوما كبيرا مكنها من دخول المدينة.", [BATTLE]),
    ("وكان الحوثيون قد أطلقوا العام الماضي هجوما واسع النطاق مكنهم من السيطرة على العاصمة صنعاء.", [BATTLE]),
    # must stay: gunmen's attack on a car and on a village
    ("هاجم مسلحون الخميس الماضي سيارة كانت تنقل الأموال لأحد المصارف وقتلوا أحد الموظفين.", [ATTACK]),
    ("وشن مسلحون أمس هجوما على قرية في شمال البلاد وقتلوا عشرة من سكانها.", [ATTACK]),
])
def test_offensive_for_ground(text: str, expected: list) -> None:
    assert _types(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # soldiers and policemen as the dead or the target (words the context list lacks or counts as victims)
    ("قتل شرطي وأصيب آخر بالرصاص أمس في هجوم وقع في شارع في أحد أحياء دياربكر.", [BATTLE]),
    ("وتعرضت مفرزة للجيش الوطني لإطلاق نار من طرف مجموعة إرهابية أمس، واستشهد تسعة عسكريين.", [BATTLE]),
    # must stay: a civilian shot
    ("قتل مدني وأصيب آخر بالرصاص أمس في هجوم وقع في شارع في أحد أحياء دياربكر.", [ATTACK]),
])
def test_soldiers_and_policemen_are_armed(text: str, expected: list) -> None:
    assert _types(text) == expected
