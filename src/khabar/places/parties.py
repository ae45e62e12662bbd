"""Places inside the name of a party, a movement or an association (docs/annotation.md,
"Places", rule 6c: a place inside the proper name of an organisation is no place record).

«حركة نداء تونس»، «حزب آفاق تونس»، «حركة مشروع تونس»، «حزب "حراك تونس الإرادة"»، «جمعية
"أحبك تونس"»، «اتحاد عمال تونس»: a head noun (party, movement, current, coalition,
association, union, syndicate, organisation), up to two indefinite words of the name, then
the place, in construct. Counted on ANT (Jawhara FM, outside every manifest and devgold
folder): 262 articles name a Tunisian party or association so (most often «نداء تونس» 160
times, «مشروع تونس» 67, «آفاق تونس» 52, «حراك تونس» 29); SaudiNewsNet writes «حزب نداء
تونس» too. The place named so was a record at that mention, so a later plain «تونس» of the
same article went unmatched and an article that named Tunisia only in a party's name got a
spurious record.

Not a name: a definite word or a word with a preposition between («حزب الله في لبنان»،
«الاتحاد الأوروبي لمساعدة تونس»، «حركة القطارات بين تونس»), or a place with its own
proclitic («حركة سير بالرياض»: the traffic in Riyadh).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..normalize import fold
from ..segment import Token
from .datafiles import data_rows
from .lexicon import NAME_STOP, PLACE_CUES, QUOTES, SITE_CUES, fold_all
from .mentions import Match

__all__ = ["before_club_adjective", "in_club_name", "in_party_name"]

#: Head nouns of parties, movements and associations, indefinite (in construct)
PARTY_HEADS = fold_all("حركة حزب تيار ائتلاف حراك جمعية اتحاد نقابة منظمة")
_CLITICS = ("وب", "ول", "وف", "و", "ف", "ب", "ل")
_MAX_WORDS = 2  # «حزب حراك تونس»، «حركة نداء تونس»; «نقابة أطباء أسنان تونس» is three


def _head(w: str) -> bool:
    return w in PARTY_HEADS or any(w.startswith(c) and w[len(c):] in PARTY_HEADS for c in _CLITICS)


def _name_word(w: str) -> bool:
    """An indefinite word of a name: no article, no preposition, no proclitic ب/ل."""
    # «نقابة أعوان مطار النفيضة»: a place cue or a site's kind word names a place or a
    # site of its own (the airport), not words of the union's name
    return (len(w) > 1 and not w.startswith("ال") and w not in NAME_STOP
            and w not in PLACE_CUES and w not in SITE_CUES
            and not (w[0] in "بلك" and len(w) > 3) and not w.isdigit())


def in_party_name(m: Match, toks: Sequence[Token], folded: Sequence[str]) -> bool:
    """Is the name ``m`` the last word of a party's or association's name?"""
    i = m.tok_start
    if m.nstart != toks[i].nstart:
        return False  # «بالرياض»: a place with its own proclitic is where something is
    words = 0
    j = i - 1
    while j >= 0 and toks[j].sent == toks[i].sent:
        w = folded[j]
        if w in QUOTES:
            j -= 1
            continue
        if _head(w):
            return True
        if words == _MAX_WORDS or not toks[j].is_arabic or not _name_word(w):
            return False
        words += 1
        j -= 1
    return False


#: Head nouns of a sports club's or team's name, right before its town («مستقبل قابس»،
#: «نجم المتلوي»، «شبيبة القيروان»، «أولمبيك سيدي بوزيد»، «فريق الرياض»، «منتخب مصر»):
#: Tunisian and Gulf club names (ANT's and SaudiNewsNet's sport news, places-8c). Rule 6c of
#: docs/annotation.md: a club named after its town names no place («اتحاد جدة»).
CLUB_HEADS = fold_all("ترجي الترجي شبيبة الشبيبة أولمبيك اولمبيك قوافل نسر كوكب سبورتينغ مكارم "
                      "فريق نادي منتخب")
#: heads that are also common nouns («مستقبل المملكة»: the future; «أمل كبير»: hope): a
#: club only before a town, never before a country or a region
AMBIGUOUS_CLUB_HEADS = fold_all("مستقبل نجم هلال أمل")


def in_club_name(m: Match, toks: Sequence[Token], folded: Sequence[str]) -> bool:
    """Is the name ``m`` the town of a club's or team's name, right after its head noun
    («ونجم المتلوي»، «لنادي الرياض»)? A national team («منتخب مصر») is one too; after a head
    that is also a common noun only a town counts («مستقبل قابس», not «مستقبل اليمن»)."""
    i = m.tok_start
    if i == 0 or m.nstart != toks[i].nstart or toks[i - 1].sent != toks[i].sent:
        return False
    w = folded[i - 1]
    head = next((w[len(c):] for c in ("", *_CLITICS) if w.startswith(c)
                 and w[len(c):] in CLUB_HEADS | AMBIGUOUS_CLUB_HEADS), None)
    if head is None:
        return False
    if head in AMBIGUOUS_CLUB_HEADS:
        return all(c.precision in ("city", "village") for c in m.candidates)
    return head != fold("فريق") or not any(c.precision == "country" for c in m.candidates)


#: what a club's name may be named after: a town or a country («الكويت الكويتي»)
_CLUB_TOWNS = frozenset({"city", "village", "country"})


@lru_cache(maxsize=1)
def club_adjectives() -> frozenset[str]:
    """The masculine demonyms of ``data/places/club_adjectives.txt``, folded."""
    return frozenset(fold(row[0]) for row in data_rows("club_adjectives.txt"))


def before_club_adjective(m: Match, toks: Sequence[Token], folded: Sequence[str]) -> bool:
    """Is the name ``m`` a club's, followed in its sentence by a masculine demonym
    («ميلان الإيطالي»، «ودبي الإماراتي»، «الكويت الكويتي»; places-21c)? A town or a country is
    feminine in Arabic («سروج التركية»); the masculine adjective agrees with the club. Not
    with a place cue of its own or right after a place cue or a site's word («مدينة جنيف»،
    «ميناء جيهان التركي»، «إقليم كردستان العراقي»), nor for a name that is no town, village
    or country (a region: «البقاع اللبناني»، «الجولان السوري»)."""
    j = m.tok_end
    if j >= len(toks) or toks[j].sent != toks[m.tok_start].sent or folded[j] not in club_adjectives():
        return False
    if m.cue is not None or not any(c.precision in _CLUB_TOWNS for c in m.candidates):
        return False
    i = m.tok_start
    if i == 0 or toks[i - 1].sent != toks[i].sent:
        return True
    before = folded[i - 1]
    return not any(w in PLACE_CUES or w in SITE_CUES
                   for w in (before, *(before[len(c):] for c in _CLITICS if before.startswith(c))))
