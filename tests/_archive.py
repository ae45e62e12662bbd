"""Hand-built article records for the archive tests, and a deterministic fake analyser.

The analysis layers are tested elsewhere; here records carry exactly the entities, claims,
places and events a test needs, so merging and corroboration are really exercised.
"""

from __future__ import annotations

import hashlib
import time

from khabar.document import RawArticle
from khabar.normalize import fold
from khabar.options import Options
from khabar.schema import ArticleRecord, Claim, Entity, Event, Place, Source, Span


def _span(text: str, part: str, after: int = 0) -> Span:
    i = text.index(part, after)
    return Span(text=part, start=i, end=i + len(part))


def record(
    text: str,
    *,
    id: str | None = None,  # noqa: A002 - the contract's name
    url: str | None = None,
    outlet: str | None = None,
    date: str | None = None,
    title: str | None = None,
    entities: list[tuple[str, str, str | None, str | None]] = (),  # type: ignore[assignment]
    claims: list[tuple[str, str, str]] = (),  # type: ignore[assignment]
    places: list[tuple[str, str | None, float | None, float | None]] = (),  # type: ignore[assignment]
    events: list[tuple[str, str, str | None, str | None]] = (),  # type: ignore[assignment]
) -> ArticleRecord:
    """An ArticleRecord of ``text``.

    entities: (surface, type, canonical or None for fold(surface), name_en)
    claims:   (speaker surface, cue surface, content surface); the speaker is linked to the
              entity with that surface when there is one
    places:   (surface, name_en, lat, lon); linked to the entity with that surface if any
    events:   (trigger surface, type, place surface or None, claim content or None)
    """
    ents, by_surface = _entities(text, entities)
    cls, by_content = _claims(text, claims, by_surface)
    pls, by_place = _places(text, places, by_surface)
    evs = [
        Event(id=f"v{i}", type=etype, trigger=_span(text, trig),  # type: ignore[arg-type]
              place=by_place.get(place or ""), claim=by_content.get(claim or ""))
        for i, (trig, etype, place, claim) in enumerate(events, 1)
    ]
    art = RawArticle(text=text, source=f"test:{id or url or 'x'}", id=id, url=url,
                     outlet=outlet, date=date, title=title)
    return ArticleRecord(id=art.identity(), source=art.source, title=title, outlet=outlet,
                         date=date, url=url, text=text, entities=ents, claims=cls, places=pls,
                         events=evs)


def _entities(text: str, entities: list[tuple[str, str, str | None, str | None]],
              ) -> tuple[list[Entity], dict[str, str]]:
    """The entities of :func:`record`, and the id of each surface's first entity."""
    ents: list[Entity] = []
    by_surface: dict[str, str] = {}
    for surface, etype, canonical, name_en in entities:
        sp = _span(text, surface)
        eid = f"e{len(ents) + 1}"
        mentions = []
        at = 0
        while (i := text.find(surface, at)) >= 0:
            mentions.append(Span(text=surface, start=i, end=i + len(surface)))
            at = i + len(surface)
        ents.append(Entity(id=eid, text=sp.text, start=sp.start, end=sp.end, type=etype,
                           canonical=canonical or fold(surface), name_en=name_en, mentions=mentions))
        by_surface.setdefault(surface, eid)
    return ents, by_surface


def _claims(text: str, claims: list[tuple[str, str, str]], by_surface: dict[str, str],
            ) -> tuple[list[Claim], dict[str, str]]:
    """The claims of :func:`record`, and the id of the claim of each content."""
    cls: list[Claim] = []
    by_content: dict[str, str] = {}
    for speaker, cue, content in claims:
        s = _span(text, speaker)
        src = Source(text=s.text, start=s.start, end=s.end, entity=by_surface.get(speaker))
        cid = f"c{len(cls) + 1}"
        cls.append(Claim(id=cid, content=_span(text, content), cue=_span(text, cue), speaker=src,
                         chain=[src], kind="indirect", certainty="asserted"))
        by_content[content] = cid
    return cls, by_content


def _places(text: str, places: list[tuple[str, str | None, float | None, float | None]],
            by_surface: dict[str, str]) -> tuple[list[Place], dict[str, str]]:
    """The places of :func:`record`, and the id of the place of each surface."""
    pls: list[Place] = []
    by_place: dict[str, str] = {}
    for surface, name_en, lat, lon in places:
        sp = _span(text, surface)
        pid = f"p{len(pls) + 1}"
        pls.append(Place(id=pid, text=sp.text, start=sp.start, end=sp.end,
                         entity=by_surface.get(surface), name_en=name_en, lat=lat, lon=lon,
                         country="SY" if lat is not None else None,
                         precision="city" if lat is not None else None))
        by_place[surface] = pid
    return pls, by_place


# -- a fake analyser for ingest tests (module level: it must pickle into worker processes) --
NAMES = ["محمد", "أحمد", "سارة", "ليلى", "عمر", "خالد", "مريم"]


def expected_mentions(text: str) -> int:
    """How many entity mentions :func:`fake_analyze` gives ``text``."""
    return sum(text.count(n) for n in NAMES)


def fake_analyze(article: RawArticle, options: Options) -> ArticleRecord:
    """Entities for every name of NAMES in the text; one claim when it has «قال»."""
    text = article.text
    if "FAIL" in text:
        raise ValueError("a deliberately broken article")
    present = [n for n in NAMES if n in text]
    claims = [(present[0], "قال", text[text.index("قال") + 4:].strip() or "x")] if present and "قال " in text else []
    rec = record(text, id=article.id, url=article.url, outlet=article.outlet, date=article.date,
                 title=article.title, entities=[(n, "PER", None, None) for n in present],
                 claims=[c for c in claims if c[2] in text])
    return rec.model_copy(update={"source": article.source})


def slow_fake_analyze(article: RawArticle, options: Options) -> ArticleRecord:
    time.sleep(0.02)
    return fake_analyze(article, options)


def article_text(i: int) -> str:
    """A deterministic article with a few names (varies with ``i``)."""
    h = int(hashlib.sha1(str(i).encode()).hexdigest(), 16)
    a, b = NAMES[h % len(NAMES)], NAMES[(h // 7) % len(NAMES)]
    return f"خبر رقم {i}: التقى {a} مع {b} في المدينة. قال {a} إن اللقاء رقم {i} كان مثمرا."


def crashing_analyze(article: RawArticle, options: Options) -> ArticleRecord:
    """Kills its worker process on an article containing «CRASH» (as the OOM killer would)."""
    import os

    if "CRASH" in article.text:
        os._exit(1)
    return fake_analyze(article, options)


def hanging_analyze(article: RawArticle, options: Options) -> ArticleRecord:
    """Never returns on an article containing «HANG» (a step stuck in a loop; qa-16a)."""
    while "HANG" in article.text:
        pass
    return fake_analyze(article, options)


def warc_kinds(data: bytes) -> list[str]:
    """What ``read_warc`` yields for an in-memory plain WARC: each article's URL, each error as
    ``"error: ..."`` (a refused file as one error)."""
    import io

    from khabar import InputError, Options, RawArticle
    from khabar.readers.warc import read_warc

    out: list[str] = []
    try:
        for item in read_warc(io.BytesIO(data), "w.warc", Options()):
            out.append(item.url or "" if isinstance(item, RawArticle) else f"error: {item}")
    except InputError as exc:
        out.append(f"error: {exc}")
    return out
