"""The unit of a number read from the words around it, when no counted noun follows it.

Helpers of :func:`khabar.quantities.extract._quantity`: a small number word after its noun
(«شخص واحد»), a victim cue or noun before the number («مقتل 20 وإصابة 30»، «حصيلة القتلى
إلى 50»), a victim state after it («N في عداد المفقودين»), the unit of a quantity counted
beside it («144 شخصا في صنعاء و70 في عدن») and words referring back to persons named before
(«وجرح 12 آخرين»). ``prior`` maps the last token of each quantity found before to its unit.
"""

from __future__ import annotations

from .lexicon import (
    ANAPHORIC_NOUNS,
    CUE_UNITS,
    DUAL_NOUNS,
    IDENTITY_UNITS,
    NOT_NISBA,
    SCALES,
    UNITS_LEX,
)
from .lexicon_context import (
    AMONG,
    DEATH_NOUNS,
    EXCEED_VERBS,
    FELL_AS,
    FORCE_MEMBERS_OF_PRONOUN,
    VICTIM_VERBS,
)
from .numbers import Num, Tok, parse_number, stems
from .units import CLAUSE_END, REFERS_BACK, antecedent_unit, no_noun_after, unit_at, unit_before

__all__ = [
    "ages_in_brackets",
    "bound_verb_before_count",
    "cue_before",
    "elided_unit",
    "list_unit",
    "nisba_adjective",
    "noun_before",
    "same_form",
    "scale_mult",
    "unit_without_noun",
    "victim_after",
]


def bound_verb_before_count(toks: list[Tok], pre: int) -> bool:
    """«تجاوز عدد القتلى 50»: an exceeding verb, then «عدد» and one or two words."""
    for b in (pre - 3, pre - 4):
        if b >= 0 and any(s in EXCEED_VERBS for s in stems(toks[b].key)) \
                and toks[b + 1].key in ("عدد", "عددهم", "عددها") \
                and all(t.text.isalpha() for t in toks[b + 1:pre]):
            return True
    return False


def nisba_adjective(k: str) -> bool:
    """An indefinite nationality or relation adjective: «أفغاني»، «سعودي»."""
    # (accusative too: «وجنديا تشاديا واحدا»)
    return len(k) >= 4 and k.endswith(("ي", "يا")) and not k.startswith("ال") \
        and k not in UNITS_LEX and k not in NOT_NISBA


def scale_mult(t: Tok) -> int | None:
    for s in stems(t.key):
        if s in SCALES:
            return SCALES[s][0]
    return None


def cue_before(toks: list[Tok], pre: int, prior: dict[int, str]) -> str | None:
    """A victim cue right before the number, or up to three words before it in the same
    clause («قتل فيها أكثر من 10»، «وأصيب في الهجوم 9»، «قتل جراء القصف 6»); not past
    punctuation, another number or another quantity."""
    for b in range(pre - 1, max(pre - 5, -1), -1):
        t = toks[b]
        if t.text in CLAUSE_END or t.text[0].isdigit() or b in prior:
            return None
        for s in stems(t.key):
            if s in CUE_UNITS:
                return CUE_UNITS[s]
    return None


def ages_in_brackets(toks: list[Tok], pre: int) -> bool:
    """«وأم لثلاثة أولاد (4 و5 و11 عاما)»: the bracket lists ages, not the count again."""
    for t in toks[pre:pre + 8]:
        if t.text == ")":
            return False
        if t.key in _YEAR_WORDS:
            return True
    return False


_YEAR_WORDS = frozenset({"عاما", "عام", "سنه", "سنوات", "اعوام", "سنة"})


def same_form(a: str, b: str) -> bool:
    """Two nouns of the same form, so both are counted by the number before them: accusative
    singulars («ضابطا وفردا») or sound plurals («مدنيين وعسكريين»), not «16 جنديا ورجل أمن»."""
    return (a.endswith("ا") and b.endswith("ا")) or (a.endswith("ين") and b.endswith("ين"))


def elided_unit(toks: list[Tok], pre: int, j: int, prior: dict[int, str]) -> str | None:
    """A number after a victim verb with its counted noun left out takes the identity unit
    (persons: people, fighters, soldiers...) of the quantity counted just before it in the
    same clause («قتل 29 فردا من الطوارق وجرح أربعة» → people; «قتل 12 جنديا وجرح 20» →
    soldiers), or of the quantity right after it («أسر ستة وقتل 15 من تلك المليشيات» →
    fighters). A victim unit before («سقوط 16 قتيلا وجرح 12») passes nothing on."""
    # the conjunct after it first: «ومقتل 3 وإصابة 5 من القوات الشرعية» (the group named
    # once for both numbers), then the one before, a few words back («قتل 29 فردا من الطوارق
    # وجرح أربعة»: the noun and its complement, then the victim verb)
    n = len(toks)
    if j + 1 < n and toks[j].key[:1] == "و" and any(s in CUE_UNITS for s in stems(toks[j].key)):
        nxt = parse_number(toks, j + 1)
        if nxt is not None:
            got = unit_at(toks, nxt.j, definite=nxt.vague or nxt.scaled)
            if got is not None and got[0] in IDENTITY_UNITS:
                return got[0]
    for b in range(pre - 1, max(pre - 6, -1), -1):
        if b in prior:
            return prior[b] if prior[b] in IDENTITY_UNITS else None
        if toks[b].text in CLAUSE_END:
            break
    return None


def list_unit(toks: list[Tok], pre: int, j: int, prior: dict[int, str]) -> str | None:
    """A bare number after «و» that goes on a list of places or times takes the unit of the
    quantity a few words before in the same clause («144 شخصا في صنعاء و70 في عدن و36 في
    صعدة»، «قتل 20 في تعز و15 في عدن»); one comma may stand between when the number is
    followed by «في» like its model («ثمانية مهاجمين قتلوا في كيروهورا، واثنين في كاتو»)."""
    if pre > 0 and toks[pre - 1].key == "و":
        first = pre - 2
    elif toks[pre].key.startswith("و") and toks[pre].text[0].isalpha():
        first = pre - 1  # «واثنين»: the conjunction glued to a number word
    else:
        return None
    comma_ok = j < len(toks) and toks[j].key == "في"
    for b in range(first, max(first - 8, -1), -1):
        if toks[b].text in CLAUSE_END:
            if comma_ok and toks[b].text in "،,":
                comma_ok = False
                continue
            return None
        if b in prior:
            return prior[b] if prior[b] not in ("other", REFERS_BACK) else None
    return None


def victim_after(toks: list[Tok], j: int, death: bool = True) -> str | None:
    """The victim state after a number: «N في عداد المفقودين»; with ``death`` (no counted
    noun before it: not «20 من مرافقيه مصرعهم»، «الاف من رجاله سقطوا مصابين»), also «N سقطوا
    قتلى» and «لقي 4 حتفهم» (tokens from ``j``)."""
    n = len(toks)
    if death and j < n and toks[j].key in DEATH_NOUNS:
        return "killed"
    if death and j < n and toks[j].key in VICTIM_VERBS:
        return VICTIM_VERBS[toks[j].key]  # «قتلوا ومئات جرحوا»، «العشرات قتلوا»
    if death and j + 1 < n and toks[j].key in FELL_AS:
        noun = toks[j + 1].key
    elif j + 2 < n and toks[j].key == "في" and toks[j + 1].key == "عداد":
        noun = toks[j + 2].key
    else:
        return None
    u = next((UNITS_LEX[s] for s in stems(noun, article=True) if s in UNITS_LEX), None)
    return u if u in ("killed", "wounded", "missing", "detained") else None


def noun_before(toks: list[Tok], num: Num, prior: dict[int, str]) -> tuple[str, int] | None:
    """Stage 4: the unit and first token of the noun a small number word follows («شخص
    واحد»، «جندي أفغاني واحد»), or None. Not a noun counted by the quantity before («نقلنا 48
    مصابا لخمسة مستشفيات»), a verb that looks like a noun («أسر ستة»), nor a number with a
    preposition («لخمسة»)."""
    i = num.i
    if num.digits or num.vague or i == 0 or num.lo > 10 or toks[i].key[0] in "لب" \
            or (i - 1) in prior:
        return None
    at = i - 1
    if at > 0 and nisba_adjective(toks[at].key) and (at - 1) not in prior:
        at -= 1  # «جندي أفغاني واحد»
    noun = toks[at].key
    if noun[0] in "وف" and len(noun) > 3 and noun not in UNITS_LEX:
        noun = noun[1:]  # «وجندي أفغاني واحد»
    u = UNITS_LEX.get(noun) or DUAL_NOUNS.get(noun)
    if noun in ANAPHORIC_NOUNS:
        u = REFERS_BACK  # «واصابة عسكريين اخرين اثنين»: the persons named before
    if at == i - 1 and at > 0 and noun.endswith(("يين", "يون")) and (at - 1) not in prior:
        before = toks[at - 1].key
        before = before[1:] if before[0] in "وف" and before not in UNITS_LEX else before
        if UNITS_LEX.get(before) or DUAL_NOUNS.get(before):
            # «مقتل عسكريين تركيين اثنين»: the noun before the nationality adjective
            u, at = UNITS_LEX.get(before) or DUAL_NOUNS.get(before), at - 1
    if noun in CUE_UNITS and (CUE_UNITS[noun] != u or num.lo != 1):
        # «أسر ستة» "captured six", not "six families"; «وإصابة خمسة» "and wounding
        # five" (a noun of the event before «واحدة» counts: «حالة وفاة واحدة»)
        u = None
    if u is None and at == i - 1 and len(noun) >= 5 and noun.endswith(("يين", "يون")) \
            and not noun.startswith("ال") and noun not in NOT_NISBA:
        u = "people"  # «روسيين اثنين»
    return (u, at) if u is not None else None


def unit_without_noun(toks: list[Tok], pre: int, j: int, unit: str | None, unit_key: str,
                       prior: dict[int, str], subsets: set[int] | None) -> str | None:
    """Stages 6 and 7: the unit of a number with no counted noun, or of a word referring
    back to persons named before.

    A victim noun just before («حصيلة القتلى إلى 50»), else a victim cue («مقتل 20 وإصابة
    30»). The unit is the counted noun, not the verb: «مقتل 25 شخصا» stays people
    (docs/annotation.md). Only when nothing that could be a noun follows: «قتل 38 سائحا»
    counts tourists (other), «قتل 30 في المعارك» counts the killed."""
    if unit == REFERS_BACK:
        # «وجرح 12 آخرين» → the persons named before; «أربعة آخرين في عداد المفقودين»
        unit = victim_after(toks, j, death=False) or antecedent_unit(
            toks, pre, prior, forces=unit_key in FORCE_MEMBERS_OF_PRONOUN, subsets=subsets)
    if unit is None:
        unit = victim_after(toks, j)  # «العشرات سقطوا قتلى»
    if unit is not None or not no_noun_after(toks, j):
        return unit
    unit = unit_before(toks, pre)
    if unit is None and pre > 0 and toks[pre - 1].key in AMONG:
        unit = antecedent_unit(toks, pre - 1, prior)  # «بينهم 99 في حالة خطيرة»
    if unit is None:
        unit = list_unit(toks, pre, j, prior)  # «144 شخصا في صنعاء و70 في عدن»
    if unit is None and pre > 1 and toks[pre - 1].text == "(" and prior.get(pre - 2) \
            not in (None, "other") and not ages_in_brackets(toks, pre):
        # a count in brackets right after a quantity restates it: «حوالى مئة إسباني (116
        # في 5 تموز)»
        unit = prior[pre - 2]
    if unit is None:
        unit = cue_before(toks, pre, prior)
        if unit is not None:
            # «قتل 29 فردا من الطوارق وجرح أربعة»: the noun left out is the one counted
            # beside it (annotators: people, not wounded)
            unit = elided_unit(toks, pre, j, prior) or unit
    return unit
