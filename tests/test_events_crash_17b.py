"""Session 17 (events-17b, docs/events.md "Session 17: not-events (events-17b)"): the toll of a
crash told in the crash's own sentence.

``unreal.no_violence`` drops "a word of death or injury alone in a sentence about an accident"
(:mod:`khabar.events.filters`, stage 4), and list ``crashes`` names the crash verbs that the
context list's accident class («حادث»، «اصطدام») misses («تصادم»، «انقلبت»، «تحطمت»، «غرق»); the
list was read only in the sentence before the toll (``_toll_of_accident_before``), so the same
toll told in the crash's sentence stayed an attack. Not the words of ``crashes_elsewhere``
(«سقوط قتلى»، «سقوط قذائف»، «سقوط النظام»، a coup «انقلاب»), nor a crash with violence told
beside it.

Sentences written for these tests after the phrasing of SaudiNewsNet 2015 articles."""

from __future__ import annotations

import pytest

from _events import typed_triggers as _events


@pytest.mark.parametrize("text", [
    # a crash told in the toll's sentence: no violence (an attack event on main)
    "لقي 19 شخصا حتفهم وأصيب 12 آخرون في تصادم حافلتين الأحد قرب مدينة الملتقى في السودان.",
    "قتل خمسة أشخاص أمس عندما انقلبت سيارتهم على الطريق السريع.",
    "لقي ثلاثة صيادين مصرعهم بعد غرق قاربهم قبالة السواحل الليبية أمس.",
    # (the accident class already did it: must still yield nothing)
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
