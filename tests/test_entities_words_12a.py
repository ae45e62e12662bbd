"""Session 12 (entities-12a): ordinary words read as entities in fresh news.

1. A table city counted from the article's country alone (no tagger, no place noun) must not
   be a word the places layer reads as ordinary («الثورة السورية», «الجديدة», «وأن», «عنه»).
2. A first token whose ب/ك/ل belongs to the word keeps it («بلاتر» is Blatter, not ب + «لاتر»).
3. «خادم» (of «خادم الحرمين الشريفين») and «كلية» alone are no names (not_names.tsv); «نسمة»,
   «القطرية», «عكاظ» are weak (ambiguous.tsv); «سوق عكاظ» is the festival.
(A fourth rule, a weak outlet name not spreading over the article, was measured and left out: 7 of
its 10 removals wrong on the clean seed, under the 80 % bar.)
"""

from __future__ import annotations

import pytest

from khabar import analyze
from khabar.entities.mentions import Mention, _keeps_its_letter
from khabar.entities.tables import get_table
from khabar.entities.weak_matches import _city_in_context
from khabar.ner.tagger import get_tagger
from khabar.normalize import fold


def _texts(text: str) -> set[str]:
    return {m.text for e in analyze(text).entities for m in e.mentions}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # Syria named: «الثورة» (Al-Thawrah) stays the revolution
        ("تواصل سوريا الحرب منذ انطلاقة الثورة السورية قبل أربعة أعوام.", "الثورة"),
        # Turkey named: «وأن» is no Van
        ("قال مسؤول في تركيا إن الاتفاق قريب وأن المفاوضات مستمرة.", "وأن"),
        # Iraq named: «عنه» is no Anah
        ("زار الوزير العراق ولم يتنازل عنه أحد.", "عنه"),
        # «مليون نسمة» (inhabitants) is no Nessma TV; «الصحف القطرية» no Qatar Airways
        ("يبلغ عدد سكان المدينة خمسة ملايين نسمة.", "نسمة"),
        ("ذكرت الصحف القطرية أن الاجتماع تأجل.", "القطرية"),
        # «شاعر عكاظ» is the festival's poet, not the newspaper
        ("فاز الشاعر بلقب شاعر عكاظ هذا العام.", "عكاظ"),
        # Saudi Arabia named: «خادم» of the King's title is no person
        ("أكد نائب خادم الحرمين الشريفين أن السعودية ماضية في محاربة الإرهاب.", "خادم"),
    ],
)
def test_ordinary_word_is_no_entity(text: str, word: str) -> None:
    assert word not in _texts(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a place noun before the name still makes it the city
        ("افتتح المشروع في محافظة الوجه شمال السعودية.", "الوجه"),
        # a city of the table still counts
        ("عادت الحكومة اليمنية إلى عدن بعد تحرير اليمن.", "عدن"),
        # the newspaper in quotes still counts («عكاظ» is weak now)
        ("وقال المسؤول لـ«عكاظ» إن المشروع اكتمل.", "عكاظ"),
        # the festival is its own name
        ("افتتح أمير منطقة مكة سوق عكاظ في الطائف.", "سوق عكاظ"),
    ],
)
def test_city_still_found(text: str, word: str) -> None:
    assert word in _texts(text)


@pytest.mark.parametrize(
    ("word", "form", "skip", "expected"),
    [
        ("بلاتر", "لاتر", 1, True),    # Blatter: the tagger knows «بلاتر», not «لاتر»
        ("كلية", "لية", 1, True),      # "college"
        ("وبلاتر", "لاتر", 2, True),   # after the conjunction
        ("ببغداد", "بغداد", 1, False),  # a real preposition: the rest is known
        ("بلندن", "لندن", 1, False),
        ("وبغداد", "بغداد", 1, False),  # و is a conjunction, not ب/ك/ل
        ("بلاتر", "بلاتر", 0, False),   # nothing stripped
    ],
)
def test_keeps_its_letter(word: str, form: str, skip: int, expected: bool) -> None:
    vocab = get_tagger().lexicon.clusters
    assert _keeps_its_letter(word, form, skip, vocab) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("الثورة", False),  # CUE_ONLY and ordinary in ANT
        ("الجديدة", False),
        ("نجران", True),   # GeoNames cities that are no ordinary word
        ("صفاقس", True),
        ("قابس", True),    # in ANT's ordinary words, but a Tunisian town (ANT is Tunisian)
    ],
)
def test_city_in_context(name: str, expected: bool) -> None:
    table = get_table()
    hit = table.lookup((fold(name),))
    assert hit is not None
    actor = hit[0]
    m = Mention(0, 0, "LOC", actor, 0, name, True)
    assert _city_in_context(m, frozenset({actor.code}), frozenset(), table) is expected
