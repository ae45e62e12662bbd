"""Arabic spellings of GeoNames place names written in the BGN/PCGN romanisation.

GeoNames (from the US NGA's GNS) names most places of Saudi Arabia, Yemen, Oman and their
neighbours in the BGN/PCGN 1956 romanisation of Arabic («Qal‘at Bīshah», «Ţurayf», «Ad
Dawādimī», «Şāmitah»), where each Arabic consonant and long vowel has its own Latin letter
(ţ is ط, t is ت; ḩ is ح, h is ه; ‘ is ع, ’ is ء; ā ī ū are the long vowels; the short vowels
a i u are not written in Arabic). Such a name can be turned back into its Arabic spelling
letter by letter, up to what ``khabar.normalize.fold`` folds anyway (ة/ه, hamza seats).
``scripts/build_gazetteer.py`` uses it, at build time only, for the GeoNames places of the
Arab world that have no Arabic alternate name (about 300; «Şāmitah» → «صامطه»), and
:func:`agreement` measures it on the places that have one.

Names in other spellings (English or French press forms such as «Unaizah», «Alrmtheiah»:
letters e, o, c, g, p, v, x outside a digraph) give no key, so a guess is only made where
the romanisation is BGN/PCGN's. Source of the letter table: BGN/PCGN, "Romanization of
Arabic" (1956, as used by GNS/GeoNames); the dot-below letters (ḥ ṭ ṣ ḍ ẓ) of the ALA-LC
scheme, which some GeoNames names use, read the same.
"""

from __future__ import annotations

import re
import unicodedata

from khabar.normalize import fold

__all__ = ["arabic_from_bgn", "is_bgn"]

#: Two-letter consonants first (BGN/PCGN).
DIGRAPHS = {"kh": "خ", "sh": "ش", "th": "ث", "dh": "ذ", "gh": "غ"}

#: One Latin letter (after NFC; z̧ is z + U+0327, read as one letter) -> Arabic letter.
LETTERS = {
    "b": "ب", "t": "ت", "ţ": "ط", "ṭ": "ط", "j": "ج", "ḩ": "ح", "ḥ": "ح", "d": "د",
    "ḑ": "ض", "ḍ": "ض", "r": "ر", "z": "ز", "ẓ": "ظ", "s": "س", "ş": "ص", "ṣ": "ص",
    "f": "ف", "q": "ق", "k": "ك", "l": "ل", "m": "م", "n": "ن", "h": "ه", "w": "و",
    "y": "ي", "‘": "ع", "ʻ": "ع", "ā": "ا", "ī": "ي", "ū": "و", "á": "ى",
}
ZAH = "z\u0327"  # z̧ (ظ): z with a combining cedilla, which NFC keeps as two code points
SHORT = set("aiu")
#: Marks that only BGN/PCGN (or ALA-LC) writes: a name needs one to count as that scheme.
MARKS = set("ţṭḩḥḑḍẓşṣ‘ʻ’āīūá") | {"\u0327"}
#: Latin letters that BGN/PCGN never writes alone (e, o, c, g, p, v, x): a name with one is
#: in another spelling.
FOREIGN = set("eocgpvx")
#: The article in its assimilated forms («Ad Dawādimī», «Ash Shiḩr», «Az̧ Z̧āhirah»).
ARTICLES = {"al", "ad", "adh", "ar", "az", "as", "ash", "at", "ath", "an", "aţ", "aḑ", "aş",
            "az\u0327", "aṭ", "aḍ", "aṣ", "aẓ", "el"}
HAMZA = {"’", "ʼ", "'"}
VOWEL_PAIR = r"[aiuāīū][aiu]"
#: Particles written joined to the next word.
PARTICLES = {"wa": "و", "bi": "ب", "li": "ل"}


def is_bgn(name: str) -> bool:
    """Whether ``name`` is written in the BGN/PCGN romanisation (a mark of it or its
    article, no foreign letter outside the digraphs kh sh th dh gh)."""
    low = unicodedata.normalize("NFC", name).lower()
    words = low.replace("-", " ").split()
    # a mark of the scheme, or its article before a word («As Sulayyil», «Mahd adh Dhahab»)
    if not any(c in MARKS for c in low) and not any(w in ARTICLES for w in words[:-1]):
        return False
    # English press spellings: a word ending in a short vowel («Al Karama», «Rufā‘a»: BGN
    # writes final ة as -ah) or two vowels in a row («Hudaiba», «Warqaa»)
    for w in words:
        if w not in ARTICLES and w not in PARTICLES and (w[-1] in SHORT or re.search(VOWEL_PAIR, w)):
            return False
    bare = re.sub(r"kh|sh|th|dh|gh", "", low)
    return not any(c in FOREIGN for c in bare)


def _word(w: str) -> str:
    """One Latin word -> Arabic letters (short vowels dropped, long ones written)."""
    out: list[str] = []
    i, n = 0, len(w)
    prev = ""
    while i < n:
        c = w[i]
        if w.startswith(ZAH, i):
            if prev != ZAH:
                out.append("ظ")
            prev = ZAH
            i += 2
            continue
        if w[i:i + 2] in DIGRAPHS:
            if prev != w[i:i + 2]:  # «Qashsh» قش: a doubled digraph is one letter
                out.append(DIGRAPHS[w[i:i + 2]])
            prev = w[i:i + 2]
            i += 2
            continue
        nxt = w[i + 1] if i + 1 < n else ""
        if c in HAMZA:
            # the hamza's seat (folded: أ ؤ ئ -> ا و ي): yeh next to an i («Bi’r» بئر,
            # «Samā’il» سمائل), waw next to a u, alef before a consonant («Ma’rib» مأرب);
            # dropped at the end («Taymā’» تيماء folds to تيما)
            if not nxt:
                pass
            elif i == 0:
                if nxt not in SHORT | {"ā", "ī", "ū"}:
                    out.append("ا")  # a word starting with a hamza; a vowel after it writes the alef
            elif nxt in "iī" or prev in "iī":
                out.append("ي")
            elif nxt in "uū" or prev in "uū":
                out.append("و")
            elif nxt not in SHORT and nxt != "ā":
                out.append("ا")
            else:
                out.append("ء")
        elif c in SHORT:
            if i == 0:
                out.append("ا")  # a word starting with a vowel starts with alef («Abū», «Umm»)
        elif c in "īū" and i == 0:
            out.append("ا" + LETTERS[c])  # «Īdis» إيدس, «Ūşarīn» أوصرين
        elif c not in LETTERS:
            return ""  # a letter outside the scheme: no guess
        elif c == prev or (c == "y" and prev == "ī") or (c == "w" and prev == "ū"):
            pass  # a doubled consonant is one letter with shadda («Sulayyil»), «-īyah» is ـية
        else:
            out.append(LETTERS[c])
        prev = c
        i += 1
    return "".join(out)


def arabic_from_bgn(name: str) -> str | None:
    """The folded Arabic key of a BGN/PCGN name («Qal‘at Bīshah» → «قلعه بيشه»), or None
    when the name is not in that scheme."""
    if not is_bgn(name):
        return None
    low = unicodedata.normalize("NFC", name).lower().replace("-", " ")
    words = low.split()
    out: list[str] = []
    art = False
    prefix = ""
    for k, w in enumerate(words):
        if k + 1 < len(words):
            if w in ARTICLES:
                art = True
                continue
            if w in PARTICLES:  # «Zamakh wa Manwakh» زمخ ومنوخ, «bi Akādīmīyat»
                prefix += PARTICLES[w]
                continue
            # a feminine noun in construct ends in -at («Qal‘at», «Qaryat»): ta marbuta
            if len(w) > 2 and w.endswith("at") and w[-3] not in "aiu":
                w = w[:-1] + "h"
        a = _word(w)
        if not a:
            return None
        out.append(prefix + ("ال" if art else "") + a)
        art, prefix = False, ""
    key = fold(" ".join(out))
    return key or None


def agreement(pairs: list[tuple[str, list[str]]]) -> tuple[int, int]:
    """(names whose guess is one of their folded Arabic names, BGN names tried): the
    transliteration's precision on places that have both."""
    tried = right = 0
    for latin, arabic in pairs:
        guess = arabic_from_bgn(latin)
        if guess is None:
            continue
        tried += 1
        right += guess in {fold(a) for a in arabic}
    return right, tried
