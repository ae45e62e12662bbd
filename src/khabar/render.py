"""Human renderings of an :class:`~khabar.schema.ArticleRecord`: a rich terminal report,
Markdown, and GeoJSON of its places. One record in, one rendering out; JSON is the record."""

from __future__ import annotations

import io
from collections import defaultdict
from typing import Any

from .schema import ArticleRecord, Claim

__all__ = ["claim_tree", "to_geojson", "to_markdown", "to_text"]

_MAX_QUOTE = 160


def _short(s: str, n: int = _MAX_QUOTE) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _roots(record: ArticleRecord) -> dict[str, list[Claim]]:
    """Claims grouped by their outermost source (the first link of the chain)."""
    groups: dict[str, list[Claim]] = defaultdict(list)
    for c in record.claims:
        groups[claim_tree(c)[0]].append(c)
    return groups


def claim_tree(claim: Claim) -> list[str]:
    """``outermost → … → speaker`` links of a claim (speaker last)."""
    speaker = claim.speaker.text if claim.speaker else "(unstated source)"
    links = [s.text for s in claim.chain] or [speaker]
    if links[-1] != speaker:
        links.append(speaker)
    return links


def _header(record: ArticleRecord) -> list[tuple[str, str]]:
    rows = [("title", record.title), ("outlet", record.outlet), ("date", record.date),
            ("url", record.url), ("source", record.source), ("section", record.section),
            ("genre", _genre_line(record))]
    return [(k, v) for k, v in rows if v]


def _genre_line(record: ArticleRecord) -> str | None:
    """``opinion`` says why the events are few: the events layer keeps only an opinion piece's
    dated, placed, sourced or tolled events (``khabar.events.filters.told_in_opinion``)."""
    if record.genre == "opinion":
        return "opinion (only its dated, placed, sourced or tolled events are kept)"
    return record.genre


def to_text(record: ArticleRecord, width: int = 110, color: bool = False) -> str:
    """A readable report for a terminal: claims as attribution trees, then entities,
    quantities, dates, places and events."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table
    from rich.tree import Tree

    buf = io.StringIO()
    con = Console(file=buf, width=width, force_terminal=color, color_system="auto" if color else None)
    for k, v in _header(record):
        con.print(f"[bold]{k}[/bold]: {escape(v)}", highlight=False)
    con.print()
    con.print(f"[bold]Claims[/bold] ({len(record.claims)})", highlight=False)
    for root, claims in _roots(record).items():
        tree = Tree(f"[bold]{escape(root)}[/bold]")
        for c in claims:
            node = tree
            for link in claim_tree(c)[1:]:
                node = node.add(escape(link))
            node.add(escape(f"«{_short(c.content.text)}» [{c.certainty}, {c.kind}; cue: {c.cue.text}]"))
        con.print(tree, highlight=False)
    sections: list[tuple[str, list[str], list[list[str]]]] = [
        ("Entities", ["type", "text", "canonical", "English", "mentions"],
         [[e.type + (f"/{e.subtype}" if e.subtype else ""), e.text, e.canonical, e.name_en or "", str(len(e.mentions))] for e in record.entities]),
        ("Quantities", ["text", "min", "best", "max", "unit"],
         [[q.text, _num(q.min), _num(q.best), _num(q.max), q.unit + (" ~" if q.approximate else "")] for q in record.quantities]),
        ("Dates", ["text", "value", "precision"], [[d.text, d.value or "?", d.precision] for d in record.dates]),
        ("Places", ["text", "English", "country", "lat, lon", "precision"],
         [[p.text, p.name_en or "", p.country or "", f"{p.lat:.3f}, {p.lon:.3f}" if p.lat is not None and p.lon is not None else "", p.precision or ""] for p in record.places]),
        ("Events", ["type", "trigger", "actors", "targets", "fatalities"],
         [[e.type + (f"/{e.subtype}" if e.subtype else ""), e.trigger.text, ", ".join(a.text for a in e.actors), ", ".join(t.text for t in e.targets), _num(e.fatalities.best) if e.fatalities else ""] for e in record.events]),
    ]
    for title, cols, rows in sections:
        con.print()
        con.print(f"[bold]{title}[/bold] ({len(rows)})", highlight=False)
        if rows:
            table = Table(*cols, show_header=True, header_style="bold", pad_edge=False)
            for row in rows:
                table.add_row(*(escape(c) for c in row))
            con.print(table, highlight=False)
    for w in record.warnings:
        con.print(escape(f"warning [{w.code}]: {w.message}"), highlight=False)
    return buf.getvalue()


def _num(x: float | None) -> str:
    if x is None:
        return ""
    return f"{int(x):,}" if float(x).is_integer() else f"{x:,}"


def _md_escape(s: str) -> str:
    return " ".join(s.split()).replace("|", "\\|")


def to_markdown(record: ArticleRecord) -> str:
    """The same report as :func:`to_text`, in Markdown."""
    out: list[str] = [f"# {_md_escape(record.title or record.id)}", ""]
    for k, v in _header(record):
        out.append(f"- **{k}**: {_md_escape(v)}")
    out += ["", f"## Claims ({len(record.claims)})", ""]
    for root, claims in _roots(record).items():
        out.append(f"- **{_md_escape(root)}**")
        for c in claims:
            links = claim_tree(c)[1:]
            indent = "  "
            for link in links:
                out.append(f"{indent}- {_md_escape(link)}")
                indent += "  "
            out.append(f"{indent}- «{_md_escape(_short(c.content.text))}» *{c.certainty}, {c.kind}* (cue: {_md_escape(c.cue.text)})")
    def table(title: str, cols: list[str], rows: list[list[str]]) -> None:
        out.extend(["", f"## {title} ({len(rows)})", ""])
        if rows:
            out.append("| " + " | ".join(cols) + " |")
            out.append("|" + "---|" * len(cols))
            out.extend("| " + " | ".join(_md_escape(c) for c in r) + " |" for r in rows)
    table("Entities", ["type", "text", "canonical", "English", "mentions"],
          [[e.type + (f"/{e.subtype}" if e.subtype else ""), e.text, e.canonical, e.name_en or "", str(len(e.mentions))] for e in record.entities])
    table("Quantities", ["text", "min", "best", "max", "unit"],
          [[q.text, _num(q.min), _num(q.best), _num(q.max), q.unit] for q in record.quantities])
    table("Dates", ["text", "value", "precision"], [[d.text, d.value or "?", d.precision] for d in record.dates])
    table("Places", ["text", "English", "country", "lat", "lon", "precision"],
          [[p.text, p.name_en or "", p.country or "", _num(p.lat), _num(p.lon), p.precision or ""] for p in record.places])
    table("Events", ["type", "trigger", "actors", "targets", "fatalities"],
          [[e.type + (f"/{e.subtype}" if e.subtype else ""), e.trigger.text, ", ".join(a.text for a in e.actors), ", ".join(t.text for t in e.targets), _num(e.fatalities.best) if e.fatalities else ""] for e in record.events])
    return "\n".join(out) + "\n"


def to_geojson(records: list[ArticleRecord]) -> dict[str, Any]:
    """A FeatureCollection of the records' geocoded places (one feature per place mention)."""
    features = []
    for r in records:
        for p in r.places:
            if p.lat is None or p.lon is None:
                continue
            features.append({
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [p.lon, p.lat]},
                "properties": {
                    "article": r.id, "id": p.id, "text": p.text, "start": p.start, "end": p.end,
                    "name_en": p.name_en, "country": p.country, "precision": p.precision,
                    "entity": p.entity,
                },
            })
    return {"type": "FeatureCollection", "features": features}
