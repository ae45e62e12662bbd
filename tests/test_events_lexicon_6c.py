"""Eleventh pass on the trigger lexicon (events-6c, docs/events.md): classes of forms and
vocabulary, each with two instances and an input that must yield nothing."""

from __future__ import annotations

import pytest

from _events import rule_triggers
from khabar.events.lexicon import ffold, lexicon
from khabar.events.morphology import participles, past_paradigm
from khabar.events.triggers import _lookup


def _forms(word: str) -> set[str]:
    return {e.form for e, _, _ in _lookup(lexicon(), ffold(word))}


# --- morphology -------------------------------------------------------------------------------

@pytest.mark.parametrize(("stem", "form_ii", "expected"), [
    ("رفع", False, {"رافعين", "رافعون", "رافعات"}),  # I
    ("ردد", True, {"مرددين", "مرددون", "مرددات"}),  # II
    ("طالب", False, {"مطالبين", "مطالبون", "مطالبات"}),  # III
    ("اضرم", False, {"مضرمين", "مضرمون", "مضرمات"}),  # IV
    ("رمي", False, set()),  # defective: the ي falls («رامين»), not generated
])
def test_participles(stem: str, form_ii: bool, expected: set[str]) -> None:
    assert participles(stem, form_ii) == expected


def test_past_paradigm() -> None:
    assert past_paradigm("اغتيل") == {"اغتيلت", "اغتيلوا", "اغتيلا", "اغتيلتا"}


@pytest.mark.parametrize(("word", "form"), [
    ("اغتيلا", "اغتيل"),  # the dual of the passive row «اغتيل» (the row's form, for the word lists)
    ("أصيبا", "اصيب"),
    ("لقيا", "لقي حتفه"),  # «لقيا حتفهما»
])
def test_exact_past_rows_get_their_paradigm(word: str, form: str) -> None:
    assert form in _forms(word)


@pytest.mark.parametrize("text", ["وأصيبا بجروح في حادث مرور على الطريق السريع.",
                                  "ولقيا حتفهما في حادث سير مروع أمس."])
def test_dual_casualty_in_an_accident_is_none(text: str) -> None:
    assert rule_triggers(text) == []


def test_an_exact_row_without_siblings_gets_no_paradigm() -> None:
    # «أرداه» (an object pronoun in the row) is no 3rd masc. sing. stem: no «أرداهت»
    assert not _forms("ارداهت")


@pytest.mark.parametrize(("text", "trigger"), [
    ("ولقيا حتفهما في انفجار عبوة ناسفة.", "ولقيا حتفهما"),
    ("اغتيلا برصاص مسلحين مجهولين أمام منزلهما.", "اغتيلا"),
])
def test_dual_passive_is_a_trigger(text: str, trigger: str) -> None:
    # (as with «لقي حتفه», the span may run on to the occurrence that killed: «... في انفجار»)
    assert any(t.startswith(trigger) for t in rule_triggers(text))


@pytest.mark.parametrize(("text", "trigger"), [
    # the participle phrase is the only protest word (its verb «وقف» is none); a time anchors it
    ("ووقف العشرات أمس أمام مقر الولاية رافعين لافتات تطالب بالتشغيل.", "رافعين لافتات"),
    ("ووقف الأهالي يوم الاثنين أمام المعتمدية حاملين لافتات كتب عليها «نريد الماء».", "حاملين لافتات"),
])
def test_participle_with_its_object_is_a_protest(text: str, trigger: str) -> None:
    assert trigger in rule_triggers(text)


def test_participle_without_a_protest_object_is_none() -> None:
    assert rule_triggers("ووقف الحجاج رافعين أيديهم بالدعاء.") == []


@pytest.mark.parametrize(("word", "form"), [
    ("مظاهرتهم", "مظاهره"),  # ة written ت before an attached pronoun
    ("غارتها", "غاره"),
    ("سيارته", "سياره مفخخه"),
])
def test_open_taa_before_a_pronoun(word: str, form: str) -> None:
    assert form in _forms(word)


@pytest.mark.parametrize(("word", "weak"), [("مسيرته", "مسيره"), ("وقفته", "وقفه"), ("إصابته", "اصابه")])
def test_open_taa_not_for_weak_words(word: str, weak: str) -> None:
    # his career, his stand, his injury: only strong phrases («مسيرته الاحتجاجية») are read
    assert weak not in _forms(word)


def test_career_with_a_pronoun_is_no_march() -> None:
    assert rule_triggers("بدأ اللاعب مسيرته المهنية في النادي عام 2010.") == []


# --- vocabulary -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("قبضت الشرطة على ثلاثة أشخاص يشتبه في تورطهم في السرقة.", "قبضت الشرطة على"),
    ("وقبض على الجاني بعد ساعات من الحادث.", "وقبض على"),
])
def test_arrest_with_qabada_ala(text: str, trigger: str) -> None:
    assert trigger in rule_triggers(text)


@pytest.mark.parametrize("text", ["وأحكمت المقاومة قبضتها تماما على المدينة.",
                                  "وبقي المطار في قبضة قوات الأمن المنقلبة على الشرعية."])
def test_grip_is_no_arrest(text: str) -> None:
    assert rule_triggers(text) == []


@pytest.mark.parametrize("text", ["وقال إن من يقبض عليهم سيعاملون بطريقة قاسية.",
                                  "ونقبض على أكفنا القبضة الأخيرة."])
def test_present_of_qabada_is_none(text: str) -> None:
    assert rule_triggers(text) == []


def test_accusative_wound_is_no_dual_passive() -> None:
    # «جرحا» (a wound, accusative) gets no past reading from the paradigm of «جرح»; «جرحت» does
    assert not any(t == "past" for _, t, _ in _lookup(lexicon(), "جرحا"))
    assert any(t == "past" for _, t, _ in _lookup(lexicon(), "جرحت"))


@pytest.mark.parametrize(("text", "trigger"), [
    ("وأطاحت الوحدات الأمنية بعصابة مختصة في سرقة المنازل.", "وأطاحت الوحدات الأمنية بعصابة"),
    ("وتمكنت الشرطة من الإطاحة بشبكة لتهريب البشر.", "الإطاحة بشبكة"),
])
def test_gang_taken_is_an_arrest(text: str, trigger: str) -> None:
    assert trigger in rule_triggers(text)


@pytest.mark.parametrize(("text", "trigger"), [
    ("وتمكنت الوحدات الأمنية أمس من الإطاحة بخلية إرهابية تتكون من 5 عناصر.", "الإطاحة بخلية"),
    ("وأطاحت فرقة الشرطة العدلية بمروج مخدرات بحي التضامن.", "وأطاحت"),
])
def test_cell_or_dealer_taken_is_an_arrest(text: str, trigger: str) -> None:
    assert trigger in rule_triggers(text)


def test_capacity_to_take_cells_is_none() -> None:
    assert rule_triggers("وأكد الوزير قدرة الأجهزة على الإطاحة بالخلايا الإرهابية.") == []


def test_overthrow_is_no_arrest() -> None:
    assert rule_triggers("وأطاح الجيش بالرئيس في انقلاب عام 2013.") == []


@pytest.mark.parametrize(("text", "trigger"), [
    ("وشن عاملان إضراب جوع أمس احتجاجا على طردهما.", "إضراب جوع"),
    ("وقد دخل المعتقلون في إضراب الجوع منذ يوم الاثنين الماضي.", "إضراب الجوع"),
])
def test_hunger_strike_maghrebi(text: str, trigger: str) -> None:
    assert any(trigger in t for t in rule_triggers(text))


def test_hunger_strike_to_be_entered_is_none() -> None:
    assert rule_triggers("وقررت النقابة الدخول في إضراب جوع الأسبوع المقبل.") == []


@pytest.mark.parametrize(("text", "trigger"), [
    ("وانهالوا عليه ضربا حتى فقد وعيه.", "وانهالوا عليه ضربا"),
    ("وطعنه بسكين في ظهره أمام المقهى.", "وطعنه بسكين"),
])
def test_beating_and_stabbing_with_the_instrument(text: str, trigger: str) -> None:
    assert trigger in rule_triggers(text)


def test_congratulations_pouring_in_are_no_beating() -> None:
    assert rule_triggers("وانهالت عليه التهاني من كل مكان.") == []


@pytest.mark.parametrize(("text", "trigger"), [
    ("وعمد عدد من الشبان أمس إلى غلق الطرقات وإشعال العجلات المطاطية احتجاجا على البطالة.", "غلق الطرقات"),
    ("وقام المحتجون بإشعال العجلات المطاطية أمام المعتمدية.", "وقام المحتجون بإشعال العجلات"),
])
def test_road_blocks_and_tyres(text: str, trigger: str) -> None:
    assert trigger in rule_triggers(text)


def test_road_block_called_for_is_none() -> None:
    assert rule_triggers("ودعت النقابة إلى غلق الطرقات.") == []


# --- classes of the audits' misses ------------------------------------------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("وقال إن مجموعة من المنحرفين هجموا على المعهد مسلحين بأسلحة بيضاء أمس.", "هجموا على"),
    ("وهجم مسلحون على نقطة تفتيش للشرطة فجر اليوم.", "وهجم مسلحون على"),
])
def test_hajama_ala_is_an_attack(text: str, trigger: str) -> None:
    assert trigger in rule_triggers(text)


@pytest.mark.parametrize("text", ["وهجم المستثمرون على الذهب بإصرار.", "وهجم عليه كلب شرس وعضه في وجهه."])
def test_hajama_ala_without_armed_men_is_none(text: str) -> None:
    assert rule_triggers(text) == []


@pytest.mark.parametrize(("text", "trigger"), [
    ("وحرق المحتجون العجلات المطاطية أمس أمام مقر المعتمدية.", "وحرق"),
    ("وحرق عشرات المحتجين مقر المعتمدية أمس.", "وحرق"),
])
def test_burning_by_protesters(text: str, trigger: str) -> None:
    assert any(trigger in t for t in rule_triggers(text))


def test_burning_without_protesters_is_none() -> None:
    assert rule_triggers("وحرقت الشمس المحاصيل في الحقول.") == []


@pytest.mark.parametrize(("text", "trigger"), [
    ("وضرب رجال الشرطة المتظاهرين بالهراوات أمام البرلمان.", "وضرب"),
    ("وطعن رجل امرأة حتى الموت في أحد شوارع المدينة.", "وطعن"),
    ("وتم حرق الصحفي حتى الموت بإيعاز من وزير.", "حرق الصحفي حتى الموت"),
    ("وأحرقه المسلحون حيا أمام منزله أمس.", "وأحرقه المسلحون حيا"),
])
def test_beaten_with_an_instrument_or_to_death(text: str, trigger: str) -> None:
    assert any(t.startswith(trigger) for t in rule_triggers(text))


@pytest.mark.parametrize("text", ["وضربت العاصفة الرملية المنطقة أمس.", "وقاتل حتى الموت دفاعا عن أرضه في قصيدة الشاعر."])
def test_storm_and_figure_of_speech_are_none(text: str) -> None:
    assert rule_triggers(text) == []


@pytest.mark.parametrize(("text", "trigger"), [
    ("وقامت الميليشيا أمس بإعدام 15 أسيرا في ساحة البلدة.", "بإعدام"),
    ("وقام التنظيم المجرم بإعدام شخصين من سكان المدينة أمس.", "بإعدام"),
])
def test_execution_as_an_act(text: str, trigger: str) -> None:
    assert trigger in rule_triggers(text)


def test_death_sentence_is_no_execution() -> None:
    assert rule_triggers("وطالب المدعي العام بتطبيق حكم الإعدام على المتهمين.") == []
