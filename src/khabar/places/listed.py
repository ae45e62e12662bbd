"""Lists of small places that no gazetteer has (stage 6b of ``khabar.places``).

«قرى سيعة، وذي مهنة، ومحزف»، «منطقة طياب والجماجم والسوداء»، «جبال الطوي وهرمز والحمة»،
«مدينتا قدسيا والهامة»، a Saudi weather report's «شملت ، السر ، ومسرة»: after a plural cue,
or after a place named with a singular area or village cue, the names joined to it by «و»
are places of the same kind. Each is put at the list's first place when it has one, else
near the places named (``khabar.places.near``). The walker over the list is
``khabar.places.lists``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Set as AbstractSet

from ..document import Doc
from ..normalize import fold
from ..schema import Place
from .lexicon import (
    ADJECTIVES,
    DIRECTIONS,
    GENERIC_NOUNS,
    NAME_STOP,
    PLACE_CUES,
    QUOTES,
    REGION_NOUNS,
    fold_all,
)
from .lists import AND, LIST_CUES, next_item
from .near import Mention, placed_at
from .near import anchor as _anchor
from .near import sentence_of as _sentence

__all__ = ["CONSTRUCT", "listed_places"]

# Lists of small places (stage 6b): «قرى سيعة، وذي مهنة، ومحزف»، «منطقة طياب والجماجم
# والسوداء»، «جبال الطوي وهرمز والحمة»، «مدينتا قدسيا والهامة». After a plural cue, or
# after a place named with a singular area/village cue, the names joined to it by «و» are
# places of the same kind, most often unknown to any gazetteer (Yemeni front-line villages,
# Taif's centres). Hand-made from SaudiNewsNet usage (tests/devgold/places).
_LIST_HEADS = fold_all("منطقة قرية بلدة حي جبل")
#: the first word of a two-word name in construct («وذي مهنة»، «وبني مالك»، «وتل معاز»)
#: «مراكز استراتيجية، منها قبة مشرعة وحدنان»: "among them" after a plural place noun
#: opens a list of its places (SaudiNewsNet; the gold tuning split annotates both)
_AMONG = fold_all("منها ومنها أبرزها وأبرزها أهمها وأهمها أبرزهما")
_PLACE_PLURALS = fold_all(
    "مناطق المناطق مواقع المواقع مراكز المراكز قرى القرى مديريات المديريات بلدات البلدات "
    "جبهات الجبهات أحياء الأحياء مدن المدن محافظات المحافظات جبال الجبال معسكرات المعسكرات"
)
CONSTRUCT = fold_all("ذي ذو بني بنى أبو ابو أم ام آل البو بئر عين تل رأس راس دار بيت كفر دير")
#: common nouns that end a list of places («منطقة الرباط والفيوش واللواء الخامس»، «جبل صبر
#: والمواقع»): military units, institutions, generic places
_LIST_STOP = fold_all(
    "اللواء لواء الكتيبة القوات قوات المواقع مواقع الجيش المقاومة الأحياء المناطق القرى "
    "المدن المحافظات المديريات الطرق الطريق المدارس المنازل المباني المزارع الأسواق "
    "المعسكرات المعسكر الجبال التلال الوديان الأودية المرتفعات الساحل السواحل المنافذ "
    "غيرها غيرهما سواها المراكز المحلات المساجد المستشفيات الشوارع الهجر الأرياف الضواحي "
    "ما ذلك هذا هذه تلك كل جميع بعض عدد عدة أجزاء اجزاء سماء معالي سمو كذلك أيضا ايضا "
    # verbs that go on after a list («ونجران، وتمتد إلى»، «وجلاجل وتم تحريرها»)
    "تم تمت تمتد يمتد تكون يكون كان كانت تتأثر تشمل يشمل قال أكد أضاف أوضح أشار ذكر "
    # the country itself and groups of countries («مناطق المملكة ودول مجلس التعاون»)
    "المملكة البلاد الدولة الوطن دول الدول مجلس "
    # adjectives of a plural cue («مناطق شاسعة»، «قرى عديدة»); «متنزه لآخر» (to another)
    "شاسعة واسعة عديدة مختلفة متفرقة كثيرة متعددة قريبة بعيدة مجاورة محررة محاصرة مهمة "
    "متاخمة آخر لآخر لأخر اخر "
    # ordinals («اقتحمت منطقة طياب والجماجم والسوداء والثاني في مشعبة»: "the second [group]")
    "الأول الأولى الثاني الثانية الثالث الثالثة الرابع الرابعة الخامس الخامسة السادس "
    "السادسة السابع السابعة الثامن الثامنة التاسع التاسعة العاشر العاشرة الأخير الأخيرة "
    # anaphors: the governorate, district, capital... just named («مدن وبلدات المحافظة»)
    "المحافظة المديرية العاصمة القرية البلدة الولاية المعتمدية الإمارة المملكة"
)
#: compass adjectives may follow a place's name («الحمة الشرقية»، «المنطقة الشرقية»); any
#: other definite nisba adjective makes the definite word before it a common noun
#: («المركز التسويقي»، «الكثافة السكانية»)
_COMPASS_ADJ = fold_all(
    "الشرقي الشرقية الغربي الغربية الشمالي الشمالية الجنوبي الجنوبية الوسطى العليا السفلى "
    "الأوسط القبلي القبلية البحري البحرية"
)
_PRONOUNS = ("ها", "هم", "هما", "كم", "نا")
#: words that may follow the last name of a list of places (places-8c, from the lists of
#: 1,000 unlabelled SaudiNewsNet and ANT articles): locative prepositions, relative
#: pronouns, adjectives of a place's own name, participles that locate it
_LIST_ENDS = fold_all(
    "في من إلى الى على عند قرب بين حتى نحو داخل التي الذي اللتين اللذين اللتان اللذان "
    "الكبير الكبرى الصغير الصغرى الجديد الجديدة القديم القديمة "
    "المحاذية المحاذي المجاورة المجاور التابعة التابع الواقعة الواقع"
)

_LIST_MAX = 10
_LIST_CUE_OF_AMONG = fold("مناطق")  # «منها» reads like a plural cue
#: Saudi weather reports list the centres rain fell on after «شملت» (included): «أمطار ...
#: على محافظة الطائف شملت ، السر ، ومسرة ، والحلقة»، «محافظة أملج شملت النويبعة والصحفة
#: وشثير» (SaudiNewsNet); read as a list only with a rain word in the sentence and a place
#: named before it («شملت مبنى المستودعات»، «شملت حتى الآن 134 مدرسة» are no lists)
_INCLUDES = fold_all("شملت وشملت شمل وشمل")
_RAIN = fold_all("أمطار الأمطار وأمطار سيول السيول هطول الهطول زخات")
_LIST_PUNCT = frozenset("،,:")


def _rain_after_place(toks: list, folded: list[str], records: list[Mention], i: int) -> bool:
    """Is token ``i`` in a sentence with a rain word, after a place named in that sentence?"""
    sent = toks[i].sent
    words = range(i - 1, -1, -1)
    before = [j for j in words if toks[j].sent == sent]
    start = toks[before[-1]].start if before else toks[i].start
    return (any(folded[j] in _RAIN for j in before)
            and any(start <= s < toks[i].start for s, _, _ in records))


def _list_word(w: str) -> bool:
    """Can a list item start with the (clitic-free, folded) word ``w``?"""
    # («الجنوب»: a bare direction is no place, docs/annotation.md places rule 7; places-18e)
    return (len(w) > 1 and w not in NAME_STOP and w not in DIRECTIONS and w not in GENERIC_NOUNS
            and w not in REGION_NOUNS
            and w not in _LIST_STOP and w not in PLACE_CUES and w not in ADJECTIVES
            and not w.endswith(_PRONOUNS) and not w.isdigit()
            and not w.startswith(("بال", "لل", "كال"))
            # «الحوثيين»: a definite plural; «عسكريه»: an indefinite nisba adjective
            and not (w.startswith("ال") and w.endswith(("ين", "ون")))
            and not (not w.startswith("ال") and w.endswith("يه") and len(w) > 4))


def listed_places(doc: Doc, folded: list[str], records: list[Mention],
                  refs: AbstractSet[tuple[int, int]] = frozenset()) -> list[Place]:
    """Records for the names of a list that no earlier stage placed (ids left empty): each
    at the point of the list's first place when it has one, else at the nearest place
    (``_anchor``); precision ``village``. A list needs at least two names."""
    toks = doc.tokens
    spans = _mention_spans(toks, records)
    covered = {k for i, (j, _) in spans.items() for k in range(i, j)}
    out: list[Place] = []
    seen: set[str] = set()
    for i in range(len(folded) - 1):
        if not _may_open_list(folded[i]):
            continue  # (_list_at would say None: most words, read first)
        got = _list_at(toks, folded, records, spans, covered, i)
        if got is None:
            continue
        head, names = got
        for a, b, plen in names:
            span = doc.span_from_norm(toks[a].nstart + plen, toks[b - 1].nend)
            key = fold(span.text)
            if key in seen or any(s < span.end and span.start < e for s, e, _ in records):
                continue
            anchor = head if head is not None and head.lat is not None else _anchor(
                records, span.start, span.end, _sentence(doc, span.start), refs=refs)
            if anchor is None or anchor.lat is None:
                continue
            seen.add(key)
            out.append(placed_at(span, anchor, "village"))
    return out


def _mention_spans(toks: list, records: list[Mention]) -> dict[int, tuple[int, Place]]:
    """First token -> (end token, record) of every mention already placed."""
    spans: dict[int, tuple[int, Place]] = {}
    ends = [t.end for t in toks]
    for s, e, p in records:
        # the token holding the start: the first ending after it, unless that one starts
        # later (tokens are sorted by offset; a bisection, not a pass over them: qa-16a)
        i = bisect_right(ends, s)
        if i == len(toks) or toks[i].start > s:
            continue
        j = i
        while j < len(toks) and toks[j].start < e:
            j += 1
        spans.setdefault(i, (j, p))
    return spans


def _bare(w: str) -> str:
    """A list cue or head without its proclitic («وقرى» -> «قرى»)."""
    return w[1:] if len(w) > 2 and w[0] in "وفبل" and (w[1:] in LIST_CUES or w[1:] in _LIST_HEADS) else w


def _may_open_list(w: str) -> bool:
    """Can the folded word ``w`` be read as a cue by :func:`_list_cue` («منها»، «شملت», or a
    cue or head, its proclitic aside)? When not, :func:`_list_at` gives None."""
    if w in _AMONG or w in _INCLUDES:
        return True
    cue = _bare(w)
    return cue in LIST_CUES or cue in _LIST_HEADS


def _list_cue(toks: list, folded: list[str], records: list[Mention], i: int) -> str:
    """The (bare) cue at token ``i``: a plural cue or a list head as written, «منها» after
    a plural place noun and «شملت» in a rain report read as a plural cue."""
    w = folded[i]
    cue = _bare(w)
    if w in _AMONG and any(folded[j] in _PLACE_PLURALS or _bare(folded[j]) in _PLACE_PLURALS
                           for j in range(max(0, i - 8), i) if toks[j].sent == toks[i].sent):
        cue = _LIST_CUE_OF_AMONG
    if w in _INCLUDES and _rain_after_place(toks, folded, records, i):
        cue = _LIST_CUE_OF_AMONG
    return cue


def _list_at(toks: list, folded: list[str], records: list[Mention],
             spans: dict[int, tuple[int, Place]], covered: set[int],
             i: int) -> tuple[Place | None, list[tuple[int, int, int]]] | None:
    """The list opened by the cue at token ``i``: its first place's record (None when no
    stage placed it) and its unplaced names ``(first token, end token, clitic length)``;
    None when no list starts there."""
    w = folded[i]
    cue = _list_cue(toks, folded, records, i)
    if cue not in LIST_CUES and cue not in _LIST_HEADS:
        return None
    k = i + 1
    if folded[k] in QUOTES or folded[k] == "(" or (w in _INCLUDES and folded[k] in _LIST_PUNCT):
        k += 1  # «مناطق «عابين وكرش»»، «مناطق( تبوك»، «شملت ، السر»
    if k >= len(toks) or toks[k].sent != toks[i].sent:
        return None
    head: Place | None = None
    names: list[tuple[int, int, int]] = []  # (first token, end token, clitic length)
    if i in spans and spans[i][0] > i + 1:  # «منطقة المحلة»: the record holds its cue
        end, head = spans[i]
    elif k in spans:
        end, head = spans[k]
    elif cue in LIST_CUES:  # «قرى سيعة، وذي مهنة»: a first name no stage placed
        first_end = _item(toks, folded, covered, k, 0, False)
        if first_end is None:
            return None
        names.append((k, first_end, 0))
        end = first_end
    else:
        return None
    # after a place of the index, only a definite name goes on the list: an indefinite word
    # after «منطقة الباحة و» is a title, a person, a verb far more often than a village; after
    # a name the index lacks, any name does
    _more_items(toks, folded, spans, covered, names, end, head is not None and head.name_en is not None)
    if names and cue not in LIST_CUES and _clause_goes_on(toks, folded, covered, names[-1][1]):
        # «منطقة نجران والبالغ عددهم»: after a singular cue («منطقة»، «قرية»، «حي»), the last
        # "name" is a word of the sentence going on; a plural or dual cue announces a list
        # («حارتي الشام، والمظلوم ملاك باعيسى»: the second quarter, then its mayor's name)
        names.pop()
    if head is None and len(names) < 2:
        return None  # «قرى المنطقة»: one name after a plural cue is no list
    return head, names


def _more_items(toks: list, folded: list[str], spans: dict[int, tuple[int, Place]], covered: set[int],
                names: list[tuple[int, int, int]], end: int, definite_only: bool) -> None:
    """Append to ``names`` the list's next unplaced items after token ``end`` (past the names
    placed already), up to ``_LIST_MAX``."""
    while len(names) < _LIST_MAX:
        nxt = next_item(toks, folded, end)
        if nxt is None:
            break
        k, plen = nxt
        if k in spans:
            end = spans[k][0]  # «وكرش»: a name placed already; the list goes on
            continue
        item_end = _item(toks, folded, covered, k, plen, definite_only)
        if item_end is None:
            break
        names.append((k, item_end, plen))
        end = item_end


def _clause_goes_on(toks: list, folded: list[str], covered: set[int], end: int) -> bool:
    """Does a clause go on right after the list item ending at token ``end``? A list of
    places ends at a comma, a full stop, a bracket, a «و», a locative («بالمدينة المنورة»،
    «في ريف دمشق»), a relative pronoun, an adjective of the place's name («السيل
    الكبير») or a place already placed; any other word after the last item («منطقة نجران
    والبالغ عددهم»، «منطقة عسير والحضور أوبريتا»، «سقام، والتقت عددا»، «أمير منطقة مكة
    المكرمة والقيادة الرشيدة») makes it a noun, a participle or a verb of the sentence."""
    if end >= len(toks) or toks[end].sent != toks[end - 1].sent or not toks[end].is_arabic:
        return False
    w = folded[end]
    if end in covered or w in _LIST_ENDS or w in _COMPASS_ADJ or w in DIRECTIONS or w in PLACE_CUES:
        return False
    return not (len(w) > 2 and w[0] in "وبل")


def _item(toks: list, folded: list[str], covered: set[int], k: int, plen: int,
          strict: bool) -> int | None:
    """End token of a name starting at token ``k`` (its first ``plen`` letters a clitic);
    ``strict``: definite names only."""
    w = folded[k][plen:]
    if k in covered or not toks[k].is_arabic or not _list_word(w):
        return None
    if plen and folded[k] in DIRECTIONS:
        return None  # «حي الوشم وسط العاصمة»: «وسط» (amid) is no و + «سط»
    if strict and not w.startswith("ال"):
        return None  # «منطقة الباحة وسمو الأمير»، «منطقة الباحة وليد الخاطر»
    if w.startswith("ال") and w.endswith("ات") and len(w) > 5:
        return None  # «والبلديات التابعة لها»: a definite plural
    if plen and (w in LIST_CUES or w in PLACE_CUES):
        return None  # «مدن وبلدات المحافظة»: a second cue word, not a name
    if w.startswith("ال") and k + 1 < len(toks) and toks[k + 1].sent == toks[k].sent:
        adj = folded[k + 1]
        if adj.startswith("ال") and adj.endswith(("ي", "يه")) and adj not in _COMPASS_ADJ:
            return None  # «والمركز التسويقي»، «والكثافة السكانية»: a noun and its adjective
    second = (k + 1 < len(toks) and toks[k + 1].sent == toks[k].sent and toks[k + 1].is_arabic
              and k + 1 not in covered and not folded[k + 1].startswith(AND)
              and _list_word(folded[k + 1]))
    if w in CONSTRUCT:  # «وذي مهنة»
        return k + 2 if second else None
    # «قبة مشرعة»: an indefinite first word in construct with a second
    return k + 2 if second and not w.startswith("ال") else k + 1
