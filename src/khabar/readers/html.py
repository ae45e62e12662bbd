"""HTML pages: main text and metadata with trafilatura, the date with khabar's own cascade.

trafilatura finds the main text, title and site name well, but its date search reads
copyright footers («© 2023» becomes 2023-01-01) and cannot read Arabic-only bylines
(«نُشر في 12 آذار 2024»). The publication date is therefore taken, in order, from:

1. structured markup only (htmldate with ``extensive_search=False``: meta tags, JSON-LD,
   ``<time datetime>``, the URL),
2. an Arabic or English byline in the page text (lines with نشر، بتاريخ، تاريخ، آخر تحديث...),
   parsed by :func:`khabar.dates.parse_date_string`, which ignores «© 2024» footers,
3. nothing (``None``): a wrong date is worse than none.
"""

from __future__ import annotations

import re
from typing import Any

from ..document import RawArticle
from ..errors import EmptyInput, MalformedInput
from .meta import iso_date
from .text import decode_text

__all__ = ["read_html", "byline_date"]

# Words that introduce a publication date in Arabic bylines (hand list from news sites).
_BYLINE_RE = re.compile(
    r"(?:نُ?شِ?ر|نشر|تاريخ|بتاريخ|آخر تحديث|اخر تحديث|تحديث|Published|Updated|Posted)[^\n<>]{0,60}",
    re.IGNORECASE,
)
_TAG_RE = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.S | re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.I)


def _html_to_str(data: bytes, source: str, warnings: list[tuple[str, str]]) -> str:
    m = _META_CHARSET.search(data[:4096])
    if m:
        enc = m.group(1).decode("ascii", "ignore").lower()
        if enc in ("windows-1256", "cp1256"):
            try:
                # A page saved or converted to UTF-8 often keeps its old declaration; Arabic in
                # Windows-1256 is never valid UTF-8, so valid UTF-8 wins (no silent mojibake).
                text = data.decode("utf-8")
                if not text.isascii():
                    warnings.append(("encoding", "decoded as UTF-8 (the page declares Windows-1256)"))
                    return text
            except UnicodeDecodeError:
                pass
            try:
                warnings.append(("encoding", "decoded as Windows-1256 (declared by the page)"))
                return data.decode("cp1256")
            except UnicodeDecodeError:
                pass
    return decode_text(data, source, warnings)


def byline_date(html: str) -> str | None:
    """The first date written in a byline of the page's text, as an ISO string."""
    from ..dates import parse_date_string

    text = _TAG_RE.sub("\n", html)
    for m in _BYLINE_RE.finditer(text):
        found = parse_date_string(m.group())
        if found:
            return found[0]
    return None


def _extract(html: Any, url: str | None, source: str) -> dict[str, Any]:
    """trafilatura's text and metadata of ``html`` (a string or an lxml tree), as a dict."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura raises assorted parser errors on broken markup
        raise MalformedInput(source, f"could not parse the HTML ({exc})") from exc
    # bare_extraction returns a Document (a dict only with as_dict=True)
    return doc if isinstance(doc, dict) else (doc.as_dict() if doc is not None else {})


#: libxml2's depth limit without XML_PARSE_HUGE (lxml's ``huge_tree``).
_DEPTH = 255


def _deep_tree(html: str) -> Any:
    """``html`` parsed with lxml's ``huge_tree`` (up to 2,048 levels deep, and trafilatura's own
    parser options otherwise) when it holds an element deeper than the default parser reads;
    else ``None``."""
    from lxml import html as lxml_html

    parser = lxml_html.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                                  remove_comments=True, remove_pis=True, huge_tree=True)
    try:
        tree = lxml_html.document_fromstring(html.encode("utf-8"), parser=parser)
    except Exception:  # lxml's parser errors on what trafilatura read already
        return None
    # an element at depth _DEPTH + 1 (the root is at depth 1): an XPath of that many steps
    return tree if tree.getroottree().xpath("/*" * (_DEPTH + 1)) else None


def read_html(
    data: bytes | str,
    source: str,
    url: str | None = None,
    fallback_date: str | None = None,
) -> RawArticle:
    """One article from an HTML page (raises :class:`EmptyInput` when it has no main text)."""
    warnings: list[tuple[str, str]] = []
    html = data if isinstance(data, str) else _html_to_str(data, source, warnings)
    if "<" not in html:
        raise MalformedInput(source, "not HTML (no tags found); if it is plain text, name it .txt")
    meta = _extract(html, url, source)
    text = meta.get("text") or ""
    if not text.strip() and (deep := _deep_tree(html)) is not None:
        # libxml2 drops what lies more than 255 elements deep unless told otherwise (unclosed
        # <div> or <font> tags nest that deep); such a page was "no main text" (qa-18a).
        meta = _extract(deep, url, source)
        text = meta.get("text") or ""
        if text.strip():
            warnings.append(("html", f"the page nests elements more than {_DEPTH} deep: read with "
                                     "lxml's huge_tree"))
    if not text.strip():
        raise EmptyInput(source, "no main text found in the HTML page")
    date = iso_date(meta.get("date")) or byline_date(html) or iso_date(fallback_date)
    return RawArticle(
        text=text,
        source=source,
        title=meta.get("title") or None,
        outlet=meta.get("sitename") or None,
        date=date,
        url=url or meta.get("url") or None,
        # the page's article:section (trafilatura's categories), read by khabar.genre
        section=", ".join(meta.get("categories") or []) or None,
        warnings=tuple(warnings),
    )
