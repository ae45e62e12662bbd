"""khabar's exceptions, in one small tree.

::

    KhabarError
    ├── InputError            one input could not be read (names the input)
    │   ├── InputNotFound     missing path
    │   ├── EmptyInput        nothing to analyse
    │   ├── DecodeError       binary, or not in a text encoding khabar can detect
    │   ├── InputTooLarge     over the size limit (Options.max_bytes)
    │   ├── FetchError        URL unreachable, bad status, too many redirects, not HTML/text
    │   ├── MalformedInput    broken JSONL, feed, WARC or HTML
    │   └── ArticleTimeout    analysis ran past ingest's time limit for one article
    ├── PipelineError         steps misordered or unknown (raised when the pipeline is built)
    ├── ModelError            a shipped model or data file is missing or unreadable
    ├── DataError             ../shared/data (KHABAR_DATA) is needed and not found
    ├── StorageError          the archive database refused an operation
    └── DraftError            a gold draft does not validate (khabar.eval.goldbuild; also
                              a ValueError, as it was before session 15)

Every message says what went wrong *and* how to fix it. The command line prints
``khabar: error: `` and ``str(error)`` on one line and exits non-zero, never a traceback.
"""

from __future__ import annotations

import re

__all__ = [
    "ArticleTimeout",
    "DataError",
    "DecodeError",
    "EmptyInput",
    "FetchError",
    "InputError",
    "InputNotFound",
    "InputTooLarge",
    "KhabarError",
    "MalformedInput",
    "ModelError",
    "PipelineError",
    "StorageError",
]


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
#: characters that no UTF-8 output or archive can hold: NUL (PostgreSQL refuses it in text) and
#: half a UTF-16 pair; a source name shows them escaped, ``readers.meta.storable`` as U+FFFD
UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def source_name(source: str) -> str:
    """``source`` fit to store and print as UTF-8: a file name that is not valid UTF-8 (Python
    holds its bytes as lone surrogates, ``os.fsdecode``) gets them as ``\\xff`` escapes.

    Before session 18 such a name reached the archive as it was: SQLite refused to encode it,
    and ``khabar ingest`` of a folder holding one such file stored nothing (qa-18a). A NUL
    (a WARC-Target-URI can hold one; PostgreSQL refuses it) is written ``\\x00`` (qa-19a)."""
    if not UNSTORABLE.search(source):
        return source
    return UNSTORABLE.sub(_escape_surrogate, source)


def _escape_surrogate(m: re.Match[str]) -> str:
    code = ord(m.group())
    if code == 0:
        return "\\x00"
    # U+DC80..U+DCFF: a byte that was not UTF-8 (``surrogateescape``), shown as that byte
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"


def _shown(source: str) -> str:
    """``source`` on one printed line: control characters (a newline or a terminal escape in a
    file name) written as Python escapes."""
    return _CONTROL.sub(lambda m: ascii(m.group())[1:-1], source)


def printable(source: str) -> str:
    """``source`` as error and warning lines print it (control characters escaped). (Not in
    ``__all__``, which lists the error classes.)"""
    return _shown(source)


class KhabarError(Exception):
    """Base class of every error khabar raises on purpose."""


class InputError(KhabarError):
    """One input could not be read. ``source`` names it, ``reason`` says why."""

    def __init__(self, source: str, reason: str) -> None:
        self.source = source_name(source)
        # One line whatever a library put in it (warcio and feedparser quote raw input).
        self.reason = source_name(" ".join(_CONTROL.sub(" ", reason).split()))
        super().__init__(f"{_shown(self.source)}: {self.reason}")


class InputNotFound(InputError):
    """A path that does not exist."""


class EmptyInput(InputError):
    """An input with nothing to analyse (no text, or no main text in an HTML page)."""


class DecodeError(InputError):
    """A binary input, or one not in a text encoding khabar can detect."""


class InputTooLarge(InputError):
    """An input over the size limit (``Options.max_bytes``)."""


class FetchError(InputError):
    """A URL unreachable, answering a bad status, redirecting too often, or not HTML/text."""


class MalformedInput(InputError):
    """Broken JSON Lines, feed, WARC or HTML."""


class ArticleTimeout(InputError):
    """An article whose analysis ran past ``khabar ingest``'s time limit (``--time-limit``)."""


class PipelineError(KhabarError):
    """Steps misordered or unknown; raised when the pipeline is built."""


class ModelError(KhabarError):
    """A shipped model or data file is missing or unreadable."""


class DataError(KhabarError):
    """The shared data (``KHABAR_DATA``, by default ../shared/data) is needed and not found."""


class StorageError(KhabarError):
    """The archive database refused an operation."""
