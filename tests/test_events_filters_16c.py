"""Session 16 (events-16c, docs/events.md "Session 16: filter gaps (events-16c)"): gaps of the
"did not happen" checks that events-15j's after-check found.

- ``unreal.no_violence`` drops laid explosives (its docstring; list ``laying``: «تركوا خلفهم
  ألغاما»، «زرعوا عبوات») but read the laying verb only before the noun. An explosive described by
  a relative clause of laying after it («الألغام التي زرعتها الميليشيات») is laid too, unless
  someone is killed or hurt in its clause (the device went off).

Sentences written for these tests after the phrasing of SaudiNewsNet 2015 articles."""

from __future__ import annotations

import pytest

from _events import typed_triggers as _events


@pytest.mark.parametrize("text", [
    # explosives laid, told after the noun: no explosion (an event on main)
    "وقال مصدر ميداني إن الجيش قام باستخراج مئات الألغام التي زرعتها الميليشيات في محيط المدينة.",
    # (no event on main either: must still yield nothing)
    "وأكد القائد أن الكم الهائل من العبوات الناسفة التي زرعها مسلحو التنظيم في الطرق أوقف تقدم القوات.",
    "وحذر الجيش السكان من الألغام الأرضية التي تركها المسلحون في الحقول.",
    "وتمكنت فرق الهندسة من إزالة الألغام التي زرعها الحوثيون في مطار عدن.",
])
def test_explosives_laid_after_the_noun(text: str) -> None:
    assert _events(text) == []


def test_an_attack_beside_laid_mines_is_not_a_bombing() -> None:
    # the mines laid no longer make the army's attack a bombing (remote_explosive on main)
    text = "وشن الجيش هجوما أمس على المسلحين رغم الألغام التي زرعوها حول القرية."
    assert [sub for _, sub in _events(text)] == ["armed_clash"]


@pytest.mark.parametrize("text, trigger", [
    # someone killed or hurt in the clause: the device went off
    ("وقتل جنديان أمس بالعبوة الناسفة التي زرعها مسلحون على الطريق.", "وقتل جنديان أمس بالعبوة الناسفة"),
    ("وأصيب طفلان أمس بانفجار لغم من الألغام التي زرعها الحوثيون في الحي.", "وأصيب طفلان أمس بانفجار"),
    # an explosion verb told: the blast stays
    ("وانفجرت أمس العبوة الناسفة التي زرعها مسلحون على الطريق.", "وانفجرت"),
    # laid, with no relative clause: the killing is told
    ("وقتل ثلاثة مدنيين أمس في انفجار عبوة ناسفة زرعها مجهولون قرب السوق.", "وقتل ثلاثة مدنيين أمس في انفجار"),
])
def test_a_blast_of_laid_explosives_stays(text: str, trigger: str) -> None:
    assert _events(text) == [(trigger, "remote_explosive")]
