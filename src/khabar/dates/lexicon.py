"""Date vocabulary: month names of every regional variant, weekdays, Hijri months.

Written in ordinary spelling; :mod:`khabar.dates.patterns` normalises every entry with
:func:`khabar.normalize.normalize_text` before building its regexes, so hamza forms and alef
maqsura need not be listed twice.

Sources: the month-name systems are those listed in the Arabic Wikipedia article «أشهر السنة
الميلادية» (Syriac/Levantine names used in Syria, Lebanon, Jordan, Palestine and Iraq; names
from Latin used in Egypt, Sudan and the Gulf; French-derived names of Tunisia and Algeria;
the Moroccan variants يوليوز، غشت، شتنبر، نونبر، دجنبر), checked against spellings that occur
in ../shared/data/news/ (ANT, Jawhara FM: جانفي، فيفري، أفريل، ماي، جوان، جويلية، أوت).
Hijri month names: Arabic Wikipedia «التقويم الهجري». English abbreviations: RFC 822 §5.
"""

from __future__ import annotations

__all__ = [
    "AGO_NUMBERS",
    "AGO_UNITS",
    "EN_MONTHS",
    "GREGORIAN_MONTHS",
    "HIJRI_MONTHS",
    "WEEKDAYS",
    "EN_WEEKDAYS",
]

#: Gregorian month names → month number (1–12). Longer names must win over their prefixes;
#: the pattern builder sorts them by length.
GREGORIAN_MONTHS: dict[str, int] = {
    # Levantine / Iraqi (Syriac-derived)
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6,
    "تموز": 7, "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
    # without the article, as some outlets write them («كانون أول/ديسمبر»)
    "كانون ثاني": 1, "تشرين أول": 10, "تشرين ثاني": 11, "كانون أول": 12,
    # Egyptian / Gulf (from Latin)
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "ابريل": 4, "مايو": 5,
    "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "أغسطوس": 8,
    "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    # Tunisia / Algeria (from French)
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "جويلة": 7,
    "أوت": 8,
    # Morocco
    "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
}

#: Month names that are also common words («مارس» practised, «ماي», «آب» father...): taken
#: as a month only next to a day number, a year, «شهر», or another month name.
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"مارس", "ماي", "آب", "أوت", "مايو", "شباط"})

#: Hijri month names → month number.
HIJRI_MONTHS: dict[str, int] = {
    "محرم": 1, "صفر": 2, "ربيع الأول": 3, "ربيع الاول": 3, "ربيع الآخر": 4,
    "ربيع الثاني": 4, "جمادى الأولى": 5, "جمادى الأول": 5, "جمادى الآخرة": 6,
    "جمادى الثانية": 6, "جمادى الآخر": 6, "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10,
    "ذو القعدة": 11, "ذي القعدة": 11, "ذو الحجة": 12, "ذي الحجة": 12,
}

#: Weekdays (with the article) → Python weekday number (Monday = 0).
WEEKDAYS: dict[str, int] = {
    "الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4,
    "السبت": 5, "الأحد": 6,
}

#: English month names and RFC 822 abbreviations → month number.
EN_MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

EN_WEEKDAYS: tuple[str, ...] = (
    "mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday",
)

#: Ordinal day words («الحادي عشر من أغسطس») → day number. Masculine ordinals (اليوم is
#: masculine), as written in Arabic Wikinews.
ORDINAL_DAYS: dict[str, int] = {
    "غرة": 1, "الأول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6,
    "السابع": 7, "الثامن": 8, "التاسع": 9, "العاشر": 10, "الحادي عشر": 11,
    "الثاني عشر": 12, "الثالث عشر": 13, "الرابع عشر": 14, "الخامس عشر": 15,
    "السادس عشر": 16, "السابع عشر": 17, "الثامن عشر": 18, "التاسع عشر": 19,
    "العشرين": 20, "الحادي والعشرين": 21, "الثاني والعشرين": 22, "الثالث والعشرين": 23,
    "الرابع والعشرين": 24, "الخامس والعشرين": 25, "السادس والعشرين": 26,
    "السابع والعشرين": 27, "الثامن والعشرين": 28, "التاسع والعشرين": 29, "الثلاثين": 30,
    "الحادي والثلاثين": 31,
}


#: «قبل أربعة أيام» "four days ago": the number words before a unit of time (masculine and
#: feminine forms; standard grammar tables, as in khabar.quantities.lexicon).
AGO_NUMBERS: dict[str, int] = {
    "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "أربع": 4, "خمسة": 5, "خمس": 5, "ستة": 6, "ست": 6,
    "سبعة": 7, "سبع": 7, "ثمانية": 8, "ثماني": 8, "تسعة": 9, "تسع": 9, "عشرة": 10, "عشر": 10,
}
#: Units of time after «قبل» (singular = one, dual = two, plural after a number) → (unit of
#: the relative value, count for the singular/dual forms, or 0 when a number must precede).
AGO_UNITS: dict[str, tuple[str, int]] = {
    "يوم": ("day", 1), "يومين": ("day", 2), "أيام": ("day", 0),
    "أسبوع": ("week", 1), "أسبوعين": ("week", 2), "أسابيع": ("week", 0),
    "شهر": ("month", 1), "شهرين": ("month", 2), "أشهر": ("month", 0), "شهور": ("month", 0),
    "عام": ("year", 1), "عامين": ("year", 2), "أعوام": ("year", 0), "سنة": ("year", 1),
    "سنتين": ("year", 2), "سنوات": ("year", 0),
}
