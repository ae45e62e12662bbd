"""One event per real-world occurrence across the article: retellings join.

A later event joins an earlier one of the same family when their dates and places do not
conflict (different date values, different places) and they are at most three sentences
apart, or share an actor or target. The first mention keeps its trigger (the later ones go
to its ``mentions``); the subtype becomes the more specific one; empty arguments are filled
from the later one. (The gold articles' tuning part showed one occurrence told over several
sentences far more often than two occurrences of a family told without a place or date to
tell them apart.) The events of one sentence come from :mod:`khabar.events.merge`; where a
bare mention, a source's retelling or a custody goes first, from :mod:`khabar.events.homes`.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..schema import Event
from .apart import (
    PlaceKey,
    dates_differ,
    family_of,
    km,
    least_km,
    next_day,
    places_conflict,
    wide,
    with_provinces,
)
from .filters import CASUALTY_WORDS
from .homes import _GROUND, _actor_keys, _bare_home, _custody_home, _same_people, _source_home
from .lexicon import SUBTYPE_TYPE, ffold
from .merge import SPECIFICITY
from .told import Told, _told
from .verb_home import _verb_home, _verb_stem  # noqa: F401 (tests import _verb_stem from here)

__all__ = ["PlaceKey", "Told", "merge_events"]

# Sentences after an occurrence's last telling within which a retelling may be near it (the
# merge's old window: three sentences apart or sharing an actor).
_NEAR_SENTENCES = 3


def _lead_then_detail(a: Event, b: Event, gap: int, dates: dict[str, str | None],
                      places: dict[str, PlaceKey]) -> bool:
    """A lead told without a place below the country, then the same subtype on the same
    stated day told in detail in the next sentences («شنت طائرات التحالف أمس الجمعة سلسلة من
    الغارات ... في العديد من المحافظات» ... «وشن طيران التحالف الجمعة سلسلة من الغارات على
    معسكر ... في محافظة إب»): the lead summarises what follows (ACLED: one event per type,
    location and day; the gold articles mark the lead and the retelling as one)."""
    if a.subtype != b.subtype or not 0 < gap <= 2:
        return False
    va, vb = dates.get(a.date or ""), dates.get(b.date or "")
    if not va or not vb or va != vb or len(va) < 10:  # the same day, stated both times
        return False
    pa = places.get(a.place or "")
    pb = places.get(b.place or "")
    return pa is None or (pa[1] == "country" and (pb is None or pb[2] == pa[2]))


def _lead_retold(a: Event, b: Event, gap: int, told_b: Told, dates: dict[str, str | None],
                 places: dict[str, PlaceKey]) -> bool:
    """The article's lead (its first occurrence, told in its first sentences, placed at most
    at a country or a region of it), retold in detail by the first later occurrence of its
    subtype: «هاجموا موقعا أماميا وسيارة للشرطة الليلة الماضية في جنوب شرق تركيا، ما أدى إلى
    مقتل شرطي» ... «في وقت متأخر من السبت فتح مسلحون النار على مركبة للشرطة في بلدة مديات ...
    ما أدى إلى مقتل ضابط» (wire copy tells the lead, then the story). Not when marked as
    another one («هجوم مماثل»), and only when dates and places agree."""
    if a.subtype != b.subtype or told_b.another or not 0 < gap <= 5:
        return False
    va, vb = dates.get(a.date or ""), dates.get(b.date or "")
    if dates_differ(va, vb) and not (va and vb and next_day(va, vb)):
        return False
    pa, pb = places.get(a.place or ""), places.get(b.place or "")
    near = least_km(pa, pb) if pa is not None and pb is not None else None
    if pa is not None and not (pa[1] == "country" or wide(pa) or (near is not None and near <= 25.0)):
        return False  # a lead placed at a town is its own occurrence, unless the detail is there too
    return not places_conflict(pa, pb)


def _same_toll(a: Event, b: Event) -> bool:
    """Both events state the same number of dead, two or more (one dead is too common)."""
    fa, fb = a.fatalities, b.fatalities
    return bool(fa and fb and fa.best is not None and fa.best >= 2 and fa.best == fb.best)


def _retold(a: Event, b: Event, gap: int, told_a: Told, told_b: Told, kind_a: str | None) -> bool:
    """An occurrence named in passing, without place or date («شددت إجراءاتها في أعقاب هجوم
    مسلح على منتجع سياحي قتل فيه عشرات»), told in full by the next sentence («وقتل مسلح 38
    سائحا ... في مدينة سوسة في أواخر يونيو»): news leads name the occurrence, then tell it."""
    return (told_a.background and not told_b.background and gap == 1 and a.place is None and a.date is None
            and family_of(a) == family_of(b) == "violence"
            and (kind_a is None or told_b.kind is None or kind_a == told_b.kind))


def _same(a: Event, b: Event, gap: int, dates: dict[str, str | None], places: dict[str, PlaceKey],
          info_b: tuple = (True, None), kind_a: str | None = None, info_a: tuple = (True, None),
          lead: bool = False) -> bool:
    """Does a later event ``b`` report the occurrence ``a`` again? Same family (violence,
    abduction, protest, or one strategic subtype), no conflicting date or place, compatible
    kinds of violence, and ``b`` refers back (``info_b[0]``, :func:`is_anaphoric`: «الهجوم»,
    «قتلوا في ...»), at most three sentences apart or with a shared actor or target. A new
    predicate («شنت طائرات أخرى غارات»، «قصفت») is a new occurrence: in dense war reports
    one sentence after another tells another strike (the opened gold articles).

    Stages: 1 apart by family, sentence or clock; 2 retold (a lead, a named-in-passing
    occurrence, the same toll); 3 a new violence predicate repeating one just told
    (:func:`_predicate_repeats`); 4 a reference back (:func:`_refers_back`)."""
    told_a, told_b = _told(info_a), _told(info_b)
    if family_of(a) != family_of(b):
        return False
    if gap == 0:
        # one sentence's events were told apart on purpose («بعد مقتل...»); but an occurrence
        # named in passing, then referred back to in its sentence, is one («توقيفهم إثر اعتداء
        # متحف باردو ... قائد الخلية التي نفذت الهجوم»)
        return told_a.background and told_b.anaphoric and not told_b.another and (
            kind_a is None or told_b.kind is None or kind_a == told_b.kind)
    if told_a.clock and told_b.clock and told_a.clock != told_b.clock:
        return False  # «الساعة 1:50» ... «الساعة 12:30»: two reports, two occurrences
    if _told_again(a, b, gap, dates, places, told_a, told_b, kind_a, lead):
        return True
    if not told_b.anaphoric and family_of(a) == "violence":
        # («كما قصفت طائرة أخرى موقعا»: a new predicate marked as another is another occurrence)
        return not told_b.another and _predicate_repeats(a, b, gap, dates, places, kind_a, told_b.kind,
                                                         told_b.background)
    return _refers_back(a, b, gap, dates, places, kind_a, told_b)


def _told_again(a: Event, b: Event, gap: int, dates: dict[str, str | None], places: dict[str, PlaceKey],
                told_a: Told, told_b: Told, kind_a: str | None, lead: bool) -> bool:
    """Stage 2: ``b`` tells ``a`` again in full (named in passing, then told; a lead, then its
    detail; the same death toll a sentence or three later)."""
    kind_b = told_b.kind
    if _retold(a, b, gap, told_a, told_b, kind_a):
        return True
    if _lead_then_detail(a, b, gap, dates, places):
        return True
    if lead and _lead_retold(a, b, gap, told_b, dates, places):
        return True
    if _same_toll(a, b) and 0 < gap <= 3 and (kind_a is None or kind_b is None or kind_a == kind_b):
        va, vb = dates.get(a.date or ""), dates.get(b.date or "")
        if not dates_differ(va, vb):
            # the same death toll told again a sentence or three later is the same occurrence,
            # retold by a source («قتل عشرة جنود في هجوم ...» ... «تعرض المعسكر لهجوم خلف
            # عشرة قتلى»), even where a place is misread or the subtype differs
            return True
    return False


def _predicate_repeats(a: Event, b: Event, gap: int, dates: dict[str, str | None], places: dict[str, PlaceKey],
                       kind_a: str | None, kind_b: str | None, background_b: bool = False) -> bool:
    """Stage 3: a new violence predicate repeats an occurrence only right after it, with the
    same subtype, a shared actor and no other place: «قصفت الطائرات بلدة كفرنبل. وقال سكان إن
    الطائرات قصفت البلدة مرتين»."""
    pa, pb = places.get(a.place or ""), places.get(b.place or "")
    # (or a definite common noun for its actors refers back: «المهاجمين طعنوا أناسا»)
    back = bool(_actor_keys(a) & _actor_keys(b)) or any(
        x.entity is None and ffold(x.text).startswith("ال") for x in b.actors)
    # (or the next sentence tells fighting of the same subtype at the same place: «قتل 18
    # حوثيا في اشتباكات ... في تعز. وذكر المصدر أن قتلى سقطوا في معارك ... بمدينة تعز»)
    # (one place may come as two records: «بمحافظة الحرث» and «بالمحافظة» at one point)
    near = least_km(pa, pb) if pa is not None and pb is not None else None
    same_place = pa is not None and pb is not None and (pa[0] == pb[0] or (near is not None and near < 5.0))
    va, vb = dates.get(a.date or ""), dates.get(b.date or "")
    # (a place of its own at or near the first one's: «أفادت مصادر أمس الأحد بمقتل ثمانية في
    # مواجهات ... في مدينة مأرب» told again as «مواجهات اندلعت مساء السبت ... في منطقة الجفينة»)
    near_or_none = same_place or (near is not None and near <= 25.0)
    if dates_differ(va, vb) and not (near_or_none and a.subtype == b.subtype and 0 < gap <= 3
                                      and va and vb and next_day(va, vb)):
        # two dates: two occurrences («في 18 مارس ...»، «في 26 يونيو ...»); but a night told
        # as «أمس» and as «البارحة الأولى» at one place may be one strike (a day apart), and a
        # day told as «أمس الأحد» by the report and «مساء السبت» by its detail
        return False
    if _same_people(a, b) and 0 < gap <= 3 and (kind_a is None or kind_b is None or kind_a == kind_b) \
            and not (pa is not None and pb is not None and not same_place):
        # the same attackers named again with the article («أطلقت امرأتان النار» ... «إن إحدى
        # المرأتين أطلقت أربعة أعيرة نارية على مسؤولي الأمن»): the same shooting
        return True
    # (one kind of violence told twice counts too: «مقتل وجرح 45 ... بتفجير سيارتين مفخختين»
    # then «سيارتين عسكريتين يقودهما انتحاريان فجرا نفسيهما» at the same point, a bombing
    # told again as a suicide bombing; events-3b, SaudiNewsNet 2015 dev part G)
    # (a ground attack and a clash: at one place by true centres, not an unknown place's anchor)
    true_km = km(pa, pb) if pa is not None and pb is not None else None
    # (not one named in passing or with a date of its own: a past attack recalled, «الذي قاد
    # هجوما في غروزني في ديسمبر 2014»، «في أعقاب مقتل ستة أشخاص في مواجهات»)
    ground = {a.subtype, b.subtype} <= _GROUND and true_km is not None and true_km <= 25.0 \
        and not background_b and not (vb and vb != va)
    if (a.subtype == b.subtype or ground or (kind_a is not None and kind_a == kind_b and gap == 1)) \
            and 0 < gap <= 5 and near is not None and near <= 25.0:
        # ACLED codes one event per type, location and day: the same strikes at the same
        # town told again («شنت غارات على مواقع في مأرب» ... «وشنت 3 غارات على جبهة المخدرة»)
        return True
    if a.subtype == b.subtype != "armed_clash" and 0 < gap <= 3 and not b.actors and b.place is None \
            and _casualty_in_attack(b):
        # a casualty in an unnamed attack, with no doer and no place of its own, a sentence or
        # three after an attack of that kind: the victims of that attack («قتل جنرال ... في
        # هجوم صاروخي على سيارته» ... «وزوجته التي أصيبت على ما يبدو في هجوم»); not after a
        # battle (a clash, a taking): an attack on armed men is typed a battle too, and a
        # roundup's next attack is another one («قتل اثنان من المسلحين الحوثيين ... في هجوم
        # استهدف نقطة تفتيش لهم» after the taking of Dhale; events-7d)
        return True
    return (a.subtype == b.subtype and gap == 1 and (back or same_place)
            and (b.place is None or same_place))


def _casualty_in_attack(e: Event) -> bool:
    """Does the trigger span tell a casualty and the act that caused it («أصيبت ... في هجوم»،
    «قتل ... في غارة»): a casualty word first, more words after it?"""
    words = ffold(e.trigger.text).split()
    if len(words) < 2:
        return False
    w = words[0][1:] if words[0][:1] == "و" and len(words[0]) > 3 else words[0]
    # (any person of the verb: «قتلت»، «قتلوا»، «أصيبت»، «جرحوا»)
    return w in CASUALTY_WORDS or w.startswith(("قتل", "اصيب", "جرح"))


def _refers_back(a: Event, b: Event, gap: int, dates: dict[str, str | None], places: dict[str, PlaceKey],
                 kind_a: str | None, told_b: Told) -> bool:
    """Stage 4: ``b`` refers back (or is not violence): compatible kinds, dates and places,
    then near enough, or anaphoric with the same subtype or kind, or a shared actor or target."""
    anaphoric, kind_b = told_b.anaphoric, told_b.kind
    if kind_a and kind_b and kind_a != kind_b:
        return False
    if a.date and b.date and a.date != b.date:
        va, vb = dates.get(a.date), dates.get(b.date)
        if va is None or vb is None or (dates_differ(va, vb) and not (anaphoric and next_day(va, vb))):
            return False
    if a.place and b.place and places_conflict(places.get(a.place), places.get(b.place)):
        return False
    if 0 <= gap <= 3:
        return True
    if anaphoric and family_of(a) != "violence" and a.subtype == b.subtype:
        return True  # «انطلقت الاحتجاجات في ساو باولو»: the protests told before
    if anaphoric and kind_a and kind_a == kind_b:
        # «الاشتباكات» later in the article: the clash told before (dates and places agree)
        return True
    keys_a = _actor_keys(a) | {t.entity or ffold(t.text) for t in a.targets}
    keys_b = _actor_keys(b) | {t.entity or ffold(t.text) for t in b.targets}
    return bool(keys_a & keys_b)


def merge_events(
    events: list[Event],
    sentences: list[int] | None = None,
    dates: dict[str, str | None] | None = None,
    places: dict[str, PlaceKey] | None = None,
    info: Sequence[tuple] | None = None,
) -> list[Event]:
    """Merge repeated mentions of one occurrence; ids are renumbered ``v1, v2...``.
    ``sentences`` gives each event's sentence index (events in text order); ``dates`` the
    value of each date id and ``places`` a key of each place id (two ids may name one place);
    ``info`` each event's :class:`Told` (or an (anaphoric trigger, kind of violence) pair);
    without it every event may refer back."""
    out: list[Event] = []
    last_sent: list[int] = []
    tolds: list[Told] = []
    leads: list[bool] = []
    # (each place with the article's province nearest to it: a roundup's governorates apart)
    places = with_provinces(places) if places else places
    for n, e in enumerate(events):
        si = sentences[n] if sentences else -100
        inf = _told(info[n]) if info else Told(True, None)
        gaps = [si - s if sentences else -1 for s in last_sent]
        oi, by_source = _find_home(out, e, si, gaps, last_sent, tolds, leads, inf, bool(sentences),
                                   dates or {}, places or {})
        if oi is None:
            out.append(e)
            last_sent.append(si)
            tolds.append(inf)
            # the article's first occurrence, told in its first two sentences (after a dateline)
            leads.append(not out[:-1] and sentences is not None and si <= 1)
            continue
        leads[oi] = False  # a lead is retold once
        last_sent[oi] = si
        # the merged occurrence is told now (not in passing), at the clock given
        t = tolds[oi]
        # (named in passing now, «على إثر الهجوم»: a reference back in its sentence joins it too)
        tolds[oi] = t._replace(kind=t.kind or inf.kind, background=inf.background, clock=t.clock or inf.clock)
        # (a generic mention, of no kind, joined to a clash or a strike names it, and does not
        # type it: «انفجار» after a taking is no bombing; events-7d)
        _join(out[oi], e, keep_subtype=by_source or (t.kind is not None and inf.kind is None))
    for i, e in enumerate(out, 1):
        e.id = f"v{i}"
    return out


def _find_home(out: list[Event], e: Event, si: int, gaps: list[int], last_sent: list[int], tolds: list[Told],
               leads: list[bool], inf: Told, placed_in_text: bool, dates: dict[str, str | None],
               places: dict[str, PlaceKey]) -> tuple[int | None, bool]:
    """The occurrence told before that ``e`` retells (its index in ``out``), and whether it was
    found by a source (``homes``): a bare retelling, one by its source, a custody, then the
    stages of :func:`_home` (the first three need the events' sentences)."""
    oi = _bare_home(out, e, gaps, tolds, inf) if placed_in_text else None
    by_source = False
    if oi is None and placed_in_text:
        oi = _source_home(out, e, gaps, tolds, inf, dates, places)
        by_source = oi is not None
    if oi is None and placed_in_text:
        oi = _custody_home(out, e, gaps, inf)
    if oi is None:
        oi = _home(out, e, si, gaps, last_sent, tolds, leads, inf, dates, places)
    return oi, by_source


def _home(out: list[Event], e: Event, si: int, gaps: list[int], last_sent: list[int], tolds: list[Told],
          leads: list[bool], inf: Told, dates: dict[str, str | None], places: dict[str, PlaceKey]) -> int | None:
    """The occurrence told before that ``e`` tells again (the first that :func:`_same` accepts,
    redirected by :func:`_verb_home`), or None."""
    # a reference back with one candidate of its family told before, in another sentence,
    # is that one, however far («ووقع إطلاق النار» five sentences after «أطلق النار»)
    fam = [oi for oi, o in enumerate(out) if family_of(o) == family_of(e)]
    only = fam[0] if len(fam) == 1 and inf[0] and gaps[fam[0]] > 0 else None
    for oi, o in enumerate(out):
        if _dated_far(o, e, gaps[oi], tolds[oi], leads[oi], dates) or _placed_far(o, e, gaps[oi], tolds[oi], leads[oi],
                                                                                    places):
            continue
        gap = min(gaps[oi], 3) if oi == only else gaps[oi]
        if _same(o, e, gap, dates, places, inf, tolds[oi].kind, tolds[oi], lead=leads[oi]):
            home = _verb_home(out, oi, e, gaps, dates, places)
            return oi if home is None else home
    return None


def _dated_far(o: Event, e: Event, gap: int, told_o: Told, lead: bool, dates: dict[str, str | None]) -> bool:
    """A mention told more than three sentences after an occurrence's last telling, with a date
    of its own, is not that occurrence when it was told as news without a date: long roundups
    recall dated others («كما قتل قياديان آخران للقاعدة في أبريل»، «الذي قتل في آذار/مارس 2014 في
    المعارك»، «وكان 23 من الحوثيين قتلوا ... السبت» in another governorate), and the date is what
    the first telling lacked to tell them apart (events-7d). Not the article's lead (its detail
    dates it), nor an occurrence named in passing («غداة إقدام الجبهة على خطف ثمانية عناصر»: told
    in full later, with its date)."""
    return gap > _NEAR_SENTENCES and not lead and not told_o.background \
        and bool(dates.get(e.date or "")) and not dates.get(o.date or "")


def _placed_far(o: Event, e: Event, gap: int, told_o: Told, lead: bool, places: dict[str, PlaceKey]) -> bool:
    """The class of the far placed mention (events-8b): a mention told more than three sentences
    after an occurrence's last telling, placed below the country («وفي تعز استمرت المواجهات»،
    «الاعتداء الذي نفذ في سوروتش»، «مواجهات ... في منطقة الكود»), is not that occurrence when it
    was told without a place: long roundups go front by front, and the place is what the first
    telling lacked to tell them apart (the twin of :func:`_dated_far`; on 1,000 unlabelled
    articles most such joins read wrong: Aden's airport battle and Taiz's clashes, a Kabul blast
    and Kandahar's attacks, Turkish drone strikes and the Suruç bombing). Not the article's lead,
    nor an occurrence named in passing."""
    if gap <= _NEAR_SENTENCES or lead or told_o.background or o.place is not None or e.place is None:
        return False
    key = places.get(e.place)
    return key is not None and key[1] != "country"


def _join(o: Event, e: Event, keep_subtype: bool = False) -> None:
    """``e`` tells ``o`` again: its words become ``o``'s mentions, the subtype the more
    specific one (``keep_subtype``: ``o``'s, for a source's retelling, whose victims may type
    a ground attack otherwise), and what ``o`` lacks (place, date, toll, claim, actors,
    targets) comes from ``e``."""
    _add_mentions(o, e)
    if not keep_subtype:
        o.subtype = _more_specific(o.subtype, e.subtype)  # type: ignore[assignment]
    o.type = SUBTYPE_TYPE[o.subtype or ""]  # type: ignore[assignment]
    o.place = o.place or e.place
    o.date = o.date or e.date
    if o.fatalities is None:
        o.fatalities = e.fatalities
    o.claim = o.claim or e.claim
    keys = _actor_keys(o)
    o.actors += [a for a in e.actors if (a.entity or ffold(a.text)) not in keys]
    tkeys = {t.entity or ffold(t.text) for t in o.targets}
    o.targets += [t for t in e.targets if (t.entity or ffold(t.text)) not in tkeys]


def _add_mentions(o: Event, e: Event) -> None:
    """A retelling merged into ``o``: its trigger and mentions become ``o``'s mentions."""
    seen = {(o.trigger.start, o.trigger.end)} | {(x.start, x.end) for x in o.mentions}
    for x in (e.trigger, *e.mentions):
        if (x.start, x.end) not in seen:
            seen.add((x.start, x.end))
            o.mentions.append(x)
    o.mentions.sort(key=lambda x: x.start)


def _more_specific(a: str | None, b: str | None) -> str | None:
    for s in SPECIFICITY:
        if s in (a, b):
            return s
    return a
