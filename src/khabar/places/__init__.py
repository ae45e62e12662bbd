"""The places step: every place an article names, geocoded offline.

Stages (each in its own module):

1. find every gazetteer name among the tokens, proclitics stripped (``mentions``);
2. link them to the tagger's LOC entities and drop names inside PER/ORG/MISC entities, and
   names that are words where they stand (``words``); read each name's cue word and the
   preposition before it (``cues``);
3. read compass words and «ريف» around them («شمال سوريا»، «ريف حلب الشمالي»; ``phrases``,
   ``directions``), and «شمال غربي البلاد» (the article's own country), «العاصمة السورية»
   (its capital; ``country_phrases``);
4. keep the names that are places (``resolve.accept``: countries, regions, big cities, and
   smaller places of the countries the article is about) and choose each one's place
   (``resolve.best_candidate``: the article's countries, nearness to its other places,
   population, cue words, place type);
5. one record per distinct place, at its first mention (the gold corpus's convention:
   docs/annotation.md), ids ``p1, p2...`` in text order (``records``);
6. places the index does not know, named by the tagger (LOC) or after a cue («قرية
   الطيوري»، «حي سلطان بيلي»), put at the nearest place named before them (``unknown``).

Where a place lies with respect to the others (directions from «المحافظة»/«المدينة», «X
بمحافظة Y», seats, elided directions) is read by ``anchors``.

:func:`to_geojson` turns place records into a GeoJSON FeatureCollection.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from ..document import Doc
from ..normalize import fold
from ..options import Options
from ..schema import Place
from .adjectives import drop_nisba_adjectives
from .anchors import (
    CONTAINED_KM,
    _anaphoric_directions,
    _contained,
    _near_its_seat,
    _span_outside_organisations,
)
from .capital import capital_mentions
from .country_phrases import add_phrases, main_country
from .counts import drop_counted_nationals
from .cues import read_cues, seat_spans
from .directions import read_directions
from .foreign import far_foreign, list_stranger, sentence_stranger
from .home import anchor_at_home, home_countries
from .index import Gazetteer, PlaceEntry, distance_km, gazetteer
from .inside_names import REPEAT, drop_non_places
from .lexicon import (
    ADJECTIVES,
    COUNTRY_CUES,
    DIRECTIONS,
    PLACE_CUES,
    QUARTER_CUES,
    SITE_CUES,
    THE_COUNTRY,
    VILLAGE_CUES,
    fold_all,
)
from .listmates import list_namesakes, match_ends
from .lists import next_item, previous_end
from .mentions import Match, find_matches
from .named import drop_named
from .phrases import Direction
from .records import Records, add_record, area_idents
from .resolve import NEAR, Context, accept, best_candidate, unambiguous_country
from .seats import at_seats
from .services import drop_police_names
from .tagged_words import drop_ordinary_words
from .towns import town_picks
from .units import drop_security_units
from .unknown import described_sites, listed_places, stray_places, unknown_places
from .words import drop_words

__all__ = ["geocode", "step", "to_geojson"]

_THE_CITY = fold("المدينة")





def _small(c: PlaceEntry) -> bool:
    return c.source != "hand" and c.precision in ("village", "site") and c.population < 10_000


#: cues of a small local place (stage 4c)
_LOCAL_CUES = VILLAGE_CUES | QUARTER_CUES | frozenset({fold("منطقة")})
#: ... singular ones: «أحياء حائل» (plural + a town) are the town's quarters, not a
#: village named Hail
_LOCAL_CUE = fold_all("قرية بلدة مزرعة حي حارة منطقة")


def _split_strays(chosen: list[Match], ctx: Context, toks: list[Any],
                  folded: list[str]) -> tuple[list[Match], list[Match]]:
    """Matches whose candidates are all small villages (< 10,000 people) of countries that
    nothing else in the article names, in an article about other countries (stage 4c).

    "Nothing else" leaves out the other names of that shape (small villages, or names after a
    local cue): two Syrian hamlets read in the quarters and wells of a Saudi story («بحي
    الرابية ... في البريكة») do not name Syria for one another (session 19, places-19b)."""
    own: Counter[tuple[str, str]] = Counter()
    for m in chosen:
        cc = unambiguous_country(m)
        if cc:
            own[(m.key, cc)] += 1
    kept, strays = [], []
    sents = [t.sent for t in toks]
    ends = match_ends(chosen)  # (for list_stranger, once: chosen does not change here)
    shaped = [_stray_shape(m, toks, folded) for m in chosen]
    # each country's count in ``ctx`` made by names of a stray's shape, by name
    hamlets: Counter[tuple[str, str]] = Counter()
    for m, (shape, _) in zip(chosen, shaped, strict=True):
        cc = unambiguous_country(m)
        if shape and cc and REPEAT not in m.notes:
            hamlets[(m.key, cc)] += 1
    for m, (shape, local) in zip(chosen, shaped, strict=True):
        cs = {c.country for c in m.candidates if c.country}
        if (shape and cs
                and all(ctx.countries.get(cc, 0) - own[(m.key, cc)]
                        - sum(v for (k, c), v in hamlets.items() if c == cc and k != m.key) <= 0
                        for cc in cs)
                and any(v > 0 for cc, v in ctx.countries.items() if cc not in cs)):
            strays.append(m)
        elif "the_country" not in m.notes and (far_foreign(
                m, chosen, ctx, max((own[(m.key, cc)] for cc in cs), default=0), sents)
                or sentence_stranger(m, chosen, sents, local)
                or list_stranger(m, chosen, ctx, max((own[(m.key, cc)] for cc in cs), default=0), toks, folded,
                                 ends)):
            strays.append(m)
        else:
            kept.append(m)
    return kept, strays


def _stray_shape(m: Match, toks: list[Any], folded: list[str]) -> tuple[bool, bool]:
    """Is ``m`` shaped like a stray hamlet (no direction, not «the country» nor a capital, every
    candidate a small village, or a local cue before it), and is it after a local cue?"""
    # «منطقة الرباط» in a story about Lahij, «حي الحلة» in one about Sudair: after the cue
    # of an area, village or quarter, a name is a local place even when its namesake
    # is a big town abroad
    # (a plural cue only before a list: «أحياء العزيزية والدار البيضاء» are quarters,
    # «أحياء حائل» the town's)
    local = (m.cue in _LOCAL_CUE or (m.cue in _LOCAL_CUES and (
        next_item(toks, folded, m.tok_end) is not None
        or previous_end(toks, folded, m.tok_start, m.nstart) is not None))) \
        and not any(c.source == "hand" for c in m.candidates)
    shape = (m.direction is None and not {"the_country", "capital"} & set(m.notes) and bool(m.candidates)
             and (local or all(_small(c) for c in m.candidates)))
    return shape, local


def _accept_names(gaz: Gazetteer, toks: list[Any], folded: list[str],
                  matches: list[Match], home: list[str] | None = None) -> tuple[list[Match], Context]:
    """Stage 4a: the names that are places, and the article's countries they name
    (``home``: countries known before the names, ``home.home_countries``)."""
    # confident names first; they say which countries the article is about.
    ctx = Context()
    ctx.countries.update(home or [])
    accepted: dict[int, Match] = {}
    for i, m in enumerate(matches):
        if accept(m, gaz, None, _next_word(folded, m), _prev_word(toks, folded, m, gaz)):
            accepted[i] = m
    for m in accepted.values():
        cc = unambiguous_country(m)
        if cc and REPEAT not in m.notes:
            ctx.countries[cc] += 1
    _count_adjectives(folded, accepted, ctx)
    for i, m in enumerate(matches):
        if i not in accepted and accept(m, gaz, ctx, _next_word(folded, m), _prev_word(toks, folded, m, gaz)):
            accepted[i] = m
            cc = unambiguous_country(m)
            if cc and REPEAT not in m.notes:
                ctx.countries[cc] += 1
    _accept_list_mates(gaz, toks, folded, matches, accepted, ctx)
    return [matches[i] for i in sorted(accepted)], ctx


def _next_word(folded: list[str], m: Match) -> str | None:
    return folded[m.tok_end] if m.tok_end < len(folded) else None


#: what joins two adjectives of one noun besides a «و» on the second: «العربية أو السعودية»،
#: «الخليجية/ السعودية»، «الخليجية-السعودية» (SaudiNewsNet's vehicle-standards notices)
_ADJECTIVE_JOINERS = fold_all("او أو / -")


def _prev_word(toks: list[Any], folded: list[str], m: Match, gaz: Gazetteer) -> str | None:
    """The word before a name in its sentence, for ``accept``'s adjective test («الحكومة
    السعودية»). After a joiner («والسعودية»، «أو السعودية»، «/ السعودية») it is the word
    before the joiner when that word is itself a nisba adjective («وجهتي النظر المصرية
    والسعودية»، «اللوائح الفنية الخليجية والسعودية»: docs/annotation.md, demonym adjectives are
    not places), else None: «اليمن والسعودية»، «كوريا الجنوبية والسعودية» (a compass word of a
    name), «الإمارات العربية والسعودية» (after a country) are two countries."""
    i, here = m.tok_start - 1, toks[m.tok_start].sent
    joined = m.nstart != toks[m.tok_start].nstart and folded[m.tok_start].startswith("و")
    if not joined and i >= 0 and folded[i] in _ADJECTIVE_JOINERS:
        joined, i = True, i - 1
    if i < 0 or toks[i].sent != here:
        return None
    w = folded[i]
    if joined and not (
        w.startswith("ال") and w.endswith("يه") and len(w) > 5 and w not in DIRECTIONS and not gaz.get(w)
        and not (i > 0 and any(c.precision == "country" for c in gaz.get(folded[i - 1])))
    ):
        return None
    return w


def _count_adjectives(folded: list[str], accepted: dict[int, Match], ctx: Context) -> None:
    """«الحكومة اليمنية»، «القوات العراقية»: a country's adjective also says what the
    article is about (the Arab world and its neighbours only: «الأمريكية» is in every other
    article, and far countries' small towns are rarely the answer)."""
    covered = {t for m in accepted.values() for t in range(m.tok_start, m.tok_end)}
    for i, w in enumerate(folded):
        cc = ADJECTIVES.get(w) or (ADJECTIVES.get(w[1:]) if len(w) > 4 and w[0] in "وبل" else None)
        if cc and cc in NEAR and i not in covered:
            ctx.countries[cc] += 1


def _accept_list_mates(gaz: Gazetteer, toks: list[Any], folded: list[str], matches: list[Match],
                       accepted: dict[int, Match], ctx: Context) -> None:
    """«جبهات زنجبار وجعار»: a smaller name of the article's countries joined by و to a
    place just named (or before one) is a place of the same list."""
    ends = {m.tok_end: m for m in accepted.values()}
    begins = {m.tok_start: m for m in accepted.values()}
    for i, m in enumerate(matches):
        # a common word («تعز وحجة وصعدة») needs a town of 10,000+ people of a country the
        # article names at least twice
        if i in accepted or not any(
                c.country and ctx.countries.get(c.country, 0) > (1 if m.key in gaz.common else 0)
                and (m.key not in gaz.common or c.population >= 10_000) for c in m.candidates):
            continue
        k = previous_end(toks, folded, m.tok_start, m.nstart)
        joined_after = k is not None and k in ends
        item = next_item(toks, folded, m.tok_end)
        joined_before = item is not None and item[0] in begins
        if joined_after or joined_before:
            accepted[i] = m


def _local_namesakes(chosen: list[Match], picks: list[PlaceEntry], ctx: Context,
                     directions: list[tuple[Direction | None, int, int]]) -> None:
    """«منطقة الرباط» in a story about Lahij is the Yemeni village, not Rabat: after the cue
    of an area, village or quarter, a namesake in a country the article names elsewhere
    beats one in a country named only by this name (capital and size bonuses aside)."""
    own = Counter(c for m in chosen if (c := unambiguous_country(m)))
    for k, m in enumerate(chosen):
        if m.cue not in _LOCAL_CUES or directions[k][0] is not None:
            continue
        if ctx.countries.get(picks[k].country or "", 0) - own[picks[k].country or ""] > 0:
            continue
        named = [c for c in m.candidates if c.country != picks[k].country
                 and ctx.countries.get(c.country or "", 0) - own[c.country or ""] > 0]
        if not named:
            continue
        # the namesake near the article's other places; with none near, an unknown local
        # place at the nearest place named in the text (``_contained`` does the same)
        others = [(abs(n.tok_start - m.tok_start), picks[n_k]) for n_k, n in enumerate(chosen)
                  if n_k != k and picks[n_k].precision not in ("country", "region")
                  and picks[n_k].country in {c.country for c in named}]
        near = [c for c in named if any(distance_km(c.lat, c.lon, q.lat, q.lon) <= CONTAINED_KM
                for _, q in others)]
        if near:
            picks[k] = max(near, key=lambda c: c.population)
        elif others:
            q = min(others, key=lambda x: x[0])[1]
            picks[k] = PlaceEntry(f"in:{q.pid}:{m.key}", q.country, "village", q.lat, q.lon, 0, "", "local")


def _repeats_as_before(chosen: list[Match], picks: list[PlaceEntry]) -> None:
    """A repeat (``inside_names.REPEAT``: the same name of the same entity written again) names
    the place its earlier mention names, when that mention is a place too; ``picks`` is changed
    in place."""
    first: dict[tuple[str | None, str], PlaceEntry] = {}
    for k, m in enumerate(chosen):
        ident = (m.entity, m.key)
        if REPEAT in m.notes and ident in first:
            picks[k] = first[ident]
        else:
            first.setdefault(ident, picks[k])


def _choose(gaz: Gazetteer, chosen: list[Match], ctx: Context, toks: list[Any], folded: list[str],
            directions: list[tuple[Direction | None, int, int]]) -> list[PlaceEntry]:
    """Stage 4b: each name's place; twice, the second time near the first round's places."""
    picks = [best_candidate(m, ctx, i, gaz.known) for i, m in enumerate(chosen)]
    ctx.set_points([(p.lat, p.lon, i) for i, p in enumerate(picks)
                    if p.precision not in ("country", "region") and unambiguous_country(chosen[i])
                    and REPEAT not in chosen[i].notes])
    picks = [best_candidate(m, ctx, i, gaz.known) for i, m in enumerate(chosen)]
    _local_namesakes(chosen, picks, ctx, directions)
    list_namesakes(chosen, picks, toks, folded, directions)
    _repeats_as_before(chosen, picks)
    return [_near_its_seat(gaz, m, p) for m, p in zip(chosen, picks, strict=True)]



def geocode(doc: Doc, gaz: Gazetteer | None = None) -> list[Place]:
    """The article's place records (stages 1-6 of the module docstring)."""
    gaz = gaz or gazetteer()
    toks = doc.tokens
    folded = [fold(t.norm) for t in toks]
    raw, matches = _name_matches(doc, gaz, toks, folded)
    chosen, ctx = _accept_names(gaz, toks, folded, matches,
                                home_countries(doc.article.outlet, matches))
    chosen, taken = add_phrases(doc, gaz, folded, chosen, ctx)
    # Stage 4c: a hamlet of a country the article is not otherwise about («بني مالك» in a
    # story on Jazan is a Saudi village, not the Iraqi one of the index): an unknown local
    # place, put at the nearest named place like the ones the index lacks (``unknown``)
    chosen, strays = _split_strays(chosen, ctx, toks, folded)
    directions = read_directions(chosen, toks, folded, taken)
    picks = _choose(gaz, chosen, ctx, toks, folded, directions)
    _anaphoric_directions(doc, gaz, folded, taken, chosen, picks, directions, main_country(ctx))
    _contained(toks, folded, chosen, picks, directions)

    town_picks(chosen, picks, directions)
    out = Records()
    areas = area_idents(chosen, picks, directions)
    for i, (m, p, (d, nb, na)) in enumerate(zip(chosen, picks, directions, strict=True)):
        add_record(doc, gaz, toks, folded, out, m, p, d, nb, na, areas.get(i))
    _span_outside_organisations(doc, out.positions)
    records, positions = _beyond_the_index(doc, gaz, folded, raw, chosen, strays, out, ctx)
    return _kept_records(doc, chosen, records, positions, ctx)


def _name_matches(doc: Doc, gaz: Gazetteer, toks: list[Any], folded: list[str]) -> tuple[list[Match], list[Match]]:
    """Stages 1-2: every gazetteer name (``raw``) and those that may be places (``matches``:
    not a cue word, not inside a name, not a word where it stands, cues read)."""
    # a cue word that is also a name («ميناء» folds to «مينا», Minna) is the cue
    # «المدينة» alone is "the city" (the one just named), not Medina («المدينة المنورة»);
    # «البلاد» is "the country", not a Yemeni village
    # «لدولة اليمن»: a country cue is the cue, not Dhule (India)
    raw = [m for m in find_matches(doc, gaz, folded)
           if m.key not in PLACE_CUES and m.key not in SITE_CUES and m.key != _THE_CITY
           and m.key not in THE_COUNTRY and m.key not in COUNTRY_CUES]
    matches = drop_non_places(doc, gaz, toks, folded, raw)
    matches = drop_words(doc, toks, folded, matches)
    matches = drop_counted_nationals(toks, folded, matches)
    matches = drop_nisba_adjectives(gaz, toks, folded, matches)
    return raw, read_cues(gaz, toks, folded, matches)


def _beyond_the_index(doc: Doc, gaz: Gazetteer, folded: list[str], raw: list[Match], chosen: list[Match],
                      strays: list[Match], out: Records, ctx: Context
                      ) -> tuple[list[Place], list[tuple[int, int, Place]]]:
    """Stage 6: the records of the index's names (``out``) and the places it does not know
    (strays, unknown names, described sites, list items); and every mention that anchors."""
    records, positions, refs, city_dirs = out.records, out.positions, out.refs, out.city_dirs
    # «بجبهة المخدرة شمال غربي مأرب»: a direction from a town right after an unknown place
    # is its anchor (``unknown``; a region record is not one otherwise: «شمال سوريا»)
    # «حي الخضراء بالعاصمة»: a bare «العاصمة» anchors unknown places at the main country's
    # capital (``capital``; it is no record itself)
    positions = positions + capital_mentions(doc, gaz, folded, positions, main_country(ctx))
    records += stray_places(doc, strays, positions, city_dirs, refs)
    # (a stray put at a place of the story's country by its bare name anchors the unknown
    # places around it: «قرية الخوجرة التابعة لمحافظة الطوال»)
    placed = positions + [(r.start, r.end, r) for r in records if r.name_en is not None
                          and r.precision == "admin" and (r.start, r.end) not in {p[:2] for p in positions}]
    records += unknown_places(doc, raw, chosen + strays, placed, folded, city_dirs, refs)
    records += described_sites(doc, folded, positions + [(r.start, r.end, r) for r in records], refs)
    records += listed_places(doc, folded, positions + [(r.start, r.end, r) for r in records], refs)
    return records, positions


def _kept_records(doc: Doc, chosen: list[Match], records: list[Place], positions: list[tuple[int, int, Place]],
                  ctx: Context) -> list[Place]:
    """The records kept, anchored at home and at seats, in text order with their ids."""
    # «الخليج العربي»، «البحر الأحمر»، «الشرق الأوسط»: a sea or region of several countries
    # is no place record (docs/annotation.md gives each place one country code; the gold
    # tuning split leaves «الخليج العربي» out); its hand row still anchors nothing else
    records = [r for r in records if r.country is not None]
    records = drop_ordinary_words(drop_security_units(records))
    # «شرطة منطقة جازان»: the area of a police force's name is no place (``services``)
    records = drop_police_names(doc.article.text, records, positions)
    # «مؤتمر الرياض»، «وثيقة قرطاج»، «باريس سان جيرمان»: a place in the name of a conference,
    # a document, a cup or a foreign club is no place either (``named``)
    records = drop_named(doc.article.text, records, positions, doc.normalized.text)
    # «المحكمة الابتدائية بتونس»: the court's seat locates the court, not the story's places
    # (a hotel of Sousse named again later is no place of Tunis: ``cues.seat_spans``)
    seated = seat_spans(doc, chosen)
    anchor_at_home(doc, records, [x for x in positions + [(r.start, r.end, r) for r in records]
                                  if (x[0], x[1]) not in seated], main_country(ctx))
    # «وادي دوفس» beside «محافظة أبين»: an unknown place anchored on an area with a name of
    # its own lies at the area's seat, not its centre (``seats``)
    at_seats(records)
    records.sort(key=lambda r: (r.start, r.end))
    for n, r in enumerate(records):
        r.id = f"p{n + 1}"
    return records


def step(doc: Doc, options: Options) -> Doc:
    """The pipeline step: fills ``doc.places``."""
    doc.places = geocode(doc)
    return doc


def to_geojson(records: list[Place] | list[dict[str, Any]]) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of place records (those with coordinates); each
    feature's properties are the record without lat/lon."""
    features = []
    for r in records:
        d = r.model_dump() if isinstance(r, Place) else dict(r)
        lat, lon = d.pop("lat", None), d.pop("lon", None)
        if lat is None or lon is None:
            continue
        features.append({
            "type": "Feature",
            "id": d.get("id"),
            "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": d,
        })
    return {"type": "FeatureCollection", "features": features}

