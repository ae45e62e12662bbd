"""The events step's language data: the trigger lexicon and the context word classes.

Both live in ``khabar/data/events/`` as TSV files (sources and licence in their headers) and
load once per process on first use (:func:`lexicon`), never at import time.

Matching is clitic-aware without a morphological analyser:

1. every word is folded (:func:`khabar.normalize.fold`: alef/hamza forms, ة→ه, ى→ي);
2. a verb row (``pos v``) is expanded into its past forms (قصف، قصفت، قصفوا، قصفا، قصفن...)
   and present forms (يقصف، تقصف، يقصفون...), the present stem dropping the leading ا of
   derived forms (اعتقل → يعتقل, اطلق → يطلق);
3. a token is looked up under each of its readings (:func:`readings`): conjunction و/ف,
   then ب/ك/ل and the article (nouns) or the future ``س``/purpose ``ل`` (verbs), then an
   attached pronoun (قتلهم، نفذها).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from ..normalize import fold
from ..schema import EVENT_SUBTYPES
from .morphology import noun_inflections, participles, past_paradigm, verbal_nouns

__all__ = ["SUBTYPE_TYPE", "TERRITORY_SUBTYPES", "Entry", "Lexicon", "ffold", "lexicon", "present_stem", "readings"]


@functools.lru_cache(maxsize=200_000)
def ffold(s: str) -> str:
    """:func:`khabar.normalize.fold`, memoised: the events step folds the same words often."""
    return fold(s)

#: Each subtype belongs to one ACLED top-level type (khabar's additions to strategic
#: developments). docs/events.md documents the table.
SUBTYPE_TYPE: dict[str, str] = {
    "armed_clash": "battles",
    "government_regains_territory": "battles",
    "non_state_actor_overtakes_territory": "battles",
    "air_drone_strike": "explosions_remote_violence",
    "suicide_bomb": "explosions_remote_violence",
    "shelling_artillery_missile_attack": "explosions_remote_violence",
    "remote_explosive": "explosions_remote_violence",
    "grenade": "explosions_remote_violence",
    "attack": "violence_against_civilians",
    "abduction_forced_disappearance": "violence_against_civilians",
    "sexual_violence": "violence_against_civilians",
    "peaceful_protest": "protests",
    "protest_with_intervention": "protests",
    "excessive_force_against_protesters": "protests",
    "violent_demonstration": "riots",
    "mob_violence": "riots",
}
for _s in EVENT_SUBTYPES:
    SUBTYPE_TYPE.setdefault(_s, "strategic_developments")
#: The subtypes of territory taken or retaken (a taking names the battle it ends).
TERRITORY_SUBTYPES = frozenset({"government_regains_territory", "non_state_actor_overtakes_territory"})

# Classes reachable through a final alef: accusative nouns («انتحاريا») and dual verbs
# («وقعا»); «شهداء» (folded «شهدا») is listed as a victim so that it is not «شهد».
_NOUN_CLASSES = frozenset({"armed", "protester", "victim", "agent", "number", "support"})
_PAST_SUFFIXES = ("", "ت", "وا", "ا", "تا", "ن", "نا", "تم", "و")
_PRESENT_SUFFIXES = ("", "ون", "ان", "ن", "وا", "ين")
_OBJECT_SUFFIXES = ("ه", "ها", "هم", "هما", "هن", "كم", "نا")
# Noun endings that take no written alef in the accusative (ة، plurals in ات/ين/ون, ء, ى).
_NO_TANWEEN_ALEF = ("ه", "ات", "ا", "ي", "ء", "ين", "ون")

# Verbal nouns are generated (khabar.events.morphology) for the verb rows of these families
# only: violence, protest and arrest acts. The nouns of going, fleeing, joining, threatening
# and agreeing name plans and directions as often as acts («في اتجاه»، «قرار الانسحاب»).
_MASDAR_TYPES = frozenset({"battles", "explosions_remote_violence", "violence_against_civilians", "protests", "riots"})
_MASDAR_SUBTYPES = frozenset({"arrests"})
# ... not territory: «جيش الاحتلال»، «إحكام السيطرة» name states and goals; the nouns of taking
# that report acts are rows checked by their object (objects.py)
_NO_MASDAR_SUBTYPES = TERRITORY_SUBTYPES
# ... except these verbs: «الإعدام» is mostly a court's sentence, «إصابة» a casualty word that
# has its own rows, «تجمع» and «حصار» (a row each or a state: «الحصار المفروض»).
_NO_MASDAR = frozenset({"اعدم", "اصاب", "حاصر"})
# Three-letter verb rows that are form II (the doubled middle letter is not written): their
# masdar is تفعيل, a row of its own where needed.
_FORM_II = frozenset({"ردد", "فرق", "فجر", "حطم", "عذب", "جند", "هدد", "دمر", "حرر", "طهر"})
_PREPOSITIONS = frozenset({"الي", "في", "علي", "من", "عن", "مع"})
# Nouns whose duals and plurals are not generated: counts of the dead are the quantities'.
_NO_INFLECTION = frozenset({"مقتل", "مصرع", "اصابه", "قتلي", "جرحي"})


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon row. ``words[0]`` is the trigger word; the others follow it."""

    form: str
    pos: str  # "v", "x" or "n"
    subtype: str
    strong: bool
    origin: str
    words: tuple[str, ...]

    @property
    def type(self) -> str:
        return SUBTYPE_TYPE[self.subtype]


def past_forms(stem: str) -> set[str]:
    if stem.endswith("ي") and len(stem) > 2:  # defective: اعتدي → اعتدت، اعتدوا
        base = stem[:-1]
        return {stem, base + "ت", base + "وا", base + "تا", stem + "ا", base + "ينا"}
    return {stem + s for s in _PAST_SUFFIXES}


def present_forms(stem: str) -> set[str]:
    p = stem[1:] if stem.startswith("ا") and len(stem) >= 4 else stem
    out: set[str] = set()
    for pre in "يتن":
        if p.endswith("ي") and len(p) > 2:
            out |= {pre + p, pre + p[:-1] + "ون", pre + p[:-1] + "وا"}
        else:
            out |= {pre + p + s for s in _PRESENT_SUFFIXES}
    return out


@lru_cache(maxsize=1 << 17)
def readings(word: str) -> tuple[tuple[str, str, str], ...]:
    """``(proclitics, stem, suffix)`` readings of a folded word, the whole word first
    (cached: words repeat across articles).

    Proclitics: و/ف, then ب/ك/ل with or without the article, the article alone, لل, or the
    future س (kept in the proclitics so that callers can see it)."""
    out: list[tuple[str, str, str]] = []
    seen: set[tuple[str, str, str]] = set()
    conj = [""]
    if len(word) > 3 and word[0] in "وف":
        conj.append(word[0])
    for c in conj:
        rest = word[len(c):]
        pres = [""]
        for p in ("بال", "كال", "وال", "ال", "لل", "ب", "ك", "ل", "س"):
            if rest.startswith(p) and len(rest) - len(p) >= 2:
                pres.append(p)
        for p in pres:
            stem = rest[len(p):]
            for suf in ("", *_OBJECT_SUFFIXES):
                if suf and (not stem.endswith(suf) or len(stem) - len(suf) < 2):
                    continue
                st = stem[: len(stem) - len(suf)] if suf else stem
                r = (c + p, st, suf)
                if r not in seen:
                    seen.add(r)
                    out.append(r)
    return tuple(out)


_NO_CLASSES: frozenset[str] = frozenset()


def present_stem(stem: str) -> bool:
    """Can ``stem`` (folded, after the future prefix «س») be a present verb? (thirteenth pass,
    events-8d: the class of words whose first letter «س» is their own, read as the future of a
    context word; 106 in 29,436 SaudiNewsNet articles, 33 in 9,794 ANT.)

    1. it opens with a present prefix: ي، ت، ن (3rd, 2nd person, 1st plural), or ا (1st sing.);
    2. it does not end in ة (folded ه): a present verb never does, a noun often («سنية» Sunni
       is not س + «نية» intention); the context list holds no present verb in ه;
    3. a 1st-person singular أفعل has four letters or more («سأستمر»، «سأوضح»، «سأوقع»): «سادت»
       (prevailed) is not س + «أدت» (led to: support), «سالف الذكر» not س + «ألف» (a thousand).
       (A fourth check, no ا-stem in the ت of a 3rd feminine past, changed no word of either
       corpus once the length was checked: removed by the ablation.)"""
    if stem[:1] not in "يتنا" or stem.endswith("ه"):
        return False
    return stem[0] != "ا" or len(stem) >= 4


@dataclass
class Lexicon:
    #: folded verb form -> [(entry, tense)], tense "past" or "present"
    verbs: dict[str, list[tuple[Entry, str]]] = field(default_factory=dict)
    #: folded noun form -> [entry]
    nouns: dict[str, list[Entry]] = field(default_factory=dict)
    #: folded head -> [entry] of generated verbal-noun phrases («رفع شعارات»، «قطع الطريق»): looked
    #: up like nouns, but their heads alone are no trigger nouns («هدد بقطع العلاقات»)
    phrase_nouns: dict[str, list[Entry]] = field(default_factory=dict)
    #: folded word -> context classes (negation, irrealis, support, armed...)
    context: dict[str, set[str]] = field(default_factory=dict)
    #: memo of :meth:`classes` (words repeat a lot; the lexicon never changes once loaded)
    _memo: dict[str, frozenset[str]] = field(default_factory=dict)
    #: memo of subjects.protester_predicates: token normal form -> a protester noun or not
    protester_memo: dict[str, bool] = field(default_factory=dict)
    #: memo of triggers._lookup: folded word -> its (entry, tense, pronoun attached) readings
    lookup_memo: dict[str, tuple[tuple[Entry, str, bool], ...]] = field(
        default_factory=dict, repr=False, compare=False)

    def classes(self, word: str) -> frozenset[str]:
        """Context classes of a folded token under any reading (whole word first)."""
        got = self._memo.get(word)
        if got is None:
            if len(self._memo) > 300_000:
                self._memo.clear()
            # most words have no class: one shared empty set instead of a new one per word
            got = self._memo[word] = frozenset(self._classes(word)) or _NO_CLASSES
        return got

    def _classes(self, word: str) -> set[str]:
        out: set[str] = set()
        for pre, stem, suf in readings(word):
            if pre.endswith("س") and not present_stem(stem):
                continue  # the future prefix only before a present verb: «وسلم» is not و+س+«لم»
            got = self.context.get(stem)
            if suf:
                # an attached pronoun keeps only verb classes: «نفذها», «شنته»
                if got:
                    out |= got & {"support", "speech"}
                continue
            if got is None and stem.endswith("ا") and len(stem) > 3:
                # accusative alef or dual verb: «انتحاريا», «وقعا»
                got = self.context.get(stem[:-1], set()) & _NOUN_CLASSES
            if got:
                out |= got
        return out


def _rows(name: str) -> list[list[str]]:
    text = resources.files("khabar.data.events").joinpath(name).read_text(encoding="utf-8")
    return [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def generated_entries(entries: list[Entry]) -> list[Entry]:
    """Weak noun entries for the verbal nouns of the verb rows (derived forms) and the duals
    and plurals of the one-word noun rows (:mod:`khabar.events.morphology`). A form that is
    already a row, or blocked, is not generated (``lexicon()`` skips it)."""
    out: list[Entry] = []
    for e in entries:
        if e.pos == "v" and e.words[0] not in _NO_MASDAR and e.subtype not in _NO_MASDAR_SUBTYPES and (
            SUBTYPE_TYPE[e.subtype] in _MASDAR_TYPES or e.subtype in _MASDAR_SUBTYPES
        ):
            nouns = verbal_nouns(e.words[0])
            if len(e.words) > 1 and len(e.words[0]) == 3 and e.words[0][1] != "ا" and e.words[0] not in _FORM_II \
                    and e.words[1] not in _PREPOSITIONS and not e.words[1].startswith("ب"):
                # a transitive form I verb with its object: the masdar فَعْل has the verb's
                # consonants («رفع شعارات»، «قطع الطريق»، «نصب الخيام» → «برفع شعارات»); not
                # an intransitive one («خرج إلى»: خروج), a hollow one (خاض: خوض) nor a form II
                # one (ردد: ترديد)
                nouns.add(e.words[0])
            for noun in sorted(nouns):
                words = (noun, *e.words[1:])
                out.append(Entry(" ".join(words), "n", e.subtype, False, f"morph:masdar:{e.form}", words))
    out.extend(_participle_entries(entries))
    for e in [*entries, *out]:
        if e.pos == "n" and len(e.words) == 1 and e.form not in _NO_INFLECTION:
            for noun in sorted(noun_inflections(e.words[0])):
                if noun.endswith("ات") and not e.strong:
                    continue  # plurals of weak nouns name practices and tallies («نفذت مداهمات عدة»): rows only
                out.append(Entry(noun, "n", e.subtype, e.strong, f"morph:inflection:{e.form}", (noun,)))
    return out


# Participles are generated for the verb rows of these types told with their object (eleventh
# pass, events-6c): the circumstantial phrase of protest news, «وقف العشرات أمام البرلمان رافعين
# لافتات»، «مرددين شعارات»، «مضرمين النار في العجلات» (the rows «رافعين»، «مرددين» alone are weak
# and stay).
_PARTICIPLE_TYPES = frozenset({"protests", "riots"})


def _participle_entries(entries: list[Entry]) -> list[Entry]:
    out: list[Entry] = []
    for e in entries:
        if e.pos != "v" or len(e.words) < 2 or e.words[1] in _PREPOSITIONS or SUBTYPE_TYPE[e.subtype] not in _PARTICIPLE_TYPES:
            continue
        for p in sorted(participles(e.words[0], form_ii=e.words[0] in _FORM_II)):
            words = (p, *e.words[1:])
            out.append(Entry(" ".join(words), "n", e.subtype, e.strong, f"morph:participle:{e.form}", words))
    return out


def _add_past_paradigms(lex: Lexicon, entries: list[Entry]) -> None:
    """Exact past rows told in the 3rd masc. sing. get the other 3rd-person forms (eleventh pass,
    events-6c; :func:`khabar.events.morphology.past_paradigm`): passives and idioms whose vowels
    the generator of ``v`` rows would get wrong («اغتيل» → «اغتيلا»، «أصيب» → «أصيبا»، «لقي
    حتفه» → «لقيا حتفهما»). A row is such a form when its feminine («اغتيلت») or plural
    («جرحوا») is a row too; a form that is a row keeps its row. A generated form keeps its row's
    ``form``, so that the word lists that name rows by form (casualty words, death verbs) hold
    it too: «أصيبا بجروح في حادث مرور» is an accident's toll like «أصيب»."""
    heads = {e.words[0] for e in entries if e.pos == "x"}
    for e in entries:
        head = e.words[0]
        if e.pos != "x" or (head + "ت" not in heads and head + "وا" not in heads):
            continue
        for f in sorted(past_paradigm(head) - heads):
            if len(e.words) == 1 and len(head) == 3 and f == head + "ا":
                continue  # «جرحا» is as often the accusative of the noun «جُرح» (a wound)
            words = (f, *e.words[1:])
            g = Entry(e.form, "x", e.subtype, e.strong, f"morph:past:{e.form}", words)
            lex.verbs.setdefault(f, []).append((g, "past"))


def _add_generated(lex: Lexicon, entries: list[Entry]) -> None:
    # one-word noun rows and blocked forms decide their word by hand
    rows = {e.words[0] for e in entries if e.pos in "n-" and len(e.words) == 1}
    for g in generated_entries(entries):
        head = g.words[0]
        if (len(g.words) == 1 and head in rows) or any(
            x.words == g.words for x in (*lex.nouns.get(head, ()), *lex.phrase_nouns.get(head, ()))
        ):
            continue  # a row of its own wins (its strength and subtype were chosen by hand)
        (lex.nouns if len(g.words) == 1 else lex.phrase_nouns).setdefault(head, []).append(g)


@functools.cache
def lexicon() -> Lexicon:
    """The lexicon, loaded once per process."""
    lex = Lexicon()
    blocked: set[str] = set()
    accusative: list[tuple[str, Entry]] = []
    entries: list[Entry] = []
    for row in _rows("triggers.tsv"):
        form, pos, subtype, strength, origin = (c.strip() for c in row[:5])
        if subtype not in SUBTYPE_TYPE:
            raise ValueError(f"triggers.tsv: unknown subtype {subtype!r} in row {row}")
        words = tuple(fold(w) for w in form.split())
        e = Entry(fold(form), pos, subtype, strength == "s", origin, words)
        entries.append(e)
        head = words[0]
        if pos == "v":
            for f in past_forms(head):
                lex.verbs.setdefault(f, []).append((e, "past"))
            for f in present_forms(head):
                lex.verbs.setdefault(f, []).append((e, "present"))
        elif pos == "x":
            # a present prefix, except the ت of a past form V/VI verb: «تدفقوا»، «تظاهرت»
            past_t = head[0] == "ت" and head.endswith(("وا", "ت"))
            tense = "present" if head[0] in "يتن" and len(head) > 3 and not past_t else "past"
            lex.verbs.setdefault(head, []).append((e, tense))
        elif pos == "n":
            lex.nouns.setdefault(head, []).append(e)
            if not head.endswith(_NO_TANWEEN_ALEF) and len(head) >= 3:
                accusative.append((head + "ا", e))  # «صاروخا»، «انفجارا»: the accusative's alef
        else:
            blocked.add(head)
    _add_generated(lex, entries)
    _add_past_paradigms(lex, entries)
    for form, e in accusative:
        if form not in lex.nouns:  # a row of its own wins («هجوما», «اعتصاما»)
            lex.nouns.setdefault(form, []).append(e)
        elif e not in lex.nouns[form] and all(x.words[1:] != e.words[1:] for x in lex.nouns[form]):
            lex.nouns[form].append(e)
    for form in blocked:
        lex.verbs.pop(form, None)
        lex.nouns.pop(form, None)
    for row in _rows("context.tsv"):
        lex.context.setdefault(fold(row[0].strip()), set()).add(row[1].strip())
    return lex
