"""Is a mention one occurrence? The filters of :mod:`khabar.events.filters` that tell a tally,
a period, a time reference or an ongoing campaign («منذ هجوم سوسة»، «أكثر من ألفي عراقي
أعدموا»، «وتواصل القوات ...») from a single event told in the text."""

from __future__ import annotations

from collections.abc import Sequence

from ..segment import Token
from .clauses import CASUALTY_WORDS, clause_bounds, word_classes
from .lexicon import Lexicon, ffold
from .triggers import Mention
from .wordlists import OCCURRENCE_WORDS as WORDS


def _thousands(tokens: Sequence[Token], start: int, end: int) -> bool:
    """A count of a thousand or more in the sentence: a number word of thousands, or four
    digits and more that cannot be a year (a year 1900-2030 is a date, «مارس 2014»)."""
    for k in range(start, end):
        n = tokens[k].norm.replace(",", "")
        if ffold(n) in WORDS.thousand_words:
            return True
        if n.isdigit() and len(n) >= 4 and not (len(n) == 4 and 1900 <= int(n) <= 2030):
            return True
    return False


def _aggregate_since(lex: Lexicon, tokens: Sequence[Token], m: Mention, start: int, end: int) -> bool:
    """«منذ» + a period in the mention's clause (either side of it), or anywhere in the
    sentence for a plural noun («أسفرت المعارك عن مقتل 3200 شخص... منذ مارس»). The mention
    that starts the period («منذ اجتياح المليشيات») is not the tally."""
    cs, ce = clause_bounds(tokens, m.first, start, end)
    word = ffold(tokens[m.head].norm)
    if m.tense == "noun" and (word.endswith("ات") or word.endswith("معارك")) or m.entry.form in CASUALTY_WORDS:
        # plurals and tallies of the dead, noun or verb: the whole sentence («260 مقاتلا قتلوا
        # ومئات جرحوا، خلال أسبوع من الغارات»)
        cs, ce = start, end
    if _same_period(tokens, start, end):
        return True  # «في نفس الفترة أيضا، وألقت فرق الأمن القبض على أكثر من 1500»: a tally
    for k in range(cs, ce):
        w = ffold(tokens[k].norm)
        if w in WORDS.during and k + 1 < ce and not k < m.first <= k + 2:
            # «أسفرت الغارات خلال أسبوع عن مقتل 260»: a tally over a week or more (not «خلال
            # الـ24 ساعة الماضية», a day's report)
            # (with a count in the sentence: «خلال شهر واحد اغتيل كرامي» is one killing)
            nxt = {ffold(tokens[q].norm) for q in range(k + 1, min(ce, k + 3))}
            if nxt & WORDS.long_periods and any(tokens[q].norm.isdigit() for q in range(start, end)):
                return True
        if w in WORDS.period_nouns and k > cs and ffold(tokens[k - 1].norm) in ("في", "خلال", "وخلال") \
                and k + 1 < ce and ffold(tokens[k + 1].norm) in WORDS.period_ends \
                and any(tokens[q].norm.isdigit() for q in range(start, end)):
            return True  # «88 إرهابيا قتلوا في الفترة بين 20 و31 يوليو»: a tally over a period
        if w in ("منذ", "ومنذ") and any(ffold(tokens[q].norm) in WORDS.superlatives for q in range(max(cs, k - 6), k)):
            continue  # «اليوم الأكثر دموية منذ سنوات»: a comparison, not a tally
        if w in ("منذ", "ومنذ") and k + 1 < ce:
            if k < m.first <= k + 2:
                return False
            nxt = {ffold(tokens[q].norm) for q in range(k + 1, min(ce, k + 3))}
            if nxt & WORDS.period_words or any(t.isdigit() and len(t) == 4 for t in nxt):
                return True
    return False


def _same_period(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Does the sentence count over the period of a tally told before, with a number («في نفس
    الفترة ... القبض على أكثر من ألف و500»، «خلال الفترة ذاتها قتل 40»)?"""
    words = [ffold(tokens[k].norm) for k in range(start, end)]
    same = any(w in WORDS.period_nouns and (k > 0 and words[k - 1] in WORDS.same or k + 1 < len(words) and words[k + 1] in WORDS.itself)
               for k, w in enumerate(words))
    return same and any(tokens[q].norm.isdigit() for q in range(start, end))


def _in_chant(tokens: Sequence[Token], m: Mention, start: int) -> bool:
    """Is the mention inside a quotation opened (up to 12 words back) after a chant word?"""
    for k in range(m.first - 1, max(start, m.first - 12) - 1, -1):
        if tokens[k].norm in ("»", "”"):
            return False  # the quotation closed before the mention
        if tokens[k].norm in ("«", "“", '"'):
            return any(ffold(tokens[q].norm).lstrip("و") in WORDS.chants for q in range(max(start, k - 4), k))
    return False


def _until_now(tokens: Sequence[Token], m: Mention, start: int, end: int) -> bool:
    """«حتى الآن/حتى الأول من أغسطس» in the mention's sentence with a count: a toll to date,
    added up over a period, not one occurrence (not with «حصيلة»: the toll of one attack
    «ارتفعت حصيلة التفجير حتى الآن إلى 30»)."""
    words = [ffold(tokens[k].norm) for k in range(start, end)]
    if any(w.endswith("حصيله") for w in words):
        return False
    # (the whole sentence: «قتل أكثر من 260 مقاتلا -منهم قادة- وأصيب 400 حتى الأول من أغسطس»)
    return any(w in WORDS.until and nxt in WORDS.now for w, nxt in zip(words, words[1:], strict=False)) \
        and any(tokens[q].norm.isdigit() or ffold(tokens[q].norm) in WORDS.count_words for q in range(start, end))


def _time_reference(tokens: Sequence[Token], m: Mention, start: int) -> bool:
    """A noun of an ongoing war used as a time reference: its start after «منذ/على/قبل/بعد»
    («منذ بدء المعارك في أواخر مارس»، «بعد أربعة أشهر على بدء المعارك»، «منذ بدء هجومهم الواسع
    في يوليو 2014»), or a span of time «من» it («أكثر من أربعة أشهر من المعارك»). The war
    itself is a situation, not an occurrence (docs/annotation.md: general situations)."""
    k = m.first - 1
    if k - 1 >= start and ffold(tokens[k].norm) in WORDS.starts and ffold(tokens[k - 1].norm) in WORDS.since:
        return True
    return k - 1 >= start and ffold(tokens[k].norm) == "من" and ffold(tokens[k - 1].norm) in WORDS.spans


def _since_occurrence(lex: Lexicon, tokens: Sequence[Token], m: Mention, mentions: list[Mention],
                      start: int, end: int) -> bool:
    """«منذ» right before another mention dates a period from an occurrence («منذ هجوم منتجع
    سوسة»); a mention before it in its clause with a count («عشرات المتشددين», digits) is a
    tally over that period, not one occurrence. «منذ الاثنين احتجاجا»: a time word right after
    «منذ» is the period's start, and the mention after it is no occurrence."""
    cs, ce = clause_bounds(tokens, m.first, start, end)
    for k in range(m.last + 1, ce - 1):
        if ffold(tokens[k].norm) in ("منذ", "ومنذ") and any(
            o is not m and o.tense == "noun"
            and (o.first == k + 1 or (o.first == k + 2 and "time" not in word_classes(lex, tokens[k + 1])))
            for o in mentions
        ):
            return any(ffold(tokens[q].norm) in WORDS.count_words or tokens[q].norm.isdigit() for q in range(cs, k))
    return False


def _present_support(lex: Lexicon, tok: Token) -> bool:
    w = ffold(tok.norm)
    w = w[1:] if len(w) > 3 and w[0] in "وف" else w
    return "support" in lex.classes(w) and (w[:1] == "ي" or w in ("تشن", "تنفذ", "تستهدف", "تواصل"))


def _continues(tok: Token) -> bool:
    """«وتواصل القوات تمشيط الحدود», «وتكثف طالبان هجومها»: a present «continues» or
    «intensifies» makes any noun an ongoing campaign."""
    return ffold(tok.norm).lstrip("وف") in ("تواصل", "يواصل", "تواصلان", "يواصلون", "تكثف", "يكثف")


# «في ظل»: «amid»; a noun it governs (or the «قيام ... ب» noun after it) is the circumstance of
# what is told, an ongoing situation or campaign, not an occurrence (events-3b, from SaudiNewsNet
# 2015 dev part G: «في ظل قيام الطائرات الحربية التركية بشن غارات على مواقعه»).
_AMID_WINDOW = 6


def _amid(tokens: Sequence[Token], m: Mention, cs: int) -> bool:
    """A noun mention up to six words after «في ظل» in its clause."""
    if m.tense != "noun":
        return False
    return any(ffold(tokens[k].norm) == "ظل" and ffold(tokens[k - 1].norm).lstrip("و") == "في"
               for k in range(max(cs + 1, m.first - _AMID_WINDOW), m.first))


def _after_qama(tokens: Sequence[Token], m: Mention, start: int) -> bool:
    """«قام مسلحون ... بخطف»: a noun with ب a few words after «قام» is what they did."""
    if not ffold(tokens[m.head].norm).startswith(("ب", "وب")):
        return False
    return any(ffold(tokens[k].norm) in WORDS.qama for k in range(max(start, m.first - 7), m.first))


def _managed(tokens: Sequence[Token], m: Mention, cs: int) -> bool:
    """A noun right after «من/في» with «تمكن/نجح/استطاع» (past) before it in its clause."""
    if m.tense != "noun" or m.first - 1 < cs or ffold(tokens[m.first - 1].norm) not in ("من", "في"):
        return False
    preps = 0  # «من/في» between: far off, the first one after «تمكن» is its own
    for k in range(m.first - 2, max(cs, m.first - _MANAGED_SPAN) - 1, -1):
        if ffold(tokens[k].norm).lstrip("وف") in WORDS.managed:
            return k >= m.first - _MANAGED_NEAR or not preps  # not «تمكنت ... من تحرير عدن، بدعم من غارات»
        preps += ffold(tokens[k].norm) in ("من", "في")
    return False


# Tokens between «تمكن» and its noun: Tunisian communiqués name the units at length between
# them («تمكنت، اليوم الجمعة، فرقة التدخل السريع التابعة لإقليم الحرس الوطني بسوسة مدعومة بأعوان
# مركز الأمن العمومي بكندار وفرقة الأبحاث والتفتيش للحرس الوطني بالنفيضة، من إيقاف مجرم»: 27;
# events-5e, was 20). Beyond _MANAGED_NEAR tokens no other «من/في» may stand between them.
_MANAGED_SPAN = 32
_MANAGED_NEAR = 20


def _with_li(tok: Token, stem: str) -> bool:
    """Is the noun read with the preposition ل (للقتال، لقتال)? «لافتات» is not."""
    w = ffold(tok.norm)
    w = w[1:] if len(w) > 3 and w[0] in "وف" else w
    return w in ("ل" + stem, "لل" + stem)
