"""Stage 3 of the events step (:mod:`khabar.events`): the kept mentions of one sentence
grouped by a key, one key per occurrence told.

A mention's key is its family (:func:`khabar.events.filters.family`), marked apart when the
mention is a past act in a relative clause of a demand or a promise («@rel»), an earlier
occurrence after «بعد/إثر» («@<token>»), or a later one after «قبل أن» («@later»). Mentions
inside a claim that denies, fears, demands, promises or expects them are dropped here. A noun
mention gets its support verb first («شن غارة»، «قام مسلحون بخطف»)."""

from __future__ import annotations

from collections.abc import Sequence

from ..document import Doc
from ..segment import Token
from .filters import family
from .lexicon import Lexicon, ffold
from .merge import GENERIC_VERBS, only_casualties_before
from .triggers import Mention
from .where import claim_for
from .wordlists import FILTER_WORDS

__all__ = ["EARLIER", "PHRASE_END_WORDS", "PHRASE_MAX", "group_mentions", "support_before"]

#: Claims with these certainties report something that did not (yet) happen.
_UNREAL_CERTAINTIES = frozenset({"denied", "feared", "demanded", "promised", "expected"})

# A mention right after these words is an earlier occurrence than the sentence's own.
EARLIER = frozenset({"بعد", "وبعد", "عقب", "اثر", "واثر", "غداه", "بعدما", "وبعدما"})
# Words saying what an occurrence did (the verbs and their nouns): after «بعد» they are not
# an earlier occurrence («بعد استهدافه تجمعا»).
_WHAT_IT_DID = GENERIC_VERBS | {"استهداف", "تدمير"}

# A raid (the lexicon's form, folded) after «بعد/إثر» is how the sentence's arrest was made, not
# an earlier occurrence: «ألقى أعوان الأمن القبض على شاب ... بعد مداهمة منزله»، «تم إثر مداهمة
# المنزل إيقاف شخصين» (the gold tuning part marks a raid as a mention of the operation's event;
# events-5f, ANT audit G).
_RAIDS = frozenset({"مداهمه"})

_SCARE_QUOTES = frozenset('«»"“”')

# What ends the phrase after «بعد»: punctuation, or a word that starts another clause.
_PHRASE_END = frozenset("،,؛;:.؟?!")
PHRASE_END_WORDS = frozenset({"بينما", "وبينما", "فيما", "وفيما", "حيث", "حين", "لكن", "ولكن", "كما", "وكما",
                              "بعد", "وبعد", "قبل", "وقبل", "عقب"})
PHRASE_MAX = 12  # tokens from the end of one mention to the next in one «بعد» phrase


def group_mentions(doc: Doc, lex: Lexicon, kept: list[Mention], a: int,
                   heads: frozenset[int]) -> dict[str, list[Mention]]:
    """The kept mentions of the sentence starting at token ``a`` by key, in text order (``heads``:
    every mention's head, none of which is a support verb)."""
    groups: dict[str, list[Mention]] = {}
    earlier: dict[str, tuple[str, int]] = {}  # family -> (key of its «بعد ...» group, its last token)
    for m in kept:
        _mark_support(doc, lex, m, a, heads)
        key = _unreal_or_family(doc, m, a)
        if key is None:
            continue
        key = _when_told(doc.tokens, kept, m, a, key, earlier)
        groups.setdefault(key, []).append(m)
    return groups


def _mark_support(doc: Doc, lex: Lexicon, m: Mention, a: int, heads: frozenset[int]) -> None:
    """Set a noun mention's support verb, if one stands before it."""
    if m.tense == "noun":
        sup = support_before(doc, lex, m, a, heads)
        if sup is not None:
            m.support = sup
        elif (qama := _qama_bi(doc, m, a)) is not None:
            m.support = qama  # a predicate too: «قام مسلحون بخطف»


def _unreal_or_family(doc: Doc, m: Mention, a: int) -> str | None:
    """None for a mention inside a claim that says it did not (yet) happen or a warning that is
    not a threat; else its family, marked apart for a past act told in a relative clause."""
    toks = doc.tokens
    c = claim_for(doc.claims, toks[m.first].start, toks[m.last].end)
    in_relative = c is not None and c.certainty in _UNREAL_CERTAINTIES - {"denied"} \
        and _told_in_relative(toks, m, a)
    if c is not None and c.certainty in _UNREAL_CERTAINTIES and not in_relative:
        return None
    if c is not None and c.certainty == "warned" and m.subtype != "threat":
        return None
    key = family(m.subtype, m.type)
    if in_relative:
        key += f"@rel{m.first}"  # a past act told apart from what is demanded or promised
    return key


def _when_told(toks: Sequence[Token], kept: list[Mention], m: Mention, a: int, key: str,
               earlier: dict[str, tuple[str, int]]) -> str:
    """The key marked for an earlier occurrence (after «بعد»), the rest of its phrase, or a
    later one (after «قبل أن»); ``earlier`` is updated with the open «بعد» phrases."""
    # («شن أول هجوم انتحاري ... بعد استهدافه تجمعا»: what the attack did, not an earlier one)
    if m.first > a and m.entry.form not in _WHAT_IT_DID | _RAIDS and not only_casualties_before(kept, m, key) and (
        ffold(toks[m.first - 1].norm) in EARLIER or (
            m.first - 1 > a and ffold(toks[m.first - 2].norm) in EARLIER
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
    return key


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


def support_before(doc: Doc, lex: Lexicon, m: Mention, lo: int, heads: frozenset[int] = frozenset()) -> int | None:
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


def _same_phrase(toks: Sequence[Token], last: int, first: int) -> bool:
    """Is ``first`` still in the phrase that ends at ``last``, no clause boundary between?"""
    if not 0 < first - last <= PHRASE_MAX:
        return False
    return not any(
        toks[k].norm in _PHRASE_END or ffold(toks[k].norm) in PHRASE_END_WORDS for k in range(last + 1, first)
    )
