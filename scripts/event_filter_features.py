"""Features of a predicted event for the learned event filter (events-7b, session 7).

Used by ``scripts/train_event_filter.py`` only: the filter failed its cross-validation
(docs/events.md, "Twelfth pass"), so nothing of it runs in ``khabar.analyze``. Kept so that the
experiment can be rerun on a later tree in a minute.

A few explainable features of a predicted event that the Doc gives at run time
(:func:`features`): its type, subtype and lexicon form, how its trigger is told (tense, a
passive «تم», a definite or plural noun, a strong lexicon row), the words before it (negation,
modality, «منذ/بعد/إثر», a conditional), where it stands (first sentence, the title, position),
its claim and that claim's certainty, what the record holds (mentions merged, actors, targets,
place, date, fatalities, an old date), a span of time or a count in its sentence, and what the
article told before it (an earlier event of the same type or subtype, one it could retell, one
with the same party or trigger word).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from khabar.document import Doc
from khabar.events.lexicon import ffold, lexicon
from khabar.events.triggers import Mention, find_mentions
from khabar.events.wordlists import OCCURRENCE_WORDS
from khabar.schema import EVENT_TYPES, Event
from khabar.segment import Token

__all__ = ["FEATURES", "features"]

# Word lists of the features, written by hand by events-7b from standard Arabic grammar
# (particles of negation, the future and modality, conditionals) and the time words that
# docs/annotation.md names for background mentions («منذ/بعد/إثر»), not from any article.
# Folded on use; a token is compared without a leading و/ف.
NEGATION = frozenset(map(ffold, ("لم", "لن", "لا", "ما", "ليس", "ليست", "غير", "دون", "بدون", "عدم", "نفى", "نفت")))
MODAL = frozenset(map(ffold, ("سوف", "قد", "يجب", "ينبغي", "يمكن", "ضرورة", "يعتزم", "تعتزم", "تهدف", "يهدف",
                              "محاولة", "لمنع", "خطة")))
BACKGROUND = frozenset(map(ffold, ("منذ", "بعد", "إثر", "عقب", "قبل", "بعدما", "أعقاب")))
CONDITIONAL = frozenset(map(ffold, ("إذا", "لو", "حال", "حالة")))

#: Certainties of a claim that hedge what it reports (schema.Certainty, all but "asserted").
_HEDGED = frozenset({"estimated", "believed", "alleged", "cannot_confirm", "inferred"})
#: «تم/جرى» + a verbal noun: the passive of the act («تم اعتقال»), folded.
_PASSIVE = frozenset({"تم", "جري", "يتم", "يجري"})
# The words around the trigger as features (0 = off): tried in the twelfth pass, no better (held-out
# AUC 0.722 with 3 words each side, nested +0.005 precision; docs/events.md).
CONTEXT_WORDS = 0
_WINDOW = 3  # tokens before the trigger read for negation, modality and background words

#: Feature names, in the model file's order.
FEATURES: tuple[str, ...] = (
    *(f"type={t}" for t in EVENT_TYPES),
    "tense=past", "tense=present", "tense=noun", "tense=other", "passive", "definite", "strong",
    "negation", "modal", "background", "conditional",
    "first_sentence", "in_title", "position",
    "in_claim", "hedged_claim",
    "mentions", "actors", "targets", "place", "date", "fatalities", "old_date",
    "sentence_length", "events_in_article",
    "same_type_before", "same_subtype_before", "same_place_before", "same_sentence", "background_undated",
    "plural", "compatible_before", "shares_party_before", "same_word_before", "period", "count",
)


def _bare(tok: Token) -> str:
    w = ffold(tok.norm)
    return w[1:] if len(w) > 2 and w[0] in "وف" else w


def _in(words: Sequence[str], lst: frozenset[str]) -> bool:
    return any(w in lst for w in words)


def _trigger_mention(doc: Doc, ev: Event) -> tuple[Mention | None, int, int, int]:
    """The lexicon mention whose head lies in the trigger span, with the sentence's token
    bounds and the trigger's first token (the span may start at a support verb)."""
    toks = doc.tokens
    first = next((t.i for t in toks if t.end > ev.trigger.start), 0)
    a, b = 0, len(toks)
    for s in doc.sentences:
        if s.tok_start <= first < s.tok_end:
            a, b = s.tok_start, s.tok_end
            break
    inside = [m for m in find_mentions(lexicon(), toks, a, b)
              if ev.trigger.start <= toks[m.head].start < ev.trigger.end]
    return (inside[0] if inside else None), a, b, first


def _old_date(doc: Doc, ev: Event) -> bool:
    """The event's date lies more than 30 days before the article's: background."""
    value = next((d.value for d in doc.dates if d.id == ev.date), None)
    art = doc.article.date
    if not value or not art or len(str(value)) < 7 or len(art) < 10:
        return False
    y, m = int(str(value)[:4]), int(str(value)[5:7])
    ay, am = int(art[:4]), int(art[5:7])
    return (ay - y) * 12 + (am - m) > 1


def _sentence_of(doc: Doc, start: int) -> int:
    return next((k for k, s in enumerate(doc.sentences) if s.start <= start < s.end), -1)


def _stem(text: str) -> str:
    """A trigger's first word without و/ف/ب and the article: «والهجوم» → «هجوم»."""
    w = ffold(text.split()[0]) if text.split() else ""
    while len(w) > 3 and w[0] in "وفب":
        w = w[1:]
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


def _parties(ev: Event) -> set[str]:
    return {ffold(x.text) for x in (*ev.actors, *ev.targets)}


def _compatible(a: Event, b: Event) -> bool:
    """Could ``b`` retell ``a``: the same subtype, and place and date equal or unknown."""
    return (a.subtype == b.subtype and (a.place is None or b.place is None or a.place == b.place)
            and (a.date is None or b.date is None or a.date == b.date))


def _earlier(doc: Doc, events: Sequence[Event], k: int) -> dict[str, float]:
    """What the article told before this event (a retelling kept apart shows here): an earlier
    event of the same type, subtype, or type and place, one it could retell, one with the same
    actor or target or trigger word; another event in its sentence."""
    ev = events[k]
    before = [o for o in events if o.trigger.start < ev.trigger.start]
    sent = _sentence_of(doc, ev.trigger.start)
    same_type = [o for o in before if o.type == ev.type]
    return {
        "compatible_before": float(any(_compatible(o, ev) for o in before)),
        "shares_party_before": float(any(_parties(o) & _parties(ev) for o in same_type)),
        "same_word_before": float(any(_stem(o.trigger.text) == _stem(ev.trigger.text) for o in before)),
        "same_type_before": float(any(o.type == ev.type for o in before)),
        "same_subtype_before": float(any(o.subtype == ev.subtype for o in before)),
        "same_place_before": float(ev.place is not None and any(o.type == ev.type and o.place == ev.place for o in before)),
        "same_sentence": float(any(o is not ev and _sentence_of(doc, o.trigger.start) == sent for o in events)),
    }


def features(doc: Doc, events: Sequence[Event], k: int) -> dict[str, float]:
    """The features of the ``k``-th predicted event of the article (binary, or scaled to
    about 0-1)."""
    toks = doc.tokens
    ev, n_events = events[k], len(events)
    m, a, b, first = _trigger_mention(doc, ev)
    at = m.first if m is not None else first
    before = [_bare(toks[k]) for k in range(max(a, at - _WINDOW), at)]
    sent_before = [_bare(toks[k]) for k in range(a, at)]
    tense = m.tense if m is not None else "other"
    f: dict[str, float] = {f"type={ev.type}": 1.0, f"tense={tense if tense in ('past', 'present', 'noun') else 'other'}": 1.0}
    f[f"subtype={ev.subtype}"] = 1.0
    if m is not None:
        f[f"form={m.entry.form}"] = 1.0
        f["strong"] = float(m.entry.strong)
        f["definite"] = float(tense == "noun" and ffold(toks[m.first].norm).lstrip("وفب").startswith("ال"))
    f["passive"] = float(_in(before, _PASSIVE))
    f["negation"] = float(_in(before, NEGATION))
    f["modal"] = float(_in(before, MODAL) or any(w.startswith("س") and len(w) > 3 and w[1] in "يتن" for w in before[-1:]))
    f["background"] = float(_in(before, BACKGROUND))
    f["conditional"] = float(_in(sent_before, CONDITIONAL))
    f["first_sentence"] = float(a == 0)
    title = ffold(doc.article.title or "")
    f["in_title"] = float(bool(title) and ffold(toks[at].norm) in title.split())
    f["position"] = ev.trigger.start / max(1, len(doc.text))
    claim = next((c for c in doc.claims if c.id == ev.claim), None)
    f["in_claim"] = float(claim is not None)
    f["hedged_claim"] = float(claim is not None and claim.certainty in _HEDGED)
    f["mentions"] = math.log1p(len(ev.mentions))
    f["actors"] = float(bool(ev.actors))
    f["targets"] = float(bool(ev.targets))
    f["place"] = float(ev.place is not None)
    f["date"] = float(ev.date is not None)
    f["fatalities"] = float(ev.fatalities is not None)
    f["old_date"] = float(_old_date(doc, ev))
    f["sentence_length"] = min(1.0, (b - a) / 60)
    f["events_in_article"] = math.log1p(n_events) / 3
    f["background_undated"] = float(f["background"] and ev.date is None)
    # a plural noun («هجمات»، «غارات»، «اعتقالات»): tallies and practices are told with one
    f["plural"] = float(tense == "noun" and ffold(toks[at].norm).endswith("ات"))
    f.update(_earlier(doc, events, k))
    # a span of time named in the sentence («خلال الأشهر الماضية»، «منذ سنوات»): tallies, campaigns
    words = {_bare(toks[j]) for j in range(a, b)}
    spans = OCCURRENCE_WORDS.long_periods | OCCURRENCE_WORDS.period_words | OCCURRENCE_WORDS.spans
    f["period"] = float(bool(words & spans))
    s0, s1 = toks[a].start, toks[b - 1].end
    f["count"] = float(any(s0 <= q.start < s1 for q in doc.quantities))
    if CONTEXT_WORDS:
        last = m.last if m is not None else at
        for j in range(max(a, at - CONTEXT_WORDS), at):
            f[f"before={_bare(toks[j])}"] = 1.0
        for j in range(last + 1, min(b, last + 1 + CONTEXT_WORDS)):
            f[f"after={_bare(toks[j])}"] = 1.0
    return {k: v for k, v in f.items() if v}
