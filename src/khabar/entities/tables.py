"""The actor table (``khabar/data/entities/actors.tsv``, ``countries.tsv``, ``cities.tsv``) and the
other language data the entities step uses, loaded lazily once per process.

Every name is indexed by its folded tokens (:func:`khabar.normalize.fold` of each khabar
token), so «الإمارات» and «الامارات», «قسد» and «(قسد)» land on the same entry.
"""

from __future__ import annotations

import csv
import threading
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from ..normalize import fold, normalize_text
from ..segment import tokenize
from .clitics import clitic_readings

__all__ = ["Actor", "ActorTable", "DATA", "fold_word", "get_table", "head_subtypes", "person_name_fixes", "person_names",
           "title_subtypes"]

DATA = Path(__file__).resolve().parent.parent / "data" / "entities"


#: :func:`khabar.normalize.fold` of one token, cached across articles (bounded: word types
#: of news follow Zipf's law, so a few hundred thousand cover nearly every token)
fold_word = lru_cache(maxsize=1 << 18)(fold)


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def name_key(name: str) -> tuple[str, ...]:
    """The folded khabar tokens of a name (the index key)."""
    return tuple(fold(t) for t, _, _ in tokenize(normalize_text(name)))


def abd_forms(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Other spellings of a name's key with «عبد» compounds: Saudi and Gulf papers write
    «عبدالله», «عبدالعزيز» as one word where the table has «عبد الله» (and the reverse), so
    both are indexed."""
    out: list[tuple[str, ...]] = []
    joined: list[str] = []
    i = 0
    while i < len(key):
        if key[i] == "عبد" and i + 1 < len(key):
            joined.append("عبد" + key[i + 1])
            i += 2
        else:
            joined.append(key[i])
            i += 1
    if len(joined) < len(key):
        out.append(tuple(joined))
    split: list[str] = []
    for w in key:
        if w.startswith("عبد") and len(w) > 5:
            split.extend(("عبد", w[3:]))
        else:
            split.append(w)
    if len(split) > len(key):
        out.append(tuple(split))
    return out


@dataclass(frozen=True, slots=True)
class Actor:
    """One row of the table. ``canonical`` is the folded key of its main Arabic name."""

    arabic: str
    name_en: str
    type: str
    subtype: str | None
    code: str | None
    source: str
    canonical: str


#: the most words :meth:`ActorTable.may_start` remembers (bools: ~100 bytes a word)
_STARTS_LIMIT = 200_000


@dataclass
class ActorTable:
    #: folded token tuple -> (actor, weak): weak names need the tagger's agreement
    names: dict[tuple[str, ...], tuple[Actor, bool]]
    max_len: int
    #: actor canonical -> first words of its names (folded, without ال): «تنظيم», «حركه»
    heads: dict[str, set[str]]
    #: actor canonical -> the index keys of all its names
    keys_of: dict[str, list[tuple[str, ...]]]
    #: folded nationality adjective («المصريه», «الامريكي») -> the country's English name
    nationalities: dict[str, str]
    #: folded common nouns that are never a name alone (trigger words: «المدينه», «الوزاره»)
    common: set[str]
    #: folded descriptive nouns before a group's name («ميليشيات», «عناصر»)
    descriptors: set[str]
    #: folded heads of place and organisation names («ولايه», «وزاره»): never inside a person
    place_heads: set[str]
    #: folded first token -> the most tokens of a name starting with it (one dict lookup
    #: per token decides whether any name can start there, and how long to try)
    first_max: dict[str, int] = field(default_factory=dict)
    #: folded nouns announcing a place name after them («محافظه», «مديريه»; place_nouns.tsv)
    place_nouns: frozenset[str] = frozenset()
    #: folded common noun -> (English name, type, subtype) of a body that a nationality
    #: adjective after it makes a country's own («السفاره» + «الامريكيه»; generic_bodies.tsv)
    generic: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    #: index keys of the names that are also common words (ambiguous.tsv)
    ambiguous: frozenset[tuple[str, ...]] = frozenset()
    #: English country name -> the country's row (countries.tsv): the actor a nationality
    #: adjective stands for
    countries: dict[str, Actor] = field(default_factory=dict)
    #: folded state nouns («جمهوريه», «سلطنه») -> True when the definite form + a
    #: nationality adjective names the country («الجمهوريه اليمنيه»; state_nouns.tsv)
    state_nouns: dict[str, bool] = field(default_factory=dict)
    #: folded nouns naming a country's body before the country's name («حكومه اليمن»):
    #: noun -> (English name, type, subtype) (construct_bodies.tsv)
    construct: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    #: folded words that are never a name alone (not_names.tsv)
    not_names: frozenset[str] = frozenset()
    #: folded institution nouns that no person's name holds («الجامعه»; not_names.tsv)
    institutions: frozenset[str] = frozenset()
    #: folded (given name, next word) pairs that are common phrases (name_phrases.tsv)
    phrases: frozenset[tuple[str, str]] = frozenset()
    #: folded nouns after which an unknown word is a place's name (place_name_heads.tsv)
    name_heads: frozenset[str] = frozenset()
    #: folded common words found after those nouns (not_place_names.tsv)
    not_places: frozenset[str] = frozenset()
    #: folded arms of a numbered brigade («مدرع», «مشاة»; unit_types.tsv)
    unit_types: frozenset[str] = frozenset()
    #: (actor canonical, folded word) -> the companion actor the word names after «و»
    #: («الحوثي وصالح»; companions.tsv)
    companions: dict[tuple[str, str], Actor] = field(default_factory=dict)
    #: word (as written, normalised) -> whether a name of the table may start with one of
    #: its clitic readings (see :meth:`may_start`; filled as words come, bounded)
    starts_memo: dict[str, bool] = field(default_factory=dict, repr=False, compare=False)

    def may_start(self, word: str) -> bool:
        """A name of the table may start at ``word``: one of its clitic readings' folded
        forms starts a name (:attr:`first_max`). Most words of a sentence start none; the
        answer is cached per word (at most ``_STARTS_LIMIT`` words)."""
        got = self.starts_memo.get(word)
        if got is None:
            got = any(head in self.first_max for _, _, head in clitic_readings(word))
            if len(self.starts_memo) < _STARTS_LIMIT:
                self.starts_memo[word] = got
        return got

    def __post_init__(self) -> None:
        if not self.first_max:
            for key in self.names:
                if len(key) > self.first_max.get(key[0], 0):
                    self.first_max[key[0]] = len(key)

    @classmethod
    def load(cls, data: Path = DATA) -> ActorTable:
        ambiguous = {name_key(r["name"]) for r in _rows(data / "ambiguous.tsv")}
        trig = [ln.split("\t") for ln in (data / "triggers.tsv").read_text(encoding="utf-8").splitlines()
                if ln and not ln.startswith("#")]
        common = {fold(w) for w, _ in trig}
        place_heads = {fold(w) for w, cls in trig if cls in ("LOC", "ORG") and len(w) > 3}
        names: dict[tuple[str, ...], tuple[Actor, bool]] = {}
        heads: dict[str, set[str]] = {}
        keys_of: dict[str, list[tuple[str, ...]]] = {}
        countries: dict[str, Actor] = {}
        for fname in ("actors.tsv", "countries.tsv", "cities.tsv"):
            all_weak = fname == "cities.tsv"  # city names only name what the tagger found
            for r in _rows(data / fname):
                actor = Actor(r["arabic"], r["name_en"], r["type"], r["subtype"] or None,
                              r["code"] or None, r["source"], fold(r["arabic"]))
                if fname == "countries.tsv":
                    countries.setdefault(r["name_en"], actor)
                for name in [r["arabic"], *[v for v in r["variants"].split("|") if v]]:
                    main = name_key(name)
                    if len(main) > 1:
                        h = main[0][2:] if main[0].startswith("ال") else main[0]
                        heads.setdefault(actor.canonical, set()).add(h)
                    for key in (main, *abd_forms(main)):
                        if not key or key in names:  # first row wins (actors before countries)
                            continue
                        if len(key) == 1 and key[0] in common:  # «المدينة» (Medina) is «the city»
                            continue
                        # a listed common word (الحياة، فتح، قنا) is weak; so is a 1-letter token
                        weak = all_weak or main in ambiguous or (len(key) == 1 and len(key[0]) <= 2)
                        names[key] = (actor, weak)
                        keys_of.setdefault(actor.canonical, []).append(key)
        companions: dict[tuple[str, str], Actor] = {}
        for r in _rows(data / "companions.tsv"):
            first, companion = names.get(name_key(r["first"])), names.get(name_key(r["companion"]))
            if first is None or companion is None:
                raise ValueError(f"companions.tsv: {r['first']} or {r['companion']} is not in the actor table")
            companions[(first[0].canonical, fold(r["word"]))] = companion[0]
        descriptors = {fold(r["word"]) for r in _rows(data / "descriptors.tsv")}
        place_nouns = frozenset(fold(r["word"]) for r in _rows(data / "place_nouns.tsv"))
        not_names = _rows(data / "not_names.tsv")
        return cls(names, max(len(k) for k in names), heads, keys_of, _nationalities(data),
                   common, descriptors, place_heads, place_nouns=place_nouns,
                   generic={fold(r["word"]): (r["name_en"], r["type"], r["subtype"])
                            for r in _rows(data / "generic_bodies.tsv")},
                   ambiguous=frozenset(ambiguous), countries=countries,
                   state_nouns={fold(r["word"]): r["with_adjective"] == "1"
                                for r in _rows(data / "state_nouns.tsv")},
                   construct={fold(r["word"]): (r["name_en"], r["type"], r["subtype"])
                              for r in _rows(data / "construct_bodies.tsv")},
                   not_names=frozenset(fold(r["word"]) for r in not_names),
                   institutions=frozenset(fold(r["word"]) for r in not_names if r["institution"] == "1"),
                   phrases=frozenset((fold(r["first"]), fold(r["second"]))
                                     for r in _rows(data / "name_phrases.tsv")),
                   name_heads=frozenset(fold(r["word"]) for r in _rows(data / "place_name_heads.tsv")),
                   not_places=frozenset(fold(r["word"]) for r in _rows(data / "not_place_names.tsv")),
                   unit_types=frozenset(fold(r["word"]) for r in _rows(data / "unit_types.tsv")),
                   companions=companions)

    def lookup(self, key: tuple[str, ...]) -> tuple[Actor, bool] | None:
        return self.names.get(key)


def _nationalities(data: Path) -> dict[str, str]:
    """Nationality adjectives derived from one-word country names: drop ال and a final
    ا/ة/ي, add ي or ية, put ال back (مصر → المصري، المصرية; سوريا → السوري; العراق →
    العراقي). Adjectives that differ from the rule come from ``nationalities.tsv``."""
    out: dict[str, str] = {}
    for r in _rows(data / "countries.tsv"):
        for name in [r["arabic"], *[v for v in r["variants"].split("|") if v]]:
            key = name_key(name)
            if len(key) != 1:
                continue
            stem = key[0][2:] if key[0].startswith("ال") else key[0]
            while len(stem) > 3 and stem[-1] in "اهي":
                stem = stem[:-1]
            if len(stem) >= 3:
                for adj in ("ال" + stem + "ي", "ال" + stem + "يه"):
                    out.setdefault(adj, r["name_en"])
    for r in _rows(data / "nationalities.tsv"):
        out[fold(r["adjective"])] = r["name_en"]
    return out


_LOCK = threading.Lock()
_TABLE: list[ActorTable] = []


def get_table() -> ActorTable:
    """The process's actor table, loaded on first use."""
    if not _TABLE:
        with _LOCK:
            if not _TABLE:
                _TABLE.append(ActorTable.load())
    return _TABLE[0]


@cache
def head_subtypes() -> dict[str, tuple[str, str]]:
    """First word of a name → (type, subtype): «وزارة» → ORG government."""
    return {fold(r["word"]): (r["type"], r["subtype"]) for r in _rows(DATA / "head_subtypes.tsv")}


@cache
def title_subtypes() -> dict[str, str]:
    """Title before a person's name → subtype: «الرئيس» → politician."""
    return {fold(r["word"]): r["subtype"] for r in _rows(DATA / "titles.tsv")}


@cache
def person_names() -> dict[str, str]:
    """Folded Arabic name unit (one or two words) → its commonest Latin spelling."""
    return {fold(r["arabic"]): r["latin"] for r in _rows(DATA / "person_names.tsv")}


@cache
def person_name_fixes() -> dict[str, str]:
    """Folded name unit → the spelling that replaces the table's where it reads wrong
    (``person_name_fixes.tsv``: «بن» → bin)."""
    return {fold(r["arabic"]): r["latin"] for r in _rows(DATA / "person_name_fixes.tsv")}
