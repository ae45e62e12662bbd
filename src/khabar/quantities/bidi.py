"""Decimals written in the wrong order around a right-to-left mark: «7.‏0 في المائة» is 0.7
per cent, «1075.‏1 دولار» 1.1075 dollars, «4.‏436 مليار دولار» 436.4 billion. Some SaudiNewsNet
outlets type the decimal as a left-to-right number in right-to-left text with a U+200F after
the point, so the two parts of the number come out swapped in the stored text (the values
around them in the same articles, and the markets they report, read right only swapped:
docs/units.md "Session 16: quantities on fresh news"). Normalisation removes the mark, so
this is read from the original text of each quantity's span."""

from __future__ import annotations

import re

__all__ = ["swapped_ratio"]

_SWAPPED = re.compile(r"(?<![\d.,])(\d+)\.\u200f(\d+)(?![\d.,])")


def swapped_ratio(original: str) -> float | None:
    """For a quantity's original text holding one swapped decimal, the factor that turns the
    value read («4.436») into the value meant («436.4»); None when there is none or several."""
    found = _SWAPPED.findall(original)
    if len(found) != 1:
        return None
    whole, frac = found[0]
    read, meant = float(f"{whole}.{frac}"), float(f"{frac}.{whole}")
    return meant / read if read else None
