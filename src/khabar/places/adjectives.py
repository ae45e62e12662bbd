"""A place name that is also a nisba adjective, after a definite noun, is the adjective:
«المصالح الديوانية» (the customs services, Tunisia: not Diwaniyah), «المعاليم الديوانية»
(customs duties), «الحكومة الهندية» (not Al-Hindiya, Iraq), «المسيرات السلمية» (not Salamiyah),
«الطائفة الإسماعيلية». Arabic forms a nisba adjective with «ـية» and agrees it, definite, with
a definite noun before it; a place name in «ـية» written after a definite noun is that
adjective unless the noun is a place cue («المحافظة»، «العاصمة»، «المدينة»: ``lexicon``), a
compass word, a preposition («إلى الإسكندرية» folds to «الي») or a place name itself
(«السويداء، اللاذقية» in a list). Stage 2 of ``khabar.places``; the hand table's rows
(«المنطقة الشرقية») are curated and stay.

Counts on ANT (all) and 15,000 SaudiNewsNet articles, a definite word before a name in «ـية»
with a place of 10,000+ people: «الديوانية» 28 in ANT (customs: «المعاليم»، «المصالح»،
«الأبحاث»، «التفتيشات»), «الهندية» 94, «السلمية» 38, «الجمالية» 24, «الغازية» 33,
«السويدية» 35 (a place only after «العاصمة», a cue).
"""

from __future__ import annotations

from typing import Any

from .index import Gazetteer
from .lexicon import COUNTRY_CUES, DIRECTIONS, PLACE_CUES, SITE_CUES, THE_COUNTRY, fold_all
from .mentions import Match

__all__ = ["drop_nisba_adjectives"]

#: prepositions that fold onto a definite-looking word («إلى» -> «الي»)
_NOT_A_NOUN = fold_all("إلى الى الا إلا التي الذي اللذين اللتين الذين اللاتي")


def _definite_noun(word: str, gaz: Gazetteer) -> bool:
    """Is the folded token before a name a definite common noun?"""
    return (word.startswith("ال") and len(word) > 3 and word not in _NOT_A_NOUN
            and word not in PLACE_CUES and word not in SITE_CUES and word not in COUNTRY_CUES
            and word not in THE_COUNTRY and word not in DIRECTIONS and not gaz.get(word))


def drop_nisba_adjectives(gaz: Gazetteer, toks: list[Any], folded: list[str],
                          matches: list[Match]) -> list[Match]:
    """Drop one-word names in «ـية» (folded «يه») written, without proclitic, right after a
    definite common noun of the same sentence."""
    out = []
    for m in matches:
        i = m.tok_start
        adjective = (
            m.tok_end == i + 1 and m.key.startswith("ال") and m.key.endswith("يه")
            and m.nstart == toks[i].nstart and i > 0 and toks[i - 1].sent == toks[i].sent
            and not any(c.source == "hand" or c.precision == "country" for c in m.candidates)
            and _definite_noun(folded[i - 1], gaz)
        )
        if not adjective:
            out.append(m)
    return out
