"""Stage 2 of :mod:`khabar.places`: names of the index that are part of another name.

A name is dropped when it lies inside another entity of the tagger (an organisation's,
a person's: «جامعة دمشق»، «محمد علي»), follows an organisation's head noun in construct
(«هيئة إسعاف لندن»), ends a party's name («حركة نداء تونس»), or is a person's name after
a title or with «بن» («الشيخ زايد بن سلطان»). Names that are ordinary words where they
stand are :mod:`khabar.places.words`'. The word lists are hand-made by the khabar authors
from Arabic news (SaudiNewsNet and ANT read to check the forms); each says what it guards
against.
"""

from __future__ import annotations

from typing import Any

from ..document import Doc
from ..normalize import fold
from .anchors import _LOCATIVE, _bare
from .datafiles import data_rows
from .index import Gazetteer
from .lexicon import ADJECTIVES, CITY_CUES, ORG_HEADS, PLACE_CUES, QUOTES, VILLAGE_CUES, fold_all
from .listmates import Ends, match_ends
from .mentions import Match
from .parties import before_club_adjective, in_club_name, in_party_name
from .span_index import SpanIndex

__all__ = ["REPEAT", "drop_non_places"]


#: cues of a town or village («مدينة الميادين»), and of a town or governorate («شرق مدينة
#: تعز»، «شمالي محافظة مأرب»)
_TOWN_CUES = CITY_CUES | VILLAGE_CUES

#: «صالح بن فوزان»: a name after «بن» is a father's name (Ouezzane is «وزان»)
_SON_OF = frozenset({fold("بن"), fold("ابن"), fold("بنت")})
#: «بني» (sons of: a tribe), written alone or with و/ل/ب
_TRIBE = fold_all("بني وبني لبني ببني")
_TITLES = frozenset(fold(w) for w in "الشيخ السيد الأمير الملك الرئيس الدكتور أحمد محمد".split())
#: titles written before a person's name only (not «الرئيس»/«الملك», which take a country's
#: adjective: «الملك المغربي»)
_PERSON_TITLES = fold_all("الدكتور د. المهندس الأستاذ السيد السيدة الشيخ اللواء العميد العقيد "
                          "المقدم الرائد النقيب الفريق المستشار القاضي الأمير الأميرة")


def _entity_spans(doc: Doc) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """Norm-offset spans of LOC entity mentions (with the entity id) and of other entities."""
    loc: list[tuple[int, int, str]] = []
    other: list[tuple[int, int, str]] = []
    nz = doc.normalized
    for e in doc.entities:
        spans = e.mentions or [e]
        for sp in spans:
            ns, ne = nz.from_original(sp.start), nz.from_original(sp.end)
            if e.type == "LOC":
                loc.append((ns, ne, e.id))
            else:
                other.append((ns, ne, e.type))
    return loc, other


#: «بقيادة»، «بزعامة»، «تقوده»: "led by", before the state that leads a coalition
_LED_BY = fold_all("بقيادة بزعامة تقوده يقوده تقودها يقودها")


#: «بلدية»: a municipality («بلدية تونس»، «لبلدية نفطة»)
_MUNICIPALITY = fold_all("بلدية")


def _governed(m: Match, toks: list[Any], folded: list[str], span: tuple[int, int]) -> bool:
    """Is the entity ``span`` (tagged ORG, say) «بلدية» + the name ``m`` and nothing after it
    («بلدية تونس»، «لبلدية نفطة»)? docs/annotation.md rule 6(b): a municipality names the place
    it governs, annotated; ``_HEADS`` lets such a name be (session 15), and this lets the
    tagger's whole-entity span of it be too (session 16, places-16a)."""
    i = m.tok_start
    # the tagger's span may start after the head's proclitic («ل[بلدية تونس]»)
    return (span[1] == m.nend and i > 0 and m.nstart == toks[i].nstart and span[0] < toks[i - 1].nend
            and toks[i - 1].sent == toks[i].sent and _is_head(folded[i - 1], _MUNICIPALITY))


def _adjective_after(doc: Doc, m: Match, end: int) -> bool:
    """Is the rest of an entity that starts with ``m`` and ends at ``end`` (norm offsets) one
    country's adjective, feminine? Session 21 (places-21b), a bug fix of the town-cue reading below
    (docs/places.md: "a name tagged ORG right after a town cue is a place"): the tagger tags
    a club's town with its adjective as the club («مدينة برشلونة الإسبانية» ORG), and the
    town after «مدينة» or «في» was dropped as a word of the club's name."""
    rest = doc.normalized.text[m.nend:end].split()
    if len(rest) != 1:
        return False
    # feminine, agreeing with the town: «برشلونة الإسبانية»; the masculine agrees with the
    # club («لعب في برشلونة الإسباني»: he played for FC Barcelona), which stays no place
    w = fold(rest[0])
    return w.endswith("ه") and w[:-1] in ADJECTIVES


def _link_entities(doc: Doc, matches: list[Match], folded: list[str]) -> list[Match]:
    loc, other = (SpanIndex(spans) for spans in _entity_spans(doc))
    kept = []
    for m in matches:
        m.entity = next((eid for _, _, eid in loc.overlapping(m.nstart, m.nend)), m.entity)
        clitic = m.nstart != doc.tokens[m.tok_start].nstart
        inside = [(ns, ne) for ns, ne, _ in other.holding(m.nstart, m.nend)
                  if not _governed(m, doc.tokens, folded, (ns, ne))]
        # «و«عقبة ثرة»» tagged MISC: a hand-table place that is a whole MISC entity (a
        # nationality, event or product) is a place the tagger mislabelled
        if any(c.source == "hand" for c in m.candidates) and (m.nstart, m.nend, "MISC") in other.exact:
            inside = []
        # «توفوا في قنا» tagged ORG: a name that is the whole entity, right after «في» or
        # «إلى» or a town cue («مدينة الميادين»: also a TV channel), is a place the tagger
        # mislabelled (a metonym, «أكدت الرياض», is not after
        # these prepositions)
        prep = m.tok_start > 0 and (folded[m.tok_start - 1] in _LOCATIVE
                                    or _bare(folded[m.tok_start - 1]) in _TOWN_CUES)
        if inside and prep and all((ns, ne) == (m.nstart, m.nend)
                                   or (ns == m.nstart and _adjective_after(doc, m, ne)) for ns, ne in inside):
            inside = []
        # «التحالف بقيادة السعودية» tagged ORG as a whole: the state that leads a coalition
        # is named as a place (the gold tuning split's «التي تقودها الولايات المتحدة», dev
        # parts A, C, GZ, O), not a word of the coalition's name
        if inside and m.tok_start > 0 and folded[m.tok_start - 1] in _LED_BY and not clitic \
                and any(c.precision == "country" for c in m.candidates):
            inside = []
        if m.entity is None and not clitic and inside:
            # «جامعة دمشق», «محمد علي»: a name inside another entity; but not after a
            # preposition («أولاد شلبي بسيدي بوزيد» tagged ORG is "... in Sidi Bouzid")
            continue
        kept.append(m)
    return kept


#: proclitics an organisation's head noun may carry («بجامعة تعز»، «وشرطة القطيف»)
_HEAD_CLITICS = ("وب", "ول", "وف", "و", "ف", "ب", "ل")

#: Session 15 (places-15b), two bug fixes of the heads against docs/annotation.md rule 6:
#: «بلدية X», a municipality, governs the place it names and rule 6(b) annotates it (the
#: tuning split's «عميد بلدية [مدينة سبها]»): no head here (``lexicon.ORG_HEADS`` keeps it
#: for the institution spans of ``anchors``). A stock index named after its exchange's place
#: («مؤشر شنغهاي»، «مؤشر بورصة قطر») is part of an organisation's name, rule 6(c), like
#: «بورصة» (a head already): «مؤشر» is one.
_HEADS = (ORG_HEADS - fold_all("بلدية")) | fold_all("مؤشر")
#: Session 19 (places-19g), rule 6(c): a company's brand name before the country name that
#: ends its registered name («أرامكو السعودية»، «وزين السعودية»), ``data/places/org_brands.txt``
_BRANDS = frozenset(fold(r[0]) for r in data_rows("org_brands.txt"))
_HEADS = _HEADS | _BRANDS
#: Session 20 (places-20c), rule 6(c): «مصرف», a bank, heads a bank's name as «بنك» does
#: («مصرف الريان»، «مصرف البحرين المركزي»، «مصرف اسكتلندا الملكي»). Not «صناعات»: «صناعات
#: قطر» is a company, «صناعات السعودية» the country's industries.
_HEADS = _HEADS | fold_all("مصرف")
#: «سوق» is a market place («سوق الحميدية»), but an exchange when «المالي/للأوراق» follows its
#: place («سوق دبي المالي»، «سوق مسقط للأوراق المالية») or an index comes just before it
#: («مؤشر سوق دبي»، «المؤشر العام لسوق أبوظبي»): rule 6(c), the exchange's name
_MARKET = fold_all("سوق")
_EXCHANGE_AFTER = fold_all("المالي المالية للأوراق للاوراق")
_INDEX = fold_all("مؤشر المؤشر لمؤشر للمؤشر")
_INDEX_WINDOW = 3


def _is_head(w: str, heads: frozenset[str]) -> bool:
    """Is the folded word ``w`` one of ``heads``, maybe with a proclitic?"""
    return w in heads or any(w.startswith(c) and w[len(c):] in heads for c in _HEAD_CLITICS)


def _in_exchange_name(m: Match, toks: list[Any], folded: list[str]) -> bool:
    """Is ``m`` the place of a stock exchange's name, «سوق X المالي» or «مؤشر (...) سوق X»?"""
    i, j = m.tok_start, m.tok_end
    if not _is_head(folded[i - 1], _MARKET):
        return False
    sent = toks[i].sent
    if j < len(folded) and toks[j].sent == sent and folded[j] in _EXCHANGE_AFTER:
        return True
    return any(folded[k] in _INDEX and toks[k].sent == sent for k in range(max(0, i - 1 - _INDEX_WINDOW), i - 1))


def _in_org_name(m: Match, toks: list[Any], folded: list[str]) -> bool:
    """A name in construct after an organisation's head noun («هيئة إسعاف لندن»، «بجامعة
    تعز»، «شرطة المنطقة الشرقية»، «كلية الدمام»), the head maybe with a proclitic, is part of
    the organisation's name: no place of its own (the development parts annotate such a name
    only as a mention of a place named elsewhere in the article, which that other mention
    then gives). In construct only: «مستشفى بدمشق», with ب, is a hospital in Damascus. A
    stock exchange's place («سوق دبي المالي») is part of its name too (``_in_exchange_name``)."""
    i = m.tok_start
    if i == 0 or m.nstart != toks[i].nstart or toks[i - 1].sent != toks[i].sent:
        return False
    if m.key.split(" ", 1)[0] in PLACE_CUES:
        return False  # «شرطة منطقة مكة المكرمة»: an area named with its cue stays a place
    w = folded[i - 1]
    if w in QUOTES and i > 1 and toks[i - 2].sent == toks[i].sent:
        w = folded[i - 2]  # «لقناة "ليبيا الحدث"»: the name quoted after its head
    return _is_head(w, _HEADS) or _in_exchange_name(m, toks, folded)


def _between_places(m: Match, at: Ends, toks: list[Any], folded: list[str]) -> bool:
    """Is ``m`` an item of a list of places, «و» + name right after a place of one of its
    countries, or before «و» + such a place («المنصورة، والشيخ عثمان، والبريقة»: an Aden
    district, not a sheikh)? Commas may stand between the items. ``at``: the names by end and
    first token (``listmates.match_ends``)."""
    countries = {c.country for c in m.candidates}

    def place_at(k: int, ends: bool) -> bool:
        return any(o is not m and any(c.country in countries for c in o.candidates)
                   for o in at[0 if ends else 1].get(k, ()))

    i, j = m.tok_start, m.tok_end
    before = i - 1 if i > 0 and folded[i - 1] not in ("،", ",") else i - 2
    after = j + 1 if j < len(folded) and folded[j] in ("،", ",") else j
    joined = m.nstart != toks[i].nstart and folded[i].startswith("و")
    return (joined and before >= 0 and place_at(before + 1, True)) or (
        after < len(folded) and folded[after].startswith("و") and place_at(after, False))


#: the note of a later mention of a common-word name that repeats an earlier mention of the
#: same entity (``drop_non_places``): it names the place again, so it is a mention (a record
#: where the earlier one is no place, an anchor for the places around it), but it counts no
#: second time for the article's countries, nor vouches for its own reading by nearness
#: (``khabar.places._accept_names``, ``_choose``): «العين» twice in a story on Lahij does not
#: make it a story on the Emirates
REPEAT = "repeat"


def _whole_mentions(doc: Doc) -> set[tuple[int, int]]:
    """Norm-offset spans of the LOC entities' mentions."""
    return {(ns, ne) for ns, ne, _ in _entity_spans(doc)[0]}


def _same_name(m: Match, o: Match, whole: set[tuple[int, int]]) -> bool:
    """Is ``m`` the name ``o`` again: the same key, and the whole of its entity mention (a
    proclitic aside; «ابا» of «بابا عمرو» is part of another name)?"""
    return o.key == m.key and any(ne == m.nend and ns <= m.nstart <= ns + 2 for ns, ne in whole)


def _placed(m: Match, toks: list[Any], folded: list[str]) -> bool:
    """Does ``m`` stand where a place is named: right after «في»/«إلى» or a place cue or compass
    word («في إب»، «ولاية قبلي»، «وسط مالي»), no proclitic on the name itself? («مصدر عسكري
    مالي» is the adjective Malian, «وسط الصواغية ودير الزغب» a list where the first «دير» was
    read as a town abroad.)"""
    i = m.tok_start
    if i == 0 or m.nstart != toks[i].nstart or toks[i - 1].sent != toks[i].sent:
        return False
    return folded[i - 1] in _LOCATIVE or _bare(folded[i - 1]) in PLACE_CUES


def _drop_entity_adjectives(doc: Doc, gaz: Gazetteer, toks: list[Any], folded: list[str],
                            matches: list[Match]) -> list[Match]:
    """«قاعدة العند الجوية» tagged LOC as a whole: a common word after another name of the same
    entity is that name's adjective («الجوية», a hamlet somewhere), not a place; a later mention
    of the entity written after a town cue, «محافظة البيضاء ... لمدينة البيضاء», is the town: a
    place of its own. Session 16 (places-16b), a bug fix: the same name again, written where a
    place is named («على إب» ... «في إب»: the whole of a later mention of the entity, with the
    same key, after «في»/«إلى», a place cue or a compass word), is no adjective of another name
    but a mention of the same place (``_same_name``, ``_placed``); it stays, as a ``REPEAT``."""
    in_entity: dict[str, list[Match]] = {}
    for m in matches:
        if m.entity is not None:
            in_entity.setdefault(m.entity, []).append(m)
    whole = _whole_mentions(doc)
    kept = []
    for m in matches:
        if m.entity is None or m.key not in gaz.common or (
                m.tok_start > 0 and _bare(folded[m.tok_start - 1]) in CITY_CUES):
            kept.append(m)
            continue
        before = [o for o in in_entity[m.entity] if o is not m and o.tok_end <= m.tok_start]
        if not before:
            kept.append(m)
        elif _placed(m, toks, folded) and all(_same_name(m, o, whole) for o in before):
            m.notes.append(REPEAT)
            kept.append(m)
    return kept


def _drop_clubs(toks: list[Any], folded: list[str], matches: list[Match]) -> list[Match]:
    """«ميلان الإيطالي»، «الريان القطري»: a town or a country followed by a masculine demonym
    is a club's name (``parties.before_club_adjective``, places-21c). The article's other
    mentions of that place are the club's too («مدافع مرسيليا»، «حارس مرمى روما»، «الموقع الرسمي
    للوكرة») unless written where a place is named («في روما»، «بمدينة روما»، «بروما»:
    ``_placed``, or the name with its own «ب»)."""
    clubs = [m for m in matches if before_club_adjective(m, toks, folded)]
    if not clubs:
        return matches
    pids = {c.pid for m in clubs for c in m.candidates}
    club_ids = {id(m) for m in clubs}

    def placed(m: Match) -> bool:
        i = m.tok_start
        return _placed(m, toks, folded) or (m.nstart != toks[i].nstart and folded[i].startswith(("ب", "وب")))

    return [m for m in matches if id(m) not in club_ids and not (
        any(c.pid in pids for c in m.candidates) and not placed(m))]


def drop_non_places(doc: Doc, gaz: Gazetteer, toks: list[Any], folded: list[str],
                     raw: list[Match]) -> list[Match]:
    """Stage 2: link the names to the tagger's entities and drop those that are part of
    another name (an entity's adjective, an organisation's, a person's)."""
    matches = _link_entities(doc, list(raw), folded)
    matches = _drop_entity_adjectives(doc, gaz, toks, folded, matches)
    # «هيئة إسعاف لندن»: a name after an organisation's head noun is part of that name
    # (``_in_org_name``); this overrides the tagger, which often tags such a place LOC
    matches = [m for m in matches if not _in_org_name(m, toks, folded)]
    # «حركة نداء تونس»، «حزب آفاق تونس»: the last word of a party's or an association's
    # name (``parties``; rule 6c of docs/annotation.md), whatever the tagger says
    matches = [m for m in matches if not in_party_name(m, toks, folded)]
    # «مستقبل قابس»، «نجم المتلوي»، «منتخب مصر»: the town of a club's or team's name (``parties``)
    matches = [m for m in matches if not in_club_name(m, toks, folded)]
    # «ميلان الإيطالي»، «الريان القطري»: a town or a country followed by a masculine demonym
    # is a club's name (``parties.before_club_adjective``, places-21c)
    matches = _drop_clubs(toks, folded, matches)
    # «الشيخ عبد الله بن زايد»، «أحمد عبدالله الشكيلي»: a village name that is a person's
    # (a title first, or «بن» after it) unless the tagger says LOC
    # ... and «الشيخ زايد بن سلطان» (a name with «بن» after it) even when the tagger says LOC
    matches = [m for m in matches if not (m.tok_end < len(folded) and folded[m.tok_end] in _SON_OF
                                          and toks[m.tok_end].sent == toks[m.tok_start].sent)]
    at = match_ends(matches)
    matches = [m for m in matches if m.entity is not None or not (
        (m.tok_start > 0 and folded[m.tok_start - 1] in _SON_OF)
        or (m.key.split(" ", 1)[0] in _TITLES and all(c.population < 10_000 for c in m.candidates)
            and not _between_places(m, at, toks, folded)))]
    # «الدكتور السويد»، «اللواء الكويتي»: a name right after a person's title is that
    # person's name (a family name), even when the tagger says LOC; «بمركز بني حرير وبني
    # عدوان»: a name right after «بني» (a tribe, and the centre named after it) is part of
    # the tribe's name when the index lacks «بني X» (it has «بني مالك»), not Harir in Iraq
    return [m for m in matches if not (
        m.tok_start > 0 and m.nstart == toks[m.tok_start].nstart
        and toks[m.tok_start - 1].sent == toks[m.tok_start].sent
        and (folded[m.tok_start - 1] in _PERSON_TITLES or folded[m.tok_start - 1] in _TRIBE))]
