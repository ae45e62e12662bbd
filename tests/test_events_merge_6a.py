"""Eleventh pass: merging (events-6a): one event per occurrence across the article
(docs/events.md, "Eleventh pass: merging (events-6a)"). Each class: two instances or more and
a pair of separate occurrences that must stay apart. Texts written for the tests."""

from __future__ import annotations

import pytest

from _events import triggers
from khabar.events.retellings import PlaceKey, Told, merge_events
from khabar.schema import Event, Source, Span


# A source retelling the violence told last (inside a claim, no date of its own, up to five
# sentences on, the same subtype or an attack and a clash) when it names the same doers or the
# same place: one occurrence. Another place or a date of its own: another occurrence.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the attackers named by their act
        ("أسفر هجوم شنه مسلحون على مركز للشرطة في مدينة غورداسبور اليوم عن مقتل خمسة أشخاص. "
         "وأغلقت السلطات الطرق المؤدية إلى المدينة. وأوردت وسائل إعلام محلية أن المهاجمين أطلقوا "
         "النار على حافلة قبل اقتحام المركز.", 1),
        # the same people again with the article
        ("أطلقت امرأتان النار على مبنى القنصلية الأمريكية في إسطنبول صباح اليوم. وفرت المهاجمتان "
         "من المكان. وقال شاهد عيان إن إحدى المرأتين أطلقت أربعة أعيرة نارية على الحراس.", 1),
        # the same place, told by the party that did it
        ("قتل عشرات المقاتلين في معارك عنيفة في بلدة مارع شمال حلب أمس. وقال تنظيم داعش في بيان إن "
         "مقاتليه هاجموا مبنيين في مارع وقتلوا خمسين مقاتلا.", 1),
        # another place: two attacks
        ("هاجم مسلحون مركزا للشرطة في مدينة أضنة صباح اليوم. وقال مسؤول إن المسلحين هاجموا نقطة "
         "تفتيش في مدينة ماردين.", 2),
        # a date of its own: an earlier attack
        ("هاجم مسلحون مركزا للشرطة في مدينة أضنة صباح اليوم. وقال مسؤول إن المهاجمين أطلقوا النار "
         "على المركز نفسه في مارس 2012.", 2),
    ],
)
def test_a_source_retelling_joins_the_violence_told_last(text: str, expected: int) -> None:
    assert len(triggers(text)) == expected


# Who claimed it: «تبنى» or «المسؤولية عن» before a definite noun names the doer of the
# occurrence told, not a new one; an indefinite noun after it is a new act.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("فجر انتحاري نفسه في سوق شعبي في مدينة الرمادي أمس ما أسفر عن مقتل عشرة أشخاص. وتبنى تنظيم "
         "داعش الهجوم في بيان نشر على الإنترنت.", 1),
        ("هاجم مسلحون ثكنة للجيش في بلدة نامبالا في يناير مما أسفر عن مقتل عشرة جنود. ويومها تبنى "
         "الهجوم تنظيم القاعدة في بلاد المغرب الإسلامي.", 1),
        # «المسؤولية عن» before a noun named by what follows it («هجوم اليوم»)
        ("قال مسؤولون أفغان إن هجوما انتحاريا قتل خمسة أشخاص اليوم أمام نقطة تفتيش في مطار كابول. "
         "وأعلنت حركة طالبان المسؤولية عن هجوم اليوم الانتحاري.", 1),
        ("فجر انتحاري نفسه في سوق شعبي في مدينة الرمادي أمس. وفي بغداد تبنى تنظيم داعش هجوما بسيارة "
         "مفخخة على نقطة تفتيش للجيش.", 2),
    ],
)
def test_claiming_the_attack_refers_back(text: str, expected: int) -> None:
    assert len(triggers(text)) == expected


# In one sentence, more dead «في الغارة/في القصف» after «كما» are the dead of the strike told
# (a definite cause of death names it); an indefinite cause with its own place is another.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("شنت طائرة إسرائيلية غارة على سيارة في بلدة الحضر أمس، وهي الغارة التي قتل فيها قيادي في "
         "الحزب، كما قتل في الغارة ضابط إيراني.", 1),
        ("قصفت طائرات التحالف مواقع للمتمردين في صعدة أمس ما أدى إلى مقتل عشرة منهم، كما قتل في القصف "
         "ثلاثة مدنيين.", 1),
        ("قصفت طائرات التحالف مواقع للمتمردين في صعدة أمس ما أدى إلى مقتل عشرة منهم، كما قتل في قصف "
         "مدفعي ثلاثة مدنيين في تعز.", 2),
    ],
)
def test_more_dead_of_the_strike_told_in_its_sentence(text: str, expected: int) -> None:
    assert len(triggers(text)) == expected


# Custody of the arrested («الاحتفاظ»), ordered days later, is the arrest told last going on;
# another arrest (another town, another day) is its own occurrence.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تمكنت فرقة الأبحاث والتفتيش للحرس الوطني بالمنستير من تفكيك خلية إرهابية بمدينة المكنين تتكون "
         "من 8 عناصر يوم 7 جانفي 2017. وأذنت النيابة العمومية يوم 10 جانفي 2017 بالاحتفاظ بكامل أفراد "
         "الخلية.", 1),
        ("أكدت المنظمة أن الشاب تم إيقافه يوم 24 سبتمبر 2014 بعد مداهمة منزله من قبل الوحدات الأمنية. "
         "وتم يوم 26 سبتمبر 2014 الاحتفاظ به بمركز الإيقاف ببوشوشة.", 1),
        ("ألقت وحدات الحرس الوطني القبض على شخصين بمدينة سوسة يوم الاثنين. وفي صفاقس، ألقت الشرطة القبض "
         "على ثلاثة أشخاص آخرين يوم الثلاثاء.", 2),
    ],
)
def test_custody_joins_the_arrest_told_last(text: str, expected: int) -> None:
    assert len(triggers(text)) == expected


# A ground attack and a clash at one place (within 25 km) a few sentences apart are one
# occurrence told twice (whom it hit types it: armed men, a battle; others, an attack).
_PLACES: dict[str, PlaceKey] = {
    "marib": ("Ma'rib", "city", "YE", 15.4625, 45.3258),
    "jufainah": ("Al Jufainah (Marib)", "village", "YE", 15.42, 45.29),
    "sirwah": ("Sirwah", "village", "YE", 15.4493, 45.0189),
    # an unknown place put at the centre of a directional region it is told by (anchored)
    "midyat": ("Midyat", "city", "TR", 37.4187, 41.3397),
    "unknown": ("e10", "site", "TR", 37.6, 40.5, False, True),
}


def _ev(subtype: str, place: str, date: str | None = None) -> Event:
    kind = "battles" if subtype == "armed_clash" else "violence_against_civilians"
    return Event(id="v0", type=kind, subtype=subtype, trigger=Span(text="هجمات", start=0, end=6),  # type: ignore[arg-type]
                 actors=[], targets=[], place=place, date=date, fatalities=None, claim=None, mentions=[])


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (("armed_clash", "marib"), ("attack", "jufainah"), 1),  # 6 km
        (("attack", "jufainah"), ("armed_clash", "marib"), 1),
        (("armed_clash", "marib"), ("attack", "sirwah"), 2),  # 30 km
        (("armed_clash", "marib", "d1"), ("attack", "marib", "d2"), 2),  # two days
        (("attack", "midyat"), ("armed_clash", "unknown"), 2),  # 75 km by true centres
        (("armed_clash", "marib"), ("attack", "marib", "d1"), 2),  # a date of its own: recalled
    ],
)
def test_a_ground_attack_and_a_clash_at_one_place(first: tuple, second: tuple, expected: int) -> None:
    events = [_ev(*first), _ev(*second)]
    told = [Told(False, "clash" if first[0] == "armed_clash" else None),
            Told(False, "clash" if second[0] == "armed_clash" else None)]
    dates = {"d1": "2015-07-20", "d2": "2015-07-24"}
    assert len(merge_events(events, [3, 5], dates, _PLACES, told)) == expected


# An occurrence named in passing («وعلى إثر الهجوم») joins the one told before; a reference back
# in the same sentence («دانت المنظمة الاعتداء») then joins it too (one sentence's events never
# merge otherwise).
def test_a_reference_back_after_an_occurrence_named_in_passing() -> None:
    text = ("قتل مسلح خمسة جنود في هجوم على مركزين عسكريين في مدينة تشاتانوغا يوم الخميس. وقالت الشرطة "
            "إن المسلح تصرف وحده. وعلى إثر الهجوم سادت أجواء من الحزن على المدينة بينما دانت المنظمة "
            "الإسلامية الاعتداء.")
    assert len(triggers(text)) == 1


@pytest.mark.parametrize(("another", "expected"), [(False, 1), (True, 2)])
def test_a_reference_back_in_the_sentence_of_a_passing_mention(another: bool, expected: int) -> None:
    events = [_ev("attack", "marib"), _ev("attack", "marib"), _ev("attack", "marib")]
    for e in events[1:]:
        e.place = None
    told = [Told(False, None), Told(True, None, background=True), Told(True, None, another=another)]
    assert len(merge_events(events, [0, 3, 3], {}, _PLACES, told)) == expected


def test_a_ground_attack_named_in_passing_is_not_the_clash_told() -> None:
    # «في أعقاب مقتل ستة أشخاص في مواجهات» after an attack at the same coordinates
    events = [_ev("attack", "marib"), _ev("armed_clash", "marib")]
    told = [Told(False, None), Told(False, "clash", background=True)]
    assert len(merge_events(events, [3, 5], {}, _PLACES, told)) == 2


# Rescuers named at every scene (the civil defence) are no shared doer: a source's report of
# shelling elsewhere stays apart; the same armed group is one.
@pytest.mark.parametrize(
    ("doer", "expected"),
    [("الدفاع المدني", 2), ("الهلال الأحمر", 2), ("تنظيم داعش", 1)],
)
def test_rescuers_are_no_shared_doer(doer: str, expected: int) -> None:
    a, b = _ev("attack", "marib"), _ev("attack", "marib")
    b.place = None
    # (an organisation's entity on both: «الدفاع المدني» is one in the entities layer)
    a.actors = [Source(text=doer, start=0, end=len(doer), entity="e4")]
    b.actors = [Source(text=doer, start=0, end=len(doer), entity="e4")]
    b.claim = "c2"
    assert len(merge_events([a, b], [3, 5], {}, _PLACES, [Told(False, None), Told(False, None)])) == expected
