"""Readable romanisation of Arabic personal names without a table entry.

1. Whole two-word units first (عبد الله, أبو بكر), then single words, from
   ``person_names.tsv`` (Wikidata spellings, CC0, via arabic-name-romanizer's index), where
   ``person_name_fixes.tsv`` replaces the few common words whose table spelling reads wrong
   (بن → bin, not the table's "Ben-Haim"). A «بن X» unit the table spells as a Maghrebi
   surname (Ben Ahmed) counts only where it ends the name («كريم بن علي» → Karim Ben Ali);
   inside a name «بن» is the patronymic and is spelt alone («عادل بن أحمد الجبير» → Adel
   bin Ahmed Al-Jubair; ner-21a, session 21).
2. A word written joined with «عبد» (عبدالعزيز, common in Saudi and Gulf papers) that the
   table lacks is looked up as the two-word unit (عبد العزيز → Abdulaziz); measured in
   session 12 on 800 fresh SaudiNewsNet articles: 183 PER-name words, 27 distinct, all spelt
   by the unit (docs/models.md, "Session 12: romanisation").
3. The article ``ال`` of a surname missing from the list becomes ``al-`` before the
   romanised rest (الحسيني → al-Husseini when the list knows حسيني).
4. Otherwise a letter-by-letter transliteration (``_letters``: a simple, readable scheme close
   to common English press usage: ش → sh, خ → kh, ع dropped at word start...). The learned
   romaniser of ``scripts/romanizer_tree.py`` was measured as its replacement in session 12
   and did not pass its pre-registered bar (docs/models.md), so it is not used here.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from ..normalize import fold
from .tables import person_name_fixes, person_names

__all__ = ["romanize_name"]

#: «بن» ("son of"): inside a name, a unit with the next word only where the table spells
#: it as a patronymic (bin Mohammed), not as a Maghrebi surname (step 1)
_SON = "بن"
#: how the table (Wikidata's Maghrebi rows) starts a «بن X» surname: Ben Ahmed, Benabid,
#: Benameur, Bnou Marzouk (ner-21a, from the PER names of a fresh SaudiNewsNet sample)
_SURNAME_SON = ("Ben", "Bnou")

#: first words of the two-word units the table spells as one (عبد الله → Abdullah)
_UNIT_HEADS = frozenset(("عبد", "ابو", "ام", "بن", "ابن", "نور", "سيف", "عز", "صلاح", "شمس"))

_LETTERS = {
    "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d",
    "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t",
    "ظ": "z", "ع": "'", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m",
    "ن": "n", "ه": "h", "و": "w", "ي": "y", "ة": "a", "ء": "'", "ؤ": "'", "ئ": "'",
}

Fallback = Callable[[str], "str | None"]


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


def _spell(word: str, fallback: Fallback) -> str:
    return fallback(word) or _letters(word)


def _word(word: str, table: dict[str, str], fallback: Fallback = _letters) -> str:
    got = table.get(word)
    if got:
        return got
    if word.startswith("عبد") and len(word) > 5:
        got = table.get("عبد " + word[3:])
        if got:
            return got
    if word.startswith("ال") and len(word) > 3:
        rest = table.get(word[2:])
        return "al-" + (rest or _spell(word[2:], fallback))
    return _spell(word, fallback)


def spell_words(words: list[str], table: dict[str, str], fallback: Fallback) -> str:
    """The spelling of folded name words with a given table and fallback (steps 1-4)."""
    out: list[str] = []
    i = 0
    while i < len(words):
        if i + 1 < len(words) and words[i] in _UNIT_HEADS:
            pair = table.get(words[i] + " " + words[i + 1])
            if pair and words[i] == _SON and 0 < i < len(words) - 2 and pair.startswith(_SURNAME_SON):
                # a patronymic inside a name («عادل بن أحمد الجبير»): «بن» alone (bin), not
                # the table's Maghrebi surname «بن أحمد» (Ben Ahmed), which ends a name
                pair = None
            if pair:
                out.append(pair)
                i += 2
                continue
        out.append(_word(words[i], table, fallback))
        i += 1
    return " ".join(out)


@cache
def name_table() -> dict[str, str]:
    """``person_names.tsv`` with the spellings of ``person_name_fixes.tsv`` put in."""
    return person_names() | person_name_fixes()


def romanize_name(name: str) -> str:
    """A readable Latin spelling of an Arabic personal name («بشار الأسد» → Bashar al-Assad)."""
    return spell_words(fold(name).split(), name_table(), _letters)
