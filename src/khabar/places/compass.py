"""Unknown names placed by the compass phrase after them: «في تل معاز شرقي قرية شقا»، «في
تل اشهيب شرقي مطار خلخلة»، «قرب الصفراء شمال مدينة عدن».

War news locates a small place by a direction from a known one. A word (or two in
construct) between a locative preposition and a compass word followed by a place the
article names is that small place's name far more often than not: the preposition says a
place follows, the compass phrase says where it lies. The development parts annotate such
names as villages; the index lacks most of them. Event and generic nouns in that slot
(«في هجوم شمال بغداد»، «في مناطق جنوب تعز») are refused by a word list. «وسط» is no
compass word here («في منزله وسط حالة من الذعر»: "amid").

Only where a name is and which place locates it are read here; the record is made by
``khabar.places.unknown.compass_places`` at that place's point.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..segment import Token
from .lexicon import ADJECTIVES, DIRECTIONS, PLACE_CUES, QUOTES, SITE_CUES, fold_all

__all__ = ["compass_names"]

#: Locative prepositions before the name (SaudiNewsNet and ANT usage)
_PREPS = fold_all("في قرب عند إلى الى من نحو باتجاه داخل")
#: Compass words that locate (not «وسط»: "amid")
_COMPASS = frozenset(w for w, v in DIRECTIONS.items() if v != (0.0, 0.0) and not w.startswith("ال"))
#: Nouns that stand in the name's slot and name no place: events, people, generic places,
#: times. Hand-made by the khabar authors from Arabic war news (SaudiNewsNet, ANT).
_NOT_NAMES = fold_all(
    "هجوم هجمات قصف غارة غارات انفجار تفجير تفجيرات اشتباك اشتباكات معارك معركة عملية "
    "عمليات كمين مواجهات حادث حادثة انفجارات حريق اعتداء غارته قتال تقدم تقدمها زحف "
    "مناطق مواقع موقع قرى بلدات أحياء مدن طريق الطريق جهة الجهة الجزء الأجزاء أجزاء "
    "أطراف الأطراف اتجاه مكان المكان مكان مسافة بعد قرابة نحو حوالي كيلومترا كيلومتر "
    "كلم كم ميل أميال مترا متر منزل منزله منازل سيارة سيارات مبنى مقر المقر مقرات "
    "الحدود حدود الساحل ساحل المدخل مدخل البلاد المدينة المنطقة المحافظة العاصمة "
    "القرية البلدة المديرية الحي المملكة الدولة مخيم المخيم الأراضي أراضي "
    "الصباح المساء الليل ليلة يوم أمس اليوم فجر صباح مساء ظهر منتصف أواخر أوائل "
    "الجيش القوات قوات المسلحين مسلحين الحوثيين التنظيم داعش المتمردين الميليشيات "
    "المليشيات ميليشيات مليشيات عناصر عنصر جنود الجنود "
    # body parts («أصيب في القدم شرق بيت حانون»), «في أقصى شمال الكاميرون» (the far north)
    "القدم الرأس الصدر البطن اليد الساق الظهر الرقبة الوجه الكتف الفخذ أقصى اقصى "
    # generic landforms («في جبال شمال العراق»)
    "جبال الجبال تلال التلال وديان الوديان سهول السهول صحراء الصحراء مرتفعات المرتفعات"
)
_STOP = fold_all(
    "في من إلى الى على عن مع بعد قبل حيث الذي التي الذين وهو وهي هو هي إن أن كما بين "
    "عند لدى حول ضد منذ خلال عبر أو ثم كل جميع بعض هذا هذه ذلك تلك"
)


def _name_word(w: str) -> bool:
    """Can the folded word ``w`` be (part of) an unknown place's name?"""
    return (len(w) > 1 and w not in _STOP and w not in _NOT_NAMES and w not in DIRECTIONS
            and w not in PLACE_CUES and w not in SITE_CUES and w not in ADJECTIVES
            and w not in QUOTES and not w.isdigit() and not w.startswith(("و", "بال", "لل", "كال"))
            and not w.endswith(("ات", "ين", "ون", "ها", "هم"))  # plurals, a pronoun suffix
            and not (w.endswith(("ي", "يه")) and not w.startswith("ال") and len(w) > 4))  # «عسكرية»


def compass_names(toks: Sequence[Token], folded: Sequence[str], covered: frozenset[int] | set[int],
                  starts: dict[int, int]) -> list[tuple[int, int, int, int]]:
    """``(first token, end token, anchor token, proclitic length)`` of each unknown name
    followed by a compass
    word; ``starts`` maps the first token of every place record to its record's index, and
    the anchor token is the first token of the record that locates the name (the compass
    phrase's own record, «شرق مدينة تعز», or the place after it, up to a cue and a second
    compass word later: «شرقي قرية شقا»، «شمال غرب مطار خلخلة»)."""
    out: list[tuple[int, int, int, int]] = []
    n = len(toks)
    for c in range(2, n - 1):
        if folded[c] not in _COMPASS or c in covered and c not in starts:
            continue
        sent = toks[c].sent
        anchor = next((j for j in range(c, min(c + 4, n)) if j in starts and toks[j].sent == sent), None)
        if anchor is None:
            continue
        for size in (1, 2):
            a = c - size
            if a < 1 or toks[a].sent != sent or any(k in covered or not toks[k].is_arabic for k in range(a, c)):
                continue
            words = list(folded[a:c])
            if size == 2 and words[0].startswith("ال"):
                continue  # two words only in construct, the first indefinite: «تل معاز»، «دمنة خدير»
            # the preposition before the name, or ب/ل written on it («بتل معاز»)
            plen = 0
            if folded[a - 1] in _PREPS and toks[a - 1].sent == sent:
                first = words[0]
            elif words[0][0] == "ب" and len(words[0]) > 3 and not words[0].startswith("بال"):
                # «بتل معاز»: ب (in) written on the name; not ل («محطة للوقود شمال»: for),
                # nor ب before the article («ولاية بالكسير»: Balıkesir's own letters)
                first, plen = words[0][1:], 1
            else:
                continue
            if all(_name_word(w) for w in [first, *words[1:]]):
                out.append((a, c, anchor, plen))
                break
    return out
