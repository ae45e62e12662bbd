"""The date patterns as regexes, built once (lazily) from :mod:`khabar.dates.lexicon`, and the
gates that rule a pattern out for a whole text (:data:`NEEDS`). :mod:`khabar.dates.patterns`
runs them and reads their matches."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..normalize import normalize_text
from .lexicon import (
    AGO_NUMBERS,
    AGO_UNITS,
    AMBIGUOUS_MONTHS,
    EN_MONTHS,
    EN_WEEKDAYS,
    GREGORIAN_MONTHS,
    HIJRI_MONTHS,
    ORDINAL_DAYS,
    WEEKDAYS,
)

__all__ = ["NEEDS", "RELATIVE", "compiled", "gates"]

_B = r"(?<!\w)"  # no letter/digit before
_E = r"(?!\w)"  # no letter/digit after


def _alt(words: object) -> str:
    """Alternation of normalised ``words``, longest first; ة matches ه, spaces any run."""
    # longest first, then in code-point order, so the pattern is the same in every process
    # (a set's order follows PYTHONHASHSEED)
    keys = sorted({normalize_text(w) for w in words}, key=lambda k: (-len(k), k))  # type: ignore[attr-defined]
    parts = [re.escape(k).replace("ة", "[ةه]").replace(r"\ ", r"\s+") for k in keys]
    return "(?:" + "|".join(parts) + ")"


@cache
def compiled() -> dict[str, re.Pattern[str]]:
    """Every date pattern by kind, compiled; the order is the candidates' order in
    :func:`khabar.dates.patterns.find_dates` (it breaks ties between equal spans)."""
    p = _parts()
    pats = _gregorian(p) | _hijri(p) | _english(p) | _relative(p)
    return {k: re.compile(v) for k, v in pats.items()}


@dataclass(frozen=True)
class _Parts:
    """The sub-patterns the date patterns share (names, years, the words before a date)."""

    months: str
    safe_months: str  # months whose names are no other word (AMBIGUOUS_MONTHS left out)
    hmonths: str
    wdays: str
    ordinals: str
    en_months: str
    en_wd: str
    mon: str
    year: str
    year_lead: str
    wd_lead: str
    mrel: str


def _parts() -> _Parts:
    """The shared sub-patterns, built from the lexicon's word lists."""
    months = _alt(GREGORIAN_MONTHS)
    safe_months = _alt(k for k in GREGORIAN_MONTHS if k not in AMBIGUOUS_MONTHS)
    hmonths = _alt(HIJRI_MONTHS)
    wdays = _alt(WEEKDAYS)
    ordinals = _alt(ORDINAL_DAYS)
    en_months = "(?:" + "|".join(sorted(EN_MONTHS, key=len, reverse=True)) + r")\.?"
    en_wd = "(?:" + "|".join(sorted(EN_WEEKDAYS, key=len, reverse=True)) + r")\.?"
    # «آذار/مارس»، «آذار (مارس)»، «يناير/كانون الثاني»: a second name for the same month.
    # Reuters style writes the two names side by side: «يناير كانون الثاني»، «أغسطس آب».
    mon = rf"(?P<mon>{months})(?:(?:\s*[/(]\s*|\s+){months}(?!\w)(?:\s*\))?)?"
    # «2013م»، «2015 م»: م marks the Gregorian (ميلادي) year and belongs to the date
    year = r"(?P<year>(?:1[6-9]|20)\d\d)(?!\d)(?:\s?م(?!\w))?"
    # «من عام 2024»، «، 2024»، «سنة 2024»
    year_lead = r"\s*[,،/]?\s*(?:من\s+)?(?:ال)?(?:عام|سنة|لعام|لسنة)?\s*"
    wd_lead = rf"(?:(?:يوم\s+)?(?P<wd>{wdays})\s*[,،(]?\s*)?"
    # «و15 ديسمبر»، «ب20 مارس»: a proclitic may be glued to the day (not part of the span)
    # «4 جوان الجاري»، «5 جويلية المقبل»، «27 مايو الماضي»
    mrel = r"(?:\s+(?P<mrel>الماضي|المنصرم|الفائت|الفارط|المقبل|القادم|الجاي|الجاري|الحالي))?"
    return _Parts(months, safe_months, hmonths, wdays, ordinals, en_months, en_wd, mon, year, year_lead,
                  wd_lead, mrel)


def _gregorian(p: _Parts) -> dict[str, str]:
    """Gregorian dates, written with month names or in digits, and years."""
    months, safe_months, ordinals, mon = p.months, p.safe_months, p.ordinals, p.mon
    year, year_lead, wd_lead, mrel = p.year, p.year_lead, p.wd_lead, p.mrel
    return {
        # 12 آذار 2024 | الثلاثاء 12 مارس | 12 من شهر أيلول من عام 2015
        # («14و15 مارس»: the glued و may follow a digit; «15مارس2017»: no spaces at all)
        # («ال12 من شهر يوليو»، «7 / يوليو /2015م»)
        "dmy": rf"(?:{_B}{wd_lead}|(?<![^\W\d_])(?:ال|[وفبل])(?=\d))(?P<day>[0-3]?\d)(?!\d)"
        rf"\s*/?\s*(?:من\s+)?(?:شهر\s+)?{mon}(?![^\W\d_])(?:{year_lead}{year}|{mrel})",
        # الحادي عشر من أغسطس 2013
        "ordmy": rf"{_B}(?:يوم\s+)?(?P<ord>{ordinals})\s+(?:من\s+)?(?:شهر\s+)?{mon}{_E}"
        rf"(?:{year_lead}{year}|{mrel})",
        # «السبت التاسع من الشهر الجاري»، «12 من الشهر الماضي»
        "dthis": rf"{_B}{wd_lead}(?:(?P<day>[0-3]?\d)|(?P<ord>{ordinals}))\s+من\s+الشهر\s+"
        rf"(?P<mrel>الماضي|المنصرم|الفائت|الفارط|المقبل|القادم|الجاري|الحالي){_E}",
        # آذار 2024 | شهر مارس من العام 2024
        "my": rf"{_B}(?:شهر\s+)?{mon}{_E}{year_lead}{year}",
        # شهر مارس | آذار الماضي | نيسان المقبل (ambiguous names need «شهر»)
        # («مارس الماضي»: an ambiguous name is a month when الماضي/المقبل... follows it)
        "m": rf"{_B}(?:(?:شهر\s+)(?P<mon2>{months})|(?P<mon3>{safe_months})|(?P<mon4>{months})"
        r"(?=\s+(?:الماضي|المنصرم|الفائت|الفارط|المقبل|القادم|الجاري|الحالي)(?!\w)))"
        rf"(?:(?:\s*[/(]\s*|\s+){months}(?!\w)(?:\s*\))?)?"
        rf"(?:\s+(?P<rel>الماضي|المنصرم|الفائت|الفارط|المقبل|القادم|الجاري|الحالي))?{_E}",
        # 15/3/2024 day first; 2024-03-15 / 2024/03/15 year first
        "num_dmy": rf"{_B}{wd_lead}(?:الموافق\s+)?(?P<day>[0-3]?\d)\s*(?P<sep>[/.\-])\s*(?P<mnum>[01]?\d)\s*(?P=sep)\s*{year}",
        "num_ymd": rf"{_B}(?P<year>(?:1[6-9]|20)\d\d)\s*(?P<sep>[/\-])\s*(?P<mnum>[01]?\d)\s*(?P=sep)\s*"
        r"(?P<day>[0-3]?\d)(?!\d)(?:\s?م(?!\w))?",
        # عام 2015 | العام 2015 | سنة 2015 | في 2015 (years need a word before them)
        "y": rf"{_B}(?:(?P<yw>(?:[لبو]?ال|[لب])?(?:عام|سنة|اعوام|سنوات))|[فو]?في|منذ|حتى|خلال|"
        rf"مطلع|اواخر|اوائل|منتصف|نهاية|بداية|صيف|شتاء|ربيع|خريف|صائف[ةه]|موسم|الموسم)\s+{year}{_E}",
        # year ranges: «بين 2010 و2015»، «من 2011 إلى 2015»، «2011-2015» (two records)
        "yy": rf"{_B}(?:(?:ما\s+)?بين\s+|من\s+|(?P<yw>(?:[لبو]?ال|[لب])?(?:عامي|سنتي|عام|سنة|اعوام|سنوات))\s+)?"
        rf"(?P<y1>(?:19|20)\d\d)(?:\s?م(?!\w))?\s*(?:و|الي|حتي|-|–)\s*(?P<y2>(?:19|20)\d\d)"
        r"(?:\s?م)?(?!\w)",
    }


def _hijri(p: _Parts) -> dict[str, str]:
    """Hijri dates, in digits or with month names."""
    ordinals, hmonths, wd_lead = p.ordinals, p.hmonths, p.wd_lead
    return {
        # numeric Hijri: 12/10/1436هـ، 4-11-1426ه
        "num_hijri": rf"{_B}{wd_lead}(?:الموافق\s+)?(?P<day>[0-3]?\d)\s*(?P<sep>[/.\-])\s*(?P<mnum>[01]?\d)\s*(?P=sep)\s*"
        r"(?:(?P<hyear>1[34]\d\d)\s*(?:هـ|ه(?!\w)|هجري[ةه]?)|(?P<hyear2>14\d\d)(?!\d))",
        # year-first numeric Hijri: «1436/10/30هـ» (Saudi style)
        "num_hijri_ymd": rf"{_B}(?P<hyear>1[34]\d\d)\s*(?P<sep>[/\-])\s*(?P<mnum>[01]?\d)\s*(?P=sep)\s*"
        r"(?P<day>[0-3]?\d)(?!\d)(?:\s*(?:هـ|ه(?!\w)|هجري[ةه]?))?",
        # Hijri day and month without a year: «27 رمضان»، «26 من شهر رمضان»
        "hijri_dm": rf"{_B}{wd_lead}(?:الموافق\s+)?(?:(?P<day>[0-3]?\d)|(?P<ord>{ordinals}))\s+"
        rf"(?:من\s+)?(?:شهر\s+)?(?P<hmon>{hmonths}){_E}"
        rf"(?:\s*(?:(?:ال)?عام\s+|سنة\s+)?(?P<hyear>1[34]\d\d)(?:\s*(?:هـ|ه(?!\w)|هجري[ةه]?|للهجر[ةه]|الهجري[ةه]?))?)?",
        # Hijri: 12 رمضان 1445 هـ | رمضان 1445 | 1445 هـ | عام 1445 للهجرة
        "hijri": rf"{_B}{wd_lead}(?:الموافق\s+)?(?:(?P<day>[0-3]?\d)\s+)?(?:(?P<hmon>{hmonths})\s*)?(?:(?:ال)?عام\s+|سنة\s+)?"
        r"(?P<hyear>1[34]\d\d)\s*(?:هـ|ه(?!\w)|هجري[ةه]?|للهجر[ةه]|الهجري[ةه]?)",
    }


def _english(p: _Parts) -> dict[str, str]:
    """English dates (bylines, feeds)."""
    en_wd, en_months, year = p.en_wd, p.en_months, p.year
    return {
        # English (bylines, feeds): Tue, 12 Mar 2024 | 12 March 2024 | March 12, 2024
        "en_dmy": rf"(?i:\b(?:{en_wd},?\s*)?(?P<day>[0-3]?\d)\s+(?P<mon>{en_months})\s+{year})",
        "en_mdy": rf"(?i:\b(?P<mon>{en_months})\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+{year})",
    }


def _relative(p: _Parts) -> dict[str, str]:
    """Weekdays, «قبل ...» (ago) and relative words («أمس»، «الشهر الماضي»)."""
    wdays = p.wdays
    return {
        # weekday alone: الأربعاء | يوم الخميس الماضي | الجمعة المقبل
        # («عبد الأحد» is a name)
        "wd": rf"{_B}(?<!عبد )(?:[وف](?=\w))?(?P<ws>(?:يوم\s+)?(?P<wd>{wdays}))"
        rf"(?:\s+(?P<rel>الماضي|المنصرم|الفائت|الفائته|الفارط|المقبل|القادم))?{_E}",
        # «قبل أربعة أيام»، «قبل يومين»، «قبل عام»، «قبل حوالي عشرة أيام» "ago": relative to the
        # article's date (not «قبل أربعة أيام من الانتخابات»، «قبل يومين فقط من زيارة», before
        # another event; not hours: «قبل 48 ساعة»)
        "ago": rf"{_B}[وف]?(?P<ago>قبل\s+(?:(?:نحو|حوالي|حوالى)\s+)?"
        rf"(?:(?P<an>[1-9]\d?|{_alt(AGO_NUMBERS)})\s+)?"
        rf"(?P<au>{_alt(AGO_UNITS)})){_E}(?!\s+(?:فقط\s+)?(?:من|على|علي|عن)(?!\w))",
        # relative expressions (see RELATIVE)
        # «اليوم (الاثنين)»، «أمس الأحد»: the weekday belongs to the relative expression
        # at a word start, after optional proclitics («وأمس»، «بالعام الماضي»، «للعام الماضي»)
        "rel": r"(?<!\w)(?:[وف]?[بل]?)(?P<relx>" + "|".join(_REL_PATTERNS) + ")" + _E
        + rf"(?:\s*[(،,]?\s*(?P<wd>{wdays})(?:\s*\))?)?",
    }


#: Relative expressions → (unit, offset). Order matters inside the alternation: longer
#: phrases first. Sources: common newswire usage in ../shared/data/news/.
RELATIVE: dict[str, str] = {
    "اول امس": "day-2", "اول من امس": "day-2", "امس الاول": "day-2", "البارحه الاولي": "day-2",
    "يوم امس": "day-1", "امس": "day-1", "الامس": "day-1", "البارحه": "day-1",
    "اليوم": "day+0", "هذا اليوم": "day+0",
    "غدا": "day+1", "يوم غد": "day+1", "الغد": "day+1", "بعد غد": "day+2",
    "الاسبوع الماضي": "week-1", "الاسبوع المنصرم": "week-1", "الاسبوع الفائت": "week-1",
    "الاسبوع الجاري": "week+0", "هذا الاسبوع": "week+0", "الاسبوع الحالي": "week+0",
    "الاسبوع المقبل": "week+1", "الاسبوع القادم": "week+1",
    "الشهر الماضي": "month-1", "الشهر المنصرم": "month-1", "الشهر الفائت": "month-1",
    "الشهر الجاري": "month+0", "هذا الشهر": "month+0", "الشهر الحالي": "month+0",
    "الشهر المقبل": "month+1", "الشهر القادم": "month+1",
    "العام الماضي": "year-1", "العام المنصرم": "year-1", "العام الفائت": "year-1",
    "العام السابق": "year-1", "الشهر السابق": "month-1", "الاسبوع السابق": "week-1",
    "العام الفارط": "year-1", "الشهر الفارط": "month-1", "الاسبوع الفارط": "week-1",
    "السنه الماضيه": "year-1", "السنه الفائته": "year-1", "العام الجاري": "year+0",
    "العام الحالي": "year+0", "هذا العام": "year+0", "السنه الحاليه": "year+0",
    "السنه الجاريه": "year+0", "العام المقبل": "year+1", "العام القادم": "year+1",
    "السنه المقبله": "year+1", "السنه القادمه": "year+1",
    "الايام الاخيره": "recent", "الايام الماضيه": "recent", "الايام القليله الماضيه": "recent",
    "الساعات الماضيه": "recent", "الساعات الاخيره": "recent",
    "الساعات القليله الماضيه": "recent",
    # weeks, months, years «الأخيرة/الماضية» and «اليوم التالي» name no resolvable date either
    # (tests/gold tuning part: «في الأسابيع الأخيرة» → null)
    "الاسابيع الاخيره": "recent", "الاسابيع الماضيه": "recent",
    "الاسابيع القليله الماضيه": "recent", "الاشهر الاخيره": "recent",
    "الاشهر الماضيه": "recent", "الاشهر القليله الماضيه": "recent", "الشهور الاخيره": "recent",
    "الشهور الماضيه": "recent", "السنوات الاخيره": "recent", "السنوات الماضيه": "recent",
    "اليوم التالي": "recent", "اليوم السابق": "recent",
}
def _rel_alt(keys: list[str]) -> str:
    return "|".join(
        re.escape(k).replace("ه", "[هة]").replace(r"\ ", r"\s+")
        for k in sorted(keys, key=len, reverse=True)
    )


# a key with the article may follow ب («بالعام الماضي») or ل («للعام الماضي» = ل + لعام); the
# article is factored out so the alternation keeps literal prefixes (fast)
_REL_PATTERNS = [
    "(?:ال|(?<=ل)ل)(?:" + _rel_alt([k[2:] for k in RELATIVE if k.startswith("ال")]) + ")",
    _rel_alt([k for k in RELATIVE if not k.startswith("ال")]),
]


#: What each pattern of :func:`compiled` cannot match without (names of :func:`gates`):
#: most articles hold no Hijri year, no numeric date, no «قبل»..., and one search for the
#: part rules a pattern out for the whole text (the patterns start with lookbehinds and
#: optional groups, so the regex engine tries them at every position). Each gate is a
#: necessary part of the pattern, so the matches are the same.
NEEDS: dict[str, tuple[str, ...]] = {
    "dmy": ("month",), "ordmy": ("month",), "my": ("month", "year"), "m": ("month",),
    "dthis": ("الشهر",), "num_dmy": ("numsep", "year"), "num_ymd": ("numsep", "year"),
    "y": ("year",), "yy": ("year",), "num_hijri": ("numsep", "hyear"),
    "num_hijri_ymd": ("numsep", "hyear"), "hijri_dm": ("hmonth",), "hijri": ("hyear",),
    "wd": ("weekday",), "ago": ("قبل",),
}


@cache
def gates() -> dict[str, re.Pattern[str]]:
    """The parts named in :data:`NEEDS`, as regexes (a literal stands for itself)."""
    return {
        # a month name not inside a word: every pattern's month follows a digit, a space,
        # «/» or nothing, and is followed by a non-letter (see `mon` in _parts)
        "month": re.compile(r"(?<![^\W\d_])" + _alt(GREGORIAN_MONTHS) + r"(?![^\W\d_])"),
        "hmonth": re.compile(_alt(HIJRI_MONTHS)),
        "weekday": re.compile(_alt(WEEKDAYS)),
        "year": re.compile(r"(?:1[6-9]|20)\d\d"),  # Gregorian years, and «(?:19|20)\d\d» of yy
        "hyear": re.compile(r"1[34]\d\d"),
        "numsep": re.compile(r"\d\s*[/.\-]\s*\d"),  # day, separator, month
        "الشهر": re.compile("الشهر"),  # «من الشهر الماضي» (dthis)
        "قبل": re.compile("قبل"),  # «قبل يومين» (ago)
    }


