"""The unit of a quantity: the counted noun after the number, a currency and its country,
a victim noun before it («حصيلة القتلى إلى 50»). Word lists: :mod:`.lexicon`.

The units read before the number live in :mod:`.antecedents`, the persons known by the
noun's form in :mod:`.noun_forms`; their public names are importable from here too."""

from __future__ import annotations

from .antecedents import CLAUSE_END, REFERS_BACK, antecedent_unit, unit_before
from .currency import CurrencyContext, currency_singular
from .lexicon import (
    ANAPHORIC_NOUNS,
    ARMED_GROUP_GENITIVES,
    GROUP_MEMBER_NOUNS,
    LEADER_NOUNS,
    NATIONALITIES,
    NOT_NISBA,
    PERCENT_WORDS,
    STATE_FORCE_GENITIVES,
    UNITS_LEX,
    key,
)
from .lexicon_context import (
    AFFILIATED,
    BEFORE_PARTITIVE,
    FIELD,
    FORCE_MEMBERS,
    MEMBERS_OF_PRONOUN,
    PARTICLES,
    SUPERLATIVES,
)
from .noun_forms import (
    _fuala_plural,
    _person_plural,
    _sound_plural_noun,
    nisba_singular,
)
from .numbers import Tok, match_after, stems

__all__ = [
    "CLAUSE_END", "REFERS_BACK", "CurrencyContext", "antecedent_unit", "currency_singular",
    "nisba_singular", "no_noun_after", "noun_stems", "unit_at", "unit_before",
]


def unit_at(toks: list[Tok], j: int, definite: bool,
            partitive: bool = False) -> tuple[str, str, int] | None:
    """(unit, lexicon key, next token) of the counted noun at token ``j``; «من» may come
    first («آلاف من اللاجئين»); ``definite`` allows ال (after vague/scale words). The unit
    is :data:`REFERS_BACK` for words that refer back to persons («آخرين»، «منهم»)."""
    n = len(toks)
    if j >= n:
        return None
    if toks[j].key == "من" and j + 1 < n:
        return _partitive_unit(toks, j + 1)
    pk = match_after(toks, j, PERCENT_WORDS)
    if pk:
        return "percent", "%", j + pk
    if toks[j].key in SUPERLATIVES and j + 1 < n and toks[j + 1].key.startswith("ال"):
        got = unit_at(toks, j + 1, definite=True)  # «عدد من كبار المسؤولين»
        if got is not None:
            return got
    if toks[j].key in ANAPHORIC_NOUNS or toks[j].key in MEMBERS_OF_PRONOUN:
        return REFERS_BACK, toks[j].key, j + 1  # «وجرح 12 آخرين»، «مقتل 16 منهم»
    if j + 1 < n:  # two-word units: «وحدة سكنية»، «رجل أمن»
        two = toks[j].key + " " + toks[j + 1].key
        for s in noun_stems(two, definite):
            if s in UNITS_LEX:
                return UNITS_LEX[s], s, j + 2
    for s in noun_stems(toks[j].key, definite):
        if s in UNITS_LEX or s in LEADER_NOUNS:
            return _lexicon_unit(toks, j, s)
        got = _construct_unit(toks, j, s, partitive)
        if got is not None:
            return got
    return _pattern_unit(toks, j, definite, partitive)


def _partitive_unit(toks: list[Tok], g: int) -> tuple[str, str, int] | None:
    """The unit of the noun after «من» (token ``g``): a group («أربعة من الجيش الوطني»), a
    definite or construct plural («آلاف من اللاجئين»، «سبعة من مسلحي الميليشيات»), or
    persons named before («14 من الهاربين»، «ثلاثة من مساعديه»)."""
    n = len(toks)
    if toks[g].key in BEFORE_PARTITIVE and g + 1 < n:
        g += 1  # «15 من تلك المليشيات»، «3 من أبرز قيادات الحوثيين»
    group = _group_unit(toks[g].key)
    if group is not None:
        return group, toks[g].key, _after_group(toks, g)  # «أربعة من الجيش الوطني»
    if toks[g].key.startswith(("ال", "لل")):
        got = unit_at(toks, g, definite=True, partitive=True)
        if got is None and _person_plural(toks[g].key):
            return REFERS_BACK, toks[g].key, g + 1  # «14 من الهاربين»
        return got
    # «سبعة من مسلحي الميليشيات»: a construct plural after «من»
    got = unit_at(toks, g, definite=False)
    if got is None and _person_plural(toks[g].key):
        return REFERS_BACK, toks[g].key, g + 1  # «ثلاثة من مساعديه»
    return got if got is not None and got[0] != "percent" else None


def _lexicon_unit(toks: list[Tok], j: int, s: str) -> tuple[str, str, int]:
    """The unit of the noun at token ``j`` whose stem ``s`` is in the lexicon (or a leader
    noun), refined by a group after it («عناصر الأمن»), the group its leaders lead, a state
    force («12 عنصرا آخر من قوات النظام») or «متفجرة» (barrel bombs)."""
    n = len(toks)
    unit = UNITS_LEX.get(s, REFERS_BACK)
    if s in GROUP_MEMBER_NOUNS and j + 1 < n:
        # «15 من أفراد الميليشيا»، «عناصر الأمن»، «خمسة أفراد من الحوثيين»: the group
        # joins the span
        g = j + 2 if toks[j + 1].key == "من" and j + 2 < n else j + 1
        group = _group_unit(toks[g].key)
        if group is not None:
            if s == _MEN and group == "soldiers":
                return "people", s, _after_group(toks, g)  # «ثلاثة من رجال الشرطة»
            return group, s, _after_group(toks, g)
        group = _group_after_modifiers(toks, g)
        if group is not None:
            # «العشرات من الأفراد الموالين للرئيس السابق والحوثيين»
            return group, s, j + 1
    elif s in LEADER_NOUNS:
        unit = _leaders_unit(toks, j + 1)
    if s in FORCE_MEMBERS and s != _MEN and _state_force_after(toks, j + 1):
        unit = "soldiers"  # «12 عنصرا آخر من قوات النظام»
    if unit == "barrel" and j + 1 < n and toks[j + 1].key.startswith(("المتفجر", "متفجر")):
        unit = "other"  # «البراميل المتفجرة»، «28 برميلا متفجرا» are bombs
    return unit, s, j + 1


def _construct_unit(toks: list[Tok], j: int, s: str, partitive: bool) -> tuple[str, str, int] | None:
    """The unit of a construct plural or a noun with a pronoun (stem ``s`` at token ``j``):
    «مقاتلي التنظيم»، «مواطنيها»، «عسكريينا»، «اثنين من أطفاله»، «10 من قياديي حزب الإصلاح»."""
    n = len(toks)
    for base in (s, *(s[:-len(x)] for x in ("هم", "ها", "هن", "ه", "نا") if s.endswith(x))):
        # construct plural «مقاتلي التنظيم», with a pronoun «مواطنيها»، «عسكريينا»
        if base.endswith("ي") and base + "ن" in UNITS_LEX:
            return UNITS_LEX[base + "ن"], base + "ن", j + 1
        if base == s and base.endswith("ي") and j > 0 and toks[j - 1].key == "من" \
                and j + 1 < n and toks[j + 1].text.isalpha() and _sound_plural_noun(base + "ن"):
            # the construct of a sound plural after «من»: «300 من مؤيدي جماعة الإخوان»،
            # «خمسة من خاطفي الرهائن»
            return "people", base + "ن", j + 1
        if base != s and partitive is False and j > 0 and toks[j - 1].key == "من" \
                and UNITS_LEX.get(base) in ("children", "people", "families"):
            return UNITS_LEX[base], base, j + 1  # «اثنين من أطفاله»
        if base == s and base.endswith("ي") and base + "ن" in LEADER_NOUNS:
            # «10 من قياديي حزب الإصلاح»: a construct names whose leaders they are
            u = _leaders_unit(toks, j + 1)
            if u == REFERS_BACK and j + 1 < n and toks[j + 1].text.isalpha():
                u = "people"
            return u, base + "ن", j + 1
    return None


def _pattern_unit(toks: list[Tok], j: int, definite: bool,
                  partitive: bool) -> tuple[str, str, int] | None:
    """Persons by the noun's form, not the lexicon: a nationality, a nisba noun, a sound
    plural or a فعلاء plural of persons."""
    k = toks[j].key
    if k in NATIONALITIES:
        return "people", k, j + 1  # «1.3 مليون يمني»
    # a nisba noun counts people: «157 يمنيا»، «أربعة عراقيين» (not adverbs «سنويا»)
    # (not a broken plural of the pattern فعايا: «خلايا»، «قضايا»، «هدايا»: alef before يا)
    if (len(k) >= 5 and k.endswith(("يين", "يون", "يا")) and k not in NOT_NISBA
            and not (k.endswith("يا") and k[-3] == "ا")
            and (definite or not k.startswith("ال"))):
        return "people", k, j + 1
    if definite and not partitive and k.startswith("ال") and _person_plural(k):
        return "people", k, j + 1  # «عدد من المؤرخين»، «عشرات المحسنين»
    if _sound_plural_noun(k):
        return "people", k, j + 1  # «أربعة سائقين»، «10 مرشحين»
    w = toks[j].text
    if _fuala_plural(w[2:] if definite and w.startswith("ال") else w):
        return "people", k, j + 1  # «ثلاثة خبراء»، «عشرات العلماء»
    return None



#: «رجال الشرطة/الأمن» "policemen, security men": people, as the gold annotators count them
#: (tests/gold tuning part: «ثلاثة من رجال الشرطة» → people); «عناصر/أفراد الأمن» stay
#: soldiers.
_MEN = key("رجال")


def _group_after_modifiers(toks: list[Tok], g: int) -> str | None:
    """An armed group or a force named after up to three definite modifiers of a member
    noun («الأفراد الموالين للرئيس السابق والحوثيين»); none past a particle or a comma."""
    for t in toks[g:g + 4]:
        if not t.text.isalpha() or not t.key.startswith(("ال", "لل", "وال")):
            return None
        group = _group_unit(t.key)
        if group is not None:
            return group
    return None


def _leaders_unit(toks: list[Tok], e: int) -> str:
    """Leaders, escorts, followers: of an armed group or a force named within three words
    («عشرة من القادة السابقين لطالبان»), of anything else named after them («قيادات
    الإصلاح»، «قيادات من حزب») → people; alone («22 مسلحا بينهم أربعة قادة») the persons
    named before decide (:data:`REFERS_BACK`)."""
    for t in toks[e:e + 3]:
        g = _group_unit(t.key)
        if g is not None:
            return g
    if e < len(toks) and toks[e].key in FIELD:
        return "fighters"  # «30 قائدا ميدانيا»: field commanders of an armed group
    if e < len(toks) and (toks[e].key == "من" or toks[e].key.startswith("ال")):
        return "people"
    return REFERS_BACK


def _group_unit(k: str) -> str | None:
    """fighters / soldiers for an armed group or a state force named after «من» or a member
    noun («من الحوثيين»، «من المقاومة»، «من الجيش»، «أفراد الأمن»)."""
    for s in stems(k):
        if s in STATE_FORCE_GENITIVES:
            return "soldiers"
        if s in ARMED_GROUP_GENITIVES:
            return "fighters"
    return None


def _after_group(toks: list[Tok], g: int) -> int:
    """The token after a group named after «من», with its construct or adjective («من
    الجيش الوطني»، «من قوات الأمن»)."""
    n = len(toks)
    e = g + 1
    if e < n and toks[e].key.startswith("ال") and toks[e].text.isalpha():
        e += 1
    return e


def _state_force_after(toks: list[Tok], e: int) -> bool:
    """«من قوات/الجيش» right after the noun, or after «آخر/آخرين»."""
    n = len(toks)
    if e < n and toks[e].key in ANAPHORIC_NOUNS:
        e += 1
    if e + 2 < n and toks[e].key == "من" and toks[e + 1].key in AFFILIATED:
        e += 1  # «488 عنصرا من منتسبي قوات الأمن»
        return any(s in STATE_FORCE_GENITIVES for s in stems(toks[e + 1].key))
    return e + 1 < n and toks[e].key == "من" and any(
        s in STATE_FORCE_GENITIVES for s in stems(toks[e + 1].key))


def noun_stems(k: str, definite: bool) -> list[str]:
    """The counted noun right after a number has no conjunction or preposition («20
    واصابة» is "20 and wounding"); only the article when ``definite`` («عشرات القتلى»)."""
    if definite and k.startswith("ال") and len(k) > 3:
        return [k, k[2:]]
    return [k]


def no_noun_after(toks: list[Tok], j: int) -> bool:
    if j >= len(toks):
        return True
    t = toks[j]
    if not t.text[0].isalpha():
        return True  # punctuation or another number
    # a particle, a conjunction starting a new clause («واصيب»), a prepositional phrase
    # («بجروح»، «لحظة»)
    k = t.key
    if not k:
        return True  # a token that folds to nothing (a lone hamza «ء») is no noun
    # (a counted noun never starts with the preposition ل: «20 لأودينيزي»)
    # (an unknown word with the prefix ي of a verb: «وقتلت أربعة يشتبه بأنهم»)
    # (an unknown word ending in the «وا» of a plural past verb: «بينهم نحو 300 عادوا»)
    return (k in PARTICLES or k[0] in "وفل"
            or (k[0] == "ب" and (k[1:].startswith("ال") or k in ("بجروح", "بجراح")))
            or (k[0] == "ي" and len(k) >= 4 and k not in UNITS_LEX and k not in NATIONALITIES)
            or (k.endswith("وا") and len(k) >= 4 and not k.startswith("ال")
                and unit_at(toks, j, definite=False) is None))

