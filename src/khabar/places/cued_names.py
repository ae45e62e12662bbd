"""Source 2 of :mod:`khabar.places.unknown`: unknown names right after a place cue.

A village, quarter, building, park, district, camp or area cue («قرية الطيوري»، «حي سلطان
بيلي»، «مسرح باتاكلان»، «محافظة الداير»، «معسكر الصباحة»، «منطقة شقرة») followed by a name:
up to two words, stopping at a function word, a compass word or a non-Arabic token. A cue
followed by an ordinary word, an adjective, a verb or an organisation's word names nothing.
The cue lists are hand-made by the khabar authors from Arabic news (SaudiNewsNet and ANT);
each says what it guards against.
"""

from __future__ import annotations

from ..document import Doc
from ..normalize import fold
from ..schema import PlacePrecision
from .index import gazetteer
from .lexicon import (
    DIRECTIONS,
    NAME_STOP,
    PLACE_CUES,
    QUOTES,
    SITE_CUES,
    VILLAGE_CUES,
    fold_all,
    ordinary_words,
)
from .listed import CONSTRUCT

__all__ = ["FRONT", "NAME_FIRST", "cue_precision", "cued_names"]


# Singular cues only: after a plural («بلدات أحوازية»، «قرى المنطقة») comes an adjective or
# a list far more often than one name.
_CUES = fold_all("قرية بلدة مزرعة حي حارة")
# Named buildings: «مسرح باتاكلان»، «فندق الشيراتون»: sites. Not «مسجد»/«جامع»: common nouns
# follow them too often («مسجد مقر»، «اتفاق جامع»).
# Parks too («متنزه الردف»، «بمتنزه الثروة الوطني»، «حديقة بلخزمر»: SaudiNewsNet's summer
# festival news).
_SITE_CUES = fold_all("مسرح ملعب فندق متنزه منتزه حديقة")
# Districts and governorates the index lacks («محافظة الداير»، «مديرية أرحب»): they lie near
# the region the story names (Saudi and Yemeni governorates are tens of km across), and
# named camps, prisons and mountains («معسكر الصباحة»، «سجن الحائر»، «جبل عبس»). The
# directorates of ministries («مديرية الأمن»، «محافظة على» = preserving) are _ADMIN_STOP.
_ADMIN_CUES = fold_all("محافظة مديرية معتمدية")
_OTHER_CUES = fold_all("معسكر سجن جبل جبهة وادي حقل مثلث ميناء")
# Duals name two places, the second after و: «بلدتي الفوعة وكفرية»، «حقلي شاعر وجزل»
_DUALS = fold_all("بلدتي قريتي مدينتي محافظتي مديريتي منطقتي جبهتي حقلي حارتي")
# «جبهة صرواح» is a front line at a place; «جبهة النصرة» an armed group (also caught when
# the tagger says ORG).
_FRONT_STOP = fold_all(
    "النصرة الإنقاذ البوليساريو التحرير العمل القوى الشعبية الوطنية فتح المقاومة التوافق "
    "الرفض الإصلاح الصمود النضال الدفاع تحرير إنقاذ جيش الأمن الشرطة القوات الجيش الحرس "
    "اللواء لواء الكتيبة "  # «معسكر اللواء 15 ميكا»: a unit's camp, named by the unit
    # «جبهة القتال» (the battle front), «جبهة التحرر»، «جبهة العلماء» (movements)
    "القتال المواجهة المواجهات التحرر العلماء الفدائيين"
)
_ADMIN_STOP = fold_all(
    "أمن الأمن التربية الصحة الشرطة الدفاع المرور الزراعة الأوقاف الشؤون العامة عامة "
    "الجوازات الدفاع المدني الأحوال سجون السجون"  # «مديرية سجون جازان»
)
# «منطقة سناح»، «منطقة شقرة»: an area's name, one word; but «منطقة» is far more often
# followed by an adjective («منطقة عسكرية»، «منطقة آمنة») or a noun («منطقة حظر»): nisba
# adjectives and plurals (-ية، -ي، -ين، -ات) and _AREA_STOP are not names.
_AREA = fold_all("منطقة")
_AREA_STOP = fold_all(
    "آمنة عازلة حظر منزوعة حرة نفوذ عمليات اشتباك اشتباكات خضراء جبلية سكنية واسعة "
    "مفتوحة محررة محاصرة مهمة استراتيجية قريبة بعيدة معزولة تجارية صحراوية زراعية نائية "
    "الحدود حدود الشرق الغرب الشمال الجنوب اليورو الخليج جبال الجبال سهول الأمن العمليات "
    "الظهر الصدر الرأس البطن الوجه الرقبة "
    "القتال الاشتباكات "
    # «في محيط منطقة القصف»، «منطقة الحادث»: the area of an event just told
    "القصف الحادث الحادثة الانفجار التفجير الهجوم الغارة الغارات المعارك المواجهات الحريق "
    "الكارثة الاستهداف السقوط الاصطدام"
)
_CUES = _CUES | _SITE_CUES | _ADMIN_CUES | _OTHER_CUES | _AREA | _DUALS
_OTHER_OR_DUAL_CUES = _OTHER_CUES | _DUALS
_FRONT = fold("جبهة")
_VALLEY = fold("وادي")

# A cue followed by an ordinary word names no place: «مسرح الطفل»، «ملعب المباراة»، «حديقة
# الزهور»، «قرية التنمية»، «وادي الألعاب»، «منطقة حرب»، «منطقة محدودة»، «مسرح مفتوح». Which
# words are ordinary is read from a corpus (``data/places/ordinary.txt``: the words ANT
# writes 20+ times, mostly not after a place word; ``scripts/build_gazetteer.py
# --ordinary-words``), less the names of the index («قرية العين»). After a building, park,
# village or valley cue any such word is refused; after «منطقة» and every other cue only an
# indefinite one: definite names there are often ordinary words too («منطقة الدورة» in
# Baghdad, «منطقة الأشراف»), indefinite ones seldom («منطقة شقرة»، «منطقة سناح»). Camps,
# fronts, ports, districts and quarters keep their definite names («جبهة المخدرة»، «ميناء
# الزيت») and those opened by _NAME_OPENERS («معسكر مرة»، «حي باب توما»).
_ORDINARY_ANY = _SITE_CUES | fold_all("قرية بلدة مزرعة وادي")


#: First words of a place's name in construct after «منطقة» (two words are read): the
#: construct nouns of ``listed.CONSTRUCT`` («عين»، «بئر»، «أم»، «بني»...) and the Maghrebi
#: ones ANT writes before Tunisian hamlets the index lacks («منطقة سيدي X» 41 names, «بير X»
#: 16: the gap counts of ``scripts/gazetteer_gap.py``, docs/places.md session 6; «هنشير»
#: (a farm estate), «أولاد» (a clan)); not «بيت»، «دار» (a house: «منطقة دار الضيافة»)
#: endings of an indefinite adjective after «منطقة» («منطقة عسكرية»، «منطقة جبلية»)
_ADJ_ENDS = ("يه", "ي", "يا", "ين", "ات", "ون")
_NAME_FIRST = (CONSTRUCT - fold_all("بيت دار")) | fold_all("سيدي بير هنشير أولاد اولاد")

# Session 13 (places-13b): after every other cue too, an indefinite ordinary word names
# nothing: «محافظة بمختلف مناطق المملكة» (in the various), «سجن سبعة أشهر» (a seven-month
# prison term), «معسكر فريقه» (his team's camp), «أجواء حارة جدا» (very hot weather),
# «جبهة لم تكن طرفا فيها», «نقل حي مباشر» (a live broadcast). 18 such records in 2,000
# unlabelled SaudiNewsNet/ANT articles (seeds 13201, 13202), all no place; one real quarter
# among them, «حي بن سالم»: ordinary words that open a person's or a gate's name stay
# (_NAME_OPENERS; «معسكر مرة», «حي باب توما» of the note above), and so do the Maghrebi
# openers of _NAME_FIRST («حي اولاد شلبي», removed in the fresh check, seed 13203).
_NAME_OPENERS = fold_all("بن ابن بنت باب مرة") | _NAME_FIRST
# function words that are also index keys («مزرعة كان جده وأبيه يزرعون فيها»: كان is a
# hamlet's name in the index, so the ordinary-word test alone lets it through)
_NEVER_NAMES = fold_all("كان كانت يكون تكون لم لن قد")


def _ordinary_after(cue: str, word: str) -> bool:
    """Is ``word`` (folded), right after the (bare, folded) ``cue``, an ordinary word?"""
    w = "ال" + word[2:] if word.startswith("لل") else word  # «مسرح للطفل»
    if w in _NEVER_NAMES:
        return True
    if w not in ordinary_words() or w in gazetteer() or w in CONSTRUCT:
        return False  # «قرية آل سرور»، «قرية بني مالك»: the first word of a name in construct
    return cue in _ORDINARY_ANY or (not w.startswith("ال") and (cue in _AREA or w not in _NAME_OPENERS))


#: «جبهة»: a front, whose name may be an armed group's («جبهة فتح الشام»)
FRONT = _FRONT
#: first words of a place's name in construct (see ``_NAME_FIRST``)
NAME_FIRST = _NAME_FIRST


def cue_precision(cue: str) -> PlacePrecision:
    """The precision of an unknown place named after ``cue`` (bare, folded)."""
    return "village" if cue in VILLAGE_CUES else "admin" if cue in _ADMIN_CUES else "site"


def _refused(cue: str, word: str) -> bool:
    """Is ``word`` (folded), the first after the (bare, folded) ``cue``, no place's name?"""
    if (cue in _ADMIN_CUES and word in _ADMIN_STOP) or word in SITE_CUES:
        return True  # «مديرية الأمن»; «منطقة معسكر الكرين»: the camp is its own cue
    if cue in _OTHER_CUES and word in _FRONT_STOP:
        return True  # «جبهة النصرة»، «معسكر الدفاع الجوي»
    if cue in _OTHER_OR_DUAL_CUES and not word.startswith("ال") and word.endswith(("ي", "يه")):
        return True  # «ميناء نفطي»، «حقل غازي»: an indefinite adjective, no name
    if _ordinary_after(cue, word):
        return True  # «مسرح الطفل»، «منطقة حرب»: an ordinary word, no name
    # (a definite word after indefinite «منطقة» is a name in construct: «منطقة السلاطنية»)
    if cue in _AREA and (word in _AREA_STOP or (word not in _NAME_FIRST and not word.startswith("ال")
                                               and word.endswith(_ADJ_ENDS))):
        return True  # «منطقة عسكرية»: an indefinite adjective («عين»، «بني» open names)
    # «محافظة يخسرها المتمردون»: an imperfect verb, a word with a pronoun suffix or a
    # preposition with the article («محافظة بالمملكة») is no name; «جبل صبر والمواقع»:
    # a second word with و starts a list
    # «جبهتي الانقلابين»: a definite plural (-ين، -ون) is people, not a place's name
    if word.startswith("ال") and word.endswith(("ين", "ون")) and len(word) > 5:
        return True
    # «لبلده وأدخله»: «بلده» is "his country" before a verb
    # «حي للعقول» (a live place for minds), «منطقة للألعاب» (an area for games): a
    # preposition with the article, like «بال»، opens no name (places-13b)
    return word.startswith(("ي", "بال", "كال", "لل")) or word.endswith("ها") or (
        word.startswith("و") and not word.startswith("وادي"))


def _most_words(cue: str, word: str) -> int:
    """How many words the name after ``cue`` may have, its first word being ``word``."""
    if cue in _AREA:
        # one word, unless the first opens a name in construct: «منطقة عين جفال»، «منطقة
        # هنشير التلة»، «منطقة بئر الحفي» (``_NAME_FIRST``)
        return 2 if word in _NAME_FIRST else 1
    if word == "ال":
        return 2  # «قرية آل سرور»: a clan's name
    # a second word only after a construct noun («عين عيسى»، «أولاد شلبي»): a definite
    # first word is the whole name («حي التضامن», not «حي التضامن تسليمه»)
    # a building («مسرح باتاكلان») has a one-word name here: «مسجد قوات أمن» is not one
    return 1 if word.startswith("ال") or cue in _SITE_CUES else 2


def cued_names(doc: Doc, covered: set[int], folded: list[str]) -> list[tuple[int, int, str, int]]:
    """``(first token, end token, cue, proclitic length)`` of unknown names after a
    village/quarter cue (the proclitic: the و of a dual's second name)."""
    toks = doc.tokens
    out = []
    for i, w in enumerate(folded[:-1]):
        bare = w[1:] if len(w) > 2 and w[0] in "وفبل" and w[1:] in _CUES else w  # «بحي الروضة»
        if bare not in _CUES:
            continue
        if bare == _VALLEY and "أ" in doc.article.text[toks[i].start:toks[i].end]:
            continue  # «وأدى الصلاة» (and he prayed) folds onto «وادي» (valley): a verb
        # «مديرية «كتف»»: the name may stand in quotation marks after its cue
        k = i + 2 if folded[i + 1] in QUOTES and i + 2 < len(folded) else i + 1
        if _refused(bare, folded[k]):
            continue
        most = _most_words(bare, folded[k])
        j = k
        while (j < len(toks) and j - k < most and j not in covered and toks[j].is_arabic
               and toks[j].sent == toks[i].sent and folded[j] not in NAME_STOP
               and folded[j] not in DIRECTIONS and folded[j] not in PLACE_CUES
               and not (j > k and folded[j].startswith("و"))
               and not (len(folded[j]) > 3 and folded[j][1:] in PLACE_CUES)):  # «بمنطقة»
            j += 1
        if bare in _AREA and j < k + 2 and folded[k] in _NAME_FIRST and folded[k].endswith(_ADJ_ENDS):
            continue  # «منطقة سيدي علي بن سالم»: «علي» reads as «على»; no half name
        if j > k:
            out.append((k, j, bare, 0))
            # «حقلي شاعر وجزل»: the dual's second name, one word after و
            if (bare in _DUALS and j < len(toks) and j not in covered and toks[j].sent == toks[i].sent
                    and folded[j].startswith("و") and len(folded[j]) > 3 and folded[j][1:] not in NAME_STOP):
                out.append((j, j + 1, bare, 1))
    return out
