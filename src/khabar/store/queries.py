"""Questions asked of the archive: search, stats, claims, entities, errors.

Each function returns plain dicts and lists (one view, two renderings: the command line
prints them as JSON or as rich tables). All SQL is parameterised; the only SQL built at run
time is a list of ``?`` marks or a choice among fixed conditions.
"""

from __future__ import annotations

import json
import re
from typing import Any

from ..normalize import fold
from .db import Database
from .fts import count_fts, search_fts
from .keys import index_terms, query_terms

__all__ = ["claims", "entity", "errors", "find_entities", "search", "stats"]

# A word of the original text, harakat and tatweel included (they are part of the word).
_ORIG_WORD_RE = re.compile(r"[\u0621-\u065f\u0670-\u06d3\u0640]+|[^\W_]+")


def _like(value: str) -> str:
    """A LIKE pattern matching ``value`` anywhere, its wildcards escaped (ESCAPE '!')."""
    return "%" + value.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%"


def _marks(n: int) -> str:
    return ", ".join("?" * n)


# -- search -----------------------------------------------------------------------------------
def snippet(text: str, terms: set[str], width: int = 160) -> tuple[str, list[dict[str, Any]]]:
    """A window of ``text`` around its first matching word, and the matches (spans of the
    article text) inside the window."""
    hits: list[tuple[int, int]] = []
    for m in _ORIG_WORD_RE.finditer(text):
        if terms.intersection(index_terms(m.group())):
            hits.append((m.start(), m.end()))
    if hits:
        first = hits[0][0]
        start = max(0, first - width // 3)
        # Cut on a space so no word is halved.
        sp = text.rfind(" ", 0, start)
        start = 0 if start == 0 or sp < 0 else sp + 1
    else:
        start = 0
    end = min(len(text), start + width)
    sp = text.find(" ", end)
    end = len(text) if sp < 0 or sp - end > 30 else sp
    window = text[start:end].replace("\n", " ")
    matches = [{"text": text[s:e], "start": s, "end": e} for s, e in hits if start <= s and e <= end]
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    return prefix + window + suffix, matches


def search(
    db: Database, query: str, limit: int = 10, offset: int = 0, genre: str | None = None
) -> dict[str, Any]:
    """Articles matching every word of ``query`` (see ``khabar.store.keys``), best first;
    only the articles of ``genre`` (``"news"`` or ``"opinion"``) when it is given."""
    terms = query_terms(query)
    out: dict[str, Any] = {"query": query, "terms": terms, "total": 0, "results": []}
    if genre is not None:
        out["genre"] = genre
    if not terms:
        return out
    hits = search_fts(db, terms, limit, offset, genre)
    out["total"] = count_fts(db, terms, genre)
    if not hits:
        return out
    ids = [h[0] for h in hits]
    rows = {
        int(r[0]): r
        for r in db.all(
            "SELECT id, identity, title, outlet, day, url, text, genre FROM articles "
            f"WHERE id IN ({_marks(len(ids))})",
            ids,
        )
    }
    tset = set(terms)
    for aid, score in hits:
        r = rows.get(aid)
        if r is None:
            continue
        snip, matches = snippet(r[6], tset)
        out["results"].append({
            "article": r[1], "title": r[2], "outlet": r[3], "date": r[4], "url": r[5],
            "genre": r[7], "score": round(score, 4), "snippet": snip, "matches": matches,
        })
    return out


# -- stats ------------------------------------------------------------------------------------
def stats(db: Database) -> dict[str, int]:
    counts = {
        "articles": "SELECT count(*) FROM articles",
        "entities": "SELECT count(*) FROM entities",
        "claims": "SELECT count(*) FROM claims",
        "claim_clusters": "SELECT count(DISTINCT cluster_id) FROM claims",
        "places": "SELECT count(*) FROM places",
        "events": "SELECT count(*) FROM events",
        "errors": "SELECT count(*) FROM errors",
    }
    return {k: int(db.scalar(q) or 0) for k, q in counts.items()}


# -- entities ---------------------------------------------------------------------------------
def find_entities(db: Database, name: str, limit: int = 20) -> list[int]:
    """Entity ids for a name: exact canonical or spelling first, else any spelling that
    contains it (folded: harakat, hamza and taa marbuta do not matter)."""
    key = fold(name)
    if not key:
        return []
    rows = db.all(
        "SELECT id FROM entities WHERE canonical = ? UNION "
        "SELECT entity_id FROM entity_aliases WHERE key = ? OR key = ?",
        (key, key, "en:" + name.strip().lower()),
    )
    if not rows:
        rows = db.all(
            "SELECT DISTINCT entity_id FROM entity_aliases WHERE key LIKE ? ESCAPE '!' "
            "ORDER BY entity_id LIMIT ?",
            (_like(key), limit),
        )
    return sorted(int(r[0]) for r in rows)[:limit]


def entity(db: Database, name: str, limit: int = 20) -> list[dict[str, Any]]:
    """Who ``name`` is: type, spellings, mentions per month, their claims and the claims
    about them. One dict per matching entity."""
    out = []
    for eid in find_entities(db, name):
        row = db.one("SELECT canonical, type, subtype, name_en FROM entities WHERE id = ?", (eid,))
        if row is None:
            continue
        aliases = [r[0] for r in db.all(
            "SELECT alias FROM entity_aliases WHERE entity_id = ? AND key NOT LIKE 'en:%' ORDER BY alias",
            (eid,),
        )]
        months = db.all(
            "SELECT substr(a.day, 1, 7) AS month, count(*) FROM mentions m JOIN articles a "
            "ON a.id = m.article_id WHERE m.entity_id = ? AND a.day IS NOT NULL "
            "GROUP BY month ORDER BY month",
            (eid,),
        )
        n_mentions, n_articles = db.one(
            "SELECT count(*), count(DISTINCT article_id) FROM mentions WHERE entity_id = ?", (eid,)
        ) or (0, 0)
        said = _cluster_ids(db, "c.speaker_entity_id = ?", [eid])
        about = _cluster_ids(db, "c.id IN (SELECT claim_id FROM claim_about WHERE entity_id = ?)", [eid])
        out.append({
            "id": eid, "canonical": row[0], "type": row[1], "subtype": row[2], "name_en": row[3],
            "spellings": aliases, "mentions": int(n_mentions), "articles": int(n_articles),
            "mentions_by_month": {m: int(n) for m, n in months},
            "claims": _clusters(db, said[:limit]),
            "claims_about": _clusters(db, about[:limit]),
        })
    return out


# -- claims -----------------------------------------------------------------------------------
def _cluster_ids(db: Database, where: str, params: list[Any]) -> list[int]:
    """Clusters of the claims matching ``where``, most reported first."""
    rows = db.all(
        "SELECT c.cluster_id, count(*) AS n, max(a.day) AS last FROM claims c "
        f"JOIN articles a ON a.id = c.article_id WHERE {where} "
        "GROUP BY c.cluster_id ORDER BY n DESC, last DESC, c.cluster_id",
        params,
    )
    return [int(r[0]) for r in rows]


def _clusters(db: Database, ids: list[int]) -> list[dict[str, Any]]:
    """Each cluster with its reports, outlets and first/last dates."""
    if not ids:
        return []
    rows = db.all(
        "SELECT c.cluster_id, c.id, c.local_id, c.content, c.cue, c.speaker, c.kind, c.certainty, "
        "c.chain, a.identity, a.outlet, a.day, a.title, e.canonical FROM claims c "
        "JOIN articles a ON a.id = c.article_id LEFT JOIN entities e ON e.id = c.speaker_entity_id "
        f"WHERE c.cluster_id IN ({_marks(len(ids))}) ORDER BY a.day, c.id",
        ids,
    )
    by: dict[int, dict[str, Any]] = {}
    for r in rows:
        cl = by.setdefault(int(r[0]), {
            "cluster": int(r[0]), "speaker": r[5], "speaker_entity": r[13], "content": r[3],
            "certainty": r[7], "reports": [],
        })
        cl["reports"].append({
            "article": r[9], "claim": r[2], "outlet": r[10], "date": r[11], "title": r[12],
            "speaker": r[5], "cue": r[4], "content": r[3], "kind": r[6], "certainty": r[7],
            "chain": json.loads(r[8]),
        })
    out = []
    for cid in ids:
        if cid not in by:
            continue
        cl = by[cid]
        dates = sorted(d for d in (rep["date"] for rep in cl["reports"]) if d)
        cl["outlets"] = sorted({rep["outlet"] for rep in cl["reports"] if rep["outlet"]})
        cl["first_date"] = dates[0] if dates else None
        cl["last_date"] = dates[-1] if dates else None
        cl["n_reports"] = len(cl["reports"])
        out.append(cl)
    return out


def claims(
    db: Database,
    speaker: str | None = None,
    about: str | None = None,
    since: str | None = None,
    limit: int = 50,
) -> list[dict[str, Any]]:
    """Claim clusters, most reported first, whose reports match every filter given:
    ``speaker`` (an entity name or the speaker's words), ``about`` (an entity named in the
    claim's content, or words in it), ``since`` (an ISO date: reports on or after it).
    Names and words match whatever their harakat, hamza form or taa marbuta."""
    where: list[str] = []
    params: list[Any] = []
    if speaker:
        ids = find_entities(db, speaker)
        cond = "c.speaker_key LIKE ? ESCAPE '!'"
        params.append(_like(fold(speaker)))
        if ids:
            cond = f"(c.speaker_entity_id IN ({_marks(len(ids))}) OR {cond})"
            params[-1:-1] = ids
        where.append(cond)
    if about:
        ids = find_entities(db, about)
        cond = "c.content_key LIKE ? ESCAPE '!'"
        params.append(_like(fold(about)))
        if ids:
            cond = (f"(c.id IN (SELECT claim_id FROM claim_about WHERE entity_id IN "
                    f"({_marks(len(ids))})) OR {cond})")
            params[-1:-1] = ids
        where.append(cond)
    if since:
        where.append("a.day >= ?")
        params.append(since)
    ids = _cluster_ids(db, " AND ".join(where) or "1 = 1", params)
    return _clusters(db, ids[:limit])


# -- errors -----------------------------------------------------------------------------------
def errors(db: Database, limit: int = 1000) -> list[dict[str, Any]]:
    rows = db.all(
        "SELECT source, kind, reason, seen, first_at, last_at FROM errors ORDER BY last_at DESC, id LIMIT ?",
        (limit,),
    )
    keys = ("source", "kind", "reason", "seen", "first_at", "last_at")
    return [dict(zip(keys, r, strict=True)) for r in rows]
