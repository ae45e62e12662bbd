"""Filter-side precision rules of the ninth pass (helper events-5a): each class of mentions told
as no occurrence, with two instances and a dated occurrence that must keep its event."""

from __future__ import annotations

import pytest

from khabar import analyze


def _triggers(text: str) -> list[str]:
    return [e.trigger.text for e in analyze(text).events]


# Plans, expectations, intentions, needs and aims (context.tsv, irrealis): a trigger up to six
# words after «يرتقب/يتوقع»، «نيتها/عزمها»، «ضرورة»، «يسعى»، «بهدف» is not told as done.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وتبقى شبوة في يد المتمردين، في وقت يرتقب أن تشهد المحافظة معارك الحسم خلال الأيام المقبلة.", []),
        ("وأعلنت الحكومة عزمها على شن هجوم واسع على معاقل التنظيم في الشمال.", []),
        ("وأعلن البلدان نيتهما لتوفير الدعم للمسلحين المعارضين وطرد تنظيم داعش من المنطقة الحدودية.", []),
        ("وقال القائد إن قواته تسعى إلى السيطرة على مطار المدينة قبل نهاية الشهر.", []),
        ("وشددت الوزارة على ضرورة اعتقال المتورطين في أعمال الشغب.", []),
        # told as done, the expectation after it: kept
        ("وقتل خمسة أشخاص أمس في انفجار سيارة مفخخة في بغداد، ويتوقع أن يرتفع عدد القتلى.",
         ["وقتل خمسة أشخاص أمس في انفجار"]),
    ],
)
def test_plan_expectation_or_aim_is_no_event(text: str, expected: list[str]) -> None:
    assert _triggers(text) == expected


# Acts done daily, regularly or systematically («بشكل يومي»، «يوميا»، «بشكل ممنهج»), told
# without a time word or a date, are a practice; a dated occurrence in the same manner stays.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وردا على مقتل الشرطيين، يشن الجيش التركي يوميا غارات جوية كثيفة على مواقع الحزب في شمال العراق.", []),
        ("وقالت المنظمة إن الميليشيات تقصف المدنيين بشكل يومي في تعز ولحج والضالع.", []),
        ("وأكد التقرير أن قوات الأمن اعتقلت ناشطين بشكل ممنهج في عدة مدن.", []),
        ("وقصفت الميليشيات أمس بشكل متكرر أحياء سكنية في مدينة تعز.", ["وقصفت"]),
    ],
)
def test_practice_manner_is_no_event(text: str, expected: list[str]) -> None:
    assert _triggers(text) == expected


# A ة read as the pronoun ه (folding makes them one letter): «أسرة» (a family) is no «أسر» + ه,
# «سارة» (a name) no «سار» + ه; «أسرته» (his family) no «أسرت» + ه. A capture told stays.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وشاركت في المعرض أمس 14 أسرة منتجة من الأسر التي ترعاها الجمعية.", []),
        ("وأدت كل من سارة الحسيني وياسمين رزه أغنيات الحفل أمس في القاهرة.", []),
        ("وتعرضت أسرته للفيروس نفسه بعد أن انتقلت العدوى إليه في الرياض.", []),
        ("وأضاف أنه تم أسر أربعين حوثيا أمس في مديرية دار سعد.", ["أسر"]),
    ],
)
def test_taa_read_as_pronoun_is_no_event(text: str, expected: list[str]) -> None:
    assert _triggers(text) == expected


# Killing or targeting a whole class of people («قتل المسلمين»، «قتل الأبرياء») in a sentence
# without a time word or a number is the act as such (an opinion, a sermon); a dated killing of
# civilians stays.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("إلا أن القاعدة وداعش ومن سار على نهجهما ارتأوا أن قتل المسلمين طريق لتحرير فلسطين.", []),
        ("ومنذ بزوغ نجم القاعدة وضربها لمدننا، وقتل المدنيين وإراقة الدماء في شوارعنا لم تتوقف الأسئلة.", []),
        ("وقتل المسلحون أمس المدنيين الفارين من القرية في ريف حلب.", ["وقتل"]),
    ],
)
def test_killing_a_class_of_people_is_no_event(text: str, expected: list[str]) -> None:
    assert _triggers(text) == expected


# Two near misses of these rules that must keep their event: «دوما» is also Douma/Duma (no
# «always»), and an assault on worshippers told with its doer is an occurrence.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وهاجم مستوطنون منزلا في دوما وقتلوا طفلا.", ["وهاجم مستوطنون منزلا في دوما وقتلوا"]),
        ("وكانت قوة من الشرطة قامت بمداهمة جامع النور بعد صلاة العشاء واعتدت على المصلين بالضرب.",
         ["قامت بمداهمة", "واعتدت على"]),
    ],
)
def test_near_misses_keep_their_event(text: str, expected: list[str]) -> None:
    assert _triggers(text) == expected


# «تم/جرى» + a noun tells the act done, even when the sentence goes on in the future («وسيتم
# إحالته»); a noun in a sentence about the future without «تم» is still not anchored.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وتم القبض على المتهم وسيتم إحالته إلى النيابة العامة.", ["القبض على"]),
        ("تم إيقاف شخص مفتش عنه، وسيتم تسليمه إلى النيابة العمومية.", ["تم إيقاف"]),
        ("وستنظم النقابة وقفة احتجاجية يوم الاثنين المقبل أمام مقر الولاية.", []),
    ],
)
def test_done_with_tamma_despite_a_future_tail(text: str, expected: list[str]) -> None:
    assert _triggers(text) == expected


# A decision reaches its whole clause («قررت الهيئة ... تنفيذ جملة من التحركات الاحتجاجية»),
# a precaution («تحسبا من وقوع هجمات») and «كل» + a noun («كل تحرك احتجاجي») tell no act; a
# decision told after the act stays.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قررت الهيئة الإدارية القطاعية للتعليم الثانوي تنفيذ جملة من التحركات الاحتجاجية على اثر اجتماع اليوم.", []),
        ("وأدى ملايين المسلمين صلاة العيد وسط إجراءات أمنية مشددة تحسبا من وقوع هجمات إرهابية.", []),
        ("وانتقد البيان أمس تجريم كل تحرك احتجاجي في البلاد.", []),
        ("وتظاهر مئات المعلمين أمس أمام مقر الوزارة، وقررت النقابة مواصلة التحركات.", ["وتظاهر"]),
    ],
)
def test_decision_precaution_or_every_is_no_event(text: str, expected: list[str]) -> None:
    assert _triggers(text) == expected


# A weak arrest noun confirmed by «تم» a few words before it, or by «تمكن ... من» across the
# commas of a time told between them; «تمكن» does not reach past quotes.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقام مندوب حماية الطفولة بإثارة دعوى جزائية وتم على إثر ذلك ايقاف 3 مشتبهين بهم.", 1),
        ("تمكن العنصر المتقدم لجيش البحر برأس جدير، اليوم الثلاثاء على الساعة الخامسة مساء، من إيقاف 14 شخصا "
         "اجتازوا الحدود عبر الشاطئ.", 1),
        ("وكانت الوزارة أعلنت أنها تمكنت من تفكيك \"80 % من الخلية\" الضالعة في اعتداء باردو.", 0),
    ],
)
def test_weak_arrest_confirmed_by_tamma_or_managed(text: str, expected: int) -> None:
    assert len(_triggers(text)) == expected


# Arrests counted over half a month or a year are a tally; a day's arrests stay.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تمكن الأعوان خلال النصف الأول من شهر أكتوبر من إيقاف 6 عناصر من أجل الانتماء إلى تنظيم إرهابي.", 0),
        ("وألقت الشرطة خلال النصف الثاني من العام القبض على 40 مشتبها بهم في قضايا إرهاب.", 0),
        ("تمكن الأعوان خلال مداهمة أمس من إيقاف 6 عناصر من أجل الانتماء إلى تنظيم إرهابي.", 1),
    ],
)
def test_arrests_over_half_a_period_are_a_tally(text: str, expected: int) -> None:
    assert len(_triggers(text)) == expected
