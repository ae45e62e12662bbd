"""Places the index does not know: put near the places the article does name.

An unknown named place in a news story is, far more often than not, a small place (a
village, a district, a market) of the city or region the story is about. Two sources:

1. LOC entities of the tagger that no gazetteer name overlaps («بورو ماركت»);
2. an unknown name right after a village, quarter, building, district or camp cue («قرية
   الطيوري»، «حي سلطان بيلي»، «مسرح باتاكلان»، «محافظة الداير»، «معسكر الصباحة»، «منطقة
   شقرة»):
   up to two words, stopping at a function word, a compass word or a non-Arabic token
   (:mod:`khabar.places.cued_names`).

Before both, the quarters and sites of a city the article names, from the hand table of
:mod:`khabar.places.quarters` («بالقرجاني»، «المدينة الخضراء وجعولة»), each at its own point.

Each gets one record (at its first mention) at the point of the nearest non-country place
record in its sentence, else before it, else after it, precision ``village`` after «قرية»/«بلدة», ``site``
otherwise; with no such place, an entity gets the article's main country (precision
``country``) and a cued name nothing.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from ..document import Doc
from ..normalize import fold
from ..schema import Place, PlacePrecision, Span
from .cued_names import FRONT, NAME_FIRST, cue_precision, cued_names
from .index import PlaceEntry, gazetteer
from .lexicon import (
    GENERIC_NOUNS,
    PLACE_CUES,
    QUOTES,
    REGION_NOUNS,
    THE_COUNTRY,
    fold_all,
)
from .listed import listed_places
from .local import contained_names, described_sites
from .mentions import Match
from .near import Mention, placed_at
from .near import anchor as _anchor
from .near import sentence_of as _sentence
from .quarters import quarter_places, quarters
from .span_index import SpanIndex

__all__ = ["described_sites", "listed_places", "stray_places", "unknown_places"]

# Words before an unknown LOC entity that make it read as a place («في بورو ماركت»، «قرب
# مركا»): a tagged word after none of these (or a place cue) is more often a tagging error.
_BEFORE = fold_all("في إلى الى من قرب بالقرب نحو داخل عبر حتى باتجاه شمال جنوب شرق غرب وسط") | PLACE_CUES
#: «إلى الجنوب»، «نحو الشمال والوسط»: a direction noun the tagger marks LOC is a bare
#: direction, no place (docs/annotation.md, places rule 7; places-18e)
_BARE_DIRECTIONS = frozenset(REGION_NOUNS) | fold_all("الوسط")


def _not_a_name(text: str) -> bool:
    """Tagger errors the fallback must not place: adverbs in -يًا («بلاستيكيًا»، «وثائقيا»),
    definite plurals («المترجلين») and bare directions («الجنوب»)."""
    w = fold(text)
    if w in THE_COUNTRY:
        return True  # «بالمملكة»: the article's country, no place (docs/annotation.md)
    if w in PLACE_CUES or all(x in GENERIC_NOUNS or x[1:] in GENERIC_NOUNS for x in w.split(" ")):
        return True  # «المدينة»، «مدينة»، «البحر والبر والجو»: common nouns
    if all(x in _BARE_DIRECTIONS or x[1:] in _BARE_DIRECTIONS for x in w.split(" ")):
        return True  # «الجنوب»، «والشمال»، «الشمال والوسط»: bare directions
    if " " in w:
        return False
    if w.startswith(("بال", "وبال")):
        return True  # «بالحجارة» (with stones): a preposition and a common noun
    w = "ال" + w[2:] if w.startswith("لل") else w  # «للبنين» (for boys)
    # «منطقة جبلية»: an indefinite nisba adjective (-ية) describes, it does not name
    return w.endswith("يا") or (w.startswith("ال") and (w.endswith("ين") or w.endswith("ون"))) or (
        not w.startswith("ال") and w.endswith("يه") and len(w) > 4)


def _after_place_word(doc: Doc, folded: list[str], start: int) -> bool:
    """Is the text at ``start`` preceded by a preposition or a place cue («في»، «قرية»),
    or does its word carry ب/ل («بمركا»)?"""
    toks = doc.tokens
    i = next((t.i for t in toks if t.start <= start < t.end), None)
    if i is None:
        return False
    if toks[i].start < start or folded[i][0] in "بل":
        return True  # a proclitic stands before the span
    if i == 0 or toks[i - 1].sent != toks[i].sent:
        return False
    w = folded[i - 1]
    return w in _BEFORE or (len(w) > 3 and w[0] in "وفبل" and w[1:] in _BEFORE)


def _tagged_places(doc: Doc, raw: list[Match], records: list[Mention], folded: list[str],
                   follow: AbstractSet[int], refs: AbstractSet[tuple[int, int]]) -> list[Place]:
    """Source 1: LOC entities that no gazetteer name overlaps, after a place word."""
    out: list[Place] = []
    nz = doc.normalized
    spans = SpanIndex([(m.nstart, m.nend, None) for m in raw])  # (not every name per mention: qa-16a)
    for e in doc.entities:
        if e.type != "LOC":
            continue
        mentions = sorted(e.mentions or [e], key=lambda sp: sp.start)
        if any(spans.overlapping(nz.from_original(sp.start), nz.from_original(sp.end)) for sp in mentions):
            continue  # the gazetteer saw it (and kept or rejected it)
        sp = mentions[0]
        if not _after_place_word(doc, folded, sp.start) or _not_a_name(sp.text):
            continue
        anchor = _anchor(records, sp.start, sp.end, _sentence(doc, sp.start), follow, refs)
        if anchor is None:
            continue
        known = _index_place(sp.text)
        if known is not None:
            # «وكسنغافورة»، «كمصر»، «كإيرلندا»: the index knows the country, read through a
            # ك the gazetteer's matcher does not strip (``mentions.first_token_variants``):
            # its place, not the borrowed point of one the index lacks (places-18d, 19c)
            out.append(Place(id="", text=sp.text, start=sp.start, end=sp.end, entity=e.id,
                             lat=known.lat, lon=known.lon, country=known.country,
                             name_en=known.name_en or None,
                             precision="country"))
            continue
        out.append(placed_at(sp, anchor, "site", entity=e.id))
    return out


def _index_place(text: str) -> PlaceEntry | None:
    """The index's country for a tagged name that is a country's key of the index («كقطر»،
    «كإيرلندا»); None for any other key. Only countries: a capital's or a city's key read
    through a ك was as often a person or a place the index lacks («وقالت كاسلو»، «نيال كوين»،
    «واثنين في كاتو» of Burundi put at Itō; places-19c's samples)."""
    return next((c for c in gazetteer().get(fold(text)) if c.country and c.precision == "country"), None)


def unknown_places(doc: Doc, raw: list[Match], chosen: list[Match], records: list[Mention],
                   folded: list[str], follow: AbstractSet[int] = frozenset(),
                   refs: AbstractSet[tuple[int, int]] = frozenset()) -> list[Place]:
    """Records for the unknown places of the module docstring (ids left empty)."""
    # a cued name may be a gazetteer name rejected as a common word («حي سلطان بيلي»)
    covered_toks = {t for m in chosen for t in range(m.tok_start, m.tok_end)}
    # «بالقرجاني»، «البساتين وجعولة»: a quarter of a city the article names (``quarters``)
    out = quarter_places(doc, folded, records, covered_toks)
    out += [p for p in _tagged_places(doc, raw, records, folded, follow, refs)
            if not any(q.start < p.end and p.start < q.end for q in out)]
    # «القفر» tagged LOC, then «مديرية القفر» again later: one place, one record
    seen_text: set[str] = {fold(p.text) for p in out}
    taken = [(p.start, p.end) for p in out]
    # a front inside an organisation's name («جبهة فتح الشام») is no place
    others = [(sp.start, sp.end) for e in doc.entities if e.type in ("ORG", "PER")
              for sp in (e.mentions or [e])]
    for first, end, cue, plen in cued_names(doc, covered_toks, folded):
        span = doc.span_from_norm(doc.tokens[first].nstart + plen, doc.tokens[end - 1].nend)
        key = " ".join(folded[first:end])[plen:]
        if key in seen_text or any(s < span.end and span.start < e for s, e in taken) or (
                cue == FRONT and any(s < span.end and span.start < e for s, e in others)):
            continue
        anchor = _anchor(records, span.start, span.end, _sentence(doc, span.start), follow, refs)
        precision = cue_precision(cue)
        known = _namesakes(raw, records, folded, first, end, precision, anchor)
        if anchor is None and not known:
            continue
        seen_text.add(key)
        full = _with_cue(doc, folded, first, end, cue, plen, span)
        if known:
            best = max(known, key=lambda c: (c.precision == precision, c.population))
            out.append(Place(id="", text=full.text, start=full.start, end=full.end,
                             lat=best.lat, lon=best.lon, country=best.country,
                             name_en=best.name_en or None, precision=precision))
            continue
        assert anchor is not None
        out.append(placed_at(full, anchor, precision))
    return out + contained_names(doc, folded, chosen, records + [(p.start, p.end, p) for p in out])


def _namesakes(raw: list[Match], records: list[Mention], folded: list[str], first: int, end: int,
               precision: PlacePrecision, anchor: Place | None) -> list[PlaceEntry]:
    """The index's places a cued unknown name (tokens ``first``..``end``) may still be.

    A gazetteer name the earlier stages set aside (inside an organisation's name, or a
    common word) is still best placed by the gazetteer when a cue names it a place:
    «شرطة محافظة الأنبار» is Anbar, not the nearest other place of the article.
    («منطقة بئر قصب»: a name inside a construct name is another place, not this one)"""
    known = [c for m in raw if m.tok_start < end and first < m.tok_end
             and not (m.tok_start > first and folded[first] in NAME_FIRST) for c in m.candidates]
    if anchor is None:
        # nothing named before or around it: a gazetteer namesake only in a country the
        # article names («قرية تين الكوم» is no Iranian «الكوم»)
        named = {r[2].country for r in records}
        return [c for c in known if c.country in named]
    # A homonym abroad is not it («منطقة شقرة» near Zinjibar is not Syria's Shaqrah),
    # but a governorate named after «محافظة» is that governorate wherever the nearest
    # other place is (the nearest may be a misreading: «ومدنين» → Medenine).
    known = [c for c in known if c.country == anchor.country
             or (precision == "admin" and c.precision == "admin")]
    # «لمحافظة الطوال»: a cued key of the index abroad, its bare name at home
    return known or [h for m in raw if m.tok_start < end and first < m.tok_end
                     for h in [_home_bare_name(m.key, anchor.country)] if h is not None]


def _with_cue(doc: Doc, folded: list[str], first: int, end: int, cue: str, plen: int,
              name: Span) -> Span:
    """The span of a cued name with its cue («قرية الطيوري»; the cue's proclitic left out),
    or the name alone after quotation marks or as a dual's second name («مديرية «كتف»»,
    «وجزل»)."""
    if folded[first - 1] in QUOTES or plen:
        return name
    cue_tok = doc.tokens[first - 1]
    return doc.span_from_norm(cue_tok.nstart + (1 if folded[first - 1] != cue else 0),
                              doc.tokens[end - 1].nend)


def stray_places(doc: Doc, strays: list[Match], records: list[Mention],
                 follow: AbstractSet[int] = frozenset(),
                 refs: AbstractSet[tuple[int, int]] = frozenset()) -> list[Place]:
    """Records for gazetteer names read as unknown local places (a foreign hamlet's name in
    a story about another country, stage 4c of ``khabar.places``): one per name, at the
    nearest place named around it, precision ``village``; none without such a place."""
    out: list[Place] = []
    seen: set[str] = set()
    for m in sorted(strays, key=lambda m: m.nstart):
        if m.key in seen:
            continue
        span = doc.span_from_norm(m.nstart, m.nend)
        anchor = _anchor(records, span.start, span.end, _sentence(doc, span.start), follow, refs)
        if anchor is None:
            continue
        seen.add(m.key)
        q = quarters().get(m.key)
        if q is not None and q.country == anchor.country:
            # «بالعوينة» (a Syrian hamlet in the index) in a story about Tunis: the quarter
            q_place = quarter_places(doc, [fold(t.norm) for t in doc.tokens], records,
                                     {t.i for t in doc.tokens if not m.tok_start <= t.i < m.tok_end})
            if q_place:
                out.append(q_place[0].model_copy(update={"entity": m.entity}))
                continue
        home = _home_bare_name(m.key, anchor.country)
        if home is not None:
            # «قرية الخوجرة التابعة لمحافظة الطوال»: the index's «محافظة الطوال» is Syria's
            # alone, its bare «الطوال» a place of the story's country: that place
            out.append(Place(id="", text=span.text, start=span.start, end=span.end,
                             entity=m.entity, name_en=home.name_en or None, lat=home.lat,
                             lon=home.lon, country=home.country, precision="admin"))
            continue
        out.append(placed_at(span, anchor, "village", entity=m.entity))
    return out


def _home_bare_name(key: str, country: str | None) -> PlaceEntry | None:
    """The biggest place of ``country`` named by ``key`` without its cue word («محافظة
    الطوال» -> «الطوال»), when the key starts with a place cue; else None."""
    cue, _, bare = key.partition(" ")
    if cue not in PLACE_CUES or not bare or country is None:
        return None
    home = [c for c in gazetteer().get(bare) if c.country == country and c.precision != "country"]
    return max(home, key=lambda c: c.population) if home else None
