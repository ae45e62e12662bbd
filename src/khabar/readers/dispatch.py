"""Pick the reader for one input: a path, a directory (recursively), ``-`` or a URL.

Files are recognised by extension first, then by content (gzip, ``WARC/``, ``<rss``/``<feed``,
``<html``, a JSON object per line), so a file named ``.txt`` that holds HTML is still read as
HTML. Inside a directory only files with a known extension are read.
"""

from __future__ import annotations

import gzip
import io
import re
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

from ..document import RawArticle
from ..errors import (
    EmptyInput,
    FetchError,
    InputError,
    InputNotFound,
    InputTooLarge,
    MalformedInput,
    source_name,
)
from ..options import Options
from ..wording import count
from .feeds import looks_like_feed, read_feed
from .fetch import fetch
from .html import read_html
from .jsonl import read_jsonl_lines
from .meta import storable_article
from .text import decode_text
from .warc import read_warc

__all__ = ["KNOWN_SUFFIXES", "guarded", "read_one"]

KNOWN_SUFFIXES = (
    ".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".jsonl.gz", ".ndjson",
    ".rss", ".atom", ".xml", ".warc", ".warc.gz",
)
_HTML_SNIFF = re.compile(rb"<(!doctype html|html|body|p|div|article)\b", re.I)
_XML_SNIFF = re.compile(rb"(\xef\xbb\xbf)?\s*<\?xml\b")
#: a JSON line (``{"``), a JSON object over several lines (``{`` then ``"`` on the next) or an
#: array of objects (``[{``)
_JSON_SNIFF = re.compile(rb"(\xef\xbb\xbf)?\s*(\{\s*\"|\[\s*\{)")


def read_one(source: str, options: Options) -> Iterator[RawArticle | InputError]:
    """The articles of one input. ``source`` opens it; what is read is named by
    :func:`~khabar.errors.source_name` (a file name that is not UTF-8 gets escapes)."""
    if source == "-":
        data = sys.stdin.buffer.read(options.max_bytes + 1)
        if len(data) > options.max_bytes:
            raise InputTooLarge("-", f"standard input over {count(options.max_bytes, 'byte')}")
        yield from _read_bytes(data, "-", "", options)
        return
    if source.startswith(("http://", "https://")):
        body, ctype, final = fetch(source, options)
        yield from _read_fetched(body, ctype, source, final, options)
        return
    if "://" in source:
        raise FetchError(source, "only http:// and https:// URLs are read")
    path = Path(source)
    if path.is_dir():
        children = sorted(
            p for p in path.rglob("*")
            if p.is_file() and not p.name.startswith(".") and p.name.lower().endswith(KNOWN_SUFFIXES)
        )
        if not children:
            raise EmptyInput(source, f"no readable files in the directory (looked for {', '.join(KNOWN_SUFFIXES)})")
        for child in children:
            yield from guarded(read_one(str(child), options), source_name(str(child)))
        return
    if not path.exists():
        raise InputNotFound(source, "no such file or directory")
    shown = source_name(source)
    name = path.name.lower()
    if name.endswith((".jsonl", ".jsonl.gz", ".ndjson")):
        # Streamed: corpora are bigger than the per-input cap, which applies per line.
        opener = gzip.open if _is_gzip(path) else open
        with opener(path, "rb") as fh:  # type: ignore[operator]
            yield from read_jsonl_lines(fh, shown, options)
        return
    if name.endswith((".warc", ".warc.gz")):
        with open(path, "rb") as fh:
            yield from read_warc(fh, shown, options)
        return
    too_large = (
        f"over the limit of {count(options.max_bytes, 'byte')} (Options.max_bytes); one article is "
        "rarely over 1 MB: split the file into articles (one file each, or JSON Lines)"
    )
    size = path.stat().st_size
    if size > options.max_bytes:
        raise InputTooLarge(shown, f"{count(size, 'byte')}, {too_large}")
    with open(path, "rb") as fh:
        # At most the limit and one byte, whatever the size said: a device (/dev/zero) or a
        # pipe (``<(zcat ...)``) says 0 and may never end (qa-18a: /dev/zero filled the memory).
        data = fh.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        raise InputTooLarge(shown, f"more than {count(options.max_bytes, 'byte')}, {too_large}")
    yield from _read_bytes(data, shown, name, options)


def guarded(items: Iterator[RawArticle | InputError], source: str) -> Iterator[RawArticle | InputError]:
    """``items``, with an error that escapes a reader turned into the :class:`InputError` of
    ``source``: what was read before it is kept and the next input is still read. (A truncated
    ``.jsonl.gz`` raised ``EOFError``, which click took for Ctrl-D: "Aborted!", and the inputs
    after it were never read.) Articles come out fit to store (:func:`~.meta.storable_article`:
    no NUL, no lone surrogate)."""
    try:
        for item in items:
            yield storable_article(item) if isinstance(item, RawArticle) else item
    except InputError as exc:
        yield exc
    except RecursionError as exc:  # a parser recursing over hostile nesting (qa-18a)
        yield MalformedInput(source, f"nested too deeply to be read ({exc})")
    except (OSError, EOFError, ValueError, LookupError, zlib.error) as exc:
        yield MalformedInput(source, f"could not be read ({exc.__class__.__name__}: {exc})")


def _is_gzip(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(2) == b"\x1f\x8b"


def _read_bytes(
    data: bytes, source: str, name: str, options: Options, inflated: bool = False,
) -> Iterator[RawArticle | InputError]:
    if not data.strip():
        raise EmptyInput(source, "the gzip data inflates to nothing" if inflated else "the input is empty")
    head = data[:4096]
    if head[:2] == b"\x1f\x8b":
        if inflated:  # (a gzip quine inflates to itself)
            raise MalformedInput(source, "gzip data inside gzip data; inflate it first (`gunzip`)")
        # Streamed, never decompressed whole: 20 MB of gzip can hold gigabytes (a gzip bomb).
        inner = gzip.GzipFile(fileobj=io.BytesIO(data))
        try:
            start = inner.read(5)
        except (OSError, EOFError, zlib.error) as exc:
            raise MalformedInput(source, f"broken gzip data ({exc}); check the file with `gzip -t`") from exc
        start += _gzip_head(inner)
        if start.startswith(b"WARC/"):
            yield from read_warc(io.BytesIO(data), source, options)
        elif start.lstrip().startswith(b"{") or name.removesuffix(".gz").endswith((".jsonl", ".ndjson")):
            yield from read_jsonl_lines(gzip.GzipFile(fileobj=io.BytesIO(data)), source, options)
        else:
            # An HTML page, a feed or a text in gzip (`curl` without `--compressed` saves the
            # server's gzip as it came; `page.html.gz`): read by what it inflates to, at most
            # the limit. It was read as JSON Lines before session 21, one "not a JSON object"
            # error a line (qa-21a).
            yield from _read_bytes(_inflate(data, source, options), source, name.removesuffix(".gz"),
                                   options, inflated=True)
        return
    if head.startswith(b"WARC/") or name.endswith((".warc",)):
        yield from read_warc(io.BytesIO(data), source, options)
        return
    if name.endswith((".rss", ".atom")) or (not name.endswith((".html", ".htm")) and looks_like_feed(head)):
        yield from read_feed(data, source)
        return
    if name.endswith((".html", ".htm", ".xhtml")) or _HTML_SNIFF.search(head):
        yield read_html(data, source)
        return
    if name.endswith(".xml") or _XML_SNIFF.match(head):
        # XML that is not HTML: a feed whose root is past the sniffed bytes (a long comment or
        # stylesheet first), else an error. It was read as plain text before (qa-18a: a
        # sitemap became one "article" of raw XML).
        yield from read_feed(data, source)
        return
    if name.endswith((".jsonl", ".ndjson", ".json")) or _JSON_SNIFF.match(head):
        # (a `.json` file, or a pretty-printed object or an array of objects, was read as one
        # plain-text article of JSON before session 21: the JSON Lines reader says what it is)
        yield from read_jsonl_lines(io.BytesIO(data), source, options)
        return
    warnings: list[tuple[str, str]] = []
    text = decode_text(data, source, warnings)
    yield RawArticle(text=text, source=source, warnings=tuple(warnings))


def _gzip_head(inner: gzip.GzipFile) -> bytes:
    """Up to 4 KB more of ``inner``, less if its data breaks off there (the reader that
    follows says so, after the lines before the break)."""
    try:
        return inner.read(4091)
    except (OSError, EOFError, zlib.error):
        return b""


def _inflate(data: bytes, source: str, options: Options) -> bytes:
    """``data`` (gzip) inflated, at most ``options.max_bytes``: one byte more is an error."""
    try:
        inner = gzip.GzipFile(fileobj=io.BytesIO(data)).read(options.max_bytes + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise MalformedInput(source, f"broken gzip data ({exc}); check the file with `gzip -t`") from exc
    if len(inner) > options.max_bytes:
        raise InputTooLarge(
            source, f"gzip data inflating to more than {count(options.max_bytes, 'byte')}, over the limit "
            "(Options.max_bytes) for one input that is not JSON Lines or WARC",
        )
    return inner


def _read_fetched(body: bytes, ctype: str, url: str, final: str, options: Options) -> Iterator[RawArticle | InputError]:
    ct = ctype.lower()
    if "html" in ct:
        yield read_html(body, url, url=final)
    elif any(k in ct for k in ("rss", "atom", "xml")):
        yield from read_feed(body, url)
    elif ct.startswith("text/plain"):
        warnings: list[tuple[str, str]] = []
        yield RawArticle(text=decode_text(body, url, warnings), source=url, url=final, warnings=tuple(warnings))
    elif "json" in ct:
        yield from read_jsonl_lines(io.BytesIO(body), url, options)
    else:
        raise FetchError(url, f"not HTML, a feed or text (Content-Type: {ctype or 'none'})")
