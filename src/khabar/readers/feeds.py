"""RSS and Atom feeds with feedparser: one article per entry, dates read in Arabic too.

An entry's text is its full content when the feed carries it (``content:encoded``), else its
summary; HTML in it is reduced to text. Dates: feedparser's parsed date when it could read
one, else :func:`khabar.dates.parse_date_string` on the raw string (Arabic month names).
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from html import unescape

from ..document import RawArticle
from ..errors import InputError, MalformedInput

__all__ = ["looks_like_feed", "read_feed"]

_FEED_SNIFF = re.compile(rb"<(rss|feed|rdf:RDF)\b", re.I)
_TAG_RE = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.S | re.I)
_BLOCK_RE = re.compile(r"</?(p|div|br|li|h\d)\b[^>]*>", re.I)
_BLANKS = re.compile(r"[ \t]+")
_LINES = re.compile(r"\n\s*\n+")


def looks_like_feed(data: bytes) -> bool:
    return bool(_FEED_SNIFF.search(data[:2048]))


def html_to_text(s: str) -> str:
    s = _BLOCK_RE.sub("\n", s)
    s = unescape(_TAG_RE.sub("", s))
    s = _BLANKS.sub(" ", s)
    return _LINES.sub("\n", s).strip()


def _entry_date(entry: dict) -> str | None:
    from ..dates import parse_date_string

    for key in ("published", "updated", "created"):
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return time.strftime("%Y-%m-%dT%H:%M:%S+00:00", parsed)
        raw = entry.get(key)
        if raw:
            found = parse_date_string(raw)
            if found:
                return found[0]
    return None


def read_feed(data: bytes, source: str) -> Iterator[RawArticle | InputError]:
    import feedparser

    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        raise MalformedInput(source, f"not a readable RSS/Atom feed ({parsed.get('bozo_exception')})")
    if not parsed.entries:
        if not parsed.get("version"):  # feedparser knows no feed format in it (a sitemap, say)
            raise MalformedInput(source, "XML, but not an RSS or Atom feed (khabar reads feeds, HTML, "
                                         "text, JSON Lines and WARC)")
        raise MalformedInput(source, "the feed has no entries")
    outlet = parsed.feed.get("title") or None
    # A malformed feed (cut short, say) still gives feedparser's entries; the one where the
    # damage is may be empty or incomplete, so each entry says so.
    broken = (
        f"the feed is malformed ({str(parsed.get('bozo_exception')).strip()}), perhaps cut short"
        # (feedparser's notes on a readable feed, a declared encoding overridden say, are no damage)
        if parsed.bozo and not isinstance(parsed.get("bozo_exception"), feedparser.ThingsNobodyCaresAboutButMe)
        else ""
    )
    for n, entry in enumerate(parsed.entries, 1):
        where = f"{source}#{n}"
        content = entry.get("content")
        body = content[0].get("value", "") if content else entry.get("summary", "")
        text = html_to_text(body or "")
        if not text:
            yield MalformedInput(where, "the feed entry has no text" + (f"; {broken}" if broken else ""))
            continue
        yield RawArticle(
            text=text,
            source=where,
            id=entry.get("id") or None,
            title=entry.get("title") or None,
            outlet=outlet,
            date=_entry_date(entry),
            url=entry.get("link") or None,
            warnings=(("feed", f"{broken}: this entry may be incomplete"),) if broken else (),
        )
