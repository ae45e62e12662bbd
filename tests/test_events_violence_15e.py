"""Session 15 (events-15e): a count after a kill or abduction verb is its victim phrase
(docs/events.md, "Session 15: violence the 645 sentences miss"). ``phrases.bare_phrase`` said
"up to three Arabic or number tokens" but returned nothing at a one-digit count («قتل 3 فلسطينيين»:
no target) and cut a counted noun in ف off its count («ثلاثة | فلسطينيين»), read as the conjunction ف."""

from __future__ import annotations

import pytest

from khabar import analyze
from khabar.document import Doc, RawArticle
from khabar.events.lexicon import lexicon
from khabar.events.phrases import bare_phrase
from khabar.options import Options
from khabar.pipeline import normalize_step, segment_step


def _targets(text: str) -> list[list[str]]:
    return [[t.text for t in e.targets] for e in analyze(text).events]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a one-digit count and its counted noun
        ("قتل 3 فلسطينيين وأصيب 20 آخرون أمس الخميس جراء انفجار غامض داخل منزل في مدينة رفح.", "3 فلسطينيين"),
        ("قتل 7 فلسطينيين وجرح 20 أمس في غارة على غزة.", "7 فلسطينيين"),
        ("خطف مسلحون 4 فرنسيين أمس في النيجر.", "4 فرنسيين"),
        # a number word and a counted noun in ف
        ("قتل ثلاثة فلسطينيين أمس في رفح.", "ثلاثة فلسطينيين"),
        # unchanged: a count of two digits, a count of a noun not in ف
        ("اعتقلت الشرطة 3 أشخاص أمس.", "3 أشخاص"),
        ("قتل 30 مدنيا في هجوم شنه مسلحون على البلدة أمس.", "30 مدنيا"),
    ],
)
def test_count_is_the_victim(text: str, target: str) -> None:
    assert any(target in ts for ts in _targets(text))


@pytest.mark.parametrize(
    ("text", "not_in_target"),
    [
        # a verb in و or ف after the count starts a new clause: not part of the victim phrase
        ("قتل 3 وأصيب 5 أمس في رفح.", "أصيب"),
        ("قتل 3 فأصيب الباقون بالذعر أمس في رفح.", "أصيب"),
    ],
)
def test_verb_after_count_is_not_the_victim(text: str, not_in_target: str) -> None:
    targets = _targets(text)
    assert targets and not any(not_in_target in t for ts in targets for t in ts)


@pytest.mark.parametrize(
    "text",
    [
        # no violence: the count is read, but no event is made of it
        "وصل 3 فلسطينيين إلى القاهرة أمس.",
        "التقى الوزير 3 فرنسيين أمس في باريس.",
    ],
)
def test_no_event(text: str) -> None:
    assert analyze(text).events == []


def _tokens(text: str) -> Doc:
    doc = Doc.from_article(RawArticle(text=text, source="test"))
    return segment_step(normalize_step(doc, Options()), Options())


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        # unchanged: a number after a word. A longer one stays in the phrase («اللواء 35 مدرع»); a
        # one-digit one still ends it, as before («الخط | 6»، «متنها | 4»، «الجبهة | 8 عناصر»)
        ("هاجمت قوات اللواء 35 مدرع", 2, "اللواء 35 مدرع"),
        ("انفجار ضخم على الخط 6 بباريس", 3, "الخط"),
        ("وخطفت الجبهة 8 عناصر", 1, "الجبهة"),
        # a one-digit count opens a phrase
        ("قتل 3 فلسطينيين", 1, "3 فلسطينيين"),
    ],
)
def test_bare_phrase(text: str, start: int, expected: str) -> None:
    doc = _tokens(text)
    p = bare_phrase(doc, lexicon(), start, len(doc.tokens), set())
    got = "" if p is None else " ".join(t.norm for t in doc.tokens[p.first:p.last + 1])
    assert got == expected
