"""Helpers of the places tests (test_places_*.py): the rules alone on
a segmented text, a record by its surface, and the gold corpus's 50 km criterion."""

from __future__ import annotations

from khabar.document import Doc, RawArticle
from khabar.options import Options
from khabar.pipeline import normalize_step, segment_step
from khabar.places import geocode
from khabar.places.index import distance_km
from khabar.schema import Entity, Place, Span
from khabar.segment import Token


def segmented(text: str, outlet: str | None = None) -> Doc:
    """``text`` normalised and segmented, with no entities (tests add the tagger's entities
    they need by hand)."""
    doc = Doc.from_article(RawArticle(text=text, source="test", outlet=outlet))
    return segment_step(normalize_step(doc, Options()), Options())


def places(text: str, outlet: str | None = None) -> list[Place]:
    """The place records of a segmented text (no entity tagger: the rules alone), from
    ``outlet`` when one is given (some rules read the article's outlet)."""
    return geocode(segmented(text, outlet))


def tagged(text: str, surface: str, etype: str = "LOC", outlet: str | None = None) -> list[Place]:
    """The place records of ``text`` with ``surface`` (its first occurrence) tagged ``etype`` by
    hand, as the entity tagger would (the rules and that one entity, no tagger)."""
    doc = segmented(text, outlet)
    s = text.index(surface)
    span = Span(text=surface, start=s, end=s + len(surface))
    doc.entities.append(Entity(id="e1", text=surface, start=s, end=span.end, type=etype,  # type: ignore[arg-type]
                               canonical=surface, mentions=[span]))
    return geocode(doc)


def find(records: list[Place], surface: str) -> Place:
    """The first record whose text is ``surface`` (the test fails when there is none)."""
    hits = [r for r in records if r.text == surface]
    assert hits, f"no place {surface!r} in {[r.text for r in records]}"
    return hits[0]


def near(r: Place, lat: float, lon: float, km: float = 50) -> bool:
    """The record has a point within ``km`` of (lat, lon)."""
    return r.lat is not None and r.lon is not None and distance_km(r.lat, r.lon, lat, lon) <= km


def assert_place(text: str, surface: str, lat: float, lon: float, precision: str | None = None,
                 km: float = 50) -> None:
    """The record of ``surface`` in ``text`` lies within ``km`` of (lat, lon), with
    ``precision`` when one is given (the shape of most places tests' tables)."""
    r = find(places(text), surface)
    if precision is not None:
        assert r.precision == precision, f"{surface!r} has precision {r.precision!r}"
    assert near(r, lat, lon, km), f"{surface!r} is at ({r.lat}, {r.lon})"


def laid_out(words: list[str], seps: list[str]) -> tuple[list[Token], str]:
    """Tokens of ``words``, each after its separator in ``seps``, in sentence 0, and the
    normalised text they lay out (offsets in the normalised and original text alike)."""
    norm, toks = "", []
    for k, (w, sep) in enumerate(zip(words, seps, strict=True)):
        norm += sep
        toks.append(Token(w, len(norm), len(norm) + len(w), len(norm), len(norm) + len(w), 0, k))
        norm += w
    return toks, norm
