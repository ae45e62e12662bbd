"""Arabic normalisation as small pure functions on a copy, with an offset map back.

:func:`normalize` returns a :class:`Normalized` text in which

1. presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) become their letters (NFKC),
2. harakat, superscript alef, tatweel, bidi marks and BOMs are removed,
3. alef forms (أ إ آ ٱ) become ا and alef maqsura (ى) becomes ي; Persian kaf/yeh become Arabic,
4. Eastern Arabic (٠–٩) and Persian (۰–۹) digits become 0–9; ٫ becomes ``.`` and ٬ ``,``,
5. NBSP, thin and zero-width spaces become a plain space,

and keeps, for every character of the copy, the index of the original character it came
from, so a match in the copy maps back to exact offsets in the original. Taa marbuta and the
hamza seats (ؤ ئ) are kept; :func:`fold` removes those differences too, for lookup keys.

The approach (one translation table, then offsets rebuilt only around the characters that
changed length) follows camel_tools' ``normalize``/``dediac`` split into tiny functions.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Normalized", "dediac", "fold", "normalize", "normalize_text"]

_DELETE = (
    [chr(c) for c in range(0x064B, 0x0660)]  # harakat, shadda, sukun, maddah above...
    + ["\u0670", "\u0640"]  # superscript (dagger) alef, tatweel
    + ["\u200e", "\u200f", "\u061c", "\ufeff", "\u200c", "\u200d"]  # bidi marks, BOM, ZWNJ/ZWJ
    + [chr(c) for c in range(0x202A, 0x202F)]  # bidi embeddings/overrides
    + [chr(c) for c in range(0x2066, 0x206A)]  # bidi isolates
)
_ONE_TO_ONE = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي",
    "ک": "ك", "ی": "ي", "ۀ": "ه", "ە": "ه",
    "٫": ".", "٬": ",",
    "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " ", "\u200b": " ", "\u2002": " ",
    "\u2003": " ", "\u3000": " ",
}
for _i in range(10):
    _ONE_TO_ONE[chr(0x0660 + _i)] = str(_i)
    _ONE_TO_ONE[chr(0x06F0 + _i)] = str(_i)

_TABLE: dict[int, str | None] = {ord(c): None for c in _DELETE}
_TABLE.update({ord(k): v for k, v in _ONE_TO_ONE.items()})


def _presentation(c: str) -> str:
    out = unicodedata.normalize("NFKC", c)
    return "".join(_ONE_TO_ONE.get(ch, ch) for ch in out if ch not in _DELETE)


for _c in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFEFF)):
    _mapped = _presentation(chr(_c))
    if _mapped != chr(_c):
        _TABLE[_c] = _mapped or None

# The character table ``normalize`` applies (code point -> replacement, None = deleted), for
# code that must normalise other data the same way (the NER frequency list, khabar.ner.frequency).
CHAR_TABLE: dict[int, str | None] = _TABLE

# Characters whose replacement is not exactly one character: only around these do offsets move.
_RESIZING = "".join(
    re.escape(chr(c)) for c, v in _TABLE.items() if v is None or len(v) != 1
)
_RESIZE_RE = re.compile(f"[{_RESIZING}]")


_WORD_MARKS = frozenset([chr(c) for c in range(0x064B, 0x0660)] + ["\u0670", "\u0640"])


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalised copy of ``original`` with a map back to it.

    ``starts`` is ``None`` when every character kept its place (the common case); otherwise
    ``starts[i]`` is the original index of copy character ``i`` and ``starts[len(text)]`` is
    ``len(original)``.
    """

    original: str
    text: str
    starts: tuple[int, ...] | None = None

    def to_original(self, i: int) -> int:
        """Original index of copy index ``i`` (``i == len(text)`` maps to the end)."""
        if self.starts is None:
            return i
        return self.starts[i]

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the copy's ``text[start:end]`` (end exclusive)."""
        if self.starts is None:
            return start, end
        if end <= start:
            s = self.starts[start]
            return s, s
        # End: one past the original of the last character taken, then the harakat and
        # tatweel that follow it (they belong to the word), but not bidi marks or spaces.
        e = self.starts[end - 1] + 1
        nxt = self.starts[end]
        while e < nxt and self.original[e] in _WORD_MARKS:
            e += 1
        return self.starts[start], e

    def from_original(self, i: int) -> int:
        """Copy index of the first copy character at or after original index ``i``."""
        if self.starts is None:
            return i
        return bisect_right(self.starts, i - 1) if i > 0 else 0


def normalize(original: str) -> Normalized:
    """Normalise ``original`` (see the module docstring) keeping an offset map."""
    text = original.translate(_TABLE)
    if len(text) == len(original) and not _RESIZE_RE.search(original):
        return Normalized(original, text, None)
    starts: list[int] = []
    pos = 0
    for m in _RESIZE_RE.finditer(original):
        i = m.start()
        starts.extend(range(pos, i))
        repl = _TABLE[ord(original[i])]
        if repl:
            starts.extend([i] * len(repl))
        pos = i + 1
    starts.extend(range(pos, len(original)))
    starts.append(len(original))
    return Normalized(original, text, tuple(starts))


def normalize_text(s: str) -> str:
    """The normalised string alone, for lexicon entries and queries."""
    return s.translate(_TABLE)


_DIAC_RE = re.compile("[\u064b-\u065f\u0670\u0640]")


def dediac(s: str) -> str:
    """Remove harakat and tatweel only."""
    return _DIAC_RE.sub("", s)


_FOLD = str.maketrans({"ة": "ه", "ؤ": "و", "ئ": "ي", "ء": ""})
_SPACES = re.compile(r"\s+")


def _fold(s: str) -> str:
    return _SPACES.sub(" ", normalize_text(s).translate(_FOLD)).strip()


# words and names repeat across articles: their folds are cached; whole texts (search terms,
# claim contents) never repeat and would only fill the cache
_fold_short = lru_cache(maxsize=1 << 18)(_fold)
_CACHED_LEN = 64


def fold(s: str) -> str:
    """A lookup key: :func:`normalize_text`, then taa marbuta → ه, hamza seats dropped,
    spaces collapsed. Stable across articles (used for ``canonical`` keys and search)."""
    return _fold_short(s) if len(s) <= _CACHED_LEN else _fold(s)
