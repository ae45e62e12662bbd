"""Subjects that do not follow their verb: before it («وكانت الصحيفة قد ذكرت»، «المسؤول
الذي قال»، «غير أن مسؤولين وصفوهم»), of the clause a participle hangs on, and media named
in an adjunct before the verb («وفي تصريحات لراديو X، قال»)."""

from __future__ import annotations

from bisect import bisect_left

from .base import FinderBase
from .drafts import (
    _Src,
)
from .speakers import MEDIA_HEADS, is_media_recipient, parse_np, stem
from .tables import (
    _DEMONSTRATIVE_SUBJECTS,
    _KAN,
    _NO_SOURCE,
    _QAD,
)
from .words import (
    CLAUSE_OPENERS,
    CLAUSE_PUNCT,
    NP_STOPPERS,
    PRE_SUBJECT_SKIP,
    RELATIVES,
    SENTENCE_PUNCT,
    SOURCE_NOUNS,
    STATEMENT_NOUNS,
)

__all__ = ["SubjectsMixin"]

_STATEMENT_ENDINGS = tuple(STATEMENT_NOUNS)


class SubjectsMixin(FinderBase):
    def _antecedent_start(self, last: int, a: int) -> int:
        """First token of the definite phrase ending at ``last`` before a relative pronoun:
        definite words («الشهود الأربعة»), then one construct head if it names a source or a
        role («وزير التجارة»، «تقرير الوزارة»); a lone indefinite word stands alone."""
        t = self.tokens
        first = last
        if not t[last].norm.startswith(("ال", "وال")):
            return last
        while first - 1 >= a and first > last - 4 and t[first - 1].norm.startswith("ال") \
                and t[first - 1].norm not in NP_STOPPERS:
            first -= 1
        if first - 1 >= a:
            h = stem(t[first - 1].norm)
            if h in self.lex.anaphors or h in SOURCE_NOUNS or h in MEDIA_HEADS:
                first -= 1
        return first

    def _fronted_media(self, a: int, i: int) -> list[_Src]:
        """«وفي تصريحات لراديو "إس إف آر"، قال ...»: a medium named in an adjunct before
        the verb, in the same sentence."""
        t = self.tokens
        nouns = self._statement_nouns(a, i - 1)
        for k in nouns[:bisect_left(nouns, i - 1)]:
            mr = is_media_recipient(t, k + 1, i, self.quotes)
            if mr is not None:
                skip = 1 if t[mr[0]].norm[0] == "ل" and len(t[mr[0]].norm) > 3 else 0
                return [self._src(mr[0], mr[1], skip)]
        return []

    def _statement_nouns(self, a: int, end: int) -> list[int]:
        """The statement nouns («تصريحات»، «بيان») from token ``a`` on, read at least up to
        ``end`` (excluded). Kept per ``a`` (a sentence's start) and extended only as far as a
        verb needs: each word is read once however many verbs the sentence holds (reading
        from ``a`` for every verb made a sentence of 1,500 verbs quadratic: qa-16a), and
        only in sentences whose verbs ask (listing the whole article cost ≈ 0.9 µs a word:
        qa-17a)."""
        t = self.tokens
        read, nouns = self._statements.get(a, (a, []))
        if read < end:
            # (a statement noun ends the word, since stem only drops prefixes: the cheap
            # endswith test spares stem on nearly every word)
            nouns.extend(k for k in range(read, end)
                         if t[k].norm.endswith(_STATEMENT_ENDINGS) and stem(t[k].norm) in STATEMENT_NOUNS)
            self._statements[a] = (end, nouns)
        return nouns

    def _subject_before(self, i: int, a: int, plen: int = 1) -> tuple[int, int] | None:
        """A subject written before its verb: «وكان الوزير قد قال»، «المسؤول الذي قال»،
        «الصحيفة ذكرت» (a definite phrase at the start of the clause). The first that applies:

        1. before «قد»: the subject before «كان ... قد» or a definite word (:meth:`_subject_before_qad`);
        2. the words after «كان» or «أن» (:meth:`_subject_after_kan`);
        3. after a relative pronoun, its antecedent (:meth:`_relative_antecedent`);
        4. (``plen`` 0) definite words right before the verb (:meth:`_definite_before_verb`);
        5. a clause holding only a definite noun phrase before the verb (:meth:`_svo_subject`)."""
        t = self.tokens
        k = i - 1
        if k > a and t[k].norm in ("لا", "لم", "لن"):
            k -= 1  # «الوزير لا يستبعد أن»: the negation stands between subject and verb
        if k < a:
            return None
        if t[k].norm in _QAD:
            return self._subject_before_qad(k, a)
        found = self._subject_after_kan(i, k, a)
        if found is not None:
            return found
        if t[k].norm in RELATIVES:
            return self._relative_antecedent(k, a)
        if plen == 0 and t[k].norm.startswith("ال") and self.lex.lookup(t[k].norm) is None:
            return self._definite_before_verb(k, a)
        return self._svo_subject(i, k, a)

    def _subject_before_qad(self, k: int, a: int) -> tuple[int, int] | None:
        """The subject of a verb after «قد» (token ``k``)."""
        t = self.tokens
        for m in range(k - 1, max(a - 1, k - 9), -1):
            if t[m].norm in _KAN:
                if m + 1 == k:  # «الوزارة كانت قد أعلنت»: the subject before كان
                    return self._subject_before(m, a, 0)
                return parse_np(t, m + 1, k, self.lex, self.quotes)
        if k - 1 >= a and t[k - 1].norm.startswith(("ال", "وال")):
            return self._subject_before(k, a, 0)  # «يذكر أن الوزارة قد أعلنت»
        return None

    def _subject_after_kan(self, i: int, k: int, a: int) -> tuple[int, int] | None:
        """The noun phrase between «كان» or «أن» and the verb at ``i`` (``k``: the token
        before the verb), within two commas; None when there is none."""
        t = self.tokens
        commas = 0
        for m in range(k, max(a - 1, k - 12), -1):
            w = t[m].norm
            if w in CLAUSE_PUNCT:
                commas += 1
                if commas > 2:
                    break
                continue
            if w in SENTENCE_PUNCT or self.lex.lookup(w) is not None:
                break
            if w in _KAN or (w in ("ان", "بان") and m < k):
                # «وكانت الوزارة أعلنت»، «غير أن مسؤولين محليين وصفوهم»، «يذكر أن والدة
                # نذير، سنية رجب، قالت»: the words between (an apposition in commas too)
                np = parse_np(t, m + 1, i, self.lex, self.quotes)
                if np is not None and (np[1] == k or (commas == 2 and t[k].norm in CLAUSE_PUNCT)):
                    if t[np[0]].norm in _DEMONSTRATIVE_SUBJECTS:
                        return _NO_SOURCE
                    return np
                break
        return None

    def _relative_antecedent(self, k: int, a: int) -> tuple[int, int] | None:
        """The antecedent of the relative pronoun at ``k``."""
        t = self.tokens
        last = k - 1
        first = self._antecedent_start(last, a)
        # «الشهود الأربعة في القضية الذين»: the antecedent stands before the PP
        if first - 2 >= a and t[first - 1].norm in ("في", "من", "علي", "عن") and t[first - 2].is_arabic \
                and t[first - 2].norm not in CLAUSE_OPENERS:
            last = first - 2
            first = self._antecedent_start(last, a)
        return (first, last) if last >= first >= a else None

    def _definite_before_verb(self, k: int, a: int) -> tuple[int, int] | None:
        """«ما جعل المخابرات الإسرائيلية تقول»: definite words right before the verb (the
        last of them at ``k``)."""
        t = self.tokens
        first = k
        while first - 1 >= a and first > k - 3 and t[first - 1].norm.startswith("ال"):
            first -= 1
        if first - 1 >= a and stem(t[first - 1].norm) in self.lex.anaphors:
            first -= 1  # «وزير الخارجية»
        if first - 1 >= a and t[first - 1].norm in _DEMONSTRATIVE_SUBJECTS:
            return _NO_SOURCE  # «هذا التجاهل يؤكد أن»
        return first, k

    def _svo_subject(self, i: int, k: int, a: int) -> tuple[int, int] | None:
        """SVO: the clause holds only a definite noun phrase before the verb."""
        t = self.tokens
        c = k
        while c - 1 >= a and t[c - 1].norm not in CLAUSE_PUNCT and t[c - 1].norm not in SENTENCE_PUNCT:
            c -= 1
        while c <= k and (t[c].norm in CLAUSE_OPENERS or t[c].norm in PRE_SUBJECT_SKIP):
            c += 1
        if c > k or k - c > 5:
            return None
        head_word = t[c].norm
        if not head_word.startswith(("ال", "وال")):
            return None
        np = parse_np(t, c, i, self.lex, self.quotes)
        if np is not None and np[1] == k:
            return np
        return None

    def _clause_subject(self, a: int, i: int) -> tuple[int, int] | None:
        """Subject of the clause a participle or verbal noun at ``i`` hangs on: the noun
        phrase after the clause's first word (a verb, in VSO news prose) or from it when
        that word is definite («الوزير ...»)."""
        t = self.tokens
        c = a
        k = i - 1
        while k > a and t[k].norm not in CLAUSE_PUNCT:
            k -= 1
        if k > a and i - k > 2:  # the participle's own clause has a verb before it
            c = k + 1
        while c < i and t[c].norm in CLAUSE_OPENERS:
            c += 1
        if c >= i:
            return None
        first = t[c].norm
        # «ألقى»، «ألغى» normalise like the article: the article's alef never bears a hamza
        article = first.startswith("ال") and self.doc.text[t[c].start] not in "أإآ"
        start = c if (article and not self.lex.lookup(first)) else c + 1
        while start < i and t[start].norm in PRE_SUBJECT_SKIP:
            start += 1
        np = parse_np(t, start, i, self.lex, self.quotes)
        return self._split_object(np) if np is not None else None
