"""Event actors named away from the verb (khabar.events.agents): the agent of a cause noun
after a passive killing, the speaker of «أنه», the claimant of responsibility, the subject
of coordinated verbs, scare quotes. Full pipeline (entities on): actors are often names."""

from __future__ import annotations

import pytest

from khabar import analyze


def _event(text: str, trigger_word: str):
    rec = analyze(text)
    hits = [e for e in rec.events if trigger_word in e.trigger.text]
    assert hits, [(e.trigger.text, e.subtype) for e in rec.events]
    return hits[0]


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        # 1. the agent of the attack that caused a passive killing
        ("وقال مصدر في الشرطة إن ثمانية اشخاص قتلوا جراء ضربة جوية اميركية.", "قتلوا", "اميركية"),
        ("وقتل 150 مدنيا في سلسلة من الضربات الجوية الاميركية.", "وقتل", "الاميركية"),
        ("وقتل ثلاثون متمردا في مواجهات مع قوات الامن الافغانية.", "وقتل", "قوات الامن"),
        ("وأصيب 13 شخصا بعدما نفذت القوات الأميركية ضربة جوية على الحي.", "وأصيب", "القوات الأميركية"),
        # an attack noun's agent after it, also after a verb of happening
        ("وأسفرت غارات جوية أميركية عن مقتل عشرة مسلحين في المنطقة.", "غارات", "أميركية"),
        ("واستمر القصف الإسرائيلي على غزة أمس.", "القصف", "الإسرائيلي"),
        # a verb of carrying out whose pronoun is the act names the doer; «من جانب»
        ("وقتل خمسة جنود في الهجوم الذي نفذه مسلحون مجهولون قرب الحدود.", "وقتل", "مسلحون"),
        ("وتعرضت السفينة لهجوم في خليج عدن في عملية نفذها قراصنة صوماليون امس.", "لهجوم", "قراصنة"),
        ("وأصيب ثلاثة جنود بإطلاق نار من جانب مسلحين قرب الحاجز.", "وأصيب", "مسلحين"),
        # who managed or dared it did it
        ("وتمكن أبناء العشائر في ناحية كبيسة من قتل العشرات من عناصر التنظيم.", "قتل", "أبناء العشائر"),
        ("وحسب البيان فقد أقدم صالح الزهراني على قتل عطية الزهراني بإطلاق النار عليه.", "قتل", "صالح"),
        # a possessed noun after a definite subject is the object («أباه»)
        ("وكما قتل الداعشي أباه في حلقة سيلفي.", "قتل", "الداعشي"),
        # «قام به», a planted mine, the subject between a support verb and its noun, a crowd
        ("وقال إن التفجير الإجرامي الذي قام به تنظيم داعش ضد المواطنين يستهدف اللحمة الوطنية.", "التفجير",
         "تنظيم داعش"),
        ("وقالت مصادر إن سبعة عشر مدنيا قتلوا وأصيب العشرات جراء انفجار ألغام زرعها الحوثيون.", "قتلوا",
         "الحوثيون"),
        ("وشنت طيران التحالف بقيادة المملكة العربية السعودية غاراته على مدينة الحديدة.", "غاراته", "طيران"),
        ("بينما تظاهر أعداد كبيرة من الأميركيين في نيويورك احتجاجا على الاتفاق.", "تظاهر", "الأميركيين"),
        # the agent after the attack's adjective, out of the phrase that took it in
        ("وقالت الوكالة ان جنديين تركيين قتلا صباح الاحد في هجوم انتحاري لمتمردي حزب العمال الكردستاني.", "قتلا",
         "لمتمردي"),
        # before a plural protest verb, the protesters rather than the nearest phrase
        ("وقال شهود ان الآلاف من المتظاهرين من تلاميذ المدارس وطلاب الثانوي تدفقوا في شوارع المدينة.", "تدفقوا",
         "المتظاهرين"),
        # 2. «أنه» after a verb of saying or admitting
        ("واقر التحالف الدولي انه نفذ ضربات جوية في شمال غرب باكستان.", "نفذ", "التحالف"),
        # 3. a claim of responsibility
        ("وتبنت الحركة المسؤولية عن تفجير عربة عسكرية وقتل كل من فيها.", "وقتل", "الحركة"),
        # 4. coordinated verbs share the first predicate's subject
        ("وكانت قوة من الشرطة قامت بمداهمة جامع النور بعد صلاة العشاء واعتدت على المصلين بالضرب.",
         "واعتدت", "الشرطة"),
        # 5. a verb in scare quotes keeps its subject
        ("قالت الحركة إن رجال أمن «اختطفوا» أمس منسقها العام.", "اختطفوا", "رجال"),
        # the suicide bomber is a person, not the adjective of an attack
        ("وكانت قوات مكافحة الإرهاب قد قتلت أربعة من المتهمين بالهجوم الانتحاري.", "قتلت", "قوات"),
        # the antecedent of a protest verb's relative is the protesters, whoever they are
        ("وخرج السكان الغاضبون الذين تظاهروا أمام مقر الولاية.", "تظاهروا", "السكان"),
        ("ومواجهات مع مجموعات من المواطنين الشيعة الغاضبين، الذين يحتجون على مقتل مواطن.", "يحتجون", "المواطنين"),
    ],
)
def test_actor_found_away_from_the_verb(text: str, trigger: str, actor: str) -> None:
    e = _event(text, trigger)
    assert any(actor in a.text for a in e.actors), [a.text for a in e.actors]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a support verb of happening has the place as subject, not the doer
        ("كما شهدت إسطنبول إطلاق نار قرب مقر القنصلية.", "إطلاق"),
        # an impersonal «إنه» before a passive: the speaker did not kill
        ("وقال مصدر إنه قتل خمسة أشخاص في المدينة.", "قتل"),
        # a cause noun whose agent is not named: nobody (not the market, the target)
        ("وقتل خمسة أشخاص في هجوم على سوق المدينة.", "وقتل"),
        # «من جانب آخر» (on the other hand) names nobody
        ("من جانب آخر، قتل خمسة أشخاص في انفجار عبوة ناسفة.", "قتل"),
    ],
)
def test_no_actor_when_none_is_named(text: str, trigger: str) -> None:
    assert _event(text, trigger).actors == []


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # who undergoes a noun trigger, «تعرض» further back (also its masdar after ب)
        ("افادت تقارير بتعرض المرجع الشيعي آية الله علي السيستاني لمحاولة اغتيال في النجف.", "اغتيال", "المرجع"),
        # what a protest is against
        ("تظاهر الاف الاسرائيليين مساء امس في تل ابيب دفاعا عن الديمقراطية واحتجاجا على حملة اليمين المتطرف.",
         "تظاهر", "حملة اليمين"),
        ("وهتف المتظاهرون «يسقط عزيز» مطالبين بوضوح برحيل السلطات العسكرية.", "وهتف", "السلطات العسكرية"),
        # a counted armed phrase after an abduction verb was abducted
        ("وخطف ثلاثة جنود أميركيين جنوب بغداد في 12 مايو.", "وخطف", "جنود"),
    ],
)
def test_target_away_from_the_verb(text: str, trigger: str, target: str) -> None:
    e = _event(text, trigger)
    assert any(target in t.text for t in e.targets), [t.text for t in e.targets]
    assert not any(target in a.text for a in e.actors), [a.text for a in e.actors]


def test_agent_after_min_is_no_target() -> None:
    e = _event("وتعرضت السفينة لهجوم من قراصنة صوماليين امس.", "لهجوم")
    assert [a.text for a in e.actors] == ["قراصنة صوماليين"]
    assert e.targets == []


def test_target_after_scare_quotes() -> None:
    e = _event("قالت الحركة إن رجال أمن «اختطفوا» أمس منسقها العام.", "اختطفوا")
    assert any("منسقها" in t.text for t in e.targets), [t.text for t in e.targets]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive act («تم» + its noun) told in a claim names no doer: not the claim's speaker
        ("وقال المجلس إنه تم إطلاق النار على عدد من المدنيين.", []),
        ("وأعلنت الشرطة أنه تم اعتقال خمسة مشتبه بهم.", []),
        # an active verb keeps its subject
        ("وأعلنت الشرطة أنها اعتقلت خمسة مشتبه بهم.", ["الشرطة"]),
    ],
)
def test_speaker_is_no_doer_of_a_passive_act(text: str, expected: list[str]) -> None:
    assert [[a.text for a in e.actors] for e in analyze(text).events] == [expected]
