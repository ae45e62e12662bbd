"""Stage 2 of :mod:`khabar.places`: gazetteer names that are ordinary words where they stand.

A name of the index is dropped when it is a word here (a shield, a ligament, a street named
after a town, an adjective, a newspaper named after its town, a weekday, a speaker, «كان»:
:func:`drop_words`); names that are part of another name are
:mod:`khabar.places.inside_names`'. The word lists are hand-made by the khabar authors from Arabic news
(SaudiNewsNet and ANT read to check the forms); each says what it guards against.
"""

from __future__ import annotations

import re
from typing import Any

from ..document import Doc
from ..normalize import fold
from .anchors import _LOCATIVE, _bare
from .datafiles import data_rows
from .home import outlet_country
from .idioms import not_a_place
from .index import gazetteer
from .lexicon import (
    CUE_ONLY,
    DAY_AFTER,
    DAY_BEFORE,
    IBB,
    NOT_AFTER,
    NOT_BEFORE,
    PLACE_CUES,
    QUOTES,
    SAID_OPENERS,
    SAY_VERBS,
    WEEKDAYS,
    fold_all,
)
from .mentions import Match

__all__ = ["drop_words"]

_TANWEEN = "\u064b\u064c\u064d"


#: «وأن» (and that) is Van («وان») once its hamza is normalised away, «فأس» (an axe) Fes:
#: written with the hamza, these are words, never places
_FUNCTION_WORDS = frozenset({"وأن", "وإن", "أن", "إن", "فإن", "بأن", "لأن", "فأس",
                             # «قصفها مدينة تحت سيطرة المعارضة»: a preposition after a
                             # town cue is no name (Taht is a Syrian hamlet)
                             "تحت", "فوق", "بين", "عند", "ضمن", "لدى", "حول",
                             # written with a seat hamza (ئ) that normalisation folds away:
                             # «القتال الدائر» (ongoing) is not Ad Dayer («الداير»), «بئرا» (a
                             # well) not Beira, «الغنائم» (spoils) not Al Ghanayim, «المهدئة»
                             # (sedatives) not Mahdia. Found by running every word with ئ/ؤ
                             # written 3+ times in SaudiNewsNet whose folded form is a name of
                             # the index through the rules (session 4): these five were read as
                             # places; the others are places (الطائف، حائل، سيئون) or dropped
                             "الدائر", "بئرا", "الغنائم", "المهدئة",
                             # ... and indefinite: «أدوية مهدّئة للأعصاب» (compared without
                             # harakat: ``_bare_text``)
                             "مهدئة"})
#: «وان مؤسسة» (and that), «نتج عنه» (from it), «كان» (was): town names (Van, 'Anah, Cannes)
#: that are far more often these words; a place only after a place cue («مدينة وان»), even
#: when the tagger says LOC
_WORD_LOOKALIKES = frozenset({"وان", "وانه", "عنه", "عليه", "كان", "وكان", "فكان",
                              # «سقط الحائط» (the wall); Al-Hait, the Saudi town, with its cue
                              "الحائط",
                              # ordinary words read as towns by population alone («خالص
                              # التعازي»، «لكسر الحصار»، «تلا ذلك»...) are flagged common in
                              # data/places/stopnames.txt; these ones take the tagger's LOC too
                              "الجمالية", "قوم", "لمنشأة",
                              # «بالصور» (in pictures: Tyre is «صور», never with the article),
                              # «سلطات الأمن» (the authorities: Settat is «سطات») (session 6,
                              # unlabelled SaudiNewsNet)
                              "الصور", "سلطات"})


#: roads and streets, named after the town they lead to («طريق الجبيل»، «شارع بغداد»)
_ROADS = fold_all("طريق شارع وطريق وشارع بطريق بشارع")
#: «نهج» is Tunisian for a street («نهج الباكستان» in Manouba, «نهج جزيرة سردينيا» in Tunis:
#: rue du Pakistan, rue de l'île de Sardaigne); elsewhere it is "an approach" («نهج طهران
#: الطائفي»، «على نهج ليفربول»), so only in a Tunisian outlet's article (``home.outlet_country``;
#: session 19, places-19e)
_TUNISIAN_STREETS = fold_all("نهج بنهج ونهج")
_BY = fold("عن")
_MALL = fold("مول")
_DASHES = frozenset({"-", "–", "—"})




def _adjective_like(m: Match, toks: list[Any], folded: list[str]) -> bool:
    if " " in m.key or not m.key.endswith("يه") or m.entity is not None or m.tok_start == 0:
        return False
    prev = folded[m.tok_start - 1]
    if toks[m.tok_start - 1].sent != toks[m.tok_start].sent or not prev.startswith("ال"):
        return False
    if m.nstart != toks[m.tok_start].nstart and prev.endswith("يه") and not any(
            c.source == "hand" or c.precision == "country" for c in m.candidates):
        return True  # «الأمنية والديوانية»: after another nisba, even Diwaniyah's name
    if any(c.population >= 10_000 or c.source == "hand" or c.precision == "country" for c in m.candidates):
        return False
    return m.nstart == toks[m.tok_start].nstart and _bare(prev) not in PLACE_CUES




#: words before a name that say a place follows: locative prepositions and compass words
_LOCATIVE_BEFORE = fold_all("في إلى الى من عند قرب نحو داخل حتى بين عبر باتجاه صوب وسط شمال جنوب شرق غرب "
                            "شمالي جنوبي شرقي غربي أطراف ضواحي تخوم محيط مشارف")

_ON = fold("على")
_FROM = fold("من")
#: quantity nouns before a partitive «من» («عدد من»، «فريق من الخبراء»)
_QUANTITY = fold_all("عدد عددا نخبة فريق مجموعة كثير الكثير العديد عديد بعض عشرات العشرات مئات "
                     "المئات آلاف الآلاف مزيد المزيد جملة عدة قليل")
#: «والي»/«واليا على X»: the governor of X (Tunisian usage)
_GOVERNOR = fold_all("والي واليا واليًا")
#: the first word of a place name in construct: «سواحل سيدي داود», «بئر علي»
_NAME_FIRST_WORDS = fold_all("سيدي بني بنى أبو ابو أم ام آل البو بئر عين تل رأس راس دار بيت كفر دير أولاد اولاد ذي ذو")


def _tagged_common_word(m: Match, toks: list[Any], folded: list[str], matches: list[Match]) -> bool:
    """A one-word name that is mostly an ordinary word (``Gazetteer.common``: ANERcorp's
    tags and ``stopnames.txt``), tagged LOC, with nothing before it that says a place:
    no proclitic ب/ل, no locative preposition or compass word, no place cue, no place
    just named before «و» («في مأرب وإب»). Countries and hand rows stay."""
    if m.entity is None or " " in m.key or m.key not in gazetteer().common:
        return False
    if any(c.source == "hand" or c.precision == "country" for c in m.candidates):
        return False
    tok = toks[m.tok_start]
    if m.nstart != tok.nstart:  # a proclitic: «بعدن»، «للضالع»، «وإب»
        clitic = folded[m.tok_start][: m.nstart - tok.nstart]
        if clitic not in ("و", "ف") or any(n.tok_end == m.tok_start for n in matches):
            return False
    j = m.tok_start - 1
    if j < 0 or toks[j].sent != tok.sent:
        return True
    prev = folded[j]
    if m.nstart != tok.nstart and prev.startswith("و"):
        return False  # «وتعشر ومقاب وضمد»: the last of a list of names joined by و
    if len(prev) > 3 and prev[0] == "و" and prev[1:] in _LOCATIVE_BEFORE:
        prev = prev[1:]  # «وبين عمران وصعدة»، «وفي مشهد»
    if prev == _ON and j > 0 and folded[j - 1] in _GOVERNOR:
        return False  # «واليا على قبلي»: the governor of a place (rule 6b)
    if prev == _FROM and j > 0 and folded[j - 1] in _QUANTITY:
        return True  # «عدد من الشهداء»، «نخبة من الخبراء»: a partitive «من», no locative
    return not (prev in _LOCATIVE_BEFORE or _bare(prev) in PLACE_CUES or prev in QUOTES
                or prev in ("(", "[") or prev in _NAME_FIRST_WORDS
                or prev.startswith(("في", "الي", "الى")) and len(prev) <= 5)  # «بما فيها عمران»


def drop_words(doc: Doc, toks: list[Any], folded: list[str], matches: list[Match]) -> list[Match]:
    """Stage 2: drop names that are words here (a shield, a ligament, a street's name, an
    adjective, «كان»)."""
    # «درعاً» (a shield) is not Daraa: a name with tanween is an indefinite common noun,
    # never a place name (place names are definite or diptote); «الرباط الصليبي» is a
    # ligament (NOT_BEFORE)
    # (each name's original text read once: three readings took a twentieth of the step)
    texts = [doc.span_from_norm(m.nstart, m.nend).text for m in matches]
    matches = [m for m, text in zip(matches, texts, strict=True)
               if not any(ch in _TANWEEN for ch in text)
               and _bare_text(text) not in _FUNCTION_WORDS
               and (m.key != IBB or text == "إب")
               and not (m.tok_end < len(folded) and folded[m.tok_end] in NOT_BEFORE.get(m.key, ()))
               and not (m.tok_start > 0 and {folded[m.tok_start - 1], folded[m.tok_start - 1][1:]}
                        & NOT_AFTER.get(m.key, frozenset()))]
    # «شارع بغداد» in Basra, «طريق الجبيل السريع» in Qatif, «طريق الطائف الرياض»، «طريق
    # الرياض-الدمام»: a street or road named after the towns it leads to is no mention of
    # them (``_road_names``; «عن طريق» is "by way of")
    roads = _ROADS | _TUNISIAN_STREETS if outlet_country(doc.article.outlet) == "TN" else _ROADS
    matches = _road_names(toks, folded, matches, roads)
    # «المنازل الحلبية والشامية»: a feminine nisba after a definite noun (or after another
    # such adjective and و) is an adjective, not a hamlet of that name
    matches = [m for m in matches if not _adjective_like(m, toks, folded)]
    matches = [m for m in matches if not _newspaper(m, toks, folded)]
    # «علمت «الرياض»»، «ضيوف "السعودية"»، «“السعودية للتموين”»: a quoted organisation's name
    matches = [m for m in matches if not _quoted_org(m, toks, folded)]
    # «مجمع القطيف سيتي مول»، «الأحساء مول»: a town's name inside a mall's name (read by
    # ``sites.named_malls``) is no mention of the town, as «عدن» in «مطار عدن» is not
    matches = [m for m in matches if not any(
        folded[j] == _MALL and toks[j].sent == toks[m.tok_start].sent
        for j in range(m.tok_end, min(m.tok_end + 2, len(folded))))]
    # «ليلة الخميس الماضي»، «يوم الخميس 03 ديسمبر»: a weekday (``lexicon.WEEKDAYS``) is the day
    matches = [m for m in matches if not _a_day(m, toks, folded)]
    # «وأكد الأحمدي أن»: the subject of a masculine reporting verb is a person
    matches = [m for m in matches if not _speaker(m, toks, folded)]
    # «آراء الخبراء» (experts), «صور تذكارية» (pictures), «تصدير الثورة» (the revolution):
    # a common word the tagger marks LOC is the word, unless a locative or a cue says place
    matches = [m for m in matches if not _tagged_common_word(m, toks, folded, matches)]
    # «لحج» for the Hajj, «أن صالح» (that Saleh), «مسقط رأسه» (his birthplace) (``idioms``)
    matches = [m for m in matches if not not_a_place(m, matches, folded)]
    # «بلد عربي» (a country), «الحروب تدمر المزروعات» (destroys), «الثورة السورية»: names of
    # ``wordsense.tsv`` that are places only with a cue, a keep word or a place before «و»
    matches = [m for m in matches if not _cue_only_word(m, toks, folded, matches)]
    return [m for m in matches if not (
        doc.span_from_norm(m.nstart, m.nend).text in _WORD_LOOKALIKES
        and not (m.tok_start > 0 and _bare(folded[m.tok_start - 1]) in PLACE_CUES))]


def _cue_only_word(m: Match, toks: list[Any], folded: list[str], matches: list[Match]) -> bool:
    """Is a name of ``CUE_ONLY`` the ordinary word here: not after a place cue or a keep word
    of its own, not before a keep word, and not «وX» right after another place («وأريحا
    وتدمر»)? The match's first token may carry a proclitic («لبلد»، «وتدمر»)."""
    if m.key not in CUE_ONLY:
        return False
    keep_after, keep_before = CUE_ONLY[m.key]
    i, j, tok = m.tok_start, m.tok_end, toks[m.tok_start]
    if j < len(folded) and toks[j].sent == tok.sent and folded[j] in keep_before:
        return False
    if m.nstart != tok.nstart and folded[i][: m.nstart - tok.nstart] == "و" and any(
            n.tok_end == i and n is not m for n in matches):
        return False
    if i == 0 or toks[i - 1].sent != tok.sent:
        return True
    prev = folded[i - 1]
    prevs = {prev, prev[1:]} if prev[:1] in ("و", "ف") else {prev}
    return not any(_bare(p) in PLACE_CUES or p in keep_after for p in prevs)


_HARAKAT = re.compile("[\u064b-\u065f\u0670]")


def _bare_text(text: str) -> str:
    """The original spelling without harakat («مهدّئة» -> «مهدئة»); hamza seats kept."""
    return _HARAKAT.sub("", text)


def _a_day(m: Match, toks: list[Any], folded: list[str]) -> bool:
    """Is a weekday name the day here: right after a time noun («ليلة»، «يوم»، «صباح») or
    right before a word of relative time («الماضي»، «المقبل»، «الفارط») or a number (a
    date), in its sentence?"""
    if m.key not in WEEKDAYS:
        return False
    i, j = m.tok_start, m.tok_end
    before = i > 0 and m.nstart == toks[i].nstart and toks[i - 1].sent == toks[i].sent \
        and folded[i - 1] in DAY_BEFORE
    after = j < len(folded) and toks[j].sent == toks[i].sent \
        and (folded[j] in DAY_AFTER or folded[j].isdigit())
    return before or after


def _speaker(m: Match, toks: list[Any], folded: list[str]) -> bool:
    """Is the name the speaker: right after a masculine reporting verb (``SAY_VERBS``) and
    right before what opens the report (``SAID_OPENERS``: «أن»، «إن»، «لـ»، «:», or a comma), in one
    sentence? Countries, capitals and hand rows stay («وأكد العراق أن»)."""
    i, j = m.tok_start, m.tok_end
    if i == 0 or j >= len(folded) or m.nstart != toks[i].nstart:
        return False
    if toks[i - 1].sent != toks[i].sent or toks[j].sent != toks[i].sent:
        return False
    # «وقال الأحمدي، من جهة أخرى، إن»: a comma may close the subject
    opener = folded[j] in SAID_OPENERS or folded[j].startswith("ل") or folded[j] in "،,"
    if folded[i - 1] not in SAY_VERBS or not opener:
        return False
    return not any(c.precision == "country" or c.source == "hand" or c.source.endswith("+capital")
                   for c in m.candidates)


def _road_names(toks: list[Any], folded: list[str], matches: list[Match], roads: frozenset[str] = _ROADS
                ) -> list[Match]:
    """Drop the names of a road or street: the name right after «طريق»/«شارع» and a second
    town joined to it by a space or a dash («طريق الطائف الرياض»، «طريق الرياض-الدمام»). The
    development parts annotate such a town only when it is named elsewhere in the article
    (part I: «طريق الرياض-الدمام» in a story that names both towns again; parts H and M:
    «طريق الرياض الأحساء»، «طريق الطائف الرياض» with Riyadh and Taif named nowhere else), and
    then the other mention gives its record."""
    first = {m.tok_start for m in matches if (
        m.tok_start > 1 and m.nstart == toks[m.tok_start].nstart
        and folded[m.tok_start - 1] in roads and folded[m.tok_start - 2] != _BY
        and toks[m.tok_start - 1].sent == toks[m.tok_start].sent)}
    ends = {m.tok_end for m in matches if m.tok_start in first}
    ends |= {e + 1 for e in ends if e < len(folded) and folded[e] in _DASHES}
    return [m for m in matches if m.tok_start not in first and not (
        m.tok_start in ends and m.nstart == toks[m.tok_start].nstart)]


#: words before a newspaper's quoted name: «قال ل"الرياض"» (told to), «الـ"الرياض"»،
#: «صحيفة "الرياض"»، «مصادر "الرياض"» (the paper's sources)
_MEDIUM_BEFORE = fold_all("ل ال صحيفة جريدة بصحيفة لصحيفة وصحيفة بجريدة لجريدة وجريدة مصادر")


def _newspaper(m: Match, toks: list[Any], folded: list[str]) -> bool:
    """«قالت مصادر ل"الرياض"»، «صرح لـ«الرياض»»: a name in quotation marks after «لـ» (told
    to) or a newspaper noun is a newspaper named after the place (SaudiNewsNet's Al Riyadh,
    Al Madina, Al Jazirah cite themselves so), not the place; the gold tuning split leaves
    «زودت ال"الرياض" بنسخة» out."""
    i, j = m.tok_start, m.tok_end
    return (i >= 2 and j < len(folded) and m.nstart == toks[i].nstart
            and folded[i - 1] in QUOTES and folded[j] in QUOTES
            and toks[i - 2].sent == toks[i].sent and folded[i - 2] in _MEDIUM_BEFORE)


#: Session 20 (places-20c): names that, alone between quotation marks, are an organisation's
#: short name (``data/places/quoted_orgs.tsv``: the daily «الرياض», the airline «السعودية»)
_QUOTED_ORGS = frozenset(fold(r[0]) for r in data_rows("quoted_orgs.tsv"))
#: a quoted company name is at most this many words after its place («"السعودية للتموين"»)
_QUOTED_NAME_WORDS = 3


def _quoted_org(m: Match, toks: list[Any], folded: list[str]) -> bool:
    """Is ``m`` an organisation's name in quotation marks (docs/annotation.md rule 6c)? Two forms:
    (1) a name of ``_QUOTED_ORGS`` alone between quotation marks («علمت «الرياض»»، «خاص
    ب"الرياض"»، «ضيوف "السعودية"»), not right after a place cue or «في»/«إلى» («مدينة
    "الرياض"»، «وصل الوفد إلى "الرياض"»: the city); (2) a company's quoted name that opens
    with the place and goes on with «لل...» («الشركة «السعودية للأسماك»»، «“السعودية
    للتموين”»: the place, then what the company does), the closing mark at most
    ``_QUOTED_NAME_WORDS`` words on, in the sentence."""
    i, j = m.tok_start, m.tok_end
    if i == 0 or j >= len(folded) or m.nstart != toks[i].nstart or folded[i - 1] not in QUOTES:
        return False
    sent = toks[i].sent
    if toks[i - 1].sent != sent or toks[j].sent != sent:
        return False
    if folded[j] in QUOTES:
        prev = folded[i - 2] if i >= 2 and toks[i - 2].sent == sent else ""
        return m.key in _QUOTED_ORGS and not (prev in _LOCATIVE or _bare(prev) in PLACE_CUES)
    if not folded[j].startswith("لل"):
        return False
    end = min(len(folded), j + 1 + _QUOTED_NAME_WORDS)
    return any(folded[k] in QUOTES and toks[k].sent == sent for k in range(j + 1, end))

