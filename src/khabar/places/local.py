"""Records for small named places read by their phrase, not by the index: named buildings
(``khabar.places.sites``: «مطار الملك عبدالعزيز الدولي بجدة»), Saudi centres held by a named
unit (``khabar.places.centres``: «مركز حلي التابع لمحافظة القنفذة») and names located by a
compass phrase (``khabar.places.compass``: «في تل معاز شرقي قرية شقا»). Each is put at the place
written right after it, else near the places named (``khabar.places.near``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Set as AbstractSet

from ..document import Doc
from ..normalize import fold
from ..schema import Place
from .centres import centre_names
from .compass import compass_names
from .index import distance_km, gazetteer
from .lexicon import ADJECTIVES, DIRECTIONS, QUOTES, THE_COUNTRY, fold_all
from .mentions import Match, first_token_variants
from .near import Mention, anchor, covered_tokens, placed_at, sentence_of, token_bounds
from .sites import BUILDING_CUES, OPEN_CUES, contained_sites, named_malls, named_sites

__all__ = ["contained_names", "described_sites", "local_places"]

#: «بمحافظة ذمار»، «في مديرية حيس»: a unit that holds the name before it
_UNIT_WORDS = fold_all("محافظة مديرية منطقة مدينة قضاء ناحية ولاية معتمدية قطاع")
_CONTAINED_KM = 60.0
#: nouns that are gazetteer names somewhere but say "a place" here («في منطقة بمحافظة ذمار»)
_GENERIC = fold_all("منطقة مدينة قرية بلدة حي محافظة مديرية مخيم مركز موقع")


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
    covered = covered_tokens(doc, records)
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
        out.append(placed_at(span, at, "village"))
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
    # (two bisections per record, not a pass over the article's tokens: qa-16a)
    covered = covered_tokens(doc, records)
    ends = token_bounds(doc)[1]
    starts: dict[int, int] = {}
    for n, (s, _, _) in enumerate(records):
        first = bisect_right(ends, s)  # the first token ending after the record's start
        if first < len(toks):
            starts.setdefault(first, n)
    out: list[Place] = []
    seen: set[str] = set()
    for a, c, anchor_tok, plen in compass_names(toks, folded, covered, starts):
        at = records[starts[anchor_tok]][2]
        span = doc.span_from_norm(toks[a].nstart + plen, toks[c - 1].nend)
        key = fold(span.text)
        if key in seen or at.lat is None or _country_wide(at):
            continue
        seen.add(key)
        out.append(placed_at(span, at, "village"))
    return out


def _buildings(doc: Doc, folded: list[str], records: list[Mention],
               refs: AbstractSet[tuple[int, int]]) -> list[Place]:
    """Named buildings and landmarks («مطار الملك عبدالعزيز الدولي بجدة»، «قصر السلام»،
    «دوار المجسم»، «دارين مول»; ``khabar.places.sites``): first those written with the place
    they stand in (``_contained``), then the others: a site at the place written right after the
    name (ب/في + a town or country: «مسجد الإمام الصادق في الكويت»), else at the nearest
    place named (``near.anchor``); one record per name; nothing with no place named."""
    toks = doc.tokens
    covered = covered_tokens(doc, records)
    out, seen = _contained(doc, folded, records, covered)
    taken = {p.start for p in out}
    sites = [(i, end, key, 1 if len(folded[i]) > 3 and folded[i][0] in "وبلف" and folded[i] not in BUILDING_CUES
              else 0) for i, end, key in named_sites(toks, folded, covered)]
    # a later mention of a site already placed by another stage («ساحة القصبة» of
    # ``khabar.places.quarters`` at its first mention) is that record's, not a second one
    placed = {fold(m[2].text) for m in records}
    for i, end, key, plen in sites + named_malls(toks, folded):
        span = doc.span_from_norm(toks[i].nstart + plen, toks[end - 1].nend)
        if key in seen or fold(span.text) in placed or span.start in taken:
            continue
        after = [m for m in records if m[2].lat is not None and 0 <= m[0] - span.end <= 4
                 and doc.article.text[span.end:m[0]].strip() in ("", "ب", "في")]
        at = after[0][2] if after else anchor(records, span.start, span.end,
                                              sentence_of(doc, span.start), refs=refs)
        if at is None or at.lat is None:
            continue
        if at.precision == "country" and key.partition(" ")[0] in OPEN_CUES:
            continue  # «مخيم الزعتري بالأردن»: a camp or a street is not at a country's capital
        seen.add(key)
        out.append(placed_at(span, at, "site"))
    return out


#: What stands between a site's name and the place it is in: «ب»، «في»، «وسط»، a town's or an
#: area's cue («بمدينة المبرز»، «في محافظة»، «ببلدة القديح»)، «الواقع/الكائن» before them
#: («متحف المصمك الواقع في»); folded
_CONTAINER = re.compile(
    r"(?:ال(?:واقع|كائن)ه?\s*)?(?:ب|في\s*|(?:ب|في\s*)?وسط\s*)(?:ب?(?:" + "|".join(sorted(fold_all(
        "مدينة محافظة منطقة بلدة قرية حي ولاية جزيرة مديرية معتمدية"))) + r")\s*)?")
_CONTAINER_CHARS = 20


def _contained(doc: Doc, folded: list[str], records: list[Mention],
               covered: AbstractSet[int]) -> tuple[list[Place], set[str]]:
    """Sites written with the place they stand in right after their name («سوق حراء بجدة»،
    «جامع الفاروق بمدينة عنك»؛ ``sites.contained_sites``), and their keys: each at that place's
    point, precision ``site``; not at a country's or a region's point («مخيم الزعتري بالأردن»
    is 70 km from Amman, «مستشفى راغوسا في صقلية» 100 km from Sicily's centre)."""
    toks, text = doc.tokens, doc.article.text
    starts = sorted(((m[0], m[2]) for m in records if m[2].lat is not None), key=lambda x: x[0])

    def container(j: int) -> Place | None:
        """The place whose mention starts right after the container words at token ``j``."""
        t0 = toks[j].start
        for s, place in starts:
            if t0 <= s <= t0 + _CONTAINER_CHARS and _CONTAINER.fullmatch(fold(text[t0:s]).strip()):
                return place
        return None

    out: list[Place] = []
    seen: set[str] = set()
    for i, end, key, j, plen in contained_sites(toks, folded, covered, container):
        at = container(j)
        if at is None or key in seen or at.precision in ("country", "region"):
            continue
        seen.add(key)
        out.append(placed_at(doc.span_from_norm(toks[i].nstart + plen, toks[end - 1].nend), at, "site"))
    return out, seen


def _may_open_unit(w: str) -> bool:
    """Can the folded word ``w`` open what :func:`_unit_after` reads (a quotation mark, «في»,
    a word with ب)? When not, it gives None."""
    return w == "في" or w in QUOTES or (len(w) > 3 and w[0] == "ب")


def _unit_after(doc: Doc, folded: list[str], j: int) -> int | None:
    """Token of the unit's name when the tokens from ``j`` say «ب/في + unit word + name»
    («بمحافظة ذمار»، «في محافظة ذمار»; a closing quotation mark may come first), else None."""
    toks = doc.tokens
    if j < len(folded) and folded[j] in QUOTES:
        j += 1
    if j + 1 < len(folded) and folded[j] == "في":
        j += 1
        word = folded[j]
    elif j < len(folded) and len(folded[j]) > 3 and folded[j][0] == "ب":
        word = folded[j][1:]
    else:
        return None
    if word not in _UNIT_WORDS or j + 1 >= len(folded) or toks[j + 1].sent != toks[j].sent:
        return None
    return j + 1


def _name_before(doc: Doc, folded: list[str], end: int) -> Match | None:
    """The longest gazetteer name (up to three words, the first may carry a proclitic)
    ending right before token ``end``, cue words included («معبر»، «ميناء»: the places step
    reads them as cues and drops them from its matches)."""
    toks, gaz = doc.tokens, gazetteer()
    for length in (3, 2, 1):
        i = end - length
        if i < 0 or toks[i].sent != toks[end - 1].sent or not toks[i].is_arabic:
            continue
        for plen, stem in first_token_variants(folded[i]):
            key = " ".join([stem, *folded[i + 1:end]])
            cands = gaz.get(key)
            if cands:
                return Match(i, end, toks[i].nstart + plen, toks[end - 1].nend, key, cands)
    return None


def contained_names(doc: Doc, folded: list[str], chosen: list[Match],
                    records: list[Mention]) -> list[Place]:
    """Gazetteer names set aside (a common word: «معبر» is "a crossing") that the phrase
    puts inside a unit named right after them («ب[معبر] في محافظة ذمار»، «منطقة «معبر»
    بمحافظة ذمار»): the name's namesake within 60 km of that unit's place is the place,
    precision of that namesake. Names inside the unit's own span, or near no namesake, give
    nothing."""
    toks = doc.tokens
    taken = {t for m in chosen for t in range(m.tok_start, m.tok_end)}
    out: list[Place] = []
    seen: set[str] = set()
    for j in range(1, len(folded)):
        if not _may_open_unit(folded[j]):
            continue  # (_unit_after would say None: most words, read first)
        unit = _unit_after(doc, folded, j)
        if unit is None:
            continue
        m = _name_before(doc, folded, j)  # «منطقة «معبر» بمحافظة»: ``j`` is the closing mark
        if m is None or m.key in seen or m.key in _GENERIC or m.key.split(" ")[0] in DIRECTIONS:
            continue
        if any(t in taken for t in range(m.tok_start, m.tok_end)):
            continue
        span = doc.span_from_norm(m.nstart, m.nend)
        if any(s < span.end and span.start < e for s, e, _ in records):
            continue
        holders = [r for s, e, r in records if s <= toks[unit].start < e or s == toks[unit].start]
        holders = [r for r in holders if r.lat is not None and r.lon is not None and r.precision != "country"]
        if not holders:
            continue
        h = holders[0]
        assert h.lat is not None and h.lon is not None
        # a country is inside no unit («مسرح مدارس المملكة بمدينة الرياض»: the country's
        # point is its capital)
        near = [c for c in m.candidates if c.precision != "country"
                and distance_km(c.lat, c.lon, h.lat, h.lon) <= _CONTAINED_KM]
        if not near:
            continue
        best = max(near, key=lambda c: c.population)
        seen.add(m.key)
        out.append(Place(id="", text=span.text, start=span.start, end=span.end, lat=best.lat,
                         lon=best.lon, country=best.country, name_en=best.name_en or None,
                         precision="village" if best.precision == "city" and best.population < 10_000
                         else best.precision))  # type: ignore[arg-type]
    return out


# Sites named by a description that identifies one place (docs/annotation.md: «العاصمة
# الجزائرية» is a place): the presidential palace of the city the story is in, a country's
# embassy or consulate there. Hand-made by the khabar authors from the gold corpus's
# tuning split and SaudiNewsNet usage.
_PALACE = fold("القصر")
_PALACE_ADJ = fold_all("الرئاسي الجمهوري")
_MISSIONS = fold_all("السفارة القنصلية")


def described_sites(doc: Doc, folded: list[str], records: list[Mention],
                    refs: AbstractSet[tuple[int, int]] = frozenset()) -> list[Place]:
    """«القصر الرئاسي»، «القصر الجمهوري»، «السفارة الأمريكية»، «القنصلية التركية»: a site at
    the town named nearest it (in its sentence, else before it); one record per
    description; nothing with no town named."""
    toks = doc.tokens
    out: list[Place] = []
    seen: set[str] = set()
    for i, w in enumerate(folded[:-1]):
        plen = 1 if len(w) > 4 and w[0] in "وبلف" and w[1:].startswith("ال") else 0
        bare = w[plen:]
        if bare != _PALACE and bare not in _MISSIONS:
            continue  # (the test below fails too: most words, read first)
        nxt = folded[i + 1]
        if toks[i + 1].sent != toks[i].sent:
            continue
        if not ((bare == _PALACE and nxt in _PALACE_ADJ) or (bare in _MISSIONS and nxt in ADJECTIVES)):
            continue
        key = f"{bare} {nxt}"
        span = doc.span_from_norm(toks[i].nstart + plen, toks[i + 1].nend)
        if key in seen or any(s < span.end and span.start < e for s, e, _ in records):
            continue
        # a place written right after it (ب/في) is where it is («السفارة الأمريكية في صنعاء»);
        # after a country («السفارة التونسية بليبيا»، «السفارة اليمنية بجيبوتي») it names no
        # one site of a town (the gold tuning split leaves such a mission out), not the
        # nearest town of the story either
        after = [m for m in records if m[2].lat is not None and 0 <= m[0] - span.end <= 4
                 and doc.article.text[span.end:m[0]].strip() in ("", "ب", "في")]
        if after and after[0][2].precision == "country":
            continue
        towns = [m for m in records if m[2].precision in ("city", "site", "admin") and m[2].lat is not None]
        at = after[0][2] if after else anchor(towns, span.start, span.end, sentence_of(doc, span.start),
                                              refs=refs)
        if at is None:
            continue
        seen.add(key)
        out.append(placed_at(span, at, "site"))
    return out + local_places(doc, folded, records + [(r.start, r.end, r) for r in out], refs)
