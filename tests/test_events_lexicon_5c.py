"""Eighth pass on the UniversalPetrarch sentences (helper events-5c): trigger classes written
from knowledge of the genre rather than from a gold sentence, each with two instances of the
class and an input that must yield nothing (docs/events.md, "Eighth pass on the sentences")."""

from __future__ import annotations

import pytest

from _events import segmented
from khabar import analyze
from khabar.events.lexicon import lexicon
from khabar.events.triggers import find_mentions


def _entries(text: str) -> list[str]:
    """The lexicon entries (folded forms) the trigger lexicon finds in ``text``, before any filter."""
    doc = segmented(text)
    return [m.entry.form for m in find_mentions(lexicon(), doc.tokens, 0, len(doc.tokens))]


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.subtype, e.trigger.text) for e in analyze(text).events]


# A noun phrase holds the verbal noun's subject or an adjective between its words (up to two
# tokens, no punctuation): the agent of a masdar comes before its object, adjectives follow the head.
@pytest.mark.parametrize(
    ("text", "entry", "found"),
    [
        ("دخل المعتقلون في إضراب مفتوح عن الطعام أمس.", "اضراب عن الطعام", True),
        ("وجاء ذلك بعد إطلاق الحوثيين صواريخ على مدينة نجران أمس.", "اطلاق صواريخ", True),
        ("وتمكنت الشرطة من تفريق المئات من المتظاهرين أمس.", "تفريق المتظاهرين", True),
        # not across punctuation, not across three words
        ("وأعلن الأسرى الإضراب، عن الطعام قال المحامي إنه حق.", "اضراب عن الطعام", False),
        ("وطالب بإطلاق سراح جميع المعتقلين ونزع صواريخ الحوثيين.", "اطلاق صواريخ", False),
    ],
)
def test_noun_phrase_with_words_between(text: str, entry: str, found: bool) -> None:
    assert (entry in _entries(text)) is found


# Among phrases of one length, a reading whose words stand together (or a verb phrase, whose gap
# is older) beats a noun phrase read across words: «تظاهرة حاشدة أمام» is «تظاهره حاشده», not
# «تظاهره امام»; «سيطرة التنظيم على» stays the verb «سيطر على» with an attached pronoun.
@pytest.mark.parametrize(
    ("text", "entry", "not_entry"),
    [
        ("ونظم الطلاب تظاهرة حاشدة أمام مبنى الجامعة أمس.", "تظاهره حاشده", "تظاهره امام"),
        ("ونظم العمال مسيرة حاشدة ضد قرار الشركة أمس.", "مسيره حاشده", "مسيره ضد"),
        ("وفرض حظر التجوال بعد سيطرة التنظيم على مدينة الموصل.", "سيطر علي", "سيطره علي"),
    ],
)
def test_contiguous_reading_wins(text: str, entry: str, not_entry: str) -> None:
    got = _entries(text)
    assert entry in got
    assert not_entry not in got


# A verb of bombardment, «دكت» (past forms only, weak: armed men in the sentence), and «أردى»
# (felled, 3rd masc. past).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ودكت مدفعية الجيش مواقع المتمردين في الجبال أمس.", "shelling_artillery_missile_attack"),
        ("دكت مقاتلات التحالف مواقع المسلحين في صعدة أمس.", "shelling_artillery_missile_attack"),
        ("وأردى قناص شابا قتيلا أمس في حمص.", "attack"),
        ("وأردى مسلحون مدنيا في السوق أمس.", "attack"),
    ],
)
def test_bombardment_and_felling_verbs(text: str, expected: str) -> None:
    assert expected in {subtype for subtype, _ in _events(text)}


@pytest.mark.parametrize(
    "text",
    [
        "وجلس اللاعب على دكة الاحتياط طوال المباراة أمس.",  # a bench
        "وزار الوفد الحكومي ناحية سيدكان في أربيل أمس.",  # «يدكان» is no verb there
        "وقال الوزير: أردت أن أوضح الموقف للصحفيين أمس.",  # «I wanted»
    ],
)
def test_bombardment_and_felling_words_in_other_senses(text: str) -> None:
    assert _events(text) == []


_CAMEO_SAMPLE = """####### VERB PATTERNS #######
--- تظاهر [141] ---
تظاهر                            # demonstrate
اعرب+عن                          # express
- * مظاهرة [141] # نظم
- * حافلة [180] # هاجم
--- قصف [195] ---
قصف                             # bomb
- * قرية [195] # قصف
--- وقع [057] ---
وقع                              # sign
- * اتفاق [057] # وقع
"""


def test_cameo_coverage_counts_families() -> None:
    from khabar.events.seed import coverage

    got = coverage(_CAMEO_SAMPLE)
    # protest: one pattern line («مظاهرة», a lexicon noun); verbs «تظاهر» (known) and «اعرب» (not)
    assert got["protest"] == {"pattern_lines": 1, "pattern_words": 1, "words_known": 1, "verbs": 2, "verbs_known": 1}
    # assault: «حافلة» (a bus, context) under 180; no verb line of its own
    assert got["assault"] == {"pattern_lines": 1, "pattern_words": 1, "words_known": 0, "verbs": 0, "verbs_known": 0}
    # fight (19x): «قرية» under 195 and the verb «قصف»; agreements (057) belong to no family
    assert got["fight"] == {"pattern_lines": 1, "pattern_words": 1, "words_known": 0, "verbs": 1, "verbs_known": 1}
    assert got["mass violence"]["pattern_lines"] == 0


# «القضاء على» and its verb with one fighter as the object (events-5d's ANT pairs): done (تم، نجح،
# the past verb), not a goal, not a court's sentence, not time spent.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تم أمس القضاء على عنصر ارهابي خطير بجبل السلوم.", ["battles"]),
        ("نجحت الوحدة المختصة أمس في القضاء على إرهابي خطير بجبل السلوم.", ["battles"]),
        ("قضت الوحدات العسكرية أمس على عنصر إرهابي بجبل الشعانبي.", ["battles"]),
        ("وقضت القوات السعودية أمس على مسلحين تسللوا عبر الحدود.", ["battles"]),
        ("وتهدف الخطة الأمنية إلى القضاء على إرهابي خطير يتحصن بالجبل.", []),
        ("وقضت المحكمة أمس على الإرهابي بالسجن عشرين عاما.", []),
        ("وقضى الوفد يومين في الرياض أمس.", []),
    ],
)
def test_one_fighter_eliminated(text: str, expected: list[str]) -> None:
    assert [e.type for e in analyze(text).events] == expected


# A cell uncovered (arrested) and a fatal stab; not a report that uncovers a flaw in an office
# (the phrase's words between count over the whole noun phrase), not a figure of speech.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تمكنت فرقة الأبحاث أمس من الكشف عن خلية تكفيرية بمدينة قابس.", ["arrests"]),
        ("وأعلنت وزارة الداخلية أمس الكشف عن خلية إرهابية تتكون من 5 عناصر.", ["arrests"]),
        ("وكشف التقرير أمس عن خلل في الخلية الإدارية للشركة.", []),
        ("فسدد له طعنة قاتلة على مستوى القلب أمس.", ["attack"]),
        ("ووجه المعتدي للضحية طعنة قاتلة في الصدر أمس.", ["attack"]),
        ("وكان قرار الحكومة أمس طعنة قاتلة للاقتصاد الوطني.", []),
    ],
)
def test_cell_uncovered_and_fatal_stab(text: str, expected: list[str]) -> None:
    assert [e.subtype for e in analyze(text).events] == expected


# «نفر» is a person (Maghreb police news, events-5d's ANT pairs), not «we flee»; «فر» still flees.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ألقت الوحدات الأمنية بصفاقس القبض علي نفر عمره 30 سنة من أجل نشل امرأة.", ["arrests"]),
        ("وتم أمس إيقاف نفر من المشتبه بهم في قضية سرقة.", ["arrests"]),
        ("وتواصل نفر من حملة الدبلوم التربوي الشكوى من الوزارة.", []),
    ],
)
def test_nafar_is_a_person(text: str, expected: list[str]) -> None:
    assert [e.subtype for e in analyze(text).events] == expected


def test_flight_verb_still_read() -> None:
    assert "فر" in lexicon().verbs and "يفرون" in lexicon().verbs and "نفر" not in lexicon().verbs
