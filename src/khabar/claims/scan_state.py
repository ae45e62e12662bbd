"""Where the scan forward from a verbal cue stands (:class:`_Walk`), and what each of its
steps tells the loop (:data:`_NEXT`, :data:`_DONE`, :data:`_STOP`); the scan itself:
:mod:`.scan`, :mod:`.scan_subject`."""

from __future__ import annotations

from dataclasses import dataclass

from .lexicon import Cue

#: What a step of the scan tells the loop: go on from ``_Walk.j`` (next), the scan is
#: done (done: return what it read), stop reading (stop), or None: the next step reads on.
_NEXT, _DONE, _STOP = "next", "done", "stop"


@dataclass(slots=True)
class _Walk:
    """Where the scan forward from a verb stands (``j``) and what it has passed."""

    start: int
    b: int
    limit: int
    cue: Cue
    np_object_ok: bool
    #: the relay verb's own preposition («نقل عن»), "" for another verb
    relay_prep: str
    #: an adjunct came first («قال في بيان إن») or the verb carries its subject («قالوا»)
    blocked: bool
    preps: tuple[str, ...]
    j: int
    last_read: int  # last token of the subject, relay or medium read so far
    last_prep: int
    broken: bool = False
    after_comma: bool = False
    np_cand: int = -1
    np_weak: int = -1
    free: int = 0
