"""Compass words around each place name (stage 3 of ``khabar.places``): «شرق مدينة تعز»،
«غربي مأرب»، «ريف حلب الشمالي الشرقي», anaphors of a country («شمال البلاد»); a distance
before the compass word («700 كيلومتر جنوب طرابلس») makes the name a reference point, not a
region.
"""

from __future__ import annotations

from typing import Any

from ..normalize import fold
from .anchors import _TOWN_OR_ADMIN_CUES, _bare, _free_words
from .lexicon import CITY_CUES, DIRECTIONS, PART_ADJECTIVES, PART_NOUNS, fold_all
from .mentions import Match
from .phrases import Direction, compass_name, read_direction

__all__ = ["read_directions"]

_RIF = fold("ريف") + " "
#: units of a distance before a compass word («على بعد 40 كلم شمال تونس»)
_DISTANCE = fold_all("كيلومتر كيلومترا كيلومترات كلم كم ميل ميلا أميال متر مترا أمتار")
_ABOUT = fold_all("تقريبا تقريباً فقط")
_FROM_IN = fold_all("من في")


def _plural_of_named(m: Match, toks: list[Any], folded: list[str],
                     taken: set[int]) -> tuple[Direction | None, int, int]:
    """«المناطق الجنوبية من إقليم البنجاب»، «المحافظات الشمالية من مدينة دونيتسك»: a compass
    plural, then «من»/«في», an optional town or area cue and the name, is a region of the
    named place, as «جنوب البنجاب» is (docs/annotation.md, places rule 7: a direction whose
    place is named; places-18g). One compass adjective only: «المناطق الغربية والجنوبية»
    names two regions. The span starts at the plural (``nb`` words before the name)."""
    sent = toks[m.tok_start].sent
    j = m.tok_start - 1

    def free(k: int) -> bool:
        return k >= 0 and toks[k].sent == sent and k not in taken

    if free(j) and _bare(folded[j]) in _TOWN_OR_ADMIN_CUES:
        j -= 1  # «من مدينة دونيتسك»
    if not (free(j) and folded[j] in _FROM_IN and free(j - 1) and free(j - 2)):
        return None, 0, 0
    adj, noun = folded[j - 1], folded[j - 2]
    bare = noun[1:] if len(noun) > 4 and noun[0] in "وبلف" else noun
    if adj not in PART_ADJECTIVES or bare not in PART_NOUNS:
        return None, 0, 0
    vec = DIRECTIONS[adj]
    return Direction(vec, False, compass_name(vec)), m.tok_start - (j - 2), 0


def _hand_direction(m: Match, toks: list[Any], folded: list[str]) -> tuple[Direction | None, int, int]:
    """A hand region or country carries its direction in its name («شرق سوريا»); only an
    anaphor («شمال البلاد») or «ريف X الشمالي الشرقي» reads one here."""
    d, nb, na = read_direction(
        [folded[j] for j in range(m.tok_start - 1, max(-1, m.tok_start - 3), -1)], []
    ) if {"the_country", "capital"} & set(m.notes) else (None, 0, 0)
    after_w = folded[m.tok_end] if m.tok_end < len(folded) else ""
    if m.key.startswith(_RIF) and after_w.startswith("ال") and after_w in DIRECTIONS \
            and toks[m.tok_end].sent == toks[m.tok_start].sent and DIRECTIONS[after_w] != (0.0, 0.0):
        # «ريف حلب الشمالي الشرقي»: the hand row «ريف حلب الشمالي», moved east
        vec = DIRECTIONS[after_w]
        d, nb, na = Direction(vec, False, compass_name(vec)), 0, 1
    return d, nb, na


def _name_direction(m: Match, toks: list[Any], folded: list[str],
                    taken: set[int]) -> tuple[Direction | None, int, int]:
    """The compass words around a town or governorate («شرق مدينة تعز»، «غربي مأرب»)."""
    sent = toks[m.tok_start].sent
    # the words up to the previous / next place, not across it («جنوب فرنسا والكويت»:
    # «الكويت» is no south of Kuwait)
    words_before = _free_words(toks, folded, taken, sent,
                               range(m.tok_start - 1, max(-1, m.tok_start - 4), -1))
    words_after = _free_words(toks, folded, taken, sent, range(m.tok_end, min(len(folded), m.tok_end + 2)))
    # «شرق مدينة تعز»، «شمالي محافظة مأرب»: the cue may stand between the compass
    # word and the name
    skip = 1 if words_before and _bare(words_before[0]) in _TOWN_OR_ADMIN_CUES else 0
    d, nb, na = read_direction(words_before[skip:skip + 2], words_after)
    if d is not None and skip and d.vector == (0.0, 0.0) and not d.rural and nb == 1 \
            and _bare(words_before[0]) in CITY_CUES:
        # «وسط مدينة البيضاء»، «وسط مدينة أريحا»: downtown, the town itself (as the
        # development corpus annotates it), not a region record
        d, nb, na = None, 0, 0
    if d is not None and skip:
        nb += skip
    if d is None:
        d, nb, na = _plural_of_named(m, toks, folded, taken)
    # «700 كيلومتر تقريبا جنوب طرابلس»: a distance from a town locates something
    # else; it names no region (the gold tuning split has none), only the town
    j = m.tok_start - nb - 1
    if d is not None and nb and j >= 0 and toks[j].sent == sent and (
            folded[j] in _DISTANCE or (j > 0 and folded[j] in _ABOUT and folded[j - 1] in _DISTANCE)):
        d, nb, na = None, 0, 0
        m.notes.append("reference")  # a reference point: an unknown place's last anchor
    return d, nb, na


def read_directions(chosen: list[Match], toks: list[Any], folded: list[str],
                taken: set[int]) -> list[tuple[Direction | None, int, int]]:
    """Stage 3: compass words around each place (direction, words before, words after)."""
    directions: list[tuple[Direction | None, int, int]] = []
    for m in chosen:
        if m.direction is not None:
            directions.append((m.direction, 0, 0))
        elif "the_country" in m.notes or "capital" in m.notes or any(
                c.source == "hand" and c.precision in ("region", "country") for c in m.candidates):
            # a hand region or country carries its direction in its name («شرق سوريا»); a
            # hand governorate or town does not («شمالي محافظة مأرب»)
            directions.append(_hand_direction(m, toks, folded))
        else:
            directions.append(_name_direction(m, toks, folded, taken))
    return directions
