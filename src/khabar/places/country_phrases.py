"""Places named by a phrase about a country rather than a name (stage 3 of ``khabar.places``).

«شمال غربي البلاد» (the article's own country, or the country of the place named just
before it), «المناطق الجنوبية من السعودية» (a country's parts, the country named after
them), «الأراضي اليمنية» (its territory), «الجنوب الليبي» (a direction noun and the
country's adjective), «العاصمة السورية» (its capital). A bare direction names no place and
makes no record (docs/annotation.md, places rule 7): «الجنوب»، «بالشمال»، «المحافظات
الجنوبية» with no country named in the phrase (places-18e). :func:`add_phrases` joins them to
the names, with the elided directions of ``anchors``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..document import Doc
from ..normalize import fold
from .anchors import _country_after, _elided_before_regions
from .index import Gazetteer, PlaceEntry
from .lexicon import (
    CAPITAL_CUES,
    DIRECTIONS,
    KINGDOMS,
    NISBA,
    PART_ADJECTIVES,
    PART_NOUNS,
    REGION_NOUNS,
    THE_COUNTRY,
    THE_KINGDOM,
    country_descriptions,
    fold_all,
)
from .mentions import Match
from .phrases import Direction, compass_name, elided_directions, read_direction
from .resolve import Context, unambiguous_country

__all__ = ["add_phrases", "main_country"]

#: «الأراضي اليمنية»: the country's territory
_LANDS = frozenset(fold(w) for w in "الأراضي أراضي".split())

_THE_LAND = fold("البلاد")
_FROM_IN = frozenset({fold("من"), fold("في")})
#: words before a country named as the place where something is («في اليمن»)
#: و/ف + ب/ل before a description («وببلاد الحرمين»)
_PB = ("وب", "ول", "فب", "فل")
_IN = fold_all("في داخل الى إلى")


def main_country(ctx: Context) -> str | None:
    if not ctx.countries:
        return None
    return sorted(ctx.countries.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def main_kingdom(ctx: Context) -> str | None:
    """The country «المملكة» stands for: the kingdom (``lexicon.KINGDOMS``) the article names
    most (its outlet's home counts, as in ``main_country``), or None when it names none. The
    article's main country is not enough: «منابع النفط في شرق المملكة» in a Saudi column on the
    Iran-Iraq war is eastern Saudi Arabia, not eastern Iraq (places-20b)."""
    named = [kv for kv in ctx.countries.items() if kv[0] in KINGDOMS and kv[1] > 0]
    return sorted(named, key=lambda kv: (-kv[1], kv[0]))[0][0] if named else None



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


@dataclass(frozen=True, slots=True)
class _Reading:
    """What every country phrase reads: the article's tokens and folded words, the index,
    the names chosen so far and the article's main country."""

    toks: list[Any]
    folded: list[str]
    gaz: Gazetteer
    ctx: Context
    chosen: list[Match]
    main: str | None


def _country_phrases(doc: Doc, gaz: Gazetteer, folded: list[str], taken: set[int],
                     ctx: Context, chosen: list[Match]) -> list[Match]:
    """«شمال غربي البلاد» (the article's main country) and «العاصمة السورية» (its capital).

    At each token the kinds of phrase are tried in order; the first whose words stand
    there decides (it may still make no record)."""
    out: list[Match] = []
    r = _Reading(doc.tokens, folded, gaz, ctx, chosen, main_country(ctx))
    heads, first = _heads(), _first_words()
    for i, w in enumerate(folded):
        if i in taken:
            continue
        bare = w[1:] if len(w) > 4 and w[0] in "وبلف" else w
        if w.startswith("لل") and len(w) > 4:
            bare = "ال" + w[2:]  # «للجنوب»
        if bare not in heads and not (w[:2] in _PB and w[2:] in first):
            continue  # (no phrase below starts with this word: each would say None)
        for phrase in (_the_country, _parts, _lands, _described, _direction_noun, _capital):
            got = phrase(r, i, w, bare)
            if got is not None:
                out += got
                break
    return out


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    """Every first word (without its proclitic) the phrases of ``_country_phrases`` read:
    a word outside it starts none, and most words are outside it (qa-17a)."""
    return THE_COUNTRY | PART_NOUNS | _LANDS | frozenset(_first_words()) \
        | frozenset(REGION_NOUNS) | CAPITAL_CUES


def _the_country(r: _Reading, i: int, w: str, bare: str) -> list[Match] | None:
    """«شمال غربي البلاد»: a direction of «البلاد»/«المملكة», with the directions written
    before it without their anchor («جنوب غرب وغرب المملكة»)."""
    toks, folded, gaz = r.toks, r.folded, r.gaz
    d = None
    if bare in THE_COUNTRY and i > 0:
        before = [folded[j] for j in range(i - 1, max(-1, i - 3), -1) if toks[j].sent == toks[i].sent]
        d, nb, _ = read_direction(before, [])
    # «في اسطنبول وفي جنوب شرق البلاد»، «في محافظة شرناق في جنوب شرق البلاد»: «البلاد» is
    # the country of the place named just before it in its sentence, when there is one,
    # else the article's main country (not «المملكة»: Saudi news names Yemeni places
    # beside «جنوب المملكة»)
    own = _country_before(r.chosen, toks, folded, i - (nb if d is not None else 0)) \
        if bare == _THE_LAND else None
    cc = own if own in gaz.countries else r.main
    if bare == THE_KINGDOM:
        # «المملكة» is a kingdom's own word for itself (``lexicon.THE_COUNTRY``): the article's
        # kingdom, never a republic it names more often
        cc = main_kingdom(r.ctx)
    if d is None or d.rural or not cc or cc not in gaz.countries:
        return None
    m = Match(i, i + 1, toks[i].nstart, toks[i].nend, w, [gaz.countries[cc]])
    m.notes.append("the_country")
    out = [m]
    for a, b, ed in elided_directions(folded, i - nb, [t.sent for t in toks]):
        plen = 1 if folded[a].startswith("و") and folded[a] not in DIRECTIONS else 0
        em = Match(a, b, toks[a].nstart + plen, toks[b - 1].nend, folded[a][plen:],
                   [gaz.countries[cc]])
        em.direction = ed
        out.append(em)
    return out


def _parts(r: _Reading, i: int, w: str, bare: str) -> list[Match] | None:
    """«المناطق الجنوبية من السعودية»، «المحافظات الجنوبية اليمنية»: a country's part, the
    country named after it (adjective, or «من»/«في» + name, or «من البلاد»: the country of
    the place named before it, else the article's). Without it the plural is a
    bare direction («المحافظات الجنوبية»، «المناطق الشمالية»): no record, not even in a
    story about one country (docs/annotation.md, places rule 7; places-18e)."""
    toks, folded, gaz = r.toks, r.folded, r.gaz
    if not (bare in PART_NOUNS and i + 1 < len(folded) and folded[i + 1] in PART_ADJECTIVES
            and toks[i + 1].sent == toks[i].sent):
        return None
    # «المناطق الغربية والجنوبية في إيران»: more compass adjectives before the country
    j = i + 2
    while j < len(folded) and folded[j][:1] == "و" and folded[j][1:] in PART_ADJECTIVES:
        j += 1
    # («الأجزاء الجنوبية الشرقية لمنطقة الرياض»: a part of a region, no country named)
    cc = _country_after(gaz, folded, j)
    if cc is None and j + 1 < len(folded) and folded[j] in _FROM_IN and folded[j + 1] == _THE_LAND:
        # «المحافظات الشمالية والغربية من البلاد»: the anaphor, as «شمال البلاد» reads it
        own = _country_before(r.chosen, r.toks, folded, i)
        cc = own if own in gaz.countries else r.main
    if not cc or cc not in gaz.countries:
        return []
    vec = DIRECTIONS[folded[i + 1]]
    plen = len(w) - len(bare)
    m = Match(i, i + 2, toks[i].nstart + plen, toks[i + 1].nend, w, [gaz.countries[cc]])
    m.direction = Direction(vec, False, compass_name(vec))
    return [m]


def _lands(r: _Reading, i: int, w: str, bare: str) -> list[Match] | None:
    """«من داخل الأراضي اليمنية»: the country's territory is the country."""
    toks, folded, gaz = r.toks, r.folded, r.gaz
    if not (bare in _LANDS and i + 1 < len(folded) and folded[i + 1] in NISBA
            and NISBA[folded[i + 1]] in gaz.countries and toks[i + 1].sent == toks[i].sent):
        return None
    plen = len(w) - len(bare)
    return [Match(i, i + 2, toks[i].nstart + plen, toks[i + 1].nend, w,
                  [gaz.countries[NISBA[folded[i + 1]]]])]


def _described(r: _Reading, i: int, w: str, bare: str) -> list[Match] | None:
    """«الكيان الصهيوني»، «مفتي الديار المصرية»، «بلاد الحرمين الشريفين»، «عروس البحر
    الأحمر»: a description that names one country or city (``lexicon.country_descriptions``)
    is that place, the span the whole description (the longest row that stands there)."""
    toks, folded = r.toks, r.folded
    first = _first_words()
    if bare not in first and w[:2] in _PB and w[2:] in first:
        bare = w[2:]  # «وببلاد الحرمين»، «وبأرض الحرمين»
    row, n = None, first.get(bare, 0)
    while row is None and n >= 2:
        words = (bare, *folded[i + 1:i + n])
        if len(words) == n and toks[i + n - 1].sent == toks[i].sent:
            row = country_descriptions().get(words)
        n -= 1
    if row is None:
        return None
    n += 1
    place = _described_place(r.gaz, *row)
    if place is None:
        return []
    plen = 1 if w.startswith("لل") else len(w) - len(bare)  # «للكيان» spans «لكيان»
    return [Match(i, i + n, toks[i].nstart + plen, toks[i + n - 1].nend, w, [place])]


@lru_cache(maxsize=1)
def _first_words() -> dict[str, int]:
    """The first word of every description to the most words a description starting with
    it has."""
    out: dict[str, int] = {}
    for words in country_descriptions():
        out[words[0]] = max(out.get(words[0], 0), len(words))
    return out


def _described_place(gaz: Gazetteer, cc: str, city: str | None) -> PlaceEntry | None:
    """The country, or the most populous place of the index named ``city`` in it."""
    if city is None:
        return gaz.countries.get(cc)
    named = [p for p in gaz.lookup(city) if p.country == cc]
    return max(named, key=lambda p: (p.population, p.pid)) if named else None


def _direction_noun(r: _Reading, i: int, w: str, bare: str) -> list[Match] | None:
    """«الجنوب الليبي»: the direction noun and the country's (masculine) adjective."""
    toks, folded, gaz = r.toks, r.folded, r.gaz
    if not (bare in REGION_NOUNS and i + 1 < len(folded) and folded[i + 1] + "ه" in NISBA):
        return None
    cc = NISBA[folded[i + 1] + "ه"]
    if cc not in gaz.countries or toks[i + 1].sent != toks[i].sent:
        return []
    vec = REGION_NOUNS[bare]
    plen = len(w) - len(bare)
    m = Match(i, i + 2, toks[i].nstart + plen, toks[i + 1].nend, w, [gaz.countries[cc]])
    m.direction = Direction(vec, False, compass_name(vec))
    return [m]


def _capital(r: _Reading, i: int, w: str, bare: str) -> list[Match] | None:
    """«العاصمة السورية»: the capital of the country the adjective names (its country's
    point when the index has no capital for it)."""
    toks, folded, gaz = r.toks, r.folded, r.gaz
    if not (bare in CAPITAL_CUES and i + 1 < len(folded) and folded[i + 1] in NISBA):
        return None
    cc = NISBA[folded[i + 1]]
    country = gaz.countries.get(cc)
    cap = gaz.capitals.get(cc)
    if cap is None and country is not None:
        cap = PlaceEntry(f"cap:{cc}", cc, "city", country.lat, country.lon, 0,
                         f"capital of {country.name_en}", "cldr+geonames")
    if cap is None:
        return []
    plen = len(w) - len(bare)
    m = Match(i, i + 2, toks[i].nstart + plen, toks[i + 1].nend, w, [cap])
    m.notes.append("capital")
    return [m]


def add_phrases(doc: Doc, gaz: Gazetteer, folded: list[str], chosen: list[Match],
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
