"""Saudi administrative centres the index lacks, read by the unit they belong to: «بمركز
المسيال بقطاع ظهران الجنوب»، «مركز حلي التابع لمحافظة القنفذة»، «مركز الخيس التابعة
للمجمعة».

A Saudi governorate is divided into centres («مراكز»: villages and their lands), which
the news names when a border guard dies or rain falls there; GeoNames and WOF hold few of
them. «مركز» alone is a centre of anything («مركز التدريب»، «مركز الملك عبدالله»), so a
name after it counts only when the phrase says which unit holds it: «التابع/التابعة ل...»
or «ب/في» + «قطاع/محافظة/منطقة» right after the name (one word, and a compass adjective:
«العرضية الشمالية»). The record is made by ``khabar.places.local`` at the holding unit.
"""

from __future__ import annotations

from collections.abc import Sequence, Set

from ..segment import Token
from .lexicon import DIRECTIONS, PLACE_CUES, fold_all

__all__ = ["centre_names"]

_CENTRE = fold_all("مركز")
#: «التابع لمحافظة»، «التابعة للمجمعة» (belonging to)
_BELONGS = fold_all("التابع التابعة")
#: «بقطاع ظهران الجنوب»، «بمحافظة القنفذة»، «في محافظة بارق»: the holding unit
_UNITS = fold_all("قطاع محافظة منطقة")
#: Words after «مركز» that make it a centre of something, not a place: services, bodies,
#: people's titles (from 3,000 SaudiNewsNet articles' words after «مركز», seeded sample)
_NOT_NAMES = fold_all(
    "الملك الأمير الامير الشيخ شرطة الشرطة الأمن الامن التدريب التحكم القيادة العمليات "
    "الأبحاث الابحاث أبحاث الدراسات دراسات الرعاية التنمية الخدمات خدمة المعلومات "
    "الإسعاف الاسعاف الدفاع الصحي صحي طبي الطبي الإعلام الاعلام التأهيل الإيواء الاستقبال "
    "الدعوة الإرشاد الحوار الثقافة الثقافي التسوق تجاري التجاري المعارض الصورة الإبداع "
    "النقاهة الأورام العلاج الطوارئ القلب الكلى السكري الأطفال الولادة الأسنان العيون "
    "الإعدام التوقيف الاحتجاز الإصلاح مكافحة الدراسة الاختبار الاختبارات القياس قياس "
    "البحوث التميز الوطني وطني العالمي عالمي الدولي دولي الإقليمي الرئيسي رئيسي "
    "الحدود حرس السيطرة المراقبة الرصد الزلازل الأرصاد التنسيق الاتصال الاتصالات "
    "المدينة المنطقة المحافظة الحي القرية"
)


def _name_ok(w: str) -> bool:
    # «مركز انتخابي»، «مركز صحي»: an indefinite nisba adjective, no name
    return (len(w) > 1 and w not in _NOT_NAMES and w not in PLACE_CUES and w not in DIRECTIONS
            and not w.isdigit() and not w.endswith(("ها", "هم", "نا"))
            and not (not w.startswith("ال") and w.endswith(("ي", "يه")) and len(w) > 4))


def _holder(folded: Sequence[str], j: int) -> int | None:
    """Token of the holding unit's name when the phrase at token ``j`` says which unit
    holds the centre («التابع لمحافظة X» -> the token after «التابع»), else None."""
    if j >= len(folded):
        return None
    w = folded[j]
    if w in _BELONGS and j + 1 < len(folded) and folded[j + 1].startswith("ل"):
        return j + 1
    if len(w) > 3 and w[0] == "ب" and w[1:] in _UNITS:
        return j  # «بقطاع»
    if w == "في" and j + 1 < len(folded) and folded[j + 1] in _UNITS:
        return j + 1
    return None


def centre_names(toks: Sequence[Token], folded: Sequence[str],
                 covered: Set[int]) -> list[tuple[int, int, int]]:
    """``(first token, end token, holder token)`` of each centre named after «مركز» (the
    kind word included) and held by a unit the phrase names."""
    out: list[tuple[int, int, int]] = []
    for i, w in enumerate(folded[:-2]):
        bare = w[1:] if len(w) > 4 and w[0] in "وبل" and w[1:] in _CENTRE else w
        k = i + 1
        if bare not in _CENTRE or k in covered or toks[k].sent != toks[i].sent:
            continue
        if not toks[k].is_arabic or not _name_ok(folded[k]):
            continue
        end = k + 1
        if end < len(folded) and folded[end] in DIRECTIONS and folded[end].startswith("ال"):
            end += 1  # «مركز العرضية الشمالية»
        holder = _holder(folded, end)
        if holder is not None and toks[holder].sent == toks[i].sent:
            out.append((i, end, holder))
    return out
