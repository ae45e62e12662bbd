"""Per-place error listing of a places development part (helper "places-7a", session 7).

For each annotated article of a folder (``<dir>/annotations``), runs khabar, matches places
exactly as ``khabar eval gold`` does (``khabar.eval.gold``: a predicted span overlapping any
mention of the gold place, one-to-one, greedy by overlap) and prints one tab-separated row per
gold place that is not right (far: matched but > 50 km off or, for a country, another code;
missed: no prediction) and per spurious prediction, with the distance, both points, khabar's
``name_en`` and the mention in context. The rows are what the error classes of
``docs/places.md`` count. Reads only the shared data and the folder (run it only once a part's
"after" is scored: it opens the part's errors).

Example:
    python tests/devgold/places/part-p/place_diff.py tests/devgold/places/part-p > diff.tsv
"""

from __future__ import annotations

import sys
from pathlib import Path

from khabar.eval.gold import (
    _any_overlap,
    _km,
    _place_right,
    _predict,
    _spans,
    match,
    split_ids,
)
from khabar.eval.goldfile import load_dir


def _ctx(text: str, sp: dict, width: int = 20) -> str:
    s, e = sp["start"], sp["end"]
    return f"{text[max(0, s - width):s]}[{text[s:e]}]{text[e:e + width]}".replace("\n", " ").replace("\t", " ")


def rows(folder: Path) -> list[list[str]]:
    out: list[list[str]] = []
    for g in load_dir(folder / "annotations", split_ids(folder, "tune")):
        pred, _err = _predict(g)
        gp, pp = g.layers.get("places", []), pred.get("places", [])
        pairs = match(gp, pp, lambda a, b: _any_overlap(_spans(a, "mentions"), _spans(b, "mentions")))
        by_gold = dict(pairs)
        for gi, gr in enumerate(gp):
            pi = by_gold.get(gi)
            base = [g.id, gr.get("name_en") or "", gr.get("precision") or "", gr.get("country") or "",
                    f"{gr['lat']:.2f},{gr['lon']:.2f}"]
            if pi is None:
                out.append(["missed", *base, "", "", "", "", _ctx(g.text, gr)])
                continue
            p = pp[pi]
            if _place_right(gr, p):
                continue
            km = "" if p.get("lat") is None else f"{_km(gr['lat'], gr['lon'], p['lat'], p['lon']):.0f}"
            point = "" if p.get("lat") is None else f"{p['lat']:.2f},{p['lon']:.2f}"
            out.append(["far", *base, km, point, p.get("country") or "", p.get("name_en") or "",
                        _ctx(g.text, p)])
        used = {pi for _, pi in pairs}
        for pi, p in enumerate(pp):
            if pi not in used:
                point = "" if p.get("lat") is None else f"{p['lat']:.2f},{p['lon']:.2f}"
                out.append(["spurious", g.id, "", p.get("precision") or "", p.get("country") or "", point,
                            "", "", "", p.get("name_en") or "", _ctx(g.text, p)])
    return out


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: place_diff.py FOLDER")
    print("\t".join(["kind", "id", "gold name_en", "precision", "country", "gold point", "km",
                     "khabar point", "khabar country", "khabar name_en", "mention"]))
    for r in rows(Path(sys.argv[1])):
        print("\t".join(r))
