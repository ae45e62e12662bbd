"""Session 16 (events-16g, docs/events.md "Session 16: word-list gaps (events-16g)"): forms
missing from the events' word lists that their own comments cover.

- «فجر» as dawn (``unreal._fajr_not_blast``; lists ``dawn_before``, ``dawn_this``, ``dawn_day``,
  ``month_names``): «ذات فجر» (a word of time right before), «فجر هذا اليوم» and «فجر 23 ديسمبر»
  (a day right after) are dawn, not «فجّر».
- «لا» is a negation (context.tsv, class ``negation``: «a trigger right after it did not happen»)
  as «لم» is: «لا قصف»، «حتى لا يرتكبون المجازر»; not in «لا يزال»، «ولا سيما» (list
  ``la_not_negating``), nor read after another proclitic («طائرة بلا طيار»، «كلا»).
- A charge (context.tsv, class ``generic``: «بتهمة إثارة الشغب» is a charge) in the plural too:
  «بتهم الشغب»، «تهم القتل».

Sentences written for these tests after the phrasing of SaudiNewsNet 2015 articles."""

from __future__ import annotations

import pytest

from _events import doc_of
from khabar.events import extract_events


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.trigger.text, e.subtype) for e in extract_events(doc_of(text))]


@pytest.mark.parametrize("text, expected", [
    # dawn read as a bombing on main
    ("وفي ذات فجر هاجم مسلحون القرية وقتلوا خمسة من سكانها.", [("هاجم مسلحون القرية وقتلوا", "attack")]),
    ("وقال شهود إن المسلحين هاجموا القرية ذات فجر وقتلوا خمسة من سكانها.",
     [("هاجموا القرية ذات فجر وقتلوا", "attack")]),
    ("وقال الجيش إن طائراته قصفت مواقع المسلحين فجر هذا اليوم في ريف المدينة.",
     [("قصفت", "shelling_artillery_missile_attack")]),
    ("وقالت المصادر إن الطائرات قصفت مواقع المسلحين فجر 23 ديسمبر في ريف المدينة.",
     [("قصفت", "shelling_artillery_missile_attack")]),
])
def test_dawn_is_no_bombing(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize("text", [
    "وتوقف المطر ذات فجر بارد في المدينة.",
    "وصل الوفد إلى المدينة فجر هذا اليوم.",
    "وصل الوفد إلى المدينة فجر 23 ديسمبر.",
])
def test_dawn_alone_yields_nothing(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize("text, expected", [
    # «هذا» before a bomber, a number before explosives: «فجّر» stays
    ("وفجر هذا الانتحاري نفسه في سوق المدينة أمس.", [("وفجر هذا الانتحاري نفسه", "suicide_bomb")]),
    ("وفجر المسلحون 3 عبوات ناسفة في سوق المدينة أمس.", [("وفجر", "remote_explosive")]),
])
def test_blew_up_stays(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize("text", [
    # a trigger negated by «لا»: an event on main
    "وقال إنه لا قصف على المدينة منذ أمس.",
    "فالدولة لا تخوض معاركها بنفسها.",
    # (no event on main either: must still yield nothing)
    "ويمنعون الشبيحة من اقتحامها حتى لا يرتكبون المجازر.",
])
def test_la_negates(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize("text, expected", [
    # still, especially: the act is told
    ("ولا تزال الاشتباكات مستمرة في المدينة منذ أمس.", [("الاشتباكات", "armed_clash")]),
    ("وقتل خمسة جنود أمس في هجمات متفرقة ولا سيما الهجوم على الحاجز العسكري.",
     [("وقتل خمسة جنود أمس في هجمات", "armed_clash")]),
    # «بلا» (a drone) and «كلا» (both) are no «لا»
    ("وقال سكان إن طائرة بلا طيار هاجمت سيارة في جنوب اليمن خلال الليل وقتلت أربعة من أعضاء التنظيم.",
     [("هاجمت", "attack")]),
    ("وقتل جنديان عندما هاجمهما كلا المسلحين أمس.", [("وقتل", "armed_clash")]),
])
def test_la_that_negates_nothing(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the riot named in a plural charge: an event on main
    ("واعتقلت الشرطة عشرة أشخاص بتهم الشغب والتخريب.", [("واعتقلت", "arrests")]),
    # the singular, as on main
    ("واعتقلت الشرطة عشرة أشخاص بتهمة الشغب والتخريب.", [("واعتقلت", "arrests")]),
    # «تهم» the verb (concerns): the protest stays
    ("وقال إن هذه الأمور تهم المواطنين الذين تظاهروا أمس.", [("تظاهروا", "peaceful_protest")]),
])
def test_plural_charges(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text) == expected


def test_a_charge_alone_yields_nothing() -> None:
    assert _events("ووجهت النيابة إليهم تهم القتل والاعتداء على رجال الأمن.") == []
