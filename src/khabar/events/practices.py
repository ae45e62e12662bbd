"""Stages 1d-1g of the event filters: a mention told as a practice, a habit or a state, an
ongoing campaign, a tally over a period, or the background of what is told (a cause, a time
reference, the circumstances) rather than one occurrence. Called by
:func:`khabar.events.filters.keep_mentions`; word lists in ``data/events/filter_words.tsv``,
the period and campaign checks in :mod:`khabar.events.occurrences`."""

from __future__ import annotations

from collections.abc import Sequence

from ..schema import Event
from ..segment import Token
from .clauses import CASUALTY_WORDS, clause_bounds
from .lexicon import ffold
from .occurrences import (
    _after_qama,
    _aggregate_since,
    _amid,
    _continues,
    _present_support,
    _since_occurrence,
    _thousands,
    _time_reference,
    _until_now,
)
from .sentence_view import FORCES, VIOLENCE_TYPES, SentenceView
from .triggers import Mention
from .wordlists import FILTER_WORDS as WORDS

__all__ = ["background", "practice", "present_told", "undated_joinings"]


def _background_cause(tokens: Sequence[Token], m: Mention, start: int, mentions: list[Mention]) -> bool:
    """A definite noun right after «جراء/بسبب» with no other mention in the sentence is the
    cause of a state told (an airport closed for months), not a new occurrence; with the dead
    («قتل 5 جراء الغارات») it stays."""
    if m.first <= start or ffold(tokens[m.first - 1].norm) not in WORDS.causes:
        return False
    w = ffold(tokens[m.head].norm)
    return w.startswith("ال") and all(o is m for o in mentions)


# Possessive plurals of a violence noun («يصعد هجماته»): like «هجمات» after a present verb.
_PLURAL_ENDS = ("ات", "اته", "اتها", "اتهم")


def practice(s: SentenceView, m: Mention, cs: int, ce: int) -> bool:
    """Stage 1d: a practice, a habit, a state or a kind of act rather than one occurrence."""
    start, end = s.start, s.end
    if "habitual" in s.has and m.tense == "present":
        return True  # «يخطف طفل كل ساعة»: a general statement, not an occurrence
    if m.tense in ("noun", "past") and m.entry.words[0] in WORDS.generic_killings and m.last + 1 < end \
            and s.word(m.last + 1) in WORDS.generic_victims and not _dated(s) and "support" not in s.has \
            and not _after_qama(s.tokens, m, start):
        # «ارتأوا أن قتل المسلمين طريقا لتحرير فلسطين»، «ومن يستبح قتل الأبرياء فهو متجرد»:
        # killing as such (of a whole class of people), in a sentence without a time word or
        # a number, is an opinion's or a sermon's object, not an occurrence told (events-5a;
        # unvowelled, «قتل» there reads as a past verb as often as the noun)
        return True
    if m.tense == "noun" and m.first > start and s.word(m.first - 1).lstrip("و") in WORDS.every:
        return True  # «تجريم كل تحرك احتجاجي»، «بعد كل هجوم»: any act of the kind, none told
    if (m.type in VIOLENCE_TYPES or m.subtype == "arrests") and _in_practice_manner(s):
        # «يقصفون المدنيين بشكل يومي»، «يشن الجيش التركي يوميا غارات جوية»: acts done daily,
        # regularly or systematically, told without a time or a date, are a practice (events-5a)
        return True
    if m.tense == "present" and m.type in VIOLENCE_TYPES and not s.has & {"time", "support", "casualty"} \
            and not any(o.type in VIOLENCE_TYPES and (o.tense == "past" or (o.tense == "noun" and o.entry.strong))
                        for o in s.mentions):
        # «جيوبا عسكرية لطهران يعتدون على اليمن»، «يقتلون المسلمين ويستهدفون المساجد»: a present
        # verb of violence with no time word, support verb, casualty or told act of violence in
        # its sentence (a weapon, «بالرصاص», tells none) says what people do, not what happened
        return True
    if m.tense == "present" and m.type == "strategic_developments" and any(
            s.word(k) in WORDS.was for k in range(max(cs, m.first - 3), m.first)):
        # «كان يجند الصبية»: a past habit (protests and fighting told in the past
        # continuous, «كانوا يرددون», «كان المسلحون يطلقون النار», did happen)
        return True
    if m.tense == "present" and any(s.word(k) in ("منذ", "ومنذ") for k in range(cs, ce)):
        return True  # «فيما تحاصر القاعدة منذ أيام قوات أخرى»: a present with «منذ» is a state
    if any("repeated" in s.cls(k) for k in range(cs, ce)):
        # «تم إيقافه عديد المرات», «واعتقل مرارا»: a history, not an occurrence (in the
        # mention's clause: «وتمت الإشارة مرارا إلى وجود جنود ... منذ أن استعادت القوات
        # السيطرة عليها في منتصف يوليو» repeats the reports, not the retaking)
        return True
    if m.tense == "present" and m.last + 2 < end and s.word(m.last + 1) == "كل" and s.word(m.last + 2) == "من":
        return True  # «داعش يعتقل كل من ينشر أخبار التنظيم»: a practice, not one arrest
    if m.tense == "present" and m.subtype in FORCES and m.first > start and s.word(m.first - 1) in WORDS.relatives:
        return True  # «في جميع المناطق التي ينسحبون منها»: wherever they withdraw, a habit
    if m.entry.form in WORDS.holding and m.tense == "present":
        return True  # «يحتجز داعش فتاة سويدية»: a captive held, the arrest is told elsewhere
    if m.tense == "noun" and m.first - 2 >= start and s.word(m.first - 1) in WORDS.so_called \
            and s.word(m.first - 2) in ("ما", "بما", "لما", "فيما"):
        return True  # «توسيع ما يسمى بالاعتقال الإداري»: a practice named, not an occurrence
    if m.tense == "noun" and m.first - 2 >= start and s.word(m.first - 1) in ("علي", "عن") \
            and s.word(m.first - 2) in WORDS.limited:
        return True  # «لم تقتصر على المواجهات العسكرية»: a kind of act, not one occurrence
    return _campaign(s, m, cs, ce) or _tally(s, m, cs, ce)


def present_told(s: SentenceView, m: Mention, cs: int) -> bool:
    """Stage 4 of the filters: a present verb of any type is what people do, a state or an
    opinion («كل من يعتدي على منظوريها»، «وتدمر المدن وتحرق الأحياء»، «وهذا ينسحب على أي تنظيم»،
    «الكل هنا يتظاهر بمظهر الضحية»، «ويقصف النظام بانتظام»), not one occurrence (events-8c: of 30
    present triggers kept on 1,000 unlabelled SaudiNewsNet and ANT articles, 21 were none). It is
    read after the confirmations, so that it still confirms a weak word of the act it describes
    («وتجمع عشرات الفلسطينيين ... وهم يحملون لافتات»، «هجموا عليهم ... ويطلقون باتجاههم القنابل»).
    It tells a past or an ongoing act, and stays, when:

    1. it is governed by «قبل/بعد أن» («قبل أن يفتح النار عشوائيا»، «قبل أن يقترب رجل من خلفهم
       ويفجر نفسه»; list ``before_an``);
    2. it is a past continuous («كانوا يرددون»; list ``was``);
    3. a verb of seeing comes up to four words before it («شاهد مسلحين من القبائل يطلقون النار»;
       list ``seeing``);
    4. it describes protesters in a relative clause: an ongoing protest («الذين يحتجون على مقتل
       مواطن»، «المتظاهرين الذين يقطعون الطرق»: the gold annotates ongoing protests);
    5. it opens a headline (:func:`_headline`: «الكاميرون تعتقل 3 أشخاص»);
    6. a time word is in its clause (a live report: «ويقصف الطيران الحربي اليوم أحياء مدينة
       حلب»), or a number up to four words before it («1973 - الموساد يغتال نادلا») or two after
       (a toll: «تفجير انتحاري في فندق ماريوت ... يقتل 60 شخصا»);
    7. a source reports forces moving (:func:`_reported_ongoing`).
    """
    if m.tense != "present":
        return False
    back = range(max(s.start, m.first - 4), m.first)
    if _governed_by_an(s, m, cs) or any(s.word(q) in WORDS.was for q in range(max(cs, m.first - 3), m.first)):
        return False
    if any(s.word(q) in WORDS.seeing for q in back):
        return False
    if m.type in ("protests", "riots") and m.first > s.start and s.word(m.first - 1) in WORDS.relatives:
        return False
    if _headline(s, m):
        return False
    if _reported_ongoing(s, m):
        return False
    ce = clause_bounds(s.tokens, m.first, s.start, s.end)[1]
    after = range(m.last + 1, min(s.end, m.last + 3))
    return not any("time" in s.cls(q) for q in range(cs, ce)) and not any(s.tokens[q].norm.isdigit() for q in [*back, *after])


# Movements a source may report going on («تتقدم نحو»، «ينسحبون من»).
_MOVEMENTS = frozenset({"movement_of_forces", "flight_escape", "displacement"})


def _reported_ongoing(s: SentenceView, m: Mention) -> bool:
    """«أن/إن» + its subject + a present verb of movement: a source reports forces moving («وأكدت
    المصادر أن المقاومة الشعبية تتقدم نحو مركز مديرية لودر»، «وقال إن الحوثيين ينسحبون من المدينة»);
    not other acts, which a source tells as what people do as often («يعي أن الفئات الباغية تستهدف
    أمنه»، «يعني أن الأمريكيين يقصفون الدواعش في النهار»، «يرى أن التنظيم يجند الشباب»), nor
    whoever moves («أن من ...»)."""
    if m.subtype not in _MOVEMENTS:
        return False
    for q in range(max(s.start, m.first - 4), m.first - 1):
        if s.word(q) in ("ان", "وان", "بان"):
            return s.word(q + 1) not in ("من", "ما", "كل")
    return False


def _governed_by_an(s: SentenceView, m: Mention, cs: int) -> bool:
    """«قبل/بعد أن» + a present verb earlier in the clause (the mention or a verb it is joined to);
    not «بعد أن باتت تعرض اليمن لحرب ... وتدمر المدن وتحرق الأحياء»: a past verb after «أن»."""
    return any(s.word(q) in ("ان", "بان", "وان") and s.word(q - 1) in WORDS.before_an and s.word(q + 1)[:1] in ("ي", "ت", "ن")
               for q in range(max(cs, s.start + 1), m.first))


def _headline(s: SentenceView, m: Mention) -> bool:
    """A headline: the verb at most two words after the start of a line or a colon («الأهالي
    يحتجون»), no full stop at its end, the line not opened by «و/ف» (a sentence of the text:
    «وتهرب التنظيم من الإشارة»)."""
    line = max([q + 1 for q in range(s.start, m.first) if s.tokens[q].norm == ":"] + [s.start])
    return m.first - line <= 2 and s.tokens[s.end - 1].norm not in (".", "؟", "!") \
        and not s.tokens[line].norm.startswith(("و", "ف"))


def _campaign(s: SentenceView, m: Mention, cs: int, ce: int) -> bool:
    """Stage 1e: an ongoing war or campaign rather than one occurrence."""
    lex, tokens, start, end = s.lex, s.tokens, s.start, s.end
    if m.tense == "noun" and any(
        s.word(k) in WORDS.recent_periods and s.word(k - 1) in ("في", "خلال") and s.word(k + 1) in ("الماضيه", "الاخيره")
        # (near the mention: «وجرت التظاهرة بهدوء بالمقارنة مع تجمعات ... في السنوات الأخيرة»
        # compares with the past, the march itself happened)
        for k in range(max(cs, start + 1, m.first - 9), min(ce, end - 1, m.last + 6))
    ):
        return True  # «عاود في الأسابيع الماضية تنفيذ تفجيرات انتحارية»: a campaign over weeks
    if m.first - 2 >= start and s.word(m.first - 1) == "في" and s.word(m.first - 2).lstrip("و") in WORDS.taking_part_now:
        return True  # «مقاتلات الأباتشي تشارك في قصف مواقع الانقلابيين»: taking part now, a campaign
    if m.type in VIOLENCE_TYPES and any(s.word(k) in WORDS.nth_period for k in range(start, end)):
        return True  # «تتواصل المعارك ... للشهر الرابع على التوالي»: an ongoing war (the whole sentence)
    if m.tense == "noun" and m.type in VIOLENCE_TYPES and m.first > start and s.word(m.first - 1) in WORDS.campaign:
        return True  # «بدأ تحالف تقوده السعودية حملة ضربات جوية»: a campaign, no one occurrence
    if m.tense == "noun" and m.type in VIOLENCE_TYPES and _begun(s, m):
        return True  # «بدأت الغارات التركية الأسبوع الماضي باستهداف»: strikes begun, a campaign
    if m.tense == "noun" and (any(
        _present_support(lex, tokens[k]) and s.word(m.first).endswith(_PLURAL_ENDS)
        for k in range(max(start, m.first - 3), m.first)
    ) or any(_continues(tokens[k]) for k in range(max(cs, m.first - 8), m.first))):
        # («تواصل المقاومة ... تنفيذ المرحلة الثانية من تحرير لحج»: anywhere before in the clause)
        return True  # «وتشن بريطانيا ضربات ضد داعش»: an ongoing campaign
    return m.tense == "noun" and any(
        _present_support(lex, tokens[k]) for k in range(m.last + 1, min(end, m.last + 3))
    )  # «بمساندة ضربات جوية يشنها التحالف»: an ongoing campaign too


def _dated(s: SentenceView) -> bool:
    """A time word or a number (a date: «في 19 يوليو», a count) in the sentence."""
    return "time" in s.has or any(s.tokens[k].norm.isdigit() for k in range(s.start, s.end))


def _in_practice_manner(s: SentenceView) -> bool:
    """Does the sentence tell how acts are done as a rule («بشكل يومي/ممنهج»، «يوميا»)
    without a time word or a number (a date: «في 19 يوليو»)?"""
    if _dated(s):
        return False
    return any(
        s.word(k) in WORDS.practice_adverbs
        or (s.word(k) in WORDS.practice_manner_heads and k + 1 < s.end and s.word(k + 1) in WORDS.practice_manners)
        for k in range(s.start, s.end)
    )


def _begun(s: SentenceView, m: Mention) -> bool:
    """Is the mention a plural violence noun right after a verb of beginning, or a noun told
    up to six words after such a pair (what the campaign began with: «بدأت الغارات التركية
    الأسبوع الماضي باستهداف مواقع»)?"""
    for k in range(max(s.start, m.first - 7), m.first):
        if s.word(k) in WORDS.began and s.word(k + 1).endswith(_PLURAL_ENDS) and any(
            o.first == k + 1 and o.type in VIOLENCE_TYPES for o in s.mentions
        ):
            return True
    return False


def _tally(s: SentenceView, m: Mention, cs: int, ce: int) -> bool:
    """Stage 1f: a toll or a count over a period, to date or since an occurrence."""
    lex, tokens, start, end = s.lex, s.tokens, s.start, s.end
    killing = m.entry.form in CASUALTY_WORDS or m.entry.form in WORDS.killings
    if killing and _until_now(tokens, m, start, end):
        return True  # «قتل أكثر من 260 مقاتلا ... حتى الأول من أغسطس»: a toll to date
    if m.tense == "noun" and m.type in VIOLENCE_TYPES and _until_now(tokens, m, cs, ce):
        # the strikes or attacks that caused a toll to date, in the clause that counts it: «في
        # حين اوقعت الغارات الجوية التركية ... حتى الان اكثر من 400 قتيلا» (a campaign's sum)
        return True
    if _since_occurrence(lex, tokens, m, s.mentions, start, end):
        return True  # «ألقت تونس القبض على عشرات ... منذ هجوم سوسة»: a tally since an occurrence
    if _aggregate_since(lex, tokens, m, start, end):
        return True  # «أسفرت المعارك عن مقتل 3200 شخص منذ مارس»: a tally over a period
    if _recorded_count(s, m, cs):
        return True  # «تم تسجيل 80 اعتداء على أملاك أعوان الحرس»: a statistic (events-6b)
    if _over_named_months(s, m):
        return True  # «تم حرق 4 سيارات خلال شهري أكتوبر ونوفمبر»: a tally over months (events-6b)
    # «أكثر من ألفي عراقي أعدموا»: thousands killed are a tally, not one occurrence (in the
    # mention's clause: «... مما قوض تأييد وجود 60 ألفا من القوات» counts troops)
    return killing and _thousands(tokens, cs, ce)


def background(s: SentenceView, m: Mention, cs: int) -> bool:
    """Stage 1g: an occurrence named as the background of what is told (a cause of a state, a
    time reference, the circumstances, victims described) or as part of another act told."""
    tokens, start = s.tokens, s.start
    if m.tense == "noun" and _background_cause(tokens, m, start, s.mentions):
        return True  # «بعد توقف أربعة أشهر جراء المواجهات المسلحة التي دارت»: the cause of a state
    if m.tense == "noun" and _time_reference(tokens, m, start):
        return True  # «منذ بدء المعارك»، «أربعة أشهر من المعارك»: an ongoing war as a time span
    if m.tense != "noun" and m.entry.form in CASUALTY_WORDS and m.first > start \
            and s.word(m.first - 1) in WORDS.relatives and len(s.mentions) == 1 and not _dated_after(s, m):
        return True  # «غالبية الضحايا الذين قتلوا ... دفنوا»: the victims described, nothing told
    if _amid(tokens, m, cs):
        return True  # «في ظل قيام الطائرات الحربية التركية بشن غارات»: the circumstances, a background
    if m.tense == "noun" and _reference_point(s, m, cs):
        return True  # «قبل انسحابها»، «عند انسحابهم»، «منذ اجتياح الميليشيات لصنعاء»: a time reference
    # «بادروا باطلاق النار على حافلة وهددوا بسلاحهم سائقا»، «اعتقل ... وقاموا بتهديده بالضرب»:
    # a threat made during an act told in the same sentence is part of that act (events-3b,
    # SaudiNewsNet 2015 dev part G)
    return m.subtype == "threat" and any(
        o is not m and o.subtype != "threat" and (o.type in VIOLENCE_TYPES or o.subtype == "arrests")
        for o in s.mentions
    )


def _reference_point(s: SentenceView, m: Mention, cs: int) -> bool:
    """A noun right after «قبل/قبيل/عند/لدى/حين/منذ/حتى» (list ``reference_points``) in a sentence
    with no date, no time word and no number, and no dead or wounded in its clause: the act is
    the time reference of what is told, not an occurrence told («في مدينتي الحوطة وعدن، قبل
    انسحابها أخيراً»، «المواد التي أرسلت قبل تحرير المدينة»، «مشيرا بأنه عند انسحابهم وتسليم
    الرهائن لن يتم التعرض لهم»، «منذ اجتياح الميليشيات لصنعاء جرى إغلاق»، «تعرضت منذ هجوم سوروتش
    لانتقادات»): an undated background or a plan (events-11b: 24 mentions dropped on 1,000 fresh
    conflict articles, 21 of them no occurrence told; docs/events.md). It stays with «من قبل»
    (by: «من قبل إطلاق الميليشيات صواريخ»), with a relative clause after it that tells the act
    («قبل الهجوم الذي شنه ...»), and where someone died or was hurt in its clause («خلال عملية
    انتحارية»، «قبل مقتله»: the gold annotates such deaths)."""
    k = m.first - 1
    if k < max(s.start, cs) or s.word(k).lstrip("وف") not in WORDS.reference_points:
        return False
    if k - 1 >= s.start and s.word(k - 1) == "من":
        return False
    if m.last + 1 < s.end and s.word(m.last + 1) in WORDS.relatives:
        return False
    if _dated(s) or any(s.word(q).lstrip("وفب") in WORDS.month_names for q in range(s.start, s.end)):
        return False
    ce = clause_bounds(s.tokens, m.first, s.start, s.end)[1]
    return not any("casualty" in s.cls(q) for q in range(cs, ce))


def _is_count(w: str) -> bool:
    """A number written in digits (not a year) or a number word («80»، «عشرات»، «ثلاثة»)."""
    digits = w.lstrip("و")
    if digits.isdigit():
        return not (len(digits) == 4 and digits[:2] in ("19", "20"))
    return w in WORDS.count_words or w.lstrip("و") in WORDS.count_words


def _recorded_count(s: SentenceView, m: Mention, cs: int) -> bool:
    """A count of acts or of the dead that a report records («تم تسجيل 80 اعتداء ... خلال
    جانفي»، «فيما سجلت محافظة صلاح الدين مقتل 64 وإصابة 74»، «وتم تسجيل 4 قضايا تهريب»): a
    recording word at most four words before the mention in its clause, and a count between
    them or right after the mention. A single case recorded without a count («تم تسجيل إصابة
    عون أمن») is an occurrence; a toll of one attack («ارتفعت حصيلة الهجمات إلى 11 قتيلا») has
    no recording word (events-6b: the monthly police and UN reports of audits E-H and of
    unlabelled SaudiNewsNet/ANT articles)."""
    for k in range(max(cs, m.first - 4), m.first):
        if s.word(k).lstrip("و") in WORDS.recording:
            return any(_is_count(s.word(q)) for q in range(k + 1, min(s.end, m.last + 4)))
    return False


def _over_named_months(s: SentenceView, m: Mention) -> bool:
    """«خلال/طوال» + named months or «شهري» (two months) with a count in the sentence: a tally
    over a period («تم حرق 4 سيارات ... خلال شهري أكتوبر ونوفمبر 2016»، «1332 عراقيا لقوا
    مصرعهم ... خلال يوليو الماضي»). A month named after «في» is the date of one occurrence
    (the gold's «وفي نوفمبر، قتل 55 شخصا في هجوم»), and a death «خلال شهر نوفمبر» without a
    count is one."""
    if m.subtype == "arrests":
        return False  # a wave of arrests over days or months is one event in the gold («اعتقلت 851 شخصا»)
    # the tallied act comes before the period, up to twelve words («والقبض على مقترفي عمليات
    # الحرق» told after «خلال شهري أكتوبر ونوفمبر 2016» is the arrest of the two, one occurrence)
    for k in range(m.last + 1, min(s.end - 1, m.last + 13)):
        if s.word(k).lstrip("و") in WORDS.during_words:
            nxt = [s.word(q) for q in range(k + 1, min(s.end, k + 3))]
            if nxt and (nxt[0] in WORDS.month_duals or nxt[0] in WORDS.month_names
                        or (nxt[0] in ("شهر", "الشهر") and len(nxt) > 1 and nxt[1] in WORDS.month_names)):
                return any(_is_count(s.word(q)) for q in range(max(s.start, m.first - 6), k))
    return False


def _dated_after(s: SentenceView, m: Mention) -> bool:
    """A time word, a day or a year in the mention's clause after it: «العامري الذي قتل 12 شخصا
    الشهر الماضي في سوق» tells a dated killing, not victims described (events-6b, audit K via
    events-6d; the gold annotates dated occurrences in relative clauses: «قوات الحوثيين التي
    سيطرت على صنعاء في سبتمبر»)."""
    ce = clause_bounds(s.tokens, m.first, s.start, s.end)[1]
    for k in range(m.last + 1, ce):
        w = s.word(k)
        nxt = s.word(k + 1) if k + 1 < s.end else ""
        if (w.isdigit() and len(w) == 4) or w in WORDS.month_names or w.lstrip("و") in WORDS.past_days \
                or ("time" in s.cls(k) and nxt in WORDS.past_marks):
            return True  # a year, a month, «أمس», «الشهر الماضي» (not «في وقت سابق»: no date)
    return False


def undated_joinings(events: list[Event]) -> list[Event]:
    """A recruitment or joining event with no date is a person's or a unit's past told as
    background, not an occurrence reported: «توجه والدي إلى فلسطين وانضم إلى الجيش العربي» (ANT), a
    brigade whose leaders joined the other side, forces that joined a coalition, a defendant's or a
    captive's «تم تجنيده». Dated ones stay (a joining «قبل شهرين»: a date record). Read on
    the events after the merge, where the dates layer has given each event its date (the events step
    numbers the kept events again). events-13c: 14 undated recruitment events on 1,000 fresh conflict
    articles, 13 of them no occurrence told by the audits' rule (docs/events.md, "Session 13")."""
    return [e for e in events if not (e.subtype == "recruitment" and e.date is None)]
