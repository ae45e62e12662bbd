"""Two occurrences joined (events-16f, issue #7): a later sentence that turns to the report's
next item («من جهة أخرى»، «إلى ذلك»، «ميدانيًا»، «وفي حادثة منفصلة»، «أما في ...») tells another
occurrence, unless it is placed at the place of the one told (docs/events.md, "Session 16: two
occurrences joined (events-16f)"). Texts written for the tests, after fresh pool-14 articles."""

from __future__ import annotations

import pytest

from _events import triggers
from khabar.events.apart import turned_away
from khabar.events.lexicon import ffold
from khabar.events.record import _turn_opener
from khabar.schema import Event, Span


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «ميدانيًا»: the Mosul front after Baghdad's car bombs (a reference back joined them)
        ("انفجرت أربع سيارات مفخخة في مناطق متفرقة من بغداد أمس، وراح ضحيتها عشرات القتلى. ميدانيًا، "
         "كشف العميد محمد الجبوري في شرطة نينوى أمس عن مقتل 42 من عناصر تنظيم داعش بالقرب من الموصل.", 2),
        # «من جهة أخرى» (a turn the merge knew, but stage 4 did not read): two tolls, two occurrences
        ("وأفاد مصدر أمني أن 8 أشخاص يحملون أحزمة ناسفة قتلوا أثناء محاولتهم الهجوم على القوات العراقية "
         "في محيط حي التأميم جنوبي الرمادي. من جهة أخرى أعلنت مصادر أمنية أن 20 عنصراً من داعش قتلوا "
         "في مدينة بعقوبة.", 2),
        # «وفي حادثة منفصلة»: a mine at Midyat after the suicide attack at Agri
        ("قتل جنديان تركيان صباح الأحد في هجوم انتحاري على مركز للدرك في منطقة أغري شرق البلاد. وفي "
         "حادثة منفصلة قتل جندي تركي عندما انفجر لغم أرضي بقافلة عسكرية في مدينة مديات بمحافظة ماردين.", 2),
        # «أما في»: Homs' eastern countryside after the clashes of two villages
        ("دارت اشتباكات عنيفة فجر السبت بين المعارضة وقوات النظام في قريتي أم شرشوح والهلالية. أما في "
         "ريف حمص الشرقي، فقد اندلعت اشتباكات أمس بين تنظيم داعش وقوات النظام في محيط قرية مهين.", 2),
        # the turn comes back to the place told (Zinjibar is in Abyan): one occurrence
        ("وتدور اشتباكات عنيفة بين المقاومة وميليشيات الحوثي في محافظة أبين. إلى ذلك، استشهد عشرة من "
         "شباب المقاومة في المواجهات في محافظة أبين.", 1),
        # no turn: the attack told again by a source, one occurrence
        ("انفجرت سيارة ملغومة أمس على مقربة من مدخل مطار كابول مما أسفر عن مقتل خمسة أشخاص. وقال قائد "
         "شرطة كابول إن خمسة أشخاص قتلوا في الهجوم.", 1),
        # a turn that opens no event: nothing
        ("ميدانيًا، قال المتحدث إن الوضع هادئ في المدينة.", 0),
    ],
)
def test_a_turn_to_the_next_item_is_another_occurrence(text: str, expected: int) -> None:
    assert len(triggers(text)) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["وميدانيًا", "،", "كشف"], True),
        (["وفي", "حادثة", "منفصلة", "قتل"], True),
        (["أما", "في", "ريف", "حمص"], True),
        (["في", "هذه", "الأثناء", "،"], True),
        (["«", "من", "جهة", "ثانية", "أكدت"], True),
        # not a turn: «أمام» and «في» + a place, «وفي الهجوم»
        (["أمام", "المحكمة", "قال"], False),
        (["وفي", "الهجوم", "قتل"], False),
        (["أما", "الآن", "فإن"], False),
        ([], False),
    ],
)
def test_turn_opener(words: list[str], expected: bool) -> None:
    assert _turn_opener([ffold(w) for w in words]) is expected


def _ev(place: str | None, date: str | None = None) -> Event:
    return Event(id="v0", type="battles", subtype="armed_clash", trigger=Span(text="x", start=0, end=1),
                 place=place, date=date)


_PLACES = {
    "aden": ("Aden", "city", "YE", 12.78, 45.03),
    "tawahi": ("Tawahi", "site", "YE", 12.79, 44.98),
    "marib": ("Marib", "city", "YE", 15.46, 45.33),
    "yemen": ("Yemen", "country", "YE", 15.5, 47.5),
}


@pytest.mark.parametrize(
    ("a", "b", "date_b", "another", "expected"),
    [
        ("aden", "marib", None, True, True),  # turned, another place
        ("aden", None, "d1", True, True),  # turned, a date of its own, no place
        (None, None, "d1", True, True),
        ("aden", "aden", None, True, False),  # turned, but told at the same place
        ("aden", "tawahi", "d1", True, False),  # within 25 km
        ("aden", None, None, True, False),  # turned, but nothing of its own: a bare mention
        ("aden", "yemen", None, True, False),  # a country is nothing of its own
        ("aden", "marib", None, False, False),  # not turned: the other stages decide
    ],
)
def test_turned_away(a: str | None, b: str | None, date_b: str | None, another: bool, expected: bool) -> None:
    assert turned_away(_ev(a), _ev(b, date_b), another, _PLACES) is expected
