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

from ..document import Doc
from ..schema import Place
from .datafiles import data_rows
from .lexicon import ADMIN_SYSTEM
from .mentions import Match
from .near import Mention, named_country, sentence_of

__all__ = ["anchor_at_home", "home_countries", "outlet_country"]


@lru_cache(maxsize=1)
def _outlets() -> dict[str, str]:
    return {outlet.strip().lower(): cc.strip() for outlet, cc in data_rows("outlets.tsv")}


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


def anchor_at_home(doc: Doc, records: list[Place], mentions: list[Mention], main: str | None) -> None:
    """Move, in place, each record of a place the index does not know that was anchored
    abroad, from a sentence naming no place (a country at most, not that one), to the last
    place of the article's main country named before it.

    The fallback of ``near.place_near`` puts an unknown place with no place in its sentence
    at the last place named before it; in a story about Tunisia that place may be abroad:
    «وعاد فندق "أمبريال مرحبا" الى العمل» (the Sousse hotel) landed in London, named two
    sentences before in «محكمة العدل الملكية بلندن». A sentence that names no place of its
    own continues the story's main thread, which the article's main country (the one its
    names, its outlet and its unit words point to most: ``country_phrases.main_country``)
    locates better than whatever was named last."""
    if main is None:
        return
    for r in records:
        if r.name_en is not None or r.country in (main, None) or r.precision in ("country", "region"):
            continue
        s0, s1 = sentence_of(doc, r.start)
        if any(s0 <= m[0] < s1 and m[2] is not r
               and (m[2].precision not in ("country", "region") or m[2].country == r.country)
               for m in mentions):
            continue  # its sentence names a place, or the country it was put in
        if named_country(doc.article.text, r.start, r.end, s1) == r.country:
            continue  # «بلدة ليبزيغ الألمانية»: its country's adjective follows it (``near``)
        home = [m for m in mentions if m[1] <= r.start and m[2].country == main
                and m[2].precision not in ("country", "region") and m[2].lat is not None]
        if home:
            at = max(home, key=lambda m: m[1])[2]
            r.lat, r.lon, r.country = at.lat, at.lon, at.country
