"""Seventh pass on the UniversalPetrarch sentences (helper events-4b): trigger spans and
trigger words of classes the tune half misses, each with two instances of the class and an
input that must yield nothing."""

from __future__ import annotations

import pytest

from _events import segmented as _doc
from khabar import analyze
from khabar.document import Doc
from khabar.events.lexicon import ffold, lexicon
from khabar.events.triggers import Mention, caused_killing, find_mentions


def _mention(doc: Doc, ms: list[Mention], word: str) -> Mention:
    return next(m for m in ms if ffold(doc.tokens[m.head].norm) == ffold(word))


@pytest.mark.parametrize(
    ("text", "naming", "killing"),
    [
        # the killing told after the noun, with a verb of causing
        ("وقال الرائد إن هجوما انتحاريا بسيارة مفخخة أدى إلى مقتل 15 شخصا", "هجوما", "مقتل"),
        ("وقال مسؤولون إن ضربة جوية أميركية أدت الى مقتل ثمانية مقاتلين", "ضربة", "مقتل"),
        ("ووقع انفجار في السوق مما أسفر عن مقتل خمسة أشخاص", "انفجار", "مقتل"),
        # the preposition of «أدى إلى» right before it, the verb told before the noun
        ("وأدى انفجار سيارة مفخخة الى مقتل شخص", "انفجار", "مقتل"),
        # the killing told as what followed («فقتلت»، «وقتل فيه»)
        ("وسقطت صواريخ على منطقتي شمال وجنوب وزيرستان فقتلت 32 متمردا", "صواريخ", "فقتلت"),
        # the killing told first, the noun after a word of cause
        ("أعلنت مصادر أمنية مقتل شخصين على الأقل في هجوم انتحاري بحزام ناسف", "هجوم", "مقتل"),
        ("أعلن مصدر في الشرطة مقتل شخص إثر انفجار عبوة ناسفة", "انفجار", "مقتل"),
        # quotes and the rest of the toll do not break the phrase
        ("وأدى انفجار سيارة مفخخة الى «مقتل شخص وإصابة 11 آخرين»", "انفجار", "مقتل"),
        ("أعلنت مصادر أمنية مقتل شخصين وإصابة 18 آخرين في هجوم انتحاري", "هجوم", "مقتل"),
    ],
)
def test_the_span_runs_to_the_killing_the_occurrence_caused(text: str, naming: str, killing: str) -> None:
    doc = _doc(text)
    ms = find_mentions(lexicon(), doc.tokens, 0, len(doc.tokens))
    got = caused_killing(doc.tokens, _mention(doc, ms, naming), ms, _mention(doc, ms, naming).last)
    assert got is not None and ffold(doc.tokens[got.head].norm) == ffold(killing)


@pytest.mark.parametrize(
    ("text", "naming"),
    [
        # a full stop between them: two sentences' worth of telling
        ("وقع هجوم على الحاجز. وأعلنت الوزارة مقتل ثلاثة", "هجوم"),
        # another clause («بينما»)
        ("استمر الهجوم على الحاجز بينما أعلنت الوزارة مقتل ثلاثة من الجنود", "الهجوم"),
        # more than five words between them: the trigger span stays short (the other words of
        # the occurrence are its mentions)
        ("وقال مسؤولون إن ضربة جوية أميركية في شمال العراق أدت الى مقتل ثمانية مقاتلين", "ضربة"),
        # the wounded are not the killing
        ("هجوم على الحاجز أسفر عن إصابة خمسة جنود", "هجوم"),
        # a killing told first without a word of cause before the noun
        ("أعلنت الوزارة مقتل ثلاثة جنود وهجوم المتمردين مستمر", "وهجوم"),
    ],
)
def test_no_caused_killing(text: str, naming: str) -> None:
    doc = _doc(text)
    ms = find_mentions(lexicon(), doc.tokens, 0, len(doc.tokens))
    trig = _mention(doc, ms, naming)
    assert caused_killing(doc.tokens, trig, ms, trig.last) is None


def _subtypes(text: str) -> list[str]:
    return [e.subtype for e in analyze(text).events]


_TERRITORY = {"government_regains_territory", "non_state_actor_overtakes_territory", "armed_clash"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a long armed subject between «سيطر» and «على» (VSO)
        ("وسيطر الحوثيون المتحالفون مع وحدات للجيش الموالية للشرعية سابقا على مدينة عدن في مارس.", True),
        ("وسيطر الجيش الوطني مدعوما بمسلحي المقاومة الشعبية على مواقع بجوار السجن المركزي.", True),
        # ... the name «علي» in the subject is not the preposition
        ("وسيطر الحوثيون المتحالفون مع وحدات موالية للرئيس السابق علي عبد الله صالح على عدن في مارس.", True),
        ("وسيطر مسلحو الحوثي وأنصار الرئيس المخلوع علي صالح على مدينة الضالع.", True),
        ("وسيطرت الحكومة التي يقودها رئيس الوزراء الجديد على الأسعار في الأسواق.", False),
        # the object after a long armed subject
        ("واستعادت القوات اليمنية الموالية للرئيس عبد ربه منصور هادي والمدعومة من تحالف تقوده السعودية "
         "المطار يوم 14 يوليو.", True),
        ("استعادت القوات الموالية للحكومة اليمنية الشرعية أمس الثلاثاء قاعدة العند الجوية.", True),
        ("واستعادت القوات الحكومية ثقة المواطنين في المدينة.", False),
        # ... a partitive «من» before it
        ("واستعادت القوات العراقية الكثير من المناطق في محافظة الأنبار.", True),
        ("واستعادت القوات العراقية الكثير من ثقتها في المدينة.", False),
        # a quantifier before the place object
        ("وسيطر تنظيم داعش على مجمل محافظة دير الزور في صيف 2014.", True),
        ("وسيطرت المليشيات على كامل مدينة زنجبار أمس.", True),
        ("وسيطرت الحكومة على كامل الأسعار.", False),
        # «بأيدي»، «في أيدي»: the broken plural of «يد»
        ("سقطت قاعدة العند في مارس بأيدي المقاتلين الحوثيين.", True),
        ("وسقطت مدينة الرمادي في أيدي مسلحي التنظيم.", True),
        ("وسقطت الرسالة في أيدي الصحفيين.", False),
        # a taking told in a relative clause with its month is a dated occurrence, not a description
        ("وتقدمت قوات الحوثيين التي سيطرت على صنعاء في سبتمبر نحو عدن.", True),
        ("ونقلوا إلى مدينة تدمر التي سقطت بأيدي عناصر التنظيم في مايو الماضي.", True),
        ("وانسحب المسلحون من المدن التي كانوا قد استولوا عليها.", False),
        ("وأشاد بالمراتب التي احتلتها المصارف في مايو الماضي.", False),
        # what a cause led to was done
        ("وأدت المعارك إلى استعادة قوات التحالف مدينة عدن منتصف يوليو.", True),
        ("وأسفرت العملية عن استعادة القوات العراقية مدينة الرمادي.", True),
        ("وتهدف العملية العسكرية لاستعادة مدينة الرمادي.", False),
    ],
)
def test_territory_taken(text: str, found: bool) -> None:
    assert bool(set(_subtypes(text)) & _TERRITORY) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("وتم توقيف 251 شخصا لانتمائهم الى جماعات ارهابية.", True),
        ("وجرى توقيف الفتاتين في ديسمبر الماضي على الحدود بين سوريا وتركيا.", True),
        ("وطالب النائب بتوقيف العمل بالقانون الجديد.", False),
    ],
)
def test_tawqif_is_an_arrest(text: str, found: bool) -> None:
    assert ("arrests" in _subtypes(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # «ضبط» with a person as its object is an arrest
        ("وتمكنت شرطة محافظة حفر الباطن من ضبط مواطن بتهمة الاعتداء على زوجته.", True),
        ("وضبطت دوريات الأمن بالطائف شخصا سدد طعنة بسكين لرجل أمن.", True),
        ("وتمكنت الشرطة من ضبط 5 متهمين في سرقة السيارات.", True),
        # not goods, not self-restraint
        ("وتمكنت الجمارك من ضبط كميات كبيرة من المخدرات في الميناء.", False),
        ("ودعا الوزير جميع الأطراف إلى ضبط النفس.", False),
    ],
)
def test_dabt_of_a_person_is_an_arrest(text: str, found: bool) -> None:
    assert ("arrests" in _subtypes(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("وأوردت الصحف أن الشاب التحق بصفوف تنظيم داعش قبل شهرين فقط.", True),
        ("وقالت المصادر إن العشرات التحقوا بصفوف المسلحين في المدينة الشهر الماضي.", True),
        ("والتحق الطالب بصفوف الجامعة هذا العام.", False),
    ],
)
def test_joined_the_ranks_is_recruitment(text: str, found: bool) -> None:
    assert ("recruitment" in _subtypes(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("وأشار إلى أن المقاومة دفعت بتعزيزات عسكرية كبيرة إلى منطقة الحرور شرق مثلث العند.", True),
        ("وأكدت المصادر أن مليشيات الحوثي أرسلت تعزيزات كبيرة إلى جبهة عدن.", True),
        ("ونشرت الولايات المتحدة أمس ست مقاتلات في قاعدة إنجرليك للمشاركة في الحرب على تنظيم داعش.", True),
        # «دفع بـ» is also «prompted»
        ("وقال إن الأوضاع الصعبة دفعت بقوات البيشمركة إلى توجيه هذه الرسالة.", False),
        # «حركة» is not حرك + ه
        ("وقد يواجهون زيادة طفيفة في حركة مرور الآليات العسكرية.", False),
    ],
)
def test_reinforcements_sent_and_forces_deployed(text: str, found: bool) -> None:
    assert ("movement_of_forces" in _subtypes(text)) is found
