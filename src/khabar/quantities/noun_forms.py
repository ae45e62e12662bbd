"""Persons by the form of the counted noun, not the lexicon: a sound masculine plural
(«أربعة سائقين»), a فعلاء plural («ثلاثة خبراء»), a nisba singular after a hundred («300
أوكراني»), a plural of persons with the article or a pronoun («الهاربين»، «مساعديه»)."""

from __future__ import annotations

from .lexicon import (
    DUAL_NOUNS,
    NOT_NISBA,
    NUMBER_WORDS,
    UNITS_LEX,
    key,
)
from .lexicon_context import NOT_FUALA, NOT_PERSON_PLURALS
from .numbers import stems

__all__ = ["nisba_singular"]

def _fuala_plural(k: str) -> bool:
    """A broken plural of the pattern فُعَلاء, the plural of persons (فعيل: «علماء»، «خبراء»،
    «زعماء»، «سفراء»، «عملاء»، «حلفاء»; Ryding ch. 8); not the feminine adjectives and names of
    the same shape (NOT_FUALA: «صحراء»، «صنعاء»، «حمراء»), nor أفعلاء («أشياء»، «أسماء»)."""
    # (on the normalised text, which keeps the final hamza that the lookup key drops)
    return len(k) == 5 and k[3] == "ا" and k[4] == "ء" and k[0] not in "اوفبل" \
        and k not in NOT_FUALA and key(k) not in UNITS_LEX


def _sound_plural_noun(k: str) -> bool:
    """An indefinite sound masculine plural we have no entry for: the plural in -ين/-ون is
    that of rational beings (Ryding, ch. 8 "sound masculine plural"), so it counts persons
    («أربعة سائقين»، «10 مرشحين»، «فائزين»). Not: a word with the conjunction و, an
    imperfect verb («يعملون»، «تعملون»), a broken plural of the pattern فعاليل («قوانين»،
    «ملايين»: six letters, alef third; not the participles «مقاتلين»، «مراقبين») or one listed in NOT_PERSON_PLURALS, the dual of a unit
    («دولارين») or of a feminine noun («طائرتين»)."""
    if len(k) < 6 or not k.endswith(("ين", "ون")) or k.startswith(_NOT_NOUN_START):
        return False
    if any(s in NUMBER_WORDS for s in stems(k)):
        return False  # «بخمسين»
    if (k.startswith("ت") and k.endswith("ون")) or k.endswith(("تين", "تان")):
        return False
    if (len(k) == 6 and k[2] == "ا") or k in NOT_PERSON_PLURALS or k in NUMBER_WORDS:
        return False
    return k[:-2] not in UNITS_LEX and k not in DUAL_NOUNS


def nisba_singular(k: str) -> bool:
    """A singular nisba noun after a number of a hundred or more (genitive singular: «مئة
    إسباني»، «300 أوكراني»، «ألف مصري»): persons. Not: a word in م (nouns of place that end
    in ى, folded to ي: «مستشفى»، «منتدى»), a broken plural of the pattern فعالي («أراضي»،
    «فتاوى»: five letters, alef third), an adverb (NOT_NISBA), a known unit."""
    return (len(k) >= 5 and k.endswith("ي") and k.isalpha() and not k.startswith(_NOT_NOUN_START)
            and not k.startswith("م") and not (len(k) == 5 and k[2] == "ا")
            and k not in NOT_NISBA and k not in UNITS_LEX
            and not any(s in _BOUND_WORDS for s in stems(k)))  # «2015 بحوالي»


#: Starts of words that are no counted noun of their own: the article, a proclitic with the
#: article, the conjunction و, the imperfect ي of a verb («يعملون»).
_NOT_NOUN_START = ("ال", "لل", "بال", "كال", "فال", "وال", "و", "ي")
#: Approximation and bound words that end in ي («بحوالي»).
_BOUND_WORDS = frozenset(key(w) for w in ("حوالي", "حوالى", "زهاء", "تقريبا"))

def _person_plural(k: str) -> bool:
    """A sound masculine plural, maybe with a pronoun: «الهاربين»، «مساعديه»، «مرافقيه»."""
    if k.startswith(("ال", "لل")):
        # no pronoun after the article
        return ((len(k) >= 7 and k.endswith("ين")) or (len(k) >= 8 and k.endswith("ون"))) \
            and k[2:] not in NOT_PERSON_PLURALS
    if len(k) >= 6 and k.endswith(("ين", "ون")) and k not in NOT_PERSON_PLURALS:
        return True
    # a construct plural with a pronoun: «مساعدي» + ه (ة folds to ه too: «عسكرية» is no
    # plural, hence the longer base)
    return any(k.endswith(x) and len(k) - len(x) >= 6 and k[: len(k) - len(x)].endswith("ي")
               for x in ("ه", "ها", "هم"))
