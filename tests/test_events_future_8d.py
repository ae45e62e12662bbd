"""The future prefix «س» read only before a present verb (thirteenth pass, events-8d).

The class: words whose first letter «س» is their own, read as «س» + a context word: «سنية»
(Sunni) as the future of «نية» (intention: irrealis), «سادت» (prevailed) as the future of «أدت»
(led to: a support verb), «سالف الذكر» as the future of «ألف» (a thousand). A real future keeps
its reading (:func:`khabar.events.lexicon.present_stem`). Probe sentences written for this file.
"""

from __future__ import annotations

import pytest

from khabar import analyze
from khabar.events.lexicon import ffold, lexicon

# (word, class it must not have): misreadings of a word's own «س» as the future prefix
MISREAD = [
    ("سنية", "irrealis"),
    ("وسنية", "irrealis"),
    ("سادت", "support"),
    ("وسادت", "support"),
    ("سادته", "support"),
    ("سالف", "number"),
    ("سادية", "support"),
]

# (word, class it keeps): first-person and third-person futures of context words
FUTURES = [
    ("سأستمر", "support"),
    ("سأوضح", "speech"),
    ("ستواصل", "support"),
    ("سيسمح", "irrealis"),
    ("سيقول", "speech"),
]


@pytest.mark.parametrize(("word", "cls"), MISREAD)
def test_own_sin_is_no_future_prefix(word: str, cls: str) -> None:
    assert cls not in lexicon().classes(ffold(word))


@pytest.mark.parametrize(("word", "cls"), FUTURES)
def test_real_futures_keep_their_class(word: str, cls: str) -> None:
    assert cls in lexicon().classes(ffold(word))


# (text, expected subtype): an act told after «سنية» is not under an irrealis word
FOUND = [
    ("قالت مصادر أمنية إن 30 رجلا بينهم زعيم عشيرة سنية خطفوا في بلدة قرب بعقوبة أمس.",
     "abduction_forced_disappearance"),
    ("وفي قرية سنية قرب بعقوبة اختطف مسلحون ثلاثة مدنيين أمس.", "abduction_forced_disappearance"),
    ("وفي مناطق سنية شمال بغداد قتل مسلحون خمسة أشخاص أمس.", "attack"),
    ("وفي مدينة سنية خرج المئات في مظاهرة أمس.", "peaceful_protest"),
]


@pytest.mark.parametrize(("text", "subtype"), FOUND)
def test_act_after_sunni_is_found(text: str, subtype: str) -> None:
    assert subtype in [e.subtype for e in analyze(text).events]


# «سادت» is no support verb: a definite noun told before it refers back and is anchored by
# nothing, as with any other verb («عمّت»، «خيّمت»)
NOTHING = [
    "وعلى أثر الهجوم سادت أجواء من الحزن في المدينة.",
    "وعلى أثر الهجوم عمت أجواء من الحزن في المدينة.",
]


@pytest.mark.parametrize("text", NOTHING)
def test_prevailed_anchors_nothing(text: str) -> None:
    assert analyze(text).events == []
