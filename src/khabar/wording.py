"""Counts in messages: ``count(1, "article")`` is "1 article", ``count(2, "article")`` is
"2 articles" (English messages of the command line and the archive summary)."""

from __future__ import annotations

__all__ = ["count"]


def count(n: int, singular: str, plural: str | None = None) -> str:
    """``n`` with thousands separators and the noun in the number it takes: singular for 1
    only ("0 articles", "1 article", "1,000 articles"); ``plural`` defaults to ``singular + "s"``."""
    return f"{n:,} {singular if n == 1 else plural or singular + 's'}"
