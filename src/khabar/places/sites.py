"""Named buildings and landmarks the index does not know: where their names start and end.

«مطار الملك عبدالعزيز الدولي بجدة»، «مطار الأمير محمد بن عبدالعزيز»، «مطار بلاك بوش»، «قصر
السلام بجدة»، «مسجد الإمام الصادق»، «دوار المجسم»، «مستديرة الأزهري»، «دير مار اليان»: a kind
word (airport, palace, mosque, roundabout, church, monastery) and a name. docs/annotation.md
counts named sites as places, and the development parts annotate them (airports named after
a king or a prince twice out of twice, palaces, roundabouts, a mosque, a monastery). The
record is placed by ``khabar.places.local`` (the town written right after
the name, else the nearest place named). Only where the name starts and ends is read here:

1. a title (الملك، الأمير، الإمام، الشيخ...) opens a person's name: one word, then links
   «بن X»، «آل X» («الأمير محمد بن عبدالعزيز»), airports, palaces and mosques alike;
2. else one definite word («قصر السلام»، «دوار المجسم»، «مستديرة الأزهري»), not a common
   noun of the kind («قصر العدل»، «قصر المؤتمرات»); not for mosques,
   whose definite words are mostly their congregation («مسجد الشرطة»، «مسجد القوات»);
3. else up to two indefinite words for airports, churches, monasteries and roundabouts
   («مطار بلاك بوش»، «دير مار اليان»), never after «قصر» («قصر نظر»، «قصر فترة»: shortness).

Open-air sites, streets and camps («مخيم الشوشة»، «شارع الستين»، «ساحة القصبة»، «مفترق الحشانة»،
«جسر الحسيني»; session 8, places-8b: 23 such new records on 1,000 unlabelled articles, 20
within 50 km by reading) follow rule 2 only, and their name is no ordinary word; an indefinite
name only in quotation marks («مخيم "أبوتوفاك"»); they are never put at a country's point.

Shopping malls are named before their kind word («دارين مول»، «مجمع القطيف سيتي مول»، «بمركز
النخيل مول») or by «مجمع» and «التجاري» around the name («مجمع الراشد التجارية»):
:func:`named_malls`.

Sites written with the place they stand in right after their name («مسجد الإمام علي بن أبي
طالب ببلدة القديح»، «سوق حراء بجدة»، «طريق الملك عبدالله ببريدة»، «متحف الغفيلي بالرس»):
:func:`contained_sites` reads every word up to that place as the name, for more kinds
(``data/places/site_kinds.tsv``: markets, museums, stadiums, towers, parks, roads...), the first
word no ordinary word of ANT; ``khabar.places.local`` puts them at that place, never at a
country's or a region's point (session 15, places-15a: 43 records in 4,000 fresh articles, 38
right; 28 changed in 2,000 more, 24 right).

Left out on purpose: «مستشفى» (the development parts annotate a hospital named after a
king as no place, «مستشفى الملك فهد في الهفوف»; 8 of their 9 hospitals are no place), «سوق»
without its place (mostly a market of goods or labour: «سوق العمل»، «سوق الأسهم»), «مركز» (a
centre of anything), schools and universities (organisations), and the street a school is
named after («المدرسة الابتدائية طريق القيروان»: ``_school_street``). A gazetteer name after the kind
word («مطار عدن») is the places step's own site record, not read here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence, Set
from functools import lru_cache

from ..normalize import fold
from ..segment import Token
from .datafiles import data_rows
from .lexicon import DIRECTIONS, ORG_HEADS, PLACE_CUES, QUOTES, SITE_CUES, fold_all, ordinary_words
from .listed import CONSTRUCT

__all__ = ["BUILDING_CUES", "OPEN_CUES", "contained_sites", "named_malls", "named_sites"]

#: The kind words, singular (a proclitic و/ب/ل/ف may stand on them). SaudiNewsNet usage.
_AIRPORT = fold_all("مطار")
_PALACE = fold_all("قصر")
_MOSQUE = fold_all("مسجد جامع")
_OTHER = fold_all("دوار مستديرة دير كنيسة مقبرة")  # «مقبرة رجلاء»، «مقبرة البقيع»
#: Open-air sites, streets and camps: their kind words head
#: ordinary phrases as often as names («ساحة الحرب»، «جسر جوي»، «مخيم صيفي»), so the name's
#: first word must not be an ordinary word of ANT (``ordinary_words``) either
#: (not «ميدان»: «ميدان الشرف»، «ميدان العز» is the field of honour of Saudi martyr news)
_OPEN = fold_all("مخيم شارع ساحة مفترق جسر نزل منتجع حصن")
#: «نزل» (a hotel in Tunisian usage) is also the verb "came down" («نزل المطر»): a name only
#: in quotation marks («بنزل "لمبريال"»)
_QUOTED_ONLY = fold_all("نزل")
BUILDING_CUES = _AIRPORT | _PALACE | _MOSQUE | _OTHER | _OPEN
OPEN_CUES = _OPEN

#: Titles that open a person's name («مطار الملك خالد»، «مسجد الإمام تركي بن عبدالله»)
_TITLES = fold_all("الملك الأمير الإمام السلطان الشيخ الرئيس الشهيد الملكة")
#: «علي» (Ali), folded: the same as the stop word «على» (on); after a title it is the name
#: («مسجد الإمام علي»; session 16, places-16a)
_ALI = fold("علي")
#: «أبي/أبو» after a link: the father's name is two words («علي بن أبي طالب»)
_KUNYA = fold_all("أبي أبو")
#: Words that link a person's names («بن عبدالعزيز»، «آل سعود»)
_NAME_LINKS = fold_all("بن ابن بنت آل")
#: Adjectives that end a site's name and belong to it («مطار الملك خالد الدولي»)
_NAME_ADJ = fold_all("الدولي الإقليمي")
#: Definite words after a palace or an airport that name a kind of building, not one
#: building («قصر العدل» is any courthouse, «قصر المؤتمرات» a conference hall); hand-made
#: from 3,000 SaudiNewsNet articles' words after «قصر»/«مطار» (seeded sample).
_COMMON = fold_all(
    "العدل الثقافة المؤتمرات المناسبات الأفراح الافراح المدة الفترة الحكومة التراث الرياضة "
    "الضيافة الشباب الطفولة الرئاسة الإمارة النظر العمر البلدية الجديد القديم المدينة العاصمة "
    "الدولي المحلي الحالي الرئيسي المنطقة"
)
#: Indefinite adjectives after the kind word («مطار جديد»، «قصر كبير»): no name. «مزدحم/مزدحمة»,
#: «مكتظ/مكتظة» (crowded: «فجر نفسه في سوق مزدحمة بشمال أفغانستان») added in session 16
#: (places-16a): «سوق مزدحمة في بلدة أريحا» was read as a named market (places-15a's 15603)
_ADJ = fold_all("جديد جديدة كبير كبيرة صغير صغيرة قديم قديمة ضخم ضخمة حديث حديثة آخر أخرى "
                "واحد مؤقت مؤقتة خاص خاصة عام عامة مهجور مهجورة مزدحم مزدحمة مكتظ مكتظة")
#: Words that end a name: prepositions, conjunctions, relatives, time words
_STOP = fold_all(
    "في من إلى الى على عن مع بعد قبل حيث الذي التي الذين وهو وهي هو هي إن أن كما قرب بين "
    "عند لدى حول نحو ضد منذ خلال عبر داخل خارج أمس اليوم مساء صباح ظهر يوم أو ثم "
    # «متحف المصمك الواقع في»: a participle that says where the site is; «قصر سموه»: his
    # highness's palace (session 15, places-15a)
    "الواقع الواقعة الكائن الكائنة سموه معاليه سماحته فخامته جلالته"
)
_CLOSING = frozenset("»”)")
_MAX_PERSON = 6  # «الأمير سلطان بن عبدالعزيز آل سعود»
_MAX_INDEFINITE = 2  # «بلاك بوش»، «مار اليان»


def _word_ok(w: str) -> bool:
    """Can ``w`` (folded) be part of a name at all?"""
    return (len(w) > 1 and w not in _STOP and w not in DIRECTIONS and w not in PLACE_CUES
            and w not in SITE_CUES and not w.isdigit() and not w.startswith(("بال", "لل", "كال")))


def _nisba(w: str) -> bool:
    """«العسكري»، «الجديدة»، «دولي»: an adjective in -ي/-ية, no name."""
    return w.endswith(("ي", "يه")) and len(w) > 3


def _cue(w: str) -> str | None:
    """The kind word ``w`` is, with or without a proclitic («بمطار»، «وقصر»)."""
    if w in BUILDING_CUES:
        return w
    if len(w) > 3 and w[0] in "وبلف" and w[1:] in BUILDING_CUES:
        return w[1:]
    return None


def _name_end(toks: Sequence[Token], folded: Sequence[str], k: int, cue: str,
              covered: Set[int], quoted: bool = False) -> int | None:
    """End token (exclusive) of a name starting at token ``k`` after the kind word ``cue``,
    by the three rules of the module docstring; None when no name starts there."""
    sent = toks[k].sent

    def usable(j: int) -> bool:
        return (j < len(toks) and toks[j].sent == sent and toks[j].is_arabic
                and j not in covered and _word_ok(folded[j]))

    if not usable(k):
        return None
    w = folded[k]
    if cue in _OPEN and (w in ordinary_words() or not (quoted or w.startswith("ال"))
                         or (cue in _QUOTED_ONLY and not quoted)):
        # «ساحة الحرب»: an ordinary word; «جسر جوي»، «ساحة مواجهة»: an indefinite word is an
        # adjective or a noun of the phrase, unless quoted («مخيم "أبوتوفاك"»)
        return None
    if w in _TITLES:  # 1. a person's name: one name, then «بن X»/«آل X» links
        j = k + 1
        # «الإمام علي»: the name «علي» folds like the stop word «على» (``fold`` writes ى as ي)
        if not (usable(j) or (j < len(toks) and folded[j] == _ALI and toks[j].sent == sent
                              and j not in covered)) or folded[j].startswith("و"):
            return None  # «الملك» alone: the king, not a name
        j += 1
        while j - k < _MAX_PERSON and usable(j) and folded[j] in _NAME_LINKS and usable(j + 1):
            j += 2  # «الأمير محمد بن عبدالعزيز»; «الملك عبدالعزيز سيطرت»: a verb, no link
            if folded[j - 1] in _KUNYA and usable(j):
                j += 1  # «علي بن أبي طالب»: a father named by his son, «أبي» + one name
        return j + 1 if usable(j) and folded[j] in _NAME_ADJ else j
    if w.startswith("ال"):  # 2. one definite word
        # a definite word after the indefinite kind word is its genitive, a name («مستديرة
        # الأزهري»، «دوار الشهداء»), not an adjective (which would agree: «المطار العسكري»)
        if cue in _MOSQUE or w in _COMMON:
            return None
        return k + 2 if usable(k + 1) and folded[k + 1] in _NAME_ADJ else k + 1
    if cue in _PALACE or cue in _MOSQUE or _nisba(w) or w in _ADJ:  # 3. indefinite words
        return None
    if w in CONSTRUCT:  # «مقبرة أم الحمام»: a name in construct, its second word definite
        return k + 2 if usable(k + 1) else None
    j = k + 1
    # «بلاك بوش»: a second word, not a plural or feminine noun («مطار فيوميتشينو فترات»)
    while (usable(j) and j - k < _MAX_INDEFINITE and not folded[j].startswith(("و", "ال"))
           and not _nisba(folded[j]) and not folded[j].endswith(("ات", "ون", "ين", "ه"))):
        j += 1
    return j


def _key(folded: Sequence[str], cue: str, k: int, end: int) -> str:
    """One key per site however often and fully it is written: «مطار الأمير سلطان» and
    «مطار الأمير سلطان بن عبدالعزيز الدولي» are one airport (kind word, title, first name)."""
    words = folded[k:k + 2] if folded[k] in _TITLES else [w for w in folded[k:end] if w not in _NAME_ADJ]
    return " ".join([cue, *words])


def named_sites(toks: Sequence[Token], folded: Sequence[str],
                covered: Set[int]) -> list[tuple[int, int, str]]:
    """``(first token, end token, key)`` of each named building or landmark, its kind word
    included («قصر السلام»; the proclitic of «بقصر» is left out by the caller), and a key
    that is the same for every mention of one site; names touching a token of ``covered``
    (a place already read) are not read."""
    out: list[tuple[int, int, str]] = []
    for i, w in enumerate(folded[:-1]):
        cue = _cue(w)
        if cue is None or i in covered or _school_street(folded, toks, i):
            continue
        k = i + 1
        if toks[k].norm in _CLOSING:
            continue  # «تعيش «دوار» الاتفاق»: the kind word quoted is a word (dizziness)
        if folded[k] in QUOTES or folded[k] == "(":  # «دوار "المجسم"»
            k += 1
        if k >= len(toks) or toks[k].sent != toks[i].sent:
            continue
        end = _name_end(toks, folded, k, cue, covered, quoted=k > i + 1)
        if end is None:
            continue
        key = _key(folded, cue, k, end)
        if k > i + 1 and end < len(toks) and toks[end].norm in _CLOSING:
            end += 1  # «قصر «المعاشيق»»: the closing quotation mark too
        out.append((i, end, key))
    return out


#: «X مول»: a shopping mall, named before its kind word; «مجمع»/«مركز» may open the name
_MALL = fold_all("مول")
_MALL_HEADS = fold_all("مجمع مركز")
#: «مجمع الراشد التجارية»: a mall named between «مجمع» and the adjective «التجاري»
_COMMERCIAL = fold_all("التجاري التجارية")
_MAX_MALL = 3  # «القطيف سيتي»


def _mall_head(w: str) -> bool:
    return w in _MALL_HEADS or (len(w) > 3 and w[0] in "وبلف" and w[1:] in _MALL_HEADS)


def named_malls(toks: Sequence[Token], folded: Sequence[str]) -> list[tuple[int, int, str, int]]:
    """``(first token, end token, key, proclitic length)`` of each shopping mall: «دارين مول»,
    «مجمع القطيف سيتي مول» and «بمركز النخيل مول» (the head word included when there is one,
    its proclitic left out), «ودارين مول» (the و left out), «مجمع الراشد التجارية» (the
    adjective left out). The name may hold a town's name («الأحساء مول»): a mall's name is
    read whatever the index says of its words."""
    out: list[tuple[int, int, str, int]] = []
    for m, w in enumerate(folded):
        sent = toks[m].sent
        if w in _MALL and m > 0:
            k = m  # the name is tokens k .. m-1
            while (k > 0 and m - k < _MAX_MALL and toks[k - 1].sent == sent and toks[k - 1].is_arabic
                   and not _mall_head(folded[k - 1]) and _word_ok(folded[k - 1])):
                k -= 1
                if folded[k].startswith("و"):
                    break  # «ودارين مول»: the conjunction opens the name
            if k == m:
                continue
            if m + 1 < len(folded) and folded[m + 1] in _ADJ:
                continue  # «افتتاح مول جديد»: a mall, no name
            if k > 0 and toks[k - 1].sent == sent and _mall_head(folded[k - 1]):
                first = k - 1  # «مجمع القطيف سيتي مول»
            else:
                # no head word: the name is the word before «مول», not an ordinary word
                # («افتتاح مول»: the opening of a mall)
                k = first = m - 1
                if folded[k].lstrip("و") in ordinary_words():
                    continue
            f = folded[first]  # «بمركز»: the head's proclitic; «ودارين»: the name's و
            plen = 1 if (first < k and f not in _MALL_HEADS) or (first == k and f.startswith("و")) else 0
            out.append((first, m + 1, " ".join(["مول", *(x.lstrip("و") for x in folded[k:m])]), plen))
        elif w.endswith("مجمع") and m + 2 < len(folded) and _mall_head(w):
            k = m + 1
            if (toks[k].sent == sent and folded[k].startswith("ال") and _word_ok(folded[k])
                    and folded[k + 1] in _COMMERCIAL and toks[k + 1].sent == sent):
                out.append((m, k + 1, " ".join(["مول", folded[k]]), 0 if w in _MALL_HEADS else 1))
    return out


_MAX_CONTAINED = 6  # «مسجد الإمام علي بن أبي طالب»
_CENTRE = fold("مركز")
_MAX_PLAIN = 3  # a name with no title: «شارع المهندس عمر قاضي»
#: Indefinite nouns after a kind word that say what kind of station or hall it is, no name
#: («محطة مترو»، «محطة وقود»، «قصر أفراح»; places-10a's and places-15a's measured samples)
_KIND_NOUNS = fold_all("مترو قطار قطارات وقود بنزين حافلات كهرباء تحلية أفراح افراح")
#: Goods and trades after «سوق»: a market of them, no name («سوق الأسهم في الرياض»، «سوق الخضار
#: في برازافيل»; places-10a's and places-15a's samples: about 35 such markets in 2,000 articles)
_GOODS = fold_all("الأسهم الاسهم الأوراق العقار العقارات الانتقالات التمور الخضار الخضروات "
                  "الذهب النفط السيارات المواشي الأغنام الجملة التجزئة الأعلاف الأسماك")
#: «عن طريق»: "by way of", no road
_BY, _ROAD = fold("عن"), fold("طريق")
#: Street kind words, and a school's head nouns: «المدرسة الابتدائية طريق القيروان بالمنستير»،
#: «المدرسة الإعدادية شارع البيئة» name a school by its street (Tunisian usage), and schools are
#: no sites (module docstring; places-15a's 15602 and 15603 read them as the street: session 16,
#: places-16a)
_STREETS = fold_all("شارع طريق")
_SCHOOLS = fold_all("مدرسة المدرسة معهد المعهد روضة الروضة")
_SCHOOL_ADJ = 2  # «المدرسة الابتدائية»، «المعهد الثانوي النموذجي»


@lru_cache(maxsize=1)
def site_kinds() -> frozenset[str]:
    """The kind words of ``data/places/site_kinds.tsv``, folded."""
    return frozenset(fold(w) for _, words in data_rows("site_kinds.tsv", 1) for w in words.split())


def _kind_word(w: str) -> int | None:
    """The length of the proclitic on the kind word ``w`` (folded): 0 («مسجد»), 1 («بمسجد»،
    «وسوق»); None when ``w`` is no kind word."""
    if w in site_kinds():
        return 0
    return 1 if len(w) > 3 and w[0] in "وبلف" and w[1:] in site_kinds() else None


def _head(w: str) -> bool:
    """Is ``w`` (folded) a kind word or an organisation's head, with or without a proclitic
    («بمستشفى»، «وجامعة»)? It ends a contained site's name («برج الطوارئ بمستشفى الملك فهد»)."""
    bare = w[1:] if len(w) > 3 and w[0] in "وبلف" else w
    return _kind_word(w) is not None or any(x in ORG_HEADS or x == _CENTRE for x in (w, bare))


def _first_ok(w: str, quoted: bool) -> bool:
    """Can ``w`` (folded) open a contained site's name? A title or a quoted word; else no common
    noun of a kind («قصر العدل»), no adjective («فندق فئة»، «مبنى جديد»), no word with و/ل
    before it («جامع وعددهم»، «مسجد لأهل السنة»), no ordinary word of ANT («منفذ هجوم»، «طريق
    سريع»، «سوق الشغل»، «محطة التطهير»: a definite ordinary word names a site about three times in
    four, «مسجد الطوارئ»، «قصر الحكم», too few to read), and an indefinite word no nisba."""
    if quoted or w in _TITLES:
        return True
    if w in _COMMON or w in _ADJ or w in _KIND_NOUNS or w in _GOODS or w.isdigit() or w.startswith(("و", "ل")):
        return False
    return w not in ordinary_words() and (w.startswith("ال") or not _nisba(w))


def _school_street(folded: Sequence[str], toks: Sequence[Token], i: int) -> bool:
    """Is the street kind word at token ``i`` part of a school's name («المدرسة الابتدائية
    طريق القيروان»): a school's head noun before it, maybe with nisba adjectives between?"""
    w = folded[i]
    if (w[1:] if len(w) > 3 and w[0] in "وبلف" else w) not in _STREETS:
        return False
    k = i - 1
    while k >= 0 and i - k <= _SCHOOL_ADJ and toks[k].sent == toks[i].sent and _nisba(folded[k]):
        k -= 1
    if k < 0 or toks[k].sent != toks[i].sent:
        return False
    head = folded[k]
    return head in _SCHOOLS or (len(head) > 3 and head[0] in "وبلف" and head[1:] in _SCHOOLS)


def _next_ok(w: str) -> bool:
    """Can ``w`` (folded) go on a contained site's name? Not after و, not a plural noun
    («مطار فيوميتشينو فترات تأخير في روما»), not «التجارية» (the mall rule's: «مجمع الراشد التجارية»)."""
    return not (w.startswith("و") or w.endswith(("ات", "ون")) or w in _COMMERCIAL)


def contained_sites(toks: Sequence[Token], folded: Sequence[str], covered: Set[int],
                    container: Callable[[int], object]) -> list[tuple[int, int, str, int, int]]:
    """``(kind token, end token, key, container token, proclitic length)`` of each site written
    as kind word + name + the place it stands in («مسجد الإمام علي بن أبي طالب ببلدة القديح»،
    «سوق حراء بجدة»، «قصر بيان بالكويت»; kinds: ``data/places/site_kinds.tsv``): the name is
    every word between the kind word and the first token where ``container`` (a callback that
    knows the article's places) finds the place, one to ``_MAX_CONTAINED`` words, no stop word,
    no place already read, no kind word («برج الطوارئ بمستشفى»), none opening with و."""
    out: list[tuple[int, int, str, int, int]] = []
    for i, w in enumerate(folded[:-2]):
        plen = _kind_word(w)
        if plen is None or i in covered or (w == _ROAD and i > 0 and folded[i - 1] == _BY) \
                or _school_street(folded, toks, i):
            continue
        sent = toks[i].sent
        k = i + 1
        quoted = folded[k] in QUOTES or folded[k] == "("
        k += quoted
        if k >= len(toks) or toks[k].sent != sent or not _first_ok(folded[k], quoted):
            continue
        j, most = k, _MAX_CONTAINED if folded[k] in _TITLES else _MAX_PLAIN
        while j < len(toks) and j - k < most and container(j) is None:
            # the word after a title is a name even where it folds to a stop word («الإمام علي»)
            named = j == k + 1 and folded[k] in _TITLES and not folded[j].startswith("و")
            if (toks[j].sent != sent or not toks[j].is_arabic or j in covered or _head(folded[j])
                    or not (named or _word_ok(folded[j])) or (j > k and not _next_ok(folded[j]))):
                break
            j += 1
        end = j
        if quoted and j < len(toks) and toks[j].norm in _CLOSING:
            j += 1
        if end == k or j >= len(toks) or toks[j].sent != sent or container(j) is None:
            continue
        out.append((i, j, " ".join([w[plen:], *folded[k:end]]), j, plen))
    return out
