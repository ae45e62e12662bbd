"""Step 1 of the cascade: verbal cues («قال»، «وأضافت»، «نقلت الوكالة عن مصدر قوله»).

:meth:`VerbalMixin._scan` reads forward from the verb: the subject noun phrase, a medium
the statement was made to, a relay, until the content opens (complementiser, colon,
quotation, the verb's own preposition, or a noun-phrase object for announcement and stance
verbs); :meth:`VerbalMixin._from_verb` turns what it read into a draft claim.
"""

from __future__ import annotations

from ..segment import Token
from .base import FinderBase
from .drafts import (
    _Draft,
    _pronoun_object,
    _pronoun_pp,
    _Scan,
)
from .lexicon import Cue, CueForm
from .speakers import MEDIA_HEADS, is_media_recipient, parse_np, stem
from .tables import (
    _ADJ_ENDINGS,
    _ADJECTIVES,
    _ALA_CONTENT,
    _APPOSITION_AHEAD,
    _B_ADVERBS,
    _B_INSIDE,
    _BIHI,
    _CALL_WORDS,
    _CLAUSE_BREAKERS,
    _NAME_HEADS,
    _NAME_OBJECTS,
    _NO_SOURCE,
    _NP_OBJECT_VERBS,
    _OBJECT_STARTERS,
    _OBJECT_VERBS,
    _OWN_CORRESPONDENT,
    _PREPOSITIONS,
    _PRONOUN_COMPS,
    _QAD,
    _RELAY_PREP_HEADS,
    _RELAY_VERBS,
    _STANCE_VERBS,
    _SUBORDINATORS,
    _TITLE_WORDS,
    SCAN_WINDOW,
)
from .words import (
    CLAUSE_PUNCT,
    CLOSE_QUOTES,
    COMPLEMENTISERS,
    IMPERSONAL,
    NEGATIONS,
    NP_STOPPERS,
    OPEN_QUOTES,
    PRE_SUBJECT_SKIP,
    SENTENCE_PUNCT,
)

# Nouns that start with ب or ل themselves (not a preposition on the content's first word).
_B_NOUNS = frozenset({"بيان", "بيانا", "بلاغ", "بلاغا", "بلد", "بلدية", "بنك", "بيت", "برنامج",
                      "بحث", "بعض", "بين", "لجنة", "لقاء", "لقاءات"})


def has_subject_now(sc: _Scan) -> bool:
    return sc.subject is not None or sc.relay is not None


def _paren_speech(t: list[Token], j: int, b: int) -> int:  # noqa: D401
    """Index of the «)» closing speech in brackets opened at ``j`` (two words or more,
    no digits, at most 30 tokens), or -1: «(ألقي حقيبتك)» but not «(الأحد)»، «(47 عاما)»."""
    words = 0
    for k in range(j + 1, min(b, j + 30)):
        w = t[k].norm
        if w == ")":
            # one word only when it cannot be a name or a date: «(أطلقوا)» but not «(الأحد)»
            single_ok = words == 1 and not t[j + 1].norm.startswith("ال") and t[j + 1].is_arabic
            return k if words >= 2 or single_ok else -1
        if w[0].isdigit() or w == "(":
            return -1
        if t[k].is_arabic:
            words += 1
    return -1


class VerbalMixin(FinderBase):
    def _scan(self, start: int, b: int, cue: Cue, pronoun_subject: bool = False,
              np_object_ok: bool = True) -> _Scan:
        t = self.tokens
        q = self.quotes
        lex = self.lex
        sc = _Scan()
        limit = min(b, start + SCAN_WINDOW)
        # an adjunct came first («قال في بيان إن») or the verb carries its subject
        # («قالوا»): no subject after it
        blocked = pronoun_subject
        preps = cue.preps
        relay_prep = _RELAY_VERBS.get(cue.lemma, "")
        relay_verb = bool(relay_prep)
        broken = False
        after_comma = False
        np_cand = np_weak = -1
        free, last_prep = 0, start
        last_read = start - 1  # last token of the subject, relay or medium read so far
        j = start
        while j < limit:
            w = t[j].norm
            # a quotation straight after the verb, its subject or its medium (never one
            # further on: «الذي نُقل إلى المستشفى لأنه «مهدد»» is not speech of the verb)
            if w in _CLAUSE_BREAKERS:
                broken = True
                if np_cand >= 0 or np_weak >= 0:
                    break  # «... حيث أسفرت المعارك عن»: a new clause after the object
            if w == "ل" and j + 1 < b and (t[j + 1].norm in OPEN_QUOTES or t[j + 1].norm == "("):
                mr = is_media_recipient(t, j, b, q, lex.credits)
                if mr is not None:  # «لـ "الجوهرة اف أم"»: a medium, not speech
                    sc.media.append(mr)
                    last_read = mr[1] + 1
                    j = last_read + 1
                    continue
            if w in OPEN_QUOTES and j in q.close and j > start and (
                    t[j - 1].norm in _OWN_CORRESPONDENT or t[j - 1].norm in _TITLE_WORDS):
                # «لمراسلة "الجوهرة أف أم"»: the outlet's name; «ندوة حول "..."»: a title
                j = q.close[j] + 1
                continue
            if w in OPEN_QUOTES and q.is_speech(j):
                opens_comp = j + 1 < b and t[j + 1].norm in COMPLEMENTISERS
                if j - last_read > 2 and (broken or relay_verb) and not opens_comp:
                    j = q.close[j] + 1  # a quotation in a relative clause: not the verb's
                    continue
                sc.ctype, sc.ca, sc.cb = "quote", j + 1, q.close[j] - 1
                sc.end = q.close[j] + 1
                return sc
            if w == "(" and (has_subject_now(sc) or j == start) and j - last_read <= 3 \
                    and stem(t[j - 1].norm) not in _NAME_HEADS | MEDIA_HEADS:
                pc = _paren_speech(t, j, b)
                if pc > 0 and any(self._is_comp(x) for x in range(pc + 1, min(b, pc + 8))):
                    pc = -1  # «قالت قناة (سي.إن.إن ترك) التلفزيونية إن»: an aside
                if pc > 0:  # «حذّرتها الشرطة مرة أخرى (ألقي حقيبتك)»: brackets as quote marks
                    sc.ctype, sc.ca, sc.cb, sc.end = "quote", j + 1, pc - 1, pc + 1
                    return sc
            if w == ":":
                if j + 1 < b and t[j + 1].norm in OPEN_QUOTES and q.is_speech(j + 1):
                    c = q.close[j + 1]
                    sc.ctype, sc.ca, sc.cb, sc.end = "quote", j + 2, c - 1, c + 1
                elif j + 1 < b and self._is_comp(j + 1):
                    self._comp_content(j + 1, sc)  # «قال الأصبحي: إن الوضع ...»: indirect
                    sc.end = j + 2
                else:
                    sc.ctype, sc.ca = "colon", j + 1
                    sc.end = j + 1
                return sc
            if self._is_comp(j):
                self._comp_content(j, sc)
                sc.end = j + 1
                return sc
            if w in SENTENCE_PUNCT and (j == b - 1 or w not in "."):
                break  # «سي.إن.إن»، «د.العاصمي»: a period inside a sentence ends nothing
            has_subject = sc.subject is not None or sc.relay is not None
            # the verb's own preposition opens the content: «حذّر من»، «دعا إلى»
            if (has_subject or j == start or blocked) and w in preps and not (relay_verb and w == relay_prep) \
                    and np_cand < 0:
                nxt = t[j + 1].norm if j + 1 < b else ""
                if j + 1 < b and self._is_comp(j + 1):
                    self._comp_content(j + 1, sc)
                    sc.end = j + 1
                    return sc
                nhit = lex.lookup(nxt)
                if nhit is not None and nhit[0].pos == "masdar":
                    break  # «أعرب عن خشيته من»: the verbal noun is the cue
                # «على» is optional after أكد/شدد and often a part of the subject («المشرف
                # العام على الفريق»): there it needs a content word after it
                if w != "علي" or cue.lemma not in ("اكد", "شدد", "اصر") or nxt.startswith(_ALA_CONTENT) \
                        or j == start or t[j - 1].norm in ("فيه", "فيها") or t[j - 1].norm in CLAUSE_PUNCT:
                    sc.ctype, sc.ca = "prep", j + 1
                    sc.end = j + 1
                    return sc
            # a relay: «نقلت الوكالة عن مصدر»، «ذكرت الصحيفة نقلاً عن مصادر»، «علمت الصحيفة
            # من مصادر»، «وكشفت الحركة حسب مصادر»
            pm = self._match_prep(j, b) if has_subject and sc.relay is None and w in _RELAY_PREP_HEADS else None
            if pm is not None and pm[0].kind in ("source", "relay") and not pm[2]:
                np = parse_np(t, pm[1], b, lex, q)
                if np is not None and self._is_source(np, 0):
                    sc.relay = np
                    j = last_read = np[1]
                    j += 1
                    continue
            if (relay_verb and w == relay_prep) or (w == "من" and cue.lemma == "علم" and has_subject) \
                    or (w == "نقلا" and j + 1 < b and t[j + 1].norm == "عن"):
                k = j + 1 if w in ("عن", "من", "الي") else j + 2
                np = parse_np(t, k, b, lex, q)
                # «أورد عن»، «نسب إلى» may also mean «about», «to»: only a source relays
                if np is not None and (cue.lemma in ("نقل", "علم") or w == "نقلا" or self._is_source(np, 0)):
                    sc.relay = np
                    j = last_read = np[1] + 1
                    last_read -= 1
                    continue
            hit = lex.lookup(w)
            if hit is not None:
                form = hit[0]
                if form.pos == "masdar" and has_subject:
                    sc.masdar = form
                    preps = form.cue.preps  # «نقلت الوكالة عن الوزير اتهامه ... بـ»
                    last_read = j
                    j += 1
                    continue
                if j > start and form.pos in ("verb", "participle") and not (
                        form.cue.strict and hit[1] == 0 and not self._clause_initial(j, start - 1)) \
                        and not (j + 1 < b and t[j + 1].norm in _NAME_OBJECTS) and not self._named(j, form):
                    break  # another attribution begins (not «مصدر لم يكشف هويته»، «ويُدعى»)
            mr = is_media_recipient(t, j, b, q, lex.credits)
            if mr is None and len(w) > 3 and w[0] == "ب" and stem(w[1:]) in MEDIA_HEADS \
                    and t[j - 1].norm in _CALL_WORDS:
                mr = (j, j)  # «في اتصال هاتفي بوكالة تونس أفريقيا للأنباء»
                k = j + 1
                while k < b and k <= j + 5 and t[k].is_arabic and t[k].norm not in NP_STOPPERS:
                    mr = (j, k)
                    k += 1
            if mr is not None:
                sc.media.append(mr)
                last_read = mr[1] + (1 if t[mr[1] + 1].norm in CLOSE_QUOTES else 0) if mr[1] + 1 < b else mr[1]
                j = last_read + 1
                continue
            # a preposition written on the content's first word: «طالب بالإفراج»، «دعا للسماح»
            if (has_subject or j == start or blocked) and np_cand < 0 and len(w) > 3 and w[0] in "بل" \
                    and w[0] in preps and t[j - 1].norm not in NP_STOPPERS and w not in _B_NOUNS \
                    and w not in _B_INSIDE and not w.startswith("بن") and w not in _B_ADVERBS:
                sc.ctype, sc.ca = "prep", j
                if w[0] == "ب":  # «بالإفراج» → «الإفراج»; «للسماح» stays whole (ل + ال)
                    sc.cstart = self._after_prefix(j, 1)
                sc.end = j
                return sc
            if (has_subject or blocked) and cue.lemma in _NP_OBJECT_VERBS and np_object_ok and not broken \
                    and t[j].is_arabic and w not in NP_STOPPERS and w not in PRE_SUBJECT_SKIP and hit is None \
                    and np_weak < 0 and after_comma and t[j - 1].norm in CLAUSE_PUNCT and not w.startswith("وال") \
                    and w not in _OBJECT_STARTERS:
                # weak: the first word after a comma (it may be an apposition: «أكد عبد
                # الرحمن، نائب رئيس المنتدى، ضرورة ...»); a stronger sign below wins
                np_weak = j
            if has_subject and cue.lemma in _NP_OBJECT_VERBS and np_object_ok and not broken and j == last_read + 1 \
                    and w in ("هذه", "هذا", "تلك", "ذلك", "هذين", "هاتين") and np_cand < 0 \
                    and not t[j - 1].norm.startswith(("ال", "وال")):
                # «وينفي رضايان وعائلته هذه الاتهاماتِ»; after a definite noun the
                # demonstrative belongs to it («موجة العنف هذه»)
                np_cand = j
            if has_subject and cue.lemma in _NP_OBJECT_VERBS and np_object_ok and not broken and t[j].is_arabic \
                    and w not in NP_STOPPERS and w not in PRE_SUBJECT_SKIP and hit is None and (
                        (j == last_read + 1 and _pronoun_object(w))
                        # an object noun anywhere after the subject but right after a
                        # preposition (a fallback: a complementiser later still wins)
                        or (w in _OBJECT_STARTERS and t[j - 1].norm not in _PREPOSITIONS)
                        or (cue.lemma in _STANCE_VERBS and w.startswith("ال")
                            and (t[j - 1].norm.startswith("ال") or t[j - 1].norm in _B_ADVERBS)
                            and w not in _ADJECTIVES and not w.endswith(_ADJ_ENDINGS))):
                # a noun-phrase content, unless a complementiser still comes («وأكد النائبُ،
                # توفيق الجمني في تصريح لجريدة "الصباح" أن ...»): read on, fall back to it
                if np_cand < 0:
                    np_cand = j
            if w in CLAUSE_PUNCT and (has_subject or blocked):
                after_comma = True
            # words after the subject that no preposition governs belong to another
            # clause («عندما ذكر المراسلُ تفاصيلَ الحادث ونوعَ السيارة أدركت المذيعة أن»)
            if has_subject and t[j].is_arabic:
                if w in NP_STOPPERS or w in PRE_SUBJECT_SKIP or w[0] in "بل":
                    last_prep = j
                elif j - last_prep > 4 and j > last_read:
                    free += 1
                    if free > 3:
                        if not self._comma_comp_ahead(j, limit, start - 1):
                            break
                        free = -SCAN_WINDOW  # «قال وزير العلاقة مع مجلس ... مهدي بن غربية، إن»
            if has_subject and w in PRE_SUBJECT_SKIP and j == last_read + 1:
                last_read = j  # «أعلنت الحركة اليوم الثلاثاء دعمها»
                j += 1
                continue
            if not has_subject and cue.lemma in _NP_OBJECT_VERBS and np_object_ok and np_cand < 0 and (
                    (w in _OBJECT_STARTERS and t[j - 1].norm not in _PREPOSITIONS)
                    or (j == start and _pronoun_object(w))):
                # «وأكدت عدمَ وجود»، «أعلن نيتَه الاستقالة»: no subject written
                sc.ctype, sc.ca, sc.end = "np", j, j  # «وأكدت عدمَ وجود»: no subject written
                return sc
            if not has_subject and _pronoun_pp(w):
                j += 1  # «أعلنت خلالها ألمانيا»، «أكد له الوزير»: an adjunct before the subject
                continue
            if not has_subject and not blocked:
                if w in PRE_SUBJECT_SKIP or (w[0] == "م" and w.endswith("ا") and len(w) >= 5 and j == start) \
                        or (hit is not None and hit[0].pos == "participle" and j == start):
                    # «واستطرد قائلاً:»: a participle of manner is not the subject
                    # «وأضاف مازحاً»: a manner adverb, not the subject
                    j += 1
                    continue
                if w in NP_STOPPERS or w in CLAUSE_PUNCT:
                    blocked = True
                    j += 1
                    continue
                np = parse_np(t, j, b, lex, q, stop_b="ب" in cue.preps)
                if np is not None:
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
                    last_read = np[1]
                    j = np[1] + 1
                    continue
            j += 1
        sc.end = j
        if np_cand < 0:
            np_cand = np_weak
        if np_cand >= 0:
            sc.ctype, sc.ca, sc.end = "np", np_cand, np_cand
        return sc

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

    def _named(self, k: int, form: CueForm) -> bool:
        """«ويُدعى آبا» (is called): spelt with ى, apart from «يدّعي» (claims)."""
        t = self.tokens[k]
        return form.cue.lemma == "ادعي" and form.imperfect and self.doc.text[t.start:t.end].endswith("ى")

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
        if cue.strict and plen == 0 and not self._clause_initial(i, a) and not (
                i + 1 < b and stem(t[i + 1].norm) in self.lex.anaphors and self.lex.anaphors[stem(t[i + 1].norm)][1]):
            # an ambiguous form counts mid-clause only before a person's role: «وبمناسبة
            # ... طالب رئيسُ الجمهورية»
            return None, i + 1
        if plen == 0 and i > a and t[i - 1].norm in ("او", "عدم", "تاكيد"):
            return None, i + 1  # «تأكيد أو نفي إصابتهم»: a verbal noun, written like the verb
        if w in IMPERSONAL or form.first_person:
            return None, i + 1  # «يُذكر أن»، «أعتقد أن»: the outlet or the author narrating
        # «ما» negates a perfect («ما قال»); before an imperfect it is «what» («وتشجيع ما
        # تقول إنها قوة توسعية»)
        negated = i > a and t[i - 1].norm in NEGATIONS and not (t[i - 1].norm == "ما" and form.imperfect)
        # «هجوم تبنّته حركة طالبان»: the object pronoun is the content; «لم تعلن أي جهة
        # مسؤوليتها»: a negated announcement of a noun phrase is narration
        bare = w[plen:]
        np_object_ok = not negated and bare in self.lex.forms
        if i + 1 < b and (t[i + 1].norm in _BIHI or t[i + 1].norm in ("عنه", "عنها", "عنهم")):
            return None, i + 1  # «المحضر تعهّدت به الإدارة»: a relative clause
        if i + 1 < b and t[i + 1].norm in _NAME_OBJECTS:
            return None, i + 1  # «مصدر لم يكشف هويته»، «لم تذكر اسمه»: an unnamed source
        if self._named(i, form):
            return None, i + 1
        if cue.lemma != "نقل" and not form.imperfect and self._marked_passive(i, plen):
            # «طُلب منه الترجّل»: a passive, its subject is no source (perfects only: the
            # active imperfects of forms II–IV carry a damma too, «يُؤكّد»)
            return None, i + 1
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
        if sc.subject is not None and i - 1 >= a and t[i - 1].norm in _QAD:
            # «وكان مجلس الشعب قد دعا الحكومةَ إلى»: the subject stands between كان and قد;
            # the noun after the verb is its object
            back = self._subject_before(i, a, plen)
            if back is not None and back != _NO_SOURCE:
                sc.subject, region = None, min(region, back[0])
                pre_subject: tuple[int, int] | None = back
            else:
                pre_subject = None
        elif sc.subject is not None and cue.lemma in _OBJECT_VERBS and plen == 0 and i - 1 >= a \
                and t[i - 1].norm.startswith(("ال", "وال")):
            # «إن الوزير يتهم المعارضةَ بـ»: a subject before a verb that takes an object;
            # the noun after the verb is that object
            back = self._subject_before(i, a, plen)
            if back is not None and back != _NO_SOURCE:
                sc.subject, region = None, min(region, back[0])
                pre_subject = back
            else:
                pre_subject = None
        else:
            pre_subject = None
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
                return None, i + 1
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
                        return None, i + 1
                    speaker = self._src(*first_clause)
        if own and not outer:
            outer = self._chain_of_described(speaker)
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
        nxt = sc.end if sc.ctype != "quote" or region != i else sc.end
        return d, max(nxt, i + 1)

    # -- 2. participles ---------------------------------------------------------------
