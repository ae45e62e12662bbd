"""WARC / WARC.gz archives with warcio: each HTML response becomes an article, with its
target URL and, when the page itself carries no date, the capture date (WARC-Date)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from ..document import RawArticle
from ..errors import InputError, InputTooLarge, MalformedInput
from ..options import Options
from ..wording import count
from .html import read_html

__all__ = ["read_warc"]

_TRUNCATED = (
    "the file ends inside a WARC record (it is truncated; the records before it were read): "
    "copy or download it again"
)


def _first_line(exc: BaseException, limit: int = 80) -> str:
    """The first line of ``exc``'s message, printable ASCII only (warcio quotes the raw bytes
    of a broken record, which can be binary) and at most ``limit`` characters."""
    lines = str(exc).strip().splitlines() or [""]
    text = ascii(lines[0])[1:-1]
    return text if len(text) <= limit else text[: limit - 1] + "…"


def read_warc(stream: io.BufferedIOBase, source: str, options: Options) -> Iterator[RawArticle | InputError]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    found = 0
    end = 0  # where the last whole record ends, in the file's bytes
    size = _size(stream)
    try:
        records = ArchiveIterator(stream)
        for record in records:
            if not (record.rec_headers.get_header("Content-Length") or "").strip().isdigit():
                # Every WARC record has one; warcio yields the cut headers of a last record.
                raise MalformedInput(source, _TRUNCATED)
            item = _response(record, source, options) if record.rec_type == "response" else None
            if item is not None:
                found += 1
                yield item
            records.read_to_end()
            if getattr(record.raw_stream, "limit", 0) > 0:  # the file ends inside this record
                if isinstance(item, MalformedInput):
                    return  # said just above, naming the record
                raise MalformedInput(source, _TRUNCATED)
            end = records.get_record_offset() + records.get_record_length()
    except InputError:
        raise
    except (ArchiveLoadFailed, ValueError, EOFError, OSError, AttributeError, KeyError) as exc:
        # warcio fails on malformed records with assorted errors (AttributeError on a
        # response record without a target URI, for one).
        raise MalformedInput(
            source, f"broken WARC archive ({exc.__class__.__name__}: {_first_line(exc)}); the "
            "records before the damage were read; copy or download the file again",
        ) from exc
    if size is not None and size - end > 4:  # more than the \r\n\r\n after the last record
        # warcio ends quietly when the file stops inside a record's headers.
        raise MalformedInput(source, _TRUNCATED)
    if not found:
        raise MalformedInput(source, "the WARC archive holds no HTML response record")


def _size(stream: io.BufferedIOBase) -> int | None:
    """The stream's length in bytes, when it can tell (files and ``BytesIO`` can)."""
    try:
        pos = stream.tell()
        size = stream.seek(0, io.SEEK_END)
        stream.seek(pos)
    except (OSError, AttributeError, ValueError):
        return None
    return size


def _response(record: Any, source: str, options: Options) -> RawArticle | InputError | None:
    """The article of one response record; ``None`` when it is not a 2xx HTML page."""
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    where = f"{source}#{uri}"
    http = record.http_headers
    ctype = (http.get_header("Content-Type") or "") if http else ""
    status = http.get_statuscode() if http else ""
    if "html" not in ctype.lower() or not str(status).startswith("2"):
        return None
    body = record.content_stream().read(options.max_bytes + 1)
    if len(body) > options.max_bytes:
        return InputTooLarge(where, f"WARC record over {count(options.max_bytes, 'byte')}")
    if getattr(record.raw_stream, "limit", 0) > 0:
        # The file ends inside this record: its page would be analysed cut short.
        return MalformedInput(where, _TRUNCATED)
    try:
        return read_html(body, where, url=uri or None, fallback_date=record.rec_headers.get_header("WARC-Date"))
    except InputError as exc:
        return exc
