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

After the merge (:func:`armed_side_retype`, events-7f; docs/events.md "Twelfth pass: typing
attacks on armed targets"), so that the type feeds no merge key (events-6f removed rule 2 because
a battle typed before the merge took another event's gold match):

7. an attack still typed so whose target is a military site or armed people is a battle, made
   on the ground: its object (right after the attack word, or after «على/ضد») is a site word that
   is military by itself («ثكنة»، «تمركز»، «قطعات»، «كمين»، «دورية») or a place word with an armed
   owner or a military adjective after it («موقعا أماميا للجيش»، «مراكز عسكرية تركية»، «نقطة
   تفتيش عسكرية»), or positions named by their holder's pronoun («مواقعهم»); armed people head
   the merged targets; the subject of «تعرض» before the attack word is such a site or armed
   people («تعرضت دورية أمنية ... إلى إطلاق نار»); armed dead follow a noun of death in the
   trigger («مقتل شرطي وإصابة ثلاثة آخرين في هجوم»); or fire was exchanged («وتبادل مسلحون من
   العشيرتين إطلاق النار»). Not an execution or a crime, not captives (ACLED: civilians), not
   with a means of remote violence near the trigger («بقذيفة صاروخية»، «طائرات التحالف»: ACLED's
   explosions/remote violence stays what the lexicon typed).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..document import Doc
from ..schema import Event, Source, Span
from .lexicon import Lexicon, ffold, lexicon, readings
from .wordlists import FILTER_WORDS

__all__ = ["armed_side_retype", "is_battle", "riot_retype"]


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
    """The stem of the trigger's first word after its proclitics, past a support verb the span took
    in («قاموا بإعدام»، «تم إعدام»: the span holds the support verb since stage 4 takes it in;
    events-16a, a bug fix: the lists ``executions`` and ``crimes`` name the act, not its support)."""
    words = _words(trigger_text)
    lex = lexicon()
    while len(words) > 1 and _is_support(lex, words[0]):
        words = words[1:]
    if not words:
        return ""
    w = _bare(words[0])
    w = w[1:] if w.startswith("ب") and len(w) > 4 else w  # «بإعدام»
    return _bare(w)


def _is_support(lex: Lexicon, w: str) -> bool:
    # a support verb of the context list, also after «و/ف» («وتم»، «فقاموا»)
    return "support" in lex.classes(w) or (w[:1] in ("و", "ف") and "support" in lex.classes(w[1:]))


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


# ----------------------------------------------------------------------------- after the merge (rule 7)


def _site_words(words: Sequence[str]) -> bool:
    """A military site at the head of a phrase (its first two words) or an owned site after it."""
    for k, w in enumerate(words[:2]):
        b = _bare(w)
        if b in FILTER_WORDS.military_sites or w in FILTER_WORDS.owned_positions or b in FILTER_WORDS.owned_positions:
            return True
        if b in FILTER_WORDS.site_heads and any(
            _bare(x) in FILTER_WORDS.military_adjectives or x in FILTER_WORDS.military_adjectives
            or _armed_owner(x) for x in words[k + 1:k + 5]
        ):
            return True
    return False


def _armed_owner(w: str) -> bool:
    # an armed word as a site's owner: «للجيش»، «لقوات»، «الحوثيين»، «للكتيبة»
    return _armed_word(lexicon(), w) and _bare(w) not in FILTER_WORDS.armed_heads_no


def _armed_target(lex: Lexicon, text: str) -> bool:
    # rule 1 again on the targets the merge filled from a retelling (not the adjective of «هجوم
    # مسلح», not a means counted as armed: «طائرات»، «انتحاريا»)
    return _armed_head(lex, _words(text))


def _armed_head(lex: Lexicon, words: Sequence[str]) -> bool:
    """The head of a phrase names armed people: the first word, or the one a count names
    («أحد الجنود»، «العشرات من عناصر التنظيم»، «خمسة من أفراد الجيش»); not «مسؤولي الأمن»
    (officials), not the adjective «مسلح» nor a means the context list counts as armed."""
    k = 0
    if k < len(words) and (words[k].isdigit() or _bare(words[k]) in FILTER_WORDS.counted_heads
                           or words[k] in FILTER_WORDS.counted_heads):
        k += 1
        if k < len(words) and words[k] == "من":
            k += 1
        if k + 1 < len(words) and words[k] in FILTER_WORDS.group_nouns:
            k += 1  # «من أفراد الجيش»: the armed word is the group's
    head = words[k] if k < len(words) else ""
    return _armed_word(lex, head) and _bare(head) not in FILTER_WORDS.armed_heads_no \
        and head not in FILTER_WORDS.armed_heads_no


def _remote(lex: Lexicon, words: Sequence[str]) -> bool:
    """A means of remote violence among ``words``: a trigger noun of that type or a listed means."""
    for w in words:
        if _bare(w) in FILTER_WORDS.remote_means or w in FILTER_WORDS.remote_means:
            return True
        # (one-word nouns only: «سيارة» heads the row «سيارة مفخخة» and is no means alone)
        if any(e.type == "explosions_remote_violence" and len(e.words) == 1
               for _, stem, suf in readings(w) if not suf for e in lex.nouns.get(stem, ())):
            return True
    return False


def _sentence_words(doc: Doc, start: int, end: int) -> tuple[list[str], list[str], list[str]]:
    """The folded words of the trigger's sentence before the span, inside it and after it."""
    toks = doc.tokens
    inside = [t for t in toks if start <= t.start < end]
    if not inside:
        return [], [], []
    sent = doc.sentences[inside[0].sent]
    before = [ffold(t.norm) for t in toks[sent.tok_start:inside[0].i]]
    after = [ffold(t.norm) for t in toks[inside[-1].i + 1:sent.tok_end]]
    return before, [ffold(t.norm) for t in inside], after


def _site_after(after: Sequence[str]) -> bool:
    """The attack word's object, right after it or after «على/ضد» up to eight words on, is a military
    site the targets missed or cut: «واقتحمت أول موقع تابع للدفاعات الجوية»، «بالهجوم على عدد من
    الكمائن للجيش»."""
    if _site_words(after[:6]):
        return True
    for k, w in enumerate(after[:8]):
        if w in FILTER_WORDS.object_markers:
            return _site_words([x for x in after[k + 1:k + 9] if x not in FILTER_WORDS.counted_heads and x != "من"])
    return False


def _exchanged(before: Sequence[str]) -> bool:
    """Fire exchanged has two armed sides: a word of exchange up to five words before the attack
    word, its subject between them and no other clause («وتبادل مسلحون من العشيرتين إطلاق النار»،
    «تبادلت قوات الأمن إطلاق النار مع عدد من الإرهابيين»)."""
    for w in reversed(before[-5:]):
        if w in FILTER_WORDS.doer_breaks:
            return False
        if _bare(w) in FILTER_WORDS.exchanges:
            return True
    return False


def _under_attack(before: Sequence[str]) -> bool:
    """«تعرضت دورية أمنية ببن قردان في ساعة متأخرة من مساء أمس الأحد إلى إطلاق نار»: the subject
    of «تعرض» up to sixteen words before the attack word (a time and a place between them) is a
    military site or armed people."""
    for k in range(len(before) - 1, max(-1, len(before) - 17), -1):
        if any(stem.startswith(tuple(FILTER_WORDS.under_attack)) for _, stem, _ in readings(before[k])):
            return _site_words(before[k + 1:]) or any(_armed_target(lexicon(), w) for w in before[k + 1:k + 3])
    return False


def _armed_dead(lex: Lexicon, inside: Sequence[str], after: Sequence[str]) -> bool:
    """«مقتل شرطي وإصابة ثلاثة آخرين في هجوم»، «مقتل ضابط صف»، «هجمات أدت إلى مقتل خمسة من أفراد
    الجيش»: armed dead right after a noun of death in the trigger or up to eight words after it."""
    cut = next((k for k, w in enumerate(after[:8]) if w in FILTER_WORDS.doer_breaks), 8)
    words = [*inside, *after[:cut]]  # not another clause's dead: «هجوم أمس بعد أيام على مقتل سبعة جنود»
    return any(_bare(w) in FILTER_WORDS.killing_nouns and _armed_head(lex, words[k + 1:k + 5])
               for k, w in enumerate(words[:-1]))


def armed_side_retype(doc: Doc, events: Sequence[Event]) -> list[Event]:
    """Rule 7 of the module's docstring on the merged events: an ``attack`` on a military site or
    armed people, made on the ground, becomes an ``armed_clash`` (battles). The merge is done, so
    the type changes no event's grouping."""
    lex = lexicon()
    for e in events:
        if e.subtype != "attack" or _is_execution(e.trigger.text) \
                or _first_stem(e.trigger.text).startswith(tuple(FILTER_WORDS.crimes)):
            continue
        # (the words telling it: the span and the naming noun past its reach, as the span held
        # them before events-14f shortened it: «قتل ... في هجوم على ثكنة»; events-15g)
        told = e.told()
        before, inside, after = _sentence_words(doc, told.start, told.end)
        if _remote(lex, [*before[-4:], *inside, *after[:10]]):
            continue  # shelling, an air strike, a bomb: explosions/remote violence (ACLED)
        # «بذبح أحد الجنود الانقلابيين بعد أن سلم نفسه»: a captive is a civilian (ACLED); told in the
        # trigger or the eight words after it (not the hostages of another act in the sentence)
        if any(_bare(w) in FILTER_WORDS.captives or w in FILTER_WORDS.captives for w in (*inside, *after[:8])):
            continue
        # (the targets' site words: the object after a subject, «وهاجمت عناصر التنظيم قطعات
        # عسكرية», which the words right after the trigger miss)
        if any(_site_words(_words(x.text)) or _armed_target(lex, x.text) for x in e.targets) \
                or _site_after(after) or _under_attack(before) or _armed_dead(lex, inside, after) \
                or _exchanged(before):
            e.subtype = "armed_clash"
            e.type = "battles"
    return list(events)
