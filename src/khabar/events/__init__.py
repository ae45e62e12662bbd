"""The events step: ACLED-style event records (who did what to whom, where, when).

For each sentence:

1. find trigger mentions with the lexicon (:mod:`khabar.events.triggers`);
2. keep those that report an occurrence (:mod:`khabar.events.filters`), and drop those
   inside a claim that denies, fears, demands, promises or expects them;
3. group the kept mentions of one family into one event (:mod:`khabar.events.merge`);
4. find actors, targets, place, date, fatalities and the claim (:mod:`khabar.events.arguments`);

then merge the repeated mentions of one occurrence across the article
(:mod:`khabar.events.retellings`). Types, subtypes and
the CAMEO/PLOVER mapping are documented in ``docs/events.md``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from ..document import Doc
from ..genre import doc_genre
from ..options import Options
from ..schema import Event, Span
from ..segment import Sentence, Token
from .acled_type import armed_side_retype, is_battle, riot_retype
from .apart import split_by_place
from .arguments import find_actors
from .clauses import word_classes
from .described import undated_descriptions
from .filters import CASUALTY_WORDS, family, keep_mentions, told_in_opinion
from .lexicon import SUBTYPE_TYPE, Lexicon, ffold, lexicon
from .merge import (
    GENERIC_VERBS,
    is_anaphoric,
    is_another,
    kind_of,
    mark_definite,
    only_casualties_before,
    pick_subtype,
    pick_trigger,
    split_by_kind,
)
from .practices import undated_joinings
from .retellings import PlaceKey, Told, merge_events
from .subjects import drop_support_predicates, protester_predicates
from .triggers import Mention, caused_killing, find_mentions
from .where import casualty_in, claim_for, date_for, fatalities_for, place_for
from .wordlists import FILTER_WORDS

__all__ = ["extract_events", "step"]

#: Claims with these certainties report something that did not (yet) happen.
_UNREAL_CERTAINTIES = frozenset({"denied", "feared", "demanded", "promised", "expected"})

# Words that show the police intervened in a protest (ACLED "protest with intervention").
_INTERVENTION = frozenset({"فرقت", "فرق", "لتفريق", "تفريق", "المسيل", "مسيله", "الهراوات"})


# A noun trigger after these refers back to an occurrence told before («هذا الهجوم»).
_DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك", "وهذا", "وهذه"})

# A mention right after these words is an earlier occurrence than the sentence's own.
_EARLIER = frozenset({"بعد", "وبعد", "عقب", "اثر", "واثر", "غداه", "بعدما", "وبعدما"})
# Words saying what an occurrence did (the verbs and their nouns): after «بعد» they are not
# an earlier occurrence («بعد استهدافه تجمعا»).
_WHAT_IT_DID = GENERIC_VERBS | {"استهداف", "تدمير"}

# A group whose first mention follows these is named in passing (merge.Told.background);
# «في أعقاب» splits nothing («في أعقاب تحرير ... بعد أن سيطرت» is one occurrence).
_IN_PASSING = _EARLIER | {"اعقاب"}
# A raid (the lexicon's form, folded) after «بعد/إثر» is how the sentence's arrest was made, not
# an earlier occurrence: «ألقى أعوان الأمن القبض على شاب ... بعد مداهمة منزله»، «تم إثر مداهمة
# المنزل إيقاف شخصين» (the gold tuning part marks a raid as a mention of the operation's event;
# events-5f, ANT audit G).
_RAIDS = frozenset({"مداهمه"})

_VIOLENCE = frozenset({"battles", "explosions_remote_violence", "violence_against_civilians"})
_RIOTS = frozenset({"violent_demonstration", "mob_violence"})
_KILLING = frozenset({"قتل", "مقتل", "قتلي", "قتيل", "قتلوا", "وقتل", "قتلت", "مصرع", "حتفه", "حتفهم"})


def _is_protester(lex: Lexicon, text: str) -> bool:
    return any("protester" in lex.classes(ffold(w)) for w in text.split())


def _toll_of_accident_before(lex: Lexicon, toks: Sequence[Token], prev: Sentence, kept: list[Mention]) -> bool:
    """A sentence that tells only the dead or hurt, right after a sentence about an accident
    («وقال المسؤول إن سيارة انقلبت على الطريق أمس. وأضاف "خمسة ركاب لقوا حتفهم في الحال"»):
    the accident's toll, not violence (the filters read the accident in the same sentence only;
    events-6b, audit J via events-6d)."""
    if not all(m.entry.form in CASUALTY_WORDS for m in kept):
        return False
    if any(m.type in _VIOLENCE and m.entry.form not in CASUALTY_WORDS
           for m in find_mentions(lex, toks, prev.tok_start, prev.tok_end)):
        return False  # «وقع الحادث الإرهابي ... تفجير»: an attack called an incident
    return any("accident" in word_classes(lex, toks[k]) or ffold(toks[k].norm).lstrip("و") in FILTER_WORDS.crashes
               for k in range(prev.tok_start, prev.tok_end))


def _told_in_relative(toks: Sequence[Token], m: Mention, a: int) -> bool:
    """A past act in a relative clause inside a demand, a promise or an expectation is told as
    having happened, not demanded or promised: «طالبت النقابة بإطلاق سراح المراسل الذي جرى
    اختطافه ... في الأول من يونيو»، «تعهد القضاء بفتح تحقيق في مقتل ...، شقيق مبروك الذي قتله
    إرهابيون ... في نوفمبر 2015» (events-6b, audit K via events-6d; the gold annotates past acts
    in relative clauses). The relative pronoun right before the mention, or before «جرى/تم/قد»."""
    if m.tense not in ("past", "noun"):
        return False
    k = m.first - 1
    if k > a and ffold(toks[k].norm) in FILTER_WORDS.done_support | {"قد"}:
        k -= 1
    if m.tense == "noun" and k == m.first - 1:
        return False  # a noun needs its past support: «الذي جرى اختطافه»
    return k >= a and ffold(toks[k].norm) in FILTER_WORDS.relatives


def toks_text(doc: Doc, a: int, b: int) -> list[str]:
    return [doc.tokens[k].norm for k in range(a, b)]


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


def _support_before(doc: Doc, lex: Lexicon, m: Mention, lo: int, heads: frozenset[int] = frozenset()) -> int | None:
    """Token index of a support verb just before a noun trigger («شن غارة», «خرجوا في
    مسيرات»), at most two tokens (the subject: «شنت طائرات التحالف غارات») between them."""
    for k in range(m.first - 1, max(lo, m.first - 3) - 1, -1):
        # a trigger is not a support verb, whatever its clitic readings («فجرت» ≠ ف + جرت)
        if k not in heads and "support" in lex.classes(ffold(doc.tokens[k].norm)):
            return k
    return None


def _qama_bi(doc: Doc, m: Mention, lo: int) -> int | None:
    """«قام مسلحون ... بخطف»: a noun with ب after «قام» is the predicate; the index of «قام»
    (its subject is the actor)."""
    if not ffold(doc.tokens[m.head].norm).startswith("ب"):
        return None
    for k in range(m.first - 1, max(lo, m.first - 7) - 1, -1):
        w = ffold(doc.tokens[k].norm)
        # («بادر 18 حوثيا بتسليم أنفسهم»: took the step of, a predicate too)
        if w in ("قام", "قامت", "قاموا", "وقام", "وقامت", "وقاموا", "تقوم", "وتقوم", "يقوم", "ويقوم",
                 "بادر", "بادرت", "بادروا", "وبادر", "وبادرت", "وبادروا"):
            return k
        # (scare quotes around a word do not end the subject: «قام عدد من جنود «المارينز» بقتل
        # المدنيين»; events-7c)
        if not doc.tokens[k].is_arabic and doc.tokens[k].norm not in _SCARE_QUOTES:
            return None
    return None


_SCARE_QUOTES = frozenset('«»"“”')


# What ends the phrase after «بعد»: punctuation, or a word that starts another clause.
_PHRASE_END = frozenset("،,؛;:.؟?!")
_PHRASE_END_WORDS = frozenset({"بينما", "وبينما", "فيما", "وفيما", "حيث", "حين", "لكن", "ولكن", "كما", "وكما",
                               "بعد", "وبعد", "قبل", "وقبل", "عقب"})
_PHRASE_MAX = 12  # tokens from the end of one mention to the next in one «بعد» phrase


def _same_phrase(toks: Sequence[Token], last: int, first: int) -> bool:
    """Is ``first`` still in the phrase that ends at ``last``, no clause boundary between?"""
    if not 0 < first - last <= _PHRASE_MAX:
        return False
    return not any(
        toks[k].norm in _PHRASE_END or ffold(toks[k].norm) in _PHRASE_END_WORDS for k in range(last + 1, first)
    )


# Words that tie the dead to what killed them: «قتل 12 في هجوم»، «لقي حتفه جراء انفجار».
_CAUSE_LINKS = frozenset(ffold(w) for w in ("في", "جراء", "إثر", "بسبب", "خلال", "عقب", "وسط", "نتيجة", "بفعل"))
_BLAST_WORDS = frozenset({"انفجار", "انفجارات", "انفجر"})


def _naming_after(toks: Sequence[Token], trig: Mention, ms: list[Mention], end: int) -> Mention | None:
    """The noun naming the occurrence after a killing told first: «قتل 21 شخصا في هجوم»،
    «لقي 41 متمردا مصرعهم، وأصيب 28 آخرون في غارات عنيفة». The gold articles mark the
    naming word («هجوم»، «غارات»), the UniversalPetrarch sentences the killing: the trigger
    runs from the killing to the naming noun, one event named by both (ACLED counts the dead
    as the attack's fatalities)."""
    if trig.entry.form not in CASUALTY_WORDS:
        return None
    for n in ms:
        if n.first <= end or n.tense != "noun" or n.entry.form in CASUALTY_WORDS:
            continue
        if not (n.entry.strong or n.entry.form in _BLAST_WORDS):
            continue
        prev = ffold(toks[n.first - 1].norm)
        if prev not in _CAUSE_LINKS and not ffold(toks[n.first].norm).startswith("ب"):
            continue
        gap = range(end + 1, n.first)
        if n.first - end > _PHRASE_MAX or any(
            toks[k].norm in (".", "؛", ";", ":") or ffold(toks[k].norm) in _PHRASE_END_WORDS for k in gap
        ):
            return None
        # another occurrence's word between them ends the phrase
        if any(o is not n and o.entry.form not in CASUALTY_WORDS and end < o.first < n.first for o in ms):
            return None
        return n
    return None


# The English names the places layer gives a region told by a direction from a place («south of Kabul»).
_DIRECTIONS = ("north", "south", "east", "west")

# Words for the article's own country at the end of a region's name («جنوب البلاد»), folded.
_COUNTRY_WORDS = frozenset({"البلاد", "المملكه", "البلد"})

# Openings of a sentence that turn to other news: «في غضون ذلك»، «إلى ذلك»، «من جهة أخرى»،
# «على صعيد آخر»، «في تطور آخر» (folded).
_TURN_WORDS = frozenset({"غضون", "اخري", "اخر"})


def _turns_to_other(toks: Sequence[Token], a: int, b: int) -> bool:
    """Does the sentence open with a turn to other news (its first five words)?"""
    words = [ffold(toks[k].norm) for k in range(a, min(b, a + 5))]
    return bool(_TURN_WORDS & set(words)) or any(
        w in ("الي", "والي") and nxt == "ذلك" for w, nxt in zip(words, words[1:], strict=False))


_HOUR = frozenset({"الساعه", "والساعه", "بالساعه", "ساعه"})


def _clock(toks: Sequence[Token], a: int, b: int, at: int) -> str | None:
    """The clock time nearest to token ``at`` in the sentence ``[a, b)``: «الساعة 12:30»,
    «الساعة 1:50 صباح» (digits after «الساعة»); None without one."""
    best: tuple[int, str] | None = None
    for k in range(a, b - 1):
        if ffold(toks[k].norm) in _HOUR and toks[k + 1].norm.isdigit():
            t = toks[k + 1].norm
            if k + 3 < b and toks[k + 2].norm == ":" and toks[k + 3].norm.isdigit():
                t += ":" + toks[k + 3].norm
            if best is None or abs(k - at) < best[0]:
                best = (abs(k - at), t)
    return best[1] if best else None


def _boilerplate(toks: Sequence[Token], a: int, b: int) -> bool:
    """«رابط الخبر بصحيفة الوئام: ...»: an outlet's footer repeats the headline of a story
    already told, it reports nothing new."""
    words = [ffold(toks[k].norm) for k in range(a, min(b, a + 4))]
    return any(w == "رابط" and nxt == "الخبر" for w, nxt in zip(words, words[1:], strict=False))


# «تم/جرى» + a verbal noun: the passive of the act («تم اعتقال»، «جرى إطلاق النار»), folded.
_PASSIVE_SUPPORT = frozenset({"تم", "جري", "يتم", "يجري"})


def _other_mentions(doc: Doc, ms: list[Mention], span: Span) -> list[Span]:
    """The spans of a group's mentions outside its trigger span, in text order, once each."""
    toks, out, seen = doc.tokens, [], {(span.start, span.end)}
    for m in sorted(ms, key=lambda m: m.first):
        s, e = toks[m.first].start, toks[m.last].end
        if e <= span.start or s >= span.end:
            if (s, e) not in seen:
                seen.add((s, e))
                out.append(doc.span(s, e))
    return out


def _fled_after(toks: Sequence[Token], mentions: list[Mention], flight: Mention, a: int) -> bool:
    """«تسللوا الى دوما واضرموا النار في المنزل ... قبل ان يهربوا»: a flight «قبل أن» after an
    act of violence or arson told in its sentence (kept or not: the act may be told again
    elsewhere) is the attackers' getaway, part of that act (events-4a, the class of the
    attackers' flight; the 5th pass kept it apart when the act itself was dropped)."""
    before = any(m.first < flight.first and (m.type in _VIOLENCE or m.subtype in _RIOTS) for m in mentions)
    return before and any(ffold(toks[k].norm) in ("قبل", "وقبل") and ffold(toks[k + 1].norm) in ("ان", "ما")
                          for k in range(max(a, flight.first - 3), flight.first - 1))


def extract_events(doc: Doc) -> list[Event]:
    lex = lexicon()
    toks = doc.tokens
    events: list[Event] = []
    sent_of: list[int] = []
    info: list[Told] = []  # per event: how its sentence tells it (merge.Told)
    # tokens where a place or entity name starts: a noun before one is definite («هجمات باريس»)
    starts = {p.start for p in doc.places} | {sp.start for e in doc.entities for sp in (e, *e.mentions)}
    name_starts = {t.i for t in toks if t.start in starts}
    place_starts = {p.start for p in doc.places}
    place_toks = frozenset(t.i for t in toks if t.start in place_starts)
    date_toks = frozenset(t.i for t in toks if any(d.start <= t.start < d.end for d in doc.dates))
    # each place's first token with the key the merges compare (apart.split_by_place)
    # (the token holding its start: «بشمال الكاميرون» starts after the clitic)
    starts_at = [t.start for t in toks]
    place_at = {bisect_right(starts_at, p.start) - 1: (p.entity or p.name_en or ffold(p.text), p.precision,
                                                       p.country, p.lat, p.lon)
                for p in doc.places if toks and p.start >= toks[0].start}
    for si, sent in enumerate(doc.sentences):
        a, b = sent.tok_start, sent.tok_end
        if _boilerplate(toks, a, b):
            continue
        mentions = [m for m in find_mentions(lex, toks, a, b) if not _dawn(doc, lex, m)]
        used = {k for m in mentions for k in range(m.first, m.last + 1)}
        mentions += protester_predicates(lex, toks, a, b, used)
        mentions.sort(key=lambda m: m.first)
        mentions = drop_support_predicates(lex, toks, mentions)
        if not mentions:
            continue
        kept = keep_mentions(lex, toks, mentions, a, b, casualty_in(doc, (sent.start, sent.end)), place_toks,
                             date_toks)
        # «الغارات استهدفت تجمعا لآليات»: a gathering right after a violence verb is its target
        violent_ends = {m.last for m in mentions if m.type in _VIOLENCE and m.tense != "noun"}
        kept = [m for m in kept if not (m.type == "protests" and m.first - 1 in violent_ends)]
        if kept and si > 0 and _toll_of_accident_before(lex, toks, doc.sentences[si - 1], kept):
            kept = []  # «سيارة انقلبت على الطريق أمس. وأضاف: "خمسة ركاب لقوا حتفهم"» (events-6b)
        groups: dict[str, list[Mention]] = {}
        heads = frozenset(m.head for m in mentions)
        earlier: dict[str, tuple[str, int]] = {}  # family -> (key of its «بعد ...» group, its last token)
        for m in kept:
            if m.tense == "noun":
                sup = _support_before(doc, lex, m, a, heads)
                if sup is not None:
                    m.support = sup
                elif (qama := _qama_bi(doc, m, a)) is not None:
                    m.support = qama  # a predicate too: «قام مسلحون بخطف»
            c = claim_for(doc.claims, toks[m.first].start, toks[m.last].end)
            in_relative = c is not None and c.certainty in _UNREAL_CERTAINTIES - {"denied"} \
                and _told_in_relative(toks, m, a)
            if c is not None and c.certainty in _UNREAL_CERTAINTIES and not in_relative:
                continue
            if c is not None and c.certainty == "warned" and m.subtype != "threat":
                continue
            key = family(m.subtype, m.type)
            if in_relative:
                key += f"@rel{m.first}"  # a past act told apart from what is demanded or promised
            # («شن أول هجوم انتحاري ... بعد استهدافه تجمعا»: what the attack did, not an earlier one)
            if m.first > a and m.entry.form not in _WHAT_IT_DID | _RAIDS and not only_casualties_before(kept, m, key) and (ffold(toks[m.first - 1].norm) in _EARLIER or (
                m.first - 1 > a and ffold(toks[m.first - 2].norm) in _EARLIER
                and ffold(toks[m.first - 1].norm) in ("سلسله", "موجه", "عده", "عمليه")
            )):
                fam = key
                key += f"@{m.first}"  # «اندلعت الاشتباكات بعد مقتل...»: an earlier occurrence
                earlier[fam] = (key, m.last)
            elif (prev := earlier.get(key)) is not None and _same_phrase(toks, prev[1], m.first):
                # the rest of the «بعد» phrase tells the same earlier occurrence: «بعد مقتل ستة
                # أشخاص في غارات»، «بعد هجوم وقع على منتجع ... أدى إلى مقتل 38» (one event, not
                # the killing and the strike apart; ACLED counts the dead as the strike's)
                key = prev[0]
                earlier[key.split("@")[0]] = (key, m.last)
            elif any(ffold(toks[k].norm) in ("قبل", "وقبل") and ffold(toks[k + 1].norm) in ("ان", "ما")
                     for k in range(max(a, m.first - 6), m.first - 1)):
                key += "@later"  # «... طعنوا أناسا قبل أن تقوم قوات الأمن بالقضاء عليهم»
            groups.setdefault(key, []).append(m)
        for m in kept:
            mark_definite(toks, m, a, name_starts)
        groups = split_by_kind(toks, groups, a)
        groups = split_by_place(toks, groups, place_at)

        def other_heads(ms: list[Mention], found: list[Mention] = mentions) -> frozenset[int]:
            return frozenset(m.last for m in found if m not in ms)

        violent = any(m.type in _VIOLENCE or m.subtype in _RIOTS for m in kept)
        for gkey, ms in groups.items():
            if all(m.subtype == "flight_escape" for m in ms) and (violent or _fled_after(toks, mentions, ms[0], a)):
                continue  # «أضرموا النار ... قبل أن يهربوا»: the attackers fled, part of the attack
            trig = pick_trigger(ms, toks)
            subtype = pick_subtype(ms)
            first, verb = trig.first, trig.head
            if 0 <= trig.support < trig.first:
                verb = trig.support
                if trig.first - verb <= 2:  # the span does not take the subject in
                    first = verb
            elif trig.tense == "noun" and trig.support < 0:
                sup = _support_before(doc, lex, trig, a, heads)
                if sup is not None:
                    verb = sup
                    if trig.first - sup <= 2:
                        first = sup
            # an idiom whose words are apart keeps them all: «لقي عامري حتفه»
            last = trig.tail if 0 <= trig.tail - trig.last <= 3 and trig.tense != "noun" else trig.last
            if (named := _naming_after(toks, trig, ms, max(last, trig.last))) is not None:
                last = named.last
            # the killing the occurrence caused, told with it («هجوم ... أدى إلى مقتل»، «مقتل
            # شخصين في هجوم»): the span holds both (events-4b, triggers.caused_killing); where,
            # when and how many are still read from the trigger's own start
            lo = first
            if (caused := caused_killing(toks, trig, ms, max(last, trig.last))) is not None:
                lo, last = min(lo, caused.first), max(last, caused.last)
            span = doc.span(toks[lo].start, toks[last].end)
            at = toks[first].start
            actors, targets = find_actors(
                doc, lex, verb, (trig.first, trig.last), subtype, (a, b), trig.tense == "noun" and verb == trig.head,
                trig.tail,
            )
            # «وقال المجلس إنه تم إطلاق النار على ...»: a passive act («تم» + its noun) told in a
            # claim names no doer; the claim's speaker is not one
            told_in = claim_for(doc.claims, at, at + 1)
            if told_in is not None and told_in.speaker is not None and verb >= a \
                    and ffold(toks[verb].norm).lstrip("و") in _PASSIVE_SUPPORT:
                sp = told_in.speaker
                actors = [x for x in actors if not (x.start < sp.end and sp.start < x.end)]
            if subtype == "peaceful_protest" and any(
                ffold(toks[k].norm) in _INTERVENTION for k in range(a, b)
            ):
                subtype = "protest_with_intervention"
            # («هجوم مسلح على منتجع»: «مسلح» right after the noun is its adjective, not a target)
            # (not after a killing noun: «مقتل سبعة إرهابيين» names the dead)
            after_noun = {toks[m.last + 1].start for m in ms
                          if m.tense == "noun" and m.last + 1 < b and m.entry.form not in CASUALTY_WORDS}
            if subtype == "attack" and is_battle(lex, doc.text, span, actors, targets, after_noun,
                                                 [ffold(toks[k].norm) for k in range(trig.last + 1, b)]):
                subtype = "armed_clash"  # ACLED: violence between armed men is a battle (acled_type.py)
            # a crowd's clash with the police is a riot, armed men's arson an attack (acled_type.py)
            subtype = riot_retype(lex, subtype, [ffold(toks[k].norm) for k in range(trig.first, min(b, trig.last + 16))],
                                  actors)
            if SUBTYPE_TYPE[subtype] in _VIOLENCE and subtype != "abduction_forced_disappearance":
                if any(_is_protester(lex, x.text) for x in actors):
                    subtype = "violent_demonstration"  # «وهاجم المتظاهرون الشرطة بالحجارة»
                elif any(_is_protester(lex, x.text) for x in targets):
                    # force used on protesters (ACLED: lethal → excessive force, else intervention)
                    words = {ffold(w) for w in toks_text(doc, a, b)}
                    killed = bool(_KILLING & (words | {w[1:] for w in words if w[:1] in ("و", "ف")}))
                    subtype = "excessive_force_against_protesters" if killed else "protest_with_intervention"
            # a definite noun without a support verb refers back: only a place named as where
            back = trig.tense == "noun" and trig.definite and trig.support < 0 and first == trig.first
            others = [toks[pick_trigger(o, toks).first].start for o in groups.values() if o is not ms]
            place = place_for(doc, (sent.start, sent.end), at, other_heads(ms), locative_only=back,
                              others=others)
            date = date_for(doc, (sent.start, sent.end), at, others, end=span.end)
            if trig.tense == "noun" and trig.first > a and ffold(toks[trig.first - 1].norm) in _DEMONSTRATIVES:
                # «وتبنت طالبان هذا الهجوم، الذي يأتي بعد سلسلة هجمات في كابول»: the attack told
                # before; the sentence's place and date belong to the others it names
                place = date = None
            claim = claim_for(doc.claims, span.start, span.end)
            events.append(
                Event(
                    id="v0",
                    type=SUBTYPE_TYPE[subtype],  # type: ignore[arg-type]
                    subtype=subtype,  # type: ignore[arg-type]
                    trigger=span,
                    actors=actors,
                    targets=targets,
                    place=place,
                    date=date,
                    fatalities=fatalities_for(doc, (sent.start, sent.end), at),
                    claim=claim.id if claim else None,
                    # the group's other words that tell this occurrence («هجوم ... أسفر عن مقتل»)
                    mentions=_other_mentions(doc, ms, span),
                )
            )
            sent_of.append(si)
            lead = min(m.first for m in ms)
            background = "@later" not in gkey and lead > a and ffold(toks[lead - 1].norm) in _IN_PASSING
            info.append(Told(is_anaphoric(toks, ms, trig, a), kind_of(ms), background, _clock(toks, a, b, trig.first),
                             is_another(toks, ms) or _turns_to_other(toks, a, b)))
    order = sorted(range(len(events)), key=lambda k: events[k].trigger.start)
    dates = {d.id: d.value for d in doc.dates}
    # a region named after its country («جنوب شرق تركيا»، «جنوب البلاد») is wide (merge.PlaceKey)
    countries = {ffold(p.text) for p in doc.places if p.precision == "country"} | _COUNTRY_WORDS
    # an unknown place located by a direction from a known one («ولاية لوغار جنوب كابول») stands
    # at that place's centre but may lie far from it (retellings.least_km)
    directional = {(p.lat, p.lon) for p in doc.places
                   if p.precision == "region" and (p.name_en or "").startswith(_DIRECTIONS)}
    places: dict[str, PlaceKey] = {
        p.id: (p.entity or p.name_en or ffold(p.text), p.precision, p.country, p.lat, p.lon,
               p.precision == "region" and ffold(p.text).split()[-1:] in ([c] for c in countries),
               p.name_en is None and p.precision in ("site", "village") and (p.lat, p.lon) in directional)
        for p in doc.places
    }
    return merge_events([events[k] for k in order], [sent_of[k] for k in order], dates, places,
                        [info[k] for k in order])


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
