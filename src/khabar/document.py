"""The document model: one :class:`Doc` owns an article's original text; every record is a
span into it.

Readers produce :class:`RawArticle` (text + metadata). The pipeline turns it into a
:class:`Doc`, each step adding a layer (``doc.entities``, ``doc.claims``...), and
:meth:`Doc.to_record` returns the contract's :class:`~khabar.schema.ArticleRecord`.
Steps work on the normalised copy (``doc.norm``) and the tokens, and build spans with
:meth:`Doc.span` / :meth:`Doc.span_from_norm`, which map offsets back to the original and
check them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from .genre import doc_genre
from .normalize import Normalized, normalize
from .schema import (
    ArticleRecord,
    Claim,
    DateRecord,
    Entity,
    Event,
    Place,
    Quantity,
    Source,
    Span,
    Warning,
)
from .segment import Sentence, Token

__all__ = ["Doc", "RawArticle"]


@dataclass(frozen=True, slots=True)
class RawArticle:
    """An article as read, before analysis. ``source`` names the input it came from (path,
    URL, ``path:line``, ``-``) so that any error can say where to look."""

    text: str
    source: str
    id: str | None = None
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    url: str | None = None
    #: The page's section or category as the reader found it (an HTML page's
    #: ``article:section``, a JSON line's ``section`` or ``category``): read by :mod:`khabar.genre`.
    section: str | None = None
    #: ``(code, message)`` pairs noticed while reading (e.g. a legacy encoding detected).
    warnings: tuple[tuple[str, str], ...] = ()

    def identity(self) -> str:
        """The article's id: the input's ``id`` when given, else a hash of its text."""
        if self.id:
            return self.id
        return "sha1:" + hashlib.sha1(self.text.encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class Doc:
    """An article under analysis. Layers start empty and are filled by pipeline steps."""

    article: RawArticle
    normalized: Normalized
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[DateRecord] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)
    #: Layers provided so far (the step contract; see ``khabar.pipeline``).
    layers: set[str] = field(default_factory=set)
    #: Scratch space steps may share (e.g. entity lookups); never serialised.
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_article(cls, article: RawArticle) -> Doc:
        return cls(article=article, normalized=normalize(article.text))

    @property
    def text(self) -> str:
        """The original text: every offset points into it."""
        return self.article.text

    @property
    def norm(self) -> str:
        """The normalised copy (``khabar.normalize``)."""
        return self.normalized.text

    # -- spans -------------------------------------------------------------------------
    def span(self, start: int, end: int) -> Span:
        """A span of the original text."""
        if not 0 <= start <= end <= len(self.article.text):
            raise ValueError(f"span {start}:{end} outside the text (length {len(self.text)})")
        return Span(text=self.article.text[start:end], start=start, end=end)

    def span_from_norm(self, nstart: int, nend: int) -> Span:
        """The original span of ``doc.norm[nstart:nend]``."""
        s, e = self.normalized.span_to_original(nstart, nend)
        return self.span(s, e)

    def source(self, start: int, end: int, entity: str | None = None) -> Source:
        return Source(text=self.article.text[start:end], start=start, end=end, entity=entity)

    def token_span(self, first: int, last: int) -> Span:
        """Span from token ``first`` to token ``last`` (inclusive)."""
        return self.span(self.tokens[first].start, self.tokens[last].end)

    def next_id(self, prefix: str, records: list[Any]) -> str:
        """The next id of a layer: ``e1, e2...`` (entities), ``c`` claims, ``q`` quantities,
        ``d`` dates, ``p`` places, ``v`` events."""
        return f"{prefix}{len(records) + 1}"

    def warn(self, code: str, message: str) -> None:
        self.warnings.append(Warning(code=code, message=message))

    # -- output -------------------------------------------------------------------------
    def to_record(self) -> ArticleRecord:
        a = self.article
        return ArticleRecord(
            id=a.identity(),
            source=a.source,
            title=a.title,
            outlet=a.outlet,
            date=a.date,
            url=a.url,
            section=a.section,
            genre=doc_genre(self),
            text=a.text,
            entities=self.entities,
            claims=self.claims,
            quantities=self.quantities,
            dates=self.dates,
            places=self.places,
            events=self.events,
            warnings=[Warning(code=c, message=m) for c, m in a.warnings] + self.warnings,
        )
