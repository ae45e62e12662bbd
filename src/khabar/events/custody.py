"""Weak arrest words told done in Tunisian police communiqués (events-5e, issue 7).

«أوقف» also stops a service or a match, «إيقاف» suspends an official or a production and
«الاحتفاظ» keeps a wounded man under care, so they are weak entries that stage 2 of
:func:`khabar.events.filters.keep_mentions` drops without a confirming context. Jawhara FM's
security news tells its arrests with them and little else («أوقفت الشرطة المهاجم»، «أذنت
النيابة العمومية بالاحتفاظ بهم»، «تمّت مداهمة منزله وإيقافه»): about half of its «إيقاف»
arrests were missed (events-5d's audits E-H). Here an arrest of persons is confirmed by its
object and its doer:

* the verb «أوقف» with a security force as its subject and a person as its object
  («أوقف الأمن الأردني رجلا»، «أوقفت التشكيلة العسكرية ...، حوالي الساعة الواحدة، 13 شخصا»);
* the nouns «إيقاف/توقيف/الاحتفاظ» with a person or a pronoun as their object, told done by
  a past support («تم/تمت/جرى/ليتم», :func:`khabar.events.filters._done`) or authorised by the
  prosecution («أذنت النيابة ... بالاحتفاظ بهم»، «أمرت بإيقاف مدير»).

Neither when a word of care or work is near («تحت الرقابة الطبية»، «لتلقي الإسعافات»، «عن العمل»).
The word lists are in ``data/events/filter_words.tsv`` (arrest_forces, arrest_persons,
authorize, not_custody).
"""

from __future__ import annotations

from .sentence_view import SentenceView
from .triggers import Mention
from .wordlists import FILTER_WORDS as WORDS

__all__ = ["arrest_told", "cared_for"]

_VERBS = frozenset({"اوقف"})
_NOUNS = frozenset({"ايقاف", "توقيف", "الاحتفاظ"})
# Punctuation that ends the object's search (commas do not: a time is told between them).
_STOPS = frozenset({".", "؛", ";", ":", "?", "؟", "!", "(", ")", '"', "«", "»"})
# A person after these is where or with whom, not who («حجز ... لدى المتهم»).
_PREPOSITIONS = frozenset({"مع", "لدي", "عن", "الي", "علي", "في", "ضد"})
_PRONOUNS = ("ه", "ها", "هم", "هما")
_OBJECT_SPAN = 20  # tokens: «أوقفت التشكيلة العسكرية العاملة بالمنطقة المتاخمة ...، 13 شخصا»
_FORCE_SPAN = 4  # tokens before or after the verb where its subject is looked for
_AUTHORIZE_SPAN = 9  # «اذنت لفرقة الابحاث و التفتيش للحرس الوطني بالمنستير بالاحتفاظ»
_CARE_SPAN = 8
_CARE_BEFORE = 5


def _bare(w: str) -> str:
    return w[1:] if len(w) > 3 and w[0] == "و" else w


def _person_after(s: SentenceView, k: int, span: int) -> bool:
    """A person word within ``span`` tokens from ``k``, commas passed, not after a preposition."""
    for q in range(k, min(s.end, k + span)):
        if s.tokens[q].norm in _STOPS:
            return False
        if _bare(s.word(q)) in WORDS.arrest_persons:
            return q == s.start or s.word(q - 1) not in _PREPOSITIONS
    return False


def cared_for(s: SentenceView, m: Mention) -> bool:
    """A word of care near, or a post after «عن»: «تم الاحتفاظ بهم لتلقي الإسعافات»، «إيقافه عن
    العمل»، «ايقافها عن مهامها» (not «بتهمة تعطيل سير العمل»: work without «عن» is no suspension)."""
    near = range(max(s.start, m.first - _CARE_BEFORE), min(s.end, m.last + 1 + _CARE_SPAN))
    if m.last + 2 < s.end and s.word(m.last + 1) == "عن" and s.word(m.last + 2) != "طريق":
        return True  # «وقامت بإيقافها عن تنشيط برنامج»: stopped from doing (not «عن طريق»: by means of)
    return any(_forms(s.word(q)) & WORDS.not_custody
               or (s.word(q) in WORDS.posts and q > s.start and s.word(q - 1) == "عن")
               for q in near if not m.first <= q <= m.last)


def _forms(w: str) -> set[str]:
    """The word with «و» and a preposition «بـ/لـ» taken off («للعناية» → «العناية»)."""
    w = _bare(w)
    forms = {w}
    if w.startswith("لل") and len(w) > 4:
        forms.add("ال" + w[2:])
    elif w[:1] in ("ب", "ل") and len(w) > 4:
        forms.add(w[1:])
    return forms


def _verb_told(s: SentenceView, m: Mention) -> bool:
    """«أوقفت الشرطة المهاجم»: a force within four words of the verb, a person after it."""
    near = list(range(max(s.start, m.first - _FORCE_SPAN), m.first)) + list(range(m.last + 1, min(s.end, m.last + 1 + _FORCE_SPAN)))
    if not any(_bare(s.word(q)) in WORDS.arrest_forces for q in near):
        return False
    head = s.word(m.head)
    return _person_after(s, m.last + 1, _OBJECT_SPAN) or (head.endswith(_PRONOUNS) and not head.endswith("ها"))


def _noun_object(s: SentenceView, m: Mention) -> bool:
    """«إيقافه»، «إيقاف 3 مشتبهين»، «الاحتفاظ بهم/بالمظنون فيه/بكافة أفراد الشبكة»."""
    head = s.word(m.head)
    if m.entry.form == "الاحتفاظ":
        return m.last + 1 < s.end and s.word(m.last + 1).startswith("ب")
    return head.endswith(("ه", "هم", "هما")) or _person_after(s, m.last + 1, 3)


def _authorized(s: SentenceView, m: Mention) -> bool:
    """«أذنت النيابة العمومية اليوم الخميس بالاحتفاظ بمواطن»: the prosecution's leave."""
    for q in range(m.first - 1, max(s.start, m.first - _AUTHORIZE_SPAN) - 1, -1):
        if s.tokens[q].norm in _STOPS:
            return False
        if _bare(s.word(q)) in WORDS.authorize:
            return True
    return False


def arrest_told(s: SentenceView, m: Mention, done: bool) -> bool:
    """Is the weak arrest mention ``m`` an arrest of persons told done? ``done``: a past
    support tells the noun done (:func:`khabar.events.filters._done`)."""
    if m.subtype != "arrests" or cared_for(s, m):
        return False
    if m.entry.form in _VERBS and m.tense == "past":
        return _verb_told(s, m)
    if m.entry.form in _NOUNS and m.tense == "noun":
        return _noun_object(s, m) and (done or _authorized(s, m))
    return False
