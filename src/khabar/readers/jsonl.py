"""JSON Lines (optionally gzip): one article a line, ``text`` plus optional metadata."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator

from ..document import RawArticle
from ..errors import InputError, MalformedInput
from ..options import Options

__all__ = ["read_jsonl_bytes"]


def read_jsonl_bytes(data: bytes, source: str, options: Options) -> Iterator[RawArticle | InputError]:
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    for lineno, line in enumerate(data.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            obj = json.loads(line)
        except ValueError as exc:
            yield MalformedInput(where, f"not a JSON object ({exc})")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            yield MalformedInput(where, 'each line needs a JSON object with a "text" string')
            continue

        def s(key: str) -> str | None:
            v = obj.get(key)
            return str(v) if v not in (None, "") else None

        yield RawArticle(
            text=obj["text"], source=where, id=s("id"), title=s("title"),
            outlet=s("outlet"), date=s("date"), url=s("url"),
        )
