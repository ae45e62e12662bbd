"""Step 4 of the cascade: prepositional attributions («بحسب X»، «وفقاً لـX»، «بحسب ما
ذكرت X عن Y») and self-references («حسب قولها»، «في رأيه»، «على حد تعبيره»)."""

from __future__ import annotations

from .base import FinderBase
from .drafts import (
    _Draft,
    _is_self,
    _Src,
)
from .lexicon import Prep
from .speakers import MEDIA_HEADS, is_media_recipient, parse_np, stem
from .tables import (
    _ADJ_ENDINGS,
    _BIHI,
    _FA_INNA,
    _SELF_SUFFIXES,
)
from .words import (
    CLAUSE_OPENERS,
    CLAUSE_PUNCT,
    COMPLEMENTISERS,
    OPEN_QUOTES,
    PRE_SUBJECT_SKIP,
    SENTENCE_PUNCT,
    SOURCE_NOUNS,
)

__all__ = ["PrepositionalMixin"]


class PrepositionalMixin(FinderBase):
    def _match_prep(self, i: int, b: int) -> tuple[Prep, int, int] | None:
        """``(prep, first token of the source, letters of ل to skip in it)``."""
        t = self.tokens
        cands = self.lex.preps_at(t[i].norm)
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
        if prev.speaker is None:
            return None, end  # «يُذكر أن ...، حسب قوله»: nobody to point back to
        qb = self._quote_before(i)
        if qb is not None:
            ca, cb, ctype = qb[0], qb[1], "quote"
        elif self._clause_initial_all(i, a):
            # «وحسب قولها، فإن ...»: at the head of its sentence the content follows
            ca = end
            while ca < b and (t[ca].norm in CLAUSE_PUNCT or t[ca].norm == "فان"):
                ca += 1
            if ca < b and t[ca].norm in OPEN_QUOTES and self.quotes.is_speech(ca):
                ca, cb, ctype = ca + 1, self.quotes.close[ca] - 1, "quote"
            else:
                cb, ctype = self._content_end(ca, b), "prep"
        else:
            ca = self._clause_before(i, a, si)
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

    def _clause_before(self, i: int, a: int, si: int) -> int:
        """First token of the content written before a source phrase at ``i`` («...، بحسب
        المرصد»): after the sentence's previous claim, past clause punctuation and openers."""
        t = self.tokens
        ca = a
        same = [d for d in self.drafts if d.sent == si]
        if same:
            ca = max(same[-1].cb + 1, a)
        while ca < i and (t[ca].norm in CLAUSE_PUNCT or t[ca].norm in CLAUSE_OPENERS):
            ca += 1
        return ca

    def _clause_initial_all(self, i: int, a: int) -> bool:
        """Nothing but openers and commas between the sentence start and ``i``."""
        t = self.tokens
        return all(t[x].norm in CLAUSE_OPENERS or t[x].norm in CLAUSE_PUNCT for x in range(a, i))

    def _is_source(self, np: tuple[int, int], skip: int) -> bool:
        """Whether the phrase after «بحسب»/«وفقاً لـ» can be a source: a source noun, a
        described subject, a medium or agency, a quoted name, or an entity mention."""
        t = self.tokens
        w = t[np[0]].norm[skip:]
        for suf in ("نا", "هم", "ها", "ه"):  # «مصدرنا»، «مصادرها»
            if w.endswith(suf) and w[: -len(suf)] in SOURCE_NOUNS:
                return True
        h = stem(w)
        if w in SOURCE_NOUNS or h in SOURCE_NOUNS or h in self.lex.anaphors or h in MEDIA_HEADS:
            return True
        if np[1] > np[0] and stem(t[np[0] + 1].norm) in SOURCE_NOUNS:
            return True  # «بحسب أحدث المعطيات»، «حسب ذات المصدر»
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
        np, content_from = self._source_extent(i, a, b, np, relay_ok)
        speaker, outer, end = self._source_chain(np, skip, b, relay_ok)
        if self._clause_initial_all(i, a):
            ca, cb, ctype = self._content_after_source(end, content_from, b)
            region = i
            nxt = ca
        else:
            ca, cb, ctype, speaker = self._content_around_source(i, a, b, si, np, skip, end, speaker, outer)
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

    def _source_extent(self, i: int, a: int, b: int, np: tuple[int, int],
                       relay_ok: bool) -> tuple[tuple[int, int], int]:
        """The source phrase of a clause-initial «بحسب» runs to the comma («وحسب تقدير عدد
        من الاقتصاديين والمهتمين، فإن»), or to a complementiser that opens the content
        (its token, else -1); with no comma only its head is kept (heuristic)."""
        t = self.tokens
        content_from = -1
        if not (self._clause_initial_all(i, a) and np[1] + 1 < b and t[np[1] + 1].norm not in CLAUSE_PUNCT):
            return np, content_from
        for x in range(np[1] + 1, min(b, np[1] + 12)):
            w = t[x].norm
            if w in CLAUSE_PUNCT:
                return (np[0], x - 1), content_from
            if w in COMPLEMENTISERS or w in _FA_INNA:
                return np, x  # «وحسب ما أكده مصدر لمراسلنا فإنه ...»
            if w in SENTENCE_PUNCT or (w == "عن" and relay_ok):
                return np, content_from
        if np[1] - np[0] > 3:  # no comma: keep the head of the source (heuristic)
            np = (np[0], np[0] + 3)
        return np, content_from

    def _source_chain(self, np: tuple[int, int], skip: int, b: int,
                      relay_ok: bool) -> tuple[_Src, list[_Src], int]:
        """The speaker, the outer sources (a medium after the source: «وفق ما أفاد به الناطق
        لوكالة تونس أفريقيا للأنباء»; a relay: «بحسب الوكالة عن مصدر») and the token after
        them."""
        t = self.tokens
        speaker = self._src(np[0], np[1], skip)
        outer: list[_Src] = []
        end = np[1] + 1
        mr = is_media_recipient(t, end, b, self.quotes) if end < b else None
        if mr is not None:
            outer.append(self._src(mr[0], mr[1], 1 if t[mr[0]].norm[0] == "ل" and len(t[mr[0]].norm) > 3 else 0))
            end = mr[1] + 1
        if relay_ok and end < b and t[end].norm == "عن":
            rel = parse_np(t, end + 1, b, self.lex, self.quotes)
            if rel is not None:
                outer, speaker = [speaker], self._src(*rel)
                end = rel[1] + 1
        return speaker, outer, end

    def _content_after_source(self, end: int, content_from: int, b: int) -> tuple[int, int, str]:
        """``(ca, cb, ctype)`` of the content after a clause-initial source: «وبحسب المصدر،
        فإن ...»، «وجاء في بلاغ الوزارة: "..."»."""
        t = self.tokens
        q = self.quotes
        ca = max(end, content_from)
        while ca < b and (t[ca].norm in CLAUSE_PUNCT or t[ca].norm in (":", "فان")):
            ca += 1
        if ca < b and self._is_comp(ca) and t[ca].norm in ("ان", "بان"):
            ca += 1
        if ca < b and t[ca].norm in OPEN_QUOTES and q.is_speech(ca):
            return ca + 1, q.close[ca] - 1, "quote"
        return ca, self._content_end(ca, b), "prep"

    def _content_around_source(self, i: int, a: int, b: int, si: int, np: tuple[int, int], skip: int,
                        end: int, speaker: _Src, outer: list[_Src]) -> tuple[int, int, str, _Src]:
        """``(ca, cb, ctype, speaker)`` for a source after the clause's start: a quotation
        before it, the clause before it («...، بحسب المرصد.»), or the clause around it."""
        t = self.tokens
        qb = self._quote_before(i)
        if qb is not None:
            return qb[0], qb[1], "quote", speaker
        ca = self._clause_before(i, a, si)
        if t[i - 1].norm in CLAUSE_PUNCT or end >= b or t[end].norm in SENTENCE_PUNCT:
            return ca, self._trim(ca, i - 1), "prep", speaker  # «...، بحسب المرصد.»: the clause before
        # «وتتضمن الاتفاقيات بحسب صحف محلية إقرار ...»: inside the clause, which is the
        # content on both sides; the source is its head and the adjectives after it
        # (heuristic: no comma marks its end)
        last = speaker_first = np[0]
        while last + 1 <= np[1] and last - speaker_first < 5:
            follow = t[last + 1].norm
            if not (follow.endswith(_ADJ_ENDINGS) or follow.startswith(("ال", "لل"))):
                break
            last += 1
        if not outer and last < np[1]:
            speaker = self._src(np[0], last, skip)
        return ca, self._content_end(end, b), "prep", speaker

    # -- per sentence -----------------------------------------------------------------
