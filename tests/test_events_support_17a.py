"""A support verb belongs to the noun right after it, not to a later noun past another trigger
(events-17a, issue #7; docs/events.md, "Session 17: duplicates (events-17a)").

``grouping.support_before`` looks back at most two tokens (the subject) from a noun trigger for a
support verb. It skipped another trigger's head on the way, so in «تم ايقافهم خلال الاحتجاجات»
the protests took the arrest's «تم»: a noun with a support verb is a new predicate, not a
definite reference back (``anaphora.mark_definite``), and the protests told six sentences after
the sit-in stayed a second event (audit M, ANT 003102). The scan now stops at another trigger's
head."""

from __future__ import annotations

import pytest

from khabar import analyze

_CALM = ("وطالب المعتصمون بتوفير مواطن شغل لأبناء الجهة. وأكد المعتمد أنه استمع إلى مطالبهم. وتعهدت السلط "
         "الجهوية بدراسة الملفات. وتعهد الأهالي بإخلاء الطرقات. وأوضح المعتمد أن الوضع عاد إلى طبيعته. ")
_QUIET = "وقال مصدر عسكري إن الوضع هادئ. وأكد المصدر أن القوات تسيطر على المدينة. وأضاف أن التعزيزات وصلت. " \
         "وأشار إلى أن السكان عادوا. "


def _events(text: str) -> list[tuple[str | None, str, list[str]]]:
    return [(e.subtype, e.trigger.text, [m.text for m in e.mentions]) for e in analyze(text).events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the definite noun after another trigger refers back to the occurrence told before (two on main)
        ("نفذ عشرات من أهالي منطقة الرديف اليوم اعتصاما أمام مقر المعتمدية للمطالبة بالتشغيل. " + _CALM
         + "كما تم اخلاء سبيل 5 موقوفين تم ايقافهم خلال الاحتجاجات حسب المعتمد.",
         [("peaceful_protest", "اعتصاما", ["الاحتجاجات"]), ("arrests", "تم ايقافهم", [])]),
        ("دارت اشتباكات عنيفة أمس بين الجيش ومسلحين في مدينة درنة. " + _QUIET
         + "وقال إن الجيش اعتقل مسلحا تم ضبطه خلال الاشتباكات.",
         [("armed_clash", "دارت اشتباكات", ["الاشتباكات"]), ("arrests", "اعتقل", [])]),
    ],
)
def test_no_support_verb_past_another_trigger(text: str, expected: list) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a support verb with its subject before the noun is still one: a new strike, not the one told
        ("شنت طائرات التحالف غارات على مواقع للحوثيين في صعدة. " + _QUIET + "وشنت طائرات التحالف غارات على مأرب.",
         2),
        # no trigger: nothing
        ("تم اخلاء سبيل 5 موقوفين حسب المعتمد.", 0),
    ],
)
def test_support_verbs_kept(text: str, expected: int) -> None:
    assert len(analyze(text).events) == expected
