"""The packaged place index: loading and lookup.

``src/khabar/data/places/gazetteer.tsv.gz`` (built by ``scripts/build_gazetteer.py`` from Who's
On First, GeoNames, CLDR and hand tables; see ``SOURCES.md`` there) is read once per process,
on first use, into a dict from a :func:`khabar.normalize.fold`-ed Arabic name to the places
that bear it. Nothing at run time reads ``../shared/data``.
"""

from __future__ import annotations

import gzip
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import ModelError
from ..normalize import fold

__all__ = ["Gazetteer", "PlaceEntry", "distance_km", "gazetteer", "load_gazetteer"]

@dataclass(frozen=True, slots=True)
class PlaceEntry:
    """One place of the index."""

    pid: str  # wof:<id>, gn:<geonameid>, cc:<ISO-2>, hand:<row>
    country: str | None
    precision: str
    lat: float
    lon: float
    population: int
    name_en: str
    source: str  # wof | geonames | cldr+geonames | hand
    bbox: tuple[float, float, float, float] | None = None  # countries: (s, w, n, e)
    #: countries: the median point of the third of their towns farthest each way
    #: ("n", "ne", ...), for «شمال البلاد»
    directions: tuple[tuple[str, float, float], ...] = ()


class Gazetteer:
    """Places by folded Arabic name.

    ``first_words`` maps the first word of every name to the most words a name starting with
    it has (so a scan tries only the lengths that can match); ``common`` holds the names that
    are mostly ordinary words in news (built from ANERcorp's tags; see the build script);
    ``known`` the hand-listed names that are places whatever their size (``notcommon.txt``)."""

    def __init__(self, entries: dict[str, list[PlaceEntry]], common: frozenset[str] = frozenset(),
                 known: frozenset[str] = frozenset()) -> None:
        self.by_key = entries
        self.common = common
        self.known = known
        self.first_words: dict[str, int] = {}
        for k in entries:
            words = k.split(" ")
            if len(words) > self.first_words.get(words[0], 0):
                self.first_words[words[0]] = len(words)
        self.max_words = max(self.first_words.values(), default=1)
        #: memo of ``mentions.name_starts``: a folded word -> its readings that start a name
        self.starts_of: dict[str, tuple[tuple[int, str, int], ...]] = {}
        self.countries: dict[str, PlaceEntry] = {}
        self.capitals: dict[str, PlaceEntry] = {}
        self.keys_of: dict[str, list[str]] = {}
        for key, cands in entries.items():
            for p in cands:
                self.keys_of.setdefault(p.pid, []).append(key)
                if p.precision == "country" and p.pid.startswith("cc:") and p.country:
                    self.countries[p.country] = p
                elif p.source.endswith("+capital") and p.country:
                    old = self.capitals.get(p.country)
                    if old is None or (p.population, p.pid) > (old.population, old.pid):
                        self.capitals[p.country] = p

    def lookup(self, name: str) -> list[PlaceEntry]:
        """Places named ``name`` (any spelling; folded here)."""
        return self.by_key.get(fold(name), [])

    def get(self, key: str) -> list[PlaceEntry]:
        """Places for an already folded key."""
        return self.by_key.get(key, [])

    def __contains__(self, key: str) -> bool:
        return key in self.by_key

    def __len__(self) -> int:
        return len(self.by_key)


def _parse(lines: list[str]) -> tuple[dict[str, list[PlaceEntry]], frozenset[str], frozenset[str]]:
    out: dict[str, list[PlaceEntry]] = {}
    common: frozenset[str] = frozenset()
    known: frozenset[str] = frozenset()
    for line in lines:
        if line.startswith("#common\t"):
            common = frozenset(line.split("\t", 1)[1].split("|"))
            continue
        if line.startswith("#known\t"):
            known = frozenset(line.split("\t", 1)[1].split("|"))
            continue
        if not line or line.startswith("#"):
            continue
        f = line.split("\t")
        bbox = None
        dirs: list[tuple[str, float, float]] = []
        if len(f) > 9 and f[9]:
            box, *points = f[9].split(";")
            s, w, n, e = (float(v) for v in box.split(","))
            bbox = (s, w, n, e)
            for pt in points:
                name, _, ll = pt.partition(":")
                la, lo = ll.split(",")
                dirs.append((name, float(la), float(lo)))
        entry = PlaceEntry(
            pid=f[0],
            country=f[1] if f[1] not in ("", "-") else None,
            precision=f[2],
            lat=float(f[3]),
            lon=float(f[4]),
            population=int(f[5]),
            name_en=f[6],
            source=f[7],
            bbox=bbox,
            directions=tuple(dirs),
        )
        for key in f[8].split("|"):
            out.setdefault(key, []).append(entry)
    return out, common, known


def load_gazetteer(path: Path | None = None) -> Gazetteer:
    """Read an index file (default: the packaged one)."""
    try:
        if path is None:
            data = resources.files("khabar").joinpath("data", "places", "gazetteer.tsv.gz").read_bytes()
        else:
            data = path.read_bytes()
        text = gzip.decompress(data).decode("utf-8")
    except (OSError, EOFError) as exc:
        raise ModelError(
            f"cannot read the place index ({exc}); rebuild it with "
            "`python scripts/build_gazetteer.py` or reinstall khabar"
        ) from exc
    entries, common, known = _parse(text.split("\n"))
    return Gazetteer(entries, common, known)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The packaged index, loaded once per process on first use."""
    return load_gazetteer()


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius 6371 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))
