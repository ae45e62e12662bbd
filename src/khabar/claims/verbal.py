"""Step 1 of the cascade: verbal cues («قال»، «وأضافت»، «نقلت الوكالة عن مصدر قوله»).

:meth:`~khabar.claims.scan.ScanMixin._scan` reads forward from the verb: the subject noun
phrase, a medium the statement was made to, a relay, until the content opens (complementiser,
colon, quotation, the verb's own preposition, or a noun-phrase object for announcement and
stance verbs); :meth:`VerbalMixin._from_verb` turns what it read into a draft claim.
"""

from __future__ import annotations

from .drafts import _Draft, _Scan, _Src
from .lexicon import Cue, CueForm
from .scan import ScanMixin
from .speakers import stem
from .tables import (
    _ADJ_ENDINGS,
    _ADJECTIVES,
    _BIHI,
    _NAME_OBJECTS,
    _NO_SOURCE,
    _OBJECT_VERBS,
    _PRONOUN_COMPS,
    _QAD,
)
from .words import (
    IMPERSONAL,
    NEGATIONS,
)

__all__ = ["VerbalMixin"]


class VerbalMixin(ScanMixin):
    def _split_object(self, np: tuple[int, int]) -> tuple[int, int]:
        """«النقابة المنظمات الدولية» → «النقابة»: cut before a definite word that follows
        a definite word and is not an adjective (heuristic: nisba adjectives end in ي/ية)."""
        t = self.tokens
        for k in range(np[0] + 1, np[1] + 1):
            w, prev = t[k].norm, t[k - 1].norm
            if w.startswith("ال") and prev.startswith("ال") and w not in _ADJECTIVES \
                    and not w.endswith(_ADJ_ENDINGS):
                return np[0], k - 1
            if w in ("مختلف", "كافة", "جميع", "كل") and k > np[0]:
                return np[0], k - 1  # «دعا البيانُ مختلفَ الفاعلين»
            # an indefinite accusative after a definite word: «الجامعةُ ... بلاغاً»
            if w.endswith("ا") and len(w) >= 4 and not w.startswith("ال") \
                    and prev.startswith(("ال", "لل")):
                return np[0], k - 1
        return np

    def _from_verb(self, i: int, form: CueForm, plen: int, a: int, b: int, si: int) -> tuple[_Draft | None, int]:
        t = self.tokens
        cue = form.cue
        w = t[i].norm
        if self._not_a_report(i, form, plen, a, b):
            return None, i + 1
        # «ما» negates a perfect («ما قال»); before an imperfect it is «what» («وتشجيع ما
        # تقول إنها قوة توسعية»)
        negated = i > a and t[i - 1].norm in NEGATIONS and not (t[i - 1].norm == "ما" and form.imperfect)
        # «هجوم تبنّته حركة طالبان»: the object pronoun is the content; «لم تعلن أي جهة
        # مسؤوليتها»: a negated announcement of a noun phrase is narration
        np_object_ok = not negated and w[plen:] in self.lex.forms
        # «إنه يتهم وليد بـ»: after a complementiser with a pronoun, the pronoun is the
        # verb's subject and the noun after it an object
        after_pronoun = plen == 0 and i > a and t[i - 1].norm in _PRONOUN_COMPS
        sc = self._scan(i + 1, b, cue, pronoun_subject=form.plural or after_pronoun, np_object_ok=np_object_ok)
        if cue.lemma in ("نقل", "علم", "نسب") and sc.relay is None:
            return None, i + 1  # «نُقل إلى المستشفى»: transport, not a report
        if negated and sc.ctype in ("prep", "np"):
            return None, i + 1  # «ولم تعلن أي جهة مسؤوليتها عن الهجوم»: narration
        if sc.ctype is None:
            qb = self._quote_before(i)
            if qb is None:
                return None, i + 1
            sc.ctype, sc.ca, sc.cb = "quote", qb[0], qb[1]
            region = qb[0] - 1
        else:
            region = i
        pre_subject, region = self._subject_before_verb(sc, i, a, plen, cue, region)
        got = self._verb_speaker(sc, pre_subject, i, a, b, plen, form, si, region)
        if got is None:
            return None, i + 1
        speaker, outer, own, region = got
        if sc.cb < 0:
            sc.cb = self._content_end(sc.ca, b)
            if sc.ctype == "colon":
                sc.cb = self._colon_paragraph(si, sc.cb)
        if sc.cb < sc.ca:
            return None, i + 1
        src_form = sc.masdar or form
        default = src_form.cue.certainty
        if cue.lemma == "وعد" and sc.ctype == "comp" and w in ("وعد", "فعد"):
            # «وعدّ الباحث أن ...» (and considered) is written like «وعد» (promised), which
            # takes بـ: with أنّ it is an opinion
            default = "believed"
        d = _Draft(
            cue=(self._after_prefix(i, plen) if plen else t[i].start, t[i].end),
            cue_tok=i, region=region, speaker=speaker, outer=outer, ca=sc.ca, cb=sc.cb,
            cstart=sc.cstart, ctype=sc.ctype, default=default,
            lemma=src_form.cue.lemma, negated=negated, own_subject=own, sent=si,
            proclitic=plen > 0, imperfect=form.imperfect,
        )
        return d, max(sc.end, i + 1)

    def _not_a_report(self, i: int, form: CueForm, plen: int, a: int, b: int) -> bool:
        """Is the verb form at token ``i`` no report here: mid-clause ambiguous forms, a
        verbal noun, the outlet or the author narrating, a relative clause, an unnamed
        source, «يُدعى», a passive?"""
        t = self.tokens
        cue = form.cue
        w = t[i].norm
        if cue.strict and plen == 0 and not self._clause_initial(i, a) and not (
                i + 1 < b and stem(t[i + 1].norm) in self.lex.anaphors and self.lex.anaphors[stem(t[i + 1].norm)][1]):
            # an ambiguous form counts mid-clause only before a person's role: «وبمناسبة
            # ... طالب رئيسُ الجمهورية»
            return True
        if plen == 0 and i > a and t[i - 1].norm in ("او", "عدم", "تاكيد"):
            return True  # «تأكيد أو نفي إصابتهم»: a verbal noun, written like the verb
        if w in IMPERSONAL or form.first_person:
            return True  # «يُذكر أن»، «أعتقد أن»: the outlet or the author narrating
        if i + 1 < b and (t[i + 1].norm in _BIHI or t[i + 1].norm in ("عنه", "عنها", "عنهم")):
            return True  # «المحضر تعهّدت به الإدارة»: a relative clause
        if i + 1 < b and t[i + 1].norm in _NAME_OBJECTS:
            return True  # «مصدر لم يكشف هويته»، «لم تذكر اسمه»: an unnamed source
        if self._named(i, form):
            return True
        # «طُلب منه الترجّل»: a passive, its subject is no source (perfects only: the
        # active imperfects of forms II–IV carry a damma too, «يُؤكّد»)
        return cue.lemma != "نقل" and not form.imperfect and self._marked_passive(i, plen)

    def _subject_before_verb(self, sc: _Scan, i: int, a: int, plen: int, cue: Cue,
                             region: int) -> tuple[tuple[int, int] | None, int]:
        """The subject written before the verb when the noun after it is its object (and the
        claim's region, from that subject on): «وكان مجلس الشعب قد دعا الحكومةَ إلى» (between
        كان and قد), «إن الوزير يتهم المعارضةَ بـ» (a verb that takes an object)."""
        t = self.tokens
        if sc.subject is None or i - 1 < a:
            return None, region
        if not (t[i - 1].norm in _QAD or (cue.lemma in _OBJECT_VERBS and plen == 0
                                          and t[i - 1].norm.startswith(("ال", "وال")))):
            return None, region
        back = self._subject_before(i, a, plen)
        if back is None or back == _NO_SOURCE:
            return None, region
        sc.subject = None
        return back, min(region, back[0])

    def _verb_speaker(self, sc: _Scan, pre_subject: tuple[int, int] | None, i: int, a: int, b: int,
                      plen: int, form: CueForm, si: int,
                      region: int) -> tuple[_Src, list[_Src], bool, int] | None:
        """The speaker, the outer sources (media, relays), whether the verb has its own
        subject, and the region; None when no speaker is found. In order: a relay («نقلت
        الوكالة عن مصدر»), the subject before or after the verb, the subject of the clause
        before or of the last claim."""
        t = self.tokens
        own = sc.subject is not None or pre_subject is not None
        outer = [self._src(m0, m1, 1 if t[m0].norm[0] in "لب" and len(t[m0].norm) > 3 else 0) for m0, m1 in sc.media]
        if not outer:
            outer = self._fronted_media(a, i)
        if sc.relay is not None:
            if sc.subject is not None:
                outer.append(self._src(*sc.subject))
            else:
                prev = self._last_speaker()
                if prev is not None and prev.speaker is not None:
                    outer = [*prev.outer, prev.speaker, *outer]
            speaker = self._src(*sc.relay)
            own = True
        elif pre_subject is not None:
            speaker = self._src(*pre_subject)
        elif sc.subject is not None:
            speaker = self._src(*sc.subject)
        else:
            # «بكلمته التي ألقاها في مؤتمر حقوق الإنسان قال فيها:» — «فيها» points back to a
            # speech noun: the verb's subject is that of the clause, not the words before it
            in_it = i + 1 < b and t[i + 1].norm in ("فيه", "فيها") and not self._clause_initial(i, a)
            back = None if in_it else self._subject_before(i, a, plen)
            if back == _NO_SOURCE:
                return None
            if back is not None:
                speaker = self._src(*back)
                own = True
                region = min(region, back[0])
            else:
                prev = self._last_speaker(form.gender)
                clause = None
                if not self._clause_initial(i, a) and not any(d.sent == si for d in self.drafts):
                    # «أصدرت الجامعة بلاغاً أكدت فيه»: the subject of the clause before
                    clause = self._clause_subject(a, i)
                if clause is not None:
                    speaker = self._src(*clause)
                    own = True
                elif prev is not None and prev.speaker is not None:
                    speaker = prev.speaker
                    outer = [*prev.outer, *outer]
                else:
                    # no claim before: the subject of the sentence's first clause
                    # («أمر الرئيس ... الحكومة بـ...، لكنه حذّر من»)
                    first_clause = self._clause_subject(a, i) if i > a + 1 else None
                    if first_clause is None:
                        return None
                    speaker = self._src(*first_clause)
        if own and not outer:
            outer = self._chain_of_described(speaker)
        return speaker, outer, own, region

    # -- 2. participles ---------------------------------------------------------------
