"""An act named only inside a relative clause that describes a person, a group, a place or a
thing («المعتقلين الذين تم احتجازهم»، «إيران الرسمية التي وقعت الاتفاق»، «المحافظات التي
اغتصبها التنظيم»), with no date of its own, is background, not an event of the article
(docs/annotation.md and the audits' rule: «background without a date» is not an event; «dated
background occurrences count»). Read on the events after the merge, where the dates layer has
given each event its date and the merge has joined the retellings: an event is dropped only
when every telling of it is such a description (the events step numbers the kept events again).

events-14c (docs/events.md, "Session 14"): on 1,000 fresh pool-14 conflict articles (seed 14241),
20 undated events told only in a relative clause, 18 of them no occurrence of the article; on
the next 1,000 (14242) 24, 18 of them (the article's own news told in a relative clause: a
withdrawal, an air strike, an arrest, a theft). Six of the eight wrong ones had a place of their
own, so a place now keeps the event too (it anchors it as an occurrence, as in
:func:`khabar.events.filters.told_in_opinion`): without one, 10 of 10 and 9 of 11 right, and on a
third fresh 1,000 (14243) the after-check of docs/events.md. It stays when:

1. the event has a date, a place or a toll (``Event.date``, ``Event.place``, ``Event.fatalities``);
2. the relative clause describes an act («الحادث الذي أدى إلى مقتل»، «العملية الإرهابية التي
   تم فيها إحراق»، «ضربات طيران التحالف التي دكت»: the act named before it, list ``act_heads``,
   up to three words back): the clause tells that act, often the article's own news;
3. a time ago follows in the clause («الذي قتل في تفجير سيارة قبل أكثر من شهر»: «قبل» + a
   count or a span, list ``ago_spans``): a dated background occurrence;
4. it is a protest or a riot: a relative clause on the people who demonstrated tells the protest
   («وخرج السكان الغاضبون الذين تظاهروا أمام مقر الولاية», ``tests/test_events_agents.py``; as
   :func:`khabar.events.practices.present_told` keeps «الذين يحتجون»). This keeps two right
   removals of the third draw too (a rival «who protested» an election, crowds of an opinion).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from ..schema import Event, Span
from ..segment import Token
from .lexicon import ffold
from .wordlists import FILTER_WORDS as WORDS

__all__ = ["undated_descriptions"]

# Words allowed between the relative pronoun and the trigger («الذين تم احتجازهم»، «الذي قد»).
_BETWEEN = frozenset({"تم", "قد", "كان", "كانت", "كانوا"})

# Tokens after the trigger read for a time ago (rule 3).
_AGO_WINDOW = 12

# Rule 4: the event types a relative clause on their doers tells (protesters).
_PROTESTS = frozenset({"protests", "riots"})


def _word(tokens: Sequence[Token], k: int) -> str:
    return ffold(tokens[k].norm)


def _pronoun_before(tokens: Sequence[Token], k: int) -> int | None:
    """The index of the relative pronoun right before token ``k`` in its sentence (one word of
    ``_BETWEEN`` may come between), or None."""
    j = k - 1
    if j >= 0 and tokens[j].sent == tokens[k].sent and _word(tokens, j) in _BETWEEN:
        j -= 1
    if j >= 0 and tokens[j].sent == tokens[k].sent and _word(tokens, j) in WORDS.relatives:
        return j
    return None


def _describes_act(tokens: Sequence[Token], j: int) -> bool:
    """Rule 2: an act noun up to three words before the pronoun at ``j`` («الحادث الذي»،
    «العملية الإرهابية التي»، «ضربات طيران التحالف التي»)."""
    return any(q >= 0 and tokens[q].sent == tokens[j].sent and _word(tokens, q) in WORDS.act_heads
               for q in range(j - 3, j))


def _ago_after(tokens: Sequence[Token], k: int) -> bool:
    """Rule 3: «قبل» + a count or a span of time after the trigger in its sentence («قبل أكثر من
    شهر»، «قبل 3 أيام»، «قبل عامين»)."""
    for q in range(k + 1, min(len(tokens) - 1, k + _AGO_WINDOW)):
        if tokens[q].sent != tokens[k].sent:
            return False
        if _word(tokens, q) == "قبل":
            nxt = _word(tokens, q + 1)
            return nxt.isdigit() or nxt in WORDS.ago_spans or nxt in WORDS.count_words
    return False


def _described(tokens: Sequence[Token], starts: list[int], span: Span) -> bool:
    """Is the span told only as a description (a relative clause after a non-act, undated)?"""
    k = bisect_right(starts, span.start) - 1
    if k < 0:
        return False
    j = _pronoun_before(tokens, k)
    return j is not None and not _describes_act(tokens, j) and not _ago_after(tokens, k)


def undated_descriptions(events: list[Event], tokens: Sequence[Token]) -> list[Event]:
    """The events less those (not protests) with no date, no place and no toll whose every telling (the trigger and the
    merged mentions) is a relative clause describing something else (the module docstring)."""
    starts = [t.start for t in tokens]
    return [e for e in events if e.date is not None or e.place is not None or e.fatalities is not None
            or e.type in _PROTESTS or not all(_described(tokens, starts, s) for s in [e.trigger, *e.mentions])]
