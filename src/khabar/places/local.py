"""Records for small named places read by their phrase, not by the index: named buildings
(``khabar.places.sites``: «مطار الملك عبدالعزيز الدولي بجدة»), Saudi centres held by a named
unit (``khabar.places.centres``: «مركز حلي التابع لمحافظة القنفذة») and names located by a
compass phrase (``khabar.places.compass``: «في تل معاز شرقي قرية شقا»). Each is put at the place
written right after it, else near the places named (``khabar.places.near``).
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from ..document import Doc
from ..normalize import fold
from ..schema import Place
from .centres import centre_names
from .compass import compass_names
from .index import gazetteer
from .lexicon import THE_COUNTRY
from .near import Mention, anchor, sentence_of
from .sites import BUILDING_CUES, named_sites

__all__ = ["local_places"]


def local_places(doc: Doc, folded: list[str], records: list[Mention],
                 refs: AbstractSet[tuple[int, int]] = frozenset()) -> list[Place]:
    """Records (ids left empty) for the named buildings, then the compass-located names,
    of the module docstring; ``records`` are the mentions placed already."""
    out = _buildings(doc, folded, records, refs)
    out += _centres(doc, folded, records + [(r.start, r.end, r) for r in out], refs)
    return out + _compass_places(doc, folded, records + [(r.start, r.end, r) for r in out])


def _centres(doc: Doc, folded: list[str], records: list[Mention],
             refs: AbstractSet[tuple[int, int]]) -> list[Place]:
    """Saudi centres held by a named unit («بمركز المسيال بقطاع ظهران الجنوب»;
    ``khabar.places.centres``): a village at the holding unit's place (the first place
    named within 30 characters of the holding phrase), else near the places named."""
    toks = doc.tokens
    covered = {t.i for t in toks for s, e, _ in records if t.start < e and s < t.end}
    out: list[Place] = []
    seen: set[str] = set()
    for i, end, holder in centre_names(toks, folded, covered):
        plen = 0 if folded[i] == "مركز" else 1  # «بمركز»: the span leaves ب out
        span = doc.span_from_norm(toks[i].nstart + plen, toks[end - 1].nend)
        key = " ".join(folded[i + 1:end])
        if key in seen:
            continue
        sent = sentence_of(doc, span.start)
        held = [m for m in records if m[2].lat is not None and m[2].precision != "country"
                and 0 <= m[0] - toks[holder].start <= 30 and m[0] < sent[1]]
        at = min(held, key=lambda m: m[0])[2] if held else anchor(records, span.start, span.end, sent,
                                                                 refs=refs)
        if at is None or at.lat is None:
            continue
        seen.add(key)
        out.append(Place(id="", text=span.text, start=span.start, end=span.end, lat=at.lat,
                         lon=at.lon, country=at.country, precision="village"))
    return out


def _country_wide(p: Place) -> bool:
    """A country, or a direction of one («شمال اليمن»، «جنوب البلاد»): too wide to locate a
    small place by."""
    if p.precision == "country":
        return True
    last = fold(p.text).split(" ")[-1]
    return p.precision == "region" and (
        last in THE_COUNTRY or any(c.precision == "country" for c in gazetteer().get(last)))


def _compass_places(doc: Doc, folded: list[str], records: list[Mention]) -> list[Place]:
    """Unknown names between a locative preposition and a compass phrase («في تل معاز
    شرقي قرية شقا»; ``khabar.places.compass``): a village at the point of the place that
    locates it (not a country: «شمال اليمن» is too wide); one record per name."""
    toks = doc.tokens
    covered: set[int] = set()
    starts: dict[int, int] = {}
    for n, (s, e, _) in enumerate(records):
        first = next((t.i for t in toks if t.end > s), None)
        if first is None:
            continue
        starts.setdefault(first, n)
        covered.update(t.i for t in toks[first:] if t.start < e)
    out: list[Place] = []
    seen: set[str] = set()
    for a, c, anchor_tok, plen in compass_names(toks, folded, covered, starts):
        at = records[starts[anchor_tok]][2]
        span = doc.span_from_norm(toks[a].nstart + plen, toks[c - 1].nend)
        key = fold(span.text)
        if key in seen or at.lat is None or _country_wide(at):
            continue
        seen.add(key)
        out.append(Place(id="", text=span.text, start=span.start, end=span.end, lat=at.lat,
                         lon=at.lon, country=at.country, precision="village"))
    return out


def _buildings(doc: Doc, folded: list[str], records: list[Mention],
               refs: AbstractSet[tuple[int, int]]) -> list[Place]:
    """Named buildings and landmarks («مطار الملك عبدالعزيز الدولي بجدة»، «قصر السلام»،
    «دوار المجسم»; ``khabar.places.sites``): a site at the place written right after the
    name (ب/في + a town or country: «مسجد الإمام الصادق في الكويت»), else at the nearest
    place named (``near.anchor``); one record per name; nothing with no place named."""
    toks = doc.tokens
    covered = {t.i for t in toks for s, e, _ in records if t.start < e and s < t.end}
    out: list[Place] = []
    seen: set[str] = set()
    for i, end, key in named_sites(toks, folded, covered):
        w = folded[i]
        plen = 1 if len(w) > 3 and w[0] in "وبلف" and w not in BUILDING_CUES else 0
        span = doc.span_from_norm(toks[i].nstart + plen, toks[end - 1].nend)
        if key in seen:
            continue
        after = [m for m in records if m[2].lat is not None and 0 <= m[0] - span.end <= 4
                 and doc.article.text[span.end:m[0]].strip() in ("", "ب", "في")]
        at = after[0][2] if after else anchor(records, span.start, span.end,
                                              sentence_of(doc, span.start), refs=refs)
        if at is None or at.lat is None:
            continue
        seen.add(key)
        out.append(Place(id="", text=span.text, start=span.start, end=span.end, lat=at.lat,
                         lon=at.lon, country=at.country, precision="site"))
    return out
