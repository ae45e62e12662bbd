"""Score khabar against the hand-annotated gold corpus (``khabar eval gold``).

The match rules and metric definitions are those of ``docs/annotation.md`` (section "Match
rules" and "Metrics"); :mod:`khabar.eval.match_rules` is the one implementation of the match
rules, this module of the metrics. Predictions are plain dicts
shaped like :class:`khabar.schema.ArticleRecord` layers (``record.model_dump()``); a gold
annotation has the same shapes, so one annotation can be scored against another
(inter-annotator agreement).
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from .goldfile import LAYERS, GoldArticle, load_dir, read_json
from .match_rules import (
    _any_overlap,
    _date_right,
    _entity_mentions,
    _num_eq,
    _place_right,
    _same_source,
    _spans,
    coverage,
    match,
    overlap,
)
from .match_rules import (
    _km as _km,  # (imported from here by tests/devgold/places/part-p/place_diff.py)
)

__all__ = ["SPLITS", "agreement", "details", "match", "score", "score_article_pairs", "split_ids"]

SPLITS = ("tune", "heldback", "all")
Rec = dict[str, Any]

# ----------------------------------------------------------------------------- split


def split_ids(gold_dir: Path, split: str) -> list[str]:
    """Annotated ids of ``split``: the manifest's split, except that an article listed in
    ``opened.tsv`` (opened for error analysis) is tuning, and an annotated reserve is
    held-back (reserves are annotated only to restore the held-back minimums)."""
    gold_dir = Path(gold_dir)
    annotated = {p.stem for p in (gold_dir / "annotations").glob("*.json")}
    if not (gold_dir / "manifest.json").exists():
        # a development corpus without a manifest (tests/devgold/*): everything is tuning
        return sorted(annotated) if split in ("tune", "all") else []
    manifest = read_json(gold_dir / "manifest.json")
    opened: set[str] = set()
    log = gold_dir / "opened.tsv"
    if log.exists():
        with log.open(encoding="utf-8") as fh:
            opened = {row["id"] for row in csv.DictReader(fh, delimiter="\t") if row.get("id")}
    out = []
    for row in manifest["articles"]:
        s = row["split"]
        if row["id"] in opened:
            s = "tune"
        elif s == "reserve" and row["id"] in annotated:
            s = "heldback"
        if row["id"] in annotated and ((split == "all" and s != "reserve") or s == split):
            out.append(row["id"])
    return sorted(out)


# ----------------------------------------------------------------------------- tallies


class _Tally:
    """Counts summed over articles; ``metric`` divides, giving None on a 0 denominator."""

    def __init__(self) -> None:
        self.n: dict[str, float] = {}

    def add(self, key: str, v: float = 1) -> None:
        self.n[key] = self.n.get(key, 0) + v

    def get(self, key: str) -> float:
        return self.n.get(key, 0)

    def ratio(self, num: str, den: str) -> float | None:
        d = self.get(den)
        return None if d == 0 else round(self.get(num) / d, 4)

    def f1(self, m: str, g: str, p: str) -> float | None:
        d = self.get(g) + self.get(p)
        return None if d == 0 else round(2 * self.get(m) / d, 4)


def _show(text: str, rec: Rec) -> str:
    sp = rec.get("content") or rec.get("trigger") or rec
    return text[sp["start"] : sp["end"]][:80]


def _log_unmatched(log: list[dict] | None, layer: str, text: str, gold: list[Rec], pred: list[Rec],
                   pairs: list[tuple[int, int]]) -> None:
    """Error analysis: the gold records missed and the predictions matching nothing."""
    if log is None:
        return
    mg, mp = {g for g, _ in pairs}, {p for _, p in pairs}
    log.extend({"layer": layer, "error": "missed", "text": _show(text, g)}
               for i, g in enumerate(gold) if i not in mg)
    log.extend({"layer": layer, "error": "spurious", "text": _show(text, p)}
               for i, p in enumerate(pred) if i not in mp)


def _match_layer(t: _Tally, log: list[dict] | None, layer: str, key: str, text: str,
                 gold: list[Rec], pred: list[Rec], rule: Callable[[Rec, Rec], float]) -> list[tuple[int, int]]:
    """Match ``pred`` to ``gold`` by ``rule``; count the gold, predicted and matched records
    (``key.g``, ``key.p``, ``key.m``) and log the unmatched ones of ``layer``."""
    pairs = match(gold, pred, rule)
    _log_unmatched(log, layer, text, gold, pred, pairs)
    t.add(f"{key}.g", len(gold))
    t.add(f"{key}.p", len(pred))
    t.add(f"{key}.m", len(pairs))
    return pairs


def _score_one(t: _Tally, text: str, gold: dict[str, list[Rec]], pred: dict[str, list[Rec]],
               log: list[dict] | None = None) -> None:
    """Add one article's counts to ``t``, layer by layer (``log``: its unmatched records)."""
    _score_entities(t, text, gold, pred, log)
    _score_claims(t, text, gold, pred, log)
    _score_quantities_dates(t, text, gold, pred, log)
    _score_places(t, text, gold, pred, log)
    _score_events(t, text, gold, pred, log)


def _score_entities(t: _Tally, text: str, gold: dict[str, list[Rec]], pred: dict[str, list[Rec]],
                    log: list[dict] | None) -> None:
    """Entities: mention level, overlapping span + same type."""
    ge = gold.get("entities", [])
    pe = _entity_mentions(pred.get("entities", []))
    pairs = _match_layer(t, log, "entities", "ent", text, ge, pe,
                         lambda g, p: overlap(g, p) if g["type"] == p["type"] else 0)
    for g in ge:
        t.add(f"ent.g.{g['type']}")
    for p in pe:
        t.add(f"ent.p.{p['type']}")
    for gi, _ in pairs:
        t.add(f"ent.m.{ge[gi]['type']}")


def _score_claims(t: _Tally, text: str, gold: dict[str, list[Rec]], pred: dict[str, list[Rec]],
                  log: list[dict] | None) -> None:
    """Claims: content covers >= half the gold tokens, and cue or speaker agrees."""
    gc, pc = gold.get("claims", []), pred.get("claims", [])

    def claim_rule(g: Rec, p: Rec) -> float:
        cov = coverage(text, p["content"], g["content"])
        if cov < 0.5:
            return 0
        if g.get("cue") is None and g.get("speaker") is None:
            return cov
        agree = overlap(p.get("cue"), g.get("cue")) > 0 or _same_source(p.get("speaker"), g.get("speaker"), text)
        return cov if agree else 0

    pairs = _match_layer(t, log, "claims", "cl", text, gc, pc, claim_rule)
    for gi, pi in pairs:
        _score_claim_pair(t, text, gc[gi], pc[pi])
    t.add("cl.g_na", sum(1 for g in gc if g["certainty"] != "asserted"))


def _score_claim_pair(t: _Tally, text: str, g: Rec, p: Rec) -> None:
    """The fields of a matched claim: speaker, chain root, certainty, kind."""
    if g.get("speaker"):
        t.add("cl.spk.n")
        t.add("cl.spk.ok", _same_source(p.get("speaker"), g["speaker"], text))
    if g.get("chain"):
        t.add("cl.root.n")
        proot = (p.get("chain") or [p.get("speaker")])[0]
        t.add("cl.root.ok", _same_source(proot, g["chain"][0], text))
    t.add("cl.cert.ok", p.get("certainty") == g["certainty"])
    t.add("cl.kind.ok", p.get("kind") == g["kind"])
    if g["certainty"] != "asserted":
        t.add("cl.cert_na.n")
        t.add("cl.cert_na.ok", p.get("certainty") == g["certainty"])


def _score_quantities_dates(t: _Tally, text: str, gold: dict[str, list[Rec]], pred: dict[str, list[Rec]],
                            log: list[dict] | None) -> None:
    """Quantities and dates: overlapping spans; then range and unit, or the date's value."""
    for layer, key in (("quantities", "qu"), ("dates", "da")):
        gl, pl = gold.get(layer, []), pred.get(layer, [])
        pairs = _match_layer(t, log, layer, key, text, gl, pl, overlap)
        for gi, pi in pairs:
            g, p = gl[gi], pl[pi]
            if layer == "quantities":
                t.add("qu.range.ok", all(_num_eq(g[k], p.get(k)) for k in ("min", "best", "max")))
                t.add("qu.unit.ok", g["unit"] == p.get("unit"))
            else:
                t.add("da.value.ok", _date_right(g, p))


def _score_places(t: _Tally, text: str, gold: dict[str, list[Rec]], pred: dict[str, list[Rec]],
                  log: list[dict] | None) -> None:
    """Places: predicted span overlaps any mention of the gold place."""
    gp, pp = gold.get("places", []), pred.get("places", [])
    pairs = _match_layer(t, log, "places", "pl", text, gp, pp,
                         lambda g, p: _any_overlap(_spans(g, "mentions"), _spans(p, "mentions")))
    for gi, pi in pairs:
        t.add("pl.50km.ok", _place_right(gp[gi], pp[pi]))
        t.add("pl.cc.ok", bool(gp[gi].get("country")) and gp[gi].get("country") == pp[pi].get("country"))


def _score_events(t: _Tally, text: str, gold: dict[str, list[Rec]], pred: dict[str, list[Rec]],
                  log: list[dict] | None) -> None:
    """Events: trigger overlap (the gold trigger or one of its `also` mentions; the predicted
    trigger or one of its `mentions`, the contract's name for the same thing)."""
    gv, pv = gold.get("events", []), pred.get("events", [])
    pairs = _match_layer(t, log, "events", "ev", text, gv, pv,
                         lambda g, p: _any_overlap([g["trigger"], *(g.get("also") or [])],
                                                   [p["trigger"], *(p.get("mentions") or [])]))
    for gi, pi in pairs:
        t.add("ev.type.ok", gv[gi]["type"] == pv[pi].get("type"))
        t.add("ev.sub.ok", gv[gi].get("subtype") == pv[pi].get("subtype"))


def _scores(t: _Tally) -> dict[str, dict[str, Any]]:
    per_type = {}
    for ty in ("PER", "ORG", "LOC", "MISC"):
        per_type[ty] = {
            "precision": t.ratio(f"ent.m.{ty}", f"ent.p.{ty}"),
            "recall": t.ratio(f"ent.m.{ty}", f"ent.g.{ty}"),
            "f1": t.f1(f"ent.m.{ty}", f"ent.g.{ty}", f"ent.p.{ty}"),
            "gold": int(t.get(f"ent.g.{ty}")),
        }
    return {
        "claims": {
            "recall": t.ratio("cl.m", "cl.g"), "precision": t.ratio("cl.m", "cl.p"),
            "f1": t.f1("cl.m", "cl.g", "cl.p"),
            "speaker_accuracy": t.ratio("cl.spk.ok", "cl.spk.n"),
            "chain_root_accuracy": t.ratio("cl.root.ok", "cl.root.n"),
            "certainty_accuracy": t.ratio("cl.cert.ok", "cl.m"),
            "certainty_accuracy_non_asserted": t.ratio("cl.cert_na.ok", "cl.cert_na.n"),
            "kind_accuracy": t.ratio("cl.kind.ok", "cl.m"),
        },
        "entities": {
            "micro_f1": t.f1("ent.m", "ent.g", "ent.p"),
            "precision": t.ratio("ent.m", "ent.p"), "recall": t.ratio("ent.m", "ent.g"),
            "per_type": per_type,
        },
        "quantities": {
            "range_accuracy": t.ratio("qu.range.ok", "qu.g"),
            "unit_accuracy": t.ratio("qu.unit.ok", "qu.g"),
            "recall": t.ratio("qu.m", "qu.g"), "precision": t.ratio("qu.m", "qu.p"),
        },
        "dates": {
            "value_accuracy": t.ratio("da.value.ok", "da.g"),
            "recall": t.ratio("da.m", "da.g"), "precision": t.ratio("da.m", "da.p"),
        },
        "places": {
            "within_50km": t.ratio("pl.50km.ok", "pl.g"),
            "country_accuracy": t.ratio("pl.cc.ok", "pl.g"),
            "recall": t.ratio("pl.m", "pl.g"), "precision": t.ratio("pl.m", "pl.p"),
        },
        "events": {
            "recall": t.ratio("ev.m", "ev.g"), "precision": t.ratio("ev.m", "ev.p"),
            "f1": t.f1("ev.m", "ev.g", "ev.p"),
            "type_accuracy": t.ratio("ev.type.ok", "ev.m"),
            "subtype_accuracy": t.ratio("ev.sub.ok", "ev.m"),
        },
    }


_COUNT_KEYS = {"entities": "ent", "claims": "cl", "quantities": "qu", "dates": "da",
               "places": "pl", "events": "ev"}


def score_article_pairs(pairs: Iterable[tuple[str, dict[str, list[Rec]], dict[str, list[Rec]]]]) -> dict:
    """Score ``(text, gold_layers, predicted_layers)`` triples; the JSON report's dict."""
    t = _Tally()
    n = 0
    for text, gold, pred in pairs:
        _score_one(t, text, gold, pred)
        n += 1
    return {
        "articles": n,
        "counts": {layer: int(t.get(f"{k}.g")) for layer, k in _COUNT_KEYS.items()}
        | {"claims_not_asserted": int(t.get("cl.g_na"))},
        "predicted": {layer: int(t.get(f"{k}.p")) for layer, k in _COUNT_KEYS.items()},
        "scores": _scores(t),
    }


def _predict(g: GoldArticle) -> tuple[dict[str, list[Rec]], str | None]:
    from ..document import RawArticle
    from ..errors import KhabarError
    from ..pipeline import analyze
    from ..readers.meta import iso_date

    art = RawArticle(text=g.text, source=f"gold:{g.id}", id=g.id, title=g.title,
                     outlet=g.outlet, date=iso_date(g.date))
    try:
        rec = analyze(art).model_dump()
    except KhabarError as err:  # one bad article is scored as an empty prediction
        return {k: [] for k in LAYERS}, f"{g.id}: {err}"
    return {k: rec.get(k, []) for k in LAYERS}, None


def score(gold_dir: Path, split: str = "heldback") -> dict:
    """Run ``khabar.analyze`` on every annotated article of ``split`` and score it."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}")
    arts = load_dir(Path(gold_dir) / "annotations", split_ids(gold_dir, split))
    problems: list[str] = []

    def triples() -> Iterable[tuple[str, dict, dict]]:
        for g in arts:
            pred, err = _predict(g)
            if err:
                problems.append(err)
            yield g.text, g.layers, pred

    report = {"split": split} | score_article_pairs(triples())
    if problems:
        report["errors"] = problems
    return report


def details(gold_dir: Path, split: str = "tune") -> list[dict]:
    """Per-article error analysis (missed gold records, spurious predictions). Only the
    tuning part may be opened: looking at held-back errors would tune on the test set
    (record an article in ``opened.tsv`` first to move it to the tuning part)."""
    if split != "tune":
        raise ValueError("details are for the tuning part only (docs/annotation.md)")
    out = []
    for g in load_dir(Path(gold_dir) / "annotations", split_ids(gold_dir, split)):
        pred, err = _predict(g)
        log: list[dict] = []
        _score_one(_Tally(), g.text, g.layers, pred, log)
        out.append({"id": g.id, "errors": log} | ({"error": err} if err else {}))
    return out


def agreement(gold_dir: Path) -> dict:
    """Inter-annotator agreement: ``annotations/`` as gold, ``second/annotations/`` as
    prediction, over the articles annotated twice."""
    second = load_dir(Path(gold_dir) / "second" / "annotations")
    first = {g.id: g for g in load_dir(Path(gold_dir) / "annotations", [s.id for s in second])}
    triples = [(first[s.id].text, first[s.id].layers, s.layers) for s in second if s.id in first]
    return {"split": "agreement"} | score_article_pairs(triples)
