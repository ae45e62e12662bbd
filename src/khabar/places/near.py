"""Where to put a place the index does not know: near the places the article names.

An unknown named place in a news story is, far more often than not, a small place of the
city or region the story is about (``khabar.places.unknown``, ``khabar.places.local``). On
the pooled development parts and the gold tuning split (session 4), the rule below put 90
of the 98 unknown places it matched within 50 km of the annotated point; the article's
first place, its most-named place or the nearest governorate named would have put 35 to 37
there, the nearest place named in either direction 73.

A name followed by the country it lies in («مدينة ليبزيغ الألمانية»، «قرية كارابوتاك في
كازاخستان») is put in that country (session 14, places-14a): at a town of that country named
in its sentence, else at the country's point, when the places around it lie elsewhere or
nowhere (``named_country``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from ..document import Doc
from ..normalize import fold
from ..schema import Place, PlacePrecision, Span
from ..segment import Token
from .index import gazetteer
from .lexicon import NISBA, ORG_HEADS, PLACE_CUES, THE_COUNTRY, fold_all

__all__ = ["Mention", "Sentence", "anchor", "covered_tokens", "named_country", "place_near",
           "placed_at", "sentence_of"]

Mention = tuple[int, int, Place]  # (start, end) of one mention of a place record
_CONTAINER_CHARS = 15


class Sentence(tuple[int, int]):
    """``(start, end)`` of a sentence that also carries its article's text (``sentence_of``),
    so that ``place_near`` can read the words right after a name."""

    text: str = ""

    def __new__(cls, start: int, end: int, text: str = "") -> Sentence:
        obj = super().__new__(cls, (start, end))
        obj.text = text
        return obj


def anchor(mentions: list[Mention], start: int, end: int, sent: tuple[int, int],
            follow: AbstractSet[int] = frozenset(),
            refs: AbstractSet[tuple[int, int]] = frozenset()) -> Place | None:
    """``place_near`` among the mentions that are no reference point of a distance («على
    بعد 650 كيلومترا جنوبي العاصمة بكين»), else among all."""
    if refs:
        found = place_near([m for m in mentions if (m[0], m[1]) not in refs], start, end, sent, follow)
        if found is not None:
            return found
    return place_near(mentions, start, end, sent, follow)


def place_near(mentions: list[Mention], start: int, end: int, sent: tuple[int, int],
                follow: AbstractSet[int] = frozenset()) -> Place | None:
    """The place to put an unknown one at: the country named right after it when the place
    found below lies in another country or none is found (``named_country``), else that
    place."""
    found = _nearest(mentions, start, end, sent, follow)
    cc = named_country(getattr(sent, "text", ""), start, end, sent[1])
    if cc is None or (found is not None and found.country == cc):
        return found
    return _in_country(mentions, cc, end, sent) or found


def _nearest(mentions: list[Mention], start: int, end: int, sent: tuple[int, int],
             follow: AbstractSet[int] = frozenset()) -> Place | None:
    """A direction from a town right after it («جبهة المخدرة شمال غربي مأرب»: records whose
    id is in ``follow``, starting within 25 characters), else the nearest mentioned in its
    sentence («مسرح باتاكلان في باريس»), else the nearest before it, else after it
    (countries and regions excluded)."""
    right = [m for m in mentions if id(m[2]) in follow and 0 <= m[0] - end <= 25]
    if right:
        return min(right, key=lambda m: m[0])[2]
    near = [m for m in mentions if m[2].precision not in ("country", "region") and m[2].lat is not None]
    # «منطقة «معبر» بمحافظة ذمار»، «معسكر مرة في شبوة»: a place starting right after it
    # (within ``_CONTAINER_CHARS``) is most often the one it lies in
    # (a region too: «حقلي شاعر وجزل بريف حمص الشرقي»)
    close = [m for m in mentions if m[2].precision != "country" and m[2].lat is not None
             and 0 <= m[0] - end <= _CONTAINER_CHARS and sent[0] <= m[0] < sent[1]]
    if close:
        return min(close, key=lambda m: m[0])[2]
    same = [m for m in near if sent[0] <= m[0] and m[1] <= sent[1]]
    if not same:  # «حقلي شاعر وجزل بريف حمص الشرقي»: a region of its sentence will do
        same = [m for m in mentions if m[2].precision == "region" and m[2].lat is not None
                and sent[0] <= m[0] and m[1] <= sent[1]]
    if same:
        return min(same, key=lambda m: min(abs(m[0] - end), abs(start - m[1])))[2]
    before = [m for m in near if m[1] <= start]
    after = [m for m in near if m[0] >= end]
    if before:
        return max(before, key=lambda m: m[1])[2]
    return min(after, key=lambda m: m[0])[2] if after else None


#: «قرية كارابوتاك في كازاخستان»: the prepositions before a country a place lies in
_IN_WORDS = frozenset({fold("في"), fold("داخل")})
_PUNCT = "،,.:؛;\"'«»()[]!?؟"
#: «سفارة عمانية»، «السفارة العمانية»، «الحكومة السورية»: a thing of a country, anywhere (the
#: adjective of a name whose first word is definite, or one of these heads, is no location)
_OWNED = ORG_HEADS | fold_all("سفارة قنصلية ممثلية بعثة جالية حكومة")
#: «بحر السودانية»، «منطقة السودانية» (a Gaza shore): a place named by an adjective, after a
#: cue or one of these nouns (places-14a's sample 14102)
_BEFORE_NISBA_NAMES = fold_all("بحر شاطئ ساحل شارع نهج جبل وادي سوق")


def _country_named(words: list[str]) -> str | None:
    """The country code of a country's name at the start of ``words`` («إثيوبيا»، «المملكة
    المتحدة»), else None; «البلاد»، «القطر»، «المملكة» alone are the article's own country,
    which the places around the name already tell."""
    keys = [fold(" ".join(words[:2]).strip(_PUNCT)), fold(words[0].strip(_PUNCT))] if words else []
    for key in keys[:1] if len(words) > 1 else []:
        found = next((c.country for c in gazetteer().get(key) if c.precision == "country"), None)
        if found:
            return found
    if not keys or keys[-1] in THE_COUNTRY:
        return None
    return next((c.country for c in gazetteer().get(keys[-1]) if c.precision == "country"), None)


def named_country(text: str, start: int, end: int, limit: int) -> str | None:
    """The country a name (``text[start:end]``) is said to lie in by the words right after
    it, before ``limit``: its feminine adjective («مدينة ليبزيغ الألمانية»; also as the
    name's last word, where a cued name took it in: «بلدة ليبزيغ الألمانية»), or «في»/«ب»
    and its name («قرية كارابوتاك في كازاخستان»، «بإثيوبيا»). Not a bare name or one written
    with «و» (a list: «الهند والنيبال وباكستان»; «بريتيش كولومبيا»), nor a masculine adjective
    («ملعب السوبر السعودي» is the Saudi cup's)."""
    name = [fold(w) for w in text[start:end].split()]
    if len(name) > 1 and name[-1] in NISBA and not name[0].startswith("ال") and name[0] not in _OWNED \
            and name[-2] not in PLACE_CUES and name[-2] not in _BEFORE_NISBA_NAMES:
        return NISBA[name[-1]]
    if not text or end >= len(text) or text[end] != " ":
        return None
    words = text[end:min(limit, end + 40)].split()[:3]
    if not words:
        return None
    first = fold(words[0].strip(_PUNCT))
    if first in NISBA:
        # «مثلث الحدود المصرية والليبية والسودانية»: several countries' adjectives, none
        after = fold(words[1].strip(_PUNCT)) if len(words) > 1 else ""
        return None if after.startswith("و") and after[1:] in NISBA else NISBA[first]
    if first in _IN_WORDS:
        return _country_named(words[1:])
    return _country_named([words[0][1:], *words[1:]]) if first.startswith("ب") else None


def _in_country(mentions: list[Mention], cc: str, end: int, sent: tuple[int, int]) -> Place | None:
    """Where to put a place said to lie in the country ``cc``: the nearest town of that
    country named in its sentence, else the country's record, else its point in the index."""
    towns = [m for m in mentions if m[2].country == cc and m[2].lat is not None
             and m[2].precision not in ("country", "region") and sent[0] <= m[0] < sent[1]]
    if towns:
        return min(towns, key=lambda m: abs(m[0] - end))[2]
    named = [m[2] for m in mentions if m[2].country == cc and m[2].precision == "country"
             and m[2].lat is not None]
    if named:
        return named[0]
    c = gazetteer().countries.get(cc)
    if c is None:
        return None
    return Place(id="", text="", start=end, end=end, name_en=c.name_en or None, lat=c.lat, lon=c.lon,
                 country=cc, precision="country")


def sentence_of(doc: Doc, start: int) -> Sentence:
    """``(start, end)`` of the sentence holding the character ``start`` (with the text)."""
    for s in doc.sentences:
        if s.start <= start < s.end:
            return Sentence(s.start, s.end, doc.article.text)
    return Sentence(start, start, doc.article.text)


def covered_tokens(toks: Sequence[Token], records: list[Mention]) -> set[int]:
    """Indices of the tokens that overlap a mention of ``records`` (tokens are sorted by
    offset: two bisections per mention)."""
    starts = [t.start for t in toks]
    ends = [t.end for t in toks]
    out: set[int] = set()
    for s, e, _ in records:
        out.update(range(bisect_right(ends, s), bisect_left(starts, e)))
    return out


def placed_at(span: Span, at: Place, precision: PlacePrecision, entity: str | None = None) -> Place:
    """The record of a place the index does not know, named by ``span``, at the point and in
    the country of the place ``at`` that locates it (no English name: no source has one)."""
    return Place(id="", text=span.text, start=span.start, end=span.end, entity=entity,
                 lat=at.lat, lon=at.lon, country=at.country, precision=precision)
