"""Trigger families of the third pass (triggers.tsv rows marked «third pass», the protester
subject rule, the context classes' readings). Full pipeline: filters and merging apply."""

from __future__ import annotations

import pytest

from khabar import analyze
from khabar.events.lexicon import ffold, lexicon


def _triggers(text: str) -> list[tuple[str, str]]:
    return [(e.trigger.text, e.subtype or "") for e in analyze(text).events]


@pytest.mark.parametrize(
    ("text", "word", "subtype"),
    [
        ("ودخل مئات المعتقلين في اضراب عن الطعام منذ الاثنين احتجاجا على ظروف احتجازهم.", "اضراب", "peaceful_protest"),
        ("وشهدت المدينة أمس إضرابا عاما شل الحركة التجارية.", "إضرابا", "peaceful_protest"),
        ("ونظم الطلاب تظاهرة ضد الحكومة أمام مقر البرلمان أمس.", "تظاهرة", "peaceful_protest"),
        ("وقد أقدم شاب على احراق نفسه امام مقر الولاية صباح امس.", "احراق", "peaceful_protest"),
        # the protester-subject verb is the act when the protest noun is its purpose
        ("مليون متظاهر خرجوا تحت حماية الشرطة للاحتجاج على قرار الحكومة.", "خرجوا", "peaceful_protest"),
        # «حشد» counts the protesters before them: the verb before it is theirs
        ("وقد اجتاح حشد المتظاهرين شوارع المدينة امس.", "اجتاح", "peaceful_protest"),
        # «وسلم» is not و + future س + «لم» (a negation)
        ("وسلم المتظاهرون السفير مذكرة احتجاج امس.", "وسلم", "peaceful_protest"),
        # taking two towns, the subject between «تمكن» and the noun
        ("وتمكنت قوات الجيش من السيطرة على بلدتين في محافظة لحج امس.", "السيطرة", "government_regains_territory"),
        # a verb of going out with a protest purpose after it
        ("خرج آلاف العراقيين اليوم (الجمعة) في بغداد احتجاجا على الفساد.", "خرج", "peaceful_protest"),
        ("واندلعت صدامات بين الشرطة والمحتجين وسط العاصمة امس.", "صدامات", "violent_demonstration"),
        ("ونظم العمال وقفات احتجاجية امام مقر الشركة امس.", "وقفات", "peaceful_protest"),
        ("وأسقط المسلحون مروحية عسكرية قرب المدينة امس.", "وأسقط", "armed_clash"),
        # a past form V verb (not a present: its ت is no prefix)
        ("وقال شهود ان الآلاف من المتظاهرين من تلاميذ المدارس تدفقوا في شوارع المدينة امس.", "تدفقوا",
         "peaceful_protest"),
    ],
)
def test_family_is_found(text: str, word: str, subtype: str) -> None:
    found = _triggers(text)
    assert any(word in t and s == subtype for t, s in found), found


def test_accusative_alef_of_a_noun_row() -> None:
    lex = lexicon()
    assert lex.nouns.get(ffold("صاروخا")) == lex.nouns.get(ffold("صاروخ"))
    assert ffold("هجوما") in lex.nouns  # a row of its own
    assert ffold("غارها") not in lex.nouns  # ة takes no alef


@pytest.mark.parametrize(
    "text",
    [
        # a cultural «تظاهرة» without a protest modifier stays weak
        ("وتنطلق التظاهرة الثقافية في المدينة الأسبوع المقبل بمشاركة فنانين."),
        # a strike that is only planned or decided
        ("وتعتزم النقابة تنفيذ اضراب عام الشهر المقبل."),
        ("أعلنت الهيئة الوطنية للمحامين اليوم السبت في بيان عن قرارها تنفيذ اضراب عام."),
        ("وأوضح أن الاتصالات متواصلة قبل يوم 8 ديسمبر القادم، تاريخ الإضراب العام في الولاية."),
        # clashes of words without armed men or protesters, and feared ones
        ("وتحولت الجلسة الى صدامات كلامية بين النواب."),
        ("وحذر الوزير من صدامات بين الطرفين."),
        # an attempt to take towns is no taking
        ("وتحاول قوات الجيش منذ أشهر السيطرة على بلدتين في المحافظة."),
        # a protest purpose without a verb of going out: a statement
        ("وأصدر الحزب بيانا احتجاجا على قرار الحكومة."),
        # «تدفق» is also the masdar (a flow): only its plural verb forms are rows
        ("ويشهد منسوب مياه الوادي ارتفاعا متواصلا نتيجة تواصل تدفق المياه."),
    ],
)
def test_family_word_without_an_occurrence(text: str) -> None:
    assert _triggers(text) == []


def test_future_prefix_only_before_a_present_verb() -> None:
    lex = lexicon()
    assert "negation" not in lex.classes(ffold("وسلم"))
    assert "negation" in lex.classes(ffold("لم"))
