"""Session 11: occurrences told in one sentence kept apart (events-11a; docs/events.md, "Session
11: two occurrences in one sentence (events-11a)"). Texts written for the tests, after the
phrasing of the unlabelled conflict news read while measuring."""

from __future__ import annotations

import pytest

from _events import doc_of


# A noun marked as another occurrence of the sentence's list («هجوم آخر»، «غارة ثالثة»، «تظاهرة
# أخرى») opens an occurrence of its own (apart.split_another); the dead («وإصابة آخر»), a noun
# marked before anything was named, and an ordinal of days («ثالث أيام العيد») do not.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second bombing of a series, told in the first one's sentence
        ("وبعيد التفجير الأول في مدينة سروج، استهدف هجوم آخر بسيارة مفخخة حاجزا أمنيا "
         "لمقاتلين أكراد في جنوب مدينة كوباني.", 2),
        # a third strike of a list, after «فيما»
        ("وكانت طائرات التحالف شنت غارتين استهدفتا تعزيزات للحوثيين قرب مفرق الجوف، "
         "فيما استهدفت غارة ثالثة دبابة حوثية ودمرتها في منطقة ماس.", 2),
        # another protest in another city
        ("وتظاهر المئات من أهالي البصرة أمس احتجاجا على انقطاع الكهرباء، "
         "كما شهدت مدينة كربلاء تظاهرة أخرى شارك فيها المئات.", 2),
        # an ordinal in the first verb's object continues its count of the day (the gold's tuning part)
        ("وشنت طائرات التحالف 3 غارات جوية على مواقع للحوثيين بجبهة المخدرة، وغارة رابعة استهدفت "
         "مواقع للحوثيين في جبهة الجفينة.", 1),
        # the dead: another man hurt, one shooting
        ("قتل شرطي وأصيب آخر بجروح في إطلاق نار على دورية في مدينة العريش.", 1),
        # «in another strike»: the killing is that strike's, the one occurrence of the sentence
        ("قتل خمسة مسلحين في غارة أخرى على مدينة الرمادي.", 1),
        # another strike told at the same front: one event by ACLED's type, place and day
        ("وقتل 3 حوثيين على متن دبابة دمرتها إحدى غارات الطيران في جبهة الجفينة، بينما أعطبت "
         "غارة أخرى 4 أطقم عسكرية وقتل 8 مسلحين على متنها في الجبهة ذاتها.", 1),
        # «آخر» before a noun is the last, not another («استعادة» would take «أخرى»)
        # (ANT, ant-002155)
        ("ظل تنظيم داعش يخسر من مقاتليه طيلة الحرب التي انطلقت في أكتوبر الماضي، وبعد أن شارفت "
         "المعارك على استعادة آخر أحياء المدينة ظهرت مقاتلات داعشيات يقاتلن القوات العراقية.", 1),
        # an ordinal of days, not of acts
        ("ويتردد أنه فجر نفسه في عملية انتحارية ثالث أيام عيد الفطر.", 1),
        # no event at all
        ("وقال المتحدث إن جولة أخرى من المحادثات ستعقد في جنيف.", 0),
    ],
)
def test_another_in_one_sentence(text: str, expected: int) -> None:
    assert len(doc_of(text).events) == expected


# A new predicate told at a place far from (in conflict with) the place its sentence named first is
# another occurrence (apart.split_by_place); a place inside the first one's province, a place
# within 50 km, a reference back («الهجوم») and what the act did («استهدف وكرا») are not.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two bombings in two countries
        ("وأسفر الهجوم المزدوج في مدينة مروة بشمال الكاميرون عن مقتل 11 شخصا فيما لقي 42 "
         "شخصا مصرعهم في تفجيرين استهدفا محطتي حافلات في غومبي بشمال شرقي نيجيريا.", 2),
        # two mosque bombings, two regions
        ("ووجهت الاتهامات إلى إيران في التفجير الذي ضرب جامع القديح، وفي تفجيرات المساجد التي "
         "كان آخرها تفجير مسجد قوات الطوارئ في عسير أول من أمس.", 2),
        # a wave of car bombs in Baghdad, and fighters killed in Baiji (190 km)
        ("وانفجرت أربع سيارات مفخخة في مناطق متفرقة من بغداد، وقتل 27 مسلحا في بيجي.", 2),
        # one strike: the place of what it hit, near the first
        ("أعلن قائد عمليات الأنبار مقتل أربعة من عناصر داعش في شرق الرمادي بضربة جوية نفذها "
         "طيران التحالف استهدف وكرا للتنظيم في منطقة البوعيثة.", 1),
        # one battle: a province and a town in it
        ("واندلعت اشتباكات عنيفة في محافظة تعز، وقتل 11 مسلحا في مدينة تعز.", 1),
        # no event at all
        ("وزار وزير الخارجية مدينة كوباني ثم توجه إلى الحسكة.", 0),
    ],
)
def test_place_in_one_sentence(text: str, expected: int) -> None:
    assert len(doc_of(text).events) == expected
