"""Pick the reader for one input (path, directory, ``-``, URL)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from ..document import RawArticle
from ..errors import InputError, InputNotFound
from ..options import Options
from .jsonl import read_jsonl_bytes
from .text import decode_text

__all__ = ["read_one"]


def read_one(source: str, options: Options) -> Iterator[RawArticle | InputError]:
    if source == "-":
        data = sys.stdin.buffer.read(options.max_bytes + 1)
        yield RawArticle(text=decode_text(data, "<stdin>"), source="-")
        return
    path = Path(source)
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            try:
                yield from read_one(str(child), options)
            except InputError as exc:
                yield exc
        return
    if not path.exists():
        raise InputNotFound(source, "no such file or directory")
    data = path.read_bytes()
    name = path.name.lower()
    if name.endswith((".jsonl", ".jsonl.gz")):
        yield from read_jsonl_bytes(data, source, options)
        return
    yield RawArticle(text=decode_text(data, source), source=source)
