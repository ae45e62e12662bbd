"""Where to put a place the index does not know: near the places the article names.

An unknown named place in a news story is, far more often than not, a small place of the
city or region the story is about (``khabar.places.unknown``, ``khabar.places.local``). On
the pooled development parts and the gold tuning split (session 4), the rule below put 90
of the 98 unknown places it matched within 50 km of the annotated point; the article's
first place, its most-named place or the nearest governorate named would have put 35 to 37
there, the nearest place named in either direction 73.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Set as AbstractSet

from ..document import Doc
from ..schema import Place, PlacePrecision, Span

__all__ = ["Mention", "anchor", "covered_tokens", "place_near", "placed_at", "sentence_of", "token_bounds"]

Mention = tuple[int, int, Place]  # (start, end) of one mention of a place record
_STARTS = "places.sentence_starts"  # doc.extra key: (doc.sentences, their starts)
_BOUNDS = "places.token_bounds"  # doc.extra key: (doc.tokens, their starts, their ends)
_CONTAINER_CHARS = 15


def anchor(mentions: list[Mention], start: int, end: int, sent: tuple[int, int],
            follow: AbstractSet[int] = frozenset(),
            refs: AbstractSet[tuple[int, int]] = frozenset()) -> Place | None:
    """``place_near`` among the mentions that are no reference point of a distance («على
    بعد 650 كيلومترا جنوبي العاصمة بكين»), else among all."""
    if refs:
        found = place_near([m for m in mentions if (m[0], m[1]) not in refs], start, end, sent, follow)
        if found is not None:
            return found
    return place_near(mentions, start, end, sent, follow)


def place_near(mentions: list[Mention], start: int, end: int, sent: tuple[int, int],
                follow: AbstractSet[int] = frozenset()) -> Place | None:
    """The place to put an unknown one at: a direction from a town right after it («جبهة
    المخدرة شمال غربي مأرب»: records whose id is in ``follow``, starting within 25
    characters), else the nearest mentioned in its sentence («مسرح باتاكلان في باريس»), else
    the nearest before it, else after it (countries and regions excluded)."""
    right = [m for m in mentions if id(m[2]) in follow and 0 <= m[0] - end <= 25]
    if right:
        return min(right, key=lambda m: m[0])[2]
    near = [m for m in mentions if m[2].precision not in ("country", "region") and m[2].lat is not None]
    # «منطقة «معبر» بمحافظة ذمار»، «معسكر مرة في شبوة»: a place starting right after it
    # (within ``_CONTAINER_CHARS``) is most often the one it lies in
    # (a region too: «حقلي شاعر وجزل بريف حمص الشرقي»)
    close = [m for m in mentions if m[2].precision != "country" and m[2].lat is not None
             and 0 <= m[0] - end <= _CONTAINER_CHARS and sent[0] <= m[0] < sent[1]]
    if close:
        return min(close, key=lambda m: m[0])[2]
    same = [m for m in near if sent[0] <= m[0] and m[1] <= sent[1]]
    if not same:  # «حقلي شاعر وجزل بريف حمص الشرقي»: a region of its sentence will do
        same = [m for m in mentions if m[2].precision == "region" and m[2].lat is not None
                and sent[0] <= m[0] and m[1] <= sent[1]]
    if same:
        return min(same, key=lambda m: min(abs(m[0] - end), abs(start - m[1])))[2]
    before = [m for m in near if m[1] <= start]
    after = [m for m in near if m[0] >= end]
    if before:
        return max(before, key=lambda m: m[1])[2]
    return min(after, key=lambda m: m[0])[2] if after else None


def sentence_of(doc: Doc, start: int) -> tuple[int, int]:
    """``(start, end)`` of the (first) sentence holding the character ``start``, else
    ``(start, start)``. The sentences are in text order: a bisection on their starts, listed
    once per article in ``doc.extra`` (walking every sentence for every name: qa-17a)."""
    sents = doc.sentences
    cached = doc.extra.get(_STARTS)
    if cached is None or cached[0] is not sents or len(cached[1]) != len(sents):
        cached = doc.extra[_STARTS] = (sents, [s.start for s in sents])
    k = bisect_right(cached[1], start) - 1
    # (a sentence before it holding the character too would come first: none does when
    # the sentences do not overlap, as the segmenter makes them)
    while k > 0 and sents[k - 1].start <= start < sents[k - 1].end:
        k -= 1
    if k >= 0 and start < sents[k].end:
        return sents[k].start, sents[k].end
    return start, start


def token_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """The starts and the ends of ``doc.tokens`` (original offsets), listed once per
    article in ``doc.extra`` (the places step asks about them several times). Held on the
    Doc, not in the module: the analysis of one article keeps no state for the next
    (review-18a; it was a module-level «last token list» before)."""
    toks = doc.tokens
    cached = doc.extra.get(_BOUNDS)
    if cached is None or cached[0] is not toks or len(cached[1]) != len(toks):
        cached = doc.extra[_BOUNDS] = (toks, [t.start for t in toks], [t.end for t in toks])
    return cached[1], cached[2]


def covered_tokens(doc: Doc, records: list[Mention]) -> set[int]:
    """Indices of the tokens of ``doc`` that overlap a mention of ``records`` (tokens are
    sorted by offset: two bisections per mention)."""
    starts, ends = token_bounds(doc)
    out: set[int] = set()
    for s, e, _ in records:
        out.update(range(bisect_right(ends, s), bisect_left(starts, e)))
    return out


def placed_at(span: Span, at: Place, precision: PlacePrecision, entity: str | None = None) -> Place:
    """The record of a place the index does not know, named by ``span``, at the point and in
    the country of the place ``at`` that locates it (no English name: no source has one)."""
    return Place(id="", text=span.text, start=span.start, end=span.end, entity=entity,
                 lat=at.lat, lon=at.lon, country=at.country, precision=precision)
