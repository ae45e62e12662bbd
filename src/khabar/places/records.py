"""One record per distinct place, at its first mention (stage 5 of ``khabar.places``).

Two names that resolve to the same gazetteer place and the same direction are one record;
a named site («مطار عدن») is a record apart from its place; an area named with its cue and
the bare name of its seat town are one record, the town named as a town another (rule 3 of
docs/annotation.md, :func:`area_idents`).
"""

from __future__ import annotations

from typing import Any, NamedTuple

from ..document import Doc
from ..schema import Place
from .anchors import _hand_region, _strip_ok
from .index import Gazetteer, PlaceEntry, distance_km
from .lexicon import ADMIN_CUES, PART_NOUNS, SITE_CUES, fold_all
from .lists import LIST_CUES
from .mentions import Match
from .phrases import Direction, offset

__all__ = ["AREA_TOWN_KM", "Records", "add_record", "area_idents", "area_kinds"]

class Records:
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
AREA_TOWN_KM = 100.0
#: words that name a town as a town («مدينة الضالع»، «مدن مكة المكرمة»، «العاصمة صنعاء»;
#: not «عاصمة نينوى», in construct: the capital of the governorate named after it)
_TOWN_WORDS = fold_all("مدينة مدن مدينتي مدينتا العاصمة")


def _area_name(m: Match) -> str:
    """The name without the area words before it («منطقة مكة المكرمة» -> «مكة المكرمة»)."""
    words = m.key.split(" ")
    while len(words) > 1 and words[0] in _AREA_WORDS:
        words = words[1:]
    return " ".join(words)


def _in_area_list(m: Match) -> bool:
    """A name of a list led by a plural area cue («محافظات إب وعدن وتعز»، «منطقتي مكة
    المكرمة والمدينة المنورة»): rule 3 of docs/annotation.md reads such a bare name as the
    area even when the article names the town as a town too («مدينة تعز»)."""
    return m.cue is not None and m.cue in LIST_CUES and m.cue in _AREA_WORDS


def area_idents(chosen: list[Match], picks: list[PlaceEntry],
                 directions: list[tuple[Direction | None, int, int]]) -> dict[int, tuple[str, str]]:
    """Rule 3 of docs/annotation.md: a bare name («عدن»، «للضالع»، «مناطق الرياض») is a
    mention of the area named with its cue in the same article («محافظة عدن»، «محافظة
    الضالع»، «منطقة الرياض»), one record, whichever comes first; the town named as a town
    («مدينة الضالع») is a record of its own, and with one in the article the bare names stay
    the town's. The gold tuning split: «للضالع» after «محافظة إب المحاذية» is Ad Dali
    governorate; «محافظة الضالع» and «مدينة الضالع» are two places. Returns, by index in
    ``chosen``, the record identity of the area each such bare name joins."""
    kinds = area_kinds(chosen, picks, directions)
    areas = {g: i for i, (g, k) in sorted(kinds.items(), reverse=True) if k == "area"}
    towns = {g for g, k in kinds.values() if k == "town"}
    # the town named by a description of its own («العاصمة المقدسة» for «مكة المكرمة»):
    # the same gazetteer place as the bare name, so a town named as a town
    town_pids = {picks[i].pid for i, (g, k) in kinds.items() if k == "town"}
    out: dict[int, tuple[str, str]] = {}
    for i, (g, k) in kinds.items():
        if k == "area at its town" and g in towns and g not in areas:
            # «محافظة عدن» ... «مدينة عدن»: two places, though the index gives the
            # governorate its town's point
            out[i] = (picks[i].pid, "area")
            continue
        a = areas.get(g)
        if a is None or k != "bare":
            continue
        if (g in towns or picks[i].pid in town_pids) and not _in_area_list(chosen[i]):
            continue
        if distance_km(picks[i].lat, picks[i].lon, picks[a].lat, picks[a].lon) <= AREA_TOWN_KM:
            out[i] = (picks[a].pid, "")  # the area's own record
    # the town's other spellings go with it («بمكة المكرمة» ... «بمكة»: one place)
    joined = {picks[i].pid: ident for i, ident in out.items() if ident[1] != "area"}
    for i, p in enumerate(picks):
        if i not in out and p.pid in joined and directions[i][0] is None \
                and kinds.get(i, ((), ""))[1] not in ("town", "area at its town"):
            out[i] = joined[p.pid]
    return out


def area_kinds(chosen: list[Match], picks: list[PlaceEntry], directions: list[tuple[Direction | None, int, int]]
                ) -> dict[int, tuple[tuple[str, str], str]]:
    """By index in ``chosen``: the (country, area name) group of each name of an area or a town
    without a direction, and how it is named: "town", "area", "area at its town" or "bare"."""
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
    return kinds


def add_record(doc: Doc, gaz: Gazetteer, toks: list[Any], folded: list[str], out: Records, m: Match,
               p: PlaceEntry, d: Direction | None, nb: int, na: int,
               area_ident: tuple[str, str] | None = None) -> None:
    """Add one name's place to ``out``: a new record, or a mention of an earlier one."""
    if d is not None:
        at = _in_direction(gaz, toks, folded, m, p, d, nb, na)
    else:
        at = _named_site(toks, folded, m, p)
    ident = at.ident
    if area_ident is not None and d is None and at.precision != "site":
        ident = area_ident  # «محافظة عدن» ... «عدن»: one place (``_area_idents``)
    span = doc.span_from_norm(at.nstart, at.nend)
    if ident not in out.seen:
        out.seen[ident] = len(out.records)
        out.records.append(Place(
            id="", text=span.text, start=span.start, end=span.end,
            entity=m.entity, name_en=at.name_en or None, lat=round(at.lat, 4), lon=round(at.lon, 4),
            country=p.country, precision=at.precision,  # type: ignore[arg-type]
        ))
        if d is not None and p.precision not in ("country", "region"):
            out.city_dirs.add(id(out.records[-1]))
    out.positions.append((span.start, span.end, out.records[out.seen[ident]]))
    if "reference" in m.notes:
        out.refs.add((span.start, span.end))


class _Spot(NamedTuple):
    """Where a mention puts its record: the point, precision, English name, identity (one
    record per identity) and the mention's span in the normalised text."""

    lat: float
    lon: float
    precision: str
    name_en: str | None
    ident: tuple[str, str]
    nstart: int
    nend: int


def _in_direction(gaz: Gazetteer, toks: list[Any], folded: list[str], m: Match, p: PlaceEntry,
                  d: Direction, nb: int, na: int) -> _Spot:
    """A compass region of a place («شمال سوريا»، «ريف حلب»): offset from its point, or a hand
    region; the span takes in the compass words before (``nb``) and after (``na``) it."""
    lat, lon = offset(p, d)
    hand = _hand_region(gaz, p, d)
    label = f"{d.words} of {p.name_en}" if d.words else p.name_en
    name_en = f"{p.name_en} countryside ({d.words})" if d.rural and d.words else (
        f"{p.name_en} countryside" if d.rural else label)
    ident = (p.pid, f"{'rural ' if d.rural else ''}{d.words}")
    if hand is not None:  # «شمال غربي البلاد» in a Syrian article: the hand region
        lat, lon, name_en = hand.lat, hand.lon, hand.name_en
        ident = (hand.pid, "")  # the same place as a later «شمال سوريا»
    nstart, nend = m.nstart, m.nend
    if m.direction is None:  # «الجنوب الليبي» came with its span
        ftok = toks[m.tok_start - nb]
        w = folded[m.tok_start - nb]
        # («بالمناطق الجنوبية من حمص»: the plural of ``directions._plural_of_named``)
        plen = 1 if _strip_ok(w) or (w not in PART_NOUNS and w[1:] in PART_NOUNS) else 0
        nstart = ftok.nstart + plen
    if na:
        nend = toks[m.tok_end + na - 1].nend
    return _Spot(lat, lon, "region", name_en, ident, nstart, nend)


def _named_site(toks: list[Any], folded: list[str], m: Match, p: PlaceEntry) -> _Spot:
    """The place at its own point, or a named site after a site cue («مطار عدن»، «جسر لندن»)
    at its place's point, the cue in the span."""
    at = _Spot(p.lat, p.lon, p.precision, p.name_en, (p.pid, ""), m.nstart, m.nend)
    if m.tok_start > 0 and "capital" not in m.notes and toks[m.tok_start - 1].sent == toks[m.tok_start].sent:
        w = folded[m.tok_start - 1]
        plen = 1 if len(w) > 3 and w[0] in "وفبل" and w[1:] in SITE_CUES else 0
        if w[plen:] in SITE_CUES and not any(c.source == "hand" for c in m.candidates):
            kind = SITE_CUES[w[plen:]]
            at = at._replace(precision="site", name_en=f"{p.name_en} {kind}", ident=(p.pid, "site:" + kind),
                             nstart=toks[m.tok_start - 1].nstart + plen)
    return at
