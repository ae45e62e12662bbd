"""Twelfth pass: the trigger kept (events-7c): which word of an occurrence's mentions is its
trigger, and when a killing told with «قام ... بـ» is an act of its own (docs/events.md, "Twelfth
pass: the trigger kept"). Each class: two instances or more and an input that must stay as it
was. Texts written for the tests."""

from __future__ import annotations

import pytest

from _events import doc_of, triggers
from khabar.events import extract_events


# A verb guessed from its protester subject («وجاء المتظاهرون») gives way to the protest act
# told later in its clause: a plural participle or the noun of «قام ... بـ».
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وجاء المحتجون من القرى المجاورة أمس مطالبين بالإفراج عن المعتقلين.", "مطالبين"),
        ("وعاد المتظاهرون إلى الساحة الرئيسية مساء السبت مرددين هتافات ضد الحكومة.", "مرددين هتافات"),
        ("وقام المتظاهرون من ممثلي أحزاب المعارضة في العاصمة بنصب خيامهم أمام مبنى البرلمان أمس.",
         "بنصب خيامهم"),
        # a purpose says why they came, the verb stays
        ("وجاء المتظاهرون إلى الساحة أمس احتجاجا على غلاء الأسعار.", "وجاء"),
        # another clause: the verb stays
        ("وجاء المتظاهرون إلى الساحة أمس، وفي المساء رفع أنصار الحزب لافتات.", "وجاء"),
    ],
)
def test_a_guessed_protest_verb_gives_way_to_the_act(text: str, expected: str) -> None:
    assert triggers(text) == [expected]


def test_the_act_of_a_guessed_verb_keeps_its_subject_as_actor() -> None:
    (event,) = extract_events(doc_of("وعاد المتظاهرون إلى الساحة الرئيسية مساء السبت مرددين هتافات ضد الحكومة."))
    assert [a.text for a in event.actors] == ["المتظاهرون"]
    assert [m.text for m in event.mentions] == ["وعاد"]


# What an occurrence caused («أسفرت عن إحراق») is not its name: a strong naming noun told
# before it is the trigger; a weak one («أعمال العنف») is not.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وكانت أعمال الشغب قد اندلعت مساء أمس في وسط المدينة وأسفرت عن إحراق خمس سيارات.", "الشغب"),
        ("التظاهرات التي شهدتها المدينة أمس أسفرت عن إحراق مركز للشرطة.", "التظاهرات"),
        ("وكانت أعمال العنف قد اندلعت ليل الجمعة في حي المنصورة وأدت إلى إحراق مقر الحزب الحاكم.",
         "وأدت إلى إحراق"),
    ],
)
def test_a_caused_result_gives_way_to_the_occurrence_named_before(text: str, expected: str) -> None:
    assert triggers(text) == [expected]


# Scare quotes around a word of the subject do not end «قام ... بـ»: the noun with ب is the
# predicate, and the trigger, before a verb told after it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قام عدد من جنود «المارينز» بقتل ثلاثة مدنيين بعدما فجرت عبوة ناسفة إحدى مركباتهم.", "بقتل"),
        ("قام عدد من عناصر «الحشد» بقتل أربعة مدنيين بعدما انفجرت عبوة ناسفة قرب دوريتهم.", "بقتل"),
        ("قام مسلحون بقتل ثلاثة رهائن أمس بعدما فجرت عبوة ناسفة سيارتهم.", "قام مسلحون بقتل"),
    ],
)
def test_scare_quotes_do_not_end_the_subject_of_qama(text: str, expected: str) -> None:
    assert triggers(text)[0] == expected


# A weak movement noun whose attached pronoun names its doer, armed men in the sentence, is
# confirmed («أثناء انسحابهم»، «أعلنت ... انسحابها»); a transitive one («وتجنيدهم»: the pronoun is
# its object) and a withdrawal without armed men («انسحاب الحزب من المشاورات») are not.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل 17 مدنيا وأصيب العشرات جراء انفجار ألغام زرعها الحوثيون أثناء انسحابهم من محافظة لحج.",
         ["movement_of_forces"]),
        ("وكانت جبهة النصرة قد أعلنت أمس انسحابها من مواقع المواجهة مع التنظيم شمال مدينة حلب.",
         ["movement_of_forces"]),
        ("وقال الجيش إن المسلحين تركوا أسلحتهم في القرية أثناء هروبهم أمس.", ["flight_escape"]),
        ("وأعلن الحزب أمس انسحابه من المشاورات مع الحكومة.", []),
        ("وكشفت الشرطة أمس أن التنظيم استقطب الشبان عبر الإنترنت وتجنيدهم.", []),
    ],
)
def test_a_movement_noun_owned_by_armed_men_is_confirmed(text: str, expected: list[str]) -> None:
    subtypes = [e.subtype for e in extract_events(doc_of(text))]
    assert [s for s in subtypes if s in ("movement_of_forces", "flight_escape", "recruitment")] == expected


# Words of sport that name other things too («الفريق» a general's rank or a team of monitors,
# «أهداف» military targets) make no sentence about sport where armed men, the dead or a past act of
# violence are told; a sentence with a word only sport uses, or without war, stays sport.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقتل ثلاثة جنود أمس في هجوم على دورية قرب الحدود، وقال الفريق أول ركن فهد الشهري إن المهاجمين فروا.",
         1),
        ("وأكد فريق الرصد والتوثيق أن 63 طفلا قتلوا أمس في القصف على مخيم اليرموك.", 1),
        ("وقالت الحكومة التركية إن المقاتلات التركية قصفت ليل الجمعة سبعة أهداف لحزب العمال الكردستاني "
         "في شمال العراق.", 1),
        ("وشن الفريق هجوما قويا في الشوط الثاني من المباراة أمس.", 0),
        ("وأخفق ريال مدريد أمس في تسجيل أي أهداف كما لم يتمكن من الفوز في أربع مواجهات تجريبية.", 0),
        ("وتعاقد النادي أمس مع مهاجم ليفربول ليقود هجوم الفريق بجوار الهداف الإيفواري.", 0),
    ],
)
def test_a_word_of_sport_and_war_makes_no_sentence_about_sport(text: str, expected: int) -> None:
    violence = [e for e in extract_events(doc_of(text))
                if e.type in ("battles", "explosions_remote_violence", "violence_against_civilians")]
    assert len(violence) == expected
