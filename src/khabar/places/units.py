"""A security or customs unit named like an area is no place: «منطقة الحرس الوطني بجربة»
(the National Guard district of Djerba), «منطقة الشرطة بالمهدية», «منطقتي الأمن الوطني
بالمنستير وجمال», «إقليم الأمن الوطني بتونس». Tunisian news names the police and guard
units after the word for an area («منطقة»، «إقليم»، «مركز»); the unit's town, written after
it, is the place. The fallback for places the index lacks (``unknown``: a cue and the word
after it) read «منطقة الحرس» as an unknown place: on 362 unlabelled ANT conflict articles
(seed 5204) 5 such records, all spurious; none on the read dev parts.
"""

from __future__ import annotations

from ..normalize import fold
from ..schema import Place
from .lexicon import fold_all

__all__ = ["drop_security_units"]

#: area words that also name a unit of the security forces (singular, dual)
_UNIT_AREAS = fold_all("منطقة منطقتي إقليم إقليمي مركز مركزي")
#: the forces (Tunisia's police, National Guard, customs, civil protection; «الأمن» alone
#: is the police: «منطقة الأمن الوطني»)
_FORCES = fold_all("الحرس الأمن الشرطة الديوانة الحماية")


def drop_security_units(records: list[Place]) -> list[Place]:
    """The records that are not a security unit's name (area word + a force)."""
    out = []
    for r in records:
        words = fold(r.text).split()
        first = words[0].lstrip("وفبل") if words else ""
        if len(words) >= 2 and (first in _UNIT_AREAS or words[0] in _UNIT_AREAS) and words[1] in _FORCES:
            continue
        out.append(r)
    return out
