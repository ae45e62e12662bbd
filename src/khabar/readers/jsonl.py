"""JSON Lines (optionally gzip): one article a line, ``text`` plus optional ``id``, ``title``,
``outlet``, ``date``, ``url`` (the format of ``../shared/data/news/``). A bad line is reported
with its line number and the others are still read."""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable, Iterator
from typing import Any

from ..document import RawArticle
from ..errors import DecodeError, InputError, InputTooLarge, MalformedInput
from ..options import Options
from ..wording import count
from .meta import iso_date

__all__ = ["read_jsonl_lines"]

def read_jsonl_lines(lines: Iterable[bytes], source: str, options: Options) -> Iterator[RawArticle | InputError]:
    any_line = any_earlier = False
    if hasattr(lines, "readline"):
        lines = _bounded(lines, options.max_bytes)
    for lineno, line in _lines(lines, source):
        if not line.strip():
            continue
        any_line = True
        where = f"{source}:{lineno}"
        if len(line) > options.max_bytes:
            yield InputTooLarge(where, f"line over {count(options.max_bytes, 'byte')}")
            continue
        if lineno == 1 and _utf16(line):
            raise DecodeError(
                source, "UTF-16, not UTF-8 (JSON Lines are UTF-8); convert it, e.g. "
                "`iconv -f UTF-16 -t UTF-8` (Windows PowerShell's `>` writes UTF-16)",
            )
        if not any_earlier and _json_document(line):
            # (was one "not a JSON object" error for each of its lines before session 21, or, as
            # a `.json` file, the whole document read as one plain-text article: qa-21a)
            raise MalformedInput(
                source, "a JSON document (an array, or an object over several lines), not JSON Lines "
                "(one article object a line); convert it, e.g. `jq -c '.[]' FILE` for an array of "
                "articles, `jq -c . FILE` for one object",
            )
        any_earlier = True
        try:
            # Decoded here, not by json.loads: given bytes, it guesses UTF-16 or UTF-32 from
            # the NUL bytes of a line, and the second line of a UTF-16 file came out as
            # Arabic-looking mojibake, silently (qa-18a). ``surrogatepass`` as json.loads does.
            obj = json.loads(line.decode("utf-8-sig", "surrogatepass"))  # (a BOM: `cat` of Windows files)
        except UnicodeDecodeError as exc:
            yield DecodeError(where, f"not UTF-8 ({exc.reason})")
            continue
        except ValueError as exc:
            yield MalformedInput(where, f"not a JSON object ({exc})")
            continue
        except RecursionError:  # [[[[...: the json module recurses once per level
            yield MalformedInput(where, "JSON nested too deeply to be read (an article is one flat object)")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            yield MalformedInput(where, 'each line needs a JSON object with a "text" string')
            continue

        wrong = _wrong_field(obj)
        if wrong:
            yield MalformedInput(where, wrong)
            continue

        def field(key: str, obj: dict = obj) -> str | None:
            v = obj.get(key)
            return str(v) if v not in (None, "") else None

        # JSON may escape half a UTF-16 pair ("\ud800") or a NUL ("\u0000"), which no UTF-8
        # output or archive can hold: ``dispatch.guarded`` puts U+FFFD in their place (one
        # character for one, so offsets hold) with a warning, as for every reader's articles
        # (``meta.storable_article``).
        yield RawArticle(
            text=obj["text"], source=where, id=field("id"), title=field("title"),
            outlet=field("outlet"), date=iso_date(field("date")), url=field("url"),
            section=field("section") or field("category"),
        )
    if not any_line:
        yield MalformedInput(source, "no JSON lines found")


#: The metadata fields read from a line (``category`` stands for a missing ``section``).
_FIELDS = ("id", "title", "outlet", "date", "url", "section", "category")
_JSON_TYPES = {bool: "true or false", list: "a list", dict: "an object"}


def _wrong_field(obj: dict[str, Any]) -> str | None:
    """Why a line's metadata cannot be read, or ``None``: a field is a string, a number (an
    ``id`` of 42 is "42") or null, never ``true``, a list or an object. Before session 21 such a
    value was written as Python prints it, silently: an ``url`` of ``["http://a"]`` became the
    article's URL «['http://a']» (its identity in an archive), a MongoDB export's
    ``{"$date": ...}`` a title or date of «{'$date': ...}» (qa-21a)."""
    for key in _FIELDS:
        kind = _JSON_TYPES.get(type(obj.get(key)))
        if kind:
            return (f'the "{key}" field is {kind}, not a string or a number; write it as a string '
                    "(or leave it out)")
    return None


def _json_document(line: bytes) -> bool:
    """Whether the first line of a file opens a JSON document rather than a JSON line: an
    array (``[``), or an object whose keys are on the next lines (a ``{`` alone)."""
    start = line.removeprefix(b"\xef\xbb\xbf").strip()
    return start == b"{" or start.startswith(b"[")


def _utf16(line: bytes) -> bool:
    """Whether the first line of a file is UTF-16: a byte-order mark, or NUL bytes all on odd
    or all on even offsets (the high byte of ``{``, ``"`` and the ASCII of the keys; no UTF-8
    JSON holds a raw NUL)."""
    if line.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    even, odd = line[0::2].count(0), line[1::2].count(0)
    return even + odd >= 2 and not (even and odd)


def _bounded(stream: Any, limit: int) -> Iterator[bytes]:
    """The lines of ``stream``, none read past ``limit + 1`` bytes: the rest of a longer line
    is skipped, so that one huge line (a gzip bomb) never fills the memory."""
    while line := stream.readline(limit + 1):
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := stream.readline(limit + 1)) and not rest.endswith(b"\n"):
                pass
        yield line


def _lines(lines: Iterable[bytes], source: str) -> Iterator[tuple[int, bytes]]:
    """``(number, line)`` pairs; a gzip stream that is cut or corrupt ends them with a
    :class:`MalformedInput` naming the last line read (the lines before it are kept)."""
    n = 0
    it = iter(lines)
    while True:
        try:
            line = next(it)
        except StopIteration:
            return
        except (EOFError, OSError, zlib.error) as exc:
            raise MalformedInput(
                source,
                f"truncated or corrupt gzip data after line {n} ({exc}); the lines before it "
                "were read; check the file with `gzip -t` and copy or compress it again",
            ) from exc
        n += 1
        yield n, line
