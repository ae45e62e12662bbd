"""Verbs of going (part of the filters of :mod:`khabar.events.filters`): they report forces
moving only with the forces next to them («وصلت أول كتيبة إلى الجبهة» but not «وصلت طائرة إلى
باريس»), and not when the goal is a scene or an abstract point («توجهت وحدات الأمن إلى مسرح
العملية»، «وصلت المفاوضات إلى نتيجة»). Split out of :mod:`khabar.events.objects`."""

from __future__ import annotations

from collections.abc import Sequence

from ..segment import Token
from .lexicon import Lexicon, ffold
from .triggers import Mention

__all__ = ["ADVANCING", "MOVING", "civil_mover", "end_of", "to_a_scene"]

# Verbs of going that report forces moving only with the forces next to them.
# Twelfth pass (events-7e): forces advancing towards a place («تقدمت القوات العراقية باتجاه حي
# التأميم»، «واصلت المقاومة تقدمها شمالا باتجاه محافظة لحج»); whoever advances is armed (any armed
# word of the context list next to the verb: the Resistance, the Huthis), not only a forces noun.
ADVANCING = frozenset({"تقدم نحو", "تقدم باتجاه", "تقدم صوب"})
MOVING = frozenset({"وصل الي", "اتجه الي", "توجه الي"}) | ADVANCING

_CIVIL_MOVERS = frozenset(ffold(w) for w in (
    "وفد", "وفدا", "الوفد", "وزير", "وزراء", "الوزير", "رئيس", "الرئيس", "مسؤول", "مسؤولون", "السفير", "سفير", "زعيم",
    "المبعوث", "مبعوث", "وزيرة", "الامين"))


# Nouns of forces on the move (the subject of a verb of going; «طائرة» is not one: planes
# land at airports every day).
_FORCES_NOUNS = frozenset(ffold(w) for w in (
    "قوات", "قواتها", "القوات", "كتيبة", "الكتيبة", "كتائب", "الكتائب", "تعزيزات", "التعزيزات", "وحدات", "الجيش",
    "جيش", "مليشيا", "ميليشيا", "مليشيات", "ميليشيات", "المليشيات", "الميليشيات", "مسلحين", "مسلحون", "المسلحين",
    "مقاتلين", "مقاتلون", "المقاتلين", "دبابات", "الدبابات", "آليات", "الآليات", "رتل", "أرتال", "لواء", "اللواء",
    "جنود", "الجنود", "الجنود"))


# Subjects of a verb of going that are amounts (events-4d audit A, the class «a number
# reached»): a toll, a count or a share «reaches» a figure; right before or after the verb.
_AMOUNTS = frozenset(ffold(w) for w in (
    "عدد", "حصيلة", "نسبة", "مجموع", "إجمالي", "حجم", "قيمة", "سعر", "أسعار", "معدل", "درجة", "درجات"))


def end_of(tokens: Sequence[Token], m: Mention) -> int:
    """The token after the verb's phrase («إلى» included), bounded by the text."""
    return min(len(tokens), (m.tail if m.tail >= 0 else m.last) + 1)


def _armed_near(m: Mention, start: int, sent_classes: list[frozenset[str]]) -> bool:
    """An armed word of the context list within six words before the verb or three after it."""
    lo, hi = max(start, m.first - 6), min(start + len(sent_classes), m.last + 4)
    return any("armed" in sent_classes[k - start] for k in range(lo, hi))


def civil_mover(lex: Lexicon, tokens: Sequence[Token], m: Mention, start: int,
                 sent_classes: list[frozenset[str]]) -> bool:
    """Is a verb of going said of anything but forces? A delegation or an official, or no
    forces noun within six words before or three after it («وصلت طائرة إلى باريس»، «وصلت
    المساعدات»); an amount as its subject («وصل عدد القتلى إلى»); a present verb needs the
    forces right before it («طقم عسكري يتجه» is a vehicle on its way, background)."""
    lo = max(start, m.first - 6)
    words = [ffold(tokens[k].norm) for k in range(lo, m.first)]
    if any(w in _CIVIL_MOVERS or (w[:1] == "و" and w[1:] in _CIVIL_MOVERS) for w in words):
        return True
    if any(ffold(tokens[k].norm) in _AMOUNTS for k in range(max(start, m.first - 1), min(end_of(tokens, m), m.first + 3))):
        return True  # «وصل عدد قتلى الجيش إلى 50»، «وصلت حصيلة القتلى إلى»: a number grows, nobody moves
    near = words + [ffold(tokens[k].norm) for k in range(m.first, min(len(tokens), m.last + 4))]
    if not any(w in _FORCES_NOUNS or (w[:1] == "و" and w[1:] in _FORCES_NOUNS) for w in near) \
            and not (m.entry.form in ADVANCING and _armed_near(m, start, sent_classes)):
        return True
    if m.tense == "present":
        return not any("armed" in sent_classes[k - start] for k in range(max(start, m.first - 3), m.first))
    return False


# Where police and experts go after an incident: not forces moving («توجهت وحدات الأمن إلى
# مسرح العملية»، «توجهوا إلى موقع السيارة»).
_SCENES = frozenset({"مكان", "موقع", "مسرح", "عين", "المستشفي", "مستشفي", "مقر", "منزل", "المكان"})
# Abstract goals of a verb of going (events-4d audit A, the class «reached the point of»: «الأمر
# الذي وصل إلى حد إحباط الجيش»، «وصلت المفاوضات إلى نتيجة»، «توجه إلى القضاء»): a degree,
# a stage, an outcome, a number; never a place forces move to. Folded forms, with or without ال.
_ABSTRACT_GOALS = frozenset(ffold(w) for w in (
    "حد", "درجة", "مرحلة", "مستوى", "ذروة", "نتيجة", "نتائج", "قناعة", "حل", "حلول", "تسوية", "اتفاق",
    "توافق", "أعلى", "أدنى", "رقم", "نسبة", "القضاء", "المحكمة", "صناديق"))


def to_a_scene(tokens: Sequence[Token], m: Mention, end: int) -> bool:
    """Is the goal of a verb of going a scene (police go to the spot) or abstract (a point, a
    stage, an outcome, the courts, the polls)? Not forces moving then."""
    k = (m.tail if m.tail >= 0 else m.last) + 1
    if k >= end:
        return False
    w = ffold(tokens[k].norm)
    abstract = w in _ABSTRACT_GOALS or (w[:2] == "ال" and w[2:] in _ABSTRACT_GOALS)
    # forces advance on a headquarters («تقدمت باتجاه مقر الرئاسة»): a scene is a goal of going only
    return abstract or (w in _SCENES and m.entry.form not in ADVANCING)
