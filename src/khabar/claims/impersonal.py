"""Step 0 of the cascade: impersonal attributions, whose source the text does not state
(«ويُعتقد أن»، «يُذكر أن»، «ويشتبه بأن»، «من المتوقع أن»، «في ما يُعتبر»).

Such a claim has no speaker and an empty chain (``schema.Claim``; docs/annotation.md:
«يُذكر أن» is a claim with a null speaker). The phrases and their certainty are data
(``khabar/data/claims/impersonal.tsv``). Unvocalised, «يعتقد» is also the active verb:
«يعتقد المحققون أن» (a subject after it: no complementiser follows, so the verbal step
takes it), «المحققون يعتقدون/يعتقد أن»، «الذي يعتقد أن»، «وهو يعتقد أن» (a subject before
it: the verbal step again). Only what has neither is impersonal.
"""

from __future__ import annotations

from ..normalize import normalize_text
from .base import FinderBase
from .drafts import _Draft, _Scan
from .lexicon import Impersonal
from .tables import _B_ADVERBS, _B_NOUNS
from .words import CLAUSE_PUNCT, NEGATIONS

__all__ = ["ImpersonalMixin"]


def _n(*words: str) -> frozenset[str]:
    return frozenset(normalize_text(w) for w in words)


# Words before an active-capable form that are its subject (a pronoun) or make it active
# («من يعتقد أن» whoever believes; «البعض يعتقد أن»): the verbal step decides. Source: khabar.
_SUBJECT_BEFORE = _n(
    "هو", "هي", "هم", "وهو", "وهي", "وهم", "فهو", "فهي", "انه", "انها", "فانه", "فانها", "لانه",
    "لانها", "من", "ومن", "البعض", "الكثيرون", "كثيرون", "الجميع", "احد", "كان", "وكان", "جعله",
    "جعلته", "جعلها", "جعلتها", "جعلهم", "جعلتهم")

# Adjuncts that may stand between the formula and its complementiser («ويذكر أيضاً أن»،
# «ويُشار في هذا الصدد إلى أن»، «ويُعتقد على نطاق واسع أن»). Source: khabar.
_ADJUNCT_WORDS = _n("ايضا", "كذلك", "هنا", "في", "هذا", "ذلك", "الصدد", "السياق", "الاطار",
                                 "الشان", "المقابل", "على", "نطاق", "واسع", "،", ",")
_MAX_ADJUNCT = 4


# «ما يُعتقد أنها أطول رحلة» (what is believed to be): no subject fits between. Source: khabar.
_WHAT = _n("ما", "مما", "فيما", "بما", "حسبما")


class ImpersonalMixin(FinderBase):

    def _match_impersonal(self, i: int, b: int) -> tuple[Impersonal, int, int] | None:
        """The impersonal phrase starting at token ``i``: (entry, proclitic length, first
        token after it)."""
        t = self.tokens
        cands, plen = self.lex.impersonal_at(t[i].norm)
        if not cands:
            return None
        for p in cands:
            n = len(p.words)
            if i + n <= b and all(t[i + k].norm == p.words[k] for k in range(1, n)):
                return p, plen, i + n
        return None

    def _impersonal_content(self, p: Impersonal, k: int, b: int) -> tuple[int, int | None] | None:
        """First content token (and an original offset overriding its start) opened at
        ``k`` by what ``p`` expects after it, or None."""
        t = self.tokens
        sc = _Scan()
        for op in p.opens:
            if op == "comp":
                if k < b and self._is_comp(k):
                    self._comp_content(k, sc)
                    return sc.ca, sc.cstart
                continue
            if op == "np":
                if k < b and t[k].is_arabic and t[k].norm not in CLAUSE_PUNCT:
                    return k, None
                continue
            prep, _, need = op.partition("+")
            if k >= b:
                continue
            w = t[k].norm
            if w == prep:
                if k + 1 < b and self._is_comp(k + 1):
                    self._comp_content(k + 1, sc)
                    return sc.ca, sc.cstart
                if not need and k + 1 < b and t[k + 1].is_arabic:
                    return k + 1, None  # «يشتبه في انتمائه إلى»
            elif not need and len(prep) == 1 and w.startswith(prep) and len(w) > 3 and w not in _B_ADVERBS \
                    and w not in _B_NOUNS:
                return k, self._after_prefix(k, 1)  # «يُشتبه بتورطه» → «تورطه»
        return None

    def _from_impersonal(self, i: int, a: int, b: int, si: int) -> tuple[_Draft | None, int] | None:
        """A draft with no speaker for an impersonal phrase at ``i``; None when there is
        none (the verbal step then reads the token as usual)."""
        m = self._match_impersonal(i, b)
        if m is None:
            return None
        p, plen, j = m
        t = self.tokens
        k = j
        # a short adjunct before the complementiser: «ويذكر أيضاً أن»
        while k < min(b, j + _MAX_ADJUNCT) and t[k].norm in _ADJUNCT_WORDS and not self._is_comp(k):
            k += 1
        opened = self._impersonal_content(p, j, b)
        if opened is None and k > j and (self._is_comp(k) or (k + 1 < b and self._is_comp(k + 1))):
            opened = self._impersonal_content(p, k, b)  # only a complementiser after an adjunct
        if opened is None:
            return None
        if i > a and t[i - 1].norm in NEGATIONS and t[i - 1].norm != "ما":  # (not «ما يُعتقد»)
            return None, j  # «ولم يُتّهم بلاتر بارتكاب أي مخالفات»: nothing is attributed
        ca, cstart = opened
        verb = i + p.cue_from
        # (a damma on the prefix marks the passive of «يُعتقد»، «يُذكر»، «يُتوقع»; for the
        # form II «يُرجِّح»، «يُقدِّر» the active has it too, but then a subject follows)
        if p.active and not self._marked_passive(verb, plen if p.cue_from == 0 else 0) \
                and not (verb - 1 >= a and t[verb - 1].norm in _WHAT):
            # «وهو يعتقد أن»، «البعض يعتقد أن»، «الذي يعتقد أن»، «المحققون يعتقد...»: a
            # subject before the verb makes it active (the verbal step reads it)
            if verb - 1 >= a and t[verb - 1].norm in _SUBJECT_BEFORE:
                return None
            back = self._subject_before(verb, a, plen if p.cue_from == 0 else 0)
            if back is not None:
                return None
        cb = self._content_end(ca, b)
        if cb < ca:
            return None, j
        # «، في ما يُعتبر»: the preposition before the context word opens the formula
        region = i - 1 if p.cue_from and i - 1 >= a and t[i - 1].norm == "في" else i
        cue_start = self._after_prefix(i, plen) if plen and p.cue_from == 0 else t[verb].start
        d = _Draft(
            cue=(cue_start, t[j - 1].end), cue_tok=verb, region=region, speaker=None, outer=[],
            ca=ca, cb=cb, cstart=cstart, ctype="np" if p.opens == ("np",) else "comp", default=p.certainty, lemma=" ".join(p.words),
            negated=False, own_subject=False, sent=si, proclitic=plen > 0, imperfect=True,
        )
        return d, ca
