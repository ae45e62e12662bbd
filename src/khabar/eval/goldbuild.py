"""Build a gold annotation from a draft (``tests/gold/README.md``): resolve every snippet
to offsets, check every label, hash every span (:func:`build_annotation`); a draft that does
not validate raises :class:`DraftError` with every problem found."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator
from typing import Any

from ..errors import KhabarError
from ..schema import (
    CERTAINTIES,
    CLAIM_KINDS,
    DATE_PRECISIONS,
    ENTITY_SUBTYPES,
    ENTITY_TYPES,
    EVENT_SUBTYPES,
    EVENT_TYPES,
    PLACE_PRECISIONS,
    UNITS,
)
from ..wording import count
from .goldsource import FORMAT, FREE_SOURCES, LAYERS, sha, source_file_of
from .snippets import RefError, resolve, resolve_all

__all__ = ["DraftError", "build_annotation"]

_ISO = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}
#: The shape of a draft's item in each layer: its type, the lengths allowed (None: any
#: length) and what a problem says is expected.
_SHAPES: dict[str, tuple[type[list] | type[dict], Callable[[int], bool] | None, str]] = {
    "entities": (list, lambda n: n >= 2, "[TYPE, REF, SUBTYPE?]"),
    "claims": (dict, None, "an object"),
    "quantities": (list, lambda n: n in (5, 6), "[REF, min, best, max, unit, '~'?]"),
    "dates": (list, lambda n: n == 3, "[REF, value|null, precision]"),
    "places": (list, lambda n: n == 6, "[REF, lat, lon, country, precision, name_en]"),
    "events": (dict, None, "an object"),
}


class DraftError(KhabarError, ValueError):
    """A draft that does not validate; ``problems`` lists every problem found. A
    :class:`~khabar.errors.KhabarError`, and still a ``ValueError`` for older callers."""

    def __init__(self, article_id: str, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(f"{article_id}: {count(len(problems), 'problem')}:\n  " + "\n  ".join(problems))


class _Builder:
    def __init__(self, text: str, free: bool) -> None:
        self.text = text
        self.free = free
        self.problems: list[str] = []

    def shaped_items(self, layer: str, items: list) -> Iterator[tuple[int, str, Any]]:
        """(number from 1, ``layer[k]``, item) of each item of ``layer`` that has its shape
        (:data:`_SHAPES`); a problem for each other item."""
        kind, size_ok, expected = _SHAPES[layer]
        for k, it in enumerate(items, 1):
            where = f"{layer}[{k}]"
            if not isinstance(it, kind) or (size_ok is not None and not size_ok(len(it))):
                self.problems.append(f"{where}: expected {expected}")
                continue
            yield k, where, it

    def span(self, s: int, e: int) -> dict[str, Any]:
        d: dict[str, Any] = {"start": s, "end": e, "sha": sha(self.text[s:e])}
        if self.free:
            d["text"] = self.text[s:e]
        return d

    def ref(self, where: str, ref: Any, anchor: int | None = None) -> tuple[int, int] | None:
        try:
            return resolve(self.text, ref, anchor)
        except RefError as err:
            self.problems.append(f"{where}: {err}")
            return None

    def label(self, where: str, value: Any, allowed: tuple[str, ...], null_ok: bool = False) -> None:
        if value is None and null_ok:
            return
        if value not in allowed:
            self.problems.append(f"{where}: {value!r} is not one of {', '.join(allowed)}")

    def number(self, where: str, value: Any) -> None:
        if value is not None and not isinstance(value, (int, float)):
            self.problems.append(f"{where}: {value!r} is not a number")


def build_annotation(draft: dict, text: str, meta: dict) -> dict:
    """Resolve and validate ``draft`` against ``text``; the annotation dict, or DraftError."""
    aid = draft.get("id") or meta["id"]
    free = source_file_of(aid) in FREE_SOURCES
    b = _Builder(text, free)
    out: dict[str, Any] = {
        "format": FORMAT, "id": aid, "source_file": source_file_of(aid),
        "outlet": meta.get("outlet"), "date": meta.get("date"),
        "annotator": draft.get("annotator"), "text_sha256": hashlib.sha256(text.encode()).hexdigest(),
    }
    if free:
        out["title"] = meta.get("title")
        out["text"] = text
    unknown = set(draft) - {"id", "annotator", "notes", "status", *LAYERS}
    if unknown:
        b.problems.append(f"unknown draft keys {sorted(unknown)}")

    out["entities"] = _entities(b, draft.get("entities", []))
    out["claims"] = _claims(b, draft.get("claims", []))
    out["quantities"] = _quantities(b, draft.get("quantities", []))
    out["dates"] = _dates(b, draft.get("dates", []))
    out["places"] = _places(b, draft.get("places", []))
    out["events"] = _events(b, draft.get("events", []), out)
    if b.problems:
        raise DraftError(aid, b.problems)
    return out


def _entities(b: _Builder, items: list) -> list[dict]:
    found: list[tuple[int, int, str, str | None, bool]] = []
    for _k, where, it in b.shaped_items("entities", items):
        b.label(where, it[0], ENTITY_TYPES)
        sub = it[2] if len(it) > 2 else None
        b.label(where, sub, ENTITY_SUBTYPES, null_ok=True)
        try:
            spans = resolve_all(b.text, it[1])
        except RefError as err:
            b.problems.append(f"{where}: {err}")
            continue
        every = isinstance(it[1], str) and it[1].endswith("#*")
        found.extend((s, e, it[0], sub, every) for s, e in spans)
    # A "#*" occurrence inside a longer annotated name is part of that name (the longest
    # name wins: «ترامب#*» does not re-annotate the «ترامب» of «دونالد ترامب»).
    kept = [f for f in found if not (f[4] and any(
        (o[0] <= f[0] and f[1] <= o[1] and (o[0], o[1]) != (f[0], f[1])) for o in found))]
    out: list[dict] = []
    seen: set[tuple[int, int]] = set()
    for s, e, ty, sub, _ in kept:
        if (s, e) in seen:
            b.problems.append(f"entities: {b.text[s:e]!r} at {s} annotated twice")
            continue
        seen.add((s, e))
        out.append({"id": "", **b.span(s, e), "type": ty, "subtype": sub})
    out.sort(key=lambda r: (r["start"], r["end"]))
    for i, r in enumerate(out, 1):
        r["id"] = f"e{i}"
    return out


def _claims(b: _Builder, items: list) -> list[dict]:
    out = []
    for k, where, it in b.shaped_items("claims", items):
        extra = set(it) - {"content", "cue", "speaker", "via", "kind", "certainty", "note"}
        if extra:
            b.problems.append(f"{where}: unknown keys {sorted(extra)}")
        content = b.ref(f"{where}.content", it.get("content"))
        anchor = content[0] if content else None
        cue = b.ref(f"{where}.cue", it["cue"], anchor) if it.get("cue") else None
        spk_anchor = cue[0] if cue else anchor
        speaker = b.ref(f"{where}.speaker", it["speaker"], spk_anchor) if it.get("speaker") else None
        chain = []
        via_anchor = speaker[0] if speaker else spk_anchor
        for j, v in enumerate(it.get("via") or [], 1):
            r = b.ref(f"{where}.via[{j}]", v, via_anchor)
            if r:
                chain.append(r)
        b.label(f"{where}.kind", it.get("kind"), CLAIM_KINDS)
        b.label(f"{where}.certainty", it.get("certainty"), CERTAINTIES)
        if content is None:
            continue
        if speaker:
            chain.append(speaker)
        out.append({
            "id": f"c{k}", "content": b.span(*content),
            "cue": b.span(*cue) if cue else None,
            "speaker": b.span(*speaker) if speaker else None,
            "chain": [b.span(*c) for c in chain],
            "kind": it.get("kind"), "certainty": it.get("certainty"),
        })
    return out


def _quantities(b: _Builder, items: list) -> list[dict]:
    out = []
    for k, where, it in b.shaped_items("quantities", items):
        r = b.ref(where, it[0])
        for v in it[1:4]:
            b.number(where, v)
        lo, best, hi = it[1:4]
        if lo is not None and hi is not None and lo > hi:
            b.problems.append(f"{where}: min {lo} > max {hi}")
        b.label(where, it[4], UNITS)
        if len(it) == 6 and it[5] != "~":
            b.problems.append(f"{where}: the 6th item may only be '~' (approximate)")
        if r:
            out.append({"id": f"q{k}", **b.span(*r), "min": lo, "best": best, "max": hi,
                        "unit": it[4], "approximate": len(it) == 6})
    return out


def _dates(b: _Builder, items: list) -> list[dict]:
    out = []
    for k, where, it in b.shaped_items("dates", items):
        r = b.ref(where, it[0])
        b.label(where, it[2], DATE_PRECISIONS)
        if it[1] is not None and it[2] in _ISO and not re.fullmatch(_ISO[it[2]], str(it[1])):
            b.problems.append(f"{where}: value {it[1]!r} is not an ISO {it[2]} (e.g. 2015-07-21, 2015-07, 2015)")
        if r:
            out.append({"id": f"d{k}", **b.span(*r), "value": it[1], "precision": it[2]})
    return out


def _places(b: _Builder, items: list) -> list[dict]:
    out = []
    for k, where, it in b.shaped_items("places", items):
        try:  # one ref, or a list of refs for mentions written differently
            refs = it[0] if isinstance(it[0], list) else [it[0]]
            spans = sorted({sp for r in refs for sp in resolve_all(b.text, r)})
        except RefError as err:
            b.problems.append(f"{where}: {err}")
            continue
        lat, lon, cc, prec, name = it[1:]
        if not (isinstance(lat, (int, float)) and -90 <= lat <= 90):
            b.problems.append(f"{where}: bad lat {lat!r}")
        if not (isinstance(lon, (int, float)) and -180 <= lon <= 180):
            b.problems.append(f"{where}: bad lon {lon!r}")
        if not (isinstance(cc, str) and re.fullmatch(r"[A-Z]{2}", cc)):
            b.problems.append(f"{where}: country {cc!r} is not an ISO-3166 alpha-2 code")
        b.label(where, prec, PLACE_PRECISIONS)
        s, e = spans[0]
        out.append({"id": f"p{k}", **b.span(s, e), "mentions": [b.span(*m) for m in spans],
                    "lat": lat, "lon": lon, "country": cc, "precision": prec, "name_en": name})
    return out


def _fatalities(b: _Builder, where: str, v: Any) -> dict | None:
    if v is None:
        return None
    if isinstance(v, (int, float)):
        return {"min": v, "best": v, "max": v}
    if isinstance(v, list) and len(v) == 3:
        for x in v:
            b.number(where, x)
        return {"min": v[0], "best": v[1], "max": v[2]}
    b.problems.append(f"{where}: fatalities must be a number or [min, best, max]")
    return None


def _layer_ref(b: _Builder, where: str, ref: Any, layer: list[dict], anchor: int | None) -> str | None:
    """The id of the place/date record whose span the ref names."""
    if ref is None:
        return None
    r = b.ref(where, ref, anchor)
    if r is None:
        return None
    for rec in layer:
        if any((m["start"], m["end"]) == r for m in rec.get("mentions", [rec])):
            return str(rec["id"])
    b.problems.append(f"{where}: {ref!r} is not a span of that layer (annotate it there first)")
    return None


def _events(b: _Builder, items: list, ann: dict) -> list[dict]:
    out = []
    for k, where, it in b.shaped_items("events", items):
        extra = set(it) - {"trigger", "type", "subtype", "actors", "targets", "place", "date",
                           "fatalities", "claim", "also", "note"}
        if extra:
            b.problems.append(f"{where}: unknown keys {sorted(extra)}")
        trig = b.ref(f"{where}.trigger", it.get("trigger"))
        a = trig[0] if trig else None
        b.label(f"{where}.type", it.get("type"), EVENT_TYPES)
        b.label(f"{where}.subtype", it.get("subtype"), EVENT_SUBTYPES, null_ok=True)
        also = [b.ref(f"{where}.also", x, a) for x in it.get("also") or []]
        actors = [b.ref(f"{where}.actors", x, a) for x in it.get("actors") or []]
        targets = [b.ref(f"{where}.targets", x, a) for x in it.get("targets") or []]
        place = _layer_ref(b, f"{where}.place", it.get("place"), ann["places"], a)
        date = _layer_ref(b, f"{where}.date", it.get("date"), ann["dates"], a)
        claim = it.get("claim")
        if claim is not None and not (isinstance(claim, int) and 1 <= claim <= len(ann["claims"])):
            b.problems.append(f"{where}.claim: {claim!r} is not a claim number 1..{len(ann['claims'])}")
            claim = None
        if trig is None:
            continue
        out.append({
            "id": f"v{k}", "type": it.get("type"), "subtype": it.get("subtype"),
            "trigger": b.span(*trig), "also": [b.span(*x) for x in also if x],
            "actors": [b.span(*x) for x in actors if x], "targets": [b.span(*x) for x in targets if x],
            "place": place, "date": date,
            "fatalities": _fatalities(b, f"{where}.fatalities", it.get("fatalities")),
            "claim": f"c{claim}" if claim else None,
        })
    return out
