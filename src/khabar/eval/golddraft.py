"""Render a loaded gold annotation back into a draft (:func:`draft_from_annotation`): the
snippets an annotator writes, so that building the draft again gives the same annotation
(for editing SaudiNewsNet annotations, whose text is never committed;
:mod:`khabar.eval.goldfile` builds and loads them)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .snippets import ref_for

if TYPE_CHECKING:
    from .goldfile import GoldArticle

__all__ = ["draft_from_annotation"]

#: a span (or None) and the offset its snippet is searched from -> the snippet reference
_Ref = Callable[..., "str | None"]


def draft_from_annotation(g: GoldArticle) -> dict:
    """A draft that builds back to the same annotation (for editing SaudiNewsNet ones)."""
    t = g.text

    def ref(sp: dict | None, anchor: int | None = None) -> str | None:
        return ref_for(t, sp["start"], sp["end"], anchor) if sp else None

    draft: dict[str, Any] = {"id": g.id, "annotator": g.annotator}
    draft["entities"] = [
        [e["type"], ref(e)] + ([e["subtype"]] if e.get("subtype") else [])
        for e in g.layers["entities"]
    ]
    draft["claims"] = _claims(g, ref)
    draft["quantities"] = [
        [ref(q), q["min"], q["best"], q["max"], q["unit"]] + (["~"] if q.get("approximate") else [])
        for q in g.layers["quantities"]
    ]
    draft["dates"] = [[ref(d), d["value"], d["precision"]] for d in g.layers["dates"]]
    draft["places"] = _places(g, ref)
    draft["events"] = _events(g, ref)
    return draft


def _claims(g: GoldArticle, ref: _Ref) -> list[dict]:
    """Each claim's content, cue, speaker and the sources it came through (``via``)."""
    claims = []
    for c in g.layers["claims"]:
        a = c["content"]["start"]
        cue_a = c["cue"]["start"] if c.get("cue") else a
        spk = c.get("speaker")
        via_a = spk["start"] if spk else cue_a
        chain = c.get("chain", [])
        via = chain[:-1] if spk and chain else chain
        d: dict[str, Any] = {"content": ref(c["content"]), "cue": ref(c.get("cue"), a),
                             "speaker": ref(spk, cue_a)}
        if via:
            d["via"] = [ref(v, via_a) for v in via]
        d["kind"], d["certainty"] = c["kind"], c["certainty"]
        claims.append(d)
    return claims


def _places(g: GoldArticle, ref: _Ref) -> list[list]:
    """Each place: its snippet (or its mentions' snippets), point, country, precision, name."""
    places = []
    for p in g.layers["places"]:
        ms = p.get("mentions") or [p]
        r: Any = ref(p)
        if len(ms) > 1:
            r = [ref(m) for m in ms]
        places.append([r, p["lat"], p["lon"], p["country"], p["precision"], p.get("name_en")])
    return places


def _events(g: GoldArticle, ref: _Ref) -> list[dict]:
    """Each event: trigger, type, actors, targets, the place and date mentions nearest to its
    trigger, fatalities and the claim's number."""
    byid = {r["id"]: r for layer in ("places", "dates") for r in g.layers[layer]}
    events = []
    for v in g.layers["events"]:
        a = v["trigger"]["start"]
        d = {"trigger": ref(v["trigger"]), "type": v["type"], "subtype": v.get("subtype"),
             "actors": [ref(x, a) for x in v.get("actors", [])],
             "targets": [ref(x, a) for x in v.get("targets", [])]}
        if v.get("also"):
            d["also"] = [ref(x, a) for x in v["also"]]
        for key in ("place", "date"):
            rec = byid.get(v.get(key) or "")
            if rec is not None:
                cands = rec.get("mentions") or [rec]
                near = min(cands, key=lambda m: abs(m["start"] - a))
                d[key] = ref(near, a)
            else:
                d[key] = None
        f = v.get("fatalities")
        d["fatalities"] = [f["min"], f["best"], f["max"]] if f else None
        d["claim"] = int(v["claim"][1:]) if v.get("claim") else None
        events.append(d)
    return events
