"""When a dictionary match stands against the tagger (:func:`match_stands`, step 3 of
:mod:`khabar.entities.mentions`): a weak match (a name that is also a common word) needs its
context, a table city needs its country named in the article, an outlet read as a place is
the place."""

from __future__ import annotations

from collections.abc import Set
from typing import TYPE_CHECKING

from ..claims.lexicon import lexicon as claim_cues
from ..normalize import fold
from ..places.lexicon import CUE_ONLY, ordinary_words
from .clitics import clitic_readings
from .filters import media_in_context
from .tables import ActorTable

if TYPE_CHECKING:
    from .mentions import Mention
    from .tables import Actor

__all__ = ["match_stands"]


def match_stands(d: Mention, overlapping: list[Mention], words: list[str], table: ActorTable,
                 countries: frozenset[str], given: Set[str]) -> bool:
    """Does the dictionary match ``d`` stand against the tagger spans ``overlapping`` it? A weak
    match needs the tagger's name there, or a table city of a country the article names, a
    place noun before it, or an outlet's context; a tagger span strictly containing the match
    wins unless the words before the match only describe it."""
    if d.weak and _place_not_outlet(d, overlapping, words):
        return False  # the tagger's place stands: «في منطقة الشرق الأوسط» is the region
    if d.weak and not overlapping and not _city_in_context(d, countries, given, table) and not (
        # a weak place right after a place noun counts («محافظة إب», «مديرية حرض»)
        d.type == "LOC" and d.skip == 0 and d.first > 0
        and any(h in table.place_nouns for _, _, h in clitic_readings(words[d.first - 1]))
    ) and not media_in_context(d, words):
        return False
    return not any(c.first <= d.first and c.last >= d.last and (c.first, c.last) != (d.first, d.last)
                   and not _descriptors_only(words[c.first:d.first], table) for c in overlapping)


def _city_in_context(d: Mention, countries: frozenset[str], given: Set[str], table: ActorTable) -> bool:
    """A table city of a country the article names counts on its own, unless its name is
    two letters, also a given name («جمال» is Djemmal and Jamal), a common word listed in
    ``ambiguous.tsv`` («الخبر» is Khobar and "the news"), or a word the places layer reads
    as an ordinary word: ``places.lexicon.ordinary_words()`` (ANT's words used mostly as
    words) or ``CUE_ONLY`` (a place only after a cue): «الثورة» (Al-Thawrah, "the
    revolution"), «الجديدة» (El Jadida, "new"), «وأن» (Van), «عنه» (Anah, "about him")."""
    a = d.actor
    return (a is not None and a.subtype == "city" and a.code in countries
            and len(a.canonical) > 2 and a.source == "geonames" and d.key_first not in given
            and (a.canonical,) not in table.ambiguous and (fold(d.key_first),) not in table.ambiguous
            and not _ordinary_word(d, a))


def _ordinary_word(d: Mention, a: Actor) -> bool:
    """A one-word city name that the places layer reads as an ordinary word (session 12,
    entities-12a; docs/models.md). Not for Tunisia's towns: ``ordinary_words()`` is counted
    on ANT, Tunisian radio, which writes its own towns bare or after ب («بقابس»), uses that
    the list's builder does not count as a place's; 22 of the 23 Tunisian town mentions the
    check removed on seeds 12911 and 12912 were the towns («سوسة», «قابس», «طبلبة»)."""
    if d.first != d.last or a.code == "TN":
        return False
    words = ordinary_words()
    return any(k in words or k in CUE_ONLY for k in (a.canonical, fold(d.key_first)))


def _place_not_outlet(d: Mention, overlapping: list[Mention], words: list[str]) -> bool:
    """A weak outlet name that the tagger reads as a place, with no quotes, byline dashes or
    «صحيفة» around it, is the place: «الشرق الأوسط» is the region in «دول الشرق الأوسط» and
    the paper in «قال لـ«الشرق الأوسط»». Session 13 (entities-13a): on 1,000 fresh articles
    (seed 13101) 46 of the 78 «الشرق الأوسط» mentions were the region read as the paper."""
    return (d.actor is not None and d.actor.subtype == "media" and bool(overlapping)
            and all(c.type == "LOC" for c in overlapping) and not media_in_context(d, words)
            and not (d.first > 0 and _reporting_verb(words[d.first - 1])))


def _reporting_verb(word: str) -> bool:
    """A reporting verb of the claims lexicon (``data/claims/cues.tsv``): the name after it is
    its subject, the outlet («وأوضحت الأناضول أن ...»: the agency, not Anatolia)."""
    hit = claim_cues().lookup_plain(word)
    return hit is not None and hit[0].pos == "verb"


def _descriptors_only(words: list[str], table: ActorTable) -> bool:
    """True when the tokens before a table name inside a tagged span only describe it
    («ميليشيات الحوثيين», «لميليشيات الحوثي» → the name is «الحوثيين», «الحوثي»)."""
    return bool(words) and all(any(h in table.descriptors for _, _, h in clitic_readings(w)) for w in words)
