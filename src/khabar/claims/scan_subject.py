"""The steps of the scan forward from a verbal cue (:meth:`.scan.ScanMixin._scan`) that read
its subject and noun-phrase objects: ``_scan_objects`` (the objects of announcement and stance
verbs, and the count of free words that ends the scan) and ``_scan_subject`` (adverbs and
adjuncts passed over, an object with no subject written, the subject noun phrase)."""

from __future__ import annotations

from .base import FinderBase
from .drafts import _pronoun_object, _pronoun_pp, _Scan
from .lexicon import CueForm
from .scan_state import _DONE, _NEXT, _STOP, _Walk
from .speakers import parse_np
from .tables import (
    _ADJ_ENDINGS,
    _ADJECTIVES,
    _APPOSITION_AHEAD,
    _B_ADVERBS,
    _CLAUSE_BREAKERS,
    _NP_OBJECT_VERBS,
    _OBJECT_STARTERS,
    _OBJECT_VERBS,
    _PREPOSITIONS,
    _STANCE_VERBS,
    _SUBORDINATORS,
    SCAN_WINDOW,
)
from .words import CLAUSE_PUNCT, NP_STOPPERS, PRE_SUBJECT_SKIP, SENTENCE_PUNCT

__all__ = ["SubjectScanMixin"]


class SubjectScanMixin(FinderBase):
    def _scan_objects(self, st: _Walk, w: str, hit: tuple[CueForm, int] | None,
                      has_subject: bool) -> str | None:
        """Noun-phrase objects of announcement and stance verbs (``_NP_OBJECT_VERBS``): the
        candidates a complementiser further on still overrides; and the count of free words
        after the subject that ends the scan."""
        t = self.tokens
        j, cue = st.j, st.cue
        np_verb = cue.lemma in _NP_OBJECT_VERBS and st.np_object_ok and not st.broken
        if (has_subject or st.blocked) and np_verb \
                and t[j].is_arabic and w not in NP_STOPPERS and w not in PRE_SUBJECT_SKIP and hit is None \
                and st.np_weak < 0 and st.after_comma and t[j - 1].norm in CLAUSE_PUNCT and not w.startswith("وال") \
                and w not in _OBJECT_STARTERS:
            # weak: the first word after a comma (it may be an apposition: «أكد عبد
            # الرحمن، نائب رئيس المنتدى، ضرورة ...»); a stronger sign below wins
            st.np_weak = j
        if has_subject and np_verb and j == st.last_read + 1 \
                and w in ("هذه", "هذا", "تلك", "ذلك", "هذين", "هاتين") and st.np_cand < 0 \
                and not t[j - 1].norm.startswith(("ال", "وال")):
            # «وينفي رضايان وعائلته هذه الاتهاماتِ»; after a definite noun the
            # demonstrative belongs to it («موجة العنف هذه»)
            st.np_cand = j
        if has_subject and np_verb and t[j].is_arabic \
                and w not in NP_STOPPERS and w not in PRE_SUBJECT_SKIP and hit is None and (
                    (j == st.last_read + 1 and _pronoun_object(w))
                    # an object noun anywhere after the subject but right after a
                    # preposition (a fallback: a complementiser later still wins)
                    or (w in _OBJECT_STARTERS and t[j - 1].norm not in _PREPOSITIONS)
                    or (cue.lemma in _STANCE_VERBS and w.startswith("ال")
                        and (t[j - 1].norm.startswith("ال") or t[j - 1].norm in _B_ADVERBS)
                        and w not in _ADJECTIVES and not w.endswith(_ADJ_ENDINGS))):
            # a noun-phrase content, unless a complementiser still comes («وأكد النائبُ،
            # توفيق الجمني في تصريح لجريدة "الصباح" أن ...»): read on, fall back to it
            if st.np_cand < 0:
                st.np_cand = j
        if w in CLAUSE_PUNCT and (has_subject or st.blocked):
            st.after_comma = True
        # words after the subject that no preposition governs belong to another
        # clause («عندما ذكر المراسلُ تفاصيلَ الحادث ونوعَ السيارة أدركت المذيعة أن»)
        if has_subject and t[j].is_arabic:
            if w in NP_STOPPERS or w in PRE_SUBJECT_SKIP or w[0] in "بل":
                st.last_prep = j
            elif j - st.last_prep > 4 and j > st.last_read:
                st.free += 1
                if st.free > 3:
                    if not self._comma_comp_ahead(j, st.limit, st.start - 1):
                        return _STOP
                    st.free = -SCAN_WINDOW  # «قال وزير العلاقة مع مجلس ... مهدي بن غربية، إن»
        return None

    def _scan_subject(self, st: _Walk, sc: _Scan, w: str, hit: tuple[CueForm, int] | None,
                      has_subject: bool) -> str | None:
        """Words before and of the subject: adverbs and adjuncts passed over, an object
        with no subject written, the subject noun phrase."""
        t = self.tokens
        j, cue = st.j, st.cue
        if has_subject and w in PRE_SUBJECT_SKIP and j == st.last_read + 1:
            st.last_read = j  # «أعلنت الحركة اليوم الثلاثاء دعمها»
            st.j += 1
            return _NEXT
        if not has_subject and cue.lemma in _NP_OBJECT_VERBS and st.np_object_ok and st.np_cand < 0 and (
                (w in _OBJECT_STARTERS and t[j - 1].norm not in _PREPOSITIONS)
                or (j == st.start and _pronoun_object(w))):
            # «وأكدت عدمَ وجود»، «أعلن نيتَه الاستقالة»: no subject written
            sc.ctype, sc.ca, sc.end = "np", j, j
            return _DONE
        if not has_subject and _pronoun_pp(w):
            st.j += 1  # «أعلنت خلالها ألمانيا»، «أكد له الوزير»: an adjunct before the subject
            return _NEXT
        if has_subject or st.blocked:
            return None
        if w in PRE_SUBJECT_SKIP or (w[0] == "م" and w.endswith("ا") and len(w) >= 5 and j == st.start) \
                or (hit is not None and hit[0].pos == "participle" and j == st.start):
            # «واستطرد قائلاً:»: a participle of manner is not the subject
            # «وأضاف مازحاً»: a manner adverb, not the subject
            st.j += 1
            return _NEXT
        if w in NP_STOPPERS or w in CLAUSE_PUNCT:
            st.blocked = True
            st.j += 1
            return _NEXT
        np = parse_np(t, j, st.b, self.lex, self.quotes, stop_b="ب" in cue.preps)
        if np is None:
            return None
        if cue.lemma in _OBJECT_VERBS or cue.lemma in _STANCE_VERBS:
            np = self._split_object(np)
        if cue.lemma in _NP_OBJECT_VERBS:
            # «أعلنت الكتلةُ رفضَها»، «أعلن الرئيس الفرنسي حالةَ الطوارئ»: a
            # verbal noun with a pronoun, or a frequent object noun, ends the subject
            for k in range(np[0] + 1, np[1] + 1):
                x = t[k].norm
                if (_pronoun_object(x) and t[k - 1].norm.startswith("ال")) or x in _OBJECT_STARTERS:
                    np = (np[0], k - 1)
                    break
        sc.subject = np
        st.last_read = np[1]
        st.j = np[1] + 1
        return _NEXT

    def _comma_comp_ahead(self, j: int, limit: int, verb: int) -> bool:
        """A comma then a complementiser soon after ``j``, with no sentence end, clause
        breaker or other cue between: the long apposition of a subject ends there («قال
        وزير العلاقة مع مجلس نواب الشعب والهيئات الدستورية ... مهدي بن غربية، إن»)."""
        t = self.tokens
        for k in range(j, min(limit - 1, j + _APPOSITION_AHEAD)):
            w = t[k].norm
            if w in SENTENCE_PUNCT or w in _CLAUSE_BREAKERS or self.lex.lookup(w) is not None:
                return False
            if w in CLAUSE_PUNCT and self._is_comp(k + 1):
                # «إنّ» is speech's own; «أنّ» after a verb in a subordinate clause may
                # belong to the next verb («عندما ذكر المراسل ...، أدركت المذيعة أن»)
                return self.doc.text[t[k + 1].start] == "إ" or verb < 1 or t[verb - 1].norm not in _SUBORDINATORS
        return False
