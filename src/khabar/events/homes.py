"""Where a later event goes before the pairwise comparisons of :mod:`khabar.events.retellings`:
the occurrence told last, for a bare mention of violence, a source's retelling, or the custody of
the arrested (the ``_*_home`` rules, split out of retellings.py by events-6e), and the tests of
the same doers and people they share with the comparisons."""

from __future__ import annotations

from ..schema import Event
from .apart import PlaceKey, dates_differ, family_of, least_km, wide
from .lexicon import ffold
from .told import Told
from .wordlists import MERGE_WORDS


def _stems(text: str) -> set[str]:
    """Common-noun stems of a phrase, without ال and the dual/plural endings: «امرأتان» and
    «المرأتين» share «امرات»."""
    out = set()
    for w in ffold(text).split():
        w = w[2:] if w.startswith("ال") and len(w) > 4 else w
        for end in ("ان", "ين", "ون"):
            if w.endswith(end) and len(w) > 4:
                w = w[: -len(end)]
                break
        if len(w) >= 3:
            out.add(w)
        if w.startswith("ا") and len(w) > 4:
            out.add(w[1:])  # «امرأتان», «المرأتين»: the alef drops after ال
    return out


def _same_people(a: Event, b: Event, with_trigger: bool = False) -> bool:
    """Does a later event name its actors again with the article («المرأتين» after «امرأتان»)?
    ``with_trigger``: the earlier actors may be words of its trigger span («أطلقت امرأتان النار»)."""
    if not (a.actors or with_trigger) or not b.actors:
        return False
    back = {w for x in b.actors if x.entity is None and "ال" in ffold(x.text) for w in _stems(x.text)}
    texts = [x.text for x in a.actors if x.entity is None] + ([a.trigger.text] if with_trigger else [])
    return bool(back & {w for t in texts for w in _stems(t)})


def _actor_keys(e: Event) -> set[str]:
    return {a.entity or ffold(a.text) for a in e.actors}


def _bare_home(out: list[Event], e: Event, gaps: list[int], tolds: list[Told], told_e: Told) -> int | None:
    """A mention of violence that tells nothing of its own (no place, date, doer or toll) is
    the occurrence of its family told last, when that one was told a sentence or two before
    with its subtype (the sentence before: with its type): «مقذوفات عسكرية ... سقطت معظمها
    على سكن الممرضات» ... «وذكر علي سالم الوادعي الذي تعرض منزله للقصف»; «قامتا بتفجير
    نفسيهما في السوق المركزي» ... «فجرتا». Not when marked as another one («غارات أخرى»، «من
    جهة أخرى»): nothing else could tell it apart."""
    if told_e.another or e.place or e.date or e.actors or e.fatalities or family_of(e) != "violence":
        return None
    fam = [oi for oi, o in enumerate(out) if family_of(o) == "violence" and gaps[oi] > 0]
    if not fam:
        return None
    oi = min(fam, key=lambda k: (gaps[k], -k))  # the occurrence told last
    a, kind_a, gap = out[oi], tolds[oi].kind, gaps[oi]
    if kind_a is not None and told_e.kind is not None and kind_a != told_e.kind:
        return None
    if tolds[oi].clock and told_e.clock and tolds[oi].clock != told_e.clock:
        return None
    same = (a.subtype == e.subtype and gap <= 2) or (a.type == e.type and gap == 1)
    return oi if same else None


# A ground attack is typed by whom it hit (armed men: a battle; others: an attack); a source
# retelling it may name other victims, so the two subtypes tell one occurrence (events-6a).
_GROUND = frozenset({"attack", "armed_clash"})
# How many sentences after its last telling a source may retell an occurrence (events-6a;
# leave-one-part-out over the dev parts: docs/events.md, eleventh pass).
_SOURCE_GAP = 5


def _source_home(out: list[Event], e: Event, gaps: list[int], tolds: list[Told], told_e: Told,
                 dates: dict[str, str | None], places: dict[str, PlaceKey]) -> int | None:
    """A source retelling the occurrence told last (events-6a): a violence predicate inside a
    claim, with no date of its own, up to five sentences after the violence told last, of the
    same subtype (or an attack and a clash: a ground attack is typed by whom it hit), that
    names the same doers or the same place: the doers again with the article («أطلقت امرأتان
    النار» ... «وقال شاهد عيان إن إحدى المرأتين أطلقت أربعة أعيرة نارية»), by their act
    («وأوردت وسائل إعلام أن المهاجمين بادروا بإطلاق النار»), or the place told
    («قتل عشرات المقاتلين ... في مارع» ... «قال تنظيم داعش إن مقاتليه هاجموا مبنيين في مارع»).
    Not when marked as another («هجوم مماثل»), with a clock time or kind of its own, or in a
    sentence that turns to other news."""
    if told_e.another or e.claim is None or family_of(e) != "violence" or e.date:
        return None
    fam = [oi for oi, o in enumerate(out) if family_of(o) == "violence" and gaps[oi] > 0]
    if not fam:
        return None
    oi = min(fam, key=lambda k: (gaps[k], -k))  # the occurrence told last
    a, told_a = out[oi], tolds[oi]
    if gaps[oi] > _SOURCE_GAP or a.claim == e.claim:
        return None
    if (told_a.kind and told_e.kind and told_a.kind != told_e.kind) or \
            (told_a.clock and told_e.clock and told_a.clock != told_e.clock):
        return None
    if not (a.subtype == e.subtype or {a.subtype, e.subtype} <= _GROUND):
        return None
    pa, pb = places.get(a.place or ""), places.get(e.place or "")
    near = least_km(pa, pb) if pa is not None and pb is not None else None
    if pb is not None and (near is None or near > 25.0):
        return None  # another place
    return oi if (near is not None or _same_doers(a, e)) else None


# How many sentences after the article's lead a source's account of it may come (events-16d).
_LEAD_SOURCE_GAP = 2


def _lead_source_home(out: list[Event], e: Event, gaps: list[int], firsts: list[int], tolds: list[Told],
                      told_e: Told, dates: dict[str, str | None], places: dict[str, PlaceKey]) -> int | None:
    """The article's lead told again by a source (events-16d): wire copy tells the act, then
    someone's account of it in the next sentence or two («قتل 21 شخصا على الأقل في هجوم ... في
    قرية بولاية بورنو» ... «وقال سايمن تيمبلر أحد سكان القرية إن الإرهابيين هاجموا مايكاديري»;
    «قتل تسعة جنود ... في هجوم ... في وادي سر» ... «وأوضح مصدر أمني أن هجوما بسيارتين مفخختين
    ... استهدف نقطة عسكرية»). A violence mention in a sentence opened by a verb of saying and a
    new source naming itself (``Told.says``; not the same source going on, «وأوضحت أن ...»، «وقال
    المصدر إن ...», which on the audits went on to a roundup's other acts), with no date of its own, joins the violence told last when that one was first
    told in the article's first two sentences, one or two sentences before, of the same subtype
    (or an attack and a clash), with no kind, clock or date against it, not placed in another
    country nor at a town more than 25 km from the lead's: the account names the village or the
    checkpoint where the lead named the district or the province, which keeps it apart from
    :func:`_source_home` (within 25 km). Not when marked
    as another («هجوم مماثل»)."""
    if not told_e.says or told_e.another or e.date or family_of(e) != "violence":
        return None
    fam = [oi for oi, o in enumerate(out) if family_of(o) == "violence" and gaps[oi] > 0]
    if not fam:
        return None
    oi = min(fam, key=lambda k: (gaps[k], -k))  # the occurrence told last
    a, told_a = out[oi], tolds[oi]
    if firsts[oi] > 1 or gaps[oi] > _LEAD_SOURCE_GAP:
        return None
    if (told_a.kind and told_e.kind and told_a.kind != told_e.kind) or \
            (told_a.clock and told_e.clock and told_a.clock != told_e.clock):
        return None
    if not (a.subtype == e.subtype or {a.subtype, e.subtype} <= _GROUND):
        return None
    pa, pb = places.get(a.place or ""), places.get(e.place or "")
    if pa is not None and pb is not None:
        if pa[2] != pb[2]:
            return None  # another country
        near = least_km(pa, pb)
        if not (_area(pa) or _area(pb)) and near is not None and near > 25.0:
            return None  # two towns apart: another act («هاجم مسلحون مركزا في أضنة» ... «في ماردين»)
    return None if dates_differ(dates.get(a.date or ""), dates.get(e.date or "")) else oi


def _area(p: PlaceKey) -> bool:
    """Is a place an area (a country, a province, a region) rather than a point (a city, a
    village, a site)?"""
    return p[1] in ("country", "admin", "region") or wide(p)


def _custody_home(out: list[Event], e: Event, gaps: list[int], told_e: Told) -> int | None:
    """Custody of the arrested (events-6a): «الاحتفاظ» told after an arrest is how the arrest
    goes on (Tunisian communiqués: «تمكنت الفرقة من تفكيك خلية ... وأذنت النيابة بالاحتفاظ
    بهم»، «تم ايقافه يوم 24 سبتمبر ... وقد تم الاحتفاظ به بمركز الإيقاف»), not a new arrest:
    it joins the arrest told last, whatever its date (custody is ordered days later) or place
    (a detention centre). Not when marked as another."""
    if told_e.another or e.subtype != "arrests" or not any(
            w in ffold(x.text) for x in (e.trigger, *e.mentions) for w in MERGE_WORDS.custody):
        return None
    told = [oi for oi, o in enumerate(out) if o.subtype == "arrests" and gaps[oi] > 0]
    return min(told, key=lambda k: (gaps[k], -k)) if told else None


def _same_doers(a: Event, b: Event) -> bool:
    """Does ``b`` name ``a``'s doers: a shared one, the same people again with the article
    («امرأتان» ... «إحدى المرأتين», in ``a``'s actors or trigger), or the attackers by their act
    («المهاجمين»، «المسلحين»، «منفذي الهجوم»)?"""
    if not b.actors:
        return False
    if _doer_keys(a) & _doer_keys(b) or _same_people(a, b, with_trigger=True):
        return True
    return all(x.entity is None and ffold(x.text).split()[0] in MERGE_WORDS.attackers for x in b.actors)


def _doer_keys(e: Event) -> set[str]:
    """The actor keys of an event but rescuers (the civil defence, the Red Crescent), whom a
    report names at every scene: sharing one tells nothing."""
    return {ffold(x.text) if x.entity is None else x.entity for x in e.actors
            if not set(ffold(x.text).split()) & MERGE_WORDS.responders}
