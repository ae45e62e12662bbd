"""A one-word indefinite record of a place the index lacks that ANT writes mostly as an
ordinary word is that word: «رقة» (read inside «فرقة», a squad), «بوليتيكا» (a Jawhara FM
talk show: «في مداخلة له في بوليتيكا»), «لاتحاد» (inside «للاتحاد»). Definite words stay:
quarters and villages of the development parts are named so («الفرع»، «الأشراف»، «الحلقة»,
which ANT writes as words), as after «منطقة» in ``unknown``. Such records come from the
entity tagger's LOC spans (``unknown``: a place the index lacks, put near the others); a name
after a cue keeps its cue in the record's text («منطقة الكامور») and is not concerned.
The word list is ``data/places/ordinary.txt`` (``lexicon.ordinary_words``: ANT's words written
20+ times, mostly not after a locative preposition or a place cue); an index name stays.

On 362 unlabelled ANT conflict articles (seed 5204) this removes 5 records, all spurious;
none on 400 unlabelled SaudiNewsNet articles (seed 5205) or the development parts. (With
definite words too it removed 2 more spurious ones, «القبض»، «التأكد», and 3 annotated
places of the development parts.)
"""

from __future__ import annotations

from ..normalize import fold
from ..schema import Place
from .index import gazetteer
from .lexicon import ordinary_words

__all__ = ["drop_ordinary_words"]


def _ordinary(w: str) -> bool:
    """Is ``w`` (folded, one word) an indefinite ordinary word the index does not know?"""
    return not w.startswith("ال") and w in ordinary_words() and w not in gazetteer()


def drop_ordinary_words(records: list[Place]) -> list[Place]:
    """The records that are not one ordinary word the index does not know (with or without
    a ب/ل the tagger kept in its span: «وأدى لاستشهاد عدد من رجال الأمن»، «وأدى لاحتجاجات
    كبيرة»; places-13b, 2 such records in 2,000 unlabelled articles, seeds 13201-13202)."""
    out = []
    for r in records:
        w = fold(r.text)
        if r.name_en is None and " " not in w and (
                _ordinary(w) or (len(w) > 4 and w[0] in "بل" and _ordinary(w[1:]))):
            continue
        out.append(r)
    return out
