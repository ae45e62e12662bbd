"""Step 1 of the cascade, the reading forward from a verbal cue (:meth:`ScanMixin._scan`).

From the word after the verb: the subject noun phrase, a medium the statement was made to,
a relay («نقلت الوكالة عن مصدر»), until the content opens (a complementiser, a colon, a
quotation, the verb's own preposition, or a noun-phrase object for announcement and stance
verbs). Each kind of word has its step (``_scan_marks``, ``_scan_own_prep``, ``_scan_relay``,
``_scan_cue_word``, ``_scan_medium``, ``_scan_written_prep``, ``_scan_objects``,
``_scan_subject``; the last two in :mod:`.scan_subject`), tried in that order at each
token; :mod:`.verbal` turns what the scan read into a draft claim.
"""

from __future__ import annotations

from ..segment import Token
from .drafts import _Scan
from .lexicon import Cue, CueForm
from .scan_state import _DONE, _NEXT, _STOP, _Walk
from .scan_subject import SubjectScanMixin
from .speakers import MEDIA_HEADS, is_media_recipient, parse_np, stem
from .tables import (
    _ALA_CONTENT,
    _B_ADVERBS,
    _B_INSIDE,
    _B_NOUNS,
    _CALL_WORDS,
    _CLAUSE_BREAKERS,
    _NAME_HEADS,
    _NAME_OBJECTS,
    _OWN_CORRESPONDENT,
    _RELAY_PREP_HEADS,
    _RELAY_VERBS,
    _TITLE_WORDS,
    SCAN_WINDOW,
)
from .words import (
    CLAUSE_PUNCT,
    CLOSE_QUOTES,
    COMPLEMENTISERS,
    NP_STOPPERS,
    OPEN_QUOTES,
    SENTENCE_PUNCT,
)

__all__ = ["ScanMixin", "has_subject_now"]


def has_subject_now(sc: _Scan) -> bool:
    """The scan has read the statement's subject or a relay («نقلت الوكالة عن مصدر»)."""
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


class ScanMixin(SubjectScanMixin):
    def _scan(self, start: int, b: int, cue: Cue, pronoun_subject: bool = False,
              np_object_ok: bool = True) -> _Scan:
        """Read forward from the verb at ``start - 1``: its subject, media and relay, until
        its content opens (``_Scan.ctype``); each step below reads one kind of word."""
        sc = _Scan()
        relay_prep = _RELAY_VERBS.get(cue.lemma, "")
        st = _Walk(start, b, min(b, start + SCAN_WINDOW), cue, np_object_ok, relay_prep,
                   blocked=pronoun_subject, preps=cue.preps, j=start, last_read=start - 1,
                   last_prep=start)
        while st.j < st.limit:
            w = self.tokens[st.j].norm
            act = self._scan_marks(st, sc, w)
            if act is None:
                has_subject = has_subject_now(sc)
                act = self._scan_own_prep(st, sc, w, has_subject) or self._scan_relay(st, sc, w, has_subject)
                if act is None:
                    hit = self.lex.lookup(w)
                    act = (self._scan_cue_word(st, sc, w, hit, has_subject)
                           or self._scan_medium(st, sc, w)
                           or self._scan_written_prep(st, sc, w, has_subject)
                           or self._scan_objects(st, w, hit, has_subject)
                           or self._scan_subject(st, sc, w, hit, has_subject))
            if act == _DONE:
                return sc
            if act == _STOP:
                break
            if act is None:
                st.j += 1
        sc.end = st.j
        np_cand = st.np_cand if st.np_cand >= 0 else st.np_weak
        if np_cand >= 0:
            sc.ctype, sc.ca, sc.end = "np", np_cand, np_cand
        return sc

    def _scan_marks(self, st: _Walk, sc: _Scan, w: str) -> str | None:
        """Clause breakers, quotations, brackets, a colon, a complementiser, the sentence's
        end."""
        t = self.tokens
        q = self.quotes
        j, b, start = st.j, st.b, st.start
        # a quotation straight after the verb, its subject or its medium (never one
        # further on: «الذي نُقل إلى المستشفى لأنه «مهدد»» is not speech of the verb)
        if w in _CLAUSE_BREAKERS:
            st.broken = True
            if st.np_cand >= 0 or st.np_weak >= 0:
                return _STOP  # «... حيث أسفرت المعارك عن»: a new clause after the object
        if w == "ل" and j + 1 < b and (t[j + 1].norm in OPEN_QUOTES or t[j + 1].norm == "("):
            mr = is_media_recipient(t, j, b, q, self.lex.credits)
            if mr is not None:  # «لـ "الجوهرة اف أم"»: a medium, not speech
                sc.media.append(mr)
                st.last_read = mr[1] + 1
                st.j = st.last_read + 1
                return _NEXT
        if w in OPEN_QUOTES and j in q.close and j > start and (
                t[j - 1].norm in _OWN_CORRESPONDENT or t[j - 1].norm in _TITLE_WORDS):
            # «لمراسلة "الجوهرة أف أم"»: the outlet's name; «ندوة حول "..."»: a title
            st.j = q.close[j] + 1
            return _NEXT
        if w in OPEN_QUOTES and q.is_speech(j):
            opens_comp = j + 1 < b and t[j + 1].norm in COMPLEMENTISERS
            if j - st.last_read > 2 and (st.broken or bool(st.relay_prep)) and not opens_comp:
                st.j = q.close[j] + 1  # a quotation in a relative clause: not the verb's
                return _NEXT
            sc.ctype, sc.ca, sc.cb = "quote", j + 1, q.close[j] - 1
            sc.end = q.close[j] + 1
            return _DONE
        if w == "(" and (has_subject_now(sc) or j == start) and j - st.last_read <= 3 \
                and stem(t[j - 1].norm) not in _NAME_HEADS | MEDIA_HEADS:
            pc = _paren_speech(t, j, b)
            if pc > 0 and any(self._is_comp(x) for x in range(pc + 1, min(b, pc + 8))):
                pc = -1  # «قالت قناة (سي.إن.إن ترك) التلفزيونية إن»: an aside
            if pc > 0:  # «حذّرتها الشرطة مرة أخرى (ألقي حقيبتك)»: brackets as quote marks
                sc.ctype, sc.ca, sc.cb, sc.end = "quote", j + 1, pc - 1, pc + 1
                return _DONE
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
            return _DONE
        if self._is_comp(j):
            self._comp_content(j, sc)
            sc.end = j + 1
            return _DONE
        if w in SENTENCE_PUNCT and (j == b - 1 or w not in "."):
            return _STOP  # «سي.إن.إن»، «د.العاصمي»: a period inside a sentence ends nothing
        return None

    def _scan_own_prep(self, st: _Walk, sc: _Scan, w: str, has_subject: bool) -> str | None:
        """The verb's own preposition opens the content: «حذّر من»، «دعا إلى»."""
        t = self.tokens
        j, b = st.j, st.b
        if not ((has_subject or j == st.start or st.blocked) and w in st.preps
                and not (st.relay_prep and w == st.relay_prep) and st.np_cand < 0):
            return None
        nxt = t[j + 1].norm if j + 1 < b else ""
        if j + 1 < b and self._is_comp(j + 1):
            self._comp_content(j + 1, sc)
            sc.end = j + 1
            return _DONE
        nhit = self.lex.lookup(nxt)
        if nhit is not None and nhit[0].pos == "masdar":
            return _STOP  # «أعرب عن خشيته من»: the verbal noun is the cue
        # «على» is optional after أكد/شدد and often a part of the subject («المشرف
        # العام على الفريق»): there it needs a content word after it
        if w != "علي" or st.cue.lemma not in ("اكد", "شدد", "اصر") or nxt.startswith(_ALA_CONTENT) \
                or j == st.start or t[j - 1].norm in ("فيه", "فيها") or t[j - 1].norm in CLAUSE_PUNCT:
            sc.ctype, sc.ca = "prep", j + 1
            sc.end = j + 1
            return _DONE
        return None

    def _scan_relay(self, st: _Walk, sc: _Scan, w: str, has_subject: bool) -> str | None:
        """A relay: «نقلت الوكالة عن مصدر»، «ذكرت الصحيفة نقلاً عن مصادر»، «علمت الصحيفة من
        مصادر»، «وكشفت الحركة حسب مصادر»."""
        t = self.tokens
        j, b = st.j, st.b
        pm = self._match_prep(j, b) if has_subject and sc.relay is None and w in _RELAY_PREP_HEADS else None
        if pm is not None and pm[0].kind in ("source", "relay") and not pm[2]:
            np = parse_np(t, pm[1], b, self.lex, self.quotes)
            if np is not None and self._is_source(np, 0):
                sc.relay = np
                st.j = st.last_read = np[1]
                st.j += 1
                return _NEXT
        cue = st.cue
        if (st.relay_prep and w == st.relay_prep) or (w == "من" and cue.lemma == "علم" and has_subject) \
                or (w == "نقلا" and j + 1 < b and t[j + 1].norm == "عن"):
            k = j + 1 if w in ("عن", "من", "الي") else j + 2
            np = parse_np(t, k, b, self.lex, self.quotes)
            # «أورد عن»، «نسب إلى» may also mean «about», «to»: only a source relays
            if np is not None and (cue.lemma in ("نقل", "علم") or w == "نقلا" or self._is_source(np, 0)):
                sc.relay = np
                st.j = st.last_read = np[1] + 1
                st.last_read -= 1
                return _NEXT
        return None

    def _scan_cue_word(self, st: _Walk, sc: _Scan, w: str, hit: tuple[CueForm, int] | None,
                       has_subject: bool) -> str | None:
        """A cue word: a verbal noun after the subject takes over the prepositions («نقلت
        الوكالة عن الوزير اتهامه ... بـ»); another verb begins another attribution."""
        if hit is None:
            return None
        j, b = st.j, st.b
        form = hit[0]
        if form.pos == "masdar" and has_subject:
            sc.masdar = form
            st.preps = form.cue.preps  # «نقلت الوكالة عن الوزير اتهامه ... بـ»
            st.last_read = j
            st.j += 1
            return _NEXT
        if j > st.start and form.pos in ("verb", "participle") and not (
                form.cue.strict and hit[1] == 0 and not self._clause_initial(j, st.start - 1)) \
                and not (j + 1 < b and self.tokens[j + 1].norm in _NAME_OBJECTS) and not self._named(j, form):
            return _STOP  # another attribution begins (not «مصدر لم يكشف هويته»، «ويُدعى»)
        return None

    def _scan_medium(self, st: _Walk, sc: _Scan, w: str) -> str | None:
        """The medium the statement was made to: «لوكالة ...», «في اتصال هاتفي بوكالة تونس
        أفريقيا للأنباء»."""
        t = self.tokens
        j, b = st.j, st.b
        mr = is_media_recipient(t, j, b, self.quotes, self.lex.credits)
        if mr is None and len(w) > 3 and w[0] == "ب" and stem(w[1:]) in MEDIA_HEADS \
                and t[j - 1].norm in _CALL_WORDS:
            mr = (j, j)  # «في اتصال هاتفي بوكالة تونس أفريقيا للأنباء»
            k = j + 1
            while k < b and k <= j + 5 and t[k].is_arabic and t[k].norm not in NP_STOPPERS:
                mr = (j, k)
                k += 1
        if mr is None:
            return None
        sc.media.append(mr)
        st.last_read = mr[1] + (1 if t[mr[1] + 1].norm in CLOSE_QUOTES else 0) if mr[1] + 1 < b else mr[1]
        st.j = st.last_read + 1
        return _NEXT

    def _scan_written_prep(self, st: _Walk, sc: _Scan, w: str, has_subject: bool) -> str | None:
        """A preposition written on the content's first word: «طالب بالإفراج»، «دعا للسماح»."""
        j = st.j
        if (has_subject or j == st.start or st.blocked) and st.np_cand < 0 and len(w) > 3 and w[0] in "بل" \
                and w[0] in st.preps and self.tokens[j - 1].norm not in NP_STOPPERS and w not in _B_NOUNS \
                and w not in _B_INSIDE and not w.startswith("بن") and w not in _B_ADVERBS:
            sc.ctype, sc.ca = "prep", j
            if w[0] == "ب":  # «بالإفراج» → «الإفراج»; «للسماح» stays whole (ل + ال)
                sc.cstart = self._after_prefix(j, 1)
            sc.end = j
            return _DONE
        return None

    def _named(self, k: int, form: CueForm) -> bool:
        """«ويُدعى آبا» (is called): spelt with ى, apart from «يدّعي» (claims)."""
        t = self.tokens[k]
        return form.cue.lemma == "ادعي" and form.imperfect and self.doc.text[t.start:t.end].endswith("ى")
