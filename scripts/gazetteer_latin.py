"""Arabic names for GeoNames places written in French or English press spellings.

GeoNames writes most small places of Tunisia, Algeria and Morocco in their French spelling
(«Tebourba», «El Fahs», «Menzel Temime», «Sidi Bou Rouis»), and many of Saudi Arabia and Yemen
in an English one («Unaizah», «Al Karama»), and gives most of them no Arabic name. Such a
spelling cannot be read back letter by letter the way ``gazetteer_bgn.py`` reads BGN/PCGN:
short vowels are written or not, one Latin letter stands for two or three Arabic ones (k is
ك or ق, s is س or ص, t is ت or ط, h is ح or ه, g is ق in the Maghreb). So this module turns a
Latin name into a **pattern** of the Arabic spellings it can stand for (:func:`pattern`), and
the build keeps a spelling only when news of that country write it after a place cue
(``gazetteer_attested.py``; :func:`choose`): the corpus chooses among the readings, the rule
only says which readings are possible.

Sources of the letter table: the French transcription of Maghrebi Arabic in colonial and
present-day place names (ou و, ch ش, dj ج, kh خ, gh/rh غ, g ق, q ق, k ك/ق; article El/Le/La
and its assimilated forms Es/Et/Er/Ez/Ed/En + a doubled consonant), as in the Tunisian
official gazetteer's French names; the common English press spellings of Gulf names (sh ش,
dh ذ/ض, aa ا/ع, ee ي, oo و). Name words of the Maghreb (Sidi, Menzel, Oued, Bir, Ain, Ksar,
Borj...) are read whole (``WORDS``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

__all__ = ["WORDS", "choose", "pattern"]

#: Whole words of Maghrebi and Gulf place names -> their folded Arabic spelling(s).
WORDS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("sidi", "sidy"), ("سيدي",)),
    **dict.fromkeys(("menzel", "mennzel", "manzil"), ("منزل",)),
    **dict.fromkeys(("oued", "wadi", "ouadi"), ("وادي", "واد")),
    **dict.fromkeys(("bir", "bi'r", "bi’r"), ("بير",)),
    **dict.fromkeys(("ain", "aine", "ayn", "ayoun", "aioun", "ain-"), ("عين", "عيون")),
    **dict.fromkeys(("ksar", "kasr", "qasr", "gsar"), ("قصر",)),
    **dict.fromkeys(("ksour", "qsour", "ksours"), ("قصور",)),
    **dict.fromkeys(("djebel", "jebel", "jbel", "djbel", "jabal"), ("جبل",)),
    **dict.fromkeys(("bordj", "borj", "burj"), ("برج",)),
    **dict.fromkeys(("hammam", "hamam"), ("حمام",)),
    **dict.fromkeys(("ras", "rass", "ra's"), ("راس",)),
    **dict.fromkeys(("sakiet", "sakiat", "saqiyat"), ("ساقيه",)),
    **dict.fromkeys(("zaouiet", "zaouiat", "zaouia", "zawiyat"), ("زاويه",)),
    **dict.fromkeys(("kalaat", "kalaa", "galaat", "kelaa", "qalaat", "kala"), ("قلعه",)),
    **dict.fromkeys(("ben", "bin", "ibn"), ("بن",)),
    **dict.fromkeys(("beni", "bani", "beni-"), ("بني",)),
    **dict.fromkeys(("ouled", "oulad", "awlad", "aoulad"), ("اولاد",)),
    **dict.fromkeys(("bou", "bu", "abou", "abu"), ("بو", "ابو")),
    **dict.fromkeys(("oum", "om", "umm"), ("ام",)),
    **dict.fromkeys(("dar",), ("دار",)),
    **dict.fromkeys(("douar",), ("دوار",)),
    **dict.fromkeys(("souk", "souq", "suq"), ("سوق",)),
    **dict.fromkeys(("hassi",), ("حاسي",)),
    **dict.fromkeys(("henchir", "hennchir"), ("هنشير",)),
    **dict.fromkeys(("bab",), ("باب",)),
    **dict.fromkeys(("chott",), ("شط",)),
    **dict.fromkeys(("sebkhet", "sebkha"), ("سبخه",)),
    **dict.fromkeys(("tell", "tall"), ("تل",)),
}
#: The article, alone before a word («El Fahs», «La Marsa», «Le Kram», «Al Wajh»).
ARTICLES = frozenset({"el", "al", "la", "le", "les", "l", "ell", "ul", "es", "et", "er", "ez",
                      "ed", "en", "ech", "ad", "ar", "as", "at", "az", "an", "ash"})
#: French words of a place's description, not of its Arabic name («Chehimet Nord», «La
#: Sebala du Mornag», «Zriba-Village»): a name holding one gives no pattern.
FRENCH = frozenset({"nord", "sud", "est", "ouest", "nouvelle", "nouveau", "ville", "village",
                    "de", "du", "des", "port", "camp", "cite", "centre", "plage", "gare", "haut",
                    "bas", "station", "new", "old", "city", "north", "south", "east", "west"})

#: Latin letter groups (longest first) -> the Arabic letters they can stand for. Vowels are
#: handled apart (:func:`_word`).
CONSONANTS: list[tuple[str, str]] = [
    ("tch", "تش"), ("dj", "ج"), ("ch", "ش"), ("sh", "ش"), ("kh", "خ"), ("gh", "غ"), ("rh", "غ"),
    ("th", "[ثت]"), ("dh", "[ذضظد]"), ("gu", "ق"), ("qu", "ق"), ("ck", "ك"),
    ("b", "ب"), ("p", "ب"), ("t", "[تط]"), ("j", "ج"), ("h", "[حه]"), ("d", "[دض]"),
    ("r", "ر"), ("z", "ز"), ("s", "[سص]"), ("c", "[سكق]"), ("f", "ف"), ("v", "ف"),
    ("q", "ق"), ("k", "[كق]"), ("g", "[قج]"), ("l", "ل"), ("m", "م"), ("n", "ن"),
    ("w", "و"), ("y", "ي"), ("x", "كس"),
]
#: Vowel groups -> the letters they can stand for inside a word («?»: maybe none, a short
#: vowel Arabic does not write). «aa» is ع («Maamoura» المعمورة, «Kalaa» قلعة, «Bradaa»).
#: Consonants: z is ز and g is ق (Tunisian «Gafsa» قفصة) or ج (English «Gizan»); ظ and ض
#: are written dh in both spellings («M'dhilla» المظيلة, «Ettadhamen» التضامن).
VOWELS: list[tuple[str, str]] = [
    ("aou", "(?:او|عو)"), ("aoui", "(?:اوي|وي)"), ("aa", "(?:ع|عا)"), ("ai", "(?:ي|اي|عي)?"),
    ("ay", "(?:ي|اي)"), ("ei", "(?:ي|ا)?"), ("ey", "ي"), ("ie", "ي?"), ("ia", "(?:يا|ي|ا)"),
    ("ee", "ي"), ("oo", "و"), ("ou", "و?"), ("oa", "وا"), ("ao", "[اع]?و"), ("ue", "و?"),
    ("ui", "(?:وي|ي)"), ("a", "[اع]?"), ("e", "[اعي]?"), ("i", "[يع]?"), ("o", "و?"),
    ("u", "و?"),
]
_FINAL_A = "(?:[اهي]|يا|يه)?"  # a final a: ة (folded ه), ى (folded ي), ا; «ia» ية
_INITIAL = {"a": "[اع]", "e": "[اع]?", "i": "[اع]ي?", "o": "[اع]?و?", "u": "[اع]?و?",
            "ou": "(?:او|و|عو)", "ai": "(?:عي|اي)", "aa": "[اع]"}


def _latin(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return s.replace("’", "'").replace("‘", "'").replace("`", "'")


_VOWELS = sorted(VOWELS, key=lambda v: -len(v[0]))


def _word(w: str) -> tuple[str, int] | None:
    """The regex of one Latin word's Arabic spellings (no article) and its number of
    consonants, or None."""
    w = w.replace("'", "")
    if not w or not w.isalpha() or not w.isascii():
        return None
    out: list[str] = []
    consonants = 0
    i, n = 0, len(w)
    prev = ""
    while i < n:
        if i == 0:
            ini = next((v for v in sorted(_INITIAL, key=len, reverse=True) if w.startswith(v)), "")
            if ini:
                out.append(_INITIAL[ini])
                i += len(ini)
                continue
        for lat, ar in _VOWELS:
            if w.startswith(lat, i):
                if i + len(lat) == n and lat in ("a", "ia", "e"):
                    out.append({"a": _FINAL_A, "ia": "(?:يه|يا|ي)", "e": "[هي]?"}[lat])
                else:
                    out.append(ar)
                i += len(lat)
                prev = ""
                break
        else:
            for lat, ar in CONSONANTS:
                if w.startswith(lat, i):
                    if lat != prev:  # a doubled consonant is one letter (shadda)
                        out.append(ar)
                        consonants += 1
                    prev = lat
                    i += len(lat)
                    break
            else:
                return None
    return "".join(out), consonants


def _split(name: str) -> list[str]:
    s = _latin(name).replace("-", " ")
    words: list[str] = []
    for w in s.split():
        # «l'Ariana», «M'saken»: an apostrophe after one letter joins it to the word
        if len(w) > 2 and w[1] == "'" and w[0] == "l":
            words.extend(["l", w[2:]])
        else:
            words.append(w)
    return words


@lru_cache(maxsize=65536)
def pattern(name: str) -> str | None:
    """A regex (fullmatch, on ``khabar.normalize.fold``-ed text) of the Arabic spellings a
    French or English Latin name can stand for, or None when it holds a French word of
    description, a letter outside the table, or fewer than three Arabic consonants (too short
    to tell: «Tala», «Ala»)."""
    words = _split(name)
    if not words or any(w in FRENCH for w in words):
        return None
    out: list[str] = []
    art = False
    consonants = 0
    for k, w in enumerate(words):
        if w in ARTICLES and k + 1 < len(words):
            art = True
            continue
        # «Essaf», «Ettadhamen», «Erriadh», «Ezzouhour»: the assimilated article joined
        m = re.fullmatch(r"e([sztdrn])\1(.+)", w)
        if m and not art:
            art, w = True, m.group(1) + m.group(2)
        if w in WORDS:
            body = "(?:" + "|".join(WORDS[w]) + ")"
            consonants += 2
            if w in ("bou", "bu", "abou", "abu") and k + 1 < len(words):
                # «Bou Ficha»: Tunisians write «بوفيشة» joined as often as apart
                out.append(("ال" if art else "") + body + " ?")
                art = False
                continue
        else:
            read = _word(w)
            if read is None:
                return None
            body, k_cons = read
            consonants += k_cons
        out.append(("(?:ال)?" if not art and k == 0 else "ال" if art else "") + body)
        out.append(" ")
        art = False
    text = "".join(out).strip().replace("? ", "?")
    if consonants < 3:
        return None
    return text


def choose(names: list[str], attested: dict[str, int], minimum: int = 2,
           refuse: Callable[[str], bool] = lambda key: False) -> tuple[str, int] | None:
    """The attested spelling (a key of ``attested``, folded, with its count) that one of the
    Latin ``names`` can stand for, the most often written one; None when none is written
    ``minimum`` times. Spellings ``refuse`` says no to (ordinary words) are skipped first:
    «Kasra» can stand for «قصر» (a palace) as well as «كسرى»."""
    pats = [p for p in dict.fromkeys(pattern(n) for n in names) if p]
    if not pats:
        return None
    rx = re.compile("^(?:" + "|".join(f"(?:{p})" for p in pats) + ")$", re.M)
    hits = [(attested[k], k) for k in rx.findall(_lines(attested, minimum)) if not refuse(k)]
    if not hits:
        return None
    count, key = min(hits, key=lambda h: (-h[0], h[1]))
    return key, count


_LINES: dict[tuple[int, int], str] = {}


def _lines(attested: dict[str, int], minimum: int) -> str:
    """The keys written ``minimum`` times or more, one a line (cached per table)."""
    k = (id(attested), minimum)
    if k not in _LINES:
        _LINES[k] = "\n".join(sorted(w for w, c in attested.items() if c >= minimum))
    return _LINES[k]
