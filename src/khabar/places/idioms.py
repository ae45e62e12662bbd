"""Gazetteer names that are far more often ordinary phrases in Saudi news (stage 2, with
``__init__._drop_words``): a preposition and a noun («لحج» = لِـ + حَجّ), a particle and a
word («أن صالح»), an idiom («مسقط رأسه»), an organisation's name («أمانة العاصمة المقدسة»).
Each class was found by a coherence check of 550 unlabelled Yemen-war SaudiNewsNet 2015
articles (docs/places.md, "Session 4, far errors").
"""

from __future__ import annotations

import re

from ..normalize import fold
from .anchors import _bare
from .lexicon import PLACE_CUES
from .mentions import Match
from .resolve import TOWN, unambiguous_country

__all__ = ["not_a_place"]

#: names that are places only in an article that names their one country otherwise:
#: - «الاستعداد لحج هذا العام»، «قدموا للحج» (لِـ + حَجّ, for the Hajj) are not Lahij; 15 of
#:   250 unlabelled Yemen-war SaudiNewsNet articles (seed 99) had it, all Hajj notices;
#: - «أمانة العاصمة المقدسة» (Makkah's municipality, ~130 times in SaudiNewsNet) and «أمانة
#:   العاصمة صنعاء» are not Baghdad's Amanat al-Asimah (the index's one reading)
_NEEDS_ITS_COUNTRY = {fold("لحج"): "YE", fold("أمانة العاصمة"): "IQ"}
#: a word naming the country or its people («اليمن»، «واليمنية»، «يمنيين»; not «أيمن»)
_COUNTRY_WORD = {"YE": re.compile(r"^[وفبل]*(?:ال)?يمن"), "IQ": re.compile(r"^[وفبل]*(?:ال)?عراق")}
#: «أكدت الحكومة أن صالح هو...»، «قال إن صالح...»: the particle أن/إن (folded) opening a name
#: of two words or more («ان صالح» is an index name of In Salah, Algeria; ~24 «أن/إن صالح»
#: in SaudiNewsNet, Saleh the ex-president)
_THAT = fold("أن")
#: «مسقط رأسه» (his birthplace) is not Muscat
_BIRTHPLACE = (fold("مسقط"), fold("رأس"))


def _needs_its_country(m: Match, matches: list[Match], folded: list[str]) -> bool:
    """One of ``_NEEDS_ITS_COUNTRY`` in an article that names its country by no other
    place and no word of the country («في لحج» in a story about Aden stays Lahij)."""
    cc = _NEEDS_ITS_COUNTRY.get(m.key)
    if cc is None:
        return False
    # another name of the country: a town of 10,000+ people, a hand row or the country (not
    # a hamlet that a word folds onto, «علي»، «رمضان»: matches are not yet accepted here)
    if any(x.key != m.key and unambiguous_country(x) == cc and any(
            c.country == cc and (c.population >= TOWN or c.source == "hand" or c.precision == "country")
            for c in x.candidates) for x in matches):
        return False
    return not any(_COUNTRY_WORD[cc].match(w) for w in folded)


def _particle_first(m: Match, folded: list[str]) -> bool:
    cue = m.tok_start > 0 and _bare(folded[m.tok_start - 1]) in PLACE_CUES
    return m.tok_end - m.tok_start > 1 and folded[m.tok_start].lstrip("وف") == _THAT and not cue


def _birthplace(m: Match, folded: list[str]) -> bool:
    return m.key == _BIRTHPLACE[0] and m.tok_end < len(folded) and folded[m.tok_end].startswith(_BIRTHPLACE[1])


def not_a_place(m: Match, matches: list[Match], folded: list[str]) -> bool:
    """``m`` reads as one of this module's phrases, not as the place."""
    return _needs_its_country(m, matches, folded) or _particle_first(m, folded) or _birthplace(m, folded)
