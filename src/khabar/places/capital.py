"""The bare «العاصمة» (the capital) as a point to put unknown places at.

Tunisian and Yemeni news locate quarters and sites by the capital without naming it: «حي
الخضراء بالعاصمة»، «بباب سعدون بالعاصمة»، «مناطق العمران وجبل الأحمر وحي الانطلاقة بضواحي
العاصمة»، «حي التضامن والمنارات بالعاصمة». The gold corpus does not annotate a bare «العاصمة»
(the tuning split leaves it out), so it gets no record; but a place the index lacks that is
named right before it lies in the capital of the article's main country, not at whatever
town the text named last (Kasserine, in one ANT article). ``capital_mentions`` gives such a
word as a mention of that capital for the anchoring of unknown places only (``near``).
"""

from __future__ import annotations

from ..document import Doc
from ..normalize import fold
from ..schema import Place
from .index import Gazetteer
from .lexicon import NISBA
from .near import Mention, covered_tokens

__all__ = ["capital_mentions"]

_CAPITAL = fold("العاصمة")
#: proclitics read before it: «بالعاصمة»، «والعاصمة»، «وبالعاصمة»، «للعاصمة» (ل + ال)
_PROCLITICS = ("", "ب", "و", "ف", "وب", "فب")


#: the bare word with its proclitics, as one set (a word compared with each form in turn
#: took a tenth of the places step: qa-17a)
_CAPITAL_WORDS = frozenset([*(p + _CAPITAL for p in _PROCLITICS), "ل" + _CAPITAL[1:]])


def _named_after_adjective(folded: list[str], covered: set[int], i: int) -> bool:
    """«العاصمة» at token ``i``, a definite feminine adjective after it, then (after a comma,
    maybe) a record: «العاصمة الجورجية تبيليسي»، «بالعاصمة الإنجليزية لندن»، «بالعاصمة
    الكوبية، هافانا»، «العاصمة المؤقتة عدن». That capital is named, as in «العاصمة صنعاء»;
    ``NISBA`` holds the adjectives of 35 countries only."""
    adj = folded[i + 1] if i + 1 < len(folded) else ""
    if len(adj) <= 4 or not adj.startswith("ال") or not adj.endswith("ه"):
        return False
    j = i + 3 if i + 2 < len(folded) and folded[i + 2] in ("،", ",") else i + 2
    return j in covered


def capital_mentions(doc: Doc, gaz: Gazetteer, folded: list[str], records: list[Mention],
                     country: str | None) -> list[Mention]:
    """Each bare «العاصمة» of the text as a mention of the capital of ``country`` (the
    article's main country), for anchoring only; not when a record covers it or the word
    after it or a country's adjective follows it («العاصمة صنعاء»، «العاصمة السورية»: that
    capital is named), nor when another adjective comes between («العاصمة الجورجية تبيليسي»)."""
    cap = gaz.capitals.get(country or "")
    if cap is None:
        return []
    toks = doc.tokens
    words = [i for i, w in enumerate(folded) if w in _CAPITAL_WORDS]
    if not words:
        return []
    covered = covered_tokens(doc, records)
    out: list[Mention] = []
    for i in words:
        nxt = folded[i + 1] if i + 1 < len(toks) and toks[i + 1].sent == toks[i].sent else ""
        # «في ريف العاصمة السورية دمشق»: a capital named by its country's adjective is that
        # country's, whatever the article's main country
        # «العاصمة الجورجية تبيليسي»: named after an adjective NISBA lacks (places-17b)
        if i in covered or (nxt and (i + 1 in covered or nxt in NISBA
                                     or _named_after_adjective(folded, covered, i))):
            continue
        t = toks[i]
        at = Place(id="", text=doc.text[t.start:t.end], start=t.start, end=t.end, lat=cap.lat,
                   lon=cap.lon, country=cap.country, precision="city", name_en=cap.name_en)
        out.append((t.start, t.end, at))
    return out
