"""The places step (first version: adds nothing yet; its issue fills it in)."""

from __future__ import annotations

from ..document import Doc
from ..options import Options

__all__ = ["step"]


def step(doc: Doc, options: Options) -> Doc:
    return doc
