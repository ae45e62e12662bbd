"""Where, when, how many killed, and who said so: an event's place, date, fatalities and claim.

Place: among the sentence's place records (at every mention of their entity), the nearest
one named as where («في»، «بـ»، «قرب»، «بمدينة»), or the sentence's only one; never one right
after another event's trigger («هجمات باريس»). Date: the nearest date record in the sentence.
Fatalities: the nearest quantity with unit ``killed``, else a count of people right next to
a word of killing. Claim: the innermost claim whose content contains the trigger.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from ..document import Doc
from ..schema import Claim, Fatalities
from ..segment import Token
from .lexicon import ffold
from .phrases import imam, strip_conj
from .wordlists import ARGUMENT_WORDS

__all__ = ["casualty_in", "claim_for", "date_for", "fatalities_for", "place_for"]


def _nearest(records: Sequence, lo: int, hi: int, at: int) -> str | None:
    """Id of the record in ``[lo, hi)`` (original offsets) nearest to ``at``, ties after."""
    best: tuple[int, int, str] | None = None
    for r in records:
        start = getattr(r, "start", None)
        if start is None or not lo <= start < hi:
            continue
        d = abs(start - at)
        key = (d, 0 if start >= at else 1, r.id)
        if best is None or key < best:
            best = key
    return best[2] if best else None


_LOCATIVE = frozenset({"في", "قرب", "داخل", "شمال", "جنوب", "شرق", "غرب", "وسط", "امام", "بمدينه", "بمنطقه",
                       "بولايه", "بمحافظه", "مدينه", "منطقه", "ولايه", "محافظه", "بلده", "قريه", "حي", "ضواحي"})


# Words opening a clause of another occurrence (see merge.py).
_CONTRAST = frozenset({"فيما", "وفيما", "بينما", "وبينما"})



# «اتصلت به وكالة الصحافة الفرنسية في ...»، «تم الاتصال به في باماكو»: the words saying
# where a source was reached (folded), written by hand from SaudiNewsNet 2015 wire copy.
_REACHED = frozenset({"الاتصال", "اتصلت", "اتصل", "اتصال", "هاتفيا", "تحدث", "متحدثا", "مقره", "ومقره"})


def _reached_source(toks: Sequence[Token], i: int) -> bool:
    """Is the place at token ``i`` (after its preposition) where a source was reached?"""
    back = [ffold(toks[k].norm) for k in range(max(0, i - 4), i - 1)]
    return any(w in _REACHED for w in back) and any(w in ("به", "بها", "بهم") or w in _REACHED for w in back[-2:])


# Punctuation that ends a clause (as in filters.py), for the only-place fallback.
_CLAUSE_END = frozenset("،,؛;:.()«»\"“”؟?!")


def _other_clause(toks: Sequence[Token], starts: list[int], at: int, place_start: int, joined: bool = False) -> bool:
    """Is a clause boundary (punctuation; with ``joined``, punctuation then a word with «و»:
    «...، وللترحم») between the trigger at ``at`` and a place? (``starts``: token offsets.)"""
    lo, hi = sorted((at, place_start))
    first = bisect_right(starts, lo)
    for k in range(first, len(toks)):
        if toks[k].start >= hi:
            break
        if toks[k].norm in _CLAUSE_END and (not joined or (k + 1 < len(toks) and toks[k + 1].norm.startswith("و"))):
            return True
    return False


def place_for(doc: Doc, sent: tuple[int, int], at: int, avoid: frozenset[int] = frozenset(),
              locative_only: bool = False, others: Sequence[int] = ()) -> str | None:
    """The place record nearest to the trigger in its sentence among those named as where
    («في بروكسل», «بمدينة»), or the sentence's only place (not with ``locative_only``: a
    definite noun referring back, «مزاعم سقوط ضحايا في القصف», is not where «أنقرة» is); a
    place right after another event's trigger (``avoid``: token indices, «هجمات باريس»)
    belongs to that event."""
    toks = doc.tokens
    starts = [t.start for t in toks]
    best: tuple[int, int, int, str] | None = None
    in_sent = _in_segment(toks, starts, sent, at, _place_spots(doc, sent))
    several = len(_mentions_of(doc, in_sent)) > 1
    for start, pid in in_sent:
        i = bisect_right(starts, start) - 1
        prev = toks[i - 1] if i > 0 else None
        if prev is not None and prev.i in avoid:
            continue
        # «بمدينة»، «ببغداد»: the clitic ب before the record's span says where; a name that
        # begins with ب itself («في بغداد»، «بيروت»، «بيحان») says nothing
        clitic = ffold(doc.text[toks[i].start:start]) if i >= 0 and toks[i].start < start else ""
        locative = (prev is not None and ffold(prev.norm) in _LOCATIVE and not imam(doc, i - 1)) or clitic in ("ب", "وب")
        if locative and i > 1 and ffold(toks[i - 2].norm) in ARGUMENT_WORDS.origin_words:
            locative = False  # «أطلق من داخل الأراضي اليمنية»: where it came from, not where it fell
        elif not locative and _came_from(toks, i):
            # «مسلحون قادمون من سوريا»، «انطلاقا من غزة»: where they came from, not the sentence's
            # only place (bug fix, events-16b: the fallback below took it as where)
            continue
        if locative and i > 2 and _reached_source(toks, i):
            continue  # «مسؤول تم الاتصال به في باماكو»: where the source was reached, not the place
        if not locative and (several or locative_only):
            continue  # «الحدود مع فرنسا»: with several places, only one named as where
        if any(min(at, start) < o < max(at, start) and _subordinate(toks, starts, at, o) for o in others):
            # «أحيا المتظاهرون ذكرى الضحايا الذين قضوا في العملية الانتحارية في سوروتش»: the
            # place of the occurrence commemorated, not of the commemoration
            continue
        if locative_only and _other_clause(toks, starts, at, start, joined=True):
            # «تظاهر مئات في بروكسل ...، وللترحم على ضحايا الهجوم»: not where the attack was (a
            # fronted «وفي منطقة الزبداني، استهدفت ... مع استمرار الاشتباكات» still is)
            continue
        if not locative and _other_clause(toks, starts, at, start):
            # «العملية ... أدت إلى مقتل السوداني، وذلك في بيان ... في زيارته إلى العراق»: the
            # sentence's only place, but in another clause than the trigger, is not where
            continue
        key = (0 if locative else 1, abs(start - at), 0 if start >= at else 1, pid)
        if best is None or key < best:
            best = key
    return best[3] if best else None


def _came_from(toks: Sequence[Token], i: int) -> bool:
    """Is the place at token ``i`` after «من» and an origin word, where something came from
    («قادمين من سوريا»، «انطلاقا من غزة»; ``ARGUMENT_WORDS.origin_words``)? Not a plain «من»:
    «في عدة مناطق من محافظة مأرب»، «قرى قريبة من باغا», «طرد المليشيات من تعز» are where."""
    if i < 2 or ffold(toks[i - 1].norm) != "من":
        return False
    before = ffold(toks[i - 2].norm)
    return before != "من" and before in ARGUMENT_WORDS.origin_words


def _mentions_of(doc: Doc, spots: list[tuple[int, str]]) -> set[tuple[int, str]]:
    """The place mentions the spots stand for: a spot inside its record's own span is the
    record's mention, not another («شرقي الرمادي» and its entity's mention «الرمادي» within it
    are one mention of one place, the sentence's only one; events-15d, a bug fix: the only-place
    fallback counted the record twice)."""
    spans = {p.id: (p.start, p.end) for p in doc.places}
    out: set[tuple[int, str]] = set()
    for st, pid in spots:
        lo, hi = spans.get(pid, (st, st + 1))
        out.add((lo if lo <= st < hi else st, pid))
    return out


def _place_spots(doc: Doc, sent: tuple[int, int]) -> list[tuple[int, str]]:
    """(start, place id) of every mention of a place record in the sentence: a place record is
    one span, but its entity may be mentioned again later in the text."""
    ents = {e.id: e for e in doc.entities}
    in_sent: list[tuple[int, str]] = []
    for p in doc.places:
        spots = {p.start}
        ent = ents.get(p.entity) if p.entity else None
        if ent is not None:
            spots |= {m.start for m in ent.mentions}
        in_sent += [(st, p.id) for st in sorted(spots) if sent[0] <= st < sent[1]]
    return in_sent


def _in_segment(toks: Sequence[Token], starts: list[int], sent: tuple[int, int], at: int,
                spots: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The spots in the trigger's part of the sentence, cut at the words that open another
    occurrence or its circumstances."""
    # «... غارات على المخدرة، فيما قصفت طائرات التحالف معسكرا في محافظة إب»: a clause after
    # «فيما/بينما» tells another occurrence, its places are not this one's
    first = bisect_right(starts, sent[0] - 1)
    cuts = [t.start for t in toks[first:] if t.start < sent[1] and ffold(t.norm) in _CONTRAST]
    # «والقيت مسؤولية الهجوم على ... في ظل قيام الطائرات الحربية التركية بشن غارات على مواقعه
    # في شمال العراق»: «في ظل» opens the circumstances, their places are not this occurrence's
    # (events-3b, SaudiNewsNet 2015 dev part G)
    cuts += [t.start for t in toks[first + 1:] if t.start < sent[1] and ffold(t.norm) == "ظل"
             and ffold(toks[t.i - 1].norm).lstrip("و") == "في"]
    cuts.sort()
    seg = sum(c <= at for c in cuts)
    return [(st, pid) for st, pid in spots if sum(c <= st for c in cuts) == seg]


def date_for(doc: Doc, sent: tuple[int, int], at: int, others: Sequence[int] = (), end: int | None = None) -> str | None:
    """The nearest date record in the sentence, leaving out:

    1. for a trigger inside a claim's content, dates outside that content: «أعلنت الوزارة
       يوم أمس أن قيادياً قتل في غارة» dates the statement, not the strike;
    2. a date after «منذ» (the start of a period: «أوجلان المسجون منذ العام 2009»);
    3. a date nearer to another event's trigger of the sentence (``others``, offsets): «أحيا
       المتظاهرون ذكرى الضحايا الذين قضوا في العملية الانتحارية في 20 يوليو» dates the bombing;
    4. a date in a relative clause that describes another noun, opened more than two words
       after the trigger's end (``end``; :func:`_described_noun_date`);
    5. a date after the trigger behind «بعد/إثر/في أعقاب» + another act (:func:`_across_passing`).

    (A wrong date keeps two mentions of one occurrence apart.)"""
    lo, hi = sent
    c = claim_for(doc.claims, at, at + 1)
    if c is not None and lo <= c.content.start < hi:
        lo, hi = max(lo, c.content.start), min(hi, c.content.end)
    toks = doc.tokens
    starts = [t.start for t in toks]
    keep = []
    for d in doc.dates:
        if not lo <= d.start < hi:
            continue
        i = bisect_right(starts, d.start) - 1
        if i > 0 and ffold(toks[i - 1].norm) in _SINCE:
            continue
        if any(min(at, d.start) < o < max(at, d.start) and _subordinate(toks, starts, at, o) for o in others):
            continue
        if _described_noun_date(toks, starts, at if end is None else end, d.start):
            continue
        if _across_passing(toks, starts, at, at if end is None else end, d.start, d.end):
            continue
        keep.append(d)
    return _nearest(keep, lo, hi, at)


_SINCE = frozenset({"منذ", "ومنذ"})
# Words naming an earlier occurrence in passing («بعد/إثر/عقب/في أعقاب»), folded (the events
# step's ``_IN_PASSING`` words; not «جراء», a cause at the same time).
_PASSING = frozenset({"بعد", "وبعد", "عقب", "اثر", "واثر", "اعقاب", "بعدما", "وبعدما"})
# Words of the hurt (the dead: ``_KILL_WORDS``), folded.
_HURT_WORDS = frozenset({"اصيب", "اصيبوا", "اصيبت", "اصابه", "جرح", "جرحوا", "جرحي", "مصابين"})
# After «بعد/عقب» these words make a time, not another occurrence («بعد ظهر أمس»، «بعد يومين»),
# folded; written for this rule.
_PASSING_TIME = frozenset({"ظهر", "الظهر", "منتصف", "ساعات", "ساعه", "ساعتين", "يوم", "يومين", "ايام",
                           "اسبوع", "اسبوعين", "اسابيع", "شهر", "شهرين", "اشهر", "سنه", "سنوات", "عام",
                           "اعوام", "دقائق", "لحظات", "قليل", "الظهيره", "العصر", "المغرب", "الزوال",
                           "صلاه", "الافطار", "اذان", "ذلك", "هذا", "هذه", "ذاك", "تلك"})


def _across_passing(toks: Sequence[Token], starts: list[int], at: int, end: int, d_start: int, d_end: int) -> bool:
    """Is the date, after the trigger, behind a word naming another occurrence in passing
    («بعد/إثر/عقب/في أعقاب»)? «وانتشرت الشرطة خلال المظاهرة، وذلك في أعقاب مواجهات ...
    في نهاية الأسبوع الماضي» dates the clashes, not the demonstration (a wrong date kept a
    retelling apart: events-5f, ANT audit E). Not a time after the word («بعد ظهر أمس»، «بعد
    يومين»، «بعد ذلك»), nor a word inside the date itself."""
    if d_start < end:
        # (the other direction, a date before «بعد» leaving the act after it undated, was tried
        # and dropped: «هجروا القرى في يناير إثر تعرضها لهجمات» then joins a later attack)
        return False
    k0 = bisect_right(starts, at) - 1
    if k0 >= 0 and strip_conj(ffold(toks[k0].norm)) in _HURT_WORDS | _KILL_WORDS:
        # the dead or hurt of the act named after «إثر» fell at its time: «قتلوا ... إثر غارات
        # لطائرات التحالف ... مساء الجمعة»، «وقتل العامري مباشرة بعد عملية برلين في تبادل
        # لإطلاق النار ... في 23 ديسمبر»
        return False
    lo, hi = end, d_start
    first, last = bisect_left(starts, lo), bisect_left(starts, hi)
    for k in range(first, last):
        if ffold(toks[k].norm) not in _PASSING:
            continue
        nxt = ffold(toks[k + 1].norm) if k + 1 < len(toks) else ""
        if nxt in _PASSING_TIME or nxt.lstrip("و") in _PASSING_TIME or d_start <= toks[k + 1].start < d_end:
            continue
        if nxt.startswith("مداهم"):
            continue  # a raid after «بعد» is how the arrest was made (events/__init__._RAIDS)
        return True
    return False


_RELATIVE_WORDS = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين"})


def _described_noun_date(toks: Sequence[Token], starts: list[int], after: int, d_start: int) -> bool:
    """Is the date, after the trigger, inside a relative clause that describes another noun
    than the trigger («قتل شرطيان في الهجوم ... بولاية البنجاب الشمالية، التي تم تقسيمها في
    1947»، «في المدينة التي سقطت في يد التنظيم في يونيو 2014»)? A relative right after the
    trigger's own words (ending at offset ``after``) tells its date («الهجوم الذي وقع في 5
    يونيو»): kept."""
    if d_start <= after:
        return False
    first = bisect_left(starts, after)  # the first token after the trigger
    last = bisect_left(starts, d_start)
    rel = [k for k in range(first, last) if ffold(toks[k].norm) in _RELATIVE_WORDS]
    # the relative clause nearest the date: more than two words after the trigger, another noun's
    return bool(rel) and rel[-1] - first > 2
# Words that put what follows in another occurrence's phrase: a commemoration, a relative
# clause («ذكرى الضحايا الذين قضوا في العملية الانتحارية ... في 20 يوليو»), folded.
_OTHER_PHRASE = frozenset({"ذكري", "الذكري", "لذكري", "بذكري", "الذي", "التي", "الذين", "اللذين", "اللتين"})


def _subordinate(toks: Sequence[Token], starts: list[int], at: int, other: int) -> bool:
    """Is the other trigger (offset ``other``, after or before ``at``) in a commemoration or a
    relative clause opened between the two?"""
    lo, hi = sorted((at, other))
    first = bisect_right(starts, lo)
    return any(ffold(t.norm) in _OTHER_PHRASE for t in toks[first:] if t.start < hi)


# Counted people next to a word of killing are the dead even when the quantities step gave
# them a people unit: «ثمانية أشخاص قتلوا», «مقتل 5 أشخاص».
_PEOPLE_UNITS = frozenset({"people", "soldiers", "civilians", "children", "fighters", "other"})
_KILL_WORDS = frozenset({"قتل", "قتلوا", "قتلا", "قتلت", "مقتل", "قتلي", "قتيل", "قتيلا", "حتفه", "حتفهم",
                         "حتفها", "مصرع", "مصرعه", "مصرعهم", "مصرعها"})


def _next_to_kill_word(doc: Doc, start: int, end: int) -> bool:
    toks = doc.tokens
    first = next((t.i for t in toks if t.start >= start), None)
    last = next((t.i for t in reversed(toks) if t.end <= end), None)
    if first is None or last is None:
        return False
    # before the count, «ومقتل 5 أشخاص» with its conjunction; after it only the word itself
    # («ثمانية أشخاص قتلوا»): «أسر ستة وقتل 15» opens the next clause with «وقتل»
    before = first - 1 >= 0 and (strip_conj(ffold(toks[first - 1].norm)) in _KILL_WORDS
                                 or ffold(toks[first - 1].norm) in _KILL_WORDS)
    after = last + 1 < len(toks) and ffold(toks[last + 1].norm) in _KILL_WORDS
    return before or after


# Bodies found are not the dead of one told act: a count of bodies (جثة, جثث, رفات) in a
# sentence that tells them found or buried in a grave («العثور على مقبرة جماعية تضم نحو 400
# جثة»، «انتشال رفات 30 شخصا من مقبرة») is a discovery, whose toll may span months of
# killings (the README demo's Saqlawiya grave). Folded words, written for this rule.
_BODY_WORDS = frozenset({"جثه", "جثث", "الجثث", "جثتا", "جثتين", "رفات", "جثامين", "جثمان"})
_FOUND_WORDS = frozenset({"مقبره", "المقبره", "مقابر", "المقابر", "العثور", "عثر", "عثرت", "عثروا",
                          "انتشال", "انتشلت", "اكتشاف", "اكتشفت"})


def _bodies_found(doc: Doc, q_start: int, q_end: int, sent: tuple[int, int]) -> bool:
    """Is the quantity a count of bodies in a sentence that tells them found or in a grave?"""
    toks = [t for t in doc.tokens if sent[0] <= t.start < sent[1]]
    near = [strip_conj(ffold(t.norm)) for t in toks if q_start - 12 <= t.start and t.end <= q_end + 12]
    return any(w in _BODY_WORDS for w in near) and any(
        strip_conj(ffold(t.norm)) in _FOUND_WORDS for t in toks)


def fatalities_for(doc: Doc, sent: tuple[int, int], at: int) -> Fatalities | None:
    """The killed quantity nearest to the trigger in its sentence; else a count of people
    right next to a word of killing (the token just before or just after it). Bodies found
    (``_bodies_found``) are not fatalities."""
    in_sent = [q for q in doc.quantities if sent[0] <= q.start < sent[1]
               and not _bodies_found(doc, q.start, q.end, sent)]
    killed = [q for q in in_sent if q.unit == "killed"]
    if not killed:
        killed = [q for q in in_sent if q.unit in _PEOPLE_UNITS and _next_to_kill_word(doc, q.start, q.end)]
    if not killed:
        return None
    q = min(killed, key=lambda q: abs(q.start - at))
    return Fatalities(min=q.min, best=q.best, max=q.max)


def claim_for(claims: Sequence[Claim], start: int, end: int) -> Claim | None:
    inside = [c for c in claims if c.content.start <= start and end <= c.content.end]
    return min(inside, key=lambda c: c.content.end - c.content.start) if inside else None


def casualty_in(doc: Doc, sent: tuple[int, int]) -> bool:
    """Does the sentence hold a date record or a casualty quantity (killed, wounded...)?"""
    units = {"killed", "wounded", "detained", "missing", "displaced"}
    # only a day-precise date anchors: «2016» or «مارس» alone may be a general time frame
    return any(sent[0] <= q.start < sent[1] and q.unit in units for q in doc.quantities) or any(
        sent[0] <= d.start < sent[1] and d.precision == "day" for d in doc.dates
    )


