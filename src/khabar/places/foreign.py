"""Foreign towns far from the story (stage 4c): a name whose every namesake is a small town
of a country nothing else in the article names, far from all the article's other places.

«ومفرق الذكر» (a road junction near Taiz) folds onto Mafraq (Jordan, 57,000 people);
«طريق شمال الناصرة» (a district of Qatif) onto Nazareth; «المنطقة الخضراء الواقعة بين
محافظتي لحج وعدن» onto Baghdad's Green Zone. In a story whose places all lie in other
countries, such a name is far more often a local place the index lacks (a junction, a
quarter, a wadi) than a town abroad the story mentions once: it is treated as the index's
unknown places are (``unknown.stray_places``: at the nearest named place).

A capital, a city of 100,000+ people, a country or a hand-table row is kept wherever it
lies («لندن» in a sports story about Riyadh), and so is a place of a country the article
names by another place or by name.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from .index import PlaceEntry, distance_km
from .listmates import LIST_CITY, Ends, list_neighbours
from .mentions import Match
from .resolve import TOWN, Context, unambiguous_country

__all__ = ["FAR_KM", "FOREIGN_TOWN", "far_foreign", "list_stranger", "sentence_stranger"]

#: a town this big abroad is named for itself (Nazareth has 77,000 people, Mafraq 57,000)
FOREIGN_TOWN = 100_000
#: ... and "far" is farther than this from every place of the article's own countries
#: (Abha is 200 km from Saada; Amman 1,800 km from Aden)
FAR_KM = 800.0


def _small_town(c: PlaceEntry) -> bool:
    return (c.source != "hand" and c.precision in ("city", "village", "site")
            and c.population < FOREIGN_TOWN)


def _home_points(chosen: Iterable[Match], home: set[str]) -> list[tuple[float, float]]:
    """Points of the places that lie, unambiguously, in the article's own countries."""
    out = []
    for m in chosen:
        cc = unambiguous_country(m)
        if cc in home:
            out += [(c.lat, c.lon) for c in m.candidates if c.country == cc and c.precision != "country"]
    return out


def _home_town_beside(m: Match, others: list[Match], home: set[str], sents: list[int]) -> bool:
    """A place of the article's own countries, not a country, named in ``m``'s sentence."""
    sent = sents[m.tok_start]
    return any(sents[x.tok_start] == sent and unambiguous_country(x) in home
               and any(c.precision != "country" for c in x.candidates) for x in others)


def far_foreign(m: Match, chosen: list[Match], ctx: Context, own: int, sents: list[int]) -> bool:
    """``m`` is a small foreign town far from the story (module docstring); ``own`` counts
    the article's mentions of ``m``'s name (they count its country in ``ctx``); ``sents``
    gives each token's sentence."""
    if m.direction is not None or "capital" in m.notes or not m.candidates:
        return False
    if not all(_small_town(c) and c.country for c in m.candidates):
        return False
    cs = {c.country for c in m.candidates if c.country}
    home = {cc for cc, v in ctx.countries.items() if v > 0 and cc not in cs}
    if not home or any(ctx.countries.get(cc, 0) - own > 0 for cc in cs):
        return False
    others = [x for x in chosen if x is not m and x.key != m.key]
    # «معسكر الليث» in a Saudi sports story that names Riyadh but not Saudi Arabia: another
    # town of the name's country (10,000+ people, or a hand row) makes it no stranger
    if any(c.country in cs and (c.population >= TOWN or c.source == "hand" or c.precision == "country")
           for x in others for c in x.candidates):
        return False
    # «حوار الصخيرات» (Skhirat, Morocco) in a story on Libya: a town abroad named in a
    # sentence with no place of the story's countries is the venue it says it is; a local
    # feature is named among local places («شمال شرق المدينة ومفرق الذكر وأمان»)
    if not _home_town_beside(m, others, home, sents):
        return False
    points = _home_points(others, home)
    return bool(points) and all(
        distance_km(c.lat, c.lon, la, lo) > FAR_KM for c in m.candidates for la, lo in points)


def sentence_stranger(m: Match, chosen: list[Match], sents: list[int], local: bool) -> bool:
    """«أحكمت المقاومة في محافظة عدن سيطرتها على منطقة «المعاشيق»»: a name after a local cue
    (``local``: «منطقة»، «قرية»، «حي») whose every namesake is a hamlet (< 10,000 people) 800+
    km from every place its sentence names in other countries is a local place of that
    sentence, even when the article names the hamlet's country elsewhere (a Syrian hamlet
    in a story on Aden that mentions Syria once)."""
    if not local or m.direction is not None or not m.candidates:
        return False
    if not all(c.source != "hand" and c.precision in ("village", "site") and c.population < TOWN
               and c.country for c in m.candidates):
        return False
    cs = {c.country for c in m.candidates}
    sent = sents[m.tok_start]
    named = [(x, unambiguous_country(x)) for x in chosen
             if x is not m and x.key != m.key and sents[x.tok_start] == sent]
    if any(cc in cs for _, cc in named):
        return False  # «منطقة الدمنة والحوبان»: a hamlet beside places of its own country
    beside = [x for x, cc in named if cc is not None]
    points = [(c.lat, c.lon) for x in beside for c in x.candidates
              if c.country == unambiguous_country(x) and c.precision != "country"]
    return bool(points) and all(
        distance_km(c.lat, c.lon, la, lo) > FAR_KM for c in m.candidates for la, lo in points)


def list_stranger(m: Match, chosen: list[Match], ctx: Context, own: int, toks: Sequence[Any],
                  folded: Sequence[str], at: Ends | None = None) -> bool:
    """«خور مكسر، والمعلا، والمنصورة، والبريقة» (the districts of Aden), «ولاية المهدية : الجم
    و بومرداس و السواسي» (delegations of Mahdia): a list names places of one kind and one
    country. An item whose list neighbours lie in one country, the one the article names
    most, while no namesake of the item lies there, is a local place the index lacks (Al
    Mansura of Aden, not Mansoura in Egypt; Boumerdes of Mahdia, not the Algerian town), put
    at the nearest named place, unless it is a country, a capital, a hand row, a city of a
    million (``LIST_CITY``), or of a country the article names otherwise («برلين ونيس»:
    Berlin does not make Nice a German place; «السعودية، القاهرة، أبو ظبي والمنامة»: the
    neighbours lie in several countries). ``at``: ``listmates.match_ends(chosen)``, passed by
    a caller asking for every name (built for each name, the maps took 1.2 ms a call on
    ordinary articles: qa-17a)."""
    if m.direction is not None or "capital" in m.notes or not m.candidates or not ctx.countries:
        return False
    if any(c.source == "hand" or c.precision in ("country", "admin", "region") or not c.country
           or c.source.endswith("+capital") or c.population >= LIST_CITY for c in m.candidates):
        return False
    cs = {c.country for c in m.candidates if c.country}
    if any(ctx.countries.get(cc, 0) - own > 0 for cc in cs):
        return False
    beside = {unambiguous_country(x) for x in list_neighbours(m, chosen, toks, folded, at)}
    if len(beside) != 1:
        return False
    home = next(iter(beside))
    main = max(ctx.countries.items(), key=lambda kv: kv[1])[0]
    return home is not None and home == main and home not in cs
