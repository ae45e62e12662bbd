"""Stage 4 of the events step (:mod:`khabar.events`): the event record of one group of
mentions, and how its sentence tells it (:class:`khabar.events.retellings.Told`, for the merge
across the article).

1. the trigger span: the group's trigger (:func:`khabar.events.merge.pick_trigger`), its support
   verb, an idiom's far words, the noun naming the occurrence after a killing, the killing caused;
2. actors and targets (:mod:`khabar.events.arguments`);
3. the subtype, typed again from the actors, targets and words around (:mod:`khabar.events.acled_type`);
4. place, date, fatalities and the claim (:mod:`khabar.events.where`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..document import Doc
from ..schema import Event, Source, Span
from ..segment import Sentence, Token
from .acled_type import is_battle, riot_retype
from .arguments import find_actors
from .filters import CASUALTY_WORDS
from .grouping import EARLIER, PHRASE_END_WORDS, PHRASE_MAX, support_before
from .lexicon import SUBTYPE_TYPE, Lexicon, ffold
from .merge import is_anaphoric, is_another, kind_of, pick_subtype, pick_trigger
from .retellings import Told
from .triggers import CAUSE_MAX_GAP, Mention, caused_killing
from .where import claim_for, date_for, fatalities_for, place_for
from .wordlists import MERGE_WORDS

__all__ = ["RIOTS", "VIOLENCE", "SentenceMentions", "group_event", "toks_text"]

VIOLENCE = frozenset({"battles", "explosions_remote_violence", "violence_against_civilians"})
RIOTS = frozenset({"violent_demonstration", "mob_violence"})

# Words that show the police intervened in a protest (ACLED "protest with intervention").
_INTERVENTION = frozenset({"فرقت", "فرق", "لتفريق", "تفريق", "المسيل", "مسيله", "الهراوات"})
_KILLING = frozenset({"قتل", "مقتل", "قتلي", "قتيل", "قتلوا", "وقتل", "قتلت", "مصرع", "حتفه", "حتفهم"})

# A noun trigger after these refers back to an occurrence told before («هذا الهجوم»).
_DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك", "وهذا", "وهذه"})

# A group whose first mention follows these is named in passing (merge.Told.background);
# «في أعقاب» splits nothing («في أعقاب تحرير ... بعد أن سيطرت» is one occurrence).
_IN_PASSING = EARLIER | {"اعقاب"}

# Words that tie the dead to what killed them: «قتل 12 في هجوم»، «لقي حتفه جراء انفجار».
_CAUSE_LINKS = frozenset(ffold(w) for w in ("في", "جراء", "إثر", "بسبب", "خلال", "عقب", "وسط", "نتيجة", "بفعل"))
_BLAST_WORDS = frozenset({"انفجار", "انفجارات", "انفجر"})

# Openings of a sentence that turn to other news: «في غضون ذلك»، «إلى ذلك»، «من جهة أخرى»،
# «على صعيد آخر»، «في تطور آخر» (folded).
_TURN_WORDS = frozenset({"غضون", "اخري", "اخر"})

_HOUR = frozenset({"الساعه", "والساعه", "بالساعه", "ساعه"})

# «تم/جرى» + a verbal noun: the passive of the act («تم اعتقال»، «جرى إطلاق النار»), folded.
_PASSIVE_SUPPORT = frozenset({"تم", "جري", "يتم", "يجري"})


@dataclass(frozen=True)
class SentenceMentions:
    """One sentence's trigger mentions as stage 4 reads them."""

    doc: Doc
    lex: Lexicon
    sent: Sentence
    mentions: list[Mention]  # every mention found in the sentence, kept or not
    heads: frozenset[int]  # their head tokens (a trigger is no support verb)

    @property
    def a(self) -> int:
        return self.sent.tok_start

    @property
    def b(self) -> int:
        return self.sent.tok_end

    @property
    def bounds(self) -> tuple[int, int]:
        return (self.sent.start, self.sent.end)


def group_event(s: SentenceMentions, gkey: str, ms: list[Mention],
                groups: dict[str, list[Mention]]) -> tuple[Event, Told]:
    """The event of the group ``gkey`` (its mentions ``ms``, one of the sentence's ``groups``)."""
    doc, toks = s.doc, s.doc.tokens
    trig = pick_trigger(ms, toks)
    subtype = pick_subtype(ms)
    first, verb = _verb_of(s, trig)
    lo, last, dated = _span_ends(toks, trig, ms, first)
    span = doc.span(toks[lo].start, toks[last].end)
    at = toks[first].start
    actors, targets = _doers(s, trig, verb, subtype, at)
    # the phrase that tells the occurrence: the span, and the naming noun past its reach
    # (events-15d: the type, like the date, must not hang on where the span stops)
    phrase = doc.span(span.start, toks[dated].end)
    subtype = _retyped(s, subtype, trig, ms, phrase, actors, targets)
    place, date = _where_when(s, trig, ms, groups, first, at, phrase)
    claim = claim_for(doc.claims, span.start, span.end)
    event = Event(
        id="v0",
        type=SUBTYPE_TYPE[subtype],  # type: ignore[arg-type]
        subtype=subtype,  # type: ignore[arg-type]
        trigger=span,
        actors=actors,
        targets=targets,
        place=place,
        date=date,
        fatalities=fatalities_for(doc, s.bounds, at),
        claim=claim.id if claim else None,
        # the group's other words that tell this occurrence («هجوم ... أسفر عن مقتل»)
        mentions=_other_mentions(doc, ms, span),
    )
    # carried through the merge (the first telling keeps its event) for the rules after it that
    # read the words telling the occurrence: acled_type rule 7 and verb_home (events-15g)
    event._phrase = phrase
    return event, _how_told(toks, gkey, ms, trig, s.a, s.b)


def _verb_of(s: SentenceMentions, trig: Mention) -> tuple[int, int]:
    """``(first, verb)``: the span's first token and the token standing for the verb (the
    trigger, or the support verb of a noun trigger, which the span takes in when at most one
    token, not the subject, stands between)."""
    first, verb = trig.first, trig.head
    if 0 <= trig.support < trig.first:
        verb = trig.support
        if trig.first - verb <= 2:  # the span does not take the subject in
            first = verb
    elif trig.tense == "noun" and trig.support < 0:
        sup = support_before(s.doc, s.lex, trig, s.a, s.heads)
        if sup is not None:
            verb = sup
            if trig.first - sup <= 2:
                first = sup
    return first, verb


def _span_ends(toks: Sequence[Token], trig: Mention, ms: list[Mention], first: int) -> tuple[int, int, int]:
    """``(lo, last, dated)``: the trigger span's first and last tokens, and the last token of
    the words the date is read with (the span, or the naming noun past the reach: «وأصيبت
    والدة الرضيع ... بإصابات خطيرة في الهجوم الذي وقع يوم 31 يوليو» dates the attack the span
    no longer holds; ``where.date_for`` leaves out a relative clause opened after the end)."""
    # an idiom whose words are apart keeps them all: «لقي عامري حتفه»
    last = trig.tail if 0 <= trig.tail - trig.last <= 3 and trig.tense != "noun" else trig.last
    end = max(last, trig.last)
    # the naming noun within the phrase's reach dates the event; within CAUSE_MAX_GAP it also
    # ends the span (the search stops at the first candidate noun, so the nearer reach finds the
    # same noun or none: one search serves both)
    far = _naming_after(toks, trig, ms, end, reach=PHRASE_MAX - 1)
    if far is not None and far.first - end - 1 <= CAUSE_MAX_GAP:
        last = far.last
    # the killing the occurrence caused, told with it («هجوم ... أدى إلى مقتل»، «مقتل
    # شخصين في هجوم»): the span holds both (events-4b, triggers.caused_killing); where,
    # when and how many are still read from the trigger's own start
    lo = first
    if (caused := caused_killing(toks, trig, ms, max(last, trig.last))) is not None:
        lo, last = min(lo, caused.first), max(last, caused.last)
    return lo, last, max(last, far.last) if far is not None else last


def _naming_after(toks: Sequence[Token], trig: Mention, ms: list[Mention], end: int,
                  reach: int = CAUSE_MAX_GAP) -> Mention | None:
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
        if n.first - end - 1 > reach or any(
            toks[k].norm in (".", "؛", ";", ":") or ffold(toks[k].norm) in PHRASE_END_WORDS for k in gap
        ):
            return None
        # another occurrence's word between them ends the phrase
        if any(o is not n and o.entry.form not in CASUALTY_WORDS and end < o.first < n.first for o in ms):
            return None
        return n
    return None


def _doers(s: SentenceMentions, trig: Mention, verb: int, subtype: str,
           at: int) -> tuple[list[Source], list[Source]]:
    """``(actors, targets)`` of the trigger (:func:`khabar.events.arguments.find_actors`)."""
    toks = s.doc.tokens
    actors, targets = find_actors(
        s.doc, s.lex, verb, (trig.first, trig.last), subtype, (s.a, s.b), trig.tense == "noun" and verb == trig.head,
        trig.tail,
    )
    # «وقال المجلس إنه تم إطلاق النار على ...»: a passive act («تم» + its noun) told in a
    # claim names no doer; the claim's speaker is not one
    told_in = claim_for(s.doc.claims, at, at + 1)
    if told_in is not None and told_in.speaker is not None and verb >= s.a \
            and ffold(toks[verb].norm).lstrip("و") in _PASSIVE_SUPPORT:
        sp = told_in.speaker
        actors = [x for x in actors if not (x.start < sp.end and sp.start < x.end)]
    return actors, targets


def _retyped(s: SentenceMentions, subtype: str, trig: Mention, ms: list[Mention], phrase: Span,
             actors: list[Source], targets: list[Source]) -> str:
    """The subtype typed again from the words around, the actors and the targets (ACLED).
    ``phrase`` runs from the span's start through the noun naming the occurrence, also where the
    span stops short of it («قتل قيادي ميداني كبير من ميليشيات الحوثي في هجوم شنته المقاومة»: the
    doer of «هجوم» is as near as when the span held it; events-15d)."""
    toks, lex, a, b = s.doc.tokens, s.lex, s.a, s.b
    if subtype == "peaceful_protest" and any(
        ffold(toks[k].norm) in _INTERVENTION for k in range(a, b)
    ):
        subtype = "protest_with_intervention"
    # («هجوم مسلح على منتجع»: «مسلح» right after the noun is its adjective, not a target)
    # (not after a killing noun: «مقتل سبعة إرهابيين» names the dead)
    after_noun = {toks[m.last + 1].start for m in ms
                  if m.tense == "noun" and m.last + 1 < b and m.entry.form not in CASUALTY_WORDS}
    if subtype == "attack" and is_battle(lex, s.doc.text, phrase, actors, targets, after_noun,
                                         [ffold(toks[k].norm) for k in range(trig.last + 1, b)]):
        subtype = "armed_clash"  # ACLED: violence between armed men is a battle (acled_type.py)
    # a crowd's clash with the police is a riot, armed men's arson an attack (acled_type.py)
    subtype = riot_retype(lex, subtype, [ffold(toks[k].norm) for k in range(trig.first, min(b, trig.last + 16))],
                          actors)
    return _with_protesters(s, subtype, actors, targets)


def _with_protesters(s: SentenceMentions, subtype: str, actors: list[Source], targets: list[Source]) -> str:
    """Violence by protesters is a violent demonstration; on protesters, force used on them."""
    if SUBTYPE_TYPE[subtype] in VIOLENCE and subtype != "abduction_forced_disappearance":
        if any(_is_protester(s.lex, x.text) for x in actors):
            subtype = "violent_demonstration"  # «وهاجم المتظاهرون الشرطة بالحجارة»
        elif any(_is_protester(s.lex, x.text) for x in targets):
            # force used on protesters (ACLED: lethal → excessive force, else intervention)
            words = {ffold(w) for w in toks_text(s.doc, s.a, s.b)}
            killed = bool(_KILLING & (words | {w[1:] for w in words if w[:1] in ("و", "ف")}))
            subtype = "excessive_force_against_protesters" if killed else "protest_with_intervention"
    return subtype


def _is_protester(lex: Lexicon, text: str) -> bool:
    return any("protester" in lex.classes(ffold(w)) for w in text.split())


def toks_text(doc: Doc, a: int, b: int) -> list[str]:
    return [doc.tokens[k].norm for k in range(a, b)]


def _where_when(s: SentenceMentions, trig: Mention, ms: list[Mention], groups: dict[str, list[Mention]],
                first: int, at: int, span: Span) -> tuple[str | None, str | None]:
    """``(place, date)`` of the event: the records nearest to the trigger, away from the
    sentence's other groups (:mod:`khabar.events.where`)."""
    doc, toks = s.doc, s.doc.tokens
    # a definite noun without a support verb refers back: only a place named as where
    back = trig.tense == "noun" and trig.definite and trig.support < 0 and first == trig.first
    others = [toks[pick_trigger(o, toks).first].start for o in groups.values() if o is not ms]
    other_heads = frozenset(m.last for m in s.mentions if m not in ms)
    place = place_for(doc, s.bounds, at, other_heads, locative_only=back, others=others)
    date = date_for(doc, s.bounds, at, others, end=span.end)
    if trig.tense == "noun" and trig.first > s.a and ffold(toks[trig.first - 1].norm) in _DEMONSTRATIVES:
        # «وتبنت طالبان هذا الهجوم، الذي يأتي بعد سلسلة هجمات في كابول»: the attack told
        # before; the sentence's place and date belong to the others it names
        return None, None
    return place, date


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


def _how_told(toks: Sequence[Token], gkey: str, ms: list[Mention], trig: Mention, a: int, b: int) -> Told:
    """How the sentence ``[a, b)`` tells the group's event (retellings.Told)."""
    lead = min(m.first for m in ms)
    background = "@later" not in gkey and lead > a and ffold(toks[lead - 1].norm) in _IN_PASSING
    return Told(is_anaphoric(toks, ms, trig, a), kind_of(ms), background, _clock(toks, a, b, trig.first),
                is_another(toks, ms) or _turns_to_other(toks, a, b), _says(toks, a, b))


def _says(toks: Sequence[Token], a: int, b: int) -> bool:
    """Does the sentence ``[a, b)`` open with a verb of saying and a new source naming itself
    («وقال مدير المرصد لوكالة فرانس برس إن ...»، «وأوضحت الوزارة في بيان أن ...»): is it a new
    source's account (``MERGE_WORDS.says``, ``same_source``; homes._lead_source_home)? Not the
    same source going on («وأوضحت أن ...»، «وقال المصدر إن ...»)."""
    words = [ffold(toks[k].norm) for k in range(a, min(b, a + 6)) if any(c.isalpha() for c in toks[k].norm)][:2]
    if len(words) < 2:
        return False
    first = words[0][1:] if words[0][:1] == "و" and words[0][1:] in MERGE_WORDS.says else words[0]
    return first in MERGE_WORDS.says and words[1] not in MERGE_WORDS.same_source


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


def _turns_to_other(toks: Sequence[Token], a: int, b: int) -> bool:
    """Does the sentence open with a turn to other news (its first five words)?"""
    words = [ffold(toks[k].norm) for k in range(a, min(b, a + 5))]
    return bool(_TURN_WORDS & set(words)) or any(
        w in ("الي", "والي") and nxt == "ذلك" for w, nxt in zip(words, words[1:], strict=False))
