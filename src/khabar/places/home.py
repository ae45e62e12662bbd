"""Countries an article is about before any of its place names is read (stage 4a of
``khabar.places``): the home country of a local outlet (``data/places/outlets.tsv``) and the
country of a unit word used by one country only («معتمدية» is Tunisian:
``lexicon.ADMIN_SYSTEM``).

Both count as one mention of the country in :class:`resolve.Context`, so that a town of
10,000+ people of that country (or a smaller one after a place cue) is read as a place in an
article that names only such towns: «بمعتمدية المرناقية ... بالمرناقية والمحمدية» in a
Jawhara FM story that never writes «تونس» had La Mornaghia dropped and Mohammedia (Morocco)
kept, with the Tunisian delegations anchored on it.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from .lexicon import ADMIN_SYSTEM
from .mentions import Match

__all__ = ["home_countries", "outlet_country"]


@lru_cache(maxsize=1)
def _outlets() -> dict[str, str]:
    text = resources.files("khabar").joinpath("data", "places", "outlets.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {outlet.strip().lower(): cc.strip() for outlet, cc in rows}


def outlet_country(outlet: str | None) -> str | None:
    """The home country of a local outlet, or None (pan-Arab and unknown outlets)."""
    return _outlets().get(outlet.strip().lower()) if outlet else None


def home_countries(outlet: str | None, matches: list[Match]) -> list[str]:
    """One country per hint: the outlet's home, and each name after a one-country unit
    word («معتمدية المرناقية»: Tunisia)."""
    out = [cc] if (cc := outlet_country(outlet)) else []
    for m in matches:
        system = ADMIN_SYSTEM.get(m.cue or "")
        if system is not None and len(system) == 1:
            out.extend(system)
    return out
