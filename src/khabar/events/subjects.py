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

from ..normalize import fold
from ..segment import Token
from .arguments import _QUANTIFIERS, _STOP
from .lexicon import Entry, Lexicon
from .triggers import Mention

__all__ = ["PROTESTER_VERB", "protester_predicates"]

#: The entry of a verb found from its protester subject.
PROTESTER_VERB = Entry("", "x", "peaceful_protest", True, "rule:protester-subject", ("",))


def _strip_conj(w: str) -> str:
    return w[1:] if len(w) > 3 and w[0] in "وف" else w


def _verb_like(lex: Lexicon, tok: Token) -> bool:
    if not tok.is_arabic:
        return False
    w = fold(tok.norm)
    core = _strip_conj(w)
    if len(core) < 3 or core.startswith(("ال", "لل", "بال")) or w in _STOP or core in _STOP:
        return False
    cls = lex.classes(w)
    if cls & {"speech", "protester", "armed", "agent", "victim", "time", "negation", "generic", "irrealis"}:
        return False
    if core.endswith(("ون", "ين")) and core[0] not in "يت":
        return False
    if core.endswith("ه") and not core.endswith(("ها", "هم")):
        return False
    return not core.endswith(("ات", "اء"))


def protester_predicates(
    lex: Lexicon, tokens: Sequence[Token], start: int, end: int, used: set[int]
) -> list[Mention]:
    out: list[Mention] = []
    for k in range(start, end):
        if "protester" not in lex.classes(fold(tokens[k].norm)):
            continue
        first = k
        if first - 1 >= start and fold(tokens[first - 1].norm) in ("من",):
            first -= 1  # «الآلاف من المتظاهرين»
        if first - 1 >= start and fold(tokens[first - 1].norm) in _QUANTIFIERS:
            first -= 1
        v = first - 1
        if v >= start and v not in used and _verb_like(lex, tokens[v]):
            out.append(Mention(v, v, PROTESTER_VERB, "past", v))
            used.add(v)
            continue
        after = k + 1
        if after < end and fold(tokens[after].norm).endswith(("يون", "يين")):
            after += 1  # «متظاهرون فلسطينيون»
        if after < end and after not in used and fold(tokens[after].norm).endswith("وا") and _verb_like(lex, tokens[after]):
            out.append(Mention(after, after, PROTESTER_VERB, "past", after))
            used.add(after)
    return out
