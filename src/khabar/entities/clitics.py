"""Readings of a token without its proclitics (و/ف conjunction, ب/ك/ل preposition),
shared by the dictionary matcher, the span filters and the per-article merge."""

from __future__ import annotations

from functools import lru_cache

from ..normalize import fold

__all__ = ["clitic_readings", "clitic_variants"]


def clitic_variants(w: str) -> list[tuple[str, int]]:
    """``(form, skipped characters)`` readings of a first token, the whole word first:
    و/ف conjunction, then ب/ك/ل preposition (لل + noun reads as ال + noun, span kept)."""
    out = [(w, 0)]
    base = 0
    rest = w
    if len(w) > 3 and w[0] in "وف":
        base, rest = 1, w[1:]
        out.append((rest, 1))
    if len(rest) > 3 and rest.startswith("لل"):
        out.append(("ال" + rest[2:], base))
    elif len(rest) > 2 and rest[0] in "بكل":
        out.append((rest[1:], base + 1))
    return out


@lru_cache(maxsize=1 << 17)
def clitic_readings(w: str) -> tuple[tuple[str, int, str], ...]:
    """:func:`clitic_variants` with each form's folded key, ``(form, skip, folded form)``,
    cached across articles."""
    return tuple((form, skip, fold(form)) for form, skip in clitic_variants(w))
