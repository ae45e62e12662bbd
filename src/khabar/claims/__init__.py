"""The claims step: who says what, through which chain of sources, how certain.

Regex-free and lexicon-based (``khabar/data/claims/*.tsv``), linear in the article's
length; design, conventions and certainty rules in ``docs/claims.md``.
"""

from __future__ import annotations

from ..document import Doc
from ..options import Options
from .extract import find_claims

__all__ = ["find_claims", "step"]


def step(doc: Doc, options: Options) -> Doc:
    """Add ``doc.claims`` (ids ``c1, c2...``, in text order of their cues)."""
    doc.claims = find_claims(doc)
    return doc
