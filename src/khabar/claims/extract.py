"""Find attributed claims in a segmented :class:`~khabar.document.Doc`.

One left-to-right pass over each sentence's tokens; every token is looked up once in the
cue lexicon (a dict), and each cue reads only a bounded window after it, so the step is
linear in the article's length. The cascade for one cue:

0. **Impersonal formula** («ويُعتقد أن»، «يُذكر أن»، «من المتوقع أن»): a claim with no
   speaker and an empty chain, unless a subject stands before an active-capable verb.
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

from ..document import Doc
from ..normalize import fold
from ..schema import Claim
from .certainty import certainty
from .chain import find_credit
from .dependent import DependentMixin
from .drafts import (
    _Draft,
    _first_token_at,
    _Src,
    root_text,
)
from .impersonal import ImpersonalMixin
from .lexicon import lexicon
from .prepositional import PrepositionalMixin
from .speakers import stem
from .subjects import SubjectsMixin
from .verbal import VerbalMixin
from .words import (
    INTERROGATIVES,
)

__all__ = ["find_claims"]


class _Finder(ImpersonalMixin, VerbalMixin, SubjectsMixin, DependentMixin, PrepositionalMixin):
    """The cascade over one article: :meth:`run` finds drafts sentence by sentence,
    :meth:`claims` turns them into contract records."""

    def run(self) -> None:
        t = self.tokens
        speech_at = self.quotes.speech_at
        passes_by = self.lex.opens_nothing
        for si, s in enumerate(self.doc.sentences):
            a, b = s.tok_start, s.tok_end
            if b <= a:
                continue
            if t[b - 1].norm in ("؟", "?") and t[a].norm in INTERROGATIVES:
                continue  # a question reports nothing
            i = a
            while i < b:
                q = speech_at(i)
                if q is not None:
                    i = q[1] + 1  # speech quoted without a cue before it: handled after it
                    continue
                if passes_by(t[i].norm):  # (what the three look-ups below would say)
                    i += 1
                    continue
                d: _Draft | None = None
                im = self._from_impersonal(i, a, b, si)
                pm = self._match_prep(i, b) if im is None else None
                if im is not None:
                    d, nxt = im
                elif pm is not None:
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
            if d.speaker is None:
                # an impersonal attribution («يُعتقد أن»): no source stated, no chain
                speaker, chain = None, []
            else:
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
                kind=kind,  # type: ignore[arg-type]  # one of CLAIM_KINDS by construction
                certainty=cert,  # type: ignore[arg-type]  # one of CERTAINTIES (cues.tsv is checked)
            ))
        return out


def find_claims(doc: Doc) -> list[Claim]:
    """The claims of ``doc`` (needs sentences and tokens; uses ``doc.entities`` to link
    speakers when there are any)."""
    if not doc.tokens:
        return []
    f = _Finder(doc, lexicon())
    f.run()
    return f.claims()
