"""Keys the archive matches on: search terms, article identity, ISO days.

Search terms are built the same way for the index and for a query, so a word matches
whatever its harakat, hamza form, taa marbuta, article or leading conjunction:

1. :func:`khabar.normalize.fold` (harakat, tatweel and bidi marks gone; أ إ آ ٱ → ا; ى → ي;
   ة → ه; hamza seats ؤ ئ → و ي; digits → ASCII);
2. the unambiguous proclitics are stripped (``khabar.segment.split_clitics``: an article
   with optional و/ف and ب/ك/ل in front: وبالمستشفى → مستشفي);
3. a word that starts with the conjunction و or ف (and has ≥ 3 letters left) is indexed both
   whole and without it (وقال → وقال + قال; وزير → وزير + زير), because only a lexicon could
   tell the conjunction from a root letter; a query word is used whole, so «قال» finds «وقال»
   and «وزير» still finds «وزير». Pronoun suffixes are left alone: after folding, ه is both
   a suffix and the taa marbuta, and stripping it would merge unrelated words.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date
from functools import lru_cache

from ..normalize import fold, normalize_text
from ..segment import split_clitics

__all__ = ["article_identity", "index_terms", "iso_day", "query_terms", "search_text", "word_key"]

# Words: runs of Arabic letters (after folding), Latin letters or digits. Everything else,
# FTS syntax included ("*", "(", ":", quotes, "-"), separates words and is never searched.
_WORD_RE = re.compile(r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3]+|[^\W_]+")
_CONJ = ("و", "ف")


def word_key(word: str) -> str:
    """The key of one folded word: lower-cased, unambiguous proclitics stripped."""
    _, stem = split_clitics(word)
    return stem.lower()


@lru_cache(maxsize=262_144)
def _word_terms(word: str) -> tuple[str, ...]:
    # News vocabulary repeats a lot: the cache saves most of the indexing time.
    key = word_key(word)
    if key[:1] in _CONJ and len(key) >= 4 and key == word.lower():
        return (key, key[1:])
    return (key,)


def index_terms(text: str) -> list[str]:
    """Every term indexed for ``text`` (step 3 adds the conjunction-less form)."""
    out: list[str] = []
    for w in _WORD_RE.findall(fold(text)):
        out.extend(_word_terms(w))
    return out


def search_text(title: str | None, text: str) -> str:
    """The normalised, clitic-stripped text that the full-text index holds."""
    return " ".join(index_terms((title or "") + "\n" + text))


def query_terms(query: str) -> list[str]:
    """The terms of a user query (never FTS or SQL syntax: only words survive)."""
    seen: list[str] = []
    for m in _WORD_RE.finditer(fold(query)):
        key = word_key(m.group())
        if key not in seen:
            seen.append(key)
    return seen


def article_identity(url: str | None, input_id: str | None, outlet: str | None, text: str) -> str:
    """An article's identity in the archive: its URL when it has one, else its input ``id``
    with its outlet, else a hash of its normalised text (so the same text re-read from
    another file is the same article)."""
    if url and url.strip():
        return "url:" + url.strip()
    if input_id and not input_id.startswith("sha1:"):
        return f"id:{outlet or ''}:{input_id}"
    norm = " ".join(normalize_text(text).split())
    return "text:" + hashlib.sha1(norm.encode("utf-8")).hexdigest()


def text_hash(text: str) -> str:
    """Hash of the exact text: a known identity with another hash is an updated article."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


_ISO_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_DMY_RE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")


def iso_day(value: str | None) -> str | None:
    """The ISO day of an article date: ``2015-07-21 02:51:32`` and ``21/07/2015`` (ANT's
    day-first form) both give ``2015-07-21``; a range such as ``2012-2014`` gives None."""
    if not value:
        return None
    value = value.strip()
    m = _ISO_RE.match(value)
    if m:
        y, mo, d = (int(g) for g in m.groups())
    else:
        m = _DMY_RE.match(value)
        if not m:
            return None
        d, mo, y = (int(g) for g in m.groups())
    try:
        return date(y, mo, d).isoformat()
    except ValueError:
        return None
