"""Session 15 (events-15i, docs/events.md "Session 15: filter drops against their own docstrings"):
bug fixes of two stage-1 checks that dropped real events against what their own docstrings say.

- ``unreal._support_li`` reads a support noun after «ل» as a purpose («تشكيل مراكز لشن هجمات»). The
  «ل» a word before it governs (list ``li_governors``: «نظرا لتعرضه»، «أدى لسقوط») is a cause or a
  result, and «لتعرضه» (undergoing, list ``undergo_verbs``) is never a purpose: the noun after them
  is an act told.
- ``senses._OTHER_SENSES`` reads «استشهد» before «بقول» as "cited"; «بالقول» is the same word with
  the article, like «بالآية»، «بالحديث» already listed.

Sentences written for these tests after the phrasing of SaudiNewsNet 2015 and ANT articles."""

from __future__ import annotations

import pytest

from _events import doc_of, triggers, typed_triggers
from khabar.events import extract_events


@pytest.mark.parametrize("text, word", [
    # a cause or a result, not a purpose: the noun after «ل» is told (dropped on main)
    ("وتوفي الجندي أمس في المستشفى نظرا لتعرضه لهجوم مسلح في بنقردان.", "هجوم"),
    ("وقتل جندي أمس لتعرضه لإطلاق نار في الحي.", "إطلاق"),
    ("وانفجرت عبوة ناسفة أمس في سوق ببغداد، ما أدى لسقوط قتلى وجرحى.", "قتلى"),
    # the ل of what is undergone, after a verb of undergoing
    ("وباشرت فرق الدفاع المدني ظهر اليوم الخميس موقعا تعرض لسقوط مقذوف عسكري من داخل الأراضي اليمنية.", "مقذوف"),
])
def test_a_causal_li_keeps_the_act(text: str, word: str) -> None:
    ev = extract_events(doc_of(text))
    assert any(word in m.text for e in ev for m in [e.trigger, *e.mentions])


@pytest.mark.parametrize("text", [
    # the purpose «ل» before an agentive support: nothing done (must still yield nothing)
    "وقالت الشرطة إن المتشددين كانوا يستعدون لشن هجوم إرهابي.",
    "واعتقلت الشرطة أمس تونسيا للاشتباه في تخطيطه لشن هجمات.",
    "ويقومون بتجييش ممنهج عبر هذه الوسائل لشن هجوم على الخصوم.",
])
def test_a_purpose_li_still_drops_the_noun(text: str) -> None:
    assert not any("هجوم" in t or "هجمات" in t for t in triggers(text))


@pytest.mark.parametrize("text", [
    # «استشهد بالقول»: cited a saying (no event; an event on main)
    "واستشهد بالقول «أيام الحرب في عدن صعبة».",
    "واستشهد بقول الشاعر في ختام كلمته.",
])
def test_istashhada_cites(text: str) -> None:
    assert typed_triggers(text) == []


@pytest.mark.parametrize("text", [
    # a death told, with «ب» after it: still an event
    "واستشهد أمس جندي برصاص قناص في تعز.",
    "واستشهد بالقصف ثلاثة مدنيين في الحي.",
])
def test_istashhada_killed_stays(text: str) -> None:
    assert typed_triggers(text) != []
