"""Units read before the number: the persons a referring word points back to («وجرح 12
آخرين»، «مقتل 16 منهم»: :func:`antecedent_unit`) and a victim noun before it («حصيلة القتلى
إلى 50»: :func:`unit_before`). Word lists: :mod:`.lexicon`."""

from __future__ import annotations

from .lexicon import (
    DUAL_NOUNS,
    GROUP_WORDS,
    IDENTITY_UNITS,
    NAME_HEADS,
    NOT_ANTECEDENT,
    STATE_FORCE_GENITIVES,
    UNITS_LEX,
)
from .numbers import Tok, stems

__all__ = ["CLAUSE_END", "REFERS_BACK", "antecedent_unit", "unit_before"]

#: Placeholder unit of a word that refers back to persons («آخرين»، «منهم»، «من الهاربين»):
#: the extractor replaces it by :func:`antecedent_unit`.
REFERS_BACK = "?"

_VICTIM_UNITS = frozenset({"killed", "wounded", "displaced", "refugees", "detained", "missing",
                           "people", "civilians", "children", "soldiers", "fighters"})
#: Tokens that end a clause: the search for a noun before a number stops there.
CLAUSE_END = frozenset(".،,؛;:!؟?()[]«»\"'\n")


def _quantity_just_before(toks: list[Tok], b: int, prior: dict[int, str]) -> str | None:
    """The identity unit of a quantity ending at most five tokens before token ``b`` in the
    same clause: a group named there belongs to that quantity's phrase («قتل 21 من عناصر
    الجيش والحشد الشعبي وجرح 24 آخرين»: the 24 are the 21's kind, soldiers)."""
    for c in range(b - 1, max(b - 6, -1), -1):
        if c in prior:
            return prior[c] if prior[c] in IDENTITY_UNITS else None
        if toks[c].text in CLAUSE_END:
            return None
    return None


def antecedent_unit(toks: list[Tok], pre: int, prior: dict[int, str],
                    forces: bool = False, subsets: set[int] | None = None) -> str:
    """The unit of the persons a referring word points back to: the nearest person noun
    or armed-group word in the 40 tokens before ``pre`` («مقتل 21 مدنيا وجرح عشرة آخرين»
    → civilians; «تعزيزات حوثية ... مقتل 16 منهم» → fighters). ``prior`` maps the last token
    of each quantity found before to its unit (a referring quantity passes its unit on);
    a group named right after a quantity is part of its phrase and passes that quantity's
    unit on. With ``forces`` (a member noun with a pronoun: «أفرادهما»), a state force
    named before counts too («أهداف للجيش والشرطة» → soldiers). Victim nouns («قتلى») say what happened, not who: they are passed over. Default
    ``people`` (unnamed persons)."""
    for b in range(pre - 1, max(pre - 41, -1), -1):
        if subsets and b in subsets:
            continue  # «قتل 20 شخصا بينهم 5 أطفال وجرح 30 آخرين»: the part is passed over
        if b in prior:
            if prior[b] in IDENTITY_UNITS:
                return prior[b]
            continue
        t = toks[b]
        if not t.text[0].isalpha():
            continue
        if b > 0 and any(s in NAME_HEADS for s in stems(toks[b - 1].key)):
            continue  # «حزب العمال»: a name, not workers
        for s in stems(t.key, article=True):
            if s in NOT_ANTECEDENT:
                break
            if s in GROUP_WORDS:
                return _quantity_just_before(toks, b, prior) or GROUP_WORDS[s]
            if forces and s in STATE_FORCE_GENITIVES:
                return "soldiers"  # «أهداف للجيش والشرطة وقتلوا مئات من أفرادهما»
            u = UNITS_LEX.get(s) or DUAL_NOUNS.get(s)  # «قتل جنديان وأصيب اثنان آخران»
            if u in IDENTITY_UNITS:
                return u
    return "people"


def unit_before(toks: list[Tok], pre: int) -> str | None:
    """A definite victim noun within three tokens before, in the same clause; or a victim
    noun after «حصيلة» within six («ارتفعت حصيلة قتلى الإعصار في تايوان إلى ستة»)."""
    # (up to 15 tokens back for a toll in the same clause: «حصيلة القتلى منذ بدء المواجهات بين
    # مسلحي الحوثي والمقاومة الشعبية في المدينة بلغت ألفاً»)
    for b in range(pre - 1, max(pre - 16, -1), -1):
        t = toks[b]
        if t.text in CLAUSE_END or (b < pre - 6 and t.text[0].isdigit()):
            return None
        # «حصيلة القتلى»، «عدد القتلى ... إلى 60» (the total, then the victim noun)
        toll = b > 0 and any(s in ("حصيله", "عدد") for s in stems(toks[b - 1].key))
        # («قتلى بالعشرات»: an indefinite victim noun right before «بالـ» + a vague number)
        glued = b == pre - 1 and toks[pre].key.startswith("بال")
        if b < pre - 6 and not toll:
            continue
        if not toll and not glued and (b < pre - 3 or not t.key.startswith(("ال", "وال", "لل"))):
            continue
        for s in stems(t.key, article=True):
            u = UNITS_LEX.get(s)
            if u in _VICTIM_UNITS:
                return u
    return None
