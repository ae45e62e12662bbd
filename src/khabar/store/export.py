"""Export the archive: JSON Lines (the articles' records), CSV (one table), GeoJSON (places).

Every exporter writes to a text stream and walks the archive in id order, so two exports of
the same archive are identical.
"""

from __future__ import annotations

import csv
import json
import zlib
from collections.abc import Iterator
from typing import Any, TextIO

from ..schema import ArticleRecord
from .db import Database

__all__ = ["CSV_TABLES", "export_csv", "export_geojson", "export_jsonl"]

_FIELDS = list(ArticleRecord.model_fields)


def records(db: Database, genre: str | None = None) -> Iterator[dict[str, Any]]:
    """Every archived article (of ``genre`` when given) as its contract record (a dict in
    contract field order). ``section`` and ``genre`` come from their columns: a record archived
    before they were recorded gets the genre migration 003 gave its row."""
    last, cond = 0, ("" if genre is None else " AND genre = ?")
    while True:  # pages of 500, so a large archive never sits in memory at once
        rows = db.all(
            f"SELECT id, record, text, section, genre FROM articles WHERE id > ?{cond} "
            "ORDER BY id LIMIT 500",
            (last, *(() if genre is None else (genre,))),
        )
        if not rows:
            return
        for aid, rec, text, section, genre_ in rows:
            d = json.loads(zlib.decompress(bytes(rec)))
            d.update(text=text, section=section, genre=genre_)
            yield {k: d.get(k) for k in _FIELDS}
            last = int(aid)


def export_jsonl(db: Database, out: TextIO, genre: str | None = None) -> int:
    n = 0
    for d in records(db, genre):
        out.write(json.dumps(d, ensure_ascii=False) + "\n")
        n += 1
    return n


#: CSV tables: name -> (header, query).
CSV_TABLES: dict[str, tuple[list[str], str]] = {
    "articles": (
        ["article", "title", "outlet", "date", "url", "source", "section", "genre"],
        "SELECT identity, title, outlet, day, url, source, section, genre FROM articles ORDER BY id",
    ),
    "entities": (
        ["entity", "canonical", "type", "subtype", "name_en", "spellings", "mentions"],
        "SELECT e.id, e.canonical, e.type, e.subtype, e.name_en, "
        "(SELECT count(*) FROM entity_aliases x WHERE x.entity_id = e.id), "
        "(SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) FROM entities e ORDER BY e.id",
    ),
    "claims": (
        ["cluster", "article", "outlet", "date", "speaker", "speaker_entity", "cue", "content",
         "kind", "certainty"],
        "SELECT c.cluster_id, a.identity, a.outlet, a.day, c.speaker, e.canonical, c.cue, "
        "c.content, c.kind, c.certainty FROM claims c JOIN articles a ON a.id = c.article_id "
        "LEFT JOIN entities e ON e.id = c.speaker_entity_id ORDER BY c.cluster_id, c.id",
    ),
    "places": (
        ["article", "text", "name_en", "lat", "lon", "country", "precision"],
        "SELECT a.identity, p.text, p.name_en, p.lat, p.lon, p.country, p.precision FROM places p "
        "JOIN articles a ON a.id = p.article_id ORDER BY p.id",
    ),
    "events": (
        ["article", "type", "subtype", "trigger", "place", "date", "fatalities"],
        "SELECT a.identity, v.type, v.subtype, v.trigger_text, p.name_en, v.date_value, "
        "v.fatalities_best FROM events v JOIN articles a ON a.id = v.article_id "
        "LEFT JOIN places p ON p.id = v.place_id ORDER BY v.id",
    ),
}


def export_csv(db: Database, out: TextIO, table: str = "articles") -> int:
    header, query = CSV_TABLES[table]
    w = csv.writer(out)
    w.writerow(header)
    n = 0
    for row in db.execute(query):
        w.writerow(["" if v is None else v for v in row])
        n += 1
    return n


def geojson(db: Database) -> dict[str, Any]:
    """A FeatureCollection: one Point per geocoded place (same key and coordinates), with
    the articles, claims and events that mention it. A claim mentions a place when the
    place's span lies inside the claim's content, or an event of the claim is there."""
    feats, place_feature, spans = _place_features(db)
    if spans:
        _add_claims(db, spans)
        _add_events(db, place_feature)
    return {"type": "FeatureCollection", "features": list(feats.values())}


_Feature = dict[str, Any]


def _place_features(db: Database) -> tuple[dict[tuple[str, float, float], _Feature], dict[int, _Feature],
                                           dict[int, list[tuple[int, int, _Feature]]]]:
    """The features by (place key, rounded point) with their spellings and articles; the
    feature of each place row; each article's place spans ``(start, end, feature)``."""
    rows = db.all(
        "SELECT p.id, p.place_key, p.text, p.name_en, p.lat, p.lon, p.country, p.precision, "
        "p.start_, p.end_, a.id, a.identity, a.title, a.outlet, a.day FROM places p "
        "JOIN articles a ON a.id = p.article_id WHERE p.lat IS NOT NULL AND p.lon IS NOT NULL "
        "ORDER BY p.id"
    )
    feats: dict[tuple[str, float, float], _Feature] = {}
    place_feature: dict[int, _Feature] = {}
    spans: dict[int, list[tuple[int, int, _Feature]]] = {}
    for pid, key, text, name_en, lat, lon, country, prec, s, e, aid, ident, title, outlet, day in rows:
        f = feats.setdefault((key, round(lat, 4), round(lon, 4)), {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": {
                "name": text, "name_en": name_en, "country": country, "precision": prec,
                "spellings": [], "mentions": 0, "articles": [], "claims": [], "events": [],
            },
        })
        props = f["properties"]
        props["mentions"] += 1
        if text not in props["spellings"]:
            props["spellings"].append(text)
        if ident not in [x["article"] for x in props["articles"]]:
            props["articles"].append({"article": ident, "title": title, "outlet": outlet, "date": day})
        place_feature[int(pid)] = f
        spans.setdefault(int(aid), []).append((s, e, f))
    return feats, place_feature, spans


def _add_claims(db: Database, spans: dict[int, list[tuple[int, int, _Feature]]]) -> None:
    """Each claim whose content holds a place's span, on that place's feature (once)."""
    claim_seen: set[tuple[int, int]] = set()
    aids = sorted(spans)
    for i in range(0, len(aids), 500):
        chunk = aids[i:i + 500]
        for cid, aid, cl, content, cs, ce, speaker, ident in db.all(
            "SELECT c.id, c.article_id, c.cluster_id, c.content, c.content_start, c.content_end, "
            "c.speaker, a.identity FROM claims c JOIN articles a ON a.id = c.article_id "
            f"WHERE c.article_id IN ({', '.join('?' * len(chunk))}) ORDER BY c.id",
            chunk,
        ):
            for s, e, f in spans[int(aid)]:
                if cs <= s and e <= ce and (id(f), cid) not in claim_seen:
                    claim_seen.add((id(f), cid))
                    f["properties"]["claims"].append({
                        "article": ident, "cluster": cl, "speaker": speaker, "content": content,
                    })


def _add_events(db: Database, place_feature: dict[int, _Feature]) -> None:
    """Each event, on the feature of its place."""
    pids = sorted(place_feature)
    for i in range(0, len(pids), 500):
        chunk = pids[i:i + 500]
        for pid, vtype, sub, trig, fat, ident in db.all(
            "SELECT v.place_id, v.type, v.subtype, v.trigger_text, v.fatalities_best, a.identity "
            "FROM events v JOIN articles a ON a.id = v.article_id "
            f"WHERE v.place_id IN ({', '.join('?' * len(chunk))}) ORDER BY v.id",
            chunk,
        ):
            place_feature[int(pid)]["properties"]["events"].append({
                "article": ident, "type": vtype, "subtype": sub, "trigger": trig,
                "fatalities": fat,
            })


def export_geojson(db: Database, out: TextIO) -> int:
    fc = geojson(db)
    json.dump(fc, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return len(fc["features"])
