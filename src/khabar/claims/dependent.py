"""Steps 2 and 3 of the cascade: participles («، مشيراً إلى أنّ») and verbal nouns with a
pronoun («وجدّد الوزير تحذيرَه من»), which take the speaker of the clause they hang on."""

from __future__ import annotations

from .base import FinderBase
from .drafts import (
    _Draft,
    _Scan,
    _Src,
)
from .lexicon import Cue, CueForm
from .tables import (
    _B_ADVERBS,
    _NP_CONTENT_PARTICIPLES,
    _OBJECT_VERBS,
)
from .words import (
    CLAUSE_PUNCT,
    NEGATIONS,
    NP_STOPPERS,
    OPEN_QUOTES,
    SENTENCE_PUNCT,
)

__all__ = ["DependentMixin"]


class DependentMixin(FinderBase):
    def _content_after(self, j: int, b: int, cue: Cue, np_ok: bool) -> _Scan | None:
        """Content right after a participle or verbal noun at ``j - 1``."""
        t = self.tokens
        q = self.quotes
        sc = _Scan()
        if j >= b:
            return None
        w = t[j].norm
        if self._is_comp(j):
            self._comp_content(j, sc)
        elif w in cue.preps or (w == "مما" and "من" in cue.preps):  # «مخاوفه مما أسماه»
            if j + 1 < b and self._is_comp(j + 1):
                self._comp_content(j + 1, sc)
            else:
                sc.ctype, sc.ca = "prep", j + 1
        elif "ب" in cue.preps and len(w) > 3 and w[0] == "ب":
            if w in _B_ADVERBS and j + 1 < b:  # «منددة بشدة بهذا العمل»
                return self._content_after(j + 1, b, cue, np_ok)
            sc.ctype, sc.ca, sc.cstart = "prep", j, self._after_prefix(j, 1)
        elif w == ":":
            if j + 1 < b and t[j + 1].norm in OPEN_QUOTES and q.is_speech(j + 1):
                sc.ctype, sc.ca, sc.cb = "quote", j + 2, q.close[j + 1] - 1
            else:
                sc.ctype, sc.ca = "colon", j + 1
        elif w in OPEN_QUOTES and q.is_speech(j):
            sc.ctype, sc.ca, sc.cb = "quote", j + 1, q.close[j] - 1
        elif np_ok and t[j].is_arabic and w not in NP_STOPPERS:
            sc.ctype, sc.ca = "np", j
        elif w in NP_STOPPERS and w not in cue.preps:
            return self._after_adjunct(j, b, cue, sc)
        elif cue.lemma in _OBJECT_VERBS and t[j].is_arabic:
            return self._after_object(j, b, cue, sc)
        else:
            return None
        return sc

    def _after_adjunct(self, j: int, b: int, cue: Cue, sc: _Scan) -> _Scan | None:
        """«قائلة في بيان على موقعها إن ...»: an adjunct from ``j``, then the complement."""
        t = self.tokens
        for k in range(j + 1, min(b, j + 12)):
            x = t[k].norm
            if x in CLAUSE_PUNCT or x in SENTENCE_PUNCT:
                return None
            if self._is_comp(k):
                self._comp_content(k, sc)
                return sc
            if x == ":" or (x in OPEN_QUOTES and self.quotes.is_speech(k)):
                return self._content_after(k, b, cue, False)
            if self.lex.lookup(x) is not None:
                return None
        return None

    def _after_object(self, j: int, b: int, cue: Cue, sc: _Scan) -> _Scan | None:
        """«داعياً الهيئةَ إلى»، «مطالباً الحكومة بـ»: an object from ``j``, then the preposition."""
        t = self.tokens
        for k in range(j + 1, min(b, j + 5)):
            x = t[k].norm
            if x in CLAUSE_PUNCT or x in SENTENCE_PUNCT:
                return None
            if x in cue.preps:
                if k + 1 < b and self._is_comp(k + 1):
                    self._comp_content(k + 1, sc)
                else:
                    sc.ctype, sc.ca = "prep", k + 1
                return sc if k + 1 < b else None
            if len(x) > 3 and x[0] in "بل" and x[0] in cue.preps:
                sc.ctype, sc.ca = "prep", k
                if x[0] == "ب":
                    sc.cstart = self._after_prefix(k, 1)
                return sc
        return None

    def _from_dependent(self, i: int, form: CueForm, a: int, b: int, si: int) -> tuple[_Draft | None, int]:
        """A participle («مشيراً إلى أن») or a verbal noun with a pronoun («تحذيره من»)."""
        t = self.tokens
        cue = form.cue
        after_comma = i > a and t[i - 1].norm in CLAUSE_PUNCT
        np_ok = form.pos == "participle" and after_comma and not cue.strict and cue.lemma in _NP_CONTENT_PARTICIPLES
        sc = self._content_after(i + 1, b, cue, np_ok)
        if sc is None:
            return None, i + 1
        same = [d for d in self.drafts if d.sent == si and d.speaker is not None]
        outer: list[_Src] = []
        own = False
        if form.pos == "participle" and same:
            speaker, outer = same[-1].speaker, list(same[-1].outer)
        else:
            np = self._clause_subject(a, i)
            if np is not None:
                speaker, own = self._src(*np), True
            elif sourced := [d for d in self.drafts if d.speaker is not None]:  # not «يُذكر أن»
                speaker, outer = sourced[-1].speaker, list(sourced[-1].outer)
            else:
                return None, i + 1
        if sc.cb < 0:
            sc.cb = self._content_end(sc.ca, b)
        if sc.cb < sc.ca:
            return None, i + 1
        d = _Draft(
            cue=(t[i].start, t[i].end), cue_tok=i, region=i, speaker=speaker, outer=outer,
            ca=sc.ca, cb=sc.cb, cstart=sc.cstart, ctype=sc.ctype or "prep", default=cue.certainty,
            lemma=cue.lemma, negated=i > a and t[i - 1].norm in NEGATIONS, own_subject=own,
            sent=si, proclitic=t[i].norm not in self.lex.forms,
        )
        return d, sc.ca if sc.ctype != "quote" else sc.cb + 2

    # -- 4. prepositional attributions ------------------------------------------------
