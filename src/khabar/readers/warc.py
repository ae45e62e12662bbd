"""WARC / WARC.gz archives with warcio: each HTML response becomes an article, with its
target URL and, when the page itself carries no date, the capture date (WARC-Date)."""

from __future__ import annotations

import io
from collections.abc import Iterator

from ..document import RawArticle
from ..errors import InputError, InputTooLarge, MalformedInput
from ..options import Options
from .html import read_html

__all__ = ["read_warc"]


def read_warc(stream: io.BufferedIOBase, source: str, options: Options) -> Iterator[RawArticle | InputError]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    found = 0
    try:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response":
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI") or ""
            where = f"{source}#{uri}"
            http = record.http_headers
            ctype = (http.get_header("Content-Type") or "") if http else ""
            status = http.get_statuscode() if http else ""
            if "html" not in ctype.lower() or not str(status).startswith("2"):
                continue
            found += 1
            body = record.content_stream().read(options.max_bytes + 1)
            if len(body) > options.max_bytes:
                yield InputTooLarge(where, f"WARC record over {options.max_bytes:,} bytes")
                continue
            warc_date = record.rec_headers.get_header("WARC-Date")
            try:
                yield read_html(body, where, url=uri or None, fallback_date=warc_date)
            except InputError as exc:
                yield exc
    except InputError:
        raise
    except (ArchiveLoadFailed, ValueError, EOFError, OSError, AttributeError, KeyError) as exc:
        # warcio fails on malformed records with assorted errors (AttributeError on a
        # response record without a target URI, for one).
        raise MalformedInput(source, f"broken WARC archive ({exc.__class__.__name__}: {exc})") from exc
    if not found:
        raise MalformedInput(source, "the WARC archive holds no HTML response record")
