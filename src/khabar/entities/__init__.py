"""The entities step: named entities of an article, merged per referent, with canonical
keys, subtypes and English names.

1. Tag the article's sentences with khabar's CRF (:mod:`khabar.ner.tagger`; its
   features share evidence across the article).
2. Match the actor table over the same tokens and combine (:mod:`.mentions`); the
   countries the article names make their cities count without the tagger.
3. Group mentions into entities (:mod:`.merge`): actor entries, surnames, same text;
   then add the later occurrences the tagger missed (one sense per article; no place
   where step 2's checks read the word as an ordinary one: «الجامعات السعودية»), and
   link «التنظيم» after the group it names.
4. Build the records: the first mention's span, all mentions, ``canonical`` (folded key;
   an actor's main Arabic name, so variants share it), ``subtype`` (table, name head, or
   the title before a person), ``name_en`` (table, or a romanised personal name).

``doc.extra["entity_at"]`` maps each token index inside a mention to its entity id, for
the steps that link their records to entities (claims, places, events); it also maps
«التنظيم»-like references to the group they stand for (not listed as mentions: they are
common nouns).
"""

from __future__ import annotations

from ..document import Doc
from ..ner.tagger import Tagger, get_tagger
from ..normalize import fold
from ..options import Options
from ..schema import Entity, Span
from .filters import byline_person
from .mentions import (
    Mention,
    StripFn,
    clitic_variants,
    dictionary_matches,
    ordinary_word_places,
    sentence_mentions,
)
from .merge import Group, anaphor_mentions, group_mentions, propagate
from .romanize import romanize_name
from .tables import ActorTable, get_table, head_subtypes, title_subtypes

__all__ = ["step"]

_KNOWN_SETS = ("an_loc", "an_pers", "an_org", "country", "city", "place", "given", "surname",
               "ac_PER", "ac_ORG", "ac_LOC", "ac_MISC")


#: the process's proclitic stripper (built on first use from the tagger's lexicon)
_STRIP: list[StripFn] = []


def _stripper(sets: list[set[str]], vocab: dict[str, object]) -> StripFn:
    """Proclitics to leave out of a tagged span's first token: a reading whose rest is a
    known name while the whole word is not (وبغداد → بغداد; وهران stays), else و/ف before
    the article (والعراق → العراق), or before a word the cluster vocabulary knows while
    it does not know the whole (وعزيز → عزيز). لل + noun keeps its span and keys as ال +
    noun."""
    cache: dict[str, tuple[str, int]] = {}

    def known(x: str) -> bool:
        return any(x in s for s in sets)

    def strip(w: str) -> tuple[str, int]:
        got = cache.get(w)
        if got is None:
            got = (w, 0)
            if not known(w):
                for form, skip in clitic_variants(w)[1:]:
                    if known(form):
                        got = (form, skip)
                        break
                else:
                    if len(w) > 4 and w[0] in "وف" and w[1:3] == "ال":
                        got = (w[1:], 1)
                    elif len(w) > 3 and w[0] == "و" and w not in vocab and w[1:] in vocab:
                        got = (w[1:], 1)
                    elif len(w) > 4 and w.startswith("لل"):
                        got = ("ال" + w[2:], 0)
            cache[w] = got
        return got

    return strip


def _subtype(g: Group, doc: Doc, lex_sets: dict[str, set[str]]) -> str | None:
    if g.actor is not None:
        return g.actor.subtype
    first = g.mentions[0]
    if g.type in ("ORG", "LOC"):
        head = head_subtypes().get(g.words[0]) if g.words else None
        if head is not None and head[0] == g.type:
            return head[1]
        if g.type == "LOC" and len(g.words) == 1:
            w = first.key_first
            if w in lex_sets.get("country", ()):
                return "country"
            if w in lex_sets.get("city", ()):
                return "city"
        return None
    if g.type == "PER":
        titles = title_subtypes()
        for m in g.mentions:
            # the title may stand up to four words before the name, past its complement
            # («وزير الشؤون الثقافية محمد ...»), but not past punctuation
            for back in range(1, 5):
                j = m.first - back
                if j < 0 or doc.tokens[j].sent != doc.tokens[m.first].sent or not doc.tokens[j].is_arabic:
                    break
                sub = titles.get(fold(doc.tokens[j].norm))
                if sub:
                    return sub
    return None


def _article_countries(matches: list[list[Mention]], tags: list[list[str]]) -> set[str]:
    """ISO codes of the countries an article names, or whose cities the tagger confirms
    (a table city inside a tagged place): the context that lets its other cities count."""
    out: set[str] = set()
    for ms, ts in zip(matches, tags, strict=True):
        for m in ms:
            a = m.actor
            if a is None or not a.code:
                continue
            if a.subtype == "country" or (
                a.subtype == "city" and any(t.endswith("LOC") for t in ts[m.first:m.last + 1])
            ):
                out.add(a.code)
    return out


#: prepositions that normalisation (ى → ي) makes look like given names: «على» reads «علي»
PREPOSITIONS = frozenset({"على", "إلى"})


def _preposition(doc: Doc, i: int) -> bool:
    """Token ``i`` is written «على» / «إلى» (with و/ف): a preposition, not «علي» the name."""
    t = doc.tokens[i]
    w = doc.text[t.start:t.end]
    return w in PREPOSITIONS or (w[:1] in ("و", "ف") and w[1:] in PREPOSITIONS)


def step(doc: Doc, options: Options) -> Doc:
    """Mentions sentence by sentence, grouped into entities, spread over the article."""
    if not doc.tokens:
        return doc
    tagger = get_tagger()
    table = get_table()
    lex_sets = tagger.lexicon.sets
    if not _STRIP:
        _STRIP.append(_stripper([lex_sets[k] for k in _KNOWN_SETS if k in lex_sets],
                                tagger.lexicon.clusters))  # type: ignore[arg-type]
    ordinary: set[int] = set()
    mentions = _article_mentions(doc, tagger, table, _STRIP[0], ordinary)
    groups = group_mentions(mentions, doc.tokens, doc.norm, table.heads)
    taken = {i for m in mentions for i in range(m.first, m.last + 1)}
    propagate(groups, doc.tokens, taken, table.keys_of, lex_sets.get("given", set()), ordinary)
    start_of = {gi: min(m.first for m in g.mentions) for gi, g in enumerate(groups)}
    anaphors = anaphor_mentions(groups, doc.tokens, taken, start_of)
    entity_at: dict[int, str] = {}
    entities = _entity_records(doc, groups, lex_sets, entity_at)
    for i, gi in anaphors:
        entity_at[i] = entities[gi].id
    doc.entities = entities
    doc.extra["entity_at"] = entity_at
    return doc


def _article_mentions(doc: Doc, tagger: Tagger, table: ActorTable, strip: StripFn,
                      ordinary: set[int]) -> list[Mention]:
    """Every sentence's mentions (tagger and actor table combined), article offsets;
    ``ordinary`` gets the article token indices where a one-word place name is an ordinary
    word (:func:`.mentions.ordinary_word_places`)."""
    lex_sets = tagger.lexicon.sets
    mentions: list[Mention] = []
    sents = [[t.norm for t in doc.tokens[s.tok_start:s.tok_end]] for s in doc.sentences]
    matches = [dictionary_matches(words, table) for words in sents]
    # the model's own tags: one sense per article is done below (merge.propagate), where
    # the tagger's filled copies of a name would count as more votes for its type
    all_tags = tagger.tag_document(sents, consistent=False)
    given = lex_sets.get("given", set())
    countries = frozenset(_article_countries(matches, all_tags))
    for si, (sent, words, tags, found) in enumerate(zip(doc.sentences, sents, all_tags, matches, strict=True)):
        found_here = sentence_mentions(words, tags, table, strip, [*found], countries, given,
                                       tagger.lexicon.clusters)
        if si == 0 and (by := byline_person(words, found_here, given)) is not None:
            # «أميرة المولد – عين اليوم»: the byline's journalist (filters.byline_person)
            found_here.insert(0, Mention(by[0], by[1], "PER", key_first=strip(words[0])[0]))
        ordinary.update(j + sent.tok_start for j in ordinary_word_places(words, found_here, table))
        for m in found_here:
            m.first += sent.tok_start
            m.last += sent.tok_start
            if m.type == "PER" and m.first == m.last and _preposition(doc, m.first):
                continue
            mentions.append(m)
    return mentions


def _entity_records(doc: Doc, groups: list[Group], lex_sets: dict[str, set[str]],
                    entity_at: dict[int, str]) -> list[Entity]:
    """One entity record per group, its mentions as spans of the text; ``entity_at`` gets
    the entity id of each mention's tokens."""
    entities: list[Entity] = []
    for g in groups:
        spans: list[Span] = []
        for m in sorted(g.mentions, key=lambda m: m.first):
            first = doc.tokens[m.first]
            spans.append(doc.span_from_norm(first.nstart + m.skip, doc.tokens[m.last].nend))
        eid = doc.next_id("e", entities)
        for m in g.mentions:
            for i in range(m.first, m.last + 1):
                entity_at[i] = eid
        if g.actor is not None:
            name_en: str | None = g.actor.name_en
        elif g.type == "PER":
            name_en = romanize_name(" ".join(g.words))
        else:
            name_en = None
        entities.append(Entity(
            id=eid, text=spans[0].text, start=spans[0].start, end=spans[0].end,
            type=g.type, subtype=_subtype(g, doc, lex_sets),  # type: ignore[arg-type]
            canonical=g.key, name_en=name_en, mentions=spans,
        ))
    return entities
