"""Readable romanisation of Arabic personal names without a table entry.

1. Whole two-word units first (عبد الله, أبو بكر), then single words, from
   ``person_names.tsv`` (Wikidata spellings, CC0, via arabic-name-romanizer's index).
2. The article ``ال`` of a surname missing from the list becomes ``al-`` before the
   romanised rest (الحسيني → al-Husseini when the list knows حسيني).
3. Otherwise a letter-by-letter transliteration (a simple, readable scheme close to
   common English press usage: ش → sh, خ → kh, ع dropped at word start...).
"""

from __future__ import annotations

from collections.abc import Callable

from ..normalize import fold
from .tables import person_names
from .translit import learned_romanizer

__all__ = ["romanize_name"]

_LETTERS = {
    "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d",
    "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t",
    "ظ": "z", "ع": "'", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m",
    "ن": "n", "ه": "h", "و": "w", "ي": "y", "ة": "a", "ء": "'", "ؤ": "'", "ئ": "'",
}


def _letters(word: str) -> str:
    """Rule-based fallback: consonants plus the long vowels ا و ي read as a/u/i."""
    out = []
    n = len(word)
    for i, c in enumerate(word):
        if c == "و" and 0 < i < n - 1:
            out.append("ou" if i < n - 1 else "w")
        elif c == "ي" and 0 < i:
            out.append("i" if i == n - 1 or word[i - 1] not in "اوي" else "y")
        elif c == "ع" and i == 0:
            out.append("A" if i + 1 < n and word[i + 1] != "ا" else "")
        else:
            out.append(_LETTERS.get(c, c))
    s = "".join(out).strip("'") or word
    # add a vowel between two consonants at the start (e.g. "mhmd" stays readable enough)
    return s[:1].upper() + s[1:]


def _spell(word: str, fallback: Callable[[str], str | None]) -> str:
    return fallback(word) or _letters(word)


def _word(word: str, table: dict[str, str], fallback: Callable[[str], str | None] = _letters) -> str:
    got = table.get(word)
    if got:
        return got
    if word.startswith("ال") and len(word) > 3:
        rest = table.get(word[2:])
        return "al-" + (rest or _spell(word[2:], fallback))
    return _spell(word, fallback)


def romanize_name(name: str) -> str:
    """A readable Latin spelling of an Arabic personal name («بشار الأسد» → Bashar al-Assad)."""
    table = person_names()
    fallback = learned_romanizer()
    words = fold(name).split()
    out: list[str] = []
    i = 0
    while i < len(words):
        if i + 1 < len(words):
            pair = table.get(words[i] + " " + words[i + 1])
            if pair and words[i] in ("عبد", "ابو", "ام", "بن", "ابن", "نور", "سيف", "عز", "صلاح", "شمس"):
                out.append(pair)
                i += 2
                continue
        out.append(_word(words[i], table, fallback))
        i += 1
    return " ".join(out)
