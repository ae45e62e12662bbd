"""Which side of ACLED's line between a battle and violence against civilians an attack falls
(events-6b, session 6; docs/events.md, "Eleventh pass").

ACLED's codebook: *violence against civilians* is violence by an organised armed group
against unarmed people; *battles* are violent interactions between two organised armed groups
(an army, a police force, a rebel group, a militia). The lexicon types an attack word
(«هجوم»، «هاجم»، «مقتل») as ``attack`` (violence against civilians) until the sentence shows
armed people on the other side. Three kinds of evidence, read from the event's arguments:

1. an armed target (the existing rule): «هجوم على مركز للشرطة»، «مقتل سبعة إرهابيين»;
2. a military site as the target: «هاجموا موقعا أماميا للجيش»، «تصدت لهجوم الحوثيين على
   مواقعهم»، «هجوم على ثكنة»;
3. a regular force (an army, the police, security forces, the Resistance) as the doer, and
   no unarmed victim named: «الجيش النيجيري نفذ هجوما قرب أولاري»، «بدأت القوات الموالية لهادي
   هجوما واسعا»، «لقي عامري حتفه برصاص الشرطة الإيطالية». Not gunmen, an organisation or
   unknown attackers («وقع هجوم نفذه مسلحون»، «أعدم تنظيم داعش أربعة سائقين»): those attack
   civilians as often as not, and the tuning part types them so.

The gold tuning part and the development parts type all of these as battles (docs/events.md).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..schema import Source, Span
from .lexicon import Lexicon, ffold
from .wordlists import FILTER_WORDS

__all__ = ["is_battle"]


def _words(text: str) -> list[str]:
    return [ffold(w) for w in text.split()]


def _bare(w: str) -> str:
    # the proclitics a head word of an argument may carry: «للجيش»، «والقوات»، «لهجوم»
    for pre in ("وال", "ال", "لل", "و", "ل"):
        if w.startswith(pre) and len(w) - len(pre) >= 3:
            return w[len(pre):]
    return w


def _is_armed(lex: Lexicon, text: str) -> bool:
    return any("armed" in lex.classes(w) for w in _words(text)[:2])


def _is_unarmed_victim(lex: Lexicon, text: str) -> bool:
    head = _words(text)[:2]
    return any("victim" in lex.classes(w) for w in head) and not any("armed" in lex.classes(w) for w in head)


def _is_site(text: str) -> bool:
    words = _words(text)
    if any(w in FILTER_WORDS.online for w in words[1:3]):
        return False  # «الموقع الإلكتروني لحملته»: a website
    return any(_bare(w) in FILTER_WORDS.military_sites for w in words[:2])


def _is_force(text: str) -> bool:
    return any(_bare(w) in FILTER_WORDS.regular_forces for w in _words(text)[:2])


def _doer_near(text: str, actor: Source, trigger: Span) -> bool:
    """The force is the attack's doer only when nothing of another clause lies between them:
    at most eight words, none of them a subordinator or an «after» («والقوات التونسية في حالة
    تأهب بعد هجوم»، «اكتشفت أجهزة الأمن أن أحد منفذي الهجوم»: the force is no doer there)."""
    lo, hi = sorted((actor.end, trigger.start)) if actor.end <= trigger.start else (trigger.end, actor.start)
    between = [ffold(w) for w in text[lo:hi].split()]
    return len(between) <= 8 and not any(w in FILTER_WORDS.doer_breaks for w in between)


def is_battle(lex: Lexicon, text: str, trigger: Span, actors: Sequence[Source], targets: Sequence[Source],
              adjectives: set[int]) -> bool:
    """Whether an ``attack`` with these arguments is a battle (ACLED), by the three kinds of
    evidence of the module's docstring. ``text`` is the article's, ``trigger`` the event's
    span; ``adjectives`` are the starts of targets that are the attack noun's adjective
    («هجوم مسلح»), not its target."""
    if any(_is_armed(lex, x.text) and x.start not in adjectives for x in targets):
        return True
    if any(_is_site(x.text) for x in targets):
        return True
    if any(_is_unarmed_victim(lex, x.text) for x in targets):
        return False
    return any(_is_force(x.text) and _doer_near(text, x, trigger) for x in actors)
