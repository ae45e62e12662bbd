"""The actor table's second pass (Yemen war of 2015, Gulf officials, named operations):
dictionary matches on sentences written for these tests, and the common words among
those names that need the tagger's agreement."""

from __future__ import annotations

import pytest

from khabar import analyze
from khabar.entities.mentions import dictionary_matches
from khabar.entities.tables import get_table
from khabar.normalize import normalize_text
from khabar.segment import tokenize


def _matches(text: str) -> list[tuple[str, str, bool]]:
    words = [t for t, _, _ in tokenize(normalize_text(text))]
    return [(m.actor.name_en, m.type, m.weak) for m in dictionary_matches(words, get_table()) if m.actor]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("شنت الطائرات غارات على صرواح ولودر", [("Sirwah", "LOC", False), ("Lawdar", "LOC", False)]),
        ("وصلت التعزيزات إلى محافظة أبين", [("Abyan", "LOC", False)]),
        ("استعادت القوات قاعدة العند الجوية", [("Al Anad Air Base", "LOC", False)]),
        ("شاركت في عملية عاصفة الحزم", [("Operation Decisive Storm", "MISC", False)]),
        ("وقال العميد أحمد عسيري", [("Ahmed Asiri", "PER", False)]),
        ("التقى المبعوث إسماعيل ولد الشيخ أحمد", [("Ismail Ould Cheikh Ahmed", "PER", False)]),
        ("أعلن حزب المؤتمر الشعبي العام", [("General People's Congress", "ORG", False)]),
        ("ونشرت صحيفة عين اليوم", [("Ain Alyoum", "ORG", False)]),
        ("نقل الجرحى من بلدتي الفوعة وكفريا", [("Al-Fu'ah", "LOC", False), ("Kafraya", "LOC", False)]),
        ("سيطرت الحركة على قندوز", [("Kunduz", "LOC", False)]),
        ("وقالت الجمعية المغربية لحقوق الإنسان", [("Moroccan Association for Human Rights", "ORG", False)]),
        # names that are also common words are weak: the tagger must agree
        ("وصلت القوات إلى حرض", [("Harad", "LOC", True)]),
        ("دخلت القوات مدينة إب", [("Ibb", "LOC", True)]),
        ("وصل الرئيس إلى ماليه عاصمة جزر المالديف", [("Malé", "LOC", True), ("Maldives", "LOC", False)]),
        ("ذهب الولد إلى المدرسة", []),
    ],
)
def test_second_pass_actor_entries(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert _matches(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "حرض الخطيب أنصاره على التظاهر.",  # «حرض» the verb, not the town Harad
        "لديه مآرب أخرى في هذا الأمر.",  # «مآرب» "aims" folds like Marib
        "رفع المتظاهرون الأعلام البيضاء.",  # «البيضاء» "white"
        "زعمت مستندات مالية مسربة أنها خاصة بالشركة.",  # «مالية» "financial" folds like Malé
        "قدمت الحكومة مساعدات مالية للأسر.",
        "وتم حجز مبلغ مالي وهاتف جوال.",  # «مالي» "financial" after its noun, not Mali
        "طلبت الحكومة صفقة إنقاذ مالي جديدة.",
    ],
)
def test_common_words_among_new_names_are_no_entity(text: str) -> None:
    assert analyze(text).entities == []


@pytest.mark.parametrize(
    "text",
    ["قتل جنود في هجوم على فندق بوسط مالي.", "يساهم البنك في مشروع في دولة مالي."],
)
def test_mali_after_a_place_word_stays(text: str) -> None:
    assert [e.name_en for e in analyze(text).entities if e.type == "LOC"][-1:] == ["Mali"]


def test_named_operation_is_misc_event_without_its_head() -> None:
    # docs/annotation.md: named events are MISC; «عملية» is not part of the name
    got = [(e.text, e.type, e.subtype) for e in analyze("بدأت عملية عاصفة الحزم فجر الخميس.").entities]
    assert got == [("عاصفة الحزم", "MISC", "event")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the word after «عبد» is no surname alone: «السلام» ("peace") stays a common noun
        ("قال المتحدث محمد عبد السلام إن الهدنة انتهت. ودعا إلى السلام في البلاد.",
         [["محمد عبد السلام"]]),
        # the compound surname does join the full name
        ("قال المتحدث محمد عبد السلام إن الهدنة انتهت. واتهم عبد السلام الأمم المتحدة.",
         [["محمد عبد السلام", "عبد السلام"]]),
    ],
)
def test_compound_surname(text: str, expected: list[list[str]]) -> None:
    got = [[m.text for m in e.mentions] for e in analyze(text).entities if e.type == "PER"]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weak table place right after a place noun counts without the tagger
        ("قتل ثلاثة في محافظة إب أمس.", [("إب", "LOC", "Ibb")]),
        ("وصلت القوات إلى مديرية حرض.", [("حرض", "LOC", "Harad")]),
        # not after any other word
        ("وصل الأب إلى البيت.", []),
    ],
)
def test_weak_place_after_a_place_noun(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(e.text, e.type, e.name_en) for e in analyze(text).entities] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a common noun + nationality adjective names that country's body
        ("اتهمت الحكومة السودانية المعارضة بالتصعيد.", [("الحكومة السودانية", "ORG", "Government (Sudan)")]),
        ("وقالت المخابرات الأردنية إنها أحبطت مخططا.", [("المخابرات الأردنية", "ORG", "Intelligence service (Jordan)")]),
        ("وأكد الادعاء السويسري أن التحقيق مستمر.", [("الادعاء السويسري", "ORG", "Public Prosecution (Switzerland)")]),
        # a table body between the noun and the adjective («الادعاء العام» + «السويسري»)
        ("وقال الادعاء العام السويسري إنه فتح تحقيقا.",
         [("الادعاء العام السويسري", "ORG", "Public Prosecution (Switzerland)")]),
        # alone it stays a common noun
        ("قالت الحكومة إنها ستدرس الأمر.", []),
        # an armed group's name + adjective stays weak: «القاعدة الأمريكية» is a base
        ("قصفت الطائرات القاعدة الأمريكية.", []),
    ],
)
def test_body_with_nationality(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(e.text, e.type, e.name_en) for e in analyze(text).entities] == expected
