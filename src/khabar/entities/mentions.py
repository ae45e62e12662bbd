"""Finding entity mentions in one sentence: the tagger's spans, the actor table's
dictionary matches, and how the two combine.

1. Tagger spans: maximal ``B-X I-X...`` runs of the CRF's tags.
2. Dictionary matches: longest match of the actor table's names over the folded tokens,
   left to right; the first token may carry proclitics (والجيش، بسوريا، للأمم). A generic
   name followed by a nationality adjective (وزارة الصحة + المصرية) becomes that
   country's body.
3. Combination: a dictionary match replaces the tagger spans it overlaps (it brings the
   type, subtype and English name), unless a tagger span strictly contains it (then the
   longer name stands: «وزارة الخارجية التونسية» over «وزارة الخارجية»); a *weak* match
   (a name that is also a common word, see ``ambiguous.tsv``) counts only where the
   tagger also saw a name. A nationality adjective right after an organisation joins it;
   a lone common noun or indefinite nationality adjective tagged as a name is dropped; a
   tagged span made of descriptive nouns + a table name shrinks to the name.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Mapping, Sequence, Set
from dataclasses import dataclass
from typing import TypeVar

from ..eval.ner import entities_of
from ..normalize import fold
from .clitics import clitic_readings, clitic_variants
from .filters import (
    QUOTES,
    adjective_country,
    brigades,
    is_not_a_name,
    lead_particles,
    quoted_outlet,
    unknown_places,
    word_after_its_noun,
)
from .tables import Actor, ActorTable, fold_word
from .weak_matches import match_stands

#: ``first token -> (form for the canonical key, proclitic characters left out of the span)``
StripFn = Callable[[str], tuple[str, int]]

V = TypeVar("V")

__all__ = ["Mention", "clitic_readings", "longest_name_at", "clitic_variants", "dictionary_matches",
           "ordinary_word_places", "sentence_mentions", "tag_spans"]


@dataclass(slots=True)
class Mention:
    """Tokens ``first..last`` (inclusive, sentence-relative until offset), the type, the
    actor-table entry if any, and how many normalised characters of the first token are
    proclitics left out of the span (``skip``); ``key_first`` is the first token's form
    used in the canonical key (``للأمم`` → ``الامم``)."""

    first: int
    last: int
    type: str
    actor: Actor | None = None
    skip: int = 0
    key_first: str = ""
    weak: bool = False


def tag_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """``(first, last, type)`` of each entity in an IOB sequence (conlleval's reading), in order."""
    return sorted((first, last, typ) for typ, first, last in entities_of(tags))


def longest_name_at(
    i: int,
    words: Sequence[str],
    folded: Sequence[str],
    first_max: Mapping[str, int],
    lookup: Callable[[tuple[str, ...]], V | None],
    accept: Callable[[int], bool] = lambda k: True,
) -> tuple[int, V, int, str] | None:
    """The longest name of a table starting at token ``i``: ``(length, hit, skip, form)``
    over the token's clitic readings («وبالحكومة» → «الحكومة»), or None. ``first_max`` maps a
    folded first word to the longest name starting with it (one lookup rules a token out);
    ``accept(length)`` can refuse a hit (e.g. one crossing a sentence)."""
    best: tuple[int, V, int, str] | None = None
    n = len(words)
    for form, skip, head in clitic_readings(words[i]):
        longest = first_max.get(head)
        if longest is None:
            continue
        for k in range(min(longest, n - i), 0, -1):
            if best is not None and k <= best[0]:
                break
            hit = lookup((head, *folded[i + 1:i + k]))
            if hit is not None and accept(k):
                best = (k, hit, skip, form)
                break
    return best


#: a match at a token: (its length in tokens, the actor, weak, the clitic's length, the form)
_Best = tuple[int, Actor, bool, int, str]


def dictionary_matches(words: list[str], table: ActorTable) -> list[Mention]:
    """Longest actor-table matches over a sentence's normalised tokens."""
    folded = [fold_word(w) for w in words]
    n = len(words)
    out: list[Mention] = []
    i = 0
    while i < n:
        best = _match_at(i, words, folded, table)
        if best is None:
            i += 1
            continue
        if best[1].subtype == "country" and i > 0 and (not out or out[-1].last < i - 1) and best[3] == 0:
            best, i = _with_state_noun_before(best, i, words, table)
        k, actor, weak, skip, form = best
        if actor.code is None and actor.type == "ORG" and i + k < n:
            actor, k, weak = _with_nationality_after(actor, k, weak, i, words, folded, table)
        out.append(Mention(i, i + k - 1, actor.type, actor, skip, form, weak))
        i += k
    return out


def _match_at(i: int, words: list[str], folded: list[str], table: ActorTable) -> _Best | None:
    """The longest table name starting at token ``i``, else a country's own body named by a
    common noun and its nationality adjective."""
    # (most words start no name: one cached answer per word, see ActorTable.may_start)
    found = longest_name_at(i, words, folded, table.first_max, table.lookup) if table.may_start(words[i]) else None
    if found is not None:
        k, (actor, weak), skip, form = found
        return (k, actor, weak, skip, form)
    if i + 1 < len(words) and folded[i + 1] in table.nationalities:
        return _national_body(i, words, folded, table)
    return None


def _national_body(i: int, words: list[str], folded: list[str], table: ActorTable) -> _Best | None:
    """A common noun naming a country's own body («الحكومة السودانية»): no table entry, but
    the noun and the adjective together are a name."""
    for form, skip, head in clitic_readings(words[i]):
        g = table.generic.get(head)
        if g is not None and (_agrees(head, folded[i + 1]) or (
                # «جهاز المخابرات الإيراني»: the adjective agrees with «جهاز»
                i > 0 and fold_word(words[i - 1]) in AGENCY_HEADS)):
            en, typ, sub = g
            return (1, Actor(form, en, typ, sub, None, "khabar", fold(form)), False, skip, form)
        state = table.countries.get(table.nationalities[folded[i + 1]])
        if state is not None and table.state_nouns.get(head):
            # «الجمهورية اليمنية», «المملكة المغربية»: the state by its adjective
            return (2, state, False, skip, form)
    return None


def _with_state_noun_before(best: _Best, i: int, words: list[str], table: ActorTable) -> tuple[_Best, int]:
    """A state noun or a body before a country's name: «جمهورية المالديف» is the country (one
    span), «حكومة اليمن» the country's government; the match and its first token."""
    land = best[1]
    for form, skip, head in clitic_readings(words[i - 1]):
        if head in table.state_nouns:
            return (best[0] + 1, land, False, skip, form), i - 1
        body = table.construct.get(head)
        if body is not None:
            en, typ, sub = body
            name = form + " " + words[i]
            return (best[0] + 1, Actor(name, f"{en} ({land.name_en})", typ, sub, None, "khabar",
                                       fold(name)), False, skip, form), i - 1
    return best, i


def _with_nationality_after(actor: Actor, k: int, weak: bool, i: int, words: list[str], folded: list[str],
                            table: ActorTable) -> tuple[Actor, int, bool]:
    """A country's own body: a generic name («وزارة الصحة») + nationality adjective
    («المصرية») is that country's ministry, its own entity: Ministry of Health (Egypt)."""
    country = table.nationalities.get(folded[i + k])
    if country is not None:
        name = actor.arabic + " " + words[i + k]
        actor = Actor(name, f"{actor.name_en} ({country})", actor.type, actor.subtype,
                      None, actor.source, fold(name))
        k += 1
        # a state body with its nationality is a name even where the noun alone is a
        # common word («الحكومة السودانية»; docs/annotation.md: armies and ministries
        # named as institutions); an armed group's name stays weak («القاعدة الأمريكية»
        # is "the American base")
        if actor.subtype in ("government", "military"):
            weak = False
    return actor, k, weak


#: masculine heads of a service named by a feminine noun («جهاز المخابرات الإيراني»); khabar
AGENCY_HEADS = frozenset({"جهاز"})


def _agrees(noun: str, adjective: str) -> bool:
    """A nationality adjective agrees in gender with the folded noun before it: feminine
    «الخارجيه», «المخابرات» take «اليمنيه»; a masculine adjective after a feminine noun
    belongs to an earlier noun («وزير الخارجية اليمني» is the Yemeni minister)."""
    feminine = noun.endswith("ه") or noun.endswith("ات")
    return feminine == adjective.endswith("ه")


def _not_a_name(word: str, stripped: str, table: ActorTable) -> bool:
    f = fold(stripped)
    if f in table.common:
        return True
    return not f.startswith("ال") and ("ال" + f) in table.nationalities


def _keeps_its_letter(word: str, form: str, skip: int, vocab: Container[str]) -> bool:
    """A first token whose ب/ك/ل is part of the word, not a preposition: the tagger's
    vocabulary (``vocab``, its ~30,000 commonest words) holds the whole word but not the
    rest («بلاتر» Blatter, not ب + «لاتر»; «كلية» "college", not ك + «لية»; also after و:
    «وبلاتر»), while a real preposition leaves a word it knows («ببغداد» → «بغداد»).
    Session 12 (entities-12a)."""
    if skip == 0 or word[skip - 1] not in "بكل":
        return False
    return word[skip - 1:] in vocab and form not in vocab


def _tagger_mentions(words: list[str], tags: list[str], table: ActorTable,
                     strip: StripFn, vocab: Container[str] = frozenset()) -> list[Mention]:
    """The tagger's spans of one sentence, cleaned: no leading particle, no span that names
    nothing, a person's name cut before a place head or a nationality adjective."""
    crf = [Mention(a, b, t) for a, b, t in tag_spans(tags)]
    for m in crf:
        m.first += lead_particles(m, words)  # «فإن المطيري» → «المطيري»
        m.key_first, m.skip = strip(words[m.first])
        if _keeps_its_letter(words[m.first], m.key_first, m.skip, vocab):
            m.skip -= 1
            m.key_first = words[m.first][m.skip:]
    # a lone common noun («المدينة», «الوزارة») or an indefinite nationality adjective
    # («سعودية» in «مصادر سعودية») tagged as a name is dropped
    crf = [m for m in crf if not (m.first == m.last and _not_a_name(words[m.first], m.key_first, table))]
    # God, currencies, religions, «حسن الجوار»... tagged as names (filters.is_not_a_name)
    crf = [m for m in crf if not is_not_a_name(m, words, table)]
    # a person's name stops before a place or organisation head («يوسف | بولاية الكاف»)
    for m in crf:
        if m.type == "PER":
            for j in range(m.first + 1, m.last + 1):
                if any(fold(f) in table.place_heads for f, _ in clitic_variants(words[j])):
                    m.last = j - 1
                    break
    # ... and before a nationality adjective («عبد ربه منصور هادي | اليمني»: the
    # adjective goes with the title before the name)
    for m in crf:
        while m.type == "PER" and m.last > m.first and fold_word(words[m.last]) in table.nationalities:
            m.last -= 1
    # a span the cuts left as one such word goes too («وكيل | إمارة جازان»; session 13,
    # entities-13a: 5 of the 15 «وكيل» mentions of seed 13101 came this way)
    return [m for m in crf if not (m.first == m.last and (
        _not_a_name(words[m.first], m.key_first, table) or is_not_a_name(m, words, table)))]


def _extend_family_names(out: list[Mention], words: list[str], tags: list[str], table: ActorTable,
                         vocab: Container[str]) -> None:
    """A person's name goes on over a family name («حامد رافع | الخيالي») the tagger cut
    off: a nisba with the article («ال...ي») the tagger's vocabulary does not hold."""
    starts = {m.first for m in out}
    for m in out:
        j = m.last + 1
        if (m.type == "PER" and m.actor is None and j < len(words) and j not in starts and tags[j] == "O"
                and words[j].startswith("ال") and words[j].endswith("ي") and len(words[j]) >= 5
                and words[j] not in vocab and fold_word(words[j]) not in table.nationalities):
            m.last = j


def _quoted_outlets(out: list[Mention], words: list[str], table: ActorTable) -> None:
    """«قال لـ«الرياض»», «لـ"المدينة"»: the newspaper, not the city (filters.quoted_outlet),
    whether a mention is there already or not; ``out`` is re-sorted."""
    for m in out:
        paper = quoted_outlet(words, m.first, m.last, table)
        if paper is not None:
            m.type, m.actor, m.weak = paper.type, paper, False
    used = {j for m in out for j in range(m.first, m.last + 1)}
    for j in range(2, len(words) - 1):
        if words[j - 1] in QUOTES and j not in used:
            last = next((k - 1 for k in range(j + 1, min(j + 4, len(words))) if words[k] in QUOTES), None)
            if last is not None and not used.intersection(range(j, last + 1)):
                paper = quoted_outlet(words, j, last, table)
                if paper is not None:
                    out.append(Mention(j, last, paper.type, paper, 0, words[j]))
    out.sort(key=lambda m: m.first)


def sentence_mentions(words: list[str], tags: list[str], table: ActorTable, strip: StripFn,
                      matches: list[Mention] | None = None,
                      countries: frozenset[str] = frozenset(),
                      given: Set[str] = frozenset(),
                      vocab: Container[str] = frozenset()) -> list[Mention]:
    """Tagger spans and dictionary matches of one sentence, combined (module docstring).
    ``matches``: the sentence's dictionary matches if already computed; ``countries``: the
    ISO codes of the countries the article names — a city of one of them (``cities.tsv``)
    counts even where the tagger missed it (تعز in an article about Yemen), unless it is
    one of the ``given`` names; ``vocab``: the tagger's common words (no unknown place
    name among them, see :func:`.filters.unknown_places`)."""
    crf = _tagger_mentions(words, tags, table, strip, vocab)
    dmatches = matches if matches is not None else dictionary_matches(words, table)
    out = _combined(crf, dmatches, words, table, countries, given)
    _extend_family_names(out, words, tags, table, vocab)
    _quoted_outlets(out, words, table)
    # «السعودية» after a definite noun is its adjective («الطفلة السعودية»), no place
    starts = {m.first for m in out}
    out = [m for m in out if not adjective_country(m, words, table, starts)
           and not word_after_its_noun(m, words)]
    out, taken = _with_unknown_places(out, words, tags, table, vocab)
    _add_companions(out, words, taken, table)
    out.sort(key=lambda m: m.first)
    units = brigades(words, taken, table)
    if units:
        # «اللواء 35 مدرع»: a brigade, where «اللواء» alone is a rank
        out = sorted(out + [Mention(a, b, "ORG", skip=k, key_first=words[a][k:]) for a, b, k in units],
                     key=lambda m: m.first)
    _nationality_after_org(out, words, table)
    return out


def ordinary_word_places(words: list[str], mentions: list[Mention], table: ActorTable) -> list[int]:
    """Token indices of one sentence, outside its ``mentions`` (:func:`sentence_mentions`),
    where a one-word place name is an ordinary word by the two checks that sentence applies:
    a country's name as the adjective of the definite noun before it
    (:func:`.filters.adjective_country`: «الجامعات السعودية») or a word after its noun
    (:func:`.filters.word_after_its_noun`: «مبلغ مالي»). One sense per article
    (:func:`.merge.propagate`) adds no place at these tokens."""
    taken = {j for m in mentions for j in range(m.first, m.last + 1)}
    starts = {m.first for m in mentions}
    out: list[int] = []
    for j in range(1, len(words)):
        if j not in taken:
            probe = Mention(j, j, "LOC")
            if adjective_country(probe, words, table, starts) or word_after_its_noun(probe, words):
                out.append(j)
    return out


def _combined(crf: list[Mention], dmatches: list[Mention], words: list[str], table: ActorTable,
              countries: frozenset[str], given: Set[str]) -> list[Mention]:
    """The dictionary matches that stand (:func:`.weak_matches.match_stands`), each in place
    of the tagger spans it overlaps, and the tagger's other spans, in text order."""
    kept_crf = list(crf)
    chosen: list[Mention] = []
    for d in dmatches:
        overlapping = [c for c in kept_crf if c.first <= d.last and d.first <= c.last]
        if not match_stands(d, overlapping, words, table, countries, given):
            continue
        for c in overlapping:
            kept_crf.remove(c)
        chosen.append(d)
    return sorted(chosen + kept_crf, key=lambda m: m.first)


def _with_unknown_places(out: list[Mention], words: list[str], tags: list[str], table: ActorTable,
                         vocab: Container[str]) -> tuple[list[Mention], set[int]]:
    """A village or front no list knows, after «مديرية», «قرية», «جبهة»...; the mentions and
    the tokens they take."""
    taken = {j for m in out for j in range(m.first, m.last + 1)}
    found = unknown_places(words, tags, taken, table, vocab)
    if found:
        out = sorted(out + [Mention(j, j, "LOC", key_first=words[j]) for j in found], key=lambda m: m.first)
        taken.update(found)
    return out, taken


def _add_companions(out: list[Mention], words: list[str], taken: set[int], table: ActorTable) -> None:
    """«الحوثي وصالح»: the companion a short name stands for after its actor (companions.tsv)."""
    for m in list(out):
        j = m.last + 1
        if m.actor is not None and j < len(words) and j not in taken and words[j][:1] == "و":
            mate = table.companions.get((m.actor.canonical, fold_word(words[j][1:])))
            if mate is not None:
                out.append(Mention(j, j, mate.type, mate, 1, words[j][1:]))
                taken.add(j)


def _nationality_after_org(out: list[Mention], words: list[str], table: ActorTable) -> None:
    """A nationality adjective right after an organisation belongs to its name
    («الادعاء العام السويسري»; docs/annotation.md: part of the entity's span)."""
    starts = {m.first for m in out}
    for m in out:
        j = m.last + 1
        if m.type == "ORG" and j < len(words) and j not in starts and fold(words[j]) in table.nationalities:
            m.last = j
