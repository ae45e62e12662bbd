"""Outermost sources written in the article: agency datelines and credits.

«دمشق (رويترز) -», «بغداد - أ ف ب:», a last line «(وكالات)» or «- واس»: the agency is the
outermost link of every claim's chain (the article's own outlet stays in the top-level
``outlet``). Only the first and the last line are searched (heuristic: that is where
wires put their credit), for a name of ``credits.tsv`` in brackets or after/before a dash.
"""

from __future__ import annotations

from ..document import Doc
from ..segment import Token
from .lexicon import Lexicon

__all__ = ["find_credit"]

_HEAD_TOKENS = 12  # dateline: «CITY (AGENCY) -» within the first few tokens
_DASHES = frozenset({"-", "–", "—", "(", ")", ":", "/"})
# Words that may stand between the bracket and the name of a closing credit:
# «(ترجمة سكاي نيوز)»، «المصدر (سكاي نيوز)»، «المصدر: رويترز».
_CREDIT_WORDS = frozenset({"ترجمة", "المصدر", "عن", "نقلا", "بتصرف"})


def _match_credit(tokens: list[Token], k: int, lex: Lexicon, end: int) -> int:
    """Last token of an agency name starting at ``k``, or -1."""
    best = -1
    words: list[str] = []
    for j in range(k, min(end, k + lex.credit_max_words + 3)):
        w = tokens[j].norm
        words.append(w)
        if " ".join(words) in lex.credits or "".join(words) in lex.credits:
            best = j
    return best


def find_credit(doc: Doc, lex: Lexicon) -> tuple[int, int] | None:
    """Original ``(start, end)`` of the agency credit of ``doc``, or None."""
    tokens = doc.tokens
    if not tokens:
        return None
    norm = doc.norm
    # 1. dateline at the head: a credit name next to a bracket or dash in the first tokens
    first_line_end = norm.find("\n")
    limit = min(len(tokens), _HEAD_TOKENS)
    for k in range(limit):
        if first_line_end >= 0 and tokens[k].nstart > first_line_end:
            break
        last = _match_credit(tokens, k, lex, limit)
        if last < 0:
            continue
        before = tokens[k - 1].norm if k > 0 else ""
        after = tokens[last + 1].norm if last + 1 < len(tokens) else ""
        if before in _DASHES or after in _DASHES:
            return tokens[k].start, tokens[last].end
    # 2. credit on the last line: «(وكالات)», «- أ ف ب», or the name alone
    last_line = norm.rstrip().rfind("\n")
    n = len(tokens)
    k0 = n - 1
    while k0 > 0 and tokens[k0 - 1].nstart > last_line and n - k0 < 8:
        k0 -= 1
    for k in range(k0, n):
        last = _match_credit(tokens, k, lex, n)
        if last < 0:
            continue
        before = tokens[k - 1].norm if k > 0 else ""
        if before in _CREDIT_WORDS and k > 1:
            before = tokens[k - 2].norm if tokens[k - 2].norm in _DASHES else ":"
        alone = tokens[k].nstart > last_line and all(
            tokens[x].norm in _DASHES or x >= k for x in range(k0, n)
        )
        if before in _DASHES or alone:
            if all(tokens[x].norm in _DASHES or tokens[x].norm == "." for x in range(last + 1, n)):
                return tokens[k].start, tokens[last].end
    return None
