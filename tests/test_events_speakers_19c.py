"""The speaker of the claim an event is told in is neither its actor nor its target (issue #7,
helper events-19c; docs/events.md, "Session 19: speakers read as targets (events-19c)").

``actor_frame.attribution``: the tokens that attribute the claim holding the trigger (its cue,
its speaker and the words up to the content: «وقالت الشرطة إن»; or, after the content, «بحسب
الشرطة») give no candidate phrase of the trigger's frame. The module docstring of
``khabar.events.arguments`` says speakers are not actors, and ``doers._last_before``'s says the
phrase before the trigger is its actor "unless a speaker"; but for a verb trigger the speaker
became the actor, and the passive reading of a kill verb took it as the victim. The speaker
stays the doer when the content names it again («أنه قتل»، «أن قواته قتلت»: the pronoun is the
speaker's) and the target when it says «إنها تعرضت لهجوم»; the words of a claim of responsibility
(«تبنى»), of an accusation («اتهم») and of an arrest's announcement stay in the frame."""

from __future__ import annotations

import pytest

from khabar import analyze


def _roles(text: str) -> list[tuple[list[str], list[str]]]:
    return [([a.text for a in e.actors], [t.text for t in e.targets]) for e in analyze(text).events]


# the speaker was read as the victim or the doer
@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("وقالت الشرطة إن الانفجار قتل وأصاب العشرات.", [([], ["العشرات"])]),
        ("وقالت الشرطة إن الانفجار قتل عشرة أشخاص.", [([], ["عشرة أشخاص"])]),
        ("وذكرت وزارة الداخلية أن الانفجار قتل ثلاثة أشخاص.", [([], ["ثلاثة أشخاص"])]),
    ],
)
def test_speaker_is_no_argument(text: str, roles: list[tuple[list[str], list[str]]]) -> None:
    assert _roles(text) == roles


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("من جانب اخر، ذكر مصدر في الشرطة العراقية أن عدة قذائف هاون سقطت على مبان سكنية.", "الشرطة العراقية"),
        ("وقالت الشرطة إن الانفجار قتل وأصاب العشرات.", "الشرطة"),
    ],
)
def test_speaker_not_in_roles(text: str, speaker: str) -> None:
    roles = _roles(text)
    assert roles
    assert all(speaker not in actors + targets for actors, targets in roles)


# the speaker named again in the content keeps its role; a doer after «إن» is unchanged
@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("وأعلن الجيش أنه قتل 20 مسلحا.", [(["الجيش"], ["20 مسلحا"])]),
        ("وقالت الشرطة إنها اعتقلت خمسة أشخاص.", [(["الشرطة"], ["خمسة أشخاص"])]),
        ("وقالت الشرطة إنها تعرضت لهجوم.", [([], ["الشرطة"])]),
        ("وأعلن الجيش الامريكي في وقت لاحق أن قواته قتلت مسلحا.", [(["الجيش الامريكي"], ["مسلحا"])]),
        ("وقالت الشرطة إن مسلحين قتلوا خمسة أشخاص.", [(["مسلحين"], ["خمسة أشخاص"])]),
        ("وقتل مسلحون مجهولون ثلاثة جنود.", [(["مسلحون مجهولون"], ["ثلاثة جنود"])]),
        # a claim of responsibility names the doer (also with the conjunction on the cue)
        ("وقد تبنى تنظيم داعش الإرهابي الهجومين على المتحف.", [(["تنظيم داعش"], ["المتحف"])]),
        ("وتبنى تنظيم داعش غالبية هذه الهجمات.", [(["تنظيم داعش"], [])]),
        # the content's first words are the speaker's own
        ("وأعلنت القوات المسلحة التركية عن تعرض جنودها لهجومين في شرق البلاد ليل الاثنين.",
         [([], ["القوات المسلحة التركية"])]),
        # an arrest is made by the authority that announces it
        ("وأوضحت الشرطة أن الشاب اعتقل الأربعاء.", [(["الشرطة"], [])]),
    ],
)
def test_roles_kept(text: str, roles: list[tuple[list[str], list[str]]]) -> None:
    assert _roles(text) == roles


@pytest.mark.parametrize("text", ["وقالت الشرطة إن الطقس كان باردا أمس.", "وأعلنت الوزارة أن الاجتماع انتهى."])
def test_no_event(text: str) -> None:
    assert _roles(text) == []
