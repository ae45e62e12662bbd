"""Session 21 (ner-21a): entities users see wrong in fresh news.

1. One sense per article adds no place where the sentence's own checks read a one-word place
   name as an ordinary word (below).
2. «بن» inside a name is the patronymic: «عادل بن أحمد الجبير» → Adel bin Ahmed Al-Jubair,
   not the person-name table's Maghrebi surname unit "Ben Ahmed" (``romanize.spell_words``).

``mentions.sentence_mentions`` drops «السعودية» right after a definite noun (the adjective:
«الجامعات السعودية», ``filters.adjective_country``) and a word after its noun («مبلغ مالي»,
``filters.word_after_its_noun``); ``merge.propagate`` used to add those very tokens back as
later occurrences of the country once the article had named it. The step now records the
tokens (``mentions.ordinary_word_places``) and ``propagate`` skips them for places.
"""

from __future__ import annotations

import pytest

from khabar import analyze
from khabar.entities.mentions import Mention, ordinary_word_places
from khabar.entities.merge import Group, propagate
from khabar.entities.romanize import romanize_name
from khabar.entities.tables import get_table
from khabar.options import Options
from khabar.segment import Token

_ENTITIES_ONLY = Options().without("dates", "quantities", "places", "claims", "events")


def _place_mentions(text: str) -> list[str]:
    """The texts (with the word before) of the LOC mentions, in text order."""
    doc = analyze(text, _ENTITIES_ONLY)
    spans = sorted((m.start, m.end) for e in doc.entities if e.type == "LOC" for m in e.mentions)
    return [text[text.rfind(" ", 0, s - 1) + 1:e] for s, e in spans]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the country named first, its adjective later: only the country
        ("وصل الوفد إلى المملكة العربية السعودية أمس. وقال إن الجامعات السعودية متقدمة.",
         ["إلى المملكة العربية السعودية"]),
        ("عاد الوفد إلى السعودية أمس. وقال إن الأسهم السعودية ارتفعت اليوم.", ["إلى السعودية"]),
        ("أعلنت السعودية أمس أن الهيئة السعودية للمهندسين ستراجع الشهادات.", ["أعلنت السعودية"]),
        # with a proclitic on the noun (بالجامعات), as the sentence's own check reads it
        ("عاد الوفد إلى السعودية أمس. وأشاد بالجامعات السعودية وبالقوات السعودية.", ["إلى السعودية"]),
        # the adjective before the country: the country's later mention still counts
        ("تراجعت الأسهم السعودية أمس. وقالت السعودية إنها تراقب السوق.", ["وقالت السعودية"]),
        # a word after its noun (places.lexicon.NOT_AFTER): «مبلغ مالي» is money, not Mali
        ("وصل الرئيس إلى مالي أمس. وخصصت الحكومة مبلغ مالي كبير للمشروع.", ["إلى مالي"]),
    ],
)
def test_no_place_spread_onto_an_ordinary_word(text: str, expected: list[str]) -> None:
    assert _place_mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # later occurrences that are the country still join it (one sense per article)
        ("عاد الوفد إلى السعودية أمس. وقالت السعودية إنها ترحب بالقرار.",
         ["إلى السعودية", "وقالت السعودية"]),
        ("وصل الوفد إلى المملكة العربية السعودية أمس. وتستضيف السعودية القمة المقبلة.",
         ["إلى المملكة العربية السعودية", "وتستضيف السعودية"]),
        # behind a preposition it is the country («مواساة الحكومة للسعودية»)
        ("زار الوزير مصر أمس. وقدمت الحكومة الألمانية مواساتها للسعودية.", ["الوزير مصر", "مواساتها للسعودية"]),
    ],
)
def test_country_still_spreads(text: str, expected: list[str]) -> None:
    assert _place_mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # inputs that yield no place at all: the adjective alone, with nothing to spread
        ("قال إن الجامعات السعودية متقدمة.", []),
        ("وخصصت الحكومة مبلغ مالي كبير للمشروع.", []),
        ("تراجعت الأسهم السعودية والأسهم السعودية الأخرى.", []),
    ],
)
def test_nothing_to_spread(text: str, expected: list[str]) -> None:
    assert _place_mentions(text) == expected


@pytest.mark.parametrize(
    ("words", "mentions", "expected"),
    [
        # the adjective's token, outside any mention
        (["قال", "إن", "الجامعات", "السعودية", "متقدمة"], [], [3]),
        (["خصصت", "الحكومة", "مبلغ", "مالي", "كبير"], [(1, 1)], [3]),
        # a token inside a mention is the sentence's own business
        (["قال", "إن", "الجامعات", "السعودية", "متقدمة"], [(2, 3)], []),
        # after a mention's first word, the adjective belongs to that mention
        (["أعلنت", "الخطوط", "السعودية", "أمس"], [(1, 1)], []),
        # the country itself, after a verb or a preposition
        (["عاد", "الوفد", "إلى", "السعودية"], [], []),
        (["وقالت", "السعودية", "إنها", "ترحب"], [], []),
        ([], [], []),
    ],
)
def test_ordinary_word_places(words: list[str], mentions: list[tuple[int, int]], expected: list[int]) -> None:
    found = [Mention(a, b, "ORG") for a, b in mentions]
    assert ordinary_word_places(words, found, get_table()) == expected


def _tokens(words: list[str]) -> list[Token]:
    out, pos = [], 0
    for w in words:
        out.append(Token(norm=w, start=pos, end=pos + len(w), nstart=pos, nend=pos + len(w), sent=0))
        pos += len(w) + 1
    return out


def test_propagate_skips_ordinary_tokens_for_places_only() -> None:
    words = ["السعودية", "و", "الجامعات", "السعودية", "و", "الهلال", "و", "الجامعات", "الهلال"]
    tokens = _tokens(words)
    place = Group("LOC", "السعوديه", ["السعوديه"], mentions=[Mention(0, 0, "LOC", key_first="السعودية")])
    club = Group("ORG", "الهلال", ["الهلال"], mentions=[Mention(5, 5, "ORG", key_first="الهلال")])
    taken = {0, 5}
    propagate([place, club], tokens, taken, {}, set(), ordinary={3, 8})
    assert [m.first for m in place.mentions] == [0]
    assert [m.first for m in club.mentions] == [5, 8]  # not a place: the check is the places'


# 2. «بن» inside a name is the patronymic (bin), not the table's Maghrebi surname unit

@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # inside a name: «بن» alone, then the father's name alone
        ("عادل بن أحمد الجبير", "Adel bin Ahmed Al-Jubair"),
        ("خالد بن سلطان بن عبدالعزيز", "Khalid bin Sultan bin Abdulaziz"),
        ("محمد بن عبيد الغامدي", "Mohamed bin Obaid Al-Ghamdi"),  # not "Benabid"
        ("الحسن بن علي بن أبي طالب", "al-Hassan bin Ali bin Abi Taleb"),
        # where it ends the name it is the surname unit, as before («كريم بن علي» of Tunisia)
        ("كريم بن علي", "Karim Ben Ali"),
        ("بن علي", "Ben Ali"),
        # a unit the table already spells as a patronymic stays whole
        ("يوسف بن محمد القفاري", "Youssef bin Mohammed Algafari"),
        ("فيصل بن عبدالعزيز", "Faisal bin Abdulaziz"),
        # no «بن» at all: nothing changes
        ("بشار الأسد", "Bashar al-Assad"),
    ],
)
def test_patronymic_inside_a_name(name: str, expected: str) -> None:
    assert romanize_name(name) == expected
