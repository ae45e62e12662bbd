"""Quarters and sites of a city the article names, read from a hand table (stage 6 of
``khabar.places``, before the cued unknown names).

«القرجاني»، «بالعوينة»، «بالبحيرة» (Tunis), «البساتين وجعولة وبئر فضل»، «المدينة الخضراء» (Aden),
«الحصبة» (Sanaa), «حوض الأشرف» (Taiz): war and security news name the quarters of the city they
are about bare, with no cue, and no gazetteer has them (Who's On First covers Syria and Iraq,
GeoNames' ``cities500`` towns). ``data/places/quarters.tsv`` lists them with their points. A
name of the table is a place when

1. no place record covers it (a name the index reads is the index's);
2. the article names the quarter's city: a place record that is not a country lies within
   ``CITY_KM`` of the row («القصبة» in a story about Sousse alone is Sousse's kasbah, not
   Tunis's); or (session 10, places-10a) the story comes from an outlet of the row's country
   (Jawhara FM: «بالقرجاني»، «بالعوينة»، «بقصر الحكومة بالقصبة» in Tunisian news that never
   names Tunis), no town of that country is written right after the name («حي المنار بمدينة
   القصرين» is Kasserine's), and the article names no other city of the table (Sousse has its
   own «العوينة» and «باب الجديد»);
3. and, for a name that is also an ordinary word (the table's ``word`` column: «البحيرة» the
   lake, «العمران», «البساتين»), a locative stands before it: ب/ل on the word, or «في/من/إلى/
   قرب...» or a place cue before it («حي العمران»).

Each name gives one record, at its first mention, at the row's point, with the row's
precision and English name; after a site's kind word («بساحة القصبة»، «قصر «المعاشيق»») the
record is that site's, its kind word in the span as ``khabar.places.sites`` writes it.
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from dataclasses import dataclass
from functools import lru_cache

from ..document import Doc
from ..normalize import fold
from ..schema import Place, PlacePrecision
from .datafiles import data_rows
from .home import outlet_country
from .index import distance_km
from .lexicon import PLACE_CUES, QUOTES, fold_all
from .near import Mention
from .sites import BUILDING_CUES

__all__ = ["CITY_KM", "Quarter", "quarter_places", "quarters"]

#: How near a place record of the article must lie for a row to be read (Tunis's suburbs lie
#: within 15 km of its point, Al-Fayush 17 km from Lahij's seat)
CITY_KM = 30.0
#: A town starting this many characters after a name is where it lies («حي المنار بمدينة
#: القصرين»; ``near._CONTAINER_CHARS``)
_TOWN_AFTER = 15
#: Words before a name that say "at/in/to" a place (the name's own ب/ل counts too)
_LOCATIVE = fold_all("في من إلى الى قرب نحو داخل حتى باتجاه عند بين أحياء احياء مناطق منطقة جهة")
#: Closing quotation marks after a quoted site name
_CLOSING = frozenset("»”)\"")
#: Proclitics a name may carry: و/ف (and), ب/ل (at, to); «للبحيرة» is ل + «البحيرة»
_PROCLITICS = ("وب", "فب", "ول", "فل", "و", "ف", "ب", "ل")


@dataclass(frozen=True, slots=True)
class Quarter:
    """One row of ``data/places/quarters.tsv``."""

    name_en: str
    city: str
    country: str
    lat: float
    lon: float
    precision: PlacePrecision
    word: bool


@lru_cache(maxsize=1)
def quarters() -> dict[str, Quarter]:
    """The table, by folded Arabic name (loaded once per process)."""
    out: dict[str, Quarter] = {}
    for name, name_en, city, country, lat, lon, precision, word in data_rows("quarters.tsv"):
        out[fold(name)] = Quarter(name_en, city, country, float(lat), float(lon),
                                  precision, word == "1")  # type: ignore[arg-type]
    return out


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """The first word of every name of the table."""
    return frozenset(key.split(" ")[0] for key in quarters())


@lru_cache(maxsize=65536)
def _may_start(w: str) -> bool:
    """Can the folded word ``w`` start a name of the table (one of its readings is a first
    word)? The step reads every token of the article: most are skipped by this one lookup."""
    firsts = _first_words()
    return any(stem in firsts for _, stem in _readings(w))


@lru_cache(maxsize=65536)
def _readings(w: str) -> tuple[tuple[int, str], ...]:
    """``(proclitic length, stem)`` readings of a folded word («بالعوينة» -> (1, «العوينة»))."""
    out = [(0, w)]
    for p in _PROCLITICS:
        if w.startswith(p) and len(w) - len(p) > 2:
            stem = w[len(p):]
            out.append((len(p), "ال" + stem[1:] if p.endswith("ل") and stem.startswith("ل") else stem))
    return tuple(out)


def _city_named(q: Quarter, records: Sequence[Mention]) -> bool:
    return any(r.country == q.country and (r.precision != "country" or not q.word) and r.lat is not None
               and r.lon is not None and distance_km(q.lat, q.lon, r.lat, r.lon) <= CITY_KM
               for _, _, r in records)


def _at_home(q: Quarter, home: str | None, records: Sequence[Mention], end: int) -> bool:
    """Is a row read in an article that does not name its city (the name ending at character
    ``end``)? Only in the news of an outlet of the row's country (``home.outlet_country``:
    Jawhara FM, Tunisia), when no town of that country is written right after the name (its
    own town: «حي المنار بمدينة القصرين») and the article names no other city of the table:
    Sousse has its own «باب الجديد» and «العوينة» («حي العوينة وحي المطار بسوسة»)."""
    if q.country != home:
        return False
    if any(r.country == q.country and r.precision != "country" and 0 <= s - end <= _TOWN_AFTER
           for s, _, r in records):
        return False
    return not any(r.country == q.country and r.precision != "country" and r.lat is not None
                   and r.lon is not None and distance_km(o.lat, o.lon, r.lat, r.lon) <= CITY_KM
                   for _, _, r in records for o in _cities().get(q.country, ()) if o.city != q.city)


@lru_cache(maxsize=1)
def _cities() -> dict[str, tuple[Quarter, ...]]:
    """The table's rows by country."""
    out: dict[str, list[Quarter]] = {}
    for q in quarters().values():
        out.setdefault(q.country, []).append(q)
    return {cc: tuple(rows) for cc, rows in out.items()}


def _kind_word(folded: Sequence[str], i: int) -> tuple[int, int] | None:
    """``(token, proclitic length)`` of the building or open-air site's kind word right
    before token ``i`` («قصر «المعاشيق»»، «بساحة القصبة»), a quotation mark between; else None.
    The site's span holds its kind word, as ``khabar.places.sites`` writes it."""
    j = i - 1
    if j >= 0 and folded[j] in QUOTES:
        j -= 1
    w = folded[j] if j >= 0 else ""
    if w in BUILDING_CUES:
        return j, 0
    if len(w) > 3 and w[0] in "وفبل" and w[1:] in BUILDING_CUES:
        return j, 1
    return None


def _after_locative(folded: Sequence[str], toks: Sequence, i: int, plen_word: str) -> bool:
    """Is token ``i`` read as a place by what stands before it (its ب/ل proclitic, a
    locative preposition or a place cue, a quotation mark between)?"""
    if plen_word.lstrip("وف").startswith(("ب", "ل")):
        return True
    j = i - 1
    if j >= 0 and folded[j] in QUOTES:
        j -= 1
    if j < 0 or toks[j].sent != toks[i].sent:
        return False
    w = folded[j]
    bare = w[1:] if len(w) > 3 and w[0] in "وفبل" else w
    return w in _LOCATIVE or bare in _LOCATIVE or bare in PLACE_CUES


def quarter_places(doc: Doc, folded: list[str], records: Sequence[Mention],
                   covered: Set[int]) -> list[Place]:
    """Records (ids left empty) for the table's names the module docstring accepts;
    ``covered``: tokens of names the index read (kept or set aside)."""
    table = quarters()
    toks = doc.tokens
    home = outlet_country(doc.article.outlet)
    out: list[Place] = []
    seen: set[str] = set()
    taken = [(s, e) for s, e, _ in records]
    for i in range(len(toks)):
        if not _may_start(folded[i]) or i in covered or not toks[i].is_arabic:
            continue  # no name of the table starts here
        for n in (2, 1):
            if i + n > len(toks) or any(k in covered or toks[k].sent != toks[i].sent for k in range(i, i + n)):
                continue
            hit = next(((plen, key) for plen, stem in _readings(folded[i])
                        for key in [" ".join([stem, *folded[i + 1:i + n]])] if key in table), None)
            if hit is None:
                continue
            plen, key = hit
            q = table[key]
            if key in seen or not (_city_named(q, records) or _at_home(q, home, records, toks[i + n - 1].end)):
                break
            kind = _kind_word(folded, i)
            if q.word and kind is None and not _after_locative(folded, toks, i, folded[i][:plen]):
                break
            first, plen = (i, plen) if kind is None else kind
            end = i + n
            if kind is not None and first < i - 1 and end < len(toks) and toks[end].norm in _CLOSING:
                end += 1  # «قصر «المعاشيق»»: the closing quotation mark too
            span = doc.span_from_norm(toks[first].nstart + plen, toks[end - 1].nend)
            if any(s < span.end and span.start < e for s, e in taken):
                break
            seen.add(key)
            taken.append((span.start, span.end))  # «ساحة قصر المعاشيق»: «المعاشيق» is in it
            out.append(Place(id="", text=span.text, start=span.start, end=span.end, lat=q.lat,
                             lon=q.lon, country=q.country, precision=q.precision, name_en=q.name_en))
            break
    return out
