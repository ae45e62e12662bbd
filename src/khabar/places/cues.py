"""The cue word before each name («محافظة»، «مدينة»، «مديرية»، a list's plural cue) and the
preposition before it (stage 2 of ``khabar.places``); a cue that fits none of a name's
candidates leaves it to the places the index does not know.
"""

from __future__ import annotations

from typing import Any

from ..document import Doc
from .anchors import _LOCATIVE, _TOWARD, _bare
from .index import Gazetteer
from .lexicon import (
    ADMIN_CUES,
    ADMIN_SYSTEM,
    CITY_CUES,
    COUNTRY_CUES,
    PLACE_CUES,
    QUOTES,
    bi_towns,
    fold_all,
)
from .lists import LIST_CUES, previous_end
from .mentions import Match
from .regions import region_lists

__all__ = ["read_cues", "seat_spans"]

#: admin cues that are common words too: «ناحية» (towards, a side), «قضاء» (a judiciary,
#: spending time), «نواحي» (around): with no candidate of their countries, the word
_ALSO_WORDS = fold_all("ناحية ناحيتي نواحي قضاء قضائي")
#: singular quarter cues: «أحياء حائل» (plural + a town) are the town's quarters
_QUARTER = fold_all("حي حارة حارتي")
_NOT_A_QUARTER = frozenset({"city", "admin", "country", "region"})
_THE_CAPITAL = next(iter(fold_all("العاصمة")))


#: bodies that sit in a town (courts, prosecutions, military hospitals): «المحكمة الابتدائية
#: بتونس» is the court of Tunis, the city; an embassy or a mission «بتونس» is in the country
#: (docs/annotation.md, rule 6a: ANT-1 annotates «ممثلية الأمم المتحدة بتونس» as Tunisia).
#: Hand-made by the khabar authors from ANT's usage.
_SEATED_BODIES = fold_all(
    "المحكمة بالمحكمة محكمة بمحكمة الابتدائية الإبتدائية الاستئناف الإستئناف التعقيب الدائمة "
    "النيابة القطب المستشفى بالمستشفى مستشفى العسكري الجامعي"
)
_BODY_WINDOW = 4
#: «بلدية تونس»، «لبلدية الكويت»: a municipality governs a town (docs/annotation.md rule 6b), so
#: a country-and-capital name right after it is the capital (session 16, places-16a)
_MUNICIPALITY = fold_all("بلدية وبلدية لبلدية ولبلدية ببلدية وببلدية فبلدية")


def _seat_of_body(m: Match, toks: list[Any], folded: list[str]) -> bool:
    """Is ``m`` a country-or-capital name («تونس») read through ب right after a body that sits
    in a town (``_SEATED_BODIES``, within ``_BODY_WINDOW`` words of its sentence)?"""
    i = m.tok_start
    if m.nstart == toks[i].nstart or not folded[i].lstrip("و").startswith("ب"):
        return False
    if not (any(c.precision == "country" for c in m.candidates)
            and any(c.precision == "city" for c in m.candidates)):
        return False
    lo = max(0, i - _BODY_WINDOW)
    return any(folded[k] in _SEATED_BODIES and toks[k].sent == toks[i].sent for k in range(lo, i))


def _after_municipality(m: Match, toks: list[Any], folded: list[str]) -> bool:
    """Is ``m`` a country-and-capital name right after «بلدية» («بلدية تونس»)?"""
    i = m.tok_start
    return (i > 0 and m.nstart == toks[i].nstart and folded[i - 1] in _MUNICIPALITY
            and toks[i - 1].sent == toks[i].sent
            and any(c.precision == "country" for c in m.candidates)
            and any(c.precision == "city" for c in m.candidates))


def seat_spans(doc: Doc, chosen: list[Match]) -> set[tuple[int, int]]:
    """``(start, end)`` of the names read as the seat of a body (``_seat_of_body``)."""
    return {(sp.start, sp.end) for m in chosen if "seat_of_body" in m.notes
            for sp in (doc.span_from_norm(m.nstart, m.nend),)}


def _cue_fits(m: Match) -> bool:
    """Keep only the candidates a match's cue allows; False when none is left, so the name
    is read as a place the index lacks (``unknown``: put near the places around it).

    «مديرية همدان»: a cue of one country's admin system (``ADMIN_SYSTEM``) keeps that
    country's candidates (Hamadan in Iran is no Yemeni district). «حي الحلة بحوطة سدير»: a
    named quarter is never a city, a governorate or a country of that name elsewhere
    (Al Hillah, Iraq): it keeps site and village candidates. Hand-table rows are curated
    and always stay."""
    if m.cue is None or any(c.source == "hand" for c in m.candidates):
        return True
    if m.cue in ADMIN_SYSTEM:
        ok = ADMIN_SYSTEM[m.cue]
        kept = [c for c in m.candidates if c.country in ok]
        if not kept and m.cue in _ALSO_WORDS:
            return True  # «ناحية مأرب» (towards Marib), «قضاء» (a judiciary): the word
        m.candidates = kept
    elif m.cue in _QUARTER:
        m.candidates = [c for c in m.candidates if c.precision not in _NOT_A_QUARTER]
    return bool(m.candidates)



def read_cues(gaz: Gazetteer, toks: list[Any], folded: list[str], matches: list[Match]) -> list[Match]:
    """Stage 2: each name's cue word («محافظة»، «مدينة»، a list's plural cue), and the
    prepositions before it; names whose cue does not fit them are dropped."""
    ending_at = {m.tok_end: m for m in matches}
    for m in matches:
        _read_cue(gaz, toks, folded, m, ending_at)
    # «مناطق عسير و الباحة و نجران»: a list of Saudi regions, not their seat towns
    region_lists(matches, toks, folded, gaz)
    unfit = {m.key for m in matches if m.cue in ADMIN_SYSTEM and m.cue not in _ALSO_WORDS
             and not _cue_fits(m)}
    matches = [m for m in matches if _cue_fits(m)]
    # «بمعتمدية المحمدية ... بالمرناقية والمحمدية»: a unit of one country's system that the
    # index lacks there (Tunisia's El Mohammedia) is what the same name means bare in the
    # article, not its namesake abroad (Mohammedia, Morocco): the bare name is left to the
    # unit's record (``unknown``) as a mention of it
    if unfit:
        matches = [m for m in matches if m.cue is not None or m.key not in unfit]
    for m in matches:
        _mark_preposition(toks, folded, m)
    return matches


def _read_cue(gaz: Gazetteer, toks: list[Any], folded: list[str], m: Match,
              ending_at: dict[int, Match]) -> None:
    """Set ``m.cue``: the cue word before the name, a list's plural cue shared through «و»,
    «العاصمة» after a country's name or a body that sits in a capital, or the cue inside the
    name itself («محافظة إدلب»)."""
    # «مديرية «حرض»»، «جبل "صبر"»: a quotation mark may stand between cue and name
    j = m.tok_start - 1
    if j > 0 and folded[j] in QUOTES and toks[j - 1].sent == toks[j].sent:
        j -= 1
    if j >= 0 and toks[j].sent == toks[m.tok_start].sent:
        cue = _bare(folded[j])
        m.cue = cue if cue in PLACE_CUES or cue in COUNTRY_CUES else None
    # «محافظات حماه وحلب وحمص»: a name joined by و to a cued one shares its plural cue
    if m.cue is None:
        k = previous_end(toks, folded, m.tok_start, m.nstart)
        prev = ending_at.get(k) if k is not None else None
        if prev is not None and prev.cue in LIST_CUES:
            m.cue = prev.cue
    # «تونس العاصمة»، «الجزائر العاصمة»، «الكويت العاصمة» (Maghrebi and Gulf usage): a
    # country's name followed by «العاصمة» is its capital city, as after the cue
    if m.cue is None and m.tok_end < len(folded) and folded[m.tok_end] == _THE_CAPITAL \
            and toks[m.tok_end].sent == toks[m.tok_start].sent \
            and any(c.precision == "country" for c in m.candidates) \
            and any(c.precision == "city" for c in m.candidates):
        m.cue = _THE_CAPITAL
    if m.cue is None and _after_municipality(m, toks, folded):
        m.cue = _THE_CAPITAL
    # «المحكمة الابتدائية بتونس»، «القطب القضائي لمكافحة الإرهاب بتونس»، «المستشفى العسكري
    # بتونس»: a court, a prosecution or a hospital sits in a town; a name of a country
    # and its capital after ب and such a body is the capital (ANT writes «الابتدائية
    # بتونس» ~80 times; the development parts ANT-1 and ANT-2 annotate Tunis there)
    if m.cue is None and _seat_of_body(m, toks, folded):
        m.cue = _THE_CAPITAL
        m.notes.append("seat_of_body")  # it locates the body, not the story (``geocode``)
    first, _, rest = m.key.partition(" ")
    if first in ADMIN_CUES and rest:
        m.cue = first  # the name itself is «محافظة إدلب»: the governorate
    if first in CITY_CUES and rest and gaz.get(rest):
        # «مدينة زنجبار» is a GeoNames name of Zanzibar City, but in a story about
        # Yemen it is Zinjibar: the places named «زنجبار» compete too
        pids = {c.pid for c in m.candidates}
        m.candidates = m.candidates + [c for c in gaz.get(rest) if c.pid not in pids]
        m.cue = first


def _bi_town(key: str, before: str) -> bool:
    """«بالخبر»، «بقبلي»: a common-word town whose ب-form is the town, unless a word before it
    makes it the word («علمت بالخبر»: ``lexicon.bi_towns``)."""
    words = bi_towns().get(key)
    return words is not None and before not in words and not (before[:1] in ("و", "ف") and before[1:] in words)


def _mark_preposition(toks: list[Any], folded: list[str], m: Match) -> None:
    """Note a locative preposition before the name («في حجة»، «إلى عمران»، «للبيضاء») and a
    proclitic it is read through («بحلب»، «للرقة»)."""
    pre = folded[m.tok_start][: m.nstart - toks[m.tok_start].nstart]
    before = folded[m.tok_start - 1] if m.tok_start > 0 else ""
    # «بالخبر»، «بقبلي»: a common-word town whose ب-form is the town (``lexicon.bi_towns``)
    if (not pre and (before in _LOCATIVE or before in _TOWARD)) or pre.lstrip("وف").startswith("ل") \
            or (pre.lstrip("وف") == "ب" and _bi_town(m.key, before)):
        m.notes.append("locative")
    if pre.lstrip("وف"):
        m.notes.append("proclitic")  # «بحلب»، «للرقة»: read through ب/ل/ك
