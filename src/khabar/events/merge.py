"""One event per real-world occurrence.

1. Within a sentence, the kept mentions of one family (violence, abduction, protest, or one
   strategic subtype each) are one occurrence: «قتل 20 شخصا حين انفجرت سيارة مفخخة» is one
   bombing. Its trigger is the first verb mention (the predicate, which is what annotators
   mark), else the first noun; its subtype is the most specific one among the mentions
   (:data:`SPECIFICITY`).
2. Across the article, a later event joins an earlier one of the same type and subtype when
   their dates do not differ and: they share a place id; or neither place conflicts and it
   is in the next sentence; or they share an actor (entity id or text) and their trigger
   words have a stem in common. The first mention keeps its
   trigger; empty arguments are filled from the later one.
"""

from __future__ import annotations

from ..normalize import fold
from ..schema import Event
from .triggers import Mention, token_stems

__all__ = ["SPECIFICITY", "merge_events", "pick_subtype", "pick_trigger"]

#: Most specific first: a mention of a suicide bombing beats one of a killing.
SPECIFICITY: tuple[str, ...] = (
    "suicide_bomb", "air_drone_strike", "shelling_artillery_missile_attack", "remote_explosive",
    "grenade", "armed_clash", "government_regains_territory",
    "non_state_actor_overtakes_territory", "abduction_forced_disappearance", "sexual_violence",
    "attack", "violent_demonstration", "mob_violence", "excessive_force_against_protesters",
    "protest_with_intervention", "peaceful_protest",
)


def pick_subtype(mentions: list[Mention]) -> str:
    subs = {m.subtype for m in mentions}
    for s in SPECIFICITY:
        if s in subs:
            return s
    return mentions[0].subtype


def pick_trigger(mentions: list[Mention]) -> Mention:
    """The first verb mention (strong, weak, or found from its subject), else the first noun
    with a support verb right before it («خرجوا في مسيرات»), strong nouns first:
    annotators mark the predicate that comes first (tuned on the tune half: first strong verb
    0.761 recall, first verb 0.778, first mention 0.722)."""
    preds = [m for m in mentions if m.tense != "noun" or m.support >= 0]
    # a weak noun («أدى إلى إصابة») gives way to a strong one («أسفر عن مقتل»)
    if any(m.tense == "noun" and m.entry.strong for m in preds):
        preds = [m for m in preds if m.tense != "noun" or m.entry.strong]
    return (preds or mentions)[0]


def _actor_keys(e: Event) -> set[str]:
    return {a.entity or fold(a.text) for a in e.actors}


def _same(a: Event, b: Event, adjacent: bool = False) -> bool:
    if a.type != b.type or a.subtype != b.subtype:
        return False
    if a.date and b.date and a.date != b.date:
        return False
    if a.place and b.place:
        return a.place == b.place
    if adjacent:
        # the next sentence goes on about the same occurrence («نفذوا تجمعا... ورفع المحتجون»)
        return True
    stems_a = {s for w in fold(a.trigger.text).split() for s in token_stems(w) if len(s) >= 3}
    stems_b = {s for w in fold(b.trigger.text).split() for s in token_stems(w) if len(s) >= 3}
    return bool(_actor_keys(a) & _actor_keys(b)) and bool(stems_a & stems_b)


def merge_events(events: list[Event], sentences: list[int] | None = None) -> list[Event]:
    """Merge repeated mentions of one occurrence; ids are renumbered ``v1, v2...``.
    ``sentences`` gives each event's sentence index (events in sentence order)."""
    out: list[Event] = []
    last_sent: list[int] = []
    for n, e in enumerate(events):
        si = sentences[n] if sentences else -10
        for oi, o in enumerate(out):
            if _same(o, e, adjacent=sentences is not None and si - last_sent[oi] == 1):
                last_sent[oi] = si
                if not o.place:
                    o.place = e.place
                if not o.date:
                    o.date = e.date
                if o.fatalities is None:
                    o.fatalities = e.fatalities
                if not o.claim:
                    o.claim = e.claim
                keys = _actor_keys(o)
                o.actors += [a for a in e.actors if (a.entity or fold(a.text)) not in keys]
                tkeys = {t.entity or fold(t.text) for t in o.targets}
                o.targets += [t for t in e.targets if (t.entity or fold(t.text)) not in tkeys]
                break
        else:
            out.append(e)
            last_sent.append(si)
    for i, e in enumerate(out, 1):
        e.id = f"v{i}"
    return out
