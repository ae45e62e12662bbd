"""The records the cascade builds before they become contract claims, and small helpers."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..document import Doc
from ..segment import Token
from .lexicon import CueForm
from .tables import (
    _SELF_NOUNS,
    _SELF_SUFFIXES,
)

__all__ = ["root_text"]


@dataclass(slots=True)
class _Src:
    """A source span: original offsets, first token, stem of its first word."""

    start: int
    end: int
    tok: int
    head: str
    entity: str | None = None
    linked: bool = False


@dataclass(slots=True)
class _Draft:
    cue: tuple[int, int]
    cue_tok: int
    region: int  # first token of the attribution (for cutting earlier contents)
    speaker: _Src | None  # None: an impersonal attribution («يُعتقد أن»)
    outer: list[_Src]
    ca: int
    cb: int
    cstart: int | None  # original offset overriding tokens[ca].start (ب of «بضرورة»)
    ctype: str  # comp, colon, quote, prep, np
    default: str
    lemma: str
    negated: bool
    own_subject: bool
    sent: int
    proclitic: bool = False
    imperfect: bool = False
    nested: bool = False  # speech inside another claim's content
    kind: str = "indirect"
    certainty: str = "asserted"
    embedded_in: list[_Src] = field(default_factory=list)


@dataclass(slots=True)
class _Scan:
    subject: tuple[int, int] | None = None
    media: list[tuple[int, int]] = field(default_factory=list)
    relay: tuple[int, int] | None = None
    masdar: CueForm | None = None
    ctype: str | None = None
    ca: int = -1
    cb: int = -1
    cstart: int | None = None
    end: int = -1  # first token after what the scan read


_PREPOSITION_BASES = frozenset({"خلال", "عن", "من", "مع", "لدي", "عند", "علي", "الي", "في", "بعد", "قبل",
                                "حول", "امام", "ضد", "تجاه", "بين", "دون", "عبر", "منذ", "لدى", "عليه"})


def _pronoun_pp(w: str) -> bool:
    """A preposition with a pronoun: «له»، «خلالها»، «عليه»، «منهم»."""
    if w in ("له", "لها", "لهم", "لهما", "لنا", "لي", "به", "بها", "بهم"):
        return True
    for suf in ("هما", "هم", "ها", "ه", "نا"):
        if w.endswith(suf) and w[: -len(suf)] in _PREPOSITION_BASES:
            return True
    return False


def _pronoun_object(w: str) -> bool:
    """A noun with a possessive pronoun that can open an object: «دعمه»، «رفضها»، «نيتهم»
    (not a name: «عبدالله»، «طه»)."""
    if w.startswith("ال") or len(w) < 4 or w.endswith("الله") or w[0] in "بلو":  # not «وعائلته»
        return False
    for suf in ("هما", "هم", "ها", "ه"):
        if w.endswith(suf):
            # «خلالها»، «عليه»، «منهم»: a preposition with a pronoun is no object
            return w[: -len(suf)] not in _PREPOSITION_BASES
    return False


def _is_self(word: str) -> bool:
    """«كلامه»، «روايتها»: a noun of saying with a pronoun."""
    for suf in _SELF_SUFFIXES:
        if word.endswith(suf):
            base = word[: -len(suf)]
            if base in _SELF_NOUNS or (base.endswith("ت") and base[:-1] + "ة" in _SELF_NOUNS):
                return True
    return False


def root_text(doc: Doc, s: _Src) -> str:
    return doc.text[s.start:s.end]


def _first_token_at(tokens: list[Token], pos: int) -> int:
    for k, tok in enumerate(tokens):
        if tok.start >= pos:
            return k
    return len(tokens) - 1
