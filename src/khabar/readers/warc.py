"""WARC / WARC.gz archives with warcio: each HTML response becomes an article, with its
target URL and, when the page itself carries no date, the capture date (WARC-Date)."""

from __future__ import annotations

import dataclasses
import io
import logging
import re
import sys
import threading
import zlib
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


class _Heard(threading.local):
    """What warcio said (to standard error, or its logger) in this thread while khabar reads
    a WARC: ``None`` when khabar is not reading one."""

    said: list[str] | None = None


_HEARD = _Heard()


class _Sink:
    """Standard error as warcio's modules see it while khabar reads a WARC in this thread."""

    @staticmethod
    def write(text: str) -> int:
        if _HEARD.said is not None:
            _HEARD.said.append(text)
        else:
            sys.stderr.write(text)
        return len(text)

    @staticmethod
    def flush() -> None:
        pass


class _WarcioSys:
    """``sys`` for warcio's modules: the same but for ``stderr``, which is :class:`_Sink`
    while khabar reads a WARC in this thread, and the real one otherwise (other threads,
    other callers of warcio)."""

    def __getattr__(self, name: str) -> Any:
        return getattr(sys, name)

    @property
    def stderr(self) -> Any:
        return _Sink if _HEARD.said is not None else sys.stderr


class _WarcioLog(logging.Filter):
    """Takes warcio's log records while khabar reads a WARC in this thread (they are said by
    khabar instead)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if _HEARD.said is None:
            return True
        _HEARD.said.append(record.getMessage())
        return False


def _hush_warcio() -> None:
    """Route what warcio writes to standard error, and its log, through :data:`_HEARD`.

    warcio writes "WARNING: Record not followed by newline, perhaps Content-Length is invalid"
    (a record whose length is wrong) and zlib's errors (compressed data that breaks off) with
    ``sys.stderr.write``, and "Replacing spaces in invalid WARC-Target-URI" to its logger: next
    to khabar's one line per damaged input, several lines that named no input (session 18's
    note; qa-19a). Read here, they become that line or an article's warning."""
    from warcio import archiveiterator, bufferedreaders, recordloader

    for module in (archiveiterator, bufferedreaders):
        if getattr(module, "sys", None) is sys:
            module.sys = _WarcioSys()  # type: ignore[attr-defined]
    logger = logging.getLogger(recordloader.__name__)
    if not any(isinstance(f, _WarcioLog) for f in logger.filters):
        logger.addFilter(_WarcioLog())


_INVALID_LENGTH = "Record not followed by newline"


class _Resync(Exception):
    """Read on from byte ``at``, where a whole record starts."""

    def __init__(self, at: int) -> None:
        super().__init__(at)
        self.at = at


class _NotARecord(ValueError):
    """What follows a whole record in a ``.warc.gz`` is not a gzip member holding a record."""


class _Damaged(Exception):
    """A record cut short or damaged: headers without a Content-Length, or a record that ends
    before its length; ``said`` is the error already naming it, if any."""

    def __init__(self, reason: str, said: MalformedInput | None = None) -> None:
        super().__init__(reason)
        self.said = said


def read_warc(stream: io.BufferedIOBase, source: str, options: Options) -> Iterator[RawArticle | InputError]:
    """The articles of a WARC file. A damaged record is reported (``FILE@BYTE``) and reading
    goes on at the next record the damage left whole (:func:`_next_record`), so one corrupt
    gzip member in the middle of a ``.warc.gz`` no longer loses every record after it
    (qa-18a). What warcio says of a record (:func:`_hush_warcio`) is heard while this reads,
    never while the caller holds an article."""
    _hush_warcio()
    heard: list[str] = []
    records = _read_warc(stream, source, options, heard)
    while True:
        before, _HEARD.said = _HEARD.said, heard
        try:
            item = next(records)
        except StopIteration:
            return
        finally:
            _HEARD.said = before
        yield item


def _read_warc(
    stream: io.BufferedIOBase, source: str, options: Options, heard: list[str]
) -> Iterator[RawArticle | InputError]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    found = 0
    end = 0  # where the last whole record ends, in the file's bytes
    read_to = 0  # where the last record warcio read ends, whole or not
    said = -1  # where the member reported as failing its check starts
    last = -1  # where the last record read starts
    pending: InputError | None = None  # the error of damage after the last record read
    size = _size(stream)
    gz = size is not None and _gzip_at(stream, 0)
    if size is not None:
        stream.seek(0)
    while True:
        try:
            # check_digests: warcio compares each record with its WARC-Block-Digest as it reads
            records = ArchiveIterator(stream, check_digests=True)
            for record in records:
                if not (record.rec_headers.get_header("Content-Length") or "").strip().isdigit():
                    # Every WARC record has one; warcio yields the cut headers of a last record,
                    # or the garbled ones of a damaged record (read on after it, if anything is).
                    raise _Damaged("no Content-Length")
                item = _response(record, source, options) if record.rec_type == "response" else None
                # To the record's end before its article is given: a gzip member fails its
                # check (CRC) only at its end, and warcio then raises, or writes the zlib error
                # to standard error and ends the page early.
                records.read_to_end()
                if item is not None:
                    found += 1
                if getattr(record.raw_stream, "limit", 0) > 0:
                    # The record ends early: the file is cut inside it, or (with more after it)
                    # its gzip data broke off; the handler below tells which.
                    raise _Damaged("the record ends early", item if isinstance(item, MalformedInput) else None)
                offset, length = records.get_record_offset(), records.get_record_length()
                read_to = max(read_to, offset + length)
                whole = _whole_member(stream, offset, length) if gz else True
                if whole is None and offset == 0:
                    # the first member goes on past the first record: one gzip stream for the
                    # whole file (warcio reads on and says so), so no member is checked
                    gz, whole = False, True
                if whole:
                    # (from the file start; warcio's length of a damaged record can be negative)
                    end = max(end, offset + length)
                else:
                    # (``end`` stays: warcio's idea of where a damaged member ends can be wrong,
                    # and a resync after it must look from the member's start)
                    said = end
                if item is not None and said == end:
                    item = MalformedInput(item.source, "its gzip data is corrupt (the member fails its "
                                                       "check), so its text may be wrong: skipped")
                elif _block_digest_failed(record) and (item is not None or record.rec_type == "response"):
                    # (a response with no article too: damaged HTTP headers can hide its page)
                    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                    item = MalformedInput(f"{source}#{uri}", "its bytes do not match its WARC-Block-Digest "
                                                             "(the record is damaged), so its text may be "
                                                             "wrong: skipped")
                told, heard[:] = list(heard), []
                item, note = _warcio_said(told, record, item, f"{source}@{offset}")
                damage = _headers_damaged(record)
                if damage is None and not gz and size is not None and isinstance(item, RawArticle):
                    damage = _block_damaged(stream, offset, record)
                if damage is not None and (item is not None or record.rec_type not in _OTHER_TYPES):
                    # (qa-20a: a plain WARC without digests read these as pages cut short,
                    # spliced or lost, with no word)
                    item = MalformedInput(f"{source}@{offset}", f"the WARC record at byte {offset:,} {damage} "
                                                                "(the record is damaged): skipped")
                if pending is not None:
                    yield pending
                if item is not None:
                    yield item
                # (said once the next record reads: when it does not, its error says it all)
                pending = note
                last = offset
                if size is not None and not gz and any(_INVALID_LENGTH in t for t in told):
                    # a Content-Length too large runs the record into the next ones, which
                    # warcio then misreads or passes over quietly: read on from the first
                    # record that starts inside this one, if one does (qa-19a)
                    here = stream.tell()
                    early = _next_record(stream, offset + 1)
                    if early is not None and early < offset + length:
                        raise _Resync(early)
                    stream.seek(here)
                if gz and whole and size is not None and size - end > 4:
                    # The next gzip member must be a record: warcio reads what it inflates to
                    # line by line, and a member of 2 GB of zeros after the last record (a gzip
                    # bomb) held `khabar analyze` for minutes in one endless line (qa-19a).
                    # (A member whose data is corrupt is left to warcio: its error says so.)
                    here = stream.tell()
                    if _inflates_to_other(stream, end):
                        raise _NotARecord(f"the data at byte {end:,} is not a WARC record")
                    stream.seek(here)
            if pending is not None:
                yield pending
            break
        except _Resync as jump:
            stream.seek(jump.at)
            end = jump.at
            continue
        except InputError:
            raise
        except (_Damaged, ArchiveLoadFailed, ValueError, EOFError, OSError, AttributeError, KeyError,
                zlib.error) as exc:
            # warcio fails on malformed records with assorted errors (AttributeError on a
            # response record without a target URI, for one).
            why = str(exc) if isinstance(exc, _NotARecord) else f"{exc.__class__.__name__}: {_first_line(exc)}"
            if size is not None and "\\x" in why and _gzip_at(stream, end):
                why = "its gzip data is corrupt"  # (warcio quoted the compressed bytes)
            # the broken record starts at ``end`` (gzip) or 4 bytes on, after the \r\n\r\n that
            # ends a record (plain): look for the next one past it
            after = _next_record(stream, end + 5) if size is not None else None
            if size is not None and not gz and last >= 0:
                # a record that starts inside what warcio took for the last one: that one's
                # Content-Length was too large, and ``end`` is past this one's start (qa-19a)
                early = _next_record(stream, last + 1)
                if early is not None and early < end:
                    after = early
            heard.clear()  # (what warcio said of the broken record: this error says it)
            pending = None
            if said == end:  # the damage after the member just reported as failing its check
                if after is None:
                    return
                stream.seek(after)
                end = after
                continue
            if after is None and isinstance(exc, _Damaged):
                if exc.said is not None:
                    yield exc.said  # the file is cut inside this record's page: named by it
                    return
                raise MalformedInput(source, _TRUNCATED) from exc
            if (after is None and gz and size is not None and size - end < 1 << 20
                    and _whole_member(stream, end, size - end) is None):
                # the last member inflates without error but stops before its end: the file is
                # cut inside it (warcio's error is then an AttributeError or the like). (Only
                # under a megabyte: the tail of a page, not a gzip bomb inflated whole.)
                raise MalformedInput(source, _TRUNCATED) from exc
            if after is None:
                raise MalformedInput(
                    source, f"broken WARC archive ({why}); the records before the damage were "
                    "read; copy or download the file again",
                ) from exc
            yield MalformedInput(
                f"{source}@{end}", f"a broken WARC record at byte {end:,} ({why}), skipped; reading "
                f"goes on at the next whole record, at byte {after:,}",
            )
            stream.seek(after)
            end = after
    if size is not None and size - max(end, read_to) > 4:  # more than the \r\n\r\n after the last record
        # warcio ends quietly when the file stops inside a record's headers.
        raise MalformedInput(source, _TRUNCATED)
    if not found:
        raise MalformedInput(source, "the WARC archive holds no HTML response record")


_SPACES = "Replacing spaces in invalid WARC-Target-URI"


def _warcio_said(
    told: list[str], record: Any, item: RawArticle | InputError | None, where: str
) -> tuple[RawArticle | InputError | None, InputError | None]:
    """``(item, error)``: the record's article or error once what warcio said of the record
    (``told``) is taken into account, and an error for the file at ``where`` (``FILE@BYTE``)
    when the damage lies outside the record's page, else ``None``.

    - "Record not followed by newline, perhaps Content-Length is invalid": the record's length
      is wrong. Its page is skipped unless its WARC-Block-Digest was checked and holds (then
      the record is whole, and the damage lies after it: the error at ``where``). A record with
      no article gets the error at ``where`` too.
    - a zlib error (compressed data that breaks off): the page ended early; skipped.
    - "Replacing spaces in invalid WARC-Target-URI": the article's warning, not an error.
    """
    if not told:
        return item, None
    wrong_length = any(_INVALID_LENGTH in t for t in told)
    broke = [t for t in told if _INVALID_LENGTH not in t and not t.startswith(_SPACES)]
    if isinstance(item, RawArticle):
        if broke:
            why = " ".join(broke[0].split())[:80]
            return MalformedInput(item.source, f"its data breaks off ({why}), so its text may be cut short: "
                                               "skipped"), None
        if wrong_length and not _block_digest_passed(record):
            return MalformedInput(item.source, "its Content-Length does not match its bytes (the record is "
                                               "damaged, and no WARC-Block-Digest vouches for it), so its text "
                                               "may be cut short or run on: skipped"), None
        if any(t.startswith(_SPACES) for t in told):
            item = dataclasses.replace(item, warnings=(*item.warnings, ("warc", "the WARC-Target-URI holds "
                                                                              "spaces: read with %20")))
    if wrong_length and not isinstance(item, InputError):
        return item, MalformedInput(where, "the WARC record here is not followed by the blank lines that end "
                                           "a record (its Content-Length may be wrong); the records after it "
                                           "are read")
    return item, None


#: WARC record types that never hold an article (a damaged one is not worth an error).
_OTHER_TYPES = ("warcinfo", "request", "metadata", "revisit", "resource", "conversion", "continuation")

#: Headers a WARC record has exactly once (WARC/1.1, section 5: mandatory, not repeatable).
_ONCE = ("WARC-Record-ID", "WARC-Type", "WARC-Date", "Content-Length", "WARC-Target-URI")


def _headers_damaged(record: Any) -> str | None:
    """What is wrong with the record's WARC headers, or ``None``: a version line with more on
    it (warcio reads «WARC/1.00000003>» as WARC/1.0), no ``WARC-Type`` (a record
    whose headers lost a line is passed over by warcio as an unknown type, the page lost
    without a word), or a header that a record has once found twice (the headers of two
    records spliced: the first record's URI with the second one's page)."""
    names = [name.lower() for name, _ in getattr(record.rec_headers, "headers", [])]
    if (getattr(record.rec_headers, "statusline", "") or "").strip():
        # "WARC/1.0" followed by the rest of another line: the record's start was cut away
        return "does not start with a WARC/1.0 or WARC/1.1 line alone (its start is cut away?)"
    if "warc-type" not in names:
        return "has no WARC-Type header"
    twice = [h for h in _ONCE if names.count(h.lower()) > 1]
    if twice:
        return f"has its {twice[0]} header twice (two records spliced?)"
    return None


#: The bytes that end a WARC record's block, and how another record starts inside one.
_RECORD_END = b"\r\n\r\n"
_RECORD_START = re.compile(rb"WARC/1\.[01]\r\n(?:[\x21-\x7e]+:[^\r\n]*\r\n){0,20}?WARC-(?:Type|Record-ID):")


def _block_damaged(stream: io.BufferedIOBase, offset: int, record: Any) -> str | None:
    """What the bytes of the plain WARC record at ``offset`` say is wrong, or ``None``: its
    block (the Content-Length bytes after its headers) not followed by the blank lines that
    end a record (warcio takes one line break, or none, in their place: a page one byte
    short or long read as whole), or holding the start of another record (a record cut and
    the next one spliced on). Only for a record no WARC-Block-Digest vouches for."""
    if _block_digest_passed(record):
        return None
    length = (record.rec_headers.get_header("Content-Length") or "").strip()
    here = stream.tell()
    try:
        stream.seek(offset)
        head = stream.read(1 << 16)
        start = head.find(b"\r\n\r\n")
        if start < 0 or not length.isdigit():
            return None
        stream.seek(offset + start + 4)
        block = stream.read(int(length) + len(_RECORD_END))
    finally:
        stream.seek(here)
    if block[int(length):] != _RECORD_END and len(block) > int(length):
        return "is not followed by the blank lines that end a record: its Content-Length does not match its bytes"
    inner = _RECORD_START.search(block, 0, int(length))
    if inner is not None:
        return (f"holds the start of another WARC record, at byte {offset + start + 4 + inner.start():,} (a record "
                "cut short and the next spliced on?)")
    return None


def _block_digest_passed(record: Any) -> bool:
    """Whether warcio checked the record against its ``WARC-Block-Digest`` and it held."""
    if not record.rec_headers.get_header("WARC-Block-Digest"):
        return False
    checker = getattr(record, "digest_checker", None)
    return bool(getattr(checker, "passed", None)) and not _block_digest_failed(record)


#: How a record starts: a gzip member (``.warc.gz``: one member per record), or a version line.
_GZIP_MEMBER = b"\x1f\x8b\x08"
_WARC_LINE = b"\nWARC/1."


def _next_record(stream: io.BufferedIOBase, start: int, chunk: int = 1 << 20) -> int | None:
    """The offset of the first WARC record at or after ``start`` that reads: a gzip member
    that inflates to ``WARC/``, or a ``WARC/1.`` line; ``None`` when none is left."""
    pos = start
    while True:
        stream.seek(pos)
        block = stream.read(chunk + len(_WARC_LINE))
        if len(block) <= len(_WARC_LINE):
            return None
        hits = []
        for mark, shift in ((_GZIP_MEMBER, 0), (_WARC_LINE, 1)):
            at = block.find(mark)
            while at != -1 and at < chunk:
                hits.append(at + shift)
                at = block.find(mark, at + 1)
        # a record right after a page cut short, with no line break before it (qa-20a: the
        # record after the cut one was lost), when WARC header lines follow its version line
        at = block.find(b"WARC/1.")
        while at != -1 and at < chunk:
            if (at == 0 or block[at - 1:at] != b"\n") and _RECORD_START.match(block, at):
                hits.append(at)
            at = block.find(b"WARC/1.", at + 1)
        for at in sorted(hits):
            if _starts_record(stream, pos + at):
                return pos + at
        pos += chunk


def _block_digest_failed(record: Any) -> bool:
    """Whether warcio found the record's bytes unlike its ``WARC-Block-Digest``. (The payload
    digest is not read: tools disagree on it for chunked answers, webrecorder/warcio#74.)"""
    problems = getattr(getattr(record, "digest_checker", None), "problems", None) or []
    if not any(str(p).startswith("block digest failed") for p in problems):
        return False
    # warcio compares base-32 digests case-sensitively: one written in lower case would fail
    # every record of a sound file, so such a failure is not believed
    value = (record.rec_headers.get_header("WARC-Block-Digest") or "").partition(":")[2].strip()
    return not (len(value) in _BASE32_LENGTHS and value != value.upper())


#: Lengths of SHA-1, SHA-256, SHA-384 and SHA-512 digests written in base 32 (with padding).
_BASE32_LENGTHS = (32, 56, 80, 104)


def _whole_member(stream: io.BufferedIOBase, offset: int, length: int) -> bool | None:
    """Whether the gzip member at ``offset`` inflates whole within ``length`` bytes with its
    check (CRC-32 and size) right; ``None`` when it inflates without error but goes on past
    them. Read apart from warcio, whose place in ``stream`` is kept."""
    here = stream.tell()
    try:
        stream.seek(offset)
        inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
        left = length
        while left > 0 and not inflate.eof:
            block = stream.read(min(left, 1 << 20))
            if not block:
                break
            left -= len(block)
            inflate.decompress(block, 1 << 20)  # inflated a megabyte at a time (a gzip bomb)
            while inflate.unconsumed_tail and not inflate.eof:
                inflate.decompress(inflate.unconsumed_tail, 1 << 20)
        return True if inflate.eof else None
    except (zlib.error, ValueError, OSError):
        return False
    finally:
        stream.seek(here)


def _gzip_at(stream: io.BufferedIOBase, offset: int) -> bool:
    stream.seek(offset)
    return stream.read(3) == _GZIP_MEMBER


def _starts_record(stream: io.BufferedIOBase, offset: int) -> bool:
    stream.seek(offset)
    head = stream.read(4096)
    if head.startswith(b"WARC/1."):
        return True
    if not head.startswith(_GZIP_MEMBER):
        return False
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 16).startswith(b"WARC/")
    except zlib.error:
        return False


def _inflates_to_other(stream: io.BufferedIOBase, offset: int) -> bool:
    """Whether the bytes at ``offset`` are not a gzip member, or are one whose first bytes
    inflate without error to something other than a WARC record."""
    stream.seek(offset)
    head = stream.read(4096)
    if not head.startswith(_GZIP_MEMBER):
        return True
    try:
        start = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 16)
    except zlib.error:
        return False
    return len(start) >= 5 and not start.startswith(b"WARC/")


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
