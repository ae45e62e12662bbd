"""One event per real-world occurrence.

1. Within a sentence, the kept mentions of one family (violence, abduction, protest, or one
   strategic subtype each) are one occurrence: «قتل 20 شخصا حين انفجرت سيارة مفخخة» is one
   bombing. Its trigger is the first verb mention (the predicate, which is what annotators
   mark), else the first noun; its subtype is the most specific one among the mentions
   (:data:`SPECIFICITY`).
2. Across the article, a later event joins an earlier one of the same family when their
   dates and places do not conflict (different date values, different places) and they are
   at most three sentences apart, or share an actor or target.
   The first mention keeps its trigger; the subtype becomes the more specific one; empty
   arguments are filled from the later one. (The gold articles' tuning part showed one
   occurrence told over several sentences far more often than two occurrences of a family
   told without a place or date to tell them apart.) The first mention keeps its
   trigger; empty arguments are filled from the later one.
"""

from __future__ import annotations

from ..schema import Event
from .lexicon import SUBTYPE_TYPE, ffold
from .triggers import Mention

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
    if not any(m.tense != "noun" for m in preds):
        # among nouns, one naming the occurrence («اشتباكات») beats a tally of its dead
        # («سقطوا قتلى في اشتباكات»)
        naming = [m for m in mentions if m.tense == "noun" and m.entry.form not in _CASUALTY_NOUNS]
        if naming and (not preds or preds[0].entry.form in _CASUALTY_NOUNS):
            return naming[0]
    return (preds or mentions)[0]


_CASUALTY_NOUNS = frozenset({"مقتل", "قتلي", "جرحي", "اصابه", "اصابات", "مصرع"})


def _actor_keys(e: Event) -> set[str]:
    return {a.entity or ffold(a.text) for a in e.actors}


def _family(e: Event) -> str:
    if e.subtype == "abduction_forced_disappearance":
        return "abduction"
    if e.type in ("battles", "explosions_remote_violence", "violence_against_civilians"):
        return "violence"
    if e.type in ("protests", "riots"):
        return "protest"
    return e.subtype or e.type


PlaceKey = tuple[str, str | None, str | None]  # (name key, precision, country)


def _places_conflict(a: PlaceKey | None, b: PlaceKey | None) -> bool:
    """Two places conflict when they are in different countries, or are different places of
    the same level (two cities); «جسر لندن» and «بورو ماركت», or a province and a district
    in it, may be one occurrence."""
    if a is None or b is None or a[0] == b[0]:
        return False
    if a[2] and b[2] and a[2] != b[2]:
        return True
    # two cities, two provinces; two sites («جسر لندن», «بورو ماركت») may be one occurrence
    return a[1] in ("city", "admin", "country") and a[1] == b[1]


def _same(a: Event, b: Event, gap: int, dates: dict[str, str | None], places: dict[str, PlaceKey]) -> bool:
    """Do two events of one article report the same occurrence? Same family (violence,
    abduction, protest, or one strategic subtype), no conflicting date or place, and: at most
    three sentences apart, or a shared actor or target."""
    if _family(a) != _family(b) or gap == 0:
        return False  # one sentence's events were told apart on purpose («بعد مقتل...»)
    if a.date and b.date and a.date != b.date:
        va, vb = dates.get(a.date), dates.get(b.date)
        if va is None or vb is None or va != vb:
            return False
    if a.place and b.place and _places_conflict(places.get(a.place), places.get(b.place)):
        return False
    if 0 <= gap <= 3:
        return True
    keys_a = _actor_keys(a) | {t.entity or ffold(t.text) for t in a.targets}
    keys_b = _actor_keys(b) | {t.entity or ffold(t.text) for t in b.targets}
    return bool(keys_a & keys_b)


def merge_events(
    events: list[Event],
    sentences: list[int] | None = None,
    dates: dict[str, str | None] | None = None,
    places: dict[str, PlaceKey] | None = None,
) -> list[Event]:
    """Merge repeated mentions of one occurrence; ids are renumbered ``v1, v2...``.
    ``sentences`` gives each event's sentence index (events in text order); ``dates`` the
    value of each date id and ``places`` a key of each place id (two ids may name one place)."""
    out: list[Event] = []
    last_sent: list[int] = []
    for n, e in enumerate(events):
        si = sentences[n] if sentences else -100
        for oi, o in enumerate(out):
            gap = si - last_sent[oi] if sentences else -1
            if _same(o, e, gap, dates or {}, places or {}):
                last_sent[oi] = si
                o.subtype = _more_specific(o.subtype, e.subtype)  # type: ignore[assignment]
                o.type = SUBTYPE_TYPE[o.subtype or ""]  # type: ignore[assignment]
                if not o.place:
                    o.place = e.place
                if not o.date:
                    o.date = e.date
                if o.fatalities is None:
                    o.fatalities = e.fatalities
                if not o.claim:
                    o.claim = e.claim
                keys = _actor_keys(o)
                o.actors += [a for a in e.actors if (a.entity or ffold(a.text)) not in keys]
                tkeys = {t.entity or ffold(t.text) for t in o.targets}
                o.targets += [t for t in e.targets if (t.entity or ffold(t.text)) not in tkeys]
                break
        else:
            out.append(e)
            last_sent.append(si)
    for i, e in enumerate(out, 1):
        e.id = f"v{i}"
    return out


def _more_specific(a: str | None, b: str | None) -> str | None:
    for s in SPECIFICITY:
        if s in (a, b):
            return s
    return a
