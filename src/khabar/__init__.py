"""khabar: Arabic news into sourced, structured records.

>>> import khabar
>>> record = khabar.analyze("قال المتحدث إن الوضع هادئ.")
>>> record.text[record.claims[0].content.start:record.claims[0].content.end]  # doctest: +SKIP

The public API is small (``__all__`` lists every name): :func:`analyze` (one article),
:func:`build_pipeline` (the steps, built once for many articles), :func:`read` (the
readers), :class:`Options`, :class:`RawArticle` and :class:`Doc` (an article under
analysis), the record models of ``khabar.schema`` and the exceptions of ``khabar.errors``.
"""

from __future__ import annotations

from .document import Doc, RawArticle
from .errors import (
    ArticleTimeout,
    DataError,
    DecodeError,
    EmptyInput,
    FetchError,
    InputError,
    InputNotFound,
    InputTooLarge,
    KhabarError,
    MalformedInput,
    ModelError,
    PipelineError,
    StorageError,
)
from .options import Options
from .pipeline import analyze, build_pipeline
from .readers import read
from .schema import (
    ArticleRecord,
    Claim,
    DateRecord,
    Entity,
    Event,
    Place,
    Quantity,
    Source,
    Span,
)

__version__ = "0.1.0"

__all__ = [
    "ArticleRecord",
    "ArticleTimeout",
    "Claim",
    "DataError",
    "DateRecord",
    "DecodeError",
    "Doc",
    "EmptyInput",
    "Entity",
    "Event",
    "FetchError",
    "InputError",
    "InputNotFound",
    "InputTooLarge",
    "KhabarError",
    "MalformedInput",
    "ModelError",
    "Options",
    "PipelineError",
    "Place",
    "Quantity",
    "RawArticle",
    "Source",
    "Span",
    "StorageError",
    "__version__",
    "analyze",
    "build_pipeline",
    "read",
]
