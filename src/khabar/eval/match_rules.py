"""The match rules of ``docs/annotation.md`` (section "Match rules"): when a predicted record
is the same as a gold one, layer by layer, and the one-to-one matching of records by those
rules. Scoring (:mod:`khabar.eval.gold`) counts the pairs they give."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..normalize import fold
from ..places.index import distance_km as _km

__all__ = ["coverage", "match", "overlap"]

Rec = dict[str, Any]


# ----------------------------------------------------------------------------- spans


def _se(sp: Rec | None) -> tuple[int, int] | None:
    return None if not sp else (int(sp["start"]), int(sp["end"]))


def overlap(a: Rec | None, b: Rec | None) -> int:
    """Characters shared by two spans (0 when either is missing)."""
    x, y = _se(a), _se(b)
    if x is None or y is None:
        return 0
    return max(0, min(x[1], y[1]) - max(x[0], y[0]))


def _same_source(pred: Rec | None, gold: Rec | None, text: str) -> bool:
    """A predicted source agrees with a gold one: overlapping spans, or equal folded texts
    (the same name written elsewhere in the article)."""
    if not pred or not gold:
        return not pred and not gold  # an impersonal claim: both unstated
    if overlap(pred, gold) > 0:
        return True
    pt = fold(text[pred["start"] : pred["end"]])
    return bool(pt) and pt == fold(text[gold["start"] : gold["end"]])


_WORD = re.compile(r"\w+")


def _tokens(text: str, sp: Rec) -> list[tuple[int, int]]:
    s = sp["start"]
    return [(s + m.start(), s + m.end()) for m in _WORD.finditer(text[s : sp["end"]])]


def coverage(text: str, pred: Rec, gold: Rec) -> float:
    """Share of the gold span's tokens that the predicted span overlaps."""
    toks = _tokens(text, gold)
    if not toks:
        return 0.0
    ps, pe = pred["start"], pred["end"]
    return sum(1 for s, e in toks if s < pe and e > ps) / len(toks)


# ----------------------------------------------------------------------------- matching


def match(gold: list[Rec], pred: list[Rec], rule: Callable[[Rec, Rec], float]) -> list[tuple[int, int]]:
    """One-to-one matching: ``rule(g, p)`` gives a score > 0 for an admissible pair; pairs
    are taken greedily by score (then gold, then prediction position)."""
    cands = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            s = rule(g, p)
            if s > 0:
                cands.append((-s, gi, pi))
    cands.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in cands:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return pairs


def _entity_mentions(entities: list[Rec]) -> list[Rec]:
    """Predicted entity mentions: each entity's span plus its ``mentions``, deduplicated."""
    seen: set[tuple[int, int, str]] = set()
    out = []
    for e in entities:
        for sp in [e, *(e.get("mentions") or [])]:
            k = (sp["start"], sp["end"], e["type"])
            if k not in seen:
                seen.add(k)
                out.append({"start": sp["start"], "end": sp["end"], "type": e["type"]})
    return out


def _spans(rec: Rec, extra: str) -> list[Rec]:
    return [rec, *(rec.get(extra) or [])]


def _any_overlap(a: list[Rec], b: list[Rec]) -> int:
    return max((overlap(x, y) for x in a for y in b), default=0)


def _num_eq(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 0.005 * max(abs(float(a)), abs(float(b)), 1e-9)


def _date_right(g: Rec, p: Rec) -> bool:
    if g.get("value") is None:
        return p.get("value") is None
    width = {"day": 10, "month": 7, "year": 4}[g["precision"]]
    pv = p.get("value")
    return pv is not None and str(pv)[:width] == str(g["value"])[:width]


def _place_right(g: Rec, p: Rec) -> bool:
    if g.get("precision") == "country":
        return bool(p.get("country")) and p.get("country") == g.get("country")
    if p.get("lat") is None or p.get("lon") is None:
        return False
    return _km(g["lat"], g["lon"], p["lat"], p["lon"]) <= 50.0
