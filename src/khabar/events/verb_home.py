"""A retelling with another occurrence's verb joins that occurrence (events-4c's eighth pass,
moved out of :mod:`khabar.events.retellings` by events-5b): «أعدمهم» (the executions) ...
«قتلهم ... خلال سلسلة هجمات» ... «أعدم العديد من العسكريين» is the executions told again."""

from __future__ import annotations

from ..schema import Event
from .apart import PlaceKey, dates_differ, family_of, places_conflict
from .lexicon import ffold

__all__ = ["_verb_home", "_verb_stem"]

# Object pronouns and plural endings a verb trigger carries («أعدمهم»، «قتلوا»), folded.
_VERB_ENDINGS = ("هما", "هم", "ها", "وا", "ه", "ت")


def _verb_stem(text: str) -> str:
    """The bare verb of a one-word trigger, without conjunction and endings: «وأعدمهم» → «اعدم»."""
    w = ffold(text)
    if " " in w:
        return ""
    w = w[1:] if w[:1] in ("و", "ف") and len(w) > 4 else w
    for end in _VERB_ENDINGS:
        if w.endswith(end) and len(w) - len(end) >= 3:
            return w[: -len(end)]
    return w


def _verb_home(out: list[Event], oi: int, e: Event, gaps: list[int], dates: dict[str, str | None],
               places: dict[str, PlaceKey]) -> int | None:
    """A retelling whose verb is another occurrence's verb belongs to that occurrence, not to
    the one it was about to join: «أعدمهم» (the executions) ... «قتلهم ... خلال سلسلة
    هجمات» ... «أعدم العديد من العسكريين» is the executions told again (the README demo).
    Only redirects a merge already decided (same family, at most three sentences back, no
    conflicting date or place); the index of that occurrence, or None."""
    stem = _verb_stem(e.told().text)
    if len(stem) < 3 or stem in _stems_of(out[oi]):
        return None
    for k, o in enumerate(out):
        if k == oi or family_of(o) != family_of(e) or not 0 < gaps[k] <= 3 or stem not in _stems_of(o):
            continue
        if dates_differ(dates.get(o.date or ""), dates.get(e.date or "")):
            continue
        if places_conflict(places.get(o.place or ""), places.get(e.place or "")):
            continue
        return k
    return None


def _stems_of(o: Event) -> set[str]:
    """The verbs telling ``o``: its phrase's, and its other mentions' but the naming noun its
    phrase holds (not a mention before events-14f shortened the span)."""
    told = o.told()
    return {_verb_stem(told.text)} | {_verb_stem(x.text) for x in o.mentions
                                      if not told.start <= x.start < told.end}
