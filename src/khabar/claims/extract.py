"""Find attributed claims in a segmented :class:`~khabar.document.Doc`.

One left-to-right pass over each sentence's tokens; every token is looked up once in the
cue lexicon (a dict), and each cue reads only a bounded window after it, so the step is
linear in the article's length. The cascade for one cue:

1. **Verbal cue** («قال»، «وأضافت»، «يعتقد»): read the subject noun phrase after it, the
   media it spoke to («لـ"الوطن"»), a relay («عن مصدر أمني قوله»), until the content opens
   with a complementiser (أنّ/إنّ/بأنّ), a colon, a quotation, or the verb's own preposition
   («حذّر من»، «دعا إلى»). With no content after it, a quotation right before it is the
   content («...»، قال فلان). No subject after the verb: a subject before it («وكان الوزير
   قد قال»، «المسؤول الذي قال»), else the previous claim's speaker («وأضاف أنّ»).
2. **Participial cue** («، مشيراً إلى أنّ»): the speaker of the clause it hangs on.
3. **Verbal noun** («وجدّد الوزير تحذيره من»): the subject of its clause.
4. **Prepositional attribution** («بحسب X»، «وفقاً لـX»): the content is the clause after
   it (at the start of a sentence) or before it (at the end).

Then, per sentence, a claim's content stops where the next attribution begins («...،
وأضاف أنّ»), unless that attribution is embedded in it («قال إن الجيش أكد أن»: the inner
claim's chain gets the outer speaker). Finally an agency dateline («(رويترز)») becomes the
outermost source of every chain.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..document import Doc
from ..normalize import fold
from ..schema import Claim, Source
from ..segment import Token
from .certainty import certainty
from .chain import find_credit
from .lexicon import Cue, CueForm, Lexicon, Prep, lexicon
from .quotes import Quotes, find_quotes
from .speakers import MEDIA_HEADS, Linker, is_media_recipient, parse_np, stem
from .words import (
    CLAUSE_OPENERS,
    CLAUSE_PUNCT,
    CLOSE_QUOTES,
    COMPLEMENTISERS,
    IMPERSONAL,
    INTERROGATIVES,
    NEGATIONS,
    NOT_COMPLEMENTISER_BEFORE,
    NP_STOPPERS,
    OPEN_QUOTES,
    PRE_SUBJECT_SKIP,
    RELATIVES,
    SENTENCE_PUNCT,
    SOURCE_NOUNS,
    STATEMENT_NOUNS,
)

__all__ = ["find_claims"]

#: Tokens read after a verbal cue looking for its content (heuristic: subject, adjuncts
#: and a media recipient fit in 30 tokens in news prose).
SCAN_WINDOW = 40
_KAN = frozenset({"كان", "كانت", "وكان", "وكانت", "فكان", "فكانت", "كانوا", "وكانوا"})
_QAD = frozenset({"قد", "وقد", "فقد", "لقد"})
_FA_INNA = frozenset({"فان", "فانه", "فانها", "فانهم"})
# Cues whose participle may take a noun phrase as content after a comma: «، مؤكداً ضرورة».
_NP_CONTENT_PARTICIPLES = frozenset({"فند", "اكد", "نفي", "اعلن", "شدد", "كشف", "حذر", "طالب", "توقع", "تبني", "ادان", "استنكر", "انتقد"})
_B_INSIDE = frozenset({"باسم", "بن", "بنت"})
# «حسب كلامه»، «بحسب قولها»، «وفق تعبيرهم»: the source is the speaker already named.
_SELF_NOUNS = frozenset({"كلام", "قول", "تعبير", "راي", "وصف", "زعم", "رواية", "تصريح", "تصريحات"})
_SELF_SUFFIXES = ("ه", "ها", "هم", "هما", "هن")
_BIHI = frozenset({"به", "بها", "بهم", "بهما"})
# «هذا التجاهل يؤكد أن»: a thing, not a source, confirms (docs/annotation.md)
# Indefinite verbal nouns that open the object of «أعلن/أكد/نفى...» («أكد الشاهد عدمَ
# تسجيل إصابات»، «أعلنت الجبهة تنفيذَ الهجوم»); from news reading.
_OBJECT_STARTERS = frozenset({
    "عدم", "ضرورة", "اهمية", "استعداد", "رفض", "دعم", "تمسك", "حرص", "التزام", "استمرار",
    "وجود", "مقتل", "اصابة", "اعتقال", "ايقاف", "سقوط", "تنفيذ", "فتح", "اغلاق", "قطع",
    "تعليق", "انطلاق", "بدء", "حالة", "تاجيل", "الغاء", "نجاح", "فشل", "مسؤوليته",
    "مسؤوليتها", "ارتفاع", "انخفاض", "تراجع", "وفاة", "تسجيل", "اكتشاف", "حجز", "ضبط",
    "حصول", "وقوع", "مختلف", "كافة", "جميع",
})
# Nouns a quoted name follows («عملية "عاصفة الحزم"»، «برنامج "بوليتيكا"»).
_NAME_HEADS = frozenset({
    "تنظيم", "عملية", "برنامج", "مشروع", "حملة", "مبادرة", "شركة", "فيلم", "كتاب", "مسلسل",
    "جبهة", "جماعة", "حركة", "حزب", "موقع", "قناة", "صحيفة", "مجلة", "اذاعة", "راديو",
    "مهرجان", "منتدي", "مؤتمر", "قمة", "تطبيق", "شبكة", "وسم", "هاشتاغ", "مسابقة", "جائزة",
})
_NO_SOURCE = (-1, -1)  # a subject that is no source: no claim
_DEMONSTRATIVE_SUBJECTS = frozenset({"هذا", "هذه", "ذلك", "تلك", "هذان", "هاتان"})
_CALL_WORDS = frozenset({"اتصال", "هاتفي", "اتصالا", "هاتفيا", "الهاتفي", "حديث", "تصريح"})
_B_ADVERBS = frozenset({"بشدة", "بقوة", "بدوره", "بدورها", "بدورهم", "بالمناسبة", "بالتالي"})
_RELAY_PREP_HEADS = frozenset({"حسب", "بحسب", "وحسب", "وبحسب", "وفقا", "طبقا", "استنادا"})
# «من جانبه»، «من جهتها»: openers before a verb whose subject follows it.
_SIDE_WORDS = frozenset({"من", "ومن", "جانبه", "جانبها", "جهته", "جهتها", "ناحيته", "ناحيتها", "جانبهم", "جهتهم"})
# Verbs whose content may be a noun phrase after the subject and a comma, or a verbal noun
# with a pronoun right after the subject: «أعلنت جزر المالديف، اليوم، قطع علاقاتها»،
# «أعلنت الكتلة رفضها القاطع».
_NP_OBJECT_VERBS = frozenset({"اعلن", "اكد", "نفي", "كشف", "جدد", "تناقل", "ادان", "استنكر", "شجب", "انتقد", "تبني"})
# Stance verbs whose content is always a noun phrase (no أنّ): it starts at a definite noun
# after a definite word («أدان السفير ... لدى جامعة الدول العربية الممارساتِ»).
_STANCE_VERBS = frozenset({"ادان", "استنكر", "شجب", "انتقد", "تبني"})
_OBJ_PRONOUNS = ("ها", "هم", "هما")
# Tokens that end the verb's reach when passed: a relative clause or a reason clause.
_CLAUSE_BREAKERS = frozenset({"الذي", "التي", "الذين", "لانه", "لانها", "لانهم", "لان", "حيث", "عندما", "بينما"})
# Verbs that take an object before their content («دعت النقابة المنظماتِ إلى»، «اتهم الوزير
# الحوثيين بـ»): their subject phrase is cut before a second definite noun (see _split_object).
_OBJECT_VERBS = frozenset({"لفت", "دعا", "طالب", "حث", "ناشد", "اتهم", "حذر", "ابلغ", "اخبر", "نبه", "هدد", "وعد", "اوصي", "طلب"})
# Words after «على» that make it the preposition of أكّد/شدّد («أكد على ضرورة»), not a
# part of the subject («المشرف العام على الفريق»).
_ALA_CONTENT = ("ضرور", "اهمي", "الحاج", "حرص", "التزام", "رفض", "تمسك", "دعم", "استمرار", "عدم", "وجوب")
# Definite words that are adjectives, not a new noun, after a definite noun.
_ADJ_ENDINGS = ("ي", "ية", "يون", "يان", "يتان")
_ADJECTIVES = frozenset({"العام", "العامة", "الاعلي", "الجديد", "الجديدة", "الاول", "الاولي", "الكبير", "الكبري", "الخاص", "الخاصة", "الاعلامي", "المتحدة", "المقبل", "السابق", "السابقة", "الحالي"})


@dataclass(slots=True)
class _Src:
    """A source span: original offsets, first token, stem of its first word."""

    start: int
    end: int
    tok: int
    head: str
    entity: str | None = None
    linked: bool = False


@dataclass(slots=True)
class _Draft:
    cue: tuple[int, int]
    cue_tok: int
    region: int  # first token of the attribution (for cutting earlier contents)
    speaker: _Src
    outer: list[_Src]
    ca: int
    cb: int
    cstart: int | None  # original offset overriding tokens[ca].start (ب of «بضرورة»)
    ctype: str  # comp, colon, quote, prep, np
    default: str
    lemma: str
    negated: bool
    own_subject: bool
    sent: int
    proclitic: bool = False
    imperfect: bool = False
    kind: str = "indirect"
    certainty: str = "asserted"
    embedded_in: list[_Src] = field(default_factory=list)


@dataclass(slots=True)
class _Scan:
    subject: tuple[int, int] | None = None
    media: list[tuple[int, int]] = field(default_factory=list)
    relay: tuple[int, int] | None = None
    masdar: CueForm | None = None
    ctype: str | None = None
    ca: int = -1
    cb: int = -1
    cstart: int | None = None
    end: int = -1  # first token after what the scan read


class _Finder:
    def __init__(self, doc: Doc, lex: Lexicon) -> None:
        self.doc = doc
        self.lex = lex
        self.tokens: list[Token] = doc.tokens
        self.quotes: Quotes = find_quotes(doc.tokens, doc.norm)
        self.linker = Linker(doc, lex)
        self.drafts: list[_Draft] = []

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

    def _is_comp(self, k: int) -> bool:
        t = self.tokens
        return t[k].norm in COMPLEMENTISERS and (k == 0 or t[k - 1].norm not in NOT_COMPLEMENTISER_BEFORE)

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
        return k < a or t[k].norm in CLAUSE_PUNCT or t[k].norm in CLOSE_QUOTES

    def _content_end(self, ca: int, b: int) -> int:
        """Last content token from ``ca`` to the sentence end ``b`` (exclusive), without
        the closing punctuation."""
        return self._trim(ca, b - 1)

    def _trim(self, ca: int, cb: int) -> int:
        t = self.tokens
        q = self.quotes
        while cb >= ca:
            w = t[cb].norm
            if w in SENTENCE_PUNCT or w in CLAUSE_PUNCT or w in (":", "-", "و", "(") :
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
        if k >= 0 and self.tokens[k].norm in CLAUSE_PUNCT:
            k -= 1
        if k >= 0 and self.tokens[k].norm in (".",) and k - 1 >= 0 and self.tokens[k - 1].norm in CLOSE_QUOTES:
            return None  # «...». قال: a new sentence, not a credit of the quote
        o = self.quotes.open_of.get(k)
        if o is not None and self.quotes.is_speech(o):
            return o + 1, k - 1
        return None

    def _last_speaker(self) -> _Draft | None:
        return self.drafts[-1] if self.drafts else None

    # -- 1. verbal cues ---------------------------------------------------------------
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
        relay_verb = cue.lemma == "نقل"
        broken = False
        after_comma = False
        free, last_prep = 0, start
        last_read = start - 1  # last token of the subject, relay or medium read so far
        j = start
        while j < limit:
            w = t[j].norm
            # a quotation straight after the verb, its subject or its medium (never one
            # further on: «الذي نُقل إلى المستشفى لأنه «مهدد»» is not speech of the verb)
            if w in _CLAUSE_BREAKERS:
                broken = True
            if w == "ل" and j + 1 < b and (t[j + 1].norm in OPEN_QUOTES or t[j + 1].norm == "("):
                mr = is_media_recipient(t, j, b, q, lex.credits)
                if mr is not None:  # «لـ "الجوهرة اف أم"»: a medium, not speech
                    sc.media.append(mr)
                    last_read = mr[1] + 1
                    j = last_read + 1
                    continue
            if w in OPEN_QUOTES and q.is_speech(j):
                opens_comp = j + 1 < b and t[j + 1].norm in COMPLEMENTISERS
                if j - last_read > 2 and (broken or relay_verb) and not opens_comp:
                    j = q.close[j] + 1  # a quotation in a relative clause: not the verb's
                    continue
                sc.ctype, sc.ca, sc.cb = "quote", j + 1, q.close[j] - 1
                sc.end = q.close[j] + 1
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
            if (has_subject or j == start or blocked) and w in preps and not (relay_verb and w == "عن"):
                nxt = t[j + 1].norm if j + 1 < b else ""
                if j + 1 < b and self._is_comp(j + 1):
                    self._comp_content(j + 1, sc)
                    sc.end = j + 1
                    return sc
                nhit = lex.lookup(nxt)
                if nhit is not None and nhit[0].pos == "masdar":
                    break  # «أعرب عن خشيته من»: the verbal noun is the cue
                if w != "علي" or nxt.startswith(_ALA_CONTENT) or j == start or t[j - 1].norm in ("فيه", "فيها"):
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
            if (w == "عن" and relay_verb) or (w == "من" and cue.lemma == "علم" and has_subject) \
                    or (w == "نقلا" and j + 1 < b and t[j + 1].norm == "عن"):
                k = j + 1 if w in ("عن", "من") else j + 2
                np = parse_np(t, k, b, lex, q)
                if np is not None:
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
                        form.cue.strict and hit[1] == 0 and not self._clause_initial(j, start - 1)):
                    break  # another attribution begins
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
            if (has_subject or j == start) and len(w) > 3 and w[0] in "بل" and w[0] in preps \
                    and w not in _B_INSIDE and not w.startswith("بن") and w not in _B_ADVERBS:
                sc.ctype, sc.ca = "prep", j
                if w[0] == "ب":  # «بالإفراج» → «الإفراج»; «للسماح» stays whole (ل + ال)
                    sc.cstart = self._after_prefix(j, 1)
                sc.end = j
                return sc
            if has_subject and cue.lemma in _NP_OBJECT_VERBS and np_object_ok and not broken and t[j].is_arabic \
                    and w not in NP_STOPPERS and w not in PRE_SUBJECT_SKIP and hit is None and (
                        (after_comma and t[j - 1].norm in CLAUSE_PUNCT)
                        or (j == last_read + 1 and _pronoun_object(w))
                        or (w in _OBJECT_STARTERS and j <= last_read + 3)
                        or (cue.lemma in _STANCE_VERBS and w.startswith("ال") and t[j - 1].norm.startswith("ال")
                            and w not in _ADJECTIVES and not w.endswith(_ADJ_ENDINGS))):
                sc.ctype, sc.ca, sc.end = "np", j, j
                return sc
            if w in CLAUSE_PUNCT and has_subject:
                after_comma = True
            # words after the subject that no preposition governs belong to another
            # clause («عندما ذكر المراسلُ تفاصيلَ الحادث ونوعَ السيارة أدركت المذيعة أن»)
            if has_subject and t[j].is_arabic:
                if w in NP_STOPPERS or w in PRE_SUBJECT_SKIP or w[0] in "بل":
                    last_prep = j
                elif j - last_prep > 4 and j > last_read:
                    free += 1
                    if free > 3:
                        break
            if has_subject and w in PRE_SUBJECT_SKIP and j == last_read + 1:
                last_read = j  # «أعلنت الحركة اليوم الثلاثاء دعمها»
                j += 1
                continue
            if not has_subject and cue.lemma in _NP_OBJECT_VERBS and np_object_ok and (
                    w in _OBJECT_STARTERS or (j == start and _pronoun_object(w))):
                # «وأكدت عدمَ وجود»، «أعلن نيتَه الاستقالة»: no subject written
                sc.ctype, sc.ca, sc.end = "np", j, j  # «وأكدت عدمَ وجود»: no subject written
                return sc
            if not has_subject and not blocked:
                if w in PRE_SUBJECT_SKIP or (w[0] == "م" and w.endswith("ا") and len(w) >= 5 and j == start):
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
        return sc

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

    def _fronted_media(self, a: int, i: int) -> list[_Src]:
        """«وفي تصريحات لراديو "إس إف آر"، قال ...»: a medium named in an adjunct before
        the verb, in the same sentence."""
        t = self.tokens
        for k in range(a, i - 1):
            if stem(t[k].norm) in STATEMENT_NOUNS:
                mr = is_media_recipient(t, k + 1, i, self.quotes)
                if mr is not None:
                    skip = 1 if t[mr[0]].norm[0] == "ل" and len(t[mr[0]].norm) > 3 else 0
                    return [self._src(mr[0], mr[1], skip)]
        return []

    def _subject_before(self, i: int, a: int, plen: int = 1) -> tuple[int, int] | None:
        """A subject written before its verb: «وكان الوزير قد قال»، «المسؤول الذي قال»،
        «الصحيفة ذكرت» (a definite phrase at the start of the clause)."""
        t = self.tokens
        k = i - 1
        if k < a:
            return None
        if t[k].norm in _QAD:
            for m in range(k - 1, max(a - 1, k - 9), -1):
                if t[m].norm in _KAN:
                    return parse_np(t, m + 1, k, self.lex, self.quotes)
            return None
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
        if t[k].norm in RELATIVES:
            last = k - 1
            first = self._antecedent_start(last, a)
            # «الشهود الأربعة في القضية الذين»: the antecedent stands before the PP
            if first - 2 >= a and t[first - 1].norm in ("في", "من", "علي", "عن") and t[first - 2].is_arabic \
                    and t[first - 2].norm not in CLAUSE_OPENERS:
                last = first - 2
                first = self._antecedent_start(last, a)
            return (first, last) if last >= first >= a else None
        if plen == 0 and t[k].norm.startswith("ال") and self.lex.lookup(t[k].norm) is None:
            # «ما جعل المخابرات الإسرائيلية تقول»: definite words right before the verb
            first = k
            while first - 1 >= a and first > k - 3 and t[first - 1].norm.startswith("ال"):
                first -= 1
            if first - 1 >= a and stem(t[first - 1].norm) in self.lex.anaphors:
                first -= 1  # «وزير الخارجية»
            if first - 1 >= a and t[first - 1].norm in _DEMONSTRATIVE_SUBJECTS:
                return _NO_SOURCE  # «هذا التجاهل يؤكد أن»
            return first, k
        # SVO: the clause holds only a definite noun phrase before the verb
        c = k
        while c - 1 >= a and t[c - 1].norm not in CLAUSE_PUNCT and t[c - 1].norm not in SENTENCE_PUNCT:
            c -= 1
        while c <= k and (t[c].norm in CLAUSE_OPENERS or t[c].norm in PRE_SUBJECT_SKIP):
            c += 1
        if c > k or k - c > 5:
            return None
        first = t[c].norm
        if not (first.startswith("ال") or first.startswith("وال")):
            return None
        np = parse_np(t, c, i, self.lex, self.quotes)
        if np is not None and np[1] == k:
            return np
        return None

    def _from_verb(self, i: int, form: CueForm, plen: int, a: int, b: int, si: int) -> tuple[_Draft | None, int]:
        t = self.tokens
        cue = form.cue
        w = t[i].norm
        if cue.strict and plen == 0 and not self._clause_initial(i, a):
            return None, i + 1
        if w in IMPERSONAL or form.first_person:
            return None, i + 1  # «يُذكر أن»، «أعتقد أن»: the outlet or the author narrating
        negated = i > a and t[i - 1].norm in NEGATIONS
        # «هجوم تبنّته حركة طالبان»: the object pronoun is the content; «لم تعلن أي جهة
        # مسؤوليتها»: a negated announcement of a noun phrase is narration
        bare = w[plen:]
        np_object_ok = not negated and bare in self.lex.forms
        if i + 1 < b and t[i + 1].norm in _BIHI:
            return None, i + 1  # «المحضر تعهّدت به الإدارة»: a relative clause
        sc = self._scan(i + 1, b, cue, pronoun_subject=form.plural, np_object_ok=np_object_ok)
        if cue.lemma in ("نقل", "علم") and sc.relay is None:
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
        own = sc.subject is not None
        outer = [self._src(m0, m1, 1 if t[m0].norm[0] in "لب" and len(t[m0].norm) > 3 else 0) for m0, m1 in sc.media]
        if not outer:
            outer = self._fronted_media(a, i)
        if sc.relay is not None:
            if sc.subject is not None:
                outer.append(self._src(*sc.subject))
            else:
                prev = self._last_speaker()
                if prev is not None:
                    outer = [*prev.outer, prev.speaker, *outer]
            speaker = self._src(*sc.relay)
            own = True
        elif sc.subject is not None:
            speaker = self._src(*sc.subject)
        else:
            back = self._subject_before(i, a, plen)
            if back == _NO_SOURCE:
                return None, i + 1
            if back is not None:
                speaker = self._src(*back)
                own = True
                region = min(region, back[0])
            else:
                prev = self._last_speaker()
                clause = None
                if not self._clause_initial(i, a) and not any(d.sent == si for d in self.drafts):
                    # «أصدرت الجامعة بلاغاً أكدت فيه»: the subject of the clause before
                    clause = self._clause_subject(a, i)
                if clause is not None:
                    speaker = self._src(*clause)
                    own = True
                elif prev is not None:
                    speaker = prev.speaker
                    outer = [*prev.outer, *outer]
                else:
                    return None, i + 1
        if sc.cb < 0:
            sc.cb = self._content_end(sc.ca, b)
            if sc.ctype == "colon":
                sc.cb = self._colon_paragraph(si, sc.cb)
        if sc.cb < sc.ca:
            return None, i + 1
        src_form = sc.masdar or form
        d = _Draft(
            cue=(self._after_prefix(i, plen) if plen else t[i].start, t[i].end),
            cue_tok=i, region=region, speaker=speaker, outer=outer, ca=sc.ca, cb=sc.cb,
            cstart=sc.cstart, ctype=sc.ctype, default=src_form.cue.certainty,
            lemma=src_form.cue.lemma, negated=negated, own_subject=own, sent=si,
            proclitic=plen > 0, imperfect=form.imperfect,
        )
        nxt = sc.end if sc.ctype != "quote" or region != i else sc.end
        return d, max(nxt, i + 1)

    # -- 2. participles ---------------------------------------------------------------
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
        elif w in cue.preps:
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
            # «قائلة في بيان على موقعها إن ...»: an adjunct, then the complement
            for k in range(j + 1, min(b, j + 12)):
                x = t[k].norm
                if x in CLAUSE_PUNCT or x in SENTENCE_PUNCT:
                    return None
                if self._is_comp(k):
                    self._comp_content(k, sc)
                    return sc
                if x == ":" or (x in OPEN_QUOTES and q.is_speech(k)):
                    return self._content_after(k, b, cue, False)
                if self.lex.lookup(x) is not None:
                    return None
            return None
        elif cue.lemma in _OBJECT_VERBS and t[j].is_arabic:
            # «داعياً الهيئةَ إلى»، «مطالباً الحكومة بـ»: an object, then the preposition
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
        else:
            return None
        return sc

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
        start = c if (first.startswith("ال") and not self.lex.lookup(first)) else c + 1
        while start < i and t[start].norm in PRE_SUBJECT_SKIP:
            start += 1
        np = parse_np(t, start, i, self.lex, self.quotes)
        return self._split_object(np) if np is not None else None

    def _from_dependent(self, i: int, form: CueForm, a: int, b: int, si: int) -> tuple[_Draft | None, int]:
        """A participle («مشيراً إلى أن») or a verbal noun with a pronoun («تحذيره من»)."""
        t = self.tokens
        cue = form.cue
        after_comma = i > a and t[i - 1].norm in CLAUSE_PUNCT
        np_ok = form.pos == "participle" and after_comma and not cue.strict and cue.lemma in _NP_CONTENT_PARTICIPLES
        sc = self._content_after(i + 1, b, cue, np_ok)
        if sc is None:
            return None, i + 1
        same = [d for d in self.drafts if d.sent == si]
        outer: list[_Src] = []
        own = False
        if form.pos == "participle" and same:
            speaker, outer = same[-1].speaker, list(same[-1].outer)
        else:
            np = self._clause_subject(a, i)
            if np is not None:
                speaker, own = self._src(*np), True
            elif self.drafts:
                speaker, outer = self.drafts[-1].speaker, list(self.drafts[-1].outer)
            else:
                return None, i + 1
        if sc.cb < 0:
            sc.cb = self._content_end(sc.ca, b)
        if sc.cb < sc.ca:
            return None, i + 1
        d = _Draft(
            cue=(t[i].start, t[i].end), cue_tok=i, region=i, speaker=speaker, outer=outer,
            ca=sc.ca, cb=sc.cb, cstart=sc.cstart, ctype=sc.ctype, default=cue.certainty,
            lemma=cue.lemma, negated=i > a and t[i - 1].norm in NEGATIONS, own_subject=own,
            sent=si, proclitic=t[i].norm not in self.lex.forms,
        )
        return d, sc.ca if sc.ctype != "quote" else sc.cb + 2

    # -- 4. prepositional attributions ------------------------------------------------
    def _match_prep(self, i: int, b: int) -> tuple[Prep, int, int] | None:
        """``(prep, first token of the source, letters of ل to skip in it)``."""
        t = self.tokens
        w = t[i].norm
        cands = self.lex.preps.get(w)
        if cands is None and len(w) > 3 and w[0] in "وف":
            w = w[1:]
            cands = self.lex.preps.get(w)
        if not cands:
            return None
        for p in cands:
            k = i + 1
            ok = True
            skip = 0
            for n, pw in enumerate(p.words[1:], start=1):
                if k >= b:
                    ok = False
                    break
                tw = t[k].norm
                if pw == "ل" and n == len(p.words) - 1 and tw != "ل":
                    if len(tw) > 2 and tw[0] == "ل":
                        # «لوزارة» → «وزارة»; «للناطق» (ل + ال) stays whole
                        skip = 0 if tw.startswith("لل") else 1
                        break
                    ok = False
                    break
                if tw != pw:
                    if n == len(p.words) - 1 and tw.startswith(pw) and tw[len(pw):] in _SELF_SUFFIXES:
                        return p, k + 1, -1  # «على حد قوله»، «في رأيه»: the speaker again
                    ok = False
                    break
                k += 1
            if ok and k < b:
                return p, k, skip
        return None

    def _from_self(self, i: int, end: int, a: int, b: int, si: int, cert: str) -> tuple[_Draft | None, int]:
        """«...»، حسب قولها / على حد تعبيره: a claim of the last speaker, the quotation or
        clause before the phrase; nothing when another claim's content already holds it."""
        t = self.tokens
        if not self.drafts or any(d.sent == si and d.ca <= i <= d.cb for d in self.drafts):
            return None, end
        prev = self.drafts[-1]
        qb = self._quote_before(i)
        if qb is not None:
            ca, cb, ctype = qb[0], qb[1], "quote"
        else:
            ca = a
            same = [d for d in self.drafts if d.sent == si]
            if same:
                ca = max(same[-1].cb + 1, a)
            while ca < i and (t[ca].norm in CLAUSE_PUNCT or t[ca].norm in CLAUSE_OPENERS):
                ca += 1
            cb, ctype = self._trim(ca, i - 1), "prep"
        if cb < ca:
            return None, end
        d = _Draft(
            cue=(self._after_prefix(i, 1) if t[i].norm[0] in "وف" and t[i].norm not in self.lex.preps else t[i].start,
                 t[end - 1].end),
            cue_tok=i, region=ca, speaker=prev.speaker, outer=list(prev.outer), ca=ca, cb=cb,
            cstart=None, ctype=ctype, default=cert, lemma="", negated=False, own_subject=False,
            sent=si,
        )
        return d, end

    def _clause_initial_all(self, i: int, a: int) -> bool:
        """Nothing but openers and commas between the sentence start and ``i``."""
        t = self.tokens
        return all(t[x].norm in CLAUSE_OPENERS or t[x].norm in CLAUSE_PUNCT for x in range(a, i))

    def _is_source(self, np: tuple[int, int], skip: int) -> bool:
        """Whether the phrase after «بحسب»/«وفقاً لـ» can be a source: a source noun, a
        described subject, a medium or agency, a quoted name, or an entity mention."""
        t = self.tokens
        w = t[np[0]].norm[skip:]
        h = stem(w)
        if w in SOURCE_NOUNS or h in SOURCE_NOUNS or h in self.lex.anaphors or h in MEDIA_HEADS:
            return True
        if w in OPEN_QUOTES:
            return True
        words = " ".join(t[x].norm for x in range(np[0], np[1] + 1))[skip:]
        if words in self.lex.credits or w in self.lex.credits:
            return True
        start = self._after_prefix(np[0], skip) if skip else t[np[0]].start
        end = t[np[1]].end
        return any(
            m.type in ("PER", "ORG") or (m.type == "LOC" and m.start <= start + 1 and m.end >= end - 1)
            for m in self.linker.inside(start, end)
        )  # a place only as the whole phrase: «بحسب أنقرة» (its government)

    def _from_prep(self, i: int, match: tuple[Prep, int, int], a: int, b: int, si: int) -> tuple[_Draft | None, int]:
        t = self.tokens
        q = self.quotes
        prep, k, skip = match
        if prep.kind == "self" or skip < 0:
            return self._from_self(i, k, a, b, si, prep.certainty)
        relay_ok = prep.kind == "relay"
        if prep.kind == "source_verb":
            hit = self.lex.lookup(t[k].norm)
            if hit is not None and hit[0].cue.lemma == "نقل":
                relay_ok = True
            k += 1
            while k < b and (t[k].norm in PRE_SUBJECT_SKIP or t[k].norm in _BIHI or t[k].norm == "في"):
                k += 1  # «بحسب ما أفاد به مصدر»، «بحسب ما جاء في تقرير»
        if k >= b:
            return None, i + 1
        if skip:
            np = parse_np(t, k, b, self.lex, q)
            np = (k, np[1]) if np else (k, k)
        else:
            np = parse_np(t, k, b, self.lex, q)
        if np is None:
            return None, i + 1
        if np[0] == np[1] and _is_self(t[np[0]].norm[skip:]):
            # «حسب قولها»، «في رأيه»: the source is the speaker already named
            cert = "believed" if t[np[0]].norm.startswith("راي") else prep.certainty
            return self._from_self(i, np[1] + 1, a, b, si, cert)  # «حسب كلامه»: points back to the speaker already named
        # a source inside a claim already found in this sentence qualifies that claim's
        # content; it is not a claim of its own (heuristic)
        for d in self.drafts:
            if d.sent == si and d.ca <= i <= d.cb:
                return None, np[1] + 1
        if prep.kind == "source" and not self._is_source(np, skip):
            return None, np[1] + 1  # «وفقاً للقانون»، «حسب الحاجة»: no source
        content_from = -1
        # «وحسب تقدير عدد من الاقتصاديين والمهتمين، فإن»: the source runs to the comma
        if (self._clause_initial_all(i, a)) and np[1] + 1 < b and t[np[1] + 1].norm not in CLAUSE_PUNCT:
            for x in range(np[1] + 1, min(b, np[1] + 12)):
                w = t[x].norm
                if w in CLAUSE_PUNCT:
                    np = (np[0], x - 1)
                    break
                if w in COMPLEMENTISERS or w in _FA_INNA:
                    content_from = x  # «وحسب ما أكده مصدر لمراسلنا فإنه ...»
                    break
                if w in SENTENCE_PUNCT or (w == "عن" and relay_ok):
                    break
            else:
                if np[1] - np[0] > 3:  # no comma: keep the head of the source (heuristic)
                    np = (np[0], np[0] + 3)
        speaker = self._src(np[0], np[1], skip)
        outer: list[_Src] = []
        end = np[1] + 1
        mr = is_media_recipient(t, end, b, q) if end < b else None
        if mr is not None:  # «وفق ما أفاد به الناطق لوكالة تونس أفريقيا للأنباء»
            outer.append(self._src(mr[0], mr[1], 1 if t[mr[0]].norm[0] == "ل" and len(t[mr[0]].norm) > 3 else 0))
            end = mr[1] + 1
        if relay_ok and end < b and t[end].norm == "عن":
            rel = parse_np(t, end + 1, b, self.lex, q)
            if rel is not None:
                outer, speaker = [speaker], self._src(*rel)
                end = rel[1] + 1
        ctype = "prep"
        if self._clause_initial_all(i, a):
            # «وبحسب المصدر، فإن ...»: the content follows
            ca = max(end, content_from)
            while ca < b and (t[ca].norm in CLAUSE_PUNCT or t[ca].norm in (":", "فان")):
                ca += 1
            if ca < b and self._is_comp(ca) and t[ca].norm in ("ان", "بان"):
                ca += 1
            if ca < b and t[ca].norm in OPEN_QUOTES and q.is_speech(ca):
                # «وجاء في بلاغ الوزارة: "..."»
                ca, cb, ctype = ca + 1, q.close[ca] - 1, "quote"
            else:
                cb = self._content_end(ca, b)
            region = i
            nxt = ca
        else:
            qb = self._quote_before(i)
            if qb is not None:
                ca, cb, ctype = qb[0], qb[1], "quote"
            else:
                ca = a
                prev = [d for d in self.drafts if d.sent == si]
                if prev:
                    ca = max(prev[-1].cb + 1, a)
                while ca < i and (t[ca].norm in CLAUSE_PUNCT or t[ca].norm in CLAUSE_OPENERS):
                    ca += 1
                if t[i - 1].norm in CLAUSE_PUNCT or end >= b or t[end].norm in SENTENCE_PUNCT:
                    cb = self._trim(ca, i - 1)  # «...، بحسب المرصد.»: the clause before
                else:
                    # «وتتضمن الاتفاقيات بحسب صحف محلية إقرار ...»: inside the clause,
                    # which is the content on both sides; the source is its head and
                    # the adjectives after it (heuristic: no comma marks its end)
                    last = speaker_first = np[0]
                    while last + 1 <= np[1] and last - speaker_first < 5:
                        x = t[last + 1].norm
                        if not (x.endswith(_ADJ_ENDINGS) or x.startswith(("ال", "لل"))):
                            break
                        last += 1
                    if not outer and last < np[1]:
                        speaker = self._src(np[0], last, skip)
                    cb = self._content_end(end, b)
            region = ca
            nxt = end
        if cb < ca:
            return None, max(i + 1, end)
        cue_start = self._after_prefix(i, 1) if t[i].norm not in self.lex.preps else t[i].start
        d = _Draft(
            cue=(cue_start, t[k - 1].end if k - 1 >= i else t[i].end), cue_tok=i, region=region,
            speaker=speaker, outer=outer, ca=ca, cb=cb, cstart=None, ctype=ctype,
            default=prep.certainty, lemma="", negated=False, own_subject=True, sent=si,
        )
        return d, max(nxt, i + 1)

    # -- per sentence -----------------------------------------------------------------
    def run(self) -> None:
        t = self.tokens
        for si, s in enumerate(self.doc.sentences):
            a, b = s.tok_start, s.tok_end
            if b <= a:
                continue
            if t[b - 1].norm in ("؟", "?") and t[a].norm in INTERROGATIVES:
                continue  # a question reports nothing
            i = a
            while i < b:
                q = self.quotes.speech_at(i)
                if q is not None:
                    i = q[1] + 1  # speech quoted without a cue before it: handled after it
                    continue
                d: _Draft | None = None
                pm = self._match_prep(i, b)
                if pm is not None:
                    d, nxt = self._from_prep(i, pm, a, b, si)
                else:
                    hit = self.lex.lookup(t[i].norm)
                    if hit is None:
                        i += 1
                        continue
                    form, plen = hit
                    if form.pos == "verb":
                        d, nxt = self._from_verb(i, form, plen, a, b, si)
                    elif plen == 0 or form.pos == "masdar" or (
                            form.pos == "participle" and any(d.sent == si for d in self.drafts)):
                        # «مفنداً ... ومؤكداً أن»: a coordinated participle too
                        d, nxt = self._from_dependent(i, form, a, b, si)
                    else:
                        nxt = i + 1
                if d is not None and self._attach(d, si):
                    self.drafts.append(d)
                i = max(nxt, i + 1)

    def _attach(self, d: _Draft, si: int) -> bool:
        """Cut the content of earlier claims of the sentence where ``d`` begins, or nest
        ``d`` in the claim whose content embeds it. False when ``d`` is no claim of its
        own: an attitude verb opening another claim's content («قال إنه يعتقد أن» is one
        claim, believed)."""
        t = self.tokens
        for p in reversed(self.drafts):
            if p.sent != si:
                break
            if not (p.ca <= d.region <= p.cb):
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
            embedded = (
                d.own_subject and not d.proclitic and d.ctype != "quote"
                and (svo or not d.imperfect) and d.speaker is not p.speaker
                and (d.region == p.ca or (t[d.region - 1].norm not in CLAUSE_PUNCT
                                          and t[d.region - 1].norm not in CLAUSE_OPENERS))
            )
            if embedded:
                d.outer = [*p.outer, p.speaker, *d.outer]
            elif d.region > p.ca:
                p.cb = self._trim(p.ca, d.region - 1)
        return True

    # -- output -----------------------------------------------------------------------
    def _link(self, s: _Src) -> Source:
        if not s.linked:
            s.entity = self.linker.link(s.start, s.end, s.head, self.tokens, s.tok)
            s.linked = True
        return self.doc.source(s.start, s.end, s.entity)

    def claims(self) -> list[Claim]:
        doc = self.doc
        t = self.tokens
        q = self.quotes
        credit = find_credit(doc, self.lex)
        root: _Src | None = None
        own_outlet = self.lex.outlets.get(doc.article.outlet or "", frozenset())
        if credit is not None and fold(doc.text[credit[0]:credit[1]]) not in own_outlet:
            k = _first_token_at(t, credit[0])
            root = _Src(credit[0], credit[1], k, stem(t[k].norm))
        own = self.lex.outlets.get(doc.article.outlet or "", frozenset())
        out: list[Claim] = []
        for d in self.drafts:
            # the publishing outlet is no link of its own chains («قال مسؤول لـ"الوطن"» in
            # al-Watan; «علمت "الشرق الأوسط" من مصادر» in Asharq al-Awsat)
            d.outer = [s for s in d.outer if fold(doc.text[s.start:s.end]) not in own]
            if d.cb < d.ca:
                continue
            cs = d.cstart if d.cstart is not None else t[d.ca].start
            ce = t[d.cb].end
            if ce <= cs:
                continue
            kind = "direct" if d.ctype in ("quote", "colon") else "indirect"
            if kind == "indirect":
                # any quotation inside reported speech makes it mixed, a one-word one too
                # («وصفها بـ"العاجلة"»; docs/annotation.md)
                opens = [k for k in range(d.ca, d.cb + 1)
                         if k in q.close and q.close[k] <= d.cb + 1 and not self._quoted_name(k)]
                if opens:
                    whole = opens[0] == d.ca and q.close[opens[0]] >= d.cb
                    kind = "direct" if whole else "mixed"
                    if whole:  # «أكد أن "..."»: the quotation itself is the content
                        cs, ce = t[d.ca + 1].start, t[q.close[opens[0]] - 1].end
            cert = certainty(self.lex, d.default, d.lemma, d.negated, t, min(d.cue_tok, d.ca), d.ca, d.cb)
            speaker = self._link(d.speaker)
            chain = [self._link(s) for s in d.outer]
            if root is not None and not (chain and chain[0].text == root_text(doc, root)) \
                    and speaker.start != root.start:
                chain.insert(0, self._link(root))
            chain.append(speaker)
            out.append(Claim(
                id=doc.next_id("c", out),
                content=doc.span(cs, ce),
                cue=doc.span(*d.cue),
                speaker=speaker,
                chain=chain,
                kind=kind,
                certainty=cert,
            ))
        return out


def _pronoun_object(w: str) -> bool:
    """A noun with a possessive pronoun that can open an object: «دعمه»، «رفضها»، «نيتهم»
    (not a name: «عبدالله»، «طه»)."""
    return (not w.startswith("ال") and len(w) >= 4 and w.endswith(("ه", "ها", "هم", "هما"))
            and not w.endswith("الله") and w[0] not in "بل")


def _abbreviation(tokens: list[Token], k: int) -> bool:
    """A period after a one-letter word: «د.العاصمي» (doctor), «م. خالد» (engineer)."""
    return tokens[k].norm == "." and k > 0 and len(tokens[k - 1].norm) == 1 and tokens[k - 1].is_arabic


def _is_self(word: str) -> bool:
    """«كلامه»، «روايتها»: a noun of saying with a pronoun."""
    for suf in _SELF_SUFFIXES:
        if word.endswith(suf):
            base = word[: -len(suf)]
            if base in _SELF_NOUNS or (base.endswith("ت") and base[:-1] + "ة" in _SELF_NOUNS):
                return True
    return False


def root_text(doc: Doc, s: _Src) -> str:
    return doc.text[s.start:s.end]


def _first_token_at(tokens: list[Token], pos: int) -> int:
    for k, tok in enumerate(tokens):
        if tok.start >= pos:
            return k
    return len(tokens) - 1


def find_claims(doc: Doc) -> list[Claim]:
    """The claims of ``doc`` (needs sentences and tokens; uses ``doc.entities`` to link
    speakers when there are any)."""
    if not doc.tokens:
        return []
    f = _Finder(doc, lexicon())
    f.run()
    return f.claims()
