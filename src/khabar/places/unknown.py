"""Places the index does not know: put near the places the article does name.

An unknown named place in a news story is, far more often than not, a small place (a
village, a district, a market) of the city or region the story is about. Two sources:

1. LOC entities of the tagger that no gazetteer name overlaps («بورو ماركت»);
2. an unknown name right after a village, quarter, building, district or camp cue («قرية
   الطيوري»، «حي سلطان بيلي»، «مسرح باتاكلان»، «محافظة الداير»، «معسكر الصباحة»، «منطقة
   شقرة»):
   up to two words, stopping at a function word, a compass word or a non-Arabic token.

Each gets one record (at its first mention) at the point of the nearest non-country place
record in its sentence, else before it, else after it, precision ``village`` after «قرية»/«بلدة», ``site``
otherwise; with no such place, an entity gets the article's main country (precision
``country``) and a cued name nothing.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from ..document import Doc
from ..normalize import fold
from ..schema import Place, PlacePrecision
from .index import PlaceEntry, gazetteer
from .lexicon import (
    DIRECTIONS,
    GENERIC_NOUNS,
    NAME_STOP,
    PLACE_CUES,
    QUOTES,
    SITE_CUES,
    VILLAGE_CUES,
    fold_all,
    ordinary_words,
)
from .listed import CONSTRUCT, listed_places
from .local import contained_names, described_sites
from .mentions import Match
from .near import Mention, placed_at
from .near import anchor as _anchor
from .near import sentence_of as _sentence

__all__ = ["described_sites", "listed_places", "stray_places", "unknown_places"]

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
# Words before an unknown LOC entity that make it read as a place («في بورو ماركت»، «قرب
# مركا»): a tagged word after none of these (or a place cue) is more often a tagging error.
_BEFORE = fold_all("في إلى الى من قرب بالقرب نحو داخل عبر حتى باتجاه شمال جنوب شرق غرب وسط") | PLACE_CUES


# A cue followed by an ordinary word names no place: «مسرح الطفل»، «ملعب المباراة»، «حديقة
# الزهور»، «قرية التنمية»، «وادي الألعاب»، «منطقة حرب»، «منطقة محدودة»، «مسرح مفتوح». Which
# words are ordinary is read from a corpus (``data/places/ordinary.txt``: the words ANT
# writes 20+ times, mostly not after a place word; ``scripts/build_gazetteer.py
# --ordinary-words``), less the names of the index («قرية العين»). After a building, park,
# village or valley cue any such word is refused; after «منطقة» only an indefinite one:
# definite names there are often ordinary words too («منطقة الدورة» in Baghdad, «منطقة
# الأشراف»), indefinite ones seldom («منطقة شقرة»، «منطقة سناح»). Camps, fronts, ports,
# districts and quarters keep their names («معسكر مرة»، «جبهة المخدرة»، «ميناء الزيت»، «حي
# باب توما»).
_ORDINARY_ANY = _SITE_CUES | fold_all("قرية بلدة مزرعة وادي")


#: First words of a place's name in construct after «منطقة» (two words are read): the
#: construct nouns of ``listed.CONSTRUCT`` («عين»، «بئر»، «أم»، «بني»...) and the Maghrebi
#: ones ANT writes before Tunisian hamlets the index lacks («منطقة سيدي X» 41 names, «بير X»
#: 16: the gap counts of ``scripts/gazetteer_gap.py``, docs/places.md session 6; «هنشير»
#: (a farm estate), «أولاد» (a clan)); not «بيت»، «دار» (a house: «منطقة دار الضيافة»)
#: endings of an indefinite adjective after «منطقة» («منطقة عسكرية»، «منطقة جبلية»)
_ADJ_ENDS = ("يه", "ي", "يا", "ين", "ات", "ون")
_NAME_FIRST = (CONSTRUCT - fold_all("بيت دار")) | fold_all("سيدي بير هنشير أولاد اولاد")

def _ordinary_after(cue: str, word: str) -> bool:
    """Is ``word`` (folded), right after the (bare, folded) ``cue``, an ordinary word?"""
    w = "ال" + word[2:] if word.startswith("لل") else word  # «مسرح للطفل»
    if w not in ordinary_words() or w in gazetteer() or w in CONSTRUCT:
        return False  # «قرية آل سرور»، «قرية بني مالك»: the first word of a name in construct
    return cue in _ORDINARY_ANY or (cue in _AREA and not w.startswith("ال"))


def _not_a_name(text: str) -> bool:
    """Tagger errors the fallback must not place: adverbs in -يًا («بلاستيكيًا»، «وثائقيا»)
    and definite plurals («المترجلين»)."""
    w = fold(text)
    if w in PLACE_CUES or all(x in GENERIC_NOUNS or x[1:] in GENERIC_NOUNS for x in w.split(" ")):
        return True  # «المدينة»، «مدينة»، «البحر والبر والجو»: common nouns
    if " " in w:
        return False
    if w.startswith(("بال", "وبال")):
        return True  # «بالحجارة» (with stones): a preposition and a common noun
    w = "ال" + w[2:] if w.startswith("لل") else w  # «للبنين» (for boys)
    # «منطقة جبلية»: an indefinite nisba adjective (-ية) describes, it does not name
    return w.endswith("يا") or (w.startswith("ال") and (w.endswith("ين") or w.endswith("ون"))) or (
        not w.startswith("ال") and w.endswith("يه") and len(w) > 4)


def _after_place_word(doc: Doc, folded: list[str], start: int) -> bool:
    """Is the text at ``start`` preceded by a preposition or a place cue («في»، «قرية»),
    or does its word carry ب/ل («بمركا»)?"""
    toks = doc.tokens
    i = next((t.i for t in toks if t.start <= start < t.end), None)
    if i is None:
        return False
    if toks[i].start < start or folded[i][0] in "بل":
        return True  # a proclitic stands before the span
    if i == 0 or toks[i - 1].sent != toks[i].sent:
        return False
    w = folded[i - 1]
    return w in _BEFORE or (len(w) > 3 and w[0] in "وفبل" and w[1:] in _BEFORE)


def _cued_names(doc: Doc, covered: set[int], folded: list[str]) -> list[tuple[int, int, str, int]]:
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
        j = k
        # a second word only after a construct noun («عين عيسى»، «أولاد شلبي»): a definite
        # first word is the whole name («حي التضامن», not «حي التضامن تسليمه»)
        # a building («مسرح باتاكلان») has a one-word name here: «مسجد قوات أمن» is not one
        most = 1 if folded[k].startswith("ال") or bare in _SITE_CUES else 2
        if folded[k] == "ال":
            most = 2  # «قرية آل سرور»: a clan's name
        if (bare in _ADMIN_CUES and folded[k] in _ADMIN_STOP) or folded[k] in SITE_CUES:
            continue  # «مديرية الأمن»; «منطقة معسكر الكرين»: the camp is its own cue
        if bare in _OTHER_CUES and folded[k] in _FRONT_STOP:
            continue  # «جبهة النصرة»، «معسكر الدفاع الجوي»
        if bare in _OTHER_OR_DUAL_CUES and not folded[k].startswith("ال") and folded[k].endswith(("ي", "يه")):
            continue  # «ميناء نفطي»، «حقل غازي»: an indefinite adjective, no name
        if _ordinary_after(bare, folded[k]):
            continue  # «مسرح الطفل»، «منطقة حرب»: an ordinary word, no name
        if bare in _AREA:
            nxt = folded[k]
            # (a definite word after indefinite «منطقة» is a name in construct: «منطقة السلاطنية»)
            if nxt in _AREA_STOP or (nxt not in _NAME_FIRST and not nxt.startswith("ال")
                                     and nxt.endswith(_ADJ_ENDS)):
                continue  # «منطقة عسكرية»: an indefinite adjective («عين»، «بني» open names)
            # one word, unless the first opens a name in construct: «منطقة عين جفال»، «منطقة
            # هنشير التلة»، «منطقة بئر الحفي» (``_NAME_FIRST``)
            most = 2 if nxt in _NAME_FIRST else 1
        # «محافظة يخسرها المتمردون»: an imperfect verb, a word with a pronoun suffix or a
        # preposition with the article («محافظة بالمملكة») is no name; «جبل صبر والمواقع»:
        # a second word with و starts a list
        # «جبهتي الانقلابين»: a definite plural (-ين، -ون) is people, not a place's name
        if folded[k].startswith("ال") and folded[k].endswith(("ين", "ون")) and len(folded[k]) > 5:
            continue
        if folded[k].startswith(("ي", "بال", "كال")) or folded[k].endswith("ها") or (
                folded[k].startswith("و") and not folded[k].startswith("وادي")):
            continue  # «لبلده وأدخله»: «بلده» is "his country" before a verb
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


def _tagged_places(doc: Doc, raw: list[Match], records: list[Mention], folded: list[str],
                   follow: AbstractSet[int], refs: AbstractSet[tuple[int, int]]) -> list[Place]:
    """Source 1: LOC entities that no gazetteer name overlaps, after a place word."""
    out: list[Place] = []
    nz = doc.normalized
    spans = [(m.nstart, m.nend) for m in raw]
    for e in doc.entities:
        if e.type != "LOC":
            continue
        mentions = sorted(e.mentions or [e], key=lambda sp: sp.start)
        if any(nz.from_original(sp.start) < ne and ns < nz.from_original(sp.end)
               for sp in mentions for ns, ne in spans):
            continue  # the gazetteer saw it (and kept or rejected it)
        sp = mentions[0]
        if not _after_place_word(doc, folded, sp.start) or _not_a_name(sp.text):
            continue
        anchor = _anchor(records, sp.start, sp.end, _sentence(doc, sp.start), follow, refs)
        if anchor is not None:
            out.append(placed_at(sp, anchor, "site", entity=e.id))
    return out


def unknown_places(doc: Doc, raw: list[Match], chosen: list[Match], records: list[Mention],
                   folded: list[str], follow: AbstractSet[int] = frozenset(),
                   refs: AbstractSet[tuple[int, int]] = frozenset()) -> list[Place]:
    """Records for the unknown places of the module docstring (ids left empty)."""
    out = _tagged_places(doc, raw, records, folded, follow, refs)
    # a cued name may be a gazetteer name rejected as a common word («حي سلطان بيلي»)
    covered_toks = {t for m in chosen for t in range(m.tok_start, m.tok_end)}
    # «القفر» tagged LOC, then «مديرية القفر» again later: one place, one record
    seen_text: set[str] = {fold(p.text) for p in out}
    taken = [(p.start, p.end) for p in out]
    # a front inside an organisation's name («جبهة فتح الشام») is no place
    others = [(sp.start, sp.end) for e in doc.entities if e.type in ("ORG", "PER")
              for sp in (e.mentions or [e])]
    for first, end, cue, plen in _cued_names(doc, covered_toks, folded):
        span = doc.span_from_norm(doc.tokens[first].nstart + plen, doc.tokens[end - 1].nend)
        key = " ".join(folded[first:end])[plen:]
        if key in seen_text or any(s < span.end and span.start < e for s, e in taken) or (
                cue == _FRONT and any(s < span.end and span.start < e for s, e in others)):
            continue
        anchor = _anchor(records, span.start, span.end, _sentence(doc, span.start), follow, refs)
        # A gazetteer name the earlier stages set aside (inside an organisation's name, or a
        # common word) is still best placed by the gazetteer when a cue names it a place:
        # «شرطة محافظة الأنبار» is Anbar, not the nearest other place of the article.
        # («منطقة بئر قصب»: a name inside a construct name is another place, not this one)
        known = [c for m in raw if m.tok_start < end and first < m.tok_end
                 and not (m.tok_start > first and folded[first] in _NAME_FIRST) for c in m.candidates]
        precision: PlacePrecision = (
            "village" if cue in VILLAGE_CUES else "admin" if cue in _ADMIN_CUES else "site"
        )
        if anchor is not None:
            # A homonym abroad is not it («منطقة شقرة» near Zinjibar is not Syria's Shaqrah),
            # but a governorate named after «محافظة» is that governorate wherever the nearest
            # other place is (the nearest may be a misreading: «ومدنين» → Medenine).
            known = [c for c in known if c.country == anchor.country
                     or (precision == "admin" and c.precision == "admin")]
            # «لمحافظة الطوال»: a cued key of the index abroad, its bare name at home
            known = known or [h for m in raw if m.tok_start < end and first < m.tok_end
                              for h in [_home_bare_name(m.key, anchor.country)] if h is not None]
        if anchor is None:
            # nothing named before or around it: a gazetteer namesake only in a country the
            # article names («قرية تين الكوم» is no Iranian «الكوم»)
            named = {r[2].country for r in records}
            known = [c for c in known if c.country in named]
        if anchor is None and not known:
            continue
        seen_text.add(key)
        cue_tok = doc.tokens[first - 1]
        if folded[first - 1] in QUOTES or plen:  # «مديرية «كتف»», «وجزل»: the name alone
            full = span
        else:
            full = doc.span_from_norm(cue_tok.nstart + (1 if folded[first - 1] != cue else 0),
                                      doc.tokens[end - 1].nend)
        if known:
            best = max(known, key=lambda c: (c.precision == precision, c.population))
            out.append(Place(id="", text=full.text, start=full.start, end=full.end,
                             lat=best.lat, lon=best.lon, country=best.country,
                             name_en=best.name_en or None, precision=precision))
            continue
        assert anchor is not None
        out.append(placed_at(full, anchor, precision))
    return out + contained_names(doc, folded, chosen, records + [(p.start, p.end, p) for p in out])


def stray_places(doc: Doc, strays: list[Match], records: list[Mention],
                 follow: AbstractSet[int] = frozenset(),
                 refs: AbstractSet[tuple[int, int]] = frozenset()) -> list[Place]:
    """Records for gazetteer names read as unknown local places (a foreign hamlet's name in
    a story about another country, stage 4c of ``khabar.places``): one per name, at the
    nearest place named around it, precision ``village``; none without such a place."""
    out: list[Place] = []
    seen: set[str] = set()
    for m in sorted(strays, key=lambda m: m.nstart):
        if m.key in seen:
            continue
        span = doc.span_from_norm(m.nstart, m.nend)
        anchor = _anchor(records, span.start, span.end, _sentence(doc, span.start), follow, refs)
        if anchor is None:
            continue
        seen.add(m.key)
        home = _home_bare_name(m.key, anchor.country)
        if home is not None:
            # «قرية الخوجرة التابعة لمحافظة الطوال»: the index's «محافظة الطوال» is Syria's
            # alone, its bare «الطوال» a place of the story's country: that place
            out.append(Place(id="", text=span.text, start=span.start, end=span.end,
                             entity=m.entity, name_en=home.name_en or None, lat=home.lat,
                             lon=home.lon, country=home.country, precision="admin"))
            continue
        out.append(placed_at(span, anchor, "village", entity=m.entity))
    return out


def _home_bare_name(key: str, country: str | None) -> PlaceEntry | None:
    """The biggest place of ``country`` named by ``key`` without its cue word («محافظة
    الطوال» -> «الطوال»), when the key starts with a place cue; else None."""
    cue, _, bare = key.partition(" ")
    if cue not in PLACE_CUES or not bare or country is None:
        return None
    home = [c for c in gazetteer().get(bare) if c.country == country and c.precision != "country"]
    return max(home, key=lambda c: c.population) if home else None
