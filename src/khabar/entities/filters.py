"""Checks on candidate mentions of one sentence: tagger spans that are no names, country
names used as adjectives, and weak outlet names that their context confirms.

Language data: ``not_names.tsv`` (God, currencies, religions, institutions' common nouns),
``name_phrases.tsv`` (common phrases starting with a given name: «حسن الجوار»), the
nationality adjectives of the actor table; see ``khabar/data/entities/README.md``.
"""

from __future__ import annotations

from collections.abc import Container, Set
from typing import TYPE_CHECKING

from ..normalize import fold
from ..places.lexicon import NOT_AFTER
from .clitics import clitic_readings
from .tables import ActorTable, fold_word

if TYPE_CHECKING:
    from .mentions import Mention
    from .tables import Actor

__all__ = ["adjective_country", "brigades", "byline_person", "is_not_a_name", "lead_particles",
           "media_in_context", "quoted_outlet", "unknown_places", "word_after_its_noun"]

#: quotation marks around an outlet's name («"الوطن"», «لـ«اليوم»»)
QUOTES = frozenset("«»\"“”'‘’")
#: dashes around an outlet's name in a byline («ياسر العتيبي- سبق- الرياض»)
DASHES = frozenset("-–—")
#: nouns announcing an outlet's name (folded, without proclitics); khabar
MEDIA_NOUNS = frozenset(fold(w) for w in ("صحيفة", "جريدة", "قناة", "وكالة", "مجلة", "موقع", "إذاعة"))
#: «كل» ("every"): «كل منطقة» is followed by a predicate, not a name; khabar
EVERY = frozenset({"كل"})
#: nouns announcing a named military operation («عملية إعادة الأمل»); khabar
OPERATION_NOUNS = frozenset(fold(w) for w in ("عملية", "عمليات", "حملة"))


def _bare(word: str) -> set[str]:
    """The folded readings of a word without its proclitics («للجامعة» → «الجامعه»)."""
    return {head for _, _, head in clitic_readings(word)}


def is_not_a_name(m: Mention, words: list[str], table: ActorTable) -> bool:
    """A tagger span that names nothing under the gold rules (docs/annotation.md): a lone
    word of ``not_names.tsv`` («الله», «دولار»), a person span holding an institution's noun
    («وكيل الجامعة»), a MISC span starting with one («الدولار الأمريكي»), or a person span
    starting or ending with a given name that opens a common phrase («حسن الجوار»)."""
    toks = words[m.first:m.last + 1]
    if m.first == m.last and (_bare(toks[0]) & table.not_names or _bare(toks[0]) & table.common):
        # a lone common noun, also with a preposition («بمحافظة», «بالمحافظة»)
        return True
    if m.type == "PER" and any(_bare(w) & table.institutions for w in toks):
        return True
    if m.type == "MISC" and _bare(toks[0]) & table.not_names:
        return True
    if m.type == "PER":
        for j in (m.first, m.last):
            if j + 1 < len(words) and any((h, fold_word(words[j + 1])) in table.phrases for h in _bare(words[j])):
                return True
    return False


def adjective_country(m: Mention, words: list[str], table: ActorTable, starts: set[int]) -> bool:
    """A one-word country name that is also a nationality adjective («السعودية») right
    after a definite noun that no other mention starts with is the adjective («الطفلة
    السعودية», «القوات السعودية»), not the country."""
    if m.type != "LOC" or m.first != m.last or m.first == 0 or m.skip:
        return False
    if fold_word(words[m.first]) not in table.nationalities:
        return False
    prev = words[m.first - 1]
    if m.first - 1 in starts:
        return False
    return any(h.startswith("ال") and len(h) > 3 and h not in table.place_nouns for h in _bare(prev))


def word_after_its_noun(m: Mention, words: list[str]) -> bool:
    """A one-word place name that the places layer reads as an ordinary word after the word
    before it (``places.lexicon.NOT_AFTER``: «مبلغ مالي» financial, not Mali; «الظروف
    القاهرة»; «عاصفة الحزم»): no LOC entity either, so that both layers agree."""
    if m.type != "LOC" or m.first != m.last or m.first == 0:
        return False
    after = NOT_AFTER.get(fold_word(words[m.first]))
    return bool(after and _bare(words[m.first - 1]) & after)


def media_in_context(d: Mention, words: list[str]) -> bool:
    """A weak outlet name («الوطن», «اليوم», «الوئام») counts without the tagger when it
    stands between quotation marks («لـ"الوطن"») or dashes (a byline: «- سبق -»), or
    right after a noun announcing an outlet («صحيفة الوئام», «لصحيفة اليوم»); a weak
    operation's name («إعادة الأمل», "restoring hope") right after «عملية»."""
    if d.actor is None or d.actor.subtype not in ("media", "event"):
        return False
    before = words[d.first - 1] if d.first > 0 else ""
    after = words[d.last + 1] if d.last + 1 < len(words) else ""
    if d.actor.subtype == "event":
        return d.skip == 0 and bool(_bare(before) & OPERATION_NOUNS)
    if (before in QUOTES and after in QUOTES) or (before in DASHES and after in DASHES):
        return True
    return d.skip == 0 and bool(_bare(before) & MEDIA_NOUNS)


#: words standing for the outlet after a byline's dash («أميرة المولد – متابعات»); khabar
BYLINE_SOURCES = frozenset({"متابعات", "وكالات", "خاص"})


def byline_person(words: list[str], mentions: list[Mention], given: Set[str]) -> tuple[int, int] | None:
    """The journalist of a byline opening an article: two or three words starting with a
    given name, a dash, then an outlet or «متابعات» («أميرة المولد – عين اليوم»): token
    range or None."""
    for k in (2, 3):
        if len(words) <= k + 1 or words[k] not in DASHES or fold_word(words[0]) not in given:
            continue
        outlet = next((m for m in mentions if m.first == k + 1), None)
        if words[k + 1] in BYLINE_SOURCES:
            pass
        elif outlet is None or outlet.actor is None or outlet.actor.subtype != "media":
            continue
        if any(m.first < k for m in mentions) or not all(w.isalpha() for w in words[:k]):
            continue
        return 0, k - 1
    return None


def unknown_places(words: list[str], tags: list[str], taken: set[int], table: ActorTable,
                   vocab: Container[str]) -> list[int]:
    """Token indices of place names no table and no tagger knows, right after a noun that
    announces one («مديرية القفر», «منطقة الرضمة», «قرية العطرية», «جبهة ماس»;
    ``place_name_heads.tsv``): a free, untagged, Arabic word of at least three letters
    that the tagger's word-cluster vocabulary (``vocab``: the ~30,000 commonest words of
    its training text) does not hold — on SaudiNewsNet 2015 about four in five such words
    after these nouns are names, against one in three of the known ones («منطقة الدم»,
    «منطقة تلقى») — and that is no listed common word (``not_place_names.tsv``, the
    trigger words, ``not_names.tsv``), no nationality adjective, no indefinite feminine
    adjective («منطقة آمنة»), no word with a conjunction («وستتعامل») or an object
    pronoun («تعتبرها»), and not after «كل» («كل منطقة لها»)."""
    out: list[int] = []
    for j in range(1, len(words)):
        w = words[j]
        if j in taken or j - 1 in taken or tags[j] != "O" or len(w) < 3 or not w.isalpha() or w in vocab:
            continue
        if not _bare(words[j - 1]) & table.name_heads or (j > 1 and _bare(words[j - 2]) & EVERY):
            continue
        if w[0] == "و" or w.endswith(("ها", "هم")):
            continue
        f = fold_word(w)
        if f in table.not_places or f in table.common or f in table.not_names or f in table.nationalities:
            continue
        if not f.startswith("ال") and f.endswith("ه"):
            continue
        out.append(j)
    return out


#: «اللواء» / «لواء» (folded): a brigade before its number, a rank before a name; khabar
BRIGADE = frozenset(fold(w) for w in ("اللواء", "لواء"))


def brigades(words: list[str], taken: set[int], table: ActorTable) -> list[tuple[int, int, int]]:
    """Numbered brigades («اللواء 35 مدرع», «لواء 15 ميكا»): «اللواء» + a number (+ its arm,
    ``unit_types.tsv``) is an ORG, not the rank «اللواء». ``(first, last, skip)`` with the
    proclitic characters left out of the span («واللواء»)."""
    out: list[tuple[int, int, int]] = []
    for j in range(len(words) - 1):
        if j in taken or j + 1 in taken or not words[j + 1].isdigit():
            continue
        for _, skip, head in clitic_readings(words[j]):
            if head in BRIGADE:
                last = j + 2 if j + 2 < len(words) and fold_word(words[j + 2]) in table.unit_types else j + 1
                out.append((j, last, skip))
                break
    return out


#: the preposition before an outlet a statement was made to («قال لـ«الرياض»»)
TO = frozenset({"ل", "لـ"})
#: the folded noun the table's outlet names start with («صحيفة الرياض»)
PAPER = fold("صحيفة")


def quoted_outlet(words: list[str], first: int, last: int, table: ActorTable) -> Actor | None:
    """The outlet a quoted name after «لـ» stands for («قال لـ«الرياض»», «لـ"المدينة"»:
    the newspapers, not the cities), when the table has «صحيفة» + that name."""
    if first < 2 or last + 1 >= len(words) or words[first - 1] not in QUOTES or words[last + 1] not in QUOTES:
        return None
    if words[first - 2] not in TO:
        return None
    hit = table.lookup((PAPER, *(fold_word(w) for w in words[first:last + 1])))
    return hit[0] if hit is not None and hit[0].subtype == "media" else None


#: particles and auxiliaries a tagged span must not start with («فإن المطيري»), folded; khabar
PARTICLES_BEFORE = frozenset(fold(w) for w in ("إن", "أن", "لأن", "بأن", "كان", "قد", "لقد", "ما", "لا", "لم", "لن"))


def lead_particles(m: Mention, words: list[str]) -> int:
    """How many tokens at the start of a tagged span are particles («فإن المطيري» → 1)."""
    k = 0
    while m.first + k < m.last and _bare(words[m.first + k]) & PARTICLES_BEFORE:
        k += 1
    return k
