"""Gold annotation files: build them from drafts, check them, load them, render them back.

A *draft* (what an annotator writes, ``tests/gold/README.md``) quotes snippets; a committed
*annotation* (``tests/gold/annotations/<id>.json``) holds offsets, labels and, for every
span, a hash of its text. Licence rule: Wikinews and ANT annotations also carry the text;
SaudiNewsNet annotations never do (CC BY-NC-SA): :func:`load_annotation` reads that text from
``news/`` under :func:`khabar.options.data_dir` and refuses an annotation whose hashes no
longer match.

This module loads; :mod:`.goldbuild` builds an annotation from a draft, :mod:`.goldsource`
finds an article's text in the corpus, :mod:`.golddraft` renders an annotation back as a
draft. Their public names are importable from here.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import DataError
from .goldbuild import DraftError, build_annotation
from .golddraft import draft_from_annotation
from .goldsource import FREE_SOURCES, LAYERS, news_article, sha, source_file_of

__all__ = [
    "FREE_SOURCES",
    "LAYERS",
    "DraftError",
    "GoldArticle",
    "build_annotation",
    "draft_from_annotation",
    "load_annotation",
    "load_dir",
    "news_article",
    "source_file_of",
]


@dataclass
class GoldArticle:
    """One loaded annotation: the text and every layer, spans with their ``text`` filled."""

    id: str
    text: str
    title: str | None
    outlet: str | None
    date: str | None
    annotator: str | None
    layers: dict[str, list[dict]] = field(default_factory=dict)

    def count(self, layer: str) -> int:
        return len(self.layers.get(layer, []))


def _spans_of(ann: dict) -> list[dict]:
    out: list[dict] = []
    for layer in ("entities", "quantities", "dates"):
        out.extend(ann.get(layer, []))
    for p in ann.get("places", []):
        out.append(p)
        out.extend(p.get("mentions", []))
    for c in ann.get("claims", []):
        out.extend(x for x in (c["content"], c.get("cue"), c.get("speaker")) if x)
        out.extend(c.get("chain", []))
    for v in ann.get("events", []):
        out.append(v["trigger"])
        out.extend(v.get("also", []) + v.get("actors", []) + v.get("targets", []))
    return out


def read_json(path: Path) -> Any:
    """The JSON of ``path``; a file that is not UTF-8 JSON is a :class:`DataError` naming it
    (``khabar eval gold`` showed a traceback, qa-20a)."""
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DataError(f"{path}: not a UTF-8 JSON file ({exc.__class__.__name__}: {exc}); restore it "
                        "from git or build it again") from exc


def load_annotation(path: Path) -> GoldArticle:
    """Load one committed annotation; for SaudiNewsNet, with its text from the corpus.

    Raises DataError when the file is not JSON, lacks ``id`` or ``text_sha256``, or the text
    or any span no longer matches its hash."""
    ann = read_json(path)
    if not isinstance(ann, dict) or not {"id", "text_sha256"} <= ann.keys():
        raise DataError(f"{path}: not a gold annotation (a JSON object with id and text_sha256): restore "
                        "it from git or build it again")
    aid = ann["id"]
    if "text" in ann:
        text, title = ann["text"], ann.get("title")
    else:
        row = news_article(aid)
        text, title = row["text"], row.get("title")
    if hashlib.sha256(text.encode()).hexdigest() != ann["text_sha256"]:
        raise DataError(f"{path}: the article text of {aid} changed (sha256 differs): re-annotate it")
    for sp in _spans_of(ann):
        piece = text[sp["start"] : sp["end"]]
        if sha(piece) != sp["sha"]:
            raise DataError(f"{path}: span {sp['start']}:{sp['end']} no longer matches its hash: "
                            "build the annotation again from its draft (scripts/gold_tool.py build)")
        sp["text"] = piece
    return GoldArticle(aid, text, title, ann.get("outlet"), ann.get("date"), ann.get("annotator"),
                       {k: ann.get(k, []) for k in LAYERS})


def load_dir(folder: Path, ids: list[str] | None = None) -> list[GoldArticle]:
    """Every annotation in ``folder`` (``<id>.json``), or only ``ids``, in id order."""
    folder = Path(folder)
    paths = sorted(folder.glob("*.json"))
    if ids is not None:
        wanted = set(ids)
        paths = [p for p in paths if p.stem in wanted]
    return [load_annotation(p) for p in paths]
