"""The claim-cue lexicon, loaded once per process from ``khabar/data/claims/*.tsv``.

Every cue form is generated from a few stems per verb (see the header of ``cues.tsv``) and
kept in plain dicts keyed by the normalised word, so finding cues is one dict lookup per
token (plus the و/ف/س proclitics tried in :func:`lookup`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import ModelError
from ..normalize import fold, normalize_text
from ..schema import CERTAINTIES
from .words import PRONOUNS

__all__ = ["Cue", "CueForm", "Impersonal", "Lexicon", "Prep", "lexicon"]

# Subject suffixes of the perfect (he, she, they, the two, we, you...).
_PERFECT_ALL = ("", "ت", "وا", "ا", "تا", "ن", "نا", "تم", "تما")
_PERFECT_CONSONANT = ("ت", "ن", "نا", "تم", "تما")
# Imperfect: person prefix + stem + subject suffix (indicative and jussive plural).
_IMPERFECT_PREFIX = ("ي", "ت", "ا", "ن")
_IMPERFECT_SUFFIX = ("", "ون", "ان", "ين", "ن", "وا")
# Circumstantial participles are accusative: مشيراً، مشيرةً، مشيرين، مشيرتين.
_OBJECT_SUFFIXES = ("هما", "هم", "هن", "ها", "ه", "ني")
_PLURAL_PERFECT = frozenset({"وا", "ا", "تا", "ن", "تم", "تما", "نا"})
_PLURAL_IMPERFECT = frozenset({"ون", "ان", "ين", "ن", "وا"})
_PARTICIPLE_SUFFIX = ("ا", "ة", "ين", "تين", "ون")
_PARTICIPLE_STRICT = ("ا", "ين")


@dataclass(frozen=True, slots=True)
class Cue:
    """One lexicon entry."""

    lemma: str
    certainty: str
    preps: tuple[str, ...]
    strict: bool
    source: str


@dataclass(frozen=True, slots=True)
class CueForm:
    """A cue word form: ``pos`` is ``verb``, ``participle`` or ``masdar``."""

    cue: Cue
    pos: str
    imperfect: bool = False
    #: first person (أقول، نعتقد): the author speaking, not a source
    first_person: bool = False
    #: a plural or dual subject suffix (قالوا، يقولون، أكدتا): in Arabic the verb before an
    #: explicit subject stays singular, so the subject is a pronoun
    plural: bool = False
    #: grammatical gender of the subject when the form shows it: "f" (قالت، تقول، مشيرةً),
    #: "m" (قال، يقول، مشيراً), or "" (unknown)
    gender: str = ""


@dataclass(frozen=True, slots=True)
class Prep:
    """A prepositional or nominal attribution (``preps.tsv``)."""

    words: tuple[str, ...]
    kind: str
    certainty: str


@dataclass(frozen=True, slots=True)
class Impersonal:
    """An impersonal attribution (``impersonal.tsv``): «يُعتقد أن»، «من المتوقع أن». The
    cue is ``words[cue_from:]`` (the words before are context: «ما يعتبر»)."""

    words: tuple[str, ...]
    cue_from: int
    certainty: str
    opens: tuple[str, ...]
    active: bool


@dataclass(frozen=True, slots=True)
class Lexicon:
    forms: dict[str, CueForm]
    preps: dict[str, list[Prep]]  # keyed by first word, longest phrase first
    credits: frozenset[str]
    credit_max_words: int
    anaphors: dict[str, tuple[str, bool]]  # noun -> (entity type, is a person role)
    outlets: dict[str, frozenset[str]]  # outlet key -> folded names of the outlet
    impersonal: dict[str, list[Impersonal]] = field(default_factory=dict)  # by first word
    cache: dict[str, tuple[CueForm, int] | None] = field(default_factory=dict)
    inert: dict[str, bool] = field(default_factory=dict)  # memo of :meth:`opens_nothing`

    def impersonal_at(self, word: str) -> tuple[list[Impersonal] | None, int]:
        """The impersonal phrases whose first word is ``word`` (or ``word`` without a و/ف
        proclitic), longest first, and the proclitic's length."""
        cands = self.impersonal.get(word)
        if cands is None and len(word) >= 3 and word[0] in "وف":
            return self.impersonal.get(word[1:]), 1
        return cands, 0

    def preps_at(self, word: str) -> list[Prep] | None:
        """The prepositional attributions whose first word is ``word`` (or ``word``
        without a و/ف proclitic), longest first."""
        cands = self.preps.get(word)
        if cands is None and len(word) > 3 and word[0] in "وف":
            return self.preps.get(word[1:])
        return cands

    def opens_nothing(self, word: str) -> bool:
        """True when no impersonal phrase, prepositional attribution or cue form starts
        with ``word``: the cascade passes it by (most words of an article). Memoised per
        process, like :meth:`lookup`."""
        try:
            return self.inert[word]
        except KeyError:
            pass
        quiet = not self.impersonal_at(word)[0] and not self.preps_at(word) and self.lookup(word) is None
        if len(self.inert) < 200_000:
            self.inert[word] = quiet
        return quiet

    def lookup(self, word: str) -> tuple[CueForm, int] | None:
        """The cue form of a normalised ``word`` and the length of its proclitics (و ف س),
        or None. The whole word is tried first, so «وعد» is the verb وعد, not و + عد.
        Memoised per process (news repeats its words)."""
        try:
            return self.cache[word]
        except KeyError:
            pass
        hit = self._lookup(word)
        if len(self.cache) < 200_000:
            self.cache[word] = hit
        return hit

    def _lookup(self, word: str) -> tuple[CueForm, int] | None:
        f = self.forms.get(word)
        if f is not None:
            return f, 0
        if len(word) >= 3 and word[0] in "وف":  # «وحث» too
            f = self.forms.get(word[1:])
            if f is not None:
                return f, 1
            if word[1] == "س":
                f = self.forms.get(word[2:])
                if f is not None and f.imperfect:
                    return f, 2
        if len(word) > 3 and word[0] == "س":
            f = self.forms.get(word[1:])
            if f is not None and f.imperfect:
                return f, 1
        # an object pronoun on a verb: «حذرتها»، «أبلغه»، «وصفوهم» (وصفوا + هم)
        for suf in _OBJECT_SUFFIXES:
            if word.endswith(suf) and len(word) - len(suf) >= 3:
                base = word[: -len(suf)]
                for cand in (base, base + "ا") if base.endswith("و") else (base,):
                    hit = self.lookup_plain(cand)
                    if hit is not None and hit[0].pos == "verb":
                        return hit
        return None

    def lookup_plain(self, word: str) -> tuple[CueForm, int] | None:
        """:meth:`lookup` without object pronouns."""
        f = self.forms.get(word)
        if f is not None:
            return f, 0
        if len(word) > 3 and word[0] in "وف":
            f = self.forms.get(word[1:])
            if f is not None:
                return f, 1
        return None


_DATA = Path(__file__).resolve().parent.parent / "data" / "claims"


def _rows(name: str) -> list[list[str]]:
    try:
        text = (_DATA / name).read_text("utf-8")
    except OSError as exc:  # pragma: no cover - packaging
        raise ModelError(
            f"khabar/data/claims/{name} is missing; reinstall khabar with `pip install -e .`"
        ) from exc
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.split("\t"))
    return rows[1:] if rows and rows[0][0] in ("lemma", "phrase", "noun", "outlet") else rows


def _alts(cell: str) -> list[str]:
    return [] if cell.strip() in ("", "-") else [normalize_text(x.strip()) for x in cell.split("|")]


def _ta_marbuta_stem(masdar: str) -> str:
    # إشارة + ه → إشارته
    return masdar[:-1] + "ت" if masdar.endswith("ة") else masdar


def _build_forms() -> dict[str, CueForm]:
    forms: dict[str, CueForm] = {}

    def add(word: str, form: CueForm) -> None:
        forms.setdefault(word, form)  # first entry wins (the file lists frequent verbs first)

    for row in _rows("cues.tsv"):
        if len(row) != 10:
            raise ModelError(f"cues.tsv: bad row {row!r}: expected 10 tab-separated columns")
        lemma, perfect, imperfect, explicit, participle, masdar, certainty, prep, strict, src = row
        if certainty not in CERTAINTIES:
            raise ModelError(f"cues.tsv: {lemma}: certainty {certainty!r} is not one of {CERTAINTIES}")
        cue = Cue(normalize_text(lemma), certainty, tuple(_alts(prep)), strict == "1", src)
        for k, stem in enumerate(_alts(perfect)):
            for suf in _PERFECT_ALL if k == 0 else _PERFECT_CONSONANT:
                if cue.strict and suf in ("ا", "تا"):
                    continue  # «طالبا» is a student far more often than «the two demanded»
                gender = "m" if suf == "" else "f" if suf == "ت" else ""
                add(stem + suf, CueForm(cue, "verb", plural=suf in _PLURAL_PERFECT, gender=gender))
        for stem in _alts(imperfect):
            for pre in _IMPERFECT_PREFIX:
                # ن + a two-letter stem is too often another word (نصر، نقر)
                if pre == "ن" and len(stem) <= 2:
                    continue
                for suf in _IMPERFECT_SUFFIX:
                    gender = ("m" if pre == "ي" else "f" if pre == "ت" else "") if suf == "" else ""
                    add(pre + stem + suf, CueForm(cue, "verb", True, pre in "ان", suf in _PLURAL_IMPERFECT, gender))
        for w in _alts(explicit):
            is_imp = w[0] in "يتان" and not w.startswith(cue.lemma[:2])
            plural = w.endswith(("وا", "ون", "ان", "ين", "تا", "يا")) and len(w) > 4
            gender = "" if plural else ("f" if (w.endswith("ت") and not is_imp) or (is_imp and w[0] == "ت") else
                                        "m" if (is_imp and w[0] == "ي") or w == cue.lemma else "")
            add(w, CueForm(cue, "verb", is_imp, is_imp and w[0] in "ان", plural, gender))
        weak = bool(_alts(explicit))
        for stem in _alts(participle):
            sufs = _PARTICIPLE_STRICT if cue.strict else _PARTICIPLE_SUFFIX
            for suf in sufs:
                gender = "f" if suf in ("ة", "تين") else "m" if suf == "ا" else ""
                add(stem + suf, CueForm(cue, "participle", gender=gender))
                if weak:  # داعٍ → داعيا، داعية
                    add(stem + "ي" + suf, CueForm(cue, "participle", gender=gender))
        for m in _alts(masdar):
            base = _ta_marbuta_stem(m)
            for p in PRONOUNS[1:6]:
                add(base + p, CueForm(cue, "masdar"))
    return forms


def _build_preps() -> dict[str, list[Prep]]:
    preps: dict[str, list[Prep]] = {}
    for row in _rows("preps.tsv"):
        phrase, kind, certainty = row[0], row[1], row[2]
        if certainty not in CERTAINTIES or kind not in ("source", "source_verb", "relay", "self"):
            raise ModelError(f"preps.tsv: {phrase}: bad kind {kind!r} or certainty {certainty!r}")
        words = tuple(normalize_text(phrase).split())
        preps.setdefault(words[0], []).append(Prep(words, kind, certainty))
    for lst in preps.values():
        lst.sort(key=lambda p: -len(p.words))
    return preps


def _build_impersonal() -> dict[str, list[Impersonal]]:
    out: dict[str, list[Impersonal]] = {}
    for row in _rows("impersonal.tsv"):
        phrase, certainty, opens, active = row[0], row[1], row[2], row[3]
        if certainty not in CERTAINTIES:
            raise ModelError(f"impersonal.tsv: {phrase}: certainty {certainty!r} is not one of {CERTAINTIES}")
        raw = phrase.split()
        cue_from = sum(1 for w in raw if w.startswith("("))
        words = tuple(normalize_text(w.strip("()")) for w in raw)
        out.setdefault(words[0], []).append(
            Impersonal(words, cue_from, certainty, tuple(opens.split("|")), active == "1"))
    for lst in out.values():
        lst.sort(key=lambda p: -len(p.words))
    return out


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicon, built at first use and cached for the process (never at import)."""
    credits = frozenset(normalize_text(r[0]).strip() for r in _rows("credits.tsv"))
    anaphors = {
        normalize_text(r[0]): (r[1], r[2] == "1") for r in _rows("anaphors.tsv")
    }
    outlets = {
        r[0]: frozenset(fold(x) for x in r[1].split("|")) for r in _rows("outlets.tsv") if len(r) > 1
    }
    return Lexicon(
        outlets=outlets,
        forms=_build_forms(),
        preps=_build_preps(),
        credits=credits,
        credit_max_words=max(len(c.split()) for c in credits),
        anaphors=anaphors,
        impersonal=_build_impersonal(),
    )
