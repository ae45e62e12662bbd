"""Generated forms of the trigger lexicon (events/morphology.py) and the fourth pass's rows
(verbal nouns, assault and protest vocabulary, territory verbs checked by their object).
Expected masdars follow the patterns of Arabic grammar, folded (ة → ه)."""

from __future__ import annotations

import pytest

from khabar import analyze
from khabar.events.lexicon import ffold, lexicon
from khabar.events.morphology import noun_inflections, verbal_nouns


@pytest.mark.parametrize(
    ("stem", "masdar"),
    [
        ("هاجم", "مهاجمه"),  # III
        ("داهم", "مداهمه"),
        ("اطلق", "اطلاق"),  # IV
        ("احرق", "احراق"),
        ("اصاب", "اصابه"),  # IV hollow
        ("القي", "القاء"),  # IV defective
        ("اوقف", "ايقاف"),  # IV, first radical و
        ("تظاهر", "تظاهر"),  # V/VI: the masdar has the past's letters
        ("توغل", "توغل"),
        ("انسحب", "انسحاب"),  # VII
        ("انشق", "انشقاق"),  # VII doubled
        ("اعتقل", "اعتقال"),  # VIII
        ("اصطدم", "اصطدام"),  # VIII with ط
        ("اغتال", "اغتيال"),  # VIII hollow
        ("اعتدي", "اعتداء"),  # VIII defective
        ("احتل", "احتلال"),  # VIII doubled
        ("استهدف", "استهداف"),  # X
        ("استعاد", "استعاده"),  # X hollow
        ("استولي", "استيلاء"),  # X defective
    ],
)
def test_verbal_noun_of_a_derived_form(stem: str, masdar: str) -> None:
    assert masdar in verbal_nouns(stem)


@pytest.mark.parametrize("stem", ["قتل", "قصف", "ذبح"])
def test_no_verbal_noun_guessed_for_form_one(stem: str) -> None:
    assert verbal_nouns(stem) == set()


@pytest.mark.parametrize(
    ("noun", "forms"),
    [
        ("هجوم", {"هجومان", "هجومين"}),
        ("غاره", {"غارات", "غارتان", "غارتين"}),
        ("انتحاري", set()),  # a nisba adjective: its plurals are rows
        ("هجوما", set()),  # an accusative row
        ("اشتباكات", set()),  # already plural
    ],
)
def test_noun_inflections(noun: str, forms: set[str]) -> None:
    assert noun_inflections(noun) == forms


@pytest.mark.parametrize(
    ("word", "present"),
    [
        ("هجومين", True),  # dual of a strong row
        ("غارتين", True),
        ("احتلال", False),  # «جيش الاحتلال»: no masdar of a territory verb
        ("مداهمات", False),  # the plural of a weak noun is a practice: a row or nothing
        ("قطع", False),  # «قطع الطريق» is a phrase noun: «هدد بقطع العلاقات» names no violence
    ],
)
def test_generated_trigger_nouns(word: str, present: bool) -> None:
    assert (ffold(word) in lexicon().nouns) is present


def test_no_generated_masdar_of_executed() -> None:
    # «الإعدام» is mostly a court's sentence: no masdar is generated from «أعدم»; the hand row
    # «إعدام» (events-6c, weak, no definite reading: triggers._GENERIC_WHEN_DEFINITE) is the act
    assert not any(e.origin.startswith("morph:") for e in lexicon().nouns.get(ffold("اعدام"), []))


def _triggers(text: str) -> list[tuple[str, str]]:
    return [(e.trigger.text, e.subtype or "") for e in analyze(text).events]


@pytest.mark.parametrize(
    ("text", "word", "subtype"),
    [
        # verbal nouns after «قام ... بـ»
        ("وقام عدد من الجنود بقتل المدنيين في القرية.", "بقتل", "attack"),
        ("وقامت مجموعة إرهابية عشية الجمعة بقطع رأس راع في الجبل.", "بقطع", "attack"),
        # a dual
        ("وشنت طائرات التحالف غارتين على مواقع الحوثيين أمس.", "غارتين", "air_drone_strike"),
        # territory: a place near the idiom, armed men, a pronoun for the place told before
        ("وسقطت مدينة الرمادي بيد مسلحي تنظيم داعش أمس.", "وسقطت", "non_state_actor_overtakes_territory"),
        ("وأحكمت المقاومة سيطرتها الكاملة على قاعدة العند الجوية بعد معارك عنيفة.", "وأحكمت", "armed_clash"),
        ("واستعادت القوات العراقية مدينة تكريت من التنظيم.", "واستعادت", "government_regains_territory"),
        ("وطردت المقاومة المليشيات الحوثية من المدينة.", "وطردت", "armed_clash"),
        # police force on a protest
        ("وأطلقت الشرطة الغاز المسيل للدموع على المتظاهرين امام البرلمان.", "وأطلقت", "protest_with_intervention"),
        ("وفرقت قوات الأمن المتظاهرين بالقوة.", "وفرقت", "protest_with_intervention"),
        # forces deployed
        ("ونشر الجيش مئات الجنود في المدينة.", "ونشر", "movement_of_forces"),
        # the Popular Resistance of the Yemen war takes places (the context lexicon has no class for it)
        ("وسيطرت المقاومة الشعبية على مديرية القفر أمس.", "وسيطرت", "non_state_actor_overtakes_territory"),
        ("واحتلت المليشيات مدينة عدن في مارس الماضي.", "واحتلت", "non_state_actor_overtakes_territory"),
        # destruction of a military target with armed men in the sentence
        ("وأكد الجنرال ان عددا من مخابئ المتمردين تم تدميرها خلال العملية.", "تدميرها", "attack"),
        # a preposition with a pronoun between the verb and its protester subject
        ("وقاد التظاهرة عدد من النشطاء ورفع خلالها المتظاهرون نعوشا.", "ورفع", "peaceful_protest"),
    ],
)
def test_fourth_pass_family_is_found(text: str, word: str, subtype: str) -> None:
    found = _triggers(text)
    assert any(word in t and s == subtype for t, s in found), found


@pytest.mark.parametrize(
    "text",
    [
        ("واحتلت السعودية المركز الأول في البطولة."),  # a ranking
        ("وطردت الحكومة السفير الإيراني."),  # a diplomat expelled
        ("وحررت قوات الجيش الرهائن."),  # no place taken
        ("ضرب الزلزال المدينة أمس."),  # no armed men, no violence word
        ("وأشار إلى أنهم سينتقلون بعدها لتحرير مديرية لودر وطرد مسلحي الحوثي منها."),  # a plan
        ("وأكد أن عملية تطهير عدن من الحوثيين قائمة حالياً."),  # under way, not done
        ("بعد انتشار الجيش بأغلب المدن التي كانوا قد استولوا عليها."),  # a place described
        ("وقال إن جيش الاحتلال يواصل سياسته في المدينة."),  # a state
        ("تستهدف يد الإرهاب الآثمة المجرمة بالقتل وتخريب المساجد."),  # the concept of killing
        ("نورا جنبلاط تسجل هذا العام ثلاثين سنة من عمر تظاهرة ولدت لمقاومة الحرب."),  # a festival
        ("ومن يصفونهم بالأعداء كثيرون."),  # «يصفون» is «describe», not «صفّى»
        ("ولا تحتل تركيا موقعا بين البلدان العشرة الأولى."),  # a ranking
        ("وأكد أن استعادتها من قبضة الانقلابيين سيتم قريبا."),  # a promise
        ("ارتفع عدد القتلى جراء الإعصار القوي الذي ضرب تايوان السبت الماضي."),  # weather, not a beating
        ("وكانت جماهير النادي قد قامت بالهتاف باسمه كثيرا."),  # fans chanting a player's name
        ("وألقى فيها الرئيس كلمة أمام المتظاهرين."),  # the protesters are not the subject
        ("وأضاف أنه تم تدمير علاقات اقتصادية ومبادلات تجارية."),  # a figure of speech
        ("وارتفعت الأرباح نتيجة لانخفاض سعر الصرف بحسب ترجمة التقرير."),  # «ترجمة» is no «رجم»
    ],
)
def test_fourth_pass_word_without_an_occurrence(text: str) -> None:
    assert analyze(text).events == []
