"""Protest predicates found from their subject.

Reports of protests use many verbs that are not protest words on their own («وجاب
المتظاهرون شوارع غزة»، «ورشق مئات المتظاهرين...»، «متظاهرين أطلقوا البيض»): a verb whose
subject is a protester noun (المتظاهرون، المحتجون، المعتصمون، حشود) reports what the
protesters did, so it is a protest trigger. Without a tagger, "verb" means (heuristic):

* VSO: the token right before the protester phrase (or before its quantifier: «خرج آلاف
  المتظاهرين»), if it is an Arabic word that is not definite, not a function word, not a
  speech verb (قال، أكد), not a plural noun shape (…ون/…ين unless it starts with ي/ت);
* SVO: the token right after the phrase, if it ends with the plural verb suffix وا.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..segment import Token
from .lexicon import Entry, Lexicon, ffold, past_forms, present_forms
from .phrases import _QUANTIFIERS, _STOP, strip_conj
from .triggers import Mention, token_stems
from .wordlists import FILTER_WORDS as WORDS

__all__ = ["PROTESTER_VERB", "PURPOSE_VERB", "protester_predicates", "purpose_predicates"]

#: The entry of a verb found from its protester subject.
PROTESTER_VERB = Entry("", "x", "peaceful_protest", True, "rule:protester-subject", ("",))


# A preposition with a pronoun may stand between a verb and its subject too: «ورفع خلالها
# المتظاهرون نعوشا»، «وردد فيها المحتجون هتافات» (fourth pass).
_ADVERBIAL_PRONOUNS = frozenset({"خلالها", "خلاله", "فيها", "فيه", "عندها", "حينها", "بعدها", "اثناءها"})


_PREPOSITIONS = frozenset({"في", "من", "علي", "الي", "عن", "مع", "بين", "ضد", "لدي", "عند"})




def _verb_like(lex: Lexicon, tok: Token, prev: Token | None) -> bool:
    if not tok.is_arabic:
        return False
    w = ffold(tok.norm)
    core = strip_conj(w)
    if len(core) < 3 or core.startswith(("ال", "لل", "بال")) or w in _STOP or core in _STOP:
        return False
    if any(stem in _STOP for stem in token_stems(w)):
        return False  # «خلالها», «بينهم»
    if core[0] == "ل" and core[1] not in "يتن":
        return False  # «لقيام»: a preposition and a noun
    if prev is not None and ffold(prev.norm) in _PREPOSITIONS:
        return False  # «في صفوف المتظاهرين»: a noun after a preposition
    if core in WORDS.statement_verbs:
        # «وعبر المحتجون عن استيائهم»، «وختم المحتجون البيان بالتأكيد على»: a statement, not a
        # gathering (the list: data/events/filter_words.tsv)
        return False
    cls = lex.classes(w)
    if cls & {"speech", "protester", "armed", "agent", "victim", "time", "negation", "generic", "irrealis"}:
        return False
    if core.endswith(("ون", "ين")) and core[0] not in "يت":
        return False
    if core in _QUANTIFIERS or core.rstrip("ا") in _QUANTIFIERS:
        return False  # «وعدد من المحتجين», «عددا من المحتجين»
    # verb shape (heuristic): a conjunction in front, a verb suffix, a present prefix, or
    # nothing but an auxiliary before it; «مطالب المحتجين» (demands of) is a noun
    shaped = (
        w != core
        or core.endswith(("ت", "وا", "ن", "ا"))
        or (core[0] in "يت" and len(core) >= 4)
        or prev is None
        or ffold(prev.norm) in ("قد", "وقد", "كان", "وكان", "ثم", "ان", "حيث", "عندما", "بعدما", "كما",
                               "فيما", "بينما", "حين", "اذ", "لما", "و", "فقد", "لقد")
        or not prev.is_arabic
    )
    if not shaped:
        return False
    if core.endswith("ه") and not core.endswith(("ها", "هم")):
        return False
    return not core.endswith(("ات", "اء"))


#: The entry of a verb of going out or gathering made a protest by the purpose after it.
PURPOSE_VERB = Entry("", "x", "peaceful_protest", True, "rule:protest-purpose", ("",))

# Verbs of going out and gathering (third pass, from knowledge of protest reports: «خرج آلاف
# العراقيين في بغداد احتجاجا على الفساد»); a protest purpose after them makes them the act.
_GATHER_STEMS = ("خرج", "نزل", "تجمع", "احتشد", "تجمهر", "سار", "اعتصم", "تظاهر")
_GATHER_FORMS: dict[str, str] = {}
for _stem in _GATHER_STEMS:
    _GATHER_FORMS.update({f: "past" for f in past_forms(_stem)})
    _GATHER_FORMS.update({f: "present" for f in present_forms(_stem)})
# Adverbs of purpose that name a protest: in protest at, denouncing, demanding.
_PROTEST_PURPOSE = frozenset(ffold(w) for w in (
    "احتجاجا", "للاحتجاج", "تنديدا", "للتنديد", "استنكارا", "للمطالبة", "مطالبين", "منددين", "مرددين", "هاتفين"))
_PURPOSE_WINDOW = 10  # tokens between the verb and its purpose


# What a token's normal form is to :func:`purpose_predicates` (bits; memo per form, since
# words repeat across articles): a past or present verb of going out, a protest purpose.
_PAST, _PRESENT, _PURPOSE = 1, 2, 4
_MARKS: dict[str, int] = {}


def _marks(norm: str) -> int:
    got = _MARKS.get(norm)
    if got is None:
        if len(_MARKS) > 200_000:
            _MARKS.clear()
        w = ffold(norm)
        tense = _GATHER_FORMS.get(strip_conj(w))
        got = (_PAST if tense == "past" else _PRESENT if tense == "present" else 0) | (
            _PURPOSE if w in _PROTEST_PURPOSE or strip_conj(w) in _PROTEST_PURPOSE else 0)
        _MARKS[norm] = got
    return got


def purpose_predicates(tokens: Sequence[Token], start: int, end: int, used: set[int]) -> list[Mention]:
    """«خرج آلاف العراقيين اليوم في بغداد احتجاجا على الفساد»: a verb of going out or
    gathering followed, in its sentence, by a protest purpose is the protest act."""
    out: list[Mention] = []
    memo = _MARKS
    verbs: list[tuple[int, int]] = []
    purposes: list[int] = []
    for k in range(start, end):
        norm = tokens[k].norm
        got = memo.get(norm)
        if got is None:
            got = _marks(norm)
        if got:
            if got & (_PAST | _PRESENT):
                verbs.append((k, got))
            if got & _PURPOSE:
                purposes.append(k)
    if not purposes:
        return out
    for k, got in verbs:
        if k in used:
            continue
        last = min(end, k + 1 + _PURPOSE_WINDOW)
        if any(k < j < last for j in purposes):
            out.append(Mention(k, k, PURPOSE_VERB, "past" if got & _PAST else "present", k))
            used.add(k)
    return out


def protester_predicates(
    lex: Lexicon, tokens: Sequence[Token], start: int, end: int, used: set[int]
) -> list[Mention]:
    """Protest predicates found from their protester subject (module docstring), and verbs of
    going out made protests by their purpose (:func:`purpose_predicates`)."""
    out: list[Mention] = purpose_predicates(tokens, start, end, used)
    memo = lex.protester_memo
    for k in range(start, end):
        norm = tokens[k].norm
        hit = memo.get(norm)
        if hit is None:
            if len(memo) > 200_000:
                memo.clear()
            hit = memo[norm] = "protester" in lex.classes(ffold(norm))
        if not hit:
            continue
        first = k
        if first - 1 >= start and ffold(tokens[first - 1].norm) in ("من",):
            first -= 1  # «الآلاف من المتظاهرين»
        if first - 1 >= start and ffold(tokens[first - 1].norm) in _QUANTIFIERS:
            first -= 1
        v = first - 1
        # time words may sit between the verb and its subject: «خرج مساء أمس مئات المتظاهرين»
        while v > start and first - v <= 4 and (
            "time" in lex.classes(ffold(tokens[v].norm)) or ffold(tokens[v].norm) in ("اول", "من")
            or ffold(tokens[v].norm) in _ADVERBIAL_PRONOUNS
        ):
            v -= 1
        if v >= start and v not in used and _verb_like(lex, tokens[v], tokens[v - 1] if v > start else None):
            out.append(Mention(v, v, PROTESTER_VERB, "past", v))
            used.add(v)
            continue
        after = k + 1
        if after < end and ffold(tokens[after].norm).endswith(("يون", "يين")):
            after += 1  # «متظاهرون فلسطينيون»
        if after < end and after not in used and ffold(tokens[after].norm).endswith("وا") \
                and _verb_like(lex, tokens[after], tokens[after - 1]):
            out.append(Mention(after, after, PROTESTER_VERB, "past", after))
            used.add(after)
    return out


def _purpose(lex: Lexicon, w: str) -> bool:
    """«للاحتجاج»، «لتنظيم»: a noun after the preposition ل says what for."""
    return w.startswith("لل") or (w[:1] == "ل" and w[1:] in lex.nouns)


def drop_support_predicates(lex: Lexicon, tokens: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """A support verb found from its subject («ونفذ المتظاهرون اعتصاما»، «قام متظاهرون
    بالاحتجاج») gives way to the protest noun that follows it within six tokens («قام
    متظاهرون في ضواحي نابولي بالاحتجاج»)."""
    # (not a purpose: «متظاهر خرجوا ... للاحتجاج على قرار الحكومة»: the verb is the act)
    nouns = [m for m in mentions if m.tense == "noun" and m.type in ("protests", "riots")
             and not _purpose(lex, ffold(tokens[m.head].norm))]
    out = []
    for m in mentions:
        if m.entry is PROTESTER_VERB and "support" in lex.classes(ffold(tokens[m.head].norm)) and any(
            0 < n.first - m.head <= 6 for n in nouns
        ):
            continue
        out.append(m)
    return out
