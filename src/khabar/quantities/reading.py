"""The state of a quantity being read by the stages of
:func:`khabar.quantities.extract._quantity`."""

from __future__ import annotations

from dataclasses import dataclass

#: (unit, lexicon key, next token) of a counted noun, as :func:`unit_at` gives it.
_Unit = tuple[str, str, int]


@dataclass(slots=True)
class _Reading:
    """A quantity being read by the stages of :func:`~khabar.quantities.extract._quantity`: its bounds, its unit, the
    token its span starts at (``pre``) and the token to go on from (``j``)."""

    lo: float | None
    best: float | None
    hi: float | None
    j: int
    pre: int
    first_unit: _Unit | None = None
    unit: str | None = None
    approximate: bool = False
