"""How a sentence tells an event, for the merge across the article (:mod:`khabar.events.retellings`
and the homes of :mod:`khabar.events.homes`): split out of retellings.py by events-6e so that both
modules can read it without an import cycle."""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["Told"]


class Told(NamedTuple):
    """How a sentence tells an event (from its mentions), for the merge across the article."""

    anaphoric: bool  # it refers back (:func:`is_anaphoric`)
    kind: str | None  # its kind of violence (:func:`kind_of`)
    background: bool = False  # named in passing after «بعد/في أعقاب/إثر» (an earlier occurrence)
    clock: str | None = None  # a clock time in its sentence («الساعة 12:30»)
    another: bool = False  # marked as another occurrence («غارات أخرى»، «هجوم مماثل»)
    says: bool = False  # a new source's account: its sentence opens «وقال مدير المرصد إن ...»


def _told(t: tuple) -> Told:
    return t if isinstance(t, Told) else Told(*t)
