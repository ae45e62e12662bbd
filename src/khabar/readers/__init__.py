"""Readers: every input khabar accepts becomes :class:`~khabar.document.RawArticle` objects.

:func:`read` takes paths, directories (recursively), ``-`` (stdin) and http(s) URLs, picks
a reader by extension or content, and yields articles, or the :class:`InputError` of an
input that could not be read, so that one bad input never stops the others. ``analyze`` and
``ingest`` share it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..document import RawArticle
from ..errors import InputError
from ..options import Options
from .dispatch import guarded, read_one

__all__ = ["read"]


def read(
    inputs: str | Iterable[str], options: Options | None = None
) -> Iterator[RawArticle | InputError]:
    """Yield every article of ``inputs``, or an :class:`InputError` for each bad one."""
    options = options or Options()
    if isinstance(inputs, str):
        inputs = [inputs]
    for source in inputs:
        yield from guarded(read_one(source, options), source)
