"""Is the article a news report or an opinion piece? Read once per document.

A column, a reader's letter or a signed analysis names killings, bombings and battles as
examples, history and figures of speech («فن إطلاق الرصاص»، «معاركنا ضد أعداء الوطن»): the events
step reads them as occurrences unless it knows the genre (events-12a: 63 of 87 events wrong in
the opinion articles of 1,000 conflict articles, docs/events.md "Session 12: events read out of
opinion columns"). The first stage that answers decides:

1. the section the reader found (``RawArticle.section``: an HTML page's ``article:section``, a
   JSON line's ``section`` or ``category``): a word of ``opinion_sections`` («رأي»، «مقالات»،
   opinion) says opinion;
2. the URL: a folder of ``opinion_paths`` (``/opinion/``, ``/columns/``) or an outlet's opinion
   folder or page code of ``opinion_pages`` (alwatan's ``/Articles/``, al-Jazirah's ``ar3.htm``) says
   opinion; so does a writer's folder between the article's number and its title where an outlet
   files its columns so (``writer_pages``: aawsat.com/home/article/418106/هدى-الحسيني/TITLE, where its
   news is aawsat.com/home/article/NUMBER/TITLE; events-21a); a folder of ``news_paths``
   (``/news/``, ``/Politics/``) says news, and the text is not read (an interview speaks in the
   first person and asks questions);
3. the text: a writer's first person and rhetorical words («إننا»، «أرى»، «بلادنا»، «لماذا»), per
   100 words, against the words of a report («قال»، «أفاد»، «وكالة»), with questions for and a
   dateline or the day of the report («أمس»، «اليوم الاثنين») in the opening against
   (:func:`opinion_score`; checked against stage 2 on SaudiNewsNet's alwatan and 3alyoum pages:
   precision 0.93, recall 0.48); a text of under 100 words is news.

The word lists live in ``data/events/genre_words.tsv``. The verdict goes out in the record as
``ArticleRecord.genre`` (the reader's section as ``ArticleRecord.section``) and into the archive's
``articles.genre`` column (``khabar search/export --genre``).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING, cast
from urllib.parse import urlsplit

from .normalize import fold
from .schema import GENRES, Genre

if TYPE_CHECKING:  # khabar.document builds the record with doc_genre: no import cycle at run time
    from .document import Doc

__all__ = ["GENRES", "article_genre", "doc_genre", "opinion_score"]



@cache
def _lists() -> dict[str, frozenset[str]]:
    """The lists of ``data/events/genre_words.tsv`` (``list<TAB>word``), folded; read on first use
    (imported here, not at the top: :mod:`khabar.events` imports this module)."""
    from .events.wordlists import read_lists

    return read_lists("genre_words.tsv")


#: the text cue folds every word of an article: memoised (news repeats its words)
_fold_word = lru_cache(maxsize=1 << 17)(fold)

_ARABIC_WORD = re.compile(r"[\u0621-\u064A\u0660-\u0669]+")
# An agency's tag («(واس)»، «(أ ف ب)») or a dateline «الرياض - » opening a news story.
_DATELINE = re.compile(
    r"\((?:واس|أ ف ب|أ\.ف\.ب|ا ف ب|رويترز|د ب أ|أ ش أ|الأناضول|يو بي أي|قنا|وام|كونا|بنا|سبأ|وات)\)"
    r"|^\s*(?:\S+\s+){0,3}\S+\s*[-–ـ:]\s"
)
_PAGE = re.compile(r"^([a-z]+)\d+\.html?$")

# Stage 3's weights (events-12a, fitted by hand on the alwatan and 3alyoum pages of SaudiNewsNet,
# the URL as the label): a report's words weigh twice a writer's; each question mark (up to 5)
# 0.3; a dateline 1.5 and the day of the report 1.0 against; opinion above 0.8.
_REPORT_WEIGHT = 2.0
_QUESTION_WEIGHT, _MAX_QUESTIONS = 0.3, 5
_DATELINE_WEIGHT = 1.5
_REPORT_TIME_WEIGHT = 1.0
_OPENING = 200
_THRESHOLD = 0.8
# A rate over a short text is noise («اعتقد أنهم سياح» in one sentence, the 645 sentences' tune
# half): below 100 words the text says news. The columns of the measure ran 140-1,500 words.
_MIN_WORDS = 100



def _section_says(section: str | None) -> bool:
    if not section:
        return False
    words = {fold(w).lower() for w in re.split(r"[\s,;|/>-]+", section) if w}
    return bool(words & _lists()["opinion_sections"])


def _url_says(url: str | None) -> str | None:
    """``"opinion"`` or ``"news"`` when a path segment (not the page's own name) names such a
    section, or the page code an outlet's opinion page; ``None`` when the URL says neither."""
    if not url:
        return None
    parts = urlsplit(url if "//" in url else "//" + url)
    host = (parts.hostname or "").removeprefix("www.")
    segments = [s for s in parts.path.lower().split("/") if s]
    folders = {fold(s) for s in segments[:-1]}
    page = _PAGE.match(segments[-1]) if segments else None
    outlet = {f"{host}:{name}" for name in folders | ({page.group(1)} if page else set())}
    if folders & _lists()["opinion_paths"] or outlet & _lists()["opinion_pages"] or _writer_folder(host, segments):
        return "opinion"
    return "news" if folders & _lists()["news_paths"] else None


def _writer_folder(host: str, segments: list[str]) -> bool:
    """An outlet of ``writer_pages`` (``HOST:FOLDER/FOLDER``) files a column as FOLDERS, the
    article's number, the writer's name, the title (aawsat.com/home/article/418106/هدى-الحسيني/TITLE)
    and a report with no writer's folder (home/article/NUMBER/TITLE): a
    folder after the number is the writer. events-21a: all 223 such aawsat URLs of SaudiNewsNet 2015
    name one of 74 columnists (docs/events.md, "Session 21: audit U and false events")."""
    for entry in _lists()["writer_pages"]:
        name, _, folders = entry.partition(":")
        head = folders.split("/")
        n = len(head)
        if host == name and len(segments) == n + 3 and segments[:n] == head and segments[n].isdigit():
            return True
    return False


def opinion_score(text: str) -> float:
    """Stage 3: first-person and rhetorical words per 100 words, less twice the report's words
    per 100, plus 0.3 a question mark (up to 5), less 1.5 for a dateline and 1.0 for the day of
    the report in the opening 200 characters. Above 0.8 reads as opinion."""
    words = [_fold_word(w) for w in _ARABIC_WORD.findall(text)]
    if not words:
        return 0.0
    lists, per100 = _lists(), 100 / len(words)
    first = sum(w in lists["first_person"] for w in words) * per100
    report = sum(w in lists["reporting"] for w in words) * per100
    questions = min(text.count("؟") + text.count("?"), _MAX_QUESTIONS)
    opening = text[:_OPENING]
    dateline = bool(_DATELINE.search(opening))
    told_today = any(_fold_word(w) in lists["report_time"] for w in _ARABIC_WORD.findall(opening))
    return (first - _REPORT_WEIGHT * report + _QUESTION_WEIGHT * questions
            - _DATELINE_WEIGHT * dateline - _REPORT_TIME_WEIGHT * told_today)


def article_genre(text: str, url: str | None = None, section: str | None = None) -> Genre:
    """``"opinion"`` or ``"news"`` (stages 1-3 of the module docstring)."""
    if _section_says(section):
        return "opinion"
    by_url = _url_says(url)
    if by_url:
        return cast(Genre, by_url)
    if len(_ARABIC_WORD.findall(text)) < _MIN_WORDS:
        return "news"
    return "opinion" if opinion_score(text) > _THRESHOLD else "news"


def doc_genre(doc: Doc) -> Genre:
    """The genre of the document's article, read once and kept in ``doc.extra["genre"]`` (the
    events step and the record, ``ArticleRecord.genre``, read this one value)."""
    if "genre" not in doc.extra:
        a = doc.article
        doc.extra["genre"] = article_genre(a.text, a.url, a.section)
    return cast(Genre, doc.extra["genre"])
