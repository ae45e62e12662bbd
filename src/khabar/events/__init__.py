"""The events step: ACLED-style event records (who did what to whom, where, when).

For each sentence (:func:`extract_events`):

1. find trigger mentions with the lexicon (:mod:`khabar.events.triggers`);
2. keep those that report an occurrence (:mod:`khabar.events.filters`);
3. group the kept mentions by occurrence, dropping those inside a claim that denies, fears,
   demands, promises or expects them (:mod:`khabar.events.grouping`), and split the groups by
   kind and by place (:mod:`khabar.events.merge`, :mod:`khabar.events.apart`);
4. make each group's event: trigger span, actors, targets, subtype, place, date, fatalities
   and the claim (:mod:`khabar.events.record`, :mod:`khabar.events.arguments`);

then merge the repeated mentions of one occurrence across the article
(:mod:`khabar.events.retellings`). Types, subtypes and
the CAMEO/PLOVER mapping are documented in ``docs/events.md``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from ..document import Doc
from ..genre import doc_genre
from ..options import Options
from ..schema import Event
from ..segment import Sentence, Token
from .acled_type import armed_side_retype
from .apart import split_by_place
from .clauses import word_classes
from .described import undated_descriptions
from .filters import CASUALTY_WORDS, keep_mentions, told_in_opinion
from .grouping import group_mentions
from .lexicon import Lexicon, ffold, lexicon
from .merge import mark_definite, split_by_kind
from .practices import undated_joinings
from .record import RIOTS, VIOLENCE, SentenceMentions, group_event
from .retellings import PlaceKey, Told, merge_events
from .subjects import drop_support_predicates, protester_predicates
from .triggers import Mention, find_mentions
from .where import casualty_in
from .wordlists import FILTER_WORDS

__all__ = ["extract_events", "step"]

# The English names the places layer gives a region told by a direction from a place («south of Kabul»).
_DIRECTIONS = ("north", "south", "east", "west")

# Words for the article's own country at the end of a region's name («جنوب البلاد»), folded.
_COUNTRY_WORDS = frozenset({"البلاد", "المملكه", "البلد"})


@dataclass(frozen=True)
class _ArticleView:
    """What the sentences read of the article's other layers, computed once per article."""

    name_starts: set[int]  # tokens where a place or entity name starts: a noun before one is definite («هجمات باريس»)
    place_toks: frozenset[int]  # tokens where a place starts
    date_toks: frozenset[int]  # tokens inside a date
    place_at: dict[int, PlaceKey]  # each place's first token with the key the merges compare


def extract_events(doc: Doc) -> list[Event]:
    """The stages of the module docstring, sentence by sentence, then the merge across the article."""
    lex = lexicon()
    view = _article_view(doc)
    told: list[tuple[int, Event, Told]] = []  # (sentence, event, how the sentence tells it)
    for si in range(len(doc.sentences)):
        told += [(si, e, t) for e, t in _sentence_events(doc, lex, view, si)]
    told.sort(key=lambda x: x[1].trigger.start)
    dates = {d.id: d.value for d in doc.dates}
    return merge_events([e for _, e, _ in told], [si for si, _, _ in told], dates, _place_keys(doc),
                        [t for _, _, t in told])


def _article_view(doc: Doc) -> _ArticleView:
    """Name, place and date tokens, and the places by first token (apart.split_by_place)."""
    toks = doc.tokens
    starts = {p.start for p in doc.places} | {sp.start for e in doc.entities for sp in (e, *e.mentions)}
    place_starts = {p.start for p in doc.places}
    # (the token holding a place's start: «بشمال الكاميرون» starts after the clitic)
    starts_at = [t.start for t in toks]
    return _ArticleView(
        name_starts={t.i for t in toks if t.start in starts},
        place_toks=frozenset(t.i for t in toks if t.start in place_starts),
        date_toks=tokens_inside(toks, [(d.start, d.end) for d in doc.dates]),
        place_at={bisect_right(starts_at, p.start) - 1: (p.entity or p.name_en or ffold(p.text), p.precision,
                                                         p.country, p.lat, p.lon)
                  for p in doc.places if toks and p.start >= toks[0].start},
    )


def tokens_inside(toks: Sequence[Token], spans: Sequence[tuple[int, int]]) -> frozenset[int]:
    """The indices of the tokens that start inside one of ``spans`` (``start <= t.start < end``).

    The spans are merged and each token looked up by bisection: O((T + S) log S), where testing
    every span for every token took 19 s on a 200,000-character sentence with 468 dates (qa-16a)."""
    merged: list[list[int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        elif s < e:
            merged.append([s, e])
    starts = [m[0] for m in merged]
    inside = set()
    for t in toks:
        k = bisect_right(starts, t.start) - 1
        if k >= 0 and t.start < merged[k][1]:
            inside.add(t.i)
    return frozenset(inside)


def _sentence_events(doc: Doc, lex: Lexicon, view: _ArticleView, si: int) -> list[tuple[Event, Told]]:
    """The events of sentence ``si`` (stages 1-4), each with how the sentence tells it."""
    toks, sent = doc.tokens, doc.sentences[si]
    a, b = sent.tok_start, sent.tok_end
    if _boilerplate(toks, a, b):
        return []
    mentions = _found_mentions(doc, lex, a, b)
    if not mentions:
        return []
    kept = _kept_mentions(doc, lex, view, si, mentions)
    heads = frozenset(m.head for m in mentions)
    groups = group_mentions(doc, lex, kept, a, heads)
    for m in kept:
        mark_definite(toks, m, a, view.name_starts)
    groups = split_by_kind(toks, groups, a)
    groups = split_by_place(toks, groups, view.place_at)
    s = SentenceMentions(doc, lex, sent, mentions, heads, view.date_toks)
    violent = any(m.type in VIOLENCE or m.subtype in RIOTS for m in kept)
    return [group_event(s, gkey, ms, groups) for gkey, ms in groups.items()
            if not _attackers_flight(toks, mentions, ms, a, violent)]


def _found_mentions(doc: Doc, lex: Lexicon, a: int, b: int) -> list[Mention]:
    """Stage 1: the trigger mentions of the sentence ``[a, b)`` in text order."""
    toks = doc.tokens
    mentions = [m for m in find_mentions(lex, toks, a, b) if not _dawn(doc, lex, m)]
    used = {k for m in mentions for k in range(m.first, m.last + 1)}
    mentions += protester_predicates(lex, toks, a, b, used)
    mentions.sort(key=lambda m: m.first)
    return drop_support_predicates(lex, toks, mentions)


def _kept_mentions(doc: Doc, lex: Lexicon, view: _ArticleView, si: int, mentions: list[Mention]) -> list[Mention]:
    """Stage 2: the mentions of sentence ``si`` that report an occurrence."""
    toks, sent = doc.tokens, doc.sentences[si]
    a, b = sent.tok_start, sent.tok_end
    kept = keep_mentions(lex, toks, mentions, a, b, casualty_in(doc, (sent.start, sent.end)), view.place_toks,
                         view.date_toks)
    # «الغارات استهدفت تجمعا لآليات»: a gathering right after a violence verb is its target
    violent_ends = {m.last for m in mentions if m.type in VIOLENCE and m.tense != "noun"}
    kept = [m for m in kept if not (m.type == "protests" and m.first - 1 in violent_ends)]
    if kept and si > 0 and _toll_of_accident_before(lex, toks, doc.sentences[si - 1], kept):
        kept = []  # «سيارة انقلبت على الطريق أمس. وأضاف: "خمسة ركاب لقوا حتفهم"» (events-6b)
    return kept


def _place_keys(doc: Doc) -> dict[str, PlaceKey]:
    """Each place record's key for the merge across the article (retellings.PlaceKey)."""
    # a region named after its country («جنوب شرق تركيا»، «جنوب البلاد») is wide (merge.PlaceKey)
    countries = {ffold(p.text) for p in doc.places if p.precision == "country"} | _COUNTRY_WORDS
    # an unknown place located by a direction from a known one («ولاية لوغار جنوب كابول») stands
    # at that place's centre but may lie far from it (retellings.least_km)
    directional = {(p.lat, p.lon) for p in doc.places
                   if p.precision == "region" and (p.name_en or "").startswith(_DIRECTIONS)}
    return {
        p.id: (p.entity or p.name_en or ffold(p.text), p.precision, p.country, p.lat, p.lon,
               p.precision == "region" and ffold(p.text).split()[-1:] in ([c] for c in countries),
               p.name_en is None and p.precision in ("site", "village") and (p.lat, p.lon) in directional)
        for p in doc.places
    }


def _boilerplate(toks: Sequence[Token], a: int, b: int) -> bool:
    """«رابط الخبر بصحيفة الوئام: ...»: an outlet's footer repeats the headline of a story
    already told, it reports nothing new."""
    words = [ffold(toks[k].norm) for k in range(a, min(b, a + 4))]
    return any(w == "رابط" and nxt == "الخبر" for w, nxt in zip(words, words[1:], strict=False))


def _dawn(doc: Doc, lex: Lexicon, m: Mention) -> bool:
    """«فجر» is also «dawn»: «فجر أمس»، «عند فجر الاثنين»."""
    toks = doc.tokens
    w = ffold(toks[m.head].norm)
    if w == "فجرا" and m.subtype != "suicide_bomb":
        # «الساعة الثالثة فجرا»: a time of day after a clock time
        back = [ffold(t.norm) for t in toks[max(0, m.head - 3): m.head]]
        return any(b.isdigit() or b.endswith("ساعه") or "number" in lex.classes(b) for b in back)
    if w not in ("فجر", "وفجر", "الفجر", "بفجر") or m.subtype == "suicide_bomb":
        return False
    nxt = ffold(toks[m.head + 1].norm) if m.head + 1 < len(toks) else ""
    prev = ffold(toks[m.head - 1].norm) if m.head > 0 else ""
    return (
        "time" in lex.classes(nxt)
        or nxt in ("اليوم", "يوم", "امس", "الاحد", "السبت")
        or prev in ("عند", "منذ", "في", "حتي", "صباح", "قبيل", "مع")
        or not toks[m.head + 1 : m.head + 2]
    )


def _toll_of_accident_before(lex: Lexicon, toks: Sequence[Token], prev: Sentence, kept: list[Mention]) -> bool:
    """A sentence that tells only the dead or hurt, right after a sentence about an accident
    («وقال المسؤول إن سيارة انقلبت على الطريق أمس. وأضاف "خمسة ركاب لقوا حتفهم في الحال"»):
    the accident's toll, not violence (the filters read the accident in the same sentence only;
    events-6b, audit J via events-6d)."""
    if not all(m.entry.form in CASUALTY_WORDS for m in kept):
        return False
    if any(m.type in VIOLENCE and m.entry.form not in CASUALTY_WORDS
           for m in find_mentions(lex, toks, prev.tok_start, prev.tok_end)):
        return False  # «وقع الحادث الإرهابي ... تفجير»: an attack called an incident
    return any("accident" in word_classes(lex, toks[k]) or ffold(toks[k].norm).lstrip("و") in FILTER_WORDS.crashes
               for k in range(prev.tok_start, prev.tok_end))


def _attackers_flight(toks: Sequence[Token], mentions: list[Mention], ms: list[Mention], a: int, violent: bool) -> bool:
    """A group of flights only, in a sentence of violence or after an act of violence told
    before it (:func:`_fled_after`): «أضرموا النار ... قبل أن يهربوا»: the attackers fled,
    part of the attack."""
    return all(m.subtype == "flight_escape" for m in ms) and (violent or _fled_after(toks, mentions, ms[0], a))


def _fled_after(toks: Sequence[Token], mentions: list[Mention], flight: Mention, a: int) -> bool:
    """«تسللوا الى دوما واضرموا النار في المنزل ... قبل ان يهربوا»: a flight «قبل أن» after an
    act of violence or arson told in its sentence (kept or not: the act may be told again
    elsewhere) is the attackers' getaway, part of that act (events-4a, the class of the
    attackers' flight; the 5th pass kept it apart when the act itself was dropped)."""
    before = any(m.first < flight.first and (m.type in VIOLENCE or m.subtype in RIOTS) for m in mentions)
    return before and any(ffold(toks[k].norm) in ("قبل", "وقبل") and ffold(toks[k + 1].norm) in ("ان", "ما")
                          for k in range(max(a, flight.first - 3), flight.first - 1))


def step(doc: Doc, options: Options) -> Doc:
    # ACLED's battle for an attack on armed people, typed after the merge (acled_type.py, rule 7)
    events = armed_side_retype(doc, extract_events(doc))
    # an opinion piece keeps only its anchored events (filters.told_in_opinion; events-12a);
    # an undated joining is background (practices.undated_joinings; events-13c), and so is an
    # undated act told only in a relative clause describing something else (described.py; events-14c)
    kept = undated_descriptions(undated_joinings(told_in_opinion(events, doc_genre(doc))), doc.tokens)
    if len(kept) < len(events):
        for i, e in enumerate(kept, 1):  # numbered again (``v1``...), as the merge numbers them
            e.id = f"v{i}"
    doc.events = kept
    return doc
