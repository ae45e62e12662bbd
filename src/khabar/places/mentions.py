"""Finding place names in an article's tokens: gazetteer matches, longest first.

A match is a run of tokens (within one sentence) whose folded words form a name of the index;
the first token may carry proclitics (و ف, then ب ل; «للرقة» is ل + الرقة), which stay
outside the span. Which matches count as places is decided later (``khabar.places.select``):
here every name is found.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..document import Doc
from ..normalize import fold
from .index import Gazetteer, PlaceEntry
from .lexicon import IBB
from .phrases import Direction

__all__ = ["Match", "find_matches", "first_token_variants", "name_starts", "read_starts"]


@dataclass(slots=True)
class Match:
    """A gazetteer name in the text: tokens ``[tok_start, tok_end)``; ``nstart``/``nend``
    index ``doc.norm`` (proclitics excluded)."""

    tok_start: int
    tok_end: int
    nstart: int
    nend: int
    key: str
    candidates: list[PlaceEntry]
    entity: str | None = None  # the LOC entity whose mention this is
    cue: str | None = None  # the folded word before it, when a place cue («قرية»، «مدينة»)
    notes: list[str] = field(default_factory=list)
    direction: Direction | None = None  # set when the phrase itself says it («الجنوب الليبي»)


_SHORT_FIRST = frozenset({IBB, fold("تل"), fold("أم"), fold("بن")})  # «ببن قردان»


def first_token_variants(word: str) -> list[tuple[int, str]]:
    """``(proclitic length, stem)`` readings of a folded word, the whole word first.

    1. the word itself («بيروت» is not ب + يروت: the whole word is tried first),
    2. without و/ف (conjunctions),
    3. then without ب/ل (prepositions), and «لل» + X read as ل + «الX»; ك only before the
       article («كالرياض»): «كبيرا» is not ك + «بيرا» (Beira).
    Stems shorter than 3 letters are not tried: they match too many short names.
    """
    out = [(0, word)]
    starts = [0]
    # «وإب»: Ibb, the one two-letter name of the index (checked for its hamza later)
    # «وتل عفر»، «وأم قصر»: a two-letter first word of a longer name
    if (len(word) > 3 or word[1:] in _SHORT_FIRST) and word[0] in "وف":
        starts.append(1)
        out.append((1, word[1:]))
    for p in starts:
        rest = word[p:]
        if len(rest) > 4 and rest.startswith("لل"):
            # للعراق -> ل + العراق (the article's alef elided): the span starts after the
            # first ل («لعراق»), as docs/annotation.md spans «للجيش الوطني» -> «لجيش الوطني»
            out.append((p + 1, "ا" + rest[1:]))
        elif (len(rest) > 3 or rest[1:] in _SHORT_FIRST) and rest[0] in "بل":
            out.append((p + 1, rest[1:]))
        elif len(rest) > 4 and rest.startswith("كال"):  # كالرياض = ك + الرياض
            out.append((p + 1, rest[1:]))
    return out


def name_starts(gaz: Gazetteer, word: str) -> tuple[tuple[int, str, int], ...]:
    """The readings ``(proclitic length, stem, most words)`` of :func:`first_token_variants`
    whose stem starts a name of ``gaz`` (``most``: ``gaz.first_words[stem]``), in that order,
    then ل + a country named with ل (:func:`_lam_country`);
    memoised per index (most words start none, and news repeats its words: reading every
    token's variants anew took a tenth of the places step, qa-17a)."""
    memo = gaz.starts_of
    got = memo.get(word)
    if got is None:
        got = read_starts(gaz, word)
        if len(memo) < 200_000:
            memo[word] = got
    return got


def read_starts(gaz: Gazetteer, word: str) -> tuple[tuple[int, str, int], ...]:
    """:func:`name_starts` without its memo (what each memo entry must equal)."""
    first_words = gaz.first_words
    return tuple((plen, stem, first_words[stem]) for plen, stem in first_token_variants(word)
                 if stem in first_words) + _lam_country(gaz, word)


def _lam_country(gaz: Gazetteer, word: str) -> tuple[tuple[int, str, int], ...]:
    """«للبنان»، «ولليبيا»: ل + a country whose name starts with ل («لبنان»، «ليبيا»). Step 3 of
    :func:`first_token_variants` drops ب/ل from every word but reads «لل» only as ل + «الX»,
    so these countries were never found after ل. Countries only: the same reading of other names finds words («للأول» as
    Laval, «لليسار» as a village, «للكسر» as Luxor; places-19f)."""
    p = 1 if word[:1] in "وف" else 0
    rest = word[p:]
    stem = rest[1:]
    if not (len(rest) > 4 and rest.startswith("لل") and stem in gaz.first_words):
        return ()
    if not any(c.precision == "country" for c in gaz.get(stem) or ()):
        return ()
    return ((p + 1, stem, gaz.first_words[stem]),)


def _pop(cands: list[PlaceEntry]) -> int:
    return max(c.population for c in cands)


def find_matches(doc: Doc, gaz: Gazetteer, folded: list[str] | None = None) -> list[Match]:
    """Every longest, leftmost gazetteer name among the tokens (no overlaps)."""
    toks = doc.tokens
    folded = folded if folded is not None else [fold(t.norm) for t in toks]
    matches: list[Match] = []
    i, n = 0, len(toks)
    while i < n:
        best: Match | None = None
        if toks[i].is_arabic:
            sent = toks[i].sent
            for plen, stem, most in name_starts(gaz, folded[i]):
                # longest name first, within the sentence
                for length in range(min(most, n - i), 0, -1):
                    j = i + length
                    if toks[j - 1].sent != sent:
                        continue
                    key = " ".join([stem, *folded[i + 1:j]])
                    cands = gaz.get(key)
                    if cands:
                        # longer wins; at the same length, a reading without the clitic wins
                        # when it names a far bigger place («وجدة» = و + جدة, not Oujda)
                        if best is None or j > best.tok_end or (
                            j == best.tok_end and plen > 0
                            and _pop(cands) > 5 * _pop(best.candidates)
                        ):
                            best = Match(i, j, toks[i].nstart + plen, toks[j - 1].nend, key, cands)
                        break
        if best is not None:
            matches.append(best)
            i = best.tok_end
        else:
            i += 1
    return matches
