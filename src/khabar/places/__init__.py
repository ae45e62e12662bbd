"""The places step: every place an article names, geocoded offline.

Stages (each in its own module):

1. find every gazetteer name among the tokens, proclitics stripped (``mentions``);
2. link them to the tagger's LOC entities and drop names inside PER/ORG/MISC entities, and
   names that are words where they stand (``words``);
3. read compass words and «ريف» around them («شمال سوريا»، «ريف حلب الشمالي»; ``phrases``),
   and «شمال غربي البلاد» (the article's own country), «العاصمة السورية» (its capital);
4. keep the names that are places (``resolve.accept``: countries, regions, big cities, and
   smaller places of the countries the article is about) and choose each one's place
   (``resolve.best_candidate``: the article's countries, nearness to its other places,
   population, cue words, place type);
5. one record per distinct place, at its first mention (the gold corpus's convention:
   docs/annotation.md), ids ``p1, p2...`` in text order;
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
from .anchors import (
    _LOCATIVE,
    _LOCATIVE_OR_TOWARD,
    _TOWARD,
    _TOWN_OR_ADMIN_CUES,
    CONTAINED_KM,
    _anaphoric_directions,
    _bare,
    _contained,
    _country_after,
    _elided_before_regions,
    _free_words,
    _hand_region,
    _near_its_seat,
    _span_outside_organisations,
    _strip_ok,
)
from .foreign import far_foreign, sentence_stranger
from .index import Gazetteer, PlaceEntry, distance_km, gazetteer
from .lexicon import (
    ADJECTIVES,
    ADMIN_CUES,
    ADMIN_SYSTEM,
    CAPITAL_CUES,
    CITY_CUES,
    COUNTRY_CUES,
    DIRECTIONS,
    NISBA,
    PLACE_CUES,
    QUARTER_CUES,
    QUOTES,
    REGION_NOUNS,
    SITE_CUES,
    THE_COUNTRY,
    VILLAGE_CUES,
    fold_all,
)
from .lists import LIST_CUES, next_item, previous_end
from .mentions import Match, find_matches
from .phrases import (
    Direction,
    compass_name,
    elided_directions,
    offset,
    read_direction,
)
from .regions import region_lists
from .resolve import NEAR, Context, accept, best_candidate, unambiguous_country
from .unknown import described_sites, listed_places, stray_places, unknown_places
from .words import drop_non_places, drop_words

__all__ = ["geocode", "step", "to_geojson"]

_THE_CITY = fold("المدينة")
_RIF = fold("ريف") + " "
#: «إلى الجنوب»: the article's country's south / north (not «الشرق»/«الغرب»: the East,
#: the West)
_SOUTH_NORTH = frozenset({fold("الجنوب"), fold("الشمال")})
#: «المحافظات الجنوبية»: a country's parts named by a compass adjective
_PARTS = frozenset(fold(w) for w in "المناطق المحافظات الأجزاء".split())
_PART_DIRECTIONS = frozenset(fold(w) for w in "الجنوبية الشمالية الشرقية الغربية".split())
#: «الأراضي اليمنية»: the country's territory
_LANDS = frozenset(fold(w) for w in "الأراضي أراضي".split())





#: admin cues that are common words too: «ناحية» (towards, a side), «قضاء» (a judiciary,
#: spending time), «نواحي» (around): with no candidate of their countries, the word
_ALSO_WORDS = fold_all("ناحية ناحيتي نواحي قضاء قضائي")
#: singular quarter cues: «أحياء حائل» (plural + a town) are the town's quarters
_QUARTER = fold_all("حي حارة")
_NOT_A_QUARTER = frozenset({"city", "admin", "country", "region"})


def _cue_fits(m: Match) -> bool:
    """Keep only the candidates a match's cue allows; False when none is left, so the name
    is read as a place the index lacks (``unknown``: put near the places around it).

    «مديرية همدان»: a cue of one country's admin system (``ADMIN_SYSTEM``) keeps that
    country's candidates (Hamadan in Iran is no Yemeni district). «حي الحلة بحوطة سدير»: a
    named quarter is never a city, a governorate or a country of that name elsewhere
    (Al Hillah, Iraq): it keeps site and village candidates. Hand-table rows are curated
    and always stay."""
    if m.cue is None or any(c.source == "hand" for c in m.candidates):
        return True
    if m.cue in ADMIN_SYSTEM:
        ok = ADMIN_SYSTEM[m.cue]
        kept = [c for c in m.candidates if c.country in ok]
        if not kept and m.cue in _ALSO_WORDS:
            return True  # «ناحية مأرب» (towards Marib), «قضاء» (a judiciary): the word
        m.candidates = kept
    elif m.cue in _QUARTER:
        m.candidates = [c for c in m.candidates if c.precision not in _NOT_A_QUARTER]
    return bool(m.candidates)


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
    nothing else in the article names, in an article about other countries (stage 4c)."""
    own: Counter[tuple[str, str]] = Counter()
    for m in chosen:
        cc = unambiguous_country(m)
        if cc:
            own[(m.key, cc)] += 1
    kept, strays = [], []
    sents = [t.sent for t in toks]
    for m in chosen:
        cs = {c.country for c in m.candidates if c.country}
        # «منطقة الرباط» in a story about Lahij, «حي الحلة» in one about Sudair: after the cue
        # of an area, village or quarter, a name is a local place even when its namesake
        # is a big town abroad
        # (a plural cue only before a list: «أحياء العزيزية والدار البيضاء» are quarters,
        # «أحياء حائل» the town's)
        local = (m.cue in _LOCAL_CUE or (m.cue in _LOCAL_CUES and (
            next_item(toks, folded, m.tok_end) is not None
            or previous_end(toks, folded, m.tok_start, m.nstart) is not None))) \
            and not any(c.source == "hand" for c in m.candidates)
        if (m.direction is None and not {"the_country", "capital"} & set(m.notes) and m.candidates and cs
                and (local or all(_small(c) for c in m.candidates))
                and all(ctx.countries.get(cc, 0) - own[(m.key, cc)] <= 0 for cc in cs)
                and any(v > 0 for cc, v in ctx.countries.items() if cc not in cs)):
            strays.append(m)
        elif "the_country" not in m.notes and (far_foreign(
                m, chosen, ctx, max((own[(m.key, cc)] for cc in cs), default=0), sents)
                or sentence_stranger(m, chosen, sents, local)):
            strays.append(m)
        else:
            kept.append(m)
    return kept, strays


def _main_country(ctx: Context) -> str | None:
    if not ctx.countries:
        return None
    return sorted(ctx.countries.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


_THE_LAND = fold("البلاد")
#: units of a distance before a compass word («على بعد 40 كلم شمال تونس»)
_DISTANCE = fold_all("كيلومتر كيلومترا كيلومترات كلم كم ميل ميلا أميال متر مترا أمتار")
_ABOUT = fold_all("تقريبا تقريباً فقط")


#: words before a country named as the place where something is («في اليمن»)
_IN = fold_all("في داخل الى إلى")


def _located(m: Match, toks: list[Any], folded: list[str]) -> bool:
    """A place name written as a location: not a country name, or one after «في»/«إلى» or ب."""
    if not any(c.precision == "country" for c in m.candidates):
        return True
    word = toks[m.tok_start].norm
    return (m.tok_start > 0 and folded[m.tok_start - 1] in _IN) or word.lstrip("وف").startswith("ب")


def _country_before(chosen: list[Match], toks: list[Any], folded: list[str], i: int) -> str | None:
    """The one country of the place named last before token ``i`` in its sentence; a
    country named as an actor is skipped («قوات هادي ... المدعومة من التحالف الذي تقوده
    السعودية على غالبية جنوب البلاد»: the south of Yemen, named by «صنعاء» before)."""
    before = [m for m in chosen if m.tok_end <= i and toks[m.tok_start].sent == toks[i].sent
              and _located(m, toks, folded)]
    if not before:
        return None
    return unambiguous_country(max(before, key=lambda m: m.tok_end))


def _relative_direction(folded: list[str], j: int) -> bool:
    """«إلى الشمال الشرقي من مدينة جيزان»، «الجنوب الغربي من عدن»: a compass adjective then
    «من» after «الشمال»/«الجنوب» is a direction from the place named next, not the country's
    north or south (the Jazan case read Northern Saudi Arabia, 1,360 km off)."""
    return j + 1 < len(folded) and folded[j] in DIRECTIONS and folded[j + 1] in _TOWARD


def _country_phrases(doc: Doc, gaz: Gazetteer, folded: list[str], taken: set[int],
                     ctx: Context, chosen: list[Match]) -> list[Match]:
    """«شمال غربي البلاد» (the article's main country) and «العاصمة السورية» (its capital)."""
    out: list[Match] = []
    toks = doc.tokens
    main = _main_country(ctx)
    for i, w in enumerate(folded):
        if i in taken:
            continue
        bare = w[1:] if len(w) > 4 and w[0] in "وبلف" else w
        if w.startswith("لل") and len(w) > 4:
            bare = "ال" + w[2:]  # «للجنوب»
        d = None
        if bare in THE_COUNTRY and i > 0:
            before = [folded[j] for j in range(i - 1, max(-1, i - 3), -1) if toks[j].sent == toks[i].sent]
            d, nb, _ = read_direction(before, [])
        # «في اسطنبول وفي جنوب شرق البلاد»، «في محافظة شرناق في جنوب شرق البلاد»: «البلاد» is
        # the country of the place named just before it in its sentence, when there is one,
        # else the article's main country (not «المملكة»: Saudi news names Yemeni places
        # beside «جنوب المملكة»)
        own = _country_before(chosen, toks, folded, i - (nb if d is not None else 0)) \
            if bare == _THE_LAND else None
        cc = own if own in gaz.countries else main
        if d is not None and not d.rural and cc and cc in gaz.countries:
            m = Match(i, i + 1, toks[i].nstart, toks[i].nend, w, [gaz.countries[cc]])
            m.notes.append("the_country")
            out.append(m)
            # «جنوب غرب وغرب المملكة»: the directions written before, without the anchor
            for a, b, ed in elided_directions(folded, i - nb, [t.sent for t in toks]):
                plen = 1 if folded[a].startswith("و") and folded[a] not in DIRECTIONS else 0
                em = Match(a, b, toks[a].nstart + plen, toks[b - 1].nend, folded[a][plen:],
                           [gaz.countries[cc]])
                em.direction = ed
                out.append(em)
        elif bare in _PARTS and i + 1 < len(folded) and folded[i + 1] in _PART_DIRECTIONS \
                and toks[i + 1].sent == toks[i].sent:
            # «المحافظات الجنوبية»، «المناطق الجنوبية من السعودية»: a country's part, the
            # country named after it (adjective, or «من»/«في» + name), else the article's
            cc = _country_after(gaz, folded, i + 2) or (main if main and ctx.countries[main] >= 2 else None)
            # «الأجزاء الجنوبية الشرقية لمنطقة الرياض»: a part of a region, not of the country
            after = folded[i + 2: i + 4]
            of_region = any(x.startswith("ل") and x not in _LANDS for x in after[:2]) \
                and _country_after(gaz, folded, i + 2) is None
            if cc and cc in gaz.countries and not of_region:
                vec = DIRECTIONS[folded[i + 1]]
                plen = len(w) - len(bare)
                m = Match(i, i + 2, toks[i].nstart + plen, toks[i + 1].nend, w, [gaz.countries[cc]])
                m.direction = Direction(vec, False, compass_name(vec))
                out.append(m)
        elif (bare in _SOUTH_NORTH and main and main in gaz.countries and ctx.countries[main] >= 2
              and (w != bare or (i > 0 and folded[i - 1] in _LOCATIVE_OR_TOWARD))
              and not (i + 1 < len(folded) and folded[i + 1] in _TOWARD)  # «الشمال من عدن»
              and not _relative_direction(folded, i + 1)
              and not (i + 1 < len(folded) and (folded[i + 1] in ADJECTIVES or folded[i + 1] + "ه" in NISBA))):
            # «إلى الجنوب»، «بالشمال»: in a story about one country (named twice or more),
            # the south / north written alone is that country's (South Yemen in Yemeni news)
            vec = REGION_NOUNS[bare]
            plen = len(w) - len(bare) if not w.startswith("لل") else 1
            m = Match(i, i + 1, toks[i].nstart + plen, toks[i].nend, w, [gaz.countries[main]])
            m.direction = Direction(vec, False, compass_name(vec))
            out.append(m)
        elif bare in _LANDS and i + 1 < len(folded) and folded[i + 1] in NISBA \
                and NISBA[folded[i + 1]] in gaz.countries and toks[i + 1].sent == toks[i].sent:
            # «من داخل الأراضي اليمنية»: the country's territory is the country
            plen = len(w) - len(bare)
            m = Match(i, i + 2, toks[i].nstart + plen, toks[i + 1].nend, w,
                      [gaz.countries[NISBA[folded[i + 1]]]])
            out.append(m)
        elif bare in REGION_NOUNS and i + 1 < len(folded) and folded[i + 1] + "ه" in NISBA:
            # «الجنوب الليبي»: the direction noun and the country's (masculine) adjective
            cc = NISBA[folded[i + 1] + "ه"]
            if cc in gaz.countries and toks[i + 1].sent == toks[i].sent:
                vec = REGION_NOUNS[bare]
                plen = len(w) - len(bare)
                m = Match(i, i + 2, toks[i].nstart + plen, toks[i + 1].nend, w, [gaz.countries[cc]])
                m.direction = Direction(vec, False, compass_name(vec))
                out.append(m)
        elif bare in CAPITAL_CUES and i + 1 < len(folded) and folded[i + 1] in NISBA:
            cc = NISBA[folded[i + 1]]
            country = gaz.countries.get(cc)
            cap = gaz.capitals.get(cc)
            if cap is None and country is not None:
                cap = PlaceEntry(f"cap:{cc}", cc, "city", country.lat, country.lon, 0,
                                 f"capital of {country.name_en}", "cldr+geonames")
            if cap is not None:
                plen = len(w) - len(bare)
                m = Match(i, i + 2, toks[i].nstart + plen, toks[i + 1].nend, w, [cap])
                m.notes.append("capital")
                out.append(m)
    return out




def _read_cues(gaz: Gazetteer, toks: list[Any], folded: list[str], matches: list[Match]) -> list[Match]:
    """Stage 2: each name's cue word («محافظة»، «مدينة»، a list's plural cue), and the
    prepositions before it; names whose cue does not fit them are dropped."""
    ending_at = {m.tok_end: m for m in matches}
    for m in matches:
        # «مديرية «حرض»»، «جبل "صبر"»: a quotation mark may stand between cue and name
        j = m.tok_start - 1
        if j > 0 and folded[j] in QUOTES and toks[j - 1].sent == toks[j].sent:
            j -= 1
        if j >= 0 and toks[j].sent == toks[m.tok_start].sent:
            cue = _bare(folded[j])
            m.cue = cue if cue in PLACE_CUES or cue in COUNTRY_CUES else None
        # «محافظات حماه وحلب وحمص»: a name joined by و to a cued one shares its plural cue
        if m.cue is None:
            k = previous_end(toks, folded, m.tok_start, m.nstart)
            prev = ending_at.get(k) if k is not None else None
            if prev is not None and prev.cue in LIST_CUES:
                m.cue = prev.cue
        first, _, rest = m.key.partition(" ")
        if first in ADMIN_CUES and rest:
            m.cue = first  # the name itself is «محافظة إدلب»: the governorate
        if first in CITY_CUES and rest and gaz.get(rest):
            # «مدينة زنجبار» is a GeoNames name of Zanzibar City, but in a story about
            # Yemen it is Zinjibar: the places named «زنجبار» compete too
            pids = {c.pid for c in m.candidates}
            m.candidates = m.candidates + [c for c in gaz.get(rest) if c.pid not in pids]
            m.cue = first
    # «مناطق عسير و الباحة و نجران»: a list of Saudi regions, not their seat towns
    region_lists(matches, toks, folded, gaz)
    matches = [m for m in matches if _cue_fits(m)]
    for m in matches:
        # a locative preposition before the name («في حجة»، «إلى عمران»، «للبيضاء»)
        pre = folded[m.tok_start][: m.nstart - toks[m.tok_start].nstart]
        before = folded[m.tok_start - 1] if m.tok_start > 0 else ""
        if (not pre and (before in _LOCATIVE or before in _TOWARD)) or pre.lstrip("وف").startswith("ل"):
            m.notes.append("locative")
        if pre.lstrip("وف"):
            m.notes.append("proclitic")  # «بحلب»، «للرقة»: read through ب/ل/ك
    return matches


def _accept_names(gaz: Gazetteer, toks: list[Any], folded: list[str],
                  matches: list[Match]) -> tuple[list[Match], Context]:
    """Stage 4a: the names that are places, and the article's countries they name."""

    def next_word(m: Match) -> str | None:
        return folded[m.tok_end] if m.tok_end < len(folded) else None

    def prev_word(m: Match) -> str | None:
        if m.nstart != toks[m.tok_start].nstart and folded[m.tok_start].startswith("و"):
            return None  # «اليمن والسعودية»: after و, a name, not an adjective
        i = m.tok_start - 1
        return folded[i] if i >= 0 and toks[i].sent == toks[m.tok_start].sent else None

    # confident names first; they say which countries the article is about.
    ctx = Context()
    accepted: dict[int, Match] = {}
    for i, m in enumerate(matches):
        if accept(m, gaz, None, next_word(m), prev_word(m)):
            accepted[i] = m
    for m in accepted.values():
        cc = unambiguous_country(m)
        if cc:
            ctx.countries[cc] += 1
    # «الحكومة اليمنية»، «القوات العراقية»: a country's adjective also says what the article
    # is about (the Arab world and its neighbours only: «الأمريكية» is in every other
    # article, and far countries' small towns are rarely the answer)
    covered = {t for m in accepted.values() for t in range(m.tok_start, m.tok_end)}
    for i, w in enumerate(folded):
        cc = ADJECTIVES.get(w) or (ADJECTIVES.get(w[1:]) if len(w) > 4 and w[0] in "وبل" else None)
        if cc and cc in NEAR and i not in covered:
            ctx.countries[cc] += 1
    for i, m in enumerate(matches):
        if i not in accepted and accept(m, gaz, ctx, next_word(m), prev_word(m)):
            accepted[i] = m
            cc = unambiguous_country(m)
            if cc:
                ctx.countries[cc] += 1
    # «جبهات زنجبار وجعار»: a smaller name of the article's countries joined by و to a
    # place just named (or before one) is a place of the same list
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
    return [matches[i] for i in sorted(accepted)], ctx


def _add_phrases(doc: Doc, gaz: Gazetteer, folded: list[str], chosen: list[Match],
                 ctx: Context) -> tuple[list[Match], set[int]]:
    """Stage 3: the country phrases («شمال غربي البلاد»، «العاصمة السورية») and elided
    directions join the names; returns them in text order and the tokens they take."""
    taken = {t for m in chosen for t in range(m.tok_start, m.tok_end)}
    phrases = _country_phrases(doc, gaz, folded, taken, ctx, chosen)
    starts = {m.tok_start for m in chosen}
    by_start = {m.tok_start: m for m in chosen}
    for ph in phrases:
        nxt = by_start.get(ph.tok_end) if "capital" in ph.notes else None
        if nxt is not None:
            # «العاصمة الأردنية عمان» is Amman, not Oman: the capital the phrase names,
            # when it is one of the name's candidates
            same = [c for c in nxt.candidates if c.pid == ph.candidates[0].pid]
            if same:
                nxt.candidates = same
    # «العاصمة السعودية الرياض»: the name that follows says it; keep the name alone.
    phrases = [m for m in phrases if not ("capital" in m.notes and m.tok_end in starts)]
    ptoks = {t for m in phrases for t in range(m.tok_start, m.tok_end)}
    chosen = [m for m in chosen if not ptoks.intersection(range(m.tok_start, m.tok_end))]
    chosen += phrases
    taken |= ptoks
    chosen += _elided_before_regions(doc, gaz, folded, chosen, taken)
    chosen.sort(key=lambda m: m.tok_start)
    return chosen, taken


def _hand_direction(m: Match, toks: list[Any], folded: list[str]) -> tuple[Direction | None, int, int]:
    """A hand region or country carries its direction in its name («شرق سوريا»); only an
    anaphor («شمال البلاد») or «ريف X الشمالي الشرقي» reads one here."""
    d, nb, na = read_direction(
        [folded[j] for j in range(m.tok_start - 1, max(-1, m.tok_start - 3), -1)], []
    ) if {"the_country", "capital"} & set(m.notes) else (None, 0, 0)
    after_w = folded[m.tok_end] if m.tok_end < len(folded) else ""
    if m.key.startswith(_RIF) and after_w.startswith("ال") and after_w in DIRECTIONS \
            and toks[m.tok_end].sent == toks[m.tok_start].sent and DIRECTIONS[after_w] != (0.0, 0.0):
        # «ريف حلب الشمالي الشرقي»: the hand row «ريف حلب الشمالي», moved east
        vec = DIRECTIONS[after_w]
        d, nb, na = Direction(vec, False, compass_name(vec)), 0, 1
    return d, nb, na


def _name_direction(m: Match, toks: list[Any], folded: list[str],
                    taken: set[int]) -> tuple[Direction | None, int, int]:
    """The compass words around a town or governorate («شرق مدينة تعز»، «غربي مأرب»)."""
    sent = toks[m.tok_start].sent
    # the words up to the previous / next place, not across it («جنوب فرنسا والكويت»:
    # «الكويت» is no south of Kuwait)
    words_before = _free_words(toks, folded, taken, sent,
                               range(m.tok_start - 1, max(-1, m.tok_start - 4), -1))
    words_after = _free_words(toks, folded, taken, sent, range(m.tok_end, min(len(folded), m.tok_end + 2)))
    # «شرق مدينة تعز»، «شمالي محافظة مأرب»: the cue may stand between the compass
    # word and the name
    skip = 1 if words_before and _bare(words_before[0]) in _TOWN_OR_ADMIN_CUES else 0
    d, nb, na = read_direction(words_before[skip:skip + 2], words_after)
    if d is not None and skip and d.vector == (0.0, 0.0) and not d.rural and nb == 1 \
            and _bare(words_before[0]) in CITY_CUES:
        # «وسط مدينة البيضاء»، «وسط مدينة أريحا»: downtown, the town itself (as the
        # development corpus annotates it), not a region record
        d, nb, na = None, 0, 0
    if d is not None and skip:
        nb += skip
    # «700 كيلومتر تقريبا جنوب طرابلس»: a distance from a town locates something
    # else; it names no region (the gold tuning split has none), only the town
    j = m.tok_start - nb - 1
    if d is not None and nb and j >= 0 and toks[j].sent == sent and (
            folded[j] in _DISTANCE or (j > 0 and folded[j] in _ABOUT and folded[j - 1] in _DISTANCE)):
        d, nb, na = None, 0, 0
        m.notes.append("reference")  # a reference point: an unknown place's last anchor
    return d, nb, na


def _directions(chosen: list[Match], toks: list[Any], folded: list[str],
                taken: set[int]) -> list[tuple[Direction | None, int, int]]:
    """Stage 3: compass words around each place (direction, words before, words after)."""
    directions: list[tuple[Direction | None, int, int]] = []
    for m in chosen:
        if m.direction is not None:
            directions.append((m.direction, 0, 0))
        elif "the_country" in m.notes or "capital" in m.notes or any(
                c.source == "hand" and c.precision in ("region", "country") for c in m.candidates):
            # a hand region or country carries its direction in its name («شرق سوريا»); a
            # hand governorate or town does not («شمالي محافظة مأرب»)
            directions.append(_hand_direction(m, toks, folded))
        else:
            directions.append(_name_direction(m, toks, folded, taken))
    return directions


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


def _choose(gaz: Gazetteer, chosen: list[Match], ctx: Context,
            directions: list[tuple[Direction | None, int, int]]) -> list[PlaceEntry]:
    """Stage 4b: each name's place; twice, the second time near the first round's places."""
    picks = [best_candidate(m, ctx, i, gaz.known) for i, m in enumerate(chosen)]
    ctx.points = [(p.lat, p.lon, i) for i, p in enumerate(picks)
                  if p.precision not in ("country", "region") and unambiguous_country(chosen[i])]
    picks = [best_candidate(m, ctx, i, gaz.known) for i, m in enumerate(chosen)]
    _local_namesakes(chosen, picks, ctx, directions)
    return [_near_its_seat(gaz, m, p) for m, p in zip(chosen, picks, strict=True)]


class _Records:
    """Stage 5: one record per distinct place, at its first mention, and every mention."""

    def __init__(self) -> None:
        self.records: list[Place] = []
        self.positions: list[tuple[int, int, Place]] = []  # every mention of every record
        self.refs: set[tuple[int, int]] = set()  # mentions that are reference points of a distance
        self.seen: dict[tuple[str, str], int] = {}
        self.city_dirs: set[int] = set()  # records of a direction from a town («شمال غربي مأرب»)


#: words that name an administrative area before its name («محافظة عدن»، «منطقة نجران»،
#: «إمارة منطقة الباحة», a list's «محافظات»/«مناطق»)
_AREA_WORDS = ADMIN_CUES | fold_all("منطقة مناطق منطقتي منطقتا إمارة")
#: the most an area named after its seat town and that town lie apart once placed (rule 1
#: of docs/annotation.md puts the area within 50 km of its seat; Al Bayda's governorate is
#: 30 km from the town)
_AREA_TOWN_KM = 100.0
#: words that name a town as a town («مدينة الضالع»، «مدن مكة المكرمة»، «العاصمة صنعاء»;
#: not «عاصمة نينوى», in construct: the capital of the governorate named after it)
_TOWN_WORDS = fold_all("مدينة مدن مدينتي مدينتا العاصمة")


def _area_name(m: Match) -> str:
    """The name without the area words before it («منطقة مكة المكرمة» -> «مكة المكرمة»)."""
    words = m.key.split(" ")
    while len(words) > 1 and words[0] in _AREA_WORDS:
        words = words[1:]
    return " ".join(words)


def _area_idents(chosen: list[Match], picks: list[PlaceEntry],
                 directions: list[tuple[Direction | None, int, int]]) -> dict[int, tuple[str, str]]:
    """Rule 3 of docs/annotation.md: a bare name («عدن»، «للضالع»، «مناطق الرياض») is a
    mention of the area named with its cue in the same article («محافظة عدن»، «محافظة
    الضالع»، «منطقة الرياض»), one record, whichever comes first; the town named as a town
    («مدينة الضالع») is a record of its own, and with one in the article the bare names stay
    the town's. The gold tuning split: «للضالع» after «محافظة إب المحاذية» is Ad Dali
    governorate; «محافظة الضالع» and «مدينة الضالع» are two places. Returns, by index in
    ``chosen``, the record identity of the area each such bare name joins."""
    kinds: dict[int, tuple[tuple[str, str], str]] = {}
    for i, (m, p) in enumerate(zip(chosen, picks, strict=True)):
        if directions[i][0] is not None or p.country is None or p.precision not in ("admin", "city", "village"):
            continue
        group = (p.country, _area_name(m))
        if m.cue in _TOWN_WORDS or "capital" in m.notes or m.key.split(" ", 1)[0] in _TOWN_WORDS:
            kinds[i] = (group, "town")  # «مدينة عدن»، «العاصمة السورية»، «العاصمة المقدسة»
        elif p.precision == "admin" and (m.cue in _AREA_WORDS or m.key.split(" ", 1)[0] in _AREA_WORDS):
            kinds[i] = (group, "area")
        elif m.cue in ADMIN_CUES and m.cue not in LIST_CUES:
            # «محافظة عدن» put at its seat town (no governorate row in the index; a list's
            # plural cue, «محافظتي أبين وتعز», names no area apart from its town)
            kinds[i] = (group, "area at its town")
        elif m.cue is None or m.cue in _AREA_WORDS:
            kinds[i] = (group, "bare")
    areas = {g: i for i, (g, k) in sorted(kinds.items(), reverse=True) if k == "area"}
    towns = {g for g, k in kinds.values() if k == "town"}
    out: dict[int, tuple[str, str]] = {}
    for i, (g, k) in kinds.items():
        if k == "area at its town" and g in towns and g not in areas:
            # «محافظة عدن» ... «مدينة عدن»: two places, though the index gives the
            # governorate its town's point
            out[i] = (picks[i].pid, "area")
            continue
        a = areas.get(g)
        if a is None or k != "bare" or g in towns:
            continue
        if distance_km(picks[i].lat, picks[i].lon, picks[a].lat, picks[a].lon) <= _AREA_TOWN_KM:
            out[i] = (picks[a].pid, "")  # the area's own record
    # the town's other spellings go with it («بمكة المكرمة» ... «بمكة»: one place)
    joined = {picks[i].pid: ident for i, ident in out.items() if ident[1] != "area"}
    for i, p in enumerate(picks):
        if i not in out and p.pid in joined and directions[i][0] is None \
                and kinds.get(i, ((), ""))[1] not in ("town", "area at its town"):
            out[i] = joined[p.pid]
    return out


def _record(doc: Doc, gaz: Gazetteer, toks: list[Any], folded: list[str], out: _Records, m: Match,
            p: PlaceEntry, d: Direction | None, nb: int, na: int,
            area_ident: tuple[str, str] | None = None) -> None:
    """Add one name's place to ``out``: a new record, or a mention of an earlier one."""
    lat, lon, prec, name_en = p.lat, p.lon, p.precision, p.name_en
    nstart, nend = m.nstart, m.nend
    ident = (p.pid, "")
    if d is not None:
        lat, lon = offset(p, d)
        hand = _hand_region(gaz, p, d)
        prec = "region"
        label = f"{d.words} of {p.name_en}" if d.words else p.name_en
        name_en = f"{p.name_en} countryside ({d.words})" if d.rural and d.words else (
            f"{p.name_en} countryside" if d.rural else label)
        ident = (p.pid, f"{'rural ' if d.rural else ''}{d.words}")
        if hand is not None:  # «شمال غربي البلاد» in a Syrian article: the hand region
            lat, lon, name_en = hand.lat, hand.lon, hand.name_en
            ident = (hand.pid, "")  # the same place as a later «شمال سوريا»
        if m.direction is None:  # «الجنوب الليبي» came with its span
            ftok = toks[m.tok_start - nb]
            w = folded[m.tok_start - nb]
            plen = 1 if _strip_ok(w) else 0
            nstart = ftok.nstart + plen
        if na:
            nend = toks[m.tok_end + na - 1].nend
    elif m.tok_start > 0 and "capital" not in m.notes and toks[m.tok_start - 1].sent == toks[m.tok_start].sent:
        # «مطار عدن»، «جسر لندن»: a named site, at its place's point
        w = folded[m.tok_start - 1]
        plen = 1 if len(w) > 3 and w[0] in "وفبل" and w[1:] in SITE_CUES else 0
        if w[plen:] in SITE_CUES and not any(c.source == "hand" for c in m.candidates):
            prec = "site"
            name_en = f"{p.name_en} {SITE_CUES[w[plen:]]}"
            ident = (p.pid, "site:" + SITE_CUES[w[plen:]])
            nstart = toks[m.tok_start - 1].nstart + plen
    if area_ident is not None and d is None and prec != "site":
        ident = area_ident  # «محافظة عدن» ... «عدن»: one place (``_area_idents``)
    span = doc.span_from_norm(nstart, nend)
    if ident in out.seen:
        out.positions.append((span.start, span.end, out.records[out.seen[ident]]))
        if "reference" in m.notes:
            out.refs.add((span.start, span.end))
        return
    out.seen[ident] = len(out.records)
    out.records.append(Place(
        id="", text=span.text, start=span.start, end=span.end,
        entity=m.entity, name_en=name_en or None, lat=round(lat, 4), lon=round(lon, 4),
        country=p.country, precision=prec,  # type: ignore[arg-type]
    ))
    out.positions.append((span.start, span.end, out.records[-1]))
    if "reference" in m.notes:
        out.refs.add((span.start, span.end))
    if d is not None and p.precision not in ("country", "region"):
        out.city_dirs.add(id(out.records[-1]))


def geocode(doc: Doc, gaz: Gazetteer | None = None) -> list[Place]:
    """The article's place records (stages 1-5 of the module docstring)."""
    gaz = gaz or gazetteer()
    toks = doc.tokens
    folded = [fold(t.norm) for t in toks]
    # a cue word that is also a name («ميناء» folds to «مينا», Minna) is the cue
    # «المدينة» alone is "the city" (the one just named), not Medina («المدينة المنورة»);
    # «البلاد» is "the country", not a Yemeni village
    # «لدولة اليمن»: a country cue is the cue, not Dhule (India)
    raw = [m for m in find_matches(doc, gaz, folded)
           if m.key not in PLACE_CUES and m.key not in SITE_CUES and m.key != _THE_CITY
           and m.key not in THE_COUNTRY and m.key not in COUNTRY_CUES]
    matches = drop_non_places(doc, gaz, toks, folded, raw)
    matches = drop_words(doc, toks, folded, matches)
    matches = _read_cues(gaz, toks, folded, matches)
    chosen, ctx = _accept_names(gaz, toks, folded, matches)
    chosen, taken = _add_phrases(doc, gaz, folded, chosen, ctx)
    # Stage 4c: a hamlet of a country the article is not otherwise about («بني مالك» in a
    # story on Jazan is a Saudi village, not the Iraqi one of the index): an unknown local
    # place, put at the nearest named place like the ones the index lacks (``unknown``)
    chosen, strays = _split_strays(chosen, ctx, toks, folded)
    directions = _directions(chosen, toks, folded, taken)
    picks = _choose(gaz, chosen, ctx, directions)
    _anaphoric_directions(doc, gaz, folded, taken, chosen, picks, directions, _main_country(ctx))
    _contained(toks, folded, chosen, picks, directions)

    out = _Records()
    areas = _area_idents(chosen, picks, directions)
    for i, (m, p, (d, nb, na)) in enumerate(zip(chosen, picks, directions, strict=True)):
        _record(doc, gaz, toks, folded, out, m, p, d, nb, na, areas.get(i))
    records, positions, refs, city_dirs = out.records, out.positions, out.refs, out.city_dirs
    _span_outside_organisations(doc, positions)
    # «بجبهة المخدرة شمال غربي مأرب»: a direction from a town right after an unknown place
    # is its anchor (``unknown``; a region record is not one otherwise: «شمال سوريا»)
    records += stray_places(doc, strays, positions, city_dirs, refs)
    records += unknown_places(doc, raw, chosen + strays, positions, folded, city_dirs, refs)
    records += described_sites(doc, folded, positions + [(r.start, r.end, r) for r in records], refs)
    records += listed_places(doc, folded, positions + [(r.start, r.end, r) for r in records], refs)
    # «الخليج العربي»، «البحر الأحمر»، «الشرق الأوسط»: a sea or region of several countries
    # is no place record (docs/annotation.md gives each place one country code; the gold
    # tuning split leaves «الخليج العربي» out); its hand row still anchors nothing else
    records = [r for r in records if r.country is not None]
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

