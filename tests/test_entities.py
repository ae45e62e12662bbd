"""The entities step on short Arabic sentences: spans, types, canonical keys, English
names, merging of mentions, the actor table."""

from __future__ import annotations

import pytest

from khabar import analyze
from khabar.entities.mentions import clitic_variants, dictionary_matches, tag_spans
from khabar.entities.romanize import romanize_name
from khabar.entities.tables import get_table
from khabar.normalize import fold, normalize_text
from khabar.segment import tokenize


def _entities(text: str) -> list[tuple[str, str, str | None]]:
    return [(e.text, e.type, e.name_en) for e in analyze(text).entities]


@pytest.mark.parametrize(
    "text",
    [
        "ذهب الولد إلى المدرسة صباحا.",
        "ارتفعت الأسعار بنسبة كبيرة هذا العام.",
        "قال إنه سيعود غدا.",
    ],
)
def test_no_entity(text: str) -> None:
    assert analyze(text).entities == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قال الرئيس السوري بشار الأسد إن الحرب ستنتهي.", ("بشار الأسد", "PER", "Bashar al-Assad")),
        ("ذكرت وكالة الأنباء الفرنسية أن الاجتماع تأجل.", ("وكالة الأنباء الفرنسية", "ORG", "Agence France-Presse")),
        ("أعلنت الأمم المتحدة إرسال مساعدات.", ("الأمم المتحدة", "ORG", "United Nations")),
        ("عاد الوفد من اليمن أمس.", ("اليمن", "LOC", "Yemen")),
    ],
)
def test_actor_table_entity(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in _entities(text)


def test_spans_point_into_the_original_text() -> None:
    text = "قال الرئيس السوري بشار الأسد في دمشق إن قوات سوريا الديمقراطية (قسد) انسحبت."
    rec = analyze(text)
    assert rec.entities
    for e in rec.entities:
        assert text[e.start:e.end] == e.text
        for m in e.mentions:
            assert text[m.start:m.end] == m.text
        assert e.mentions[0].start == e.start


def test_ids_are_sequential() -> None:
    rec = analyze("زار وزير الخارجية القاهرة وبغداد ودمشق الأسبوع الماضي.")
    assert [e.text for e in rec.entities] == ["القاهرة", "بغداد", "دمشق"]  # not vacuous (review-19a)
    assert [e.id for e in rec.entities] == [f"e{i}" for i in range(1, len(rec.entities) + 1)]


def test_alias_and_acronym_are_one_entity() -> None:
    rec = analyze("أعلنت قوات سوريا الديمقراطية (قسد) السيطرة على القرية، وقالت قسد إن المعارك انتهت.")
    [sdf] = [e for e in rec.entities if e.name_en == "Syrian Democratic Forces"]
    assert [m.text for m in sdf.mentions] == ["قوات سوريا الديمقراطية", "قسد", "قسد"]
    assert sdf.subtype == "armed_group"


def test_variants_share_the_canonical_key() -> None:
    a = analyze("أعلن تنظيم داعش مسؤوليته عن الهجوم.").entities
    b = analyze("أعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم.").entities
    assert [e.canonical for e in a] == [e.canonical for e in b] == [fold("تنظيم الدولة الإسلامية")]


def _doc(text: str):  # type: ignore[no-untyped-def]
    from khabar.document import Doc, RawArticle
    from khabar.entities import step
    from khabar.options import Options
    from khabar.pipeline import normalize_step, segment_step

    opts = Options()
    doc = segment_step(normalize_step(Doc.from_article(RawArticle(text, "t")), opts), opts)
    return step(doc, opts)


def test_tanzim_after_isis_is_linked_not_listed() -> None:
    doc = _doc("أعلن تنظيم داعش مسؤوليته عن الهجوم. وقال التنظيم في بيان إن مقاتليه نفذوا العملية.")
    [isis] = doc.entities
    assert [m.text for m in isis.mentions] == ["تنظيم داعش"]  # a common noun is no mention
    [tanzim] = [i for i, t in enumerate(doc.tokens) if t.norm == "التنظيم"]
    assert doc.extra["entity_at"][tanzim] == isis.id


def test_tanzim_alone_is_no_entity() -> None:
    doc = _doc("ناقش المجلس التنظيم الإداري للبلديات.")
    assert doc.entities == []
    assert doc.extra["entity_at"] == {}


def test_surname_joins_the_full_name() -> None:
    rec = analyze("قال المدرب فوزي البنزرتي إن الفريق جاهز. وأضاف البنزرتي أن المباراة صعبة.")
    [coach] = [e for e in rec.entities if e.type == "PER"]
    assert [m.text for m in coach.mentions] == ["فوزي البنزرتي", "البنزرتي"]
    assert coach.canonical == fold("فوزي البنزرتي")


def test_proclitic_left_out_of_the_span() -> None:
    texts = [e.text for e in analyze("زار وزير الخارجية القاهرة وبغداد الأسبوع الماضي.").entities]
    assert "بغداد" in texts
    assert "وبغداد" not in texts


def test_entity_at_maps_tokens_to_ids() -> None:
    doc = _doc("عاد الوفد من اليمن أمس.")
    [yemen] = doc.entities
    ids = {doc.tokens[i].norm: eid for i, eid in doc.extra["entity_at"].items()}
    assert ids == {"اليمن": yemen.id}


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("بغداد", [("بغداد", 0), ("غداد", 1)]),
        ("وبغداد", [("وبغداد", 0), ("بغداد", 1), ("غداد", 2)]),
        ("للأمم", [("للأمم", 0), ("الأمم", 0)]),
        ("في", [("في", 0)]),
    ],
)
def test_clitic_variants(word: str, expected: list[tuple[str, int]]) -> None:
    assert clitic_variants(word) == expected


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        (["O", "B-PER", "I-PER", "O"], [(1, 2, "PER")]),
        (["B-LOC", "B-LOC"], [(0, 0, "LOC"), (1, 1, "LOC")]),
        (["O", "O"], []),
    ],
)
def test_tag_spans(tags: list[str], expected: list[tuple[int, int, str]]) -> None:
    assert tag_spans(tags) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("بثته قناة الجزيرة مساء", [("Al Jazeera", 1, 2)]),
        ("وصل إلى الإمارات العربية المتحدة", [("United Arab Emirates", 2, 4)]),
        ("وقال الجيش الإسرائيلي", [("Israel Defense Forces", 1, 2)]),  # longest match
        ("للأمم المتحدة", [("United Nations", 0, 1)]),  # لل + noun
        ("ذهب الولد إلى المدرسة", []),
    ],
)
def test_dictionary_matches(text: str, expected: list[tuple[str, int, int]]) -> None:
    words = [t for t, _, _ in tokenize(normalize_text(text))]
    got = [(m.actor.name_en, m.first, m.last) for m in dictionary_matches(words, get_table()) if m.actor]
    assert got == expected


def test_actor_table_size_and_fields() -> None:
    from khabar.schema import ENTITY_SUBTYPES, ENTITY_TYPES

    table = get_table()
    actors = {a.canonical: a for a, _ in table.names.values()}
    assert len(actors) >= 500
    for a in actors.values():
        assert a.type in ENTITY_TYPES
        assert a.subtype is None or a.subtype in ENTITY_SUBTYPES
        assert a.name_en and a.source


def test_weak_name_needs_the_tagger() -> None:
    # «فتح» is the movement Fatah and the verb "opened": alone it is no entity
    assert analyze("فتح المتجر أبوابه صباحا.").entities == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("بشار الأسد", "Bashar al-Assad"),
        ("عبد الله", "Abdullah"),
        ("محمد", "Mohamed"),
    ],
)
def test_romanize_name(name: str, expected: str) -> None:
    assert romanize_name(name) == expected


def test_romanize_unknown_name_is_latin() -> None:
    out = romanize_name("زقزوق")
    assert out and all(c.isascii() for c in out)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أعلنت وزارة الصحة المصرية وفاة امرأة.", ("وزارة الصحة المصرية", "Ministry of Health (Egypt)")),
        ("قالت وزارة الصحة إن الوضع مستقر.", ("وزارة الصحة", "Ministry of Health")),
    ],
)
def test_generic_body_with_nationality(text: str, expected: tuple[str, str]) -> None:
    assert [(e.text, e.name_en) for e in analyze(text).entities] == [expected]


def test_city_gets_its_english_name_when_tagged() -> None:
    names = {e.text: e.name_en for e in analyze("وصل الوفد إلى مطار القاهرة أمس.").entities}
    assert names.get("القاهرة") == "Cairo"


@pytest.mark.parametrize(
    ("words", "tags", "expected"),
    [
        (["اعلن", "الادعاء", "العام", "السويسري"], ["O", "B-ORG", "I-ORG", "O"], [(1, 3, "ORG")]),
        (["زار", "باريس", "الفرنسية"], ["O", "B-LOC", "O"], [(1, 1, "LOC")]),  # ORG only
        (["ذهب", "الولد"], ["O", "O"], []),
    ],
)
def test_sentence_mentions_nationality_adjective(words: list[str], tags: list[str],
                                                 expected: list[tuple[int, int, str]]) -> None:
    from khabar.entities.mentions import sentence_mentions

    got = sentence_mentions(words, tags, get_table(), lambda w: (w, 0))
    assert [(m.first, m.last, m.type) for m in got] == expected
