"""Write analysed articles into the archive, one transaction per batch.

:meth:`Writer.write` stores one :class:`~khabar.schema.ArticleRecord` with all its rows
(article, full-text entry, entity mentions, claims and their clusters, places, events), and
is meant to run inside :meth:`Database.transaction`, so an article is in the archive whole
or not at all. It is idempotent: an article whose identity is known with the same text is
left alone; with another text it is replaced (rows deleted and written again), never
duplicated.

Entities are merged across the archive (sqlite-utils' ``lookup`` idea, get-or-create): a new
entity joins a known one of the same type when (1) their ``canonical`` keys are equal, else
(2) its canonical key is a known full spelling of one, else (3) their English names are
equal, else (4) its full spellings are known spellings of exactly one entity. Every spelling
is kept in ``entity_aliases``; partial ones (a surname alone, shorter than the full name in
the same article) are never used to merge, since they are ambiguous.
"""

from __future__ import annotations

import json
import zlib
from datetime import UTC, datetime
from typing import Literal

from ..normalize import fold
from ..schema import ArticleRecord, Entity
from .clusters import assign_cluster
from .db import Database
from .fts import article_terms, delete_fts, index_fts
from .keys import article_identity, iso_day, text_hash

__all__ = ["Outcome", "Writer", "record_identity"]

Outcome = Literal["added", "updated", "unchanged"]


def record_identity(record: ArticleRecord) -> str:
    return article_identity(record.url, record.id, record.outlet, record.text)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _full_spellings(ent: Entity) -> set[str]:
    """The entity's spellings with as many words as its longest one in the article; the
    shorter ones (a surname alone) are partial references."""
    texts = {m.text for m in [ent, *ent.mentions]}
    most = max(len(t.split()) for t in texts)
    return {t for t in texts if len(t.split()) == most}


class Writer:
    """Writes records into one archive; keeps small caches of entity ids and aliases.

    The caches only ever hold rows of committed transactions: call :meth:`rollback` (the
    ingest runner does) when a transaction is abandoned."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._entity_ids: dict[str, int] = {}
        self._aliases: set[tuple[int, str]] = set()
        self._pending_ids: dict[str, int] = {}
        self._pending_aliases: set[tuple[int, str]] = set()

    # -- transaction bookkeeping ----------------------------------------------------------
    def commit(self) -> None:
        self._entity_ids.update(self._pending_ids)
        self._aliases |= self._pending_aliases
        self.rollback()

    def rollback(self) -> None:
        self._pending_ids = {}
        self._pending_aliases = set()

    # -- articles ---------------------------------------------------------------------------
    def known(self, identities: list[str]) -> dict[str, str]:
        """``identity -> text_hash`` of the identities already archived."""
        out: dict[str, str] = {}
        for i in range(0, len(identities), 500):
            chunk = identities[i:i + 500]
            marks = ", ".join("?" * len(chunk))
            for ident, h in self.db.all(
                f"SELECT identity, text_hash FROM articles WHERE identity IN ({marks})", chunk
            ):
                out[ident] = h
        return out

    def write(
        self,
        record: ArticleRecord,
        search: tuple[str, str] | None = None,
        signatures: tuple[bytes, ...] | None = None,
    ) -> Outcome:
        """Store ``record``. ``search`` (its title and body terms, ``fts.article_terms``)
        and ``signatures`` (its claims' ``clusters.encoded_signature``, in order) are given
        when an ingest worker computed them already."""
        db = self.db
        identity = record_identity(record)
        thash = text_hash(record.text)
        row = db.one("SELECT id, text_hash FROM articles WHERE identity = ?", (identity,))
        if row and row[1] == thash:
            return "unchanged"
        # The record without its text (stored once, in its own column), zlib-compressed:
        # its JSON is larger than the text itself and compresses about 5x.
        rec_json = zlib.compress(record.model_dump_json(exclude={"text"}).encode("utf-8"), 6)
        values = (
            record.id, record.source, record.title, record.outlet, record.date,
            iso_day(record.date), record.url, record.section, record.genre, record.text, thash,
            rec_json, _now(),
        )
        if row:
            article_id = int(row[0])
            self._delete_children(article_id)  # before the text changes: FTS needs the old one
            db.execute(
                "UPDATE articles SET input_id = ?, source = ?, title = ?, outlet = ?, date = ?, "
                "day = ?, url = ?, section = ?, genre = ?, text = ?, text_hash = ?, record = ?, "
                "ingested_at = ? WHERE id = ?",
                (*values, article_id),
            )
            outcome: Outcome = "updated"
        else:
            article_id = db.insert_id(
                "INSERT INTO articles (identity, input_id, source, title, outlet, date, day, "
                "url, section, genre, text, text_hash, record, ingested_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (identity, *values),
            )
            outcome = "added"
        if search is None:
            search = article_terms(record.title, record.text)
        index_fts(db, article_id, *search)
        self._write_layers(article_id, record, signatures)
        # An article that now reads well is no longer an error.
        db.execute("DELETE FROM errors WHERE source = ?", (record.source,))
        return outcome

    def _delete_children(self, article_id: int) -> None:
        db = self.db
        delete_fts(db, article_id)
        db.execute("DELETE FROM events WHERE article_id = ?", (article_id,))
        db.execute("DELETE FROM places WHERE article_id = ?", (article_id,))
        db.execute(
            "DELETE FROM claim_about WHERE claim_id IN (SELECT id FROM claims WHERE article_id = ?)",
            (article_id,),
        )
        db.execute("DELETE FROM claims WHERE article_id = ?", (article_id,))
        db.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))

    def _write_layers(
        self, article_id: int, record: ArticleRecord, signatures: tuple[bytes, ...] | None
    ) -> None:
        """Each layer's rows, entities first: claims, places and events refer to earlier rows."""
        ents, spans = self._write_mentions(article_id, record)
        claims = self._write_claims(article_id, record, signatures, ents, spans)
        places = self._write_places(article_id, record, ents)
        self._write_events(article_id, record, claims, places)

    def _write_mentions(
        self, article_id: int, record: ArticleRecord
    ) -> tuple[dict[str, int], list[tuple[int, int, int]]]:
        """The entities' mentions; the archive id of each local entity id, and the mentions'
        ``(start, end, archive entity id)``."""
        ents: dict[str, int] = {}
        spans: list[tuple[int, int, int]] = []  # (start, end, archive entity id) of mentions
        mention_rows = []
        for ent in record.entities:
            eid = self.entity_id(ent)
            ents[ent.id] = eid
            mentions = ent.mentions or [ent]
            for m in mentions:
                mention_rows.append((article_id, eid, ent.id, m.text, m.start, m.end))
                spans.append((m.start, m.end, eid))
        self.db.executemany(
            "INSERT INTO mentions (article_id, entity_id, local_id, text, start_, end_) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            mention_rows,
        )
        return ents, spans

    def _write_claims(
        self, article_id: int, record: ArticleRecord, signatures: tuple[bytes, ...] | None,
        ents: dict[str, int], spans: list[tuple[int, int, int]],
    ) -> dict[str, int]:
        """The claims, each in its cluster, with the entities it is about; the archive id of
        each local claim id."""
        db = self.db
        claims: dict[str, int] = {}
        if signatures is not None and len(signatures) != len(record.claims):
            signatures = None
        for i, c in enumerate(record.claims):
            speaker_text = c.speaker.text if c.speaker else ""  # impersonal claims have none
            speaker_eid = ents.get(c.speaker.entity or "") if c.speaker else None
            key = self._speaker_key(speaker_eid, speaker_text)
            cluster = assign_cluster(db, key, c.content.text, signatures[i] if signatures else None)
            cid = db.insert_id(
                "INSERT INTO claims (article_id, cluster_id, local_id, content, content_key, "
                "content_start, content_end, cue, speaker, speaker_entity_id, speaker_key, kind, "
                "certainty, chain) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (
                    article_id, cluster, c.id, c.content.text, fold(c.content.text),
                    c.content.start, c.content.end,
                    c.cue.text, speaker_text, speaker_eid, key, c.kind, c.certainty,
                    json.dumps([s.model_dump() for s in c.chain], ensure_ascii=False),
                ),
            )
            claims[c.id] = cid
            about = sorted({
                eid for s, e, eid in spans
                if c.content.start <= s and e <= c.content.end and eid != speaker_eid
            })
            db.executemany(
                "INSERT INTO claim_about (claim_id, entity_id) VALUES (?, ?)",
                [(cid, eid) for eid in about],
            )
        return claims

    def _write_places(self, article_id: int, record: ArticleRecord, ents: dict[str, int]) -> dict[str, int]:
        """The places; the archive id of each local place id."""
        places: dict[str, int] = {}
        for p in record.places:
            places[p.id] = self.db.insert_id(
                "INSERT INTO places (article_id, local_id, text, start_, end_, entity_id, name_en, "
                "lat, lon, country, precision, place_key) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (
                    article_id, p.id, p.text, p.start, p.end, ents.get(p.entity or ""),
                    p.name_en, p.lat, p.lon, p.country, p.precision,
                    p.name_en or fold(p.text),
                ),
            )
        return places

    def _write_events(
        self, article_id: int, record: ArticleRecord, claims: dict[str, int], places: dict[str, int]
    ) -> None:
        """The events, with their place, claim and date value."""
        dates = {d.id: d.value for d in record.dates}
        self.db.executemany(
            "INSERT INTO events (article_id, local_id, type, subtype, trigger_text, trigger_start, "
            "trigger_end, place_id, claim_id, date_value, fatalities_best, actors, targets) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    article_id, v.id, v.type, v.subtype, v.trigger.text, v.trigger.start,
                    v.trigger.end, places.get(v.place or ""), claims.get(v.claim or ""),
                    dates.get(v.date or ""), v.fatalities.best if v.fatalities else None,
                    json.dumps([a.model_dump() for a in v.actors], ensure_ascii=False),
                    json.dumps([t.model_dump() for t in v.targets], ensure_ascii=False),
                )
                for v in record.events
            ],
        )

    def _speaker_key(self, entity_id: int | None, text: str) -> str:
        """Claims cluster per speaker: the archive entity when the speaker is linked to one,
        else the speaker's folded words (e.g. «مصدر عسكري»)."""
        if entity_id is not None:
            return f"e:{entity_id}"
        return "t:" + fold(text)

    # -- entities ---------------------------------------------------------------------------
    def entity_id(self, ent: Entity) -> int:
        """Get or create the archive entity for ``ent`` (see the module docstring)."""
        canonical = ent.canonical or fold(ent.text)
        eid = self._entity_ids.get(canonical) or self._pending_ids.get(canonical)
        if eid is None:
            eid = self._find_entity(ent, canonical)
        if eid is None:
            self.db.execute(
                "INSERT INTO entities (canonical, type, subtype, name_en) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (canonical) DO NOTHING",
                (canonical, ent.type, ent.subtype, ent.name_en),
            )
            eid = int(self.db.scalar("SELECT id FROM entities WHERE canonical = ?", (canonical,)))
        self._pending_ids[canonical] = eid
        self._add_aliases(eid, ent, canonical)
        return eid

    def _find_entity(self, ent: Entity, canonical: str) -> int | None:
        row = self.db.one("SELECT id FROM entities WHERE canonical = ?", (canonical,))
        if row:
            return int(row[0])
        en_key = "en:" + ent.name_en.strip().lower() if ent.name_en else None
        mention_keys = sorted({fold(t) for t in _full_spellings(ent)} - {canonical})
        keys = [canonical, *([en_key] if en_key else []), *mention_keys]
        marks = ", ".join("?" * len(keys))
        rows = self.db.all(
            f"SELECT DISTINCT a.key, a.entity_id FROM entity_aliases a JOIN entities e "
            f"ON e.id = a.entity_id WHERE e.type = ? AND a.partial = 0 AND a.key IN ({marks})",
            (ent.type, *keys),
        )
        by_key: dict[str, set[int]] = {}
        for key, eid in rows:
            by_key.setdefault(key, set()).add(int(eid))
        for key in [canonical, en_key]:  # steps (2) and (3): a single match wins
            hits = by_key.get(key or "")
            if hits and len(hits) == 1:
                return next(iter(hits))
        # Step (4): every full spelling that is known must point to the same one entity.
        hits = set().union(*(by_key.get(k, set()) for k in mention_keys)) if mention_keys else set()
        return next(iter(hits)) if len(hits) == 1 else None

    def _add_aliases(self, eid: int, ent: Entity, canonical: str) -> None:
        rows = []
        full = _full_spellings(ent)
        spellings = {canonical: (canonical, 0)}
        for m in [ent, *ent.mentions]:
            spellings.setdefault(m.text, (fold(m.text), 0 if m.text in full else 1))
        if ent.name_en:
            spellings[ent.name_en] = ("en:" + ent.name_en.strip().lower(), 0)
        for alias, (key, partial) in spellings.items():
            if (eid, alias) in self._aliases or (eid, alias) in self._pending_aliases:
                continue
            self._pending_aliases.add((eid, alias))
            rows.append((eid, alias, key, partial))
        self.db.executemany(
            "INSERT INTO entity_aliases (entity_id, alias, key, partial) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (entity_id, alias) DO NOTHING",
            rows,
        )

    # -- errors -----------------------------------------------------------------------------
    def error(self, source: str, kind: str, reason: str) -> None:
        """Record (or refresh) the error of one input or article."""
        now = _now()
        self.db.execute(
            "INSERT INTO errors (source, kind, reason, seen, first_at, last_at) "
            "VALUES (?, ?, ?, 1, ?, ?) ON CONFLICT (source) DO UPDATE SET "
            "kind = excluded.kind, reason = excluded.reason, seen = errors.seen + 1, "
            "last_at = excluded.last_at",
            (source, kind, reason, now, now),
        )
