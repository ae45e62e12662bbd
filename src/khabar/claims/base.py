"""State and helpers shared by the steps of the claim cascade (see ``extract.py``)."""

from __future__ import annotations

from ..document import Doc
from ..schema import Source
from ..segment import Token
from .drafts import (
    _Draft,
    _Scan,
    _Src,
)
from .lexicon import Lexicon, Prep
from .quotes import Quotes, find_quotes
from .speakers import MEDIA_HEADS, Linker, stem
from .tables import (
    _NAME_HEADS,
    _SIDE_WORDS,
)
from .words import (
    CLAUSE_OPENERS,
    CLAUSE_PUNCT,
    CLOSE_QUOTES,
    COMPLEMENTISERS,
    NOT_COMPLEMENTISER_BEFORE,
    OPEN_QUOTES,
    SENTENCE_PUNCT,
)

__all__ = ["FinderBase"]

# The most outer sources a nested claim keeps, outermost first. Real news nests two to four
# deep (outlet → cited source → speaker); a page of hundreds of nested quotations (broken or
# hostile text) would otherwise give every claim a chain as long as the page, and take time
# and output growing with its cube.
MAX_OUTER = 12

# Connectors that end a content cut before the next attribution («...، كما طالب»).
_TRAILING_CONNECTORS = frozenset({"و", "ف", "كما", "وكما", "فيما", "وفيما", "بينما", "وبينما", "حيث",
                                  "ثم", "لكن", "ولكن", "اذ", "كذلك", "ايضا"})


class FinderBase:
    """One article under analysis: tokens, quotations, entity links and the claims found
    so far (``drafts``), with the helpers every step of the cascade uses."""

    def __init__(self, doc: Doc, lex: Lexicon) -> None:
        self.doc = doc
        self.lex = lex
        self.tokens: list[Token] = doc.tokens
        self.quotes: Quotes = find_quotes(doc.tokens, doc.norm)
        self.linker = Linker(doc, lex)
        self.drafts: list[_Draft] = []
        # statement nouns by sentence start: (tokens read up to, nouns) (SubjectsMixin)
        self._statements: dict[int, tuple[int, list[int]]] = {}

    # -- helpers ----------------------------------------------------------------------

    def _after_prefix(self, k: int, n: int) -> int:
        """Original offset of token ``k`` without its first ``n`` normalised letters."""
        t = self.tokens[k]
        return self.doc.normalized.span_to_original(t.nstart + n, t.nend)[0]

    def _src(self, first: int, last: int, skip: int = 0) -> _Src:
        t = self.tokens
        q = self.quotes
        if q.close.get(first) == last and last - first >= 2:
            first, last, skip = first + 1, last - 1, 0  # «الشرق الأوسط» → الشرق الأوسط
        start = self._after_prefix(first, skip) if skip else t[first].start
        return _Src(start, t[last].end, first, stem(t[first].norm[skip:]))

    def _marked_passive(self, k: int, plen: int) -> bool:
        """The writer vocalised a passive: «يُعتقد»، «يُرَجَّح»، «طـُلب» (a damma on the
        verb's first letter after ``plen`` proclitic letters; tatweel skipped)."""
        tok = self.tokens[k]
        word = self.doc.text[tok.start:tok.end].replace("\u0640", "")
        n = -1
        for x, ch in enumerate(word):
            if "\u0621" <= ch <= "\u064a":  # a base letter, not a haraka
                n += 1
                if n == plen:
                    return word[x + 1:x + 2] == "\u064f"
        return False

    def _is_comp(self, k: int) -> bool:
        t = self.tokens
        w = t[k].norm
        if w not in COMPLEMENTISERS:
            return False
        nxt = t[k + 1] if k + 1 < len(t) else None
        if nxt is not None and nxt.norm == "." and nxt.nstart == t[k].nend and k + 2 < len(t) \
                and t[k + 2].nstart == nxt.nend:
            return False  # «"ان.بي.سي"»: the first letters of an abbreviation
        if k == 0:
            return True
        prev = t[k - 1].norm
        if prev == "." and t[k - 1].nend == t[k].nstart:
            return False  # «سي.إن.إن»: a letter of an abbreviation
        # «بعد أن»، «قبل أن» are conjunctions; «من قبل إنها» is a complementiser with its
        # pronoun (a verb follows أن, a pronoun never does); «إلا أنه» is «however»
        return prev not in NOT_COMPLEMENTISER_BEFORE or (w not in ("ان", "بان") and prev != "الا")

    def _comp_content(self, k: int, sc: _Scan) -> None:
        """Content opened by the complementiser at ``k``: after a bare أن/بأن; from the
        complementiser itself when it carries the subject pronoun (أنه، بأنها), minus ب."""
        w = self.tokens[k].norm
        sc.ctype = "comp"
        if w in ("ان", "بان"):
            sc.ca = k + 1
        else:
            sc.ca = k
            if w.startswith("ب"):
                sc.cstart = self._after_prefix(k, 1)

    def _clause_initial(self, i: int, a: int) -> bool:
        """At the start of the sentence or clause, openers aside («ومن جانبه أفاد»)."""
        t = self.tokens
        k = i - 1
        while k >= a and (t[k].norm in CLAUSE_OPENERS or t[k].norm in _SIDE_WORDS):
            if t[k].norm in ("من", "ومن") and t[k + 1].norm not in _SIDE_WORDS:
                return False  # «ومن بين»: among, not «ومن جانبه»
            k -= 1
        return k < a or t[k].norm in CLAUSE_PUNCT or t[k].norm in CLOSE_QUOTES or t[k].norm == ":"

    def _content_end(self, ca: int, b: int) -> int:
        """Last content token from ``ca`` to the sentence end ``b`` (exclusive), without
        the closing punctuation."""
        return self._trim(ca, b - 1)

    def _trim(self, ca: int, cb: int) -> int:
        t = self.tokens
        q = self.quotes
        while cb >= ca:
            w = t[cb].norm
            if w in SENTENCE_PUNCT or w in CLAUSE_PUNCT or w in (":", "-", "(") or w in _TRAILING_CONNECTORS:
                cb -= 1
                continue
            if w in CLOSE_QUOTES and cb in q.open_of and q.open_of[cb] >= ca:
                break
            if w in CLOSE_QUOTES and w not in OPEN_QUOTES:
                cb -= 1
                continue
            break
        return cb

    def _quote_before(self, i: int) -> tuple[int, int] | None:
        """Inner tokens of a speech quotation ending right before token ``i``."""
        k = i - 1
        if k >= 0 and self.tokens[k].norm in ("كما", "وكما"):
            k -= 1  # «"..." كما قالت المحللة»
        if k >= 0 and self.tokens[k].norm in CLAUSE_PUNCT:
            k -= 1
        if k >= 0 and self.tokens[k].norm in (".",) and k - 1 >= 0 and self.tokens[k - 1].norm in CLOSE_QUOTES:
            return None  # «...». قال: a new sentence, not a credit of the quote
        o = self.quotes.open_of.get(k)
        if o is not None and self.quotes.is_speech(o):
            return o + 1, k - 1
        return None

    def _last_speaker(self, gender: str = "") -> _Draft | None:
        """The claim whose speaker a dropped subject continues: the last one, unless the
        verb's gender contradicts that speaker's and one of the few claims before agrees
        («قالت الوزيرة ... وقال المدير ... وأضافت أن» → الوزيرة)."""
        sourced = [d for d in self.drafts[-8:] if d.speaker is not None]  # not «يُذكر أن»
        outer_drafts = [d for d in sourced if not d.nested]  # not speech inside speech
        if not outer_drafts:
            return sourced[-1] if sourced else None
        last = outer_drafts[-1]
        if not gender or self._gender(last.speaker) in ("", gender):  # type: ignore[arg-type]
            return last
        for d in reversed(outer_drafts[-6:-1]):
            if self._gender(d.speaker) == gender:  # type: ignore[arg-type]
                return d
        return last

    def _chain_of_described(self, s: _Src) -> list[_Src]:
        """«وأكدت المصادر» after «نقلت الوكالة عن مصادر»: a described speaker (the article
        and one or two words) repeats an earlier speaker with the same head, and its chain."""
        t = self.tokens
        if not t[s.tok].norm.startswith(("ال", "وال")) or s.end - s.start > 40:
            return []
        for d in reversed(self.drafts[-8:]):
            if d.outer and d.speaker is not None and d.speaker.head == s.head and d.speaker is not s:
                return list(d.outer)
        return []

    def _gender(self, s: _Src) -> str:
        """Grammatical gender of a speaker phrase from its head word: «الوزارة»، «وزيرة» →
        f; a masculine role noun («الوزير»، «المتحدث») → m; names and plurals → unknown."""
        head = s.head
        if head.endswith("ة") and len(head) > 2:
            return "f"
        if head in self.lex.anaphors and self.lex.anaphors[head][1]:
            return "m"
        return ""

    # -- 1. verbal cues ---------------------------------------------------------------

    def _quoted_name(self, k: int) -> bool:
        """A name in quotes, not a quoted phrase: after a head noun («تنظيم "داعش"»،
        «صحيفة "الوطن"») or exactly an entity mention (heuristic)."""
        t = self.tokens
        c = self.quotes.close[k]
        if k > 0 and stem(t[k - 1].norm) in _NAME_HEADS | MEDIA_HEADS or (
                k > 0 and stem(t[k - 1].norm) in self.lex.anaphors):
            return True
        if c - k - 1 > 4:
            return False
        start, end = t[k + 1].start if k + 1 < c else t[k].end, t[c - 1].end if c - 1 > k else t[k].end
        return any(m.start <= start + 1 and m.end >= end - 1 for m in self.linker.inside(start, end))

    def _colon_paragraph(self, si: int, cb: int) -> int:
        """Speech after a colon runs on over the next sentences of its paragraph that hold
        no cue («وذكر مسؤول: نعمل ... . القنصلية لا تزال مغلقة.»); at most 3."""
        t = self.tokens
        sents = self.doc.sentences
        norm = self.doc.norm
        for sj in range(si + 1, min(len(sents), si + 4)):
            s_ = sents[sj]
            if "\n" in norm[sents[sj - 1].nend:s_.nstart] or s_.tok_end <= s_.tok_start:
                break
            if any(self.lex.lookup(t[k].norm) is not None or self._match_prep(k, s_.tok_end) is not None
                   for k in range(s_.tok_start, s_.tok_end)):
                break
            cb = self._trim(s_.tok_start, s_.tok_end - 1)
        return cb

    def _attach(self, d: _Draft, si: int) -> bool:
        """Cut the content of earlier claims of the sentence where ``d`` begins, or nest
        ``d`` in the claim whose content embeds it. False when ``d`` is no claim of its
        own: an attitude verb opening another claim's content («قال إنه يعتقد أن» is one
        claim, believed)."""
        t = self.tokens
        for p in reversed(list(self.drafts)):  # (a formula giving way is removed)
            if p.sent != si:
                break
            if not (p.ca <= d.region <= p.cb):
                continue
            if d.speaker is None:
                if d.region > p.ca + 1 and (p.ctype == "np" or d.ctype == "np"):
                    # «وتبنت الحركة الهجومَ، في ما يُعتبر اليوم الأكثر دموية»: a noun-phrase
                    # content ends where the formula begins
                    p.cb = self._trim(p.ca, d.region - 1)
                    return True
                # «قال إن من المتوقع أن»، «وقال إنه يُعتقد أن»: an impersonal formula inside
                # a content is part of it (its head marker sets the certainty)
                return False
            if p.speaker is None and (d.region <= p.ca + 1 or (
                    d.own_subject and d.region <= p.ca + 4
                    and not any(t[x].norm in CLAUSE_PUNCT for x in range(p.ca, d.region)))):
                # «يذكر أن والدة نذير قالت إن»، «يُذكر أن الأمم المتحدة كانت قد أعلنت أن»:
                # the formula only introduces the claim
                self.drafts.remove(p)
                continue
            if p.ca <= d.region <= p.ca + 1 and not d.own_subject and d.speaker is p.speaker:
                return False
            hit = self.lex.lookup(t[d.cue_tok].norm)
            if not d.own_subject and not d.proclitic and d.region > p.ca and hit is not None \
                    and hit[0].pos == "verb" \
                    and t[d.region - 1].norm not in CLAUSE_PUNCT and t[d.region - 1].norm not in CLAUSE_OPENERS:
                # «فإنه بعد التحري معهم اعترفوا أنهم ...»: a verb with no subject of its
                # own in the middle of another claim's content belongs to that content
                return False
            svo = d.region < d.cue_tok
            # speech inside unquoted direct speech is nested: «وتابع: حذّرتها الشرطة (...)
            # وقالت المرأة (...)» → [الشاهد, الشرطة], [الشاهد, المرأة]
            in_speech = p.ctype == "colon" and d.own_subject
            embedded = in_speech or (
                d.own_subject and not d.proclitic and d.ctype != "quote"
                and (svo or not d.imperfect) and d.speaker is not p.speaker
                and (d.region == p.ca or (t[d.region - 1].norm not in CLAUSE_PUNCT
                                          and t[d.region - 1].norm not in CLAUSE_OPENERS))
            )
            if embedded:
                chain: list[_Src] = []
                seen: set[tuple[int, int]] = set()  # a set: deep nesting stays linear per step
                for src in [*p.outer, p.speaker, *d.outer]:
                    if src is not None and (src.start, src.end) not in seen:
                        seen.add((src.start, src.end))
                        chain.append(src)
                d.outer = chain[:MAX_OUTER]
                d.nested = True
            elif d.region > p.ca:
                p.cb = self._trim(p.ca, d.region - 1)
        return True

    # -- output -----------------------------------------------------------------------

    def _link(self, s: _Src) -> Source:
        if not s.linked:
            s.entity = self.linker.link(s.start, s.end, s.head, self.tokens, s.tok)
            s.linked = True
        return self.doc.source(s.start, s.end, s.entity)

    # -- implemented by the mixins (verbal.py, subjects.py, prepositional.py) ------------
    def _match_prep(self, i: int, b: int) -> tuple[Prep, int, int] | None:
        raise NotImplementedError

    def _is_source(self, np: tuple[int, int], skip: int) -> bool:
        raise NotImplementedError

    def _split_object(self, np: tuple[int, int]) -> tuple[int, int]:
        raise NotImplementedError

    def _subject_before(self, i: int, a: int, plen: int = 1) -> tuple[int, int] | None:
        raise NotImplementedError

    def _clause_subject(self, a: int, i: int) -> tuple[int, int] | None:
        raise NotImplementedError

    def _fronted_media(self, a: int, i: int) -> list[_Src]:
        raise NotImplementedError
