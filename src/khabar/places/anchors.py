"""Where a place lies with respect to the others an article names (stages 3b and 4d of
:mod:`khabar.places`): directions from «the governorate» / «the city» / «the capital» back to
the last one named («غرب المحافظة»), places said to lie in another («حي الدمينة بمنطقة دار سعد»,
«بيجي شمال بغداد»), governorates named after their seat town, elided directions before hand
regions, and record spans moved out of organisation names."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import Any

from ..document import Doc
from ..normalize import fold
from ..schema import Place
from .areas import town_of_area
from .index import Gazetteer, PlaceEntry, distance_km
from .lexicon import (
    ADMIN_CUES,
    CITY_CUES,
    DIRECTIONS,
    NISBA,
    ORG_HEADS,
    PLACE_CUES,
    RURAL,
    fold_all,
)
from .mentions import Match
from .phrases import (
    ARABIC_DIRECTION,
    Direction,
    elided_directions,
    read_direction,
)
from .seats import seats

_TOWN_OR_ADMIN_CUES = CITY_CUES | ADMIN_CUES


_LOCATIVE = frozenset({fold("في"), fold("إلى"), fold("الى")})


_TOWARD = frozenset({fold("من"), fold("نحو"), fold("باتجاه"), fold("داخل")})


_LOCATIVE_OR_TOWARD = _LOCATIVE | _TOWARD


#: «شمال غربي المحافظة»، «جنوب غربي المدينة»: the governorate / town just named
_ANAPHORS = {fold("المحافظة"): ("admin",), fold("المدينة"): ("city", "village"),
             # «معسكر الصباحة غرب العاصمة»: the capital named before, else the capital of
             # the article's country (Sanaa in a story about Yemen)
             fold("العاصمة"): ("capital",)}


#: «X في محافظة Y»: the place Y that X lies in
_IN = frozenset({fold("في"), fold("داخل")})


#: How far a place may lie from the place it is said to lie in («بمحافظة لحج»): the
#: largest Yemeni and Saudi governorates are a few hundred km across.
CONTAINED_KM = 150.0


#: ... and from the place it is said to lie in the centre of («وسط الرمادي»), or in a
#: compass direction of («بيجي شمال بغداد»: 200 km)
CENTRE_KM = 50.0


COMPASS_KM = 300.0


def _bare(word: str) -> str:
    """A cue word without a leading conjunction/preposition («وقرية» -> «قرية»)."""
    if word in PLACE_CUES:
        return word
    for p in ("وب", "ول", "وف", "و", "ف", "ب", "ل"):
        if word.startswith(p) and word[len(p):] in PLACE_CUES:
            return word[len(p):]
    return word


#: «محافظة»: the cue «المحافظة» refers back to
_GOVERNORATE_CUES = fold_all("محافظة محافظات محافظتي")


def _elided_before_regions(doc: Doc, gaz: Gazetteer, folded: list[str], chosen: list[Match],
                           taken: set[int]) -> list[Match]:
    """«شمال وغرب العراق»، «شمال وشرق سوريا»: compass words before a hand region of a
    country written with و («وغرب العراق») are directions of the same country, written
    without it (stage 2b; ``phrases.elided_directions``). Adds their tokens to ``taken``."""
    toks = doc.tokens
    sents = [t.sent for t in toks]
    out: list[Match] = []
    for m in chosen:
        if m.direction is not None or m.key.split(" ", 1)[0] not in DIRECTIONS:
            continue
        rows = [c for c in m.candidates if c.source == "hand" and c.precision == "region"
                and c.country in gaz.countries]
        if not rows or not folded[m.tok_start].startswith("و") or m.nstart == toks[m.tok_start].nstart:
            continue
        country = gaz.countries[rows[0].country or ""]
        for a, b, ed in elided_directions(folded, m.tok_start, sents):
            if taken.intersection(range(a, b)):
                break
            plen = 1 if folded[a].startswith("و") and folded[a] not in DIRECTIONS else 0
            em = Match(a, b, toks[a].nstart + plen, toks[b - 1].nend, folded[a][plen:], [country])
            em.direction = ed
            out.append(em)
            taken.update(range(a, b))
    return out


def _free_words(toks: list[Any], folded: list[str], taken: set[int], sent: int,
                order: Iterable[int]) -> list[str]:
    """The words at the token indices of ``order`` up to the first one of another sentence
    or of another place."""
    return [folded[j] for j in itertools.takewhile(lambda j: toks[j].sent == sent and j not in taken, order)]


#: how far from its seat town a governorate named after it is put (stage 4f)
SEAT_KM = 40.0


def _near_its_seat(gaz: Gazetteer, m: Match, p: PlaceEntry) -> PlaceEntry:
    """«محافظة حمص»: a governorate of the index named after its seat town lies within 50 km
    of that town, at ``SEAT_KM`` from it toward the governorate's centre (stage 4f). The
    gold tuning split puts such areas at or near their seat («منطقة الرياض» at Riyadh,
    «محافظة جدة»، «ولاية قندوز»، «إب»، «لحج»، «الضالع»), while WOF's centre of Homs
    governorate lies 200 km east of Homs, in the desert (Najaf's 100 km west). Hand rows
    (regions.tsv) already follow the convention."""
    if p.precision != "admin" or p.source == "hand":
        return p
    first, _, rest = m.key.partition(" ")
    name = rest if first in ADMIN_CUES and rest else m.key
    seats = [c for c in gaz.get(name) if c.country == p.country and c.precision == "city"
             and c.population >= 20_000]
    if not seats:
        return p
    seat = max(seats, key=lambda c: c.population)
    d = distance_km(seat.lat, seat.lon, p.lat, p.lon)
    if d <= 50 or d > 300:
        return p
    f = SEAT_KM / d
    return PlaceEntry(p.pid, p.country, p.precision, seat.lat + f * (p.lat - seat.lat),
                      seat.lon + f * (p.lon - seat.lon), p.population, p.name_en, p.source)


#: heads of an institution's name before «ب» + a place: «المحكمة الابتدائية بتونس»، «ممثلية
#: الأمم المتحدة بتونس»، «محكمة العدل الملكية بلندن» (the organisation heads of
#: ``lexicon.ORG_HEADS`` and the courts, missions and offices of Tunisian and Gulf news)
_INSTITUTIONS = ORG_HEADS | fold_all("محكمة ممثلية سفارة قنصلية مكتب القطب")
#: words before such a mention that may hold the head noun («المحكمة الابتدائية بتونس»: 2)
_HEAD_WINDOW = 3


def _institution_mention(doc: Doc, s: int) -> bool:
    """The mention starting at ``s`` is written «ب» + the place after an institution's head
    noun of its sentence («المحكمة الابتدائية بتونس»): a place the annotators may read as part
    of the institution's name (tests/devgold/places-ant) or as a place (part F's «للحرس الوطني
    بتونس»)."""
    text = doc.article.text
    if s == 0 or text[s - 1] != "ب":
        return False
    start = next((st.start for st in doc.sentences if st.start <= s < st.end), 0)
    words = [_bare_word(w) for w in text[start:s - 1].split()[-_HEAD_WINDOW:]]
    for j, f in enumerate(words):
        # a named institution: a definite head («المحكمة الابتدائية بتونس») or one in
        # construct with a definite word («ممثلية الأمم المتحدة بتونس»); an indefinite head
        # right before the place is one institution of it («مستشفى بالباحة»: a place)
        named = f.startswith("ال") or (j + 1 < len(words) and words[j + 1].startswith("ال"))
        if named and (f in _INSTITUTIONS or (f.startswith("ال") and f[2:] in _INSTITUTIONS)):
            return True
    return False


def _bare_word(w: str) -> str:
    """A word folded, without و/ف and a ب/ل proclitic («للهيئة» -> «الهيئه»)."""
    f = fold(w).lstrip("وف")
    return "ال" + f[2:] if f.startswith("لل") else f[1:] if f[:1] in ("ب", "ل") and len(f) > 3 else f


def _span_outside_organisations(doc: Doc, positions: list[tuple[int, int, Place]]) -> None:
    """«حركة النضال العربي لتحرير الأحواز ... في الأحواز»: a record whose first mention lies
    inside an organisation's or person's name takes its first mention outside any, when it
    has one (the gold corpus annotates the place, not the name it is part of; stage 5b).
    So does a record first named after an institution («المحكمة الابتدائية بتونس ...
    استقرار تونس»): whether such a mention is annotated depends on the annotator, a plain
    mention is annotated by all."""
    _span_outside_institutions(doc, positions)
    names = [(sp.start, sp.end) for e in doc.entities if e.type in ("ORG", "PER")
             for sp in (e.mentions or [e])]
    if not names:
        return
    # every occurrence of a name of two words or more, also where the tagger missed it
    text = doc.article.text
    for ent in doc.entities:
        if ent.type in ("ORG", "PER") and " " in ent.text.strip():
            k = text.find(ent.text)
            while k >= 0:
                names.append((k, k + len(ent.text)))
                k = text.find(ent.text, k + 1)

    def inside(s: int, e: int) -> bool:
        return any(a <= s and e <= b for a, b in names)

    moved: set[int] = set()
    for s, e, rec in sorted(positions, key=lambda x: x[0]):
        if id(rec) in moved or not inside(rec.start, rec.end) or inside(s, e):
            continue
        span = doc.span(s, e)
        rec.text, rec.start, rec.end = span.text, span.start, span.end
        moved.add(id(rec))


def _span_outside_institutions(doc: Doc, positions: list[tuple[int, int, Place]]) -> None:
    """A record whose first mention follows an institution (``_institution_mention``) takes
    its first mention that does not, when it has one."""
    moved: set[int] = set()
    first_inst = {id(rec) for s, e, rec in positions if (rec.start, rec.end) == (s, e)
                  and _institution_mention(doc, s)}
    for s, e, rec in sorted(positions, key=lambda x: x[0]):
        if id(rec) not in first_inst or id(rec) in moved or _institution_mention(doc, s):
            continue
        span = doc.span(s, e)
        rec.text, rec.start, rec.end = span.text, span.start, span.end
        moved.add(id(rec))


def _country_after(gaz: Gazetteer, folded: list[str], j: int) -> str | None:
    """The country named at token ``j``: its adjective («اليمنية»), or «من»/«في» and its name."""
    if j < len(folded) and folded[j] in NISBA:
        return NISBA[folded[j]]
    if j + 1 < len(folded) and folded[j] in _LOCATIVE_OR_TOWARD:
        for c in gaz.get(folded[j + 1]):
            if c.precision == "country":
                return c.country
    return None


def _anaphoric_directions(doc: Doc, gaz: Gazetteer, folded: list[str], taken: set[int], chosen: list[Match],
                          picks: list[PlaceEntry],
                          directions: list[tuple[Direction | None, int, int]], main: str | None = None) -> None:
    """«شمال غربي المحافظة»، «جنوب غربي المدينة»: a direction from «the governorate» / «the
    city» is a direction from the last governorate / town named before it (stage 3b).
    Appends the phrases to ``chosen``/``picks``/``directions``."""
    toks = doc.tokens
    for i, w in enumerate(folded):
        bare = w[1:] if len(w) > 4 and w[0] in "وبلف" and w[1:] in _ANAPHORS else w
        if bare not in _ANAPHORS or i in taken or i == 0:
            continue
        before = [folded[j] for j in range(i - 1, max(-1, i - 3), -1) if toks[j].sent == toks[i].sent]
        d, nb, _ = read_direction(before, [])
        if d is None or d.rural or d.vector == (0.0, 0.0):
            continue  # «وسط المدينة» is downtown, not a region of its own
        wanted = _ANAPHORS[bare]
        if wanted == ("capital",) and i + 1 < len(folded) and toks[i + 1].sent == toks[i].sent and (
                folded[i + 1] in NISBA or gaz.get(folded[i + 1])):
            continue  # «العاصمة السورية»، «العاصمة صنعاء»: read as a phrase or a cue
        anchor = _anaphor_anchor(gaz, chosen, picks, directions, i - nb, wanted, main)
        if anchor is None:
            continue
        plen = len(w) - len(bare)
        m = Match(i, i + 1, toks[i].nstart + plen, toks[i].nend, w, [anchor])
        m.notes.append("anaphor")
        chosen.append(m)
        picks.append(anchor)
        directions.append((d, nb, 0))


def _anaphor_anchor(gaz: Gazetteer, chosen: list[Match], picks: list[PlaceEntry],
                    directions: list[tuple[Direction | None, int, int]], upto: int, wanted: tuple[str, ...],
                    main: str | None) -> PlaceEntry | None:
    """The place «the capital» / «the governorate» / «the city» refers back to: the last one of
    its kind named (without a direction) before token ``upto``."""
    earlier = [k for k, m in enumerate(chosen[: len(picks)]) if m.tok_end <= upto and directions[k][0] is None]
    if wanted == ("capital",):
        caps = {c.pid for c in gaz.capitals.values()}
        prev = [k for k in earlier if picks[k].pid in caps]
        anchor = picks[max(prev, key=lambda k: chosen[k].tok_end)] if prev else (
            gaz.capitals.get(main) if main else None)
    else:
        # «بمحافظة القطيف ... غرب المحافظة»: a governorate the index lacks, named by its
        # cue and put at its seat town, is «the governorate» too
        prev = [k for k in earlier if picks[k].precision in wanted or (
            "admin" in wanted and chosen[k].cue in _GOVERNORATE_CUES and picks[k].precision == "city")]
        anchor = picks[max(prev, key=lambda k: chosen[k].tok_end)] if prev else None
    if "city" in wanted:
        # «وفي محافظة مأرب ... غرب المدينة»: a governorate named after its seat since
        # the last town gives «the city» its seat (the town of that name near it)
        since = [k for k in earlier if picks[k].precision == "admin"
                 and (not prev or chosen[k].tok_start > max(chosen[j].tok_end for j in prev))]
        if since:
            g = max(since, key=lambda k: chosen[k].tok_end)
            first, _, rest = chosen[g].key.partition(" ")
            name = rest if first in ADMIN_CUES and rest else chosen[g].key
            seats = [c for c in gaz.get(name) if c.precision in wanted
                     and distance_km(c.lat, c.lon, picks[g].lat, picks[g].lon) <= CONTAINED_KM]
            if seats:
                anchor = max(seats, key=lambda c: c.population)
    return anchor


def _from_container(p: PlaceEntry, q: PlaceEntry) -> float:
    """How far ``p`` lies from the container ``q``: from its point, or from its seat town when
    ``q`` is an area put at its centre (``seats``): «محافظة القطيف بالمنطقة الشرقية» (Qatif is
    398 km from the Eastern Province's centre, 15 km from Dammam, its seat)."""
    d = distance_km(p.lat, p.lon, q.lat, q.lon)
    seat = seats().get((q.name_en, q.country or "")) if q.precision == "admin" else None
    return min(d, distance_km(p.lat, p.lon, *seat)) if seat else d


def _contained(toks: list[Any], folded: list[str], chosen: list[Match], picks: list[PlaceEntry],
               directions: list[tuple[Direction | None, int, int]]) -> None:
    """«حي الدمينة بمنطقة دار سعد»، «منطقة التأميم وسط الرمادي»، «الجدعان شمالي محافظة مأرب»:
    a place followed by the place it lies in (ب/في + a cue, or a compass word) lies within
    ``CONTAINED_KM`` of it. A pick farther away gives way to a namesake that near and in the
    container's country (it lies in the container: «الطيبة بالغوطة الغربية» is no Jordanian
    Tayyibah 110 km from the Ghouta); with none, to a town of that name in the country of a
    province or region (``areas``); with none, the place is an unknown local one, put at the
    container's point (stage 4d)."""
    by_start = {m.tok_start: k for k, m in enumerate(chosen)}
    for k, m in enumerate(chosen):
        p = picks[k]
        # hand rows of areas are curated containers; a hand town, village or site is a
        # namesake like any other: «ممشى الضباب بأبها» is no Yemeni «الضباب» (a Taiz village)
        if directions[k][0] is not None or p.precision in ("country", "region") or (
                p.source == "hand" and p.precision == "admin"):
            continue
        j = m.tok_end
        if j >= len(folded) or toks[j].sent != toks[m.tok_start].sent:
            continue
        container = _container_at(toks, folded, chosen, by_start, j)
        if container is None:
            continue
        step_, radius = container
        n = by_start.get(j + step_)
        if n is None:
            continue
        q = picks[n]
        if q.precision == "country" or _from_container(p, q) <= radius:
            continue
        # a namesake that near, in the container's country: «بلدة سروج بجنوب شرق تركيا» is
        # Suruç (Turkey, 195 km from the region's point), not a Syrian hamlet «سروج» 107 km
        # from it; a place lies in its container's country
        near = [c for c in m.candidates if _from_container(c, q) <= radius
                and (c.country == q.country or q.country is None)]
        if near:
            picks[k] = max(near, key=lambda c: c.population)
        elif (town := town_of_area(m, p, q)) is not None:
            picks[k] = town
        else:
            picks[k] = PlaceEntry(f"in:{q.pid}:{m.key}", q.country, "village", q.lat, q.lon, 0, "", "local")


def _container_at(toks: list[Any], folded: list[str], chosen: list[Match], by_start: dict[int, int],
                  j: int) -> tuple[int, float] | None:
    """Is the place right before token ``j`` followed by the place it lies in? ``(tokens from
    j to the container's name, radius in km)``, None when no container follows."""
    w = folded[j]
    step_ = 0
    radius = CONTAINED_KM
    if w.startswith("ب") and by_start.get(j) is not None and chosen[by_start[j]].nstart != toks[j].nstart:
        step_ = 0  # «كرش بلحج»
    elif w.startswith("ب") and _bare(w) in PLACE_CUES and w != _bare(w):
        # «بمنطقة دار سعد»; «بمحافظة مأرب» (a hand name starting with its cue)
        step_ = 0 if by_start.get(j) is not None else 1
    elif w in _IN and j + 1 < len(folded) and _bare(folded[j + 1]) in PLACE_CUES:
        step_ = 1 if by_start.get(j + 1) is not None else 2
    elif w in DIRECTIONS and not w.startswith("ال"):
        # «وسط الرمادي» is inside the town; «بيجي شمال بغداد» lies 200 km away
        radius = CENTRE_KM if DIRECTIONS[w] == (0.0, 0.0) else COMPASS_KM
        step_ = 1
        if j + 1 < len(folded) and _bare(folded[j + 1]) in DIRECTIONS:
            step_ = 2
        if by_start.get(j + step_) is None and j + step_ + 1 < len(folded) and \
                _bare(folded[j + step_]) in _TOWN_OR_ADMIN_CUES:
            step_ += 1
    else:
        return None
    return step_, radius


def _hand_region(gaz: Gazetteer, anchor: PlaceEntry, d: Direction) -> PlaceEntry | None:
    """The hand table's region for a direction of a country, when it has one."""
    if anchor.precision != "country" or d.rural or d.words not in ARABIC_DIRECTION:
        return None
    for key in gaz.keys_of.get(anchor.pid, []):
        for cand in gaz.get(f"{ARABIC_DIRECTION[d.words]} {key}"):
            if cand.source == "hand":
                return cand
    return None


def _strip_ok(word: str) -> bool:
    """Does a compass/«ريف» word carry a one-letter proclitic («وشمال»، «بريف»)?"""
    return word not in DIRECTIONS and word not in RURAL and (word[1:] in DIRECTIONS or word[1:] in RURAL)
