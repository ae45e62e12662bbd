"""Session 17 (events-17b, docs/events.md "Session 17: not-events (events-17b)"): the toll of a
crash told in the crash's own sentence.

``unreal.no_violence`` drops "a word of death or injury alone in a sentence about an accident"
(:mod:`khabar.events.filters`, stage 4), and list ``crashes`` names the crash verbs that the
context list's accident class («حادث»، «اصطدام»، «غرق») misses («تصادم»، «انقلب»، «تحطم»); the
list was read only in the sentence before the toll (``_toll_of_accident_before``), so the same
toll told in the crash's sentence stayed an attack. Not the words of ``crashes_elsewhere``
(«سقوط قتلى»، «سقوط قذائف»، «سقوط النظام»), nor a crash with violence told
beside it.

Sentences written for these tests after the phrasing of SaudiNewsNet 2015 articles."""

from __future__ import annotations

import pytest

from _events import typed_triggers as _events


@pytest.mark.parametrize("text", [
    # a collision («تصادم», in crashes, not in the accident class) told in the toll's sentence:
    # no violence (an attack event on main)
    "لقي 19 شخصا حتفهم وأصيب 12 آخرون في تصادم حافلتين الأحد قرب مدينة الملتقى في السودان.",
    "قتل 16 شخصا على الأقل وأصيب نحو 60 آخرين إثر تصادم حافلتين في شرق روسيا أمس.",
    "لقي شخصان مصرعهما وأصيب 4 آخرون إثر تصادم على طريق الدمام الرياض أمس.",
    # (crash words of the accident class or none of the rule's: nothing on main either, must
    # still yield nothing)
    "قتل خمسة أشخاص أمس عندما انقلبت سيارتهم على الطريق السريع.",
    "لقي ثلاثة صيادين مصرعهم بعد غرق قاربهم قبالة السواحل الليبية أمس.",
    "لقي 12 شخصا مصرعهم أمس عندما تحطمت طائرة صغيرة قرب مطار المدينة.",
    "قتل شخصان أمس في حادث مرور على الطريق الرابط بين المدينتين.",
])
def test_a_toll_in_the_sentence_of_a_crash_is_no_violence(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize("text", [
    # «سقوط» is a shell's fall or the toll's own verb: the killing stays
    "قتل مدني وجرح عشرة آخرون أمس جراء سقوط قذائف هاون على حي الأشرفية.",
    "قتل جنديان أمس وسقوط عدد من الجرحى في مدينة العريش.",
    # a crash with violence told beside it: a shooting down, the violence stays
    "وقتل الطياران بعد تحطم الطائرة التي أسقطها مسلحون بصاروخ أمس.",
])
def test_violence_beside_a_fall_or_a_crash_stays(text: str) -> None:
    assert _events(text) != []
