"""Which trigger mentions report an occurrence: precision first.

An event that did not happen in the text is worse than a missed one, so a mention is
dropped when (checked in this order):

1. it is a future verb (سيتظاهرون) or sits after a negation (لم يقتل، عدم التظاهر);
2. a denial (نفى) or an irrealis word (plans, conditions, calls, prevention, fears: في حال،
   يعتزم، دعا الى، لمنع، يخشى) comes before it in its clause;
3. it is a noun right after a generic head (مكافحة الإرهاب، حق التظاهر، وقف إطلاق النار),
   or a noun alone in quotes (a scare quote);
4. it is violence vocabulary in a sentence about sport (هجوم الفريق، خط الدفاع), a word
   of death or injury alone in a sentence about an accident (حادث مرور أسفر عن مقتل شخص),
   an explosion of a gas bottle or cartridge, or a present verb in a habitual statement
   (يخطف طفل كل ساعة، سنويا);
5. it is a weak entry (``strength w``) without a confirming context: a strong mention of the
   same family, a support verb next to it (شن، نفذ، سقط...) or, by family, armed actors
   (violence) or protesters (protests) in the sentence;
6. it is a noun without an anchor in the sentence: a kept verb mention, or (unless the
   sentence speaks of the future: غدا، المقبل، a future verb) a support verb, a time word
   (أمس، صباح، السبت), a date record or a casualty quantity;
7. it is a present verb told as what people do (ويقصف النظام بانتظام، كل من يعتدي على):
   read after 5, so that it may confirm a weak word of the act it describes.

This module holds the pipeline of stages (:func:`keep_mentions`) and stages 2-3; the checks
of stage 1 live in :mod:`khabar.events.unreal` (1a-1c: not done, no violence, misread) and
:mod:`khabar.events.practices` (1d-1g: practices, campaigns, tallies, background), the
sentence they all read in :mod:`khabar.events.sentence_view`. Tallies, periods, time
references and ongoing campaigns are told apart from one occurrence in
:mod:`khabar.events.occurrences`; clause bounds and word classes live in
:mod:`khabar.events.clauses`; the word lists in ``data/events/filter_words.tsv``.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..schema import Event
from ..segment import Token
from .clauses import CASUALTY_WORDS, clause_bounds, is_boundary, word_classes
from .custody import arrest_told, cared_for
from .lexicon import Lexicon, ffold
from .objects import MOVING, OBJECT_CHECKED, civil_mover, object_ok, to_a_scene
from .occurrences import _after_qama, _managed, _with_li
from .practices import background, practice, present_told
from .sentence_view import FORCES, VIOLENCE_TYPES, SentenceView, read_sentence
from .triggers import Mention
from .unreal import misread, no_violence, unreal
from .wordlists import FILTER_WORDS as WORDS

__all__ = ["CASUALTY_WORDS", "clause_bounds", "family", "keep_mentions", "told_in_opinion"]


# Mentions how many tokens back are looked at by each check.
_SUPPORT_WINDOW = 3


# Taking places needs a strong mention of fighting: «استولى على مبالغ» is a fraud.
_TERRITORY = frozenset({"non_state_actor_overtakes_territory", "government_regains_territory"})


def family(subtype: str, type_: str) -> str:
    """Mentions of one family in a sentence make one event (khabar.events.merge)."""
    if subtype == "abduction_forced_disappearance":
        return "abduction"
    if type_ in VIOLENCE_TYPES:
        return "violence"
    if type_ in ("protests", "riots"):
        return "protest"
    return subtype


def _after_footer(tokens: Sequence[Token], start: int) -> bool:
    """«رابط الخبر بصحيفة الوئام: بالصور.. إصابة مقيم بسقوط مقذوفات»: the outlet's footer
    repeats the headline, split into sentences at «..»; a sentence starting a few words
    after «رابط الخبر» belongs to it."""
    words = [ffold(tokens[k].norm) for k in range(max(0, start - 10), start)]
    return any(w == "رابط" and nxt == "الخبر" for w, nxt in zip(words, words[1:], strict=False))


def _support_near(s: SentenceView, m: Mention, skip: frozenset[int]) -> bool:
    """A support verb within three words of the mention, before or after it in its clause; the
    words of a date or a time between them are not counted (:func:`_words_around`)."""
    near = _words_around(s, m.first, -1, _SUPPORT_WINDOW, skip) + _words_around(s, m.last, 1, _SUPPORT_WINDOW, skip)
    return any("support" in word_classes(s.lex, s.tokens[k]) for k in near)


# Tokens between a governing verb and its noun (the verb's subject, a place), dates not counted.
_GOVERNED_WINDOW = 10


def _governed_before(s: SentenceView, m: Mention, skip: frozenset[int]) -> bool:
    """A weak noun governed by a past verb before it, its subject, a place or a date between: the
    Tunisian communiqué's order («تعرضت أستاذة تدرّس بمعهد المنجي سليم بالكاف يوم الخميس 12 ماي 2017،
    إلى اعتداء»، «نفذ القيّمون العامون صباح اليوم الثلاثاء إضرابا»، «دخل عمال مصنع الاسمنت بداية من
    اليوم الاثنين في إضراب»; events-7g). The noun must bear the verb's mark (lists ``undergo_verbs``:
    after «إلى» or with «لـ»; ``agentive_verbs``: bare; ``entering_verbs``: a protest noun after «في»),
    and nothing between may be another mention, a support, a negation or a future word."""
    if m.tense != "noun" or m.first <= s.start:
        return False
    noun, before = s.word(m.first), s.word(m.first - 1)
    if before in ("الي", "في"):
        mark = "ila" if before == "الي" else "fi"
        near = _words_around(s, m.first - 1, -1, _GOVERNED_WINDOW, skip, touching=False)
    else:
        mark = "li" if noun.startswith("ل") and not m.entry.words[0].startswith("ل") else "bare"
        # (a bare object right after the date: «نفذ القيّمون صباح اليوم الثلاثاء إضرابا»، «نفذ مدرسو
        # التعليم الأساسي ... اليوم الجمعة، إضرابا»; not what
        # another noun governs: «نفذت قوات الجيش، اليوم السبت، عملية بيضاء لمحاكاة عملية حجز سيارة تهريب»)
        after_date = m.first - 1 in skip or (s.tokens[m.first - 1].norm in ("،", ",") and m.first - 2 in skip)
        if mark == "bare" and (noun.startswith(("ال", "ب", "وال", "فال")) or not after_date):
            return False
        near = _words_around(s, m.first, -1, _GOVERNED_WINDOW, skip, touching=False)
    others = {k for o in s.mentions if o is not m for k in range(o.first, o.last + 1)}
    for k in near:
        w = s.word(k).lstrip("وف") if len(s.word(k)) > 3 else s.word(k)
        verb = (w in WORDS.undergo_verbs and mark in ("ila", "li")) or (w in WORDS.agentive_verbs and mark == "bare") \
            or (w in WORDS.entering_verbs and mark == "fi" and family(m.subtype, m.type) == "protest")
        if verb:
            return (k == s.start or not s.cls(k - 1) & {"negation", "irrealis", "future"}) and not any(
                "future" in s.cls(q) for q in range(k + 1, m.first))
        if k in others or s.cls(k) & {"support", "negation", "future", "irrealis", "denial"}:
            return False
    return False


def _date_words(s: SentenceView, date_toks: frozenset[int]) -> frozenset[int]:
    """The sentence's tokens inside a date record (the dates layer: «يوم الخميس 12 ماي 2017»)
    or of the time class («مساء»، «اليوم»، «أمس»), not a word of the future («الخميس المقبل»)."""
    return frozenset(k for k in range(s.start, s.end)
                     if (k in date_toks or "time" in s.cls(k)) and "future" not in s.cls(k))


def _words_around(s: SentenceView, i: int, step: int, n: int, skip: frozenset[int], touching: bool = True) -> list[int]:
    """Up to ``n`` tokens from token ``i`` (excluded) towards ``step`` inside its clause, the words
    of a date or a time (``skip``) not counted, nor the comma that closes or opens one: the
    Tunisian communiqué tells the time between the support and its noun («تم مساء اليوم الأربعاء 14
    ديسمبر 2016 إيقاف»؛ «مواجهات ليلة البارحة التي اندلعت»; events-7g). With ``touching``, only a date
    next to token ``i``: «تم عشية اليوم الثلاثاء، اكتشاف قذيفة» is the finding done, not the shell."""
    out: list[int] = []
    k = i + step
    while s.start <= k < s.end and len(out) < n:
        tok = s.tokens[k]
        if touching and out:
            skip = frozenset()
        if k in skip or (tok.norm in ("،", ",") and (k - 1 in skip or k + 1 in skip)):
            k += step
            continue
        if is_boundary(tok):
            break
        out.append(k)
        k += step
    return out


def _told_as_occurrence(s: SentenceView) -> list[Mention]:
    """Stage 1: the mentions no check of stages 1a-1g drops, less the adjective of a dropped
    noun («وحدة التفجيرات والهجمات الانتحارية»)."""
    kept: list[Mention] = []
    for m in s.mentions:
        cs, ce = clause_bounds(s.tokens, m.first, s.start, s.end)
        if unreal(s, m, cs) or no_violence(s, m) or misread(s, m) or practice(s, m, cs, ce) \
                or background(s, m, cs):
            continue
        kept.append(m)
    dropped_ends = {m.last for m in s.mentions if m not in kept}
    return [m for m in kept if not (m.entry.form in WORDS.suicide_adj and m.first - 1 in dropped_ends)]


def _weak_confirmed(s: SentenceView, m: Mention, stage1: list[Mention], strong_fams: set[str],
                    skip: frozenset[int]) -> bool:
    """Stage 2b: a weak entry needs a confirming context (a strong mention of its family, a
    support verb, «قام ... بـ», managed to; armed men, protesters, a second protest cue)."""
    tokens, start, has = s.tokens, s.start, s.has
    if m.subtype == "arrests" and cared_for(s, m):
        return False  # «تم ايقافها عن العمل»: suspended from work, whatever tells it done (events-6b)
    fam = family(m.subtype, m.type)
    ok = fam in strong_fams or _support_near(s, m, skip) or _after_qama(tokens, m, start) \
        or _managed(tokens, m, _past_commas(s, m)) or (m.tense == "noun" and _done(s, m, skip)) \
        or arrest_told(s, m, _done(s, m, skip)) \
        or _governed_before(s, m, skip)  # «وتم على إثر ذلك ايقاف 3»، «أوقفت الشرطة المهاجم» (custody.py)
    # armed actors confirm a weak violence verb («اقتحم مسلحون»), not a noun: a seized
    # «قنبلة» or the «جرحى» of a ceremony are no attack
    if fam == "violence" and "armed" in has and m.tense != "noun" and m.entry.form not in CASUALTY_WORDS \
            and m.subtype not in _TERRITORY and m.entry.form not in WORDS.needs_violence:
        ok = True
    if m.entry.form in WORDS.needs_violence:
        # «استهدفت البلدتين بأكثر من 1400 قذيفة»: another violence word (a weapon will do)
        # (not each other: «1500 مدرسة دمرت ... هذه المدارس استهدفها» tells no attack)
        ok = any(o is not m and o.type in VIOLENCE_TYPES and o.entry.form not in WORDS.needs_violence
                 for o in stage1) and not (m.first > start and s.word(m.first - 1) in WORDS.relatives)
    if fam == "protest" and "protester" in has:
        ok = True
    # «انسحبت القوات»، «فرّ المسلحون»، «انضم إلى تنظيم داعش»; not «انسحب الحزب من المشاورات»
    if fam in FORCES and "armed" in has and m.tense != "noun":
        ok = True
    if fam in FORCES and "armed" in has and m.tense == "noun" and m.entry.form in WORDS.owned_moves \
            and _own_act(tokens[m.head], m.entry.words[0]):
        # a movement noun with a pronoun naming its doer, armed men in the sentence: «جراء انفجار
        # ألغام زرعها الحوثيون أثناء انسحابهم من محافظة لحج»، «أعلنت جبهة النصرة انسحابها من مواقع
        # المواجهة» (events-7c: the class of the owned act; not «انسحاب الحزب من المشاورات»)
        ok = True
    # two different physical protest cues confirm each other («تجمع ... لافتات»)
    if fam == "protest" and m.entry.form not in WORDS.verbal_protest and any(
        o is not m and family(o.subtype, o.type) == "protest" and o.entry.form != m.entry.form
        and o.entry.form not in WORDS.verbal_protest
        for o in stage1
    ):
        ok = True
    return ok


# Pronouns attached to a noun that name its doer («انسحابهم»، «انسحابها»), folded.
_OWNERS = ("هم", "ها", "هما", "ه")


def _own_act(tok: Token, stem: str) -> bool:
    """Does the noun carry an attached pronoun after its lexicon form («انسحابهم» for «انسحاب»)?"""
    w = ffold(tok.norm)
    i = w.find(stem)
    return i >= 0 and w[i + len(stem):] in _OWNERS


def _confirmed(s: SentenceView, stage1: list[Mention], place_toks: frozenset[int],
               skip: frozenset[int]) -> list[Mention]:
    """Stage 2: what the context must confirm: agreements between armed parties, nouns of
    purpose, figures of speech, civil movers, words whose object decides, weak entries."""
    lex, tokens, start, end, has = s.lex, s.tokens, s.start, s.end, s.has
    strong_fams = {family(m.subtype, m.type) for m in stage1 if m.entry.strong}
    stage2: list[Mention] = []
    for m in stage1:
        if m.subtype == "agreement" and not has & {"armed", "truce"}:
            continue  # «توصلت إدارة المطار إلى اتفاق»: ACLED's agreements are between armed parties
        if m.tense == "noun" and not m.entry.strong and _with_li(tokens[m.head], m.entry.words[0]) \
                and not (m.first - 1 in skip and _governed_before(s, m, skip)):
            # «تسفيره للقتال»: a purpose; not an act undergone, told after the date as the communiqué
            # does («تعرض تلميذ بمدينة نابل صباح اليوم الأحد لاعتداء»; «تعرض شاب لإصابات» stays out)
            continue
        if m.entry.form in ("معركه", "معارك") and m.last + 1 < end and s.word(m.last + 1) in WORDS.figurative:
            continue  # «يخوض معركة سياسية»: a figure of speech
        if m.entry.form in MOVING and (civil_mover(lex, tokens, m, start, s.classes)
                                        or to_a_scene(tokens, m, end)):
            continue  # «توجه وفد يضم وزراء إلى عدن»: a delegation; «وصلت أول كتيبة إلى الجبهة»: forces
        if m.entry.form in OBJECT_CHECKED:
            # «القضاء على إرهابيين» (killing) but «القضاء على الفقر»; «تحرير مدينة عدن» but
            # «رئيس التحرير»: what follows decides
            # (or armed men managed it: «تمكنت [قوات الشرعية] من السيطرة على مناطق عدة»)
            if object_ok(lex, tokens, m, end, has, place_toks) or (
                m.subtype in _TERRITORY and "armed" in has
                and _managed(tokens, m, clause_bounds(tokens, m.first, start, end)[0])
            ) or arrest_told(s, m, _done(s, m, skip)):  # «أذنت النيابة بالاحتفاظ بهم» (custody.py)
                stage2.append(m)
            continue
        if not m.entry.strong and not _weak_confirmed(s, m, stage1, strong_fams, skip):
            continue
        stage2.append(m)
    return stage2


def _anchored(s: SentenceView, stage2: list[Mention], anchored: bool, skip: frozenset[int]) -> list[Mention]:
    """Stage 3: a noun needs an anchor: a kept verb, or (unless the sentence speaks of the
    future) a support verb, a time word, a date or a casualty (``anchored``)."""
    tokens, start = s.tokens, s.start
    verb_kept = any(m.tense != "noun" for m in stage2)
    # A sentence about tomorrow (غدا، الأسبوع المقبل) or with a future verb does not anchor
    # its nouns by its time words or dates: «وقفة احتجاجية يوم الاثنين المقبل».
    future = "future" in s.has or any(m.tense == "future" for m in s.mentions)
    anchor = verb_kept or (not future and (anchored or bool(s.has & {"support", "time", "casualty"})))
    # («قام مسلحون بخطف»، «بادر 18 حوثيا بتسليم أنفسهم»: the noun is the predicate, anchored)
    # («تمكنت الوحدة ... من إيقاف 6 عناصر»: managed to, done: anchored too, across the commas of
    # a time between them: «تمكن العنصر المتقدم ...، اليوم الثلاثاء ...، من إيقاف 14 شخصا»)
    # («وتم القبض على المتهم وسيتم إحالته إلى النيابة»: «تم» tells it done, whatever the
    # sentence says of the future after it)
    return [m for m in stage2 if m.tense != "noun" or anchor or _after_qama(tokens, m, start)
            or _managed(tokens, m, _past_commas(s, m)) or _done(s, m, skip) or arrest_told(s, m, False)]


def _past_commas(s: SentenceView, m: Mention) -> int:
    """Where the mention's clause starts when commas do not end it: «تمكن العنصر المتقدم ...،
    اليوم الثلاثاء على الساعة الخامسة مساء، من إيقاف 14 شخصا» (the time told between «تمكن» and
    «من»); quotes, other punctuation and clause words still do."""
    k = m.first
    while k > s.start and (s.tokens[k - 1].norm in ("،", ",") or not is_boundary(s.tokens[k - 1])):
        k -= 1
    return k


def _done(s: SentenceView, m: Mention, skip: frozenset[int] = frozenset()) -> bool:
    """A past passive support («تم»، «جرى») up to four words before the noun in its clause, with
    no future word between («تم إثر العملية إيقاف شخص»): the act was done (events-5a). The words
    of a date or a time (``skip``) are not counted («تم مساء اليوم الأربعاء 14 ديسمبر 2016 إيقاف»)."""
    for k in _words_around(s, m.first, -1, 5, skip):
        if "future" in s.cls(k) or "negation" in s.cls(k):
            return False
        if s.word(k).lstrip("وف") in WORDS.done_support:
            return True
    return False


def keep_mentions(
    lex: Lexicon,
    tokens: Sequence[Token],
    mentions: list[Mention],
    start: int,
    end: int,
    anchored: bool,
    place_toks: frozenset[int] = frozenset(),
    date_toks: frozenset[int] = frozenset(),
) -> list[Mention]:
    """The mentions of one sentence ``[start, end)`` that report an occurrence (see the
    module docstring). ``anchored`` says whether the sentence holds a date record or a
    casualty quantity (from other layers); ``place_toks``: token indices where a place record
    starts (a named place as the object of a taking); ``date_toks``: token indices inside a date
record (not counted in the support windows). Stages: 0 the sentence's word classes,
    1 drop what is told as no occurrence (1a-1g), 2 keep what the context confirms, 4 drop the
    present verbs told as what people do, 3 anchor the nouns."""
    if _after_footer(tokens, start):
        return []
    s = read_sentence(lex, tokens, mentions, start, end)
    skip = _date_words(s, date_toks)
    stage2 = _confirmed(s, _told_as_occurrence(s), place_toks, skip)
    # stage 4: a present verb told as what people do has confirmed, but is no occurrence, nor an anchor
    stage2 = [m for m in stage2 if not present_told(s, m, clause_bounds(tokens, m.first, start, end)[0])]
    return _anchored(s, stage2, anchored, skip)


def told_in_opinion(events: list[Event], genre: str) -> list[Event]:
    """An opinion piece (:mod:`khabar.genre`) names acts as examples, history and figures of
    speech («قتل المسلم والذمي والمعاهد»، «معاركنا ضد أعداء الوطن»، «فن إطلاق الرصاص»): there an
    event stays only when it is anchored as an occurrence, by a date, a place, a source (its
    claim) or a toll; a column that tells a dated or placed attack keeps it («التفجير الإرهابي الذي
    وقع في مسجد قوة الطوارئ بعسير»). events-12a: 33 events removed, 29 wrong, in the 1,000 conflict
    articles read; 40 removed, 34 wrong, in 2,000 fresh ones (docs/events.md, "Session 12: events read
    out of opinion columns"). The events step numbers the kept events again."""
    if genre != "opinion":
        return events
    return [e for e in events if e.date or e.place or e.claim or e.fatalities]
