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
from .lexicon import (
    ADJECTIVES,
    DIRECTIONS,
    PLACE_CUES,
    QUOTES,
    SITE_CUES,
    VILLAGE_CUES,
    fold_all,
)
from .lists import AND, LIST_CUES, next_item
from .local import contained_names, local_places
from .mentions import Match
from .near import Mention, placed_at
from .near import anchor as _anchor
from .near import sentence_of as _sentence

__all__ = ["described_sites", "listed_places", "stray_places", "unknown_places"]

# Words that end a cued name or cannot start one: prepositions, relatives, adjectives
# describing the place («قرية صغيرة»، «القرية المجاورة»), words of the cue family.
# Hand-made by the khabar authors.
_STOP = fold_all(
    "في من إلى الى على عن مع بعد قبل حيث الذي التي الذين وهو وهي هو هي إن أن كما قرب بين "
    "عند لدى حول نحو ضد منذ خلال عبر داخل خارج صغيرة كبيرة الصغيرة الكبيرة مجاورة المجاورة "
    "نائية النائية سكني السكني سكنية السكنية واحدة أخرى الأخرى جديدة الجديدة قديمة القديمة "
    "التابعة التابع الواقعة الواقع المحاذية المحاذي نفسها نفسه بأكملها كاملة كله كلها "
    "قرابة حوالي زهاء نحو مدة لمدة عدة سنوات إلا أخرى لأخرى الفريق المنتخب منتصف شعبي "
    "يوم أمس اليوم الذي الاستراتيجي الاستراتيجية الحدودي الحدودية العسكري العسكرية "
    "الشهير الشهيرة المطل المطلة رئيس رئيسي رئيسية الرئيسي الرئيسية تابع تابعة "
    "بكل لكل وكل"  # «في 39 محافظة بكل من منطقة ...»: «بكل» is "in each"
)
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
_DUALS = fold_all("بلدتي قريتي مدينتي محافظتي مديريتي منطقتي جبهتي حقلي")
# «جبهة صرواح» is a front line at a place; «جبهة النصرة» an armed group (also caught when
# the tagger says ORG).
_FRONT_STOP = fold_all(
    "النصرة الإنقاذ البوليساريو التحرير العمل القوى الشعبية الوطنية فتح المقاومة التوافق "
    "الرفض الإصلاح الصمود النضال الدفاع تحرير إنقاذ جيش الأمن الشرطة القوات الجيش الحرس "
    "اللواء لواء الكتيبة"  # «معسكر اللواء 15 ميكا»: a unit's camp, named by the unit
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
# Words before an unknown LOC entity that make it read as a place («في بورو ماركت»، «قرب
# مركا»): a tagged word after none of these (or a place cue) is more often a tagging error.
#: Words the tagger marks LOC that name no place: «المدينة» (the city just named), «البلاد».
_GENERIC = fold_all("المدينة المدن البلاد الدولة المنطقة البحر البر الجو مهرجان المهرجان شعبي")
_BEFORE = fold_all("في إلى الى من قرب بالقرب نحو داخل عبر حتى باتجاه شمال جنوب شرق غرب وسط") | PLACE_CUES


def _not_a_name(text: str) -> bool:
    """Tagger errors the fallback must not place: adverbs in -يًا («بلاستيكيًا»، «وثائقيا»)
    and definite plurals («المترجلين»)."""
    w = fold(text)
    if w in PLACE_CUES or all(x in _GENERIC or x[1:] in _GENERIC for x in w.split(" ")):
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
        if bare in _AREA:
            nxt = folded[k]
            # (a definite word after indefinite «منطقة» is a name in construct: «منطقة السلاطنية»)
            if nxt in _AREA_STOP or (not nxt.startswith("ال") and nxt.endswith(("يه", "ي", "يا", "ين", "ات", "ون"))):
                continue
            most = 1
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
               and toks[j].sent == toks[i].sent and folded[j] not in _STOP
               and folded[j] not in DIRECTIONS and folded[j] not in PLACE_CUES
               and not (j > k and folded[j].startswith("و"))
               and not (len(folded[j]) > 3 and folded[j][1:] in PLACE_CUES)):  # «بمنطقة»
            j += 1
        if j > k:
            out.append((k, j, bare, 0))
            # «حقلي شاعر وجزل»: the dual's second name, one word after و
            if (bare in _DUALS and j < len(toks) and j not in covered and toks[j].sent == toks[i].sent
                    and folded[j].startswith("و") and len(folded[j]) > 3 and folded[j][1:] not in _STOP):
                out.append((j, j + 1, bare, 1))
    return out


def unknown_places(doc: Doc, raw: list[Match], chosen: list[Match], records: list[Mention],
                   folded: list[str], follow: AbstractSet[int] = frozenset(),
                   refs: AbstractSet[tuple[int, int]] = frozenset()) -> list[Place]:
    """Records for the unknown places of the module docstring (ids left empty)."""
    out: list[Place] = []
    nz = doc.normalized
    spans = [(m.nstart, m.nend) for m in raw]
    # a cued name may be a gazetteer name rejected as a common word («حي سلطان بيلي»)
    covered_toks = {t for m in chosen for t in range(m.tok_start, m.tok_end)}
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
        known = [c for m in raw if m.tok_start < end and first < m.tok_end for c in m.candidates]
        precision: PlacePrecision = (
            "village" if cue in VILLAGE_CUES else "admin" if cue in _ADMIN_CUES else "site"
        )
        if anchor is not None:
            # A homonym abroad is not it («منطقة شقرة» near Zinjibar is not Syria's Shaqrah),
            # but a governorate named after «محافظة» is that governorate wherever the nearest
            # other place is (the nearest may be a misreading: «ومدنين» → Medenine).
            known = [c for c in known if c.country == anchor.country
                     or (precision == "admin" and c.precision == "admin")]
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
        out.append(placed_at(span, anchor, "village", entity=m.entity))
    return out


# Sites named by a description that identifies one place (docs/annotation.md: «العاصمة
# الجزائرية» is a place): the presidential palace of the city the story is in, a country's
# embassy or consulate there. Hand-made by the khabar authors from the gold corpus's
# tuning split and SaudiNewsNet usage.
_PALACE = fold("القصر")
_PALACE_ADJ = fold_all("الرئاسي الجمهوري")
_MISSIONS = fold_all("السفارة القنصلية")


def described_sites(doc: Doc, folded: list[str], records: list[Mention],
                    refs: AbstractSet[tuple[int, int]] = frozenset()) -> list[Place]:
    """«القصر الرئاسي»، «القصر الجمهوري»، «السفارة الأمريكية»، «القنصلية التركية»: a site at
    the town named nearest it (in its sentence, else before it); one record per
    description; nothing with no town named."""
    toks = doc.tokens
    out: list[Place] = []
    seen: set[str] = set()
    for i, w in enumerate(folded[:-1]):
        plen = 1 if len(w) > 4 and w[0] in "وبلف" and w[1:].startswith("ال") else 0
        bare = w[plen:]
        nxt = folded[i + 1]
        if toks[i + 1].sent != toks[i].sent:
            continue
        if not ((bare == _PALACE and nxt in _PALACE_ADJ) or (bare in _MISSIONS and nxt in ADJECTIVES)):
            continue
        key = f"{bare} {nxt}"
        span = doc.span_from_norm(toks[i].nstart + plen, toks[i + 1].nend)
        if key in seen or any(s < span.end and span.start < e for s, e, _ in records):
            continue
        # a place written right after it (ب/في) is where it is («السفارة الأمريكية في صنعاء»);
        # after a country («السفارة التونسية بليبيا»، «السفارة اليمنية بجيبوتي») it names no
        # one site of a town (the gold tuning split leaves such a mission out), not the
        # nearest town of the story either
        after = [m for m in records if m[2].lat is not None and 0 <= m[0] - span.end <= 4
                 and doc.article.text[span.end:m[0]].strip() in ("", "ب", "في")]
        if after and after[0][2].precision == "country":
            continue
        towns = [m for m in records if m[2].precision in ("city", "site", "admin") and m[2].lat is not None]
        anchor = after[0][2] if after else _anchor(towns, span.start, span.end, _sentence(doc, span.start),
                                                   refs=refs)
        if anchor is None:
            continue
        seen.add(key)
        out.append(placed_at(span, anchor, "site"))
    return out + local_places(doc, folded, records + [(r.start, r.end, r) for r in out], refs)


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
_CONSTRUCT = fold_all("ذي ذو بني بنى أبو ابو أم ام آل البو بئر عين تل رأس راس دار بيت كفر دير")
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
    return (len(w) > 1 and w not in _STOP and w not in DIRECTIONS and w not in _GENERIC
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
    # token ranges of every mention already placed
    spans: dict[int, tuple[int, Place]] = {}
    for s, e, p in records:
        i = next((t.i for t in toks if t.start <= s < t.end), None)
        if i is None:
            continue
        j = i
        while j < len(toks) and toks[j].start < e:
            j += 1
        spans.setdefault(i, (j, p))
    covered = {k for i, (j, _) in spans.items() for k in range(i, j)}
    out: list[Place] = []
    seen: set[str] = set()

    def bare(w: str) -> str:
        return w[1:] if len(w) > 2 and w[0] in "وفبل" and (w[1:] in LIST_CUES or w[1:] in _LIST_HEADS) else w

    def item(k: int, plen: int, strict: bool) -> int | None:
        """End token of a name starting at token ``k`` (its first ``plen`` letters a clitic);
        ``strict``: definite names only."""
        w = folded[k][plen:]
        if k in covered or not toks[k].is_arabic or not _list_word(w):
            return None
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
        if w in _CONSTRUCT:  # «وذي مهنة»
            return k + 2 if second else None
        # «قبة مشرعة»: an indefinite first word in construct with a second
        return k + 2 if second and not w.startswith("ال") else k + 1

    for i, w in enumerate(folded[:-1]):
        cue = bare(w)
        if w in _AMONG and any(folded[j] in _PLACE_PLURALS or bare(folded[j]) in _PLACE_PLURALS
                               for j in range(max(0, i - 8), i) if toks[j].sent == toks[i].sent):
            cue = _LIST_CUE_OF_AMONG
        if w in _INCLUDES and _rain_after_place(toks, folded, records, i):
            cue = _LIST_CUE_OF_AMONG
        if cue not in LIST_CUES and cue not in _LIST_HEADS:
            continue
        k = i + 1
        if folded[k] in QUOTES or folded[k] == "(" or (w in _INCLUDES and folded[k] in _LIST_PUNCT):
            k += 1  # «مناطق «عابين وكرش»»، «مناطق( تبوك»، «شملت ، السر»
        if k >= len(toks) or toks[k].sent != toks[i].sent:
            continue
        head: Place | None = None
        names: list[tuple[int, int, int]] = []  # (first token, end token, clitic length)
        if i in spans and spans[i][0] > i + 1:  # «منطقة المحلة»: the record holds its cue
            end, head = spans[i]
        elif k in spans:
            end, head = spans[k]
        elif cue in LIST_CUES:  # «قرى سيعة، وذي مهنة»: a first name no stage placed
            first_end = item(k, 0, False)
            if first_end is None:
                continue
            names.append((k, first_end, 0))
            end = first_end
        else:
            continue
        while len(names) < _LIST_MAX:
            nxt = next_item(toks, folded, end)
            if nxt is None:
                break
            k, plen = nxt
            if k in spans:
                end = spans[k][0]  # «وكرش»: a name placed already; the list goes on
                continue
            # after a place of the index, only a definite name goes on the list: an
            # indefinite word after «منطقة الباحة و» is a title, a person, a verb far more
            # often than a village; after a name the index lacks, any name does
            item_end = item(k, plen, head is not None and head.name_en is not None)
            if item_end is None:
                break
            names.append((k, item_end, plen))
            end = item_end
        if head is None and len(names) < 2:
            continue  # «قرى المنطقة»: one name after a plural cue is no list
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
