"""Trigger mentions: lexicon words and phrases found in a sentence's tokens.

A :class:`Mention` is one trigger occurrence before any filtering: the token range of its
span, the lexicon entry, and its tense (``past``, ``present``, ``future`` for a present
verb with the future prefix س, or ``noun``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..segment import Token
from .clauses import CASUALTY_WORDS
from .lexicon import TERRITORY_SUBTYPES, Entry, Lexicon, ffold, readings
from .senses import read_otherwise

__all__ = ["CAUSE_MAX_GAP", "Mention", "caused_killing", "find_mentions", "token_stems"]

# Words of a phrase may be this many tokens apart for verb phrases: the subject often sits
# between a verb and its object («أطلق مسلحون النار», «رفع المتظاهرون لافتات»).
_VERB_GAP = 4


@dataclass(slots=True)
class Mention:
    first: int  # token index of the span's first token (document-wide)
    last: int  # token index of the span's last token (inclusive)
    entry: Entry
    tense: str  # past | present | future | noun
    head: int  # token index of the trigger word itself
    tail: int = -1  # token index of a phrase's last word when the span stops at the head
    support: int = -1  # token index of a support verb right before a noun («شن غارة»)
    definite: bool = False  # a noun that refers back (الهجوم، هذا الهجوم، هجمات باريس): anaphora.mark_definite

    @property
    def subtype(self) -> str:
        return self.entry.subtype

    @property
    def type(self) -> str:
        return self.entry.type


def token_stems(word: str) -> set[str]:
    """Every stem a folded word can have once clitics are stripped (the word included)."""
    out = {stem for _, stem, _ in readings(word)}
    # accusative tanween alef: «صاروخا», «هجوما»
    return out | {s[:-1] for s in out if s.endswith("ا") and len(s) > 3}


def _word_matches(word: str, tok: Token) -> bool:
    """Does a phrase word match a token? ``ب`` alone stands for the preposition attached to
    the token (هدد بـ); otherwise the word and the token share a stem."""
    t = ffold(tok.norm)
    if len(word) == 1:
        return t.startswith(word) and len(t) > 2
    if t == word:
        return True
    return bool(token_stems(word) & token_stems(t))


# A verb of taking and its preposition may hold a long subject between them (VSO; seventh
# pass, SaudiNewsNet 2015 war news): «وسيطر الحوثيون المتحالفون مع وحدات للجيش موالية للرئيس
# السابق علي عبد الله صالح على عدن»، «استولى مسلحو التنظيم المتطرف ... على». Up to this many
# tokens, none of them punctuation (the subject is one phrase); only for the territory rows
# whose second word is a preposition (the object checks of objects.py then apply).
_LONG_SUBJECT_GAP = 12
_GAP_PREPOSITIONS = frozenset({"علي", "الي", "من"})
_PUNCTUATION = frozenset("،,.؛;:()«»\"؟?!-")


# «علي» is also the name Ali (folded like «على»): before a father's or family name it is part
# of the subject, not the preposition («وسيطر الحوثيون المتحالفون مع وحدات موالية للرئيس
# السابق علي عبد الله صالح على عدن»، «الرئيس المخلوع علي صالح»).
_AFTER_ALI = frozenset({"عبد", "عبدالله", "صالح", "محسن", "بن"})


def _name_ali(tokens: Sequence[Token], k: int) -> bool:
    nxt = ffold(tokens[k + 1].norm) if k + 1 < len(tokens) else ""
    return ffold(tokens[k].norm) == "علي" and nxt in _AFTER_ALI


# A noun phrase may hold the verbal noun's own subject or an adjective between its words
# (eighth pass on the sentences, events-5c; the verbal noun takes its agent before its object
# in Arabic, «إطلاق الحوثيين صواريخ»، «تفريق الشرطة المتظاهرين»، «قطع المحتجين الطريق»، and
# adjectives follow the head, «إضراب مفتوح عن الطعام»، «ضربات التحالف الجوية»): up to this
# many tokens, none of them punctuation.
_NOUN_GAP = 2


def _gap_of(entry: Entry) -> int:
    if entry.pos not in "vx":
        return _NOUN_GAP
    if entry.subtype in TERRITORY_SUBTYPES and len(entry.words) == 2 and entry.words[1] in _GAP_PREPOSITIONS:
        return _LONG_SUBJECT_GAP
    return _VERB_GAP


def _phrase_end(entry: Entry, tokens: Sequence[Token], i: int, end: int) -> int | None:
    """Token index of the phrase's last word, or None when the rest does not follow."""
    j = i
    gap = _gap_of(entry)
    budget = entry.pos not in "vx"  # a noun phrase's words between count over the whole phrase
    for word in entry.words[1:]:
        for k in range(j + 1, min(end, j + 2 + gap)):
            if _word_matches(word, tokens[k]) and not (word == "علي" and _name_ali(tokens, k)):
                if budget:
                    gap -= k - j - 1
                j = k
                break
            if (budget or gap > _VERB_GAP) and tokens[k].norm in _PUNCTUATION:
                return None
        else:
            return None
    return j



# Verbal nouns that name the concept when definite («جرائم القتل»، «تستهدف ... بالقتل
# والتخريب») and the act when indefinite with their object («قام جنود بقتل المدنيين»): their
# definite readings are no trigger.
_GENERIC_WHEN_DEFINITE = frozenset({"قتل", "ذبح", "قنص", "نسف", "رشق", "تحطيم", "تفخيخ", "اعدام"})


# Words that govern a noun: a verb-shaped word right after them is its verbal noun (قمع، قتل).
_NOMINAL_BEFORE = frozenset(ffold(w) for w in ("جراء", "بسبب", "إثر", "عقب", "نتيجة", "خلال", "أثناء", "أعقاب", "بعيد",
                                                "قبيل"))


def _lookup(lex: Lexicon, word: str) -> tuple[tuple[Entry, str, bool], ...]:
    """Candidate ``(entry, tense, with an attached pronoun)`` for one folded token under all
    its readings, memoised on the lexicon per word (``Lexicon.lookup_memo``; a module memo
    keyed by the lexicon's ``id`` could answer for a freed lexicon whose ``id`` a new one
    took: review-18a). Tuples, not lists: most words have no reading, and the one empty
    tuple is shared and never walked by the garbage collector (a list per word was 61k
    tracked objects after 1,000 articles)."""
    memo = lex.lookup_memo
    got = memo.get(word)
    if got is None:
        if len(memo) > 200_000:
            memo.clear()
        got = memo[word] = tuple(_lookup_uncached(lex, word))
    return got


def _lookup_uncached(lex: Lexicon, word: str) -> list[tuple[Entry, str, bool]]:
    out: list[tuple[Entry, str, bool]] = []
    for pre, stem, suf in readings(word):
        core = pre[1:] if pre[:1] in ("و", "ف") else pre
        # very short stems (فر) only as the whole word or after و/ف: «وفر» is «provided».
        if len(stem) < 3 and (core or suf or pre):
            continue
        if core in ("", "س", "ل"):
            for e, tense in lex.verbs.get(stem, ()):
                if core == "س":
                    if tense != "present":
                        continue
                    tense = "future"
                elif core == "ل" and tense != "present":
                    continue
                out.append((e, tense, bool(suf)))
        if core not in ("س",) and not (suf and core in ("ل",)):
            for e in (*lex.nouns.get(stem, ()), *lex.phrase_nouns.get(stem, ())):
                if "ال" in core and e.form in _GENERIC_WHEN_DEFINITE and not e.strong:
                    continue
                out.append((e, "noun", bool(suf)))
            if suf and "ال" not in core:
                out.extend((e, "noun", True) for e in _open_taa(lex, stem))
    return out


def _open_taa(lex: Lexicon, stem: str) -> list[Entry]:
    """Noun entries of a stem whose ة is written ت before an attached pronoun (eleventh pass,
    events-6c): «مظاهرتهم»، «غارتها»، «سيارته المفخخة»، «محاولتهم اغتيال». Strong entries only:
    the weak words in ة name other things with a pronoun («مسيرته» his career, «وقفته» his
    stand, «إصابته» his injury), and «عقب سيطرتها على» must stay the verb reading that the
    territory checks know."""
    if len(stem) < 4 or not stem.endswith("ت"):
        return []
    key = stem[:-1] + "ه"
    return [e for e in (*lex.nouns.get(key, ()), *lex.phrase_nouns.get(key, ())) if e.strong]


def find_mentions(lex: Lexicon, tokens: Sequence[Token], start: int, end: int) -> list[Mention]:
    """Trigger mentions in ``tokens[start:end]`` (one sentence), longest phrase first at
    each token; a token takes part in at most one mention."""
    out: list[Mention] = []
    used: set[int] = set()
    for i in range(start, end):
        if i in used or not tokens[i].is_arabic:
            continue
        cands = _lookup(lex, ffold(tokens[i].norm))
        if not cands:
            continue  # (most words: nothing below would be read)
        if i > start and ffold(tokens[i - 1].norm) in _NOMINAL_BEFORE:
            # «جراء قمع الجيش للمتظاهرين»: after these words the form is a verbal noun
            cands = tuple(c for c in cands if c[1] == "noun") or cands
        # (rank, last, entry, tense, with an attached pronoun)
        best: tuple[tuple[int, bool, bool, bool, bool], int, Entry, str, bool] | None = None
        for e, tense, suffixed in cands:
            j = _phrase_end(e, tokens, i, end) if len(e.words) > 1 else i
            if j is None:
                continue
            # the longest phrase; among equals the whole word before a reading with a pronoun
            # («تظاهرة» is the noun, not «تظاهر» + ه), then a strong entry, then a row before a
            # generated form («استعادة السيطرة»: the row «استعاد السيطرة», not the weak masdar)
            # (a noun phrase read across words between its own (``_NOUN_GAP``) comes after every
            # other reading of its length: «تظاهرة حاشدة أمام» is the row «تظاهره حاشده», not
            # «تظاهره امام» across the adjective; «سيطرة التنظيم على» stays the verb «سيطر على»)
            rank = (len(e.words), e.pos in "vx" or j - i + 1 == len(e.words), not suffixed or len(e.words) > 1,
                    e.strong, not e.origin.startswith("morph:"))
            if best is None or rank > best[0]:
                best = (rank, j, e, tense, suffixed)
        if best is None:
            continue
        (n, *_), j, e, tense, suffixed = best
        contiguous = j - i + 1 == n
        last = j if contiguous else i
        if not read_otherwise(e, tense, suffixed, tokens, i, j, start, end):
            out.append(Mention(i, last, e, tense, i, j))
        # a phrase read otherwise still takes its words («لإلقاء القبض» of a purpose: not «القبض»)
        used.update(range(i, j + 1) if contiguous else (i, j))
    return out


# ----------------------------------------------------------------------------- caused killing
# The killing an occurrence caused, told right after the noun naming it: «هجوم انتحاري ...
# أدى إلى مقتل 15 شخصا»، «ضربة جوية أميركية ... أدت الى مقتل ثمانية»، «انفجار سيارة مفخخة ...
# الى مقتل شخص»، «سقطت صواريخ ... فقتلت 32 متمردا». The UniversalPetrarch sentences mark the
# killing, the gold articles the naming noun: one occurrence, whose trigger span runs from the
# noun to the killing so that both conventions find it (the mirror of a killing told first and
# the noun after it, ``events._naming_after``). Verbs and particles of causing (folded), as
# whole words or after و/ف/ما: أدى إلى، أسفر عن، خلّف، أوقع، تسبب بـ، حصد.
_CAUSING = frozenset({"ادي", "ادت", "اديا", "اسفر", "اسفرت", "اسفرا", "خلف", "خلفت", "اوقع", "اوقعت", "تسبب",
                      "تسببت", "حصد", "حصدت"})
# ... and the preposition of «أدى إلى»، «أسفر عن» right before the killing, its verb told before
# the noun («وأدى انفجار سيارة مفخخة ... الى مقتل شخص»).
_CAUSE_PREPOSITIONS = frozenset({"الي", "عن"})
# The killing words the span may run to: the death, not the wounded («وإصابة»: the same toll).
_KILLINGS = frozenset({"مقتل", "مصرع", "قتل", "استشهاد"})
# Ends of the phrase: a full stop or a colon, or a word opening another clause.
_CAUSE_STOPS = frozenset({".", "؛", ";", ":", "؟", "?", "!"})
_CAUSE_STOP_WORDS = frozenset({"بينما", "وبينما", "فيما", "وفيما", "بعد", "وبعد", "قبل", "وقبل", "عقب", "حيث",
                               "كما", "وكما", "لكن", "ولكن"})
_QUOTES = frozenset('«»"\'“”')
# At most this many tokens between the naming noun and the killing: trigger spans stay short
# (the lead, 259625e; session 3 dropped a 12-token naming link as a scoring artefact); the
# other words of the occurrence belong in the event's mentions. One reach for both orders:
# the noun first (here) and the killing first («قتل 21 شخصا في هجوم», ``record._naming_after``,
# events-14f).
CAUSE_MAX_GAP = 5


def _causing(word: str) -> bool:
    core = word[1:] if len(word) > 3 and word[0] in "وف" else word
    return word in _CAUSING or core in _CAUSING or (core.startswith("ما") and core[2:] in _CAUSING)


def caused_killing(tokens: Sequence[Token], trig: Mention, group: Sequence[Mention], end: int) -> Mention | None:
    """The killing mention of ``group`` (one occurrence's mentions) that the naming noun
    ``trig`` caused, told after it in its phrase (the section comment above); None when the
    trigger is not a naming noun, no killing follows, or nothing says it caused it."""
    if trig.entry.words[0] in _KILLINGS:
        return None
    if trig.type not in ("battles", "explosions_remote_violence", "violence_against_civilians"):
        return None
    before = _killing_before(tokens, trig, group)
    if before is not None:
        return before
    for n in group:
        if n.first <= end or n.first - end - 1 > CAUSE_MAX_GAP:
            continue
        form = n.entry.form
        killing = form in _KILLINGS and n.tense in ("noun", "past")
        if not killing:
            continue
        # (quotes do not count: «أدى الى «مقتل شخص»»)
        gap = [w for k in range(end + 1, n.first) if (w := ffold(tokens[k].norm)) not in _QUOTES]
        if any(tokens[k].norm in _CAUSE_STOPS for k in range(end + 1, n.first)) or _CAUSE_STOP_WORDS & set(gap):
            return None
        head = ffold(tokens[n.head].norm)
        # «فقتلت»، «وقتل فيه 13»: the killing told as what followed; else a verb or particle of
        # causing
        if (n.tense == "past" and head[:1] in ("ف", "و")) or any(_causing(w) for w in gap[-4:]) or (
            gap[-1:] and gap[-1] in _CAUSE_PREPOSITIONS
        ):
            return n
        return None
    return None


# Words tying a killing told first to the noun after it that names what killed: «أعلنت مصادر
# أمنية مقتل شخصين ... في هجوم انتحاري»، «مقتل شخص إثر انفجار عبوة» (folded; «أثر» is the
# common misspelling of «إثر»).
_CAUSE_LINKS = frozenset({"في", "جراء", "اثر", "بسبب", "نتيجه", "بفعل", "عقب"})


def _killing_before(tokens: Sequence[Token], trig: Mention, group: Sequence[Mention]) -> Mention | None:
    """A killing of ``group`` told before the naming noun ``trig``, the noun right after a
    word of cause (``_CAUSE_LINKS``) and nothing ending the phrase between them."""
    if trig.tense != "noun" or trig.first < 1 or ffold(tokens[trig.first - 1].norm) not in _CAUSE_LINKS:
        return None
    for n in group:
        if n.last >= trig.first or trig.first - n.last - 1 > CAUSE_MAX_GAP or n.entry.form not in _KILLINGS:
            continue
        gap = range(n.last + 1, trig.first)
        if any(tokens[k].norm in _CAUSE_STOPS or ffold(tokens[k].norm) in _CAUSE_STOP_WORDS for k in gap):
            continue
        if any(o is not n and o is not trig and n.last < o.first < trig.first and o.entry.form not in CASUALTY_WORDS
               for o in group):
            continue  # another word of the occurrence between them (the rest of the toll may be: «وإصابة 18»)
        return n
    return None
