#!/usr/bin/env python3
"""Tabulate the merge's errors on the events development parts, with the fields the merge compares.

A *duplicate* is a predicted event matched to no gold event whose trigger or mentions overlap a
gold event already matched by another prediction (a retelling or a part of one act kept apart);
a *swallowed* gold event is one matched by no prediction but overlapped by the mentions of a
prediction matched to another gold event (an occurrence merged as a mention of another). Matching
is ``khabar eval gold``'s (:func:`khabar.eval.gold.match`, trigger or mention overlap). Each row
prints the event's date (text=value) and place (text/country/precision): the other layers'
fields that keep retellings apart or join distinct occurrences (docs/events.md, "Session 9: the
merge's fields (events-9b)"). Development parts only: the held-back split is refused.

    python scripts/events_dups.py                        # the pooled parts of events-8b
    python scripts/events_dups.py tests/devgold/events-j # one part
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from khabar.eval.gold import _any_overlap, _predict, load_dir, match, split_ids

Rec = dict[str, Any]

# The pooled development parts (events-8b's measure): dev A-H, I, K, J and the gold tuning part.
PARTS = ("tests/devgold/events", "tests/devgold/events/part-i", "tests/devgold/events/part-k",
         "tests/devgold/events-j", "tests/gold")


def _gold_spans(g: Rec) -> list[Rec]:
    return [g["trigger"], *(g.get("also") or [])]


def _pred_spans(p: Rec) -> list[Rec]:
    return [p["trigger"], *(p.get("mentions") or [])]


def errors(gold: list[Rec], pred: list[Rec]) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """``(matched pairs, duplicate prediction indices, swallowed gold indices)`` of one article."""
    pairs = match(gold, pred, lambda g, p: _any_overlap(_gold_spans(g), _pred_spans(p)))
    g_hit = {gi for gi, _ in pairs}
    p_hit = {pi for _, pi in pairs}
    dups = [pi for pi, p in enumerate(pred) if pi not in p_hit
            and any(gi in g_hit and _any_overlap(_gold_spans(g), _pred_spans(p)) for gi, g in enumerate(gold))]
    swallowed = [gi for gi, g in enumerate(gold) if gi not in g_hit
                 and any(pi in p_hit and _any_overlap(_gold_spans(g), _pred_spans(p)) for pi, p in enumerate(pred))]
    return pairs, dups, swallowed


def _fields(e: Rec, text: str, dates: dict[str, Rec], places: dict[str, Rec]) -> str:
    d, p = dates.get(e.get("date") or ""), places.get(e.get("place") or "")
    date = f"{d['text']}={d['value']}" if d else "-"
    place = f"{p['text']}/{p.get('country')}/{p.get('precision')}" if p else "-"
    t = e["trigger"]
    return f"{text[t['start']:t['end']]}@{t['start']} {e.get('subtype')} | date {date} | place {place}"


def main(parts: list[str]) -> dict[str, int]:
    total = {"matched": 0, "predicted": 0, "gold": 0, "duplicates": 0, "swallowed": 0}
    for part in parts:
        gdir = Path(part)
        for g in load_dir(gdir / "annotations", split_ids(gdir, "tune")):
            pred, _ = _predict(g)
            gold, pv = g.layers.get("events", []), pred["events"]
            pairs, dups, swallowed = errors(gold, pv)
            dates = {d["id"]: d for d in pred["dates"]}
            places = {p["id"]: p for p in pred["places"]}
            for k, n in (("matched", len(pairs)), ("predicted", len(pv)), ("gold", len(gold)),
                         ("duplicates", len(dups)), ("swallowed", len(swallowed))):
                total[k] += n
            for pi in dups:
                # the prediction matched to the gold event this one repeats
                rep = [pj for gi, pj in pairs if _any_overlap(_gold_spans(gold[gi]), _pred_spans(pv[pi]))]
                print(f"DUP {g.id} {_fields(pv[pi], g.text, dates, places)}")
                for pj in rep:
                    print(f"    of {_fields(pv[pj], g.text, dates, places)}")
            for gi in swallowed:
                t = gold[gi]["trigger"]
                into = [pj for _, pj in pairs if _any_overlap(_gold_spans(gold[gi]), _pred_spans(pv[pj]))]
                print(f"SWALLOWED {g.id} {g.text[t['start']:t['end']]}@{t['start']} {gold[gi].get('subtype')}")
                for pj in into:
                    print(f"    into {_fields(pv[pj], g.text, dates, places)}")
    m, p, n = total["matched"], total["predicted"], total["gold"]
    print(f"matched {m} / predicted {p} / gold {n}: P {m / p:.3f} R {m / n:.3f}; "
          f"duplicates {total['duplicates']}, swallowed {total['swallowed']}" if p and n else total)
    return total


if __name__ == "__main__":
    main(sys.argv[1:] or list(PARTS))
