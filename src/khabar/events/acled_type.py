"""Which side of ACLED's line between a battle and violence against civilians an attack falls
(events-6b, session 6; docs/events.md, "Eleventh pass").

ACLED's codebook: *violence against civilians* is violence by an organised armed group
against unarmed people; *battles* are violent interactions between two organised armed groups
(an army, a police force, a rebel group, a militia). The lexicon types an attack word
(«هجوم»، «هاجم»، «مقتل») as ``attack`` (violence against civilians) until the sentence shows
armed people on the other side. Three kinds of evidence, read from the event's arguments:

1. an armed target (the existing rule): «هجوم على مركز للشرطة»، «مقتل سبعة إرهابيين»;
2. (a military site as the target, «هاجموا موقعا أماميا للجيش»: measured and removed by
   events-6f, docs/events.md "Eleventh pass: ablation");
3. an offensive for ground: a word of taking or entering ground after the attack word
   («هجوما كبيرا مكنها من دخول المدينة»، «هجوما واسعا لاستعادة قاعدة العند»);
4. a regular force (an army, the police, security forces, the Resistance) as the doer, and
   no unarmed victim named: «الجيش النيجيري نفذ هجوما قرب أولاري»، «بدأت القوات الموالية لهادي
   هجوما واسعا»، «لقي عامري حتفه برصاص الشرطة الإيطالية». Not gunmen, an organisation or
   unknown attackers («وقع هجوم نفذه مسلحون»، «أعدم تنظيم داعش أربعة سائقين»): those attack
   civilians as often as not, and the tuning part types them so.

The gold tuning part and the development parts type all of these as battles (docs/events.md).
None of them makes an execution a battle: killing captives («أعدموا خمسة جنود استسلموا») is
violence against civilians in ACLED's codebook, whoever is executed (list ``executions``).

The line between a riot and the rest (:func:`riot_retype`), from ACLED's definitions of riots
(violence by a crowd: *violent demonstration* when demonstrators, *mob violence* otherwise):

5. a clash whose one side is a crowd of residents, youths, fans or protesters and whose other
   side, if any, is the police or security forces is a riot, not a battle: «المواجهات بين
   الوحدات الأمنية وعدد من الشباب المحتجين»، «صدامات بين الشرطة البولونية والمئات من سكان
   مدينة ايلك»، «الاشتباكات بين أهالي قريتي بشني والجرسين» (not tribesmen or members of a
   tribe: the tuning part types the Tebu and Tuareg clashes as battles);
6. a riot word (burning, pelting, smashing) done by armed men and no crowd is an attack on
   civilians: «احرق المسلحون أكثر من 300 منزل» (development part A-H, typed so), or shelling
   with an artillery instrument after it («ورشقهم بالمدفعيات»).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..schema import Source, Span
from .lexicon import Lexicon, ffold
from .wordlists import FILTER_WORDS

__all__ = ["is_battle", "riot_retype"]


def _words(text: str) -> list[str]:
    return [ffold(w) for w in text.split()]


def _bare(w: str) -> str:
    # the proclitics a head word of an argument may carry: «للجيش»، «والقوات»، «لهجوم»
    for pre in ("وال", "ال", "لل", "و", "ل"):
        if w.startswith(pre) and len(w) - len(pre) >= 3:
            return w[len(pre):]
    return w


def _armed_word(lex: Lexicon, w: str) -> bool:
    # (the context list's armed class, and soldiers and policemen it counts as victims or lacks:
    # «تسعة عسكريين»، «جنديين»، «مفرزة للجيش»)
    return "armed" in lex.classes(w) or _bare(w) in FILTER_WORDS.armed_people


def _is_armed(lex: Lexicon, text: str) -> bool:
    return any(_armed_word(lex, w) for w in _words(text)[:2])


def _is_unarmed_victim(lex: Lexicon, text: str) -> bool:
    head = _words(text)[:2]
    return any("victim" in lex.classes(w) for w in head) and not any(_armed_word(lex, w) for w in head)


def _is_force(text: str) -> bool:
    return any(_bare(w) in FILTER_WORDS.regular_forces for w in _words(text)[:2])


def _first_stem(trigger_text: str) -> str:
    words = _words(trigger_text)
    if not words:
        return ""
    w = _bare(words[0])
    w = w[1:] if w.startswith("ب") and len(w) > 4 else w  # «بإعدام»
    return _bare(w)


def _is_execution(trigger_text: str) -> bool:
    w = _first_stem(trigger_text)
    return bool(w) and w.startswith(tuple(FILTER_WORDS.executions))


def _doer_near(text: str, actor: Source, trigger: Span) -> bool:
    """The force is the attack's doer only when nothing of another clause lies between them:
    at most eight words, none of them a subordinator or an «after» («والقوات التونسية في حالة
    تأهب بعد هجوم»، «اكتشفت أجهزة الأمن أن أحد منفذي الهجوم»: the force is no doer there)."""
    lo, hi = sorted((actor.end, trigger.start)) if actor.end <= trigger.start else (trigger.end, actor.start)
    between = [ffold(w) for w in text[lo:hi].split()]
    return len(between) <= 8 and not any(w in FILTER_WORDS.doer_breaks for w in between)


def is_battle(lex: Lexicon, text: str, trigger: Span, actors: Sequence[Source], targets: Sequence[Source],
              adjectives: set[int], after: Sequence[str] = ()) -> bool:
    """Whether an ``attack`` with these arguments is a battle (ACLED), by the kinds of evidence
    of the module's docstring. ``text`` is the article's, ``trigger`` the event's span;
    ``adjectives`` are the starts of targets that are the attack noun's adjective («هجوم
    مسلح»), not its target; ``after`` the folded words after the trigger in its sentence."""
    if _is_execution(text[trigger.start:trigger.end]):
        # killing captives is violence against civilians, armed or not (ACLED): «أعدم مسلحو
        # التنظيم جنديين استسلما»، «قاموا بإعدام عشرة عسكريين»
        return False
    if _first_stem(text[trigger.start:trigger.end]).startswith(tuple(FILTER_WORDS.crimes)):
        return False  # a murder named as a crime (events-7e): the police that found its author are no side
    if any(_is_armed(lex, x.text) and x.start not in adjectives for x in targets):
        return True
    if any(_is_unarmed_victim(lex, x.text) for x in targets):
        return False
    if any(_bare(w) in FILTER_WORDS.taking_ground for w in after[:8]):
        # an offensive for ground: «شنت في 2014 هجوما كبيرا مكنها من دخول المدينة»، «هجوما واسعا
        # لاستعادة قاعدة العند» (dev part A-H, typed battles)
        return True
    # (tried and dropped, events-6b: a military site and armed men anywhere in the sentence,
    # for audit J's «عشرات المسلحين فروا من المعسكر تحت وقع الهجوم»: on 485 unlabelled articles
    # it retyped assassinations, executions of prisoners and air strikes)
    return any(_is_force(x.text) and _doer_near(text, x, trigger) for x in actors)


def _window(words: Sequence[str], lists: frozenset[str]) -> bool:
    return any(w in lists or _bare(w) in lists for w in words)


def riot_retype(lex: Lexicon, subtype: str, words: Sequence[str], actors: Sequence[Source]) -> str:
    """The subtype after rules 5 and 6 of the module's docstring. ``words`` are the folded
    tokens of the trigger and the words after it in its sentence (at most 15: where «بين X و
    Y» and the instrument are told)."""
    crowd = _window(words, FILTER_WORDS.crowds)
    protest = any("protester" in lex.classes(w) or _bare(w) in FILTER_WORDS.protesting for w in words)
    if subtype == "armed_clash" and words and _bare(words[0]) in FILTER_WORDS.clash_words and (crowd or protest):
        armed = [w for w in words if "armed" in lex.classes(w) or "armed" in lex.classes(_bare(w))]
        if all(_bare(w) in FILTER_WORDS.police_words or w in FILTER_WORDS.police_words for w in armed):
            return "violent_demonstration" if protest else "mob_violence"
    if subtype == "violent_demonstration" and _window(words[1:4], FILTER_WORDS.artillery):
        return "shelling_artillery_missile_attack"  # no crowd pelts with artillery
    if subtype == "violent_demonstration" and not (crowd or protest) \
            and any(_is_armed(lex, x.text) for x in actors) and not any(_is_protester(lex, x.text) for x in actors):
        return "attack"
    return subtype


def _is_protester(lex: Lexicon, text: str) -> bool:
    return any("protester" in lex.classes(w) for w in _words(text))
