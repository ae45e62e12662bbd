"""When two events' places or dates keep them apart: the comparisons :mod:`khabar.events.retellings`
makes between a later mention and an occurrence told before (distances between place
records, a province and a place in it, dates a day apart, a month and a day in it)."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

from ..schema import Event
from ..segment import Token
from .anaphora import GENERIC_VERBS
from .filters import CASUALTY_WORDS
from .lexicon import ffold
from .triggers import Mention
from .wordlists import MERGE_WORDS

__all__ = ["PlaceKey", "anchored", "dates_differ", "family_of", "km", "least_km", "next_day", "places_conflict",
           "split_another", "split_by_place", "wide", "with_provinces"]

# (name key, precision, country, lat, lon[, wide[, anchored[, province]]]): ``wide`` marks a
# directional region of a whole country («جنوب شرق تركيا»، «جنوب البلاد»), far larger than a
# province's countryside; ``anchored`` an unknown place put at the centre of the place it is told
# by a direction from («ولاية لوغار جنوب كابول»); ``province`` the article's province whose
# centre is nearest to the place (:func:`with_provinces`)
PlaceKey = tuple

# Two places farther apart than this are two occurrences (ACLED codes events to a location;
# the gold's place match allows 50 km).
_FAR_KM = 50.0
# A directional region of a whole country and a place in it may be this far apart (centres).
_REGION_KM = 350.0
# How far an unknown place may lie from the place that locates it (its coordinates' anchor).
_ANCHOR_KM = 75.0
# A province holds the places up to this far from its centre (Aden is 112 km from Dhale's).
_PROVINCE_KM = 150.0
# Two provinces of an article whose centres lie farther apart than this are not nested (a Saudi
# region and a governorate in it lie nearer: Jazan and al-Harth, 64 km): neighbours (events-7d).
_NEIGHBOUR_KM = 100.0


def family_of(e: Event) -> str:
    """The family an event is merged within: abduction, violence, protest, or its subtype."""
    if e.subtype == "abduction_forced_disappearance":
        return "abduction"
    if e.type in ("battles", "explosions_remote_violence", "violence_against_civilians"):
        return "violence"
    if e.type in ("protests", "riots"):
        return "protest"
    return e.subtype or e.type


def km(a: PlaceKey, b: PlaceKey) -> float | None:
    if a[3] is None or a[4] is None or b[3] is None or b[4] is None:
        return None
    la1, lo1, la2, lo2 = map(math.radians, (a[3], a[4], b[3], b[4]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def least_km(a: PlaceKey, b: PlaceKey) -> float | None:
    """The least distance two places may be apart: a place the gazetteer does not know stands at
    the place that locates it («ولاية لوغار جنوب كابول» at Kabul) and lies somewhere near that
    anchor, so it may be 75 km nearer than its coordinates say."""
    d = km(a, b)
    return None if d is None else max(0.0, d - _ANCHOR_KM) if anchored(a) or anchored(b) else d


def anchored(p: PlaceKey) -> bool:
    return len(p) > 6 and bool(p[6])


def wide(p: PlaceKey) -> bool:
    return len(p) > 5 and bool(p[5])


def places_conflict(a: PlaceKey | None, b: PlaceKey | None) -> bool:
    """Two places conflict when they are in different countries, or are different places of
    the same level (two cities), or below country level more than 50 km apart («ريف حمص»
    and «الزبداني»); «جسر لندن» and «بورو ماركت», or a province and a district in it, may
    be one occurrence."""
    if a is None or b is None or a[0] == b[0]:
        return False
    if a[2] and b[2] and a[2] != b[2]:
        return True
    if a[1] != "country" and b[1] != "country":
        d = km(a, b)
        if d is not None and a[2] == b[2] and ("admin" in (a[1], b[1]) or "region" in (a[1], b[1])) \
                and a[1] != b[1] and d <= (_REGION_KM if wide(a) or wide(b) else _PROVINCE_KM) \
                and not _in_neighbour(a, b):
            # a province and a place in it («بمنطقة جازان», «بمحافظة الحرث»): its centre is far;
            # a directional region («جنوب شرق تركيا») is larger still (Midyat is 165 km from its centre)
            return False
        if d is not None:
            # a province and a district of one name level may be one occurrence («ولاية
            # قندوز»، «مقاطعة خان آباد», 25 km): the distance decides when it is known
            return (least_km(a, b) or 0.0) > _FAR_KM
    # two cities, two provinces; two sites («جسر لندن», «بورو ماركت») may be one occurrence
    return a[1] in ("city", "admin", "country") and a[1] == b[1]


def with_provinces(places: dict[str, PlaceKey]) -> dict[str, PlaceKey]:
    """Each place key with the article's province (a place record of precision ``admin``, with
    coordinates) whose centre is nearest to it, in its country, as its eighth field: a Yemeni
    roundup goes governorate by governorate, and the governorate a place lies in is the one
    named nearest to it («وفي جبهة محافظة مأرب ...» ... «في منطقة خارف» of «محافظة عمران»)."""
    provinces = [k for k in places.values() if k[1] == "admin" and k[3] is not None and k[4] is not None]
    out = {}
    for pid, k in places.items():
        near = [(km(q, k) or 0.0, q[:5]) for q in provinces if q[2] == k[2] and k[1] != "admin" and k[3] is not None]
        base = tuple(k) + (False,) * (7 - len(k))
        out[pid] = base[:7] + (min(near)[1] if near else None,)
    return out


def _in_neighbour(a: PlaceKey, b: PlaceKey) -> bool:
    """Is the place of the pair nearer to another province of the article, a neighbour of the
    province of the pair (centres more than 100 km apart), than to it? «محافظة مأرب» and
    «منطقة خارف» (146 km), «محافظة حجة» and «الحديدة» (132 km), «محافظة أبين» and «شمال عدن»
    (120 km): the article names «محافظة عمران»، «محافظة الحديدة»، «محافظة لحج» too, each nearer.
    A governorate and a place in it stay one place («بمحافظة الحرث» and a village of it)."""
    p, x = (a, b) if a[1] == "admin" else (b, a)
    if p[1] != "admin" or len(x) < 8 or x[7] is None:
        return False
    q = x[7]
    if q[0] == p[0]:
        return False
    pq = km(p, q)
    return pq is not None and pq > _NEIGHBOUR_KM


def next_day(a: str, b: str) -> bool:
    """Two day dates at most one day apart: a reference back may give the night before
    («قتل 21 شخصا ... اليوم»، «الهجوم الذي وقع مساء السبت»)."""
    try:
        return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days) <= 1
    except ValueError:
        return False


def dates_differ(va: str | None, vb: str | None) -> bool:
    """Two date values that name different times: not a month and a day in it («في يوليو»,
    «في 20 يوليو»), nor a year and a day in it."""
    if not va or not vb or va == vb:
        return False
    return not (va.startswith(vb) or vb.startswith(va))


# ----------------------------------------------------------------------------- one sentence
# Two occurrences told in one sentence, grouped as one by their family (merge.py): a noun marked
# as another of the list («هجوم آخر»، «غارة ثالثة»), or a new predicate at a place far from the
# one its sentence named first (events-11a).

# How far after a mention (characters) its place may start: «قتل 27 من كتائب حزب الله في بيجي».
_PLACE_REACH = 40


def split_another(tokens: Sequence[Token], groups: dict[str, list[Mention]]) -> dict[str, list[Mention]]:
    """Cut each group where a noun is marked as another occurrence than the one its sentence named
    before it («وبعيد هذا التفجير الأول في مدينة سوروتش، استهدف هجوم آخر بسيارة مفخخة حاجزا ... في
    جنوب كوباني»، «بينما أعطبت غارة أخرى 4 أطقم ... وقتل 8 مسلحين»): that noun, its predicate right
    before it and every mention after it are the other one. Not the dead («وإصابة آخر»), and
    not before a naming mention («قتل ... في غارة أخرى»: the killing is that strike's)."""
    out: dict[str, list[Mention]] = {}
    for key, ms in groups.items():
        ms = sorted(ms, key=lambda m: m.first)
        piece, n = [ms[0]], 0
        for i, m in enumerate(ms[1:], 1):
            # (one phrase is marked once: «على اعتداء انتحاري آخر» marks the attack and its adjective)
            if _marked_another(tokens, m) and any(_names(o) for o in piece) \
                    and not (ms[i - 1].last == m.first - 1 and _marked_another(tokens, ms[i - 1])):
                cut = [o for o in piece if o is not piece[0] and _predicate_of(o, m)]
                if not cut and _ordinal(tokens, m):
                    piece.append(m)  # «3 غارات ... وغارة رابعة»: the first verb's count
                    continue
                stay = [o for o in piece if not any(o is c for c in cut)]
                out[key if n == 0 else f"{key}~{n}"] = stay
                piece, n = cut, n + 1
            piece.append(m)
        out[key if n == 0 else f"{key}~{n}"] = piece
    return out


def _marked_another(tokens: Sequence[Token], m: Mention) -> bool:
    """A noun of an occurrence followed by «آخر/أخرى/ثانية/ثالثة/مماثل», maybe after one adjective
    («غارات جوية أخرى»)."""
    if m.tense != "noun" or m.entry.form in CASUALTY_WORDS or m.entry.form in GENERIC_VERBS:
        return False
    k = m.last + 1
    if k < len(tokens) and ffold(tokens[k].norm) in MERGE_WORDS.occurrence_adjectives:
        k += 1
    if k >= len(tokens) or tokens[k].sent != tokens[m.last].sent or ffold(tokens[k].norm) not in MERGE_WORDS.another_here:
        return False
    if ffold(tokens[k].norm) == "اخر" and ffold(tokens[m.head].norm).endswith(("ه", "ات")):
        return False  # «آخر» does not agree with a feminine noun: «استعادة آخر أحياء المدينة», the last
    if k + 1 < len(tokens) and ffold(tokens[k + 1].norm) in MERGE_WORDS.another_not_before:
        return False
    return not _at_same_place(tokens, k + 1)


# How far after «أخرى» the place of the other one may be told as the same, in its clause («غارة أخرى
# 4 أطقم عسكرية للحوثيين وقتل 8 مسلحين وجرح 9 آخرين على متنها في الجبهة ذاتها»: 15 words).
_SAME_REACH = 16


def _at_same_place(tokens: Sequence[Token], k: int) -> bool:
    """Is the other one told at the same place, up to sixteen words on in its clause («وقتل 8
    مسلحين ... في الجبهة ذاتها»، «في ذات المدينة»)?"""
    for q in range(k, min(len(tokens), k + _SAME_REACH)):
        if tokens[q].sent != tokens[k - 1].sent or _clause_break(tokens, q - 1, q + 1):
            return False
        w, prev = ffold(tokens[q].norm), ffold(tokens[q - 1].norm)
        if (w in MERGE_WORDS.same_place and prev.startswith("ال")) or \
                (w in MERGE_WORDS.same_place_before and prev.lstrip("و") in ("في", "ب")):
            return True
    return False


def _ordinal(tokens: Sequence[Token], m: Mention) -> bool:
    """Is the noun marked by an ordinal («غارة ثالثة»، «تفجير ثان»), maybe after one adjective?"""
    k = m.last + 1
    if k < len(tokens) and ffold(tokens[k].norm) in MERGE_WORDS.occurrence_adjectives:
        k += 1
    return k < len(tokens) and ffold(tokens[k].norm) in MERGE_WORDS.another_ordinal


def _names(m: Mention) -> bool:
    """Does the mention name an occurrence (not only its dead, nor what it did)?"""
    return m.entry.form not in CASUALTY_WORDS and m.entry.form not in GENERIC_VERBS


def _predicate_of(o: Mention, m: Mention) -> bool:
    """Is ``o`` the verb of the noun ``m``: its support verb, or a verb right before it («استهدف
    هجوم آخر»، «فيما استهدفت غارة ثالثة»)?"""
    return o.tense != "noun" and (o.head == m.support or o.last == m.first - 1)


def split_by_place(tokens: Sequence[Token], groups: dict[str, list[Mention]],
                   place_at: dict[int, PlaceKey]) -> dict[str, list[Mention]]:
    """Cut each group where a new predicate is told at a place in conflict with (:func:`places_conflict`)
    the place of the first one, each place right after its mention («والهجوم المزدوج في مروة
    بشمال الكاميرون ... فيما لقي نحو 42 مصرعهم في تفجيرين ... في غومبيه بشمال شرقي نيجيريا»،
    «نفذ التحالف أربع غارات بالقرب من كوباني ... بينما ضربت أهداف مماثلة في ثلاث غارات أخرى بالقرب
    من الحسكة»): the later predicate and the mentions after it are another occurrence. A
    province and a place in it do not conflict, nor two places less than 50 km apart; a definite
    noun (a reference back), the dead named by a noun and what an act did («ضربة جوية ... استهدف
    وكرا في منطقة البوعيثة») never cut."""
    out: dict[str, list[Mention]] = {}
    for key, ms in groups.items():
        ms = sorted(ms, key=lambda m: m.first)
        piece: list[Mention] = []
        n, here = 0, None
        for i, m in enumerate(ms):
            p = _place_after(tokens, m, _next_act(ms, i, len(tokens)), place_at)
            if p is not None and here is not None and _new_predicate(m) and places_conflict(here[1], p[1]):
                # (the dead told after the first place, in the new act's clause, are its own: «عن مقتل
                # رجلي أمن وإصابة ثلاثة آخرين في انفجار عبوة ناسفة في مدينة العريش»; not those before
                # «فيما»: «اسفر عن مقتل 11 شخصا فيما لقي نحو 42 مصرعهم في تفجيرين»)
                moved = [o for o in piece if o.first > here[0] and o.entry.form in CASUALTY_WORDS
                         and not _clause_break(tokens, o.last, m.first)]
                out[key if n == 0 else f"{key}^{n}"] = [o for o in piece if not any(o is x for x in moved)]
                piece, n, here = moved, n + 1, None
            here = here or p  # the first one's place (its token, its key): any mention's
            piece.append(m)
        out[key if n == 0 else f"{key}^{n}"] = piece
    return out


def _clause_break(tokens: Sequence[Token], i: int, j: int) -> bool:
    """A comma or a clause word («فيما»، «بينما»، «كما») between two tokens."""
    return any(tokens[k].norm in ("،", ",", "؛", ";") or ffold(tokens[k].norm) in MERGE_WORDS.contrast
               for k in range(i + 1, j))


def _next_act(ms: list[Mention], i: int, stop: int) -> int:
    """Where the mention after ``ms[i]`` that may have a place of its own starts: not what the act
    did («في تفجيرين استهدفا محطتي حافلات في غومبيه»), nor the rest of its phrase («انفجار عبوة
    ناسفة في مدينة العريش»)."""
    end = ms[i].last
    for o in ms[i + 1:]:
        if o.entry.form in GENERIC_VERBS or o.first == end + 1:
            end = max(end, o.last)
            continue
        return o.first
    return stop


def _new_predicate(m: Mention) -> bool:
    """A verb, or an indefinite noun, that names an occurrence (the dead told by a verb count:
    «وفيما قتل 27 من كتائب حزب الله في بيجي»)."""
    if m.entry.form in GENERIC_VERBS:
        return False
    if m.tense == "noun":
        # (not a weak noun, a doer or a weapon: «وقتل 12 من عناصره بينهم ثلاثة انتحاريين»)
        return not m.definite and m.entry.form not in CASUALTY_WORDS and (m.entry.strong or m.support >= 0)
    return True


def _place_after(tokens: Sequence[Token], m: Mention, stop: int,
                 place_at: dict[int, PlaceKey]) -> tuple[int, PlaceKey] | None:
    """The first place below the country with coordinates starting within 40 characters after the
    mention, in its sentence and before ``stop`` (the next act's mention): its token and key."""
    end = tokens[m.last].end
    for k in range(m.last + 1, min(stop, len(tokens))):
        if tokens[k].sent != tokens[m.last].sent or tokens[k].start - end > _PLACE_REACH \
                or _clause_break(tokens, k - 1, k + 1):
            return None  # (nor past a comma: «انتحاريين، فضلا عن ضبط ورشة ... جنوبي تكريت»)
        p = place_at.get(k)
        if p is not None and p[1] != "country" and p[3] is not None and p[4] is not None:
            return k, p
    return None
