"""Session 12 (events-12a, docs/events.md "Session 12: events read out of opinion columns"): the
article's genre (:mod:`khabar.genre`: section, URL, then text cues) and the events filter that
keeps, in an opinion piece, only the events anchored by a date, a place, a source or a toll
(``filters.told_in_opinion``). Texts written for these tests after the phrasing of SaudiNewsNet
2015 columns; URLs in the shape of SaudiNewsNet's."""

from __future__ import annotations

import json

import pytest

from _events import doc_of
from khabar.document import RawArticle
from khabar.events.filters import told_in_opinion
from khabar.genre import article_genre, opinion_score
from khabar.options import Options
from khabar.pipeline import analyze
from khabar.readers.html import read_html
from khabar.readers.jsonl import read_jsonl_lines

# A column's opening: a writer speaking to his readers (first person, questions, no report, no act).
_TALK = ("يتساءل كثير من القراء عن مستقبل شبابنا في زمن تتسارع فيه التقنية وتتغير فيه القيم، وأرى أن الأسرة "
         "هي نقطة البداية، فنحن نعلم أن التربية لا تبدأ في المدرسة بل في البيت. علينا أن نصغي لأبنائنا وأن نفتح "
         "لهم أبواب الحوار، ولماذا لا نمنحهم الثقة التي يستحقونها؟ أليس من حقهم أن يخطئوا ويتعلموا؟ إننا نحتاج "
         "إلى مدارس تعلم التفكير لا الحفظ، وإلى مساجد تعلم الرحمة، وإلى إعلام يحترم عقول الناس. وأعتقد أن "
         "المجتمع الذي يثق بشبابه يحصد ثمار تلك الثقة بعد سنوات، فالأوطان تبنى بالعقول قبل الجدران، وبالأخلاق "
         "قبل الأموال، وبالحوار قبل القرار. ")
# A column: the opening, then acts named as generalities (no date, place, source or toll).
_COLUMN = _TALK + ("إننا نعيش زمنا صعبا، فلماذا نصمت؟ علينا أن نعترف بأن الإرهاب لا دين له. وقد فجر الإرهابيون "
           "المساجد وقتلوا المصلين، فهل نتعلم من أخطائنا؟ أليس من واجبنا أن نحمي شبابنا؟")
# The same column telling a dated, placed attack with its toll.
_COLUMN_DATED = _TALK + ("إننا نعيش زمنا صعبا، فلماذا نصمت؟ علينا أن نعترف بأن الإرهاب لا دين له. لقد فجر انتحاري مسجد "
                 "قوات الطوارئ في أبها يوم الخميس 6 أغسطس 2015 فقتل 15 مصليا. فهل نتعلم من أخطائنا؟ "
                 "أليس من واجبنا أن نحمي شبابنا؟")
_NEWS = ("الرياض (واس) أعلنت وزارة الداخلية أمس القبض على خلية إرهابية في المنطقة الشرقية. وقال المتحدث "
         "الأمني إن أفراد الخلية كانوا يخططون لتفجير مساجد، وأضاف أن التحقيقات مستمرة.")


@pytest.mark.parametrize("text, url, section, expected", [
    # the text alone
    (_COLUMN, None, None, "opinion"),
    (_COLUMN_DATED, None, None, "opinion"),
    (_NEWS, None, None, "news"),
    ("", None, None, "news"),
    # under 100 words the text says news: one sentence with «اعتقد» and a question is no column
    ("إننا نعيش زمنا صعبا، فلماذا نصمت؟ علينا أن نعترف بأن الإرهاب لا دين له، فهل نتعلم؟", None, None, "news"),
    ("وكان الوحيدي أطلق عدة أعيرة نارية على مجموعة اعتقد انهم سياح غربيون في منطقة المدرج الروماني.",
     None, None, "news"),
    ("وقد فجر الإرهابيون المساجد وقتلوا المصلين.", None, None, "news"),
    # the URL of an opinion section, whatever the text
    (_NEWS, "http://www.3alyoum.com/opinion/articles/a/عبير-الدخيل-يا-حبيبتي-يامصر/", None, "opinion"),
    (_NEWS, "http://www.alwatan.com.sa/Articles/Detail.aspx?ArticleID=27169", None, "opinion"),
    (_NEWS, "http://www.al-jazirah.com/2015/20150721/ar3.htm", None, "opinion"),
    (_NEWS, "https://example.com/columns/2015/07/x.html", None, "opinion"),
    # a writer's folder between the article's number and the title (events-21a): aawsat's columns
    (_NEWS, "http://aawsat.com/home/article/418106/هدى-الحسيني/عنوان-المقال", None, "opinion"),
    (_NEWS, "https://www.aawsat.com/home/article/411136/%D8%B3%D9%85%D9%8A%D8%B1/%D8%B1%D8%AD%D8%A7%D9%84%D8%A9", None,
     "opinion"),
    # ... not its reports (number, then title), nor the shape at another outlet, nor another depth
    (_NEWS, "http://aawsat.com/home/article/410801/عنوان-الخبر", None, "news"),
    (_NEWS, "http://example.com/home/article/418106/هدى-الحسيني/عنوان", None, "news"),
    (_NEWS, "http://aawsat.com/home/article/باب/هدى-الحسيني/عنوان", None, "news"),
    (_NEWS, "http://aawsat.com/home/article/418106/هدى-الحسيني/عنوان/صورة", None, "news"),
    (_NEWS, "http://aawsat.com/home/418106/هدى-الحسيني/عنوان", None, "news"),
    # news sections and pages say nothing: the text decides
    (_NEWS, "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=229720&CategoryID=1", None, "news"),
    (_NEWS, "http://www.al-jazirah.com/2015/20150721/du3.htm", None, "news"),
    (_NEWS, "http://www.alwatan.com.sa/Local/News_Detail.aspx?ArticleID=229743", None, "news"),
    (_NEWS, "http://www.alriyadh.com/1066713", None, "news"),
    # a page named like a section (the last segment) is not a section
    (_NEWS, "https://example.com/news/opinion", None, "news"),
    # the section the reader found
    (_NEWS, None, "مقالات الرأي", "opinion"),
    (_NEWS, None, "Opinion", "opinion"),
    (_NEWS, None, "localNews", "news"),
    (_NEWS, None, "سياسة", "news"),
])
def test_article_genre(text: str, url: str | None, section: str | None, expected: str) -> None:
    assert article_genre(text, url, section) == expected


def test_opinion_score_orders_a_column_above_a_report() -> None:
    assert opinion_score(_COLUMN) > 0.8 > opinion_score(_NEWS)
    assert opinion_score("") == 0.0


def _triggers(text: str, url: str | None = None) -> list[str]:
    return [e.trigger.text for e in analyze(RawArticle(text=text, source="test", url=url)).events]


@pytest.mark.parametrize("text, url", [
    # a column's generalities: no date, place, source or toll
    (_COLUMN, None),
    (_TALK + "إننا نعيش زمنا صعبا، فلماذا نصمت؟ وكيف ننسى أن الدواعش ذبحوا المخالفين بالسكين وأحرقوا الأسرى؟ "
     "علينا أن نحمي شبابنا.", None),
    (_TALK + "لماذا نصمت؟ إن داعش كأي ثور أرعن لا يعرف صاحبا، فقد هاجم الجميع سواء من غض الطرف عنه أو من "
     "سانده. علينا أن نحمي شبابنا وبلادنا.", None),
    # an opinion section's URL, the text plain
    ("وقد فجر الإرهابيون المساجد وقتلوا المصلين.", "http://www.alwatan.com.sa/Articles/Detail.aspx?ArticleID=27169"),
    # a column by its writer's folder (events-21a): a plan and a hypothetical of audit U's column
    ("وتتطلع العواصم إلى نشر قوات الجيش السوري الحر. ويستطيع المرء القول إن التنظيم فتح النار على الجميع.",
     "http://aawsat.com/home/article/418106/هدى-الحسيني/عنوان"),
])
def test_a_columns_generalities_yield_nothing(text: str, url: str | None) -> None:
    assert _triggers(text, url) == []


@pytest.mark.parametrize("text, url, expected", [
    # a column that tells a real, dated and placed attack keeps it
    (_COLUMN_DATED, None, ["فقتل"]),
    # the same words in a news report stay: the filter reads opinion pieces only
    ("وقد فجر الإرهابيون المساجد وقتلوا المصلين.", None, ["فجر الإرهابيون المساجد وقتلوا"]),
    ("وقد فجر الإرهابيون المساجد وقتلوا المصلين.", "http://www.alwatan.com.sa/Local/News_Detail.aspx?ArticleID=1",
     ["فجر الإرهابيون المساجد وقتلوا"]),
    # aawsat's report (no writer's folder) keeps them; its column keeps a dated, placed act
    ("وتتطلع العواصم إلى نشر قوات الجيش السوري الحر. ويستطيع المرء القول إن التنظيم فتح النار على الجميع.",
     "http://aawsat.com/home/article/410801/عنوان-الخبر", ["نشر قوات", "فتح النار"]),
    ("وقد فجر الإرهابيون المساجد وقتلوا المصلين.", "http://aawsat.com/home/article/410801/عنوان-الخبر",
     ["فجر الإرهابيون المساجد وقتلوا"]),
    ("لقد فجر انتحاري مسجد قوات الطوارئ في أبها يوم الخميس 6 أغسطس 2015 فقتل 15 مصليا.",
     "http://aawsat.com/home/article/418106/هدى-الحسيني/عنوان", ["فقتل"]),
])
def test_anchored_or_reported_events_stay(text: str, url: str | None, expected: list[str]) -> None:
    assert _triggers(text, url) == expected


def test_kept_events_are_numbered_again() -> None:
    doc = doc_of(_COLUMN_DATED)
    assert doc.extra["genre"] == "opinion"
    # the dated bombing is kept (review-19a: with no events kept the numbering check was vacuous)
    assert [e.trigger.text for e in doc.events] == ["فقتل"]
    assert [e.id for e in doc.events] == [f"v{i}" for i in range(1, len(doc.events) + 1)]
    # a news article's events are passed through untouched
    assert told_in_opinion(list(doc.events), "news") == doc.events


def test_the_readers_fill_the_section() -> None:
    line = json.dumps({"id": "a1", "text": _NEWS, "category": "politic"}, ensure_ascii=False)
    (art,) = read_jsonl_lines(iter([line.encode()]), "x.jsonl", Options())
    assert art.section == "politic"
    line = json.dumps({"id": "a2", "text": _NEWS}, ensure_ascii=False)
    (art,) = read_jsonl_lines(iter([line.encode()]), "x.jsonl", Options())
    assert art.section is None
    html = ('<html><head><meta property="article:section" content="مقالات الرأي"><title>t</title></head>'
            f"<body><article><p>{_NEWS}</p><p>{_COLUMN}</p></article></body></html>")
    assert read_html(html, "page.html").section == "مقالات الرأي"


@pytest.mark.parametrize("url, expected", [
    ("http://www.3alyoum.com/opinion/articles/a/x/", "opinion"),
    ("http://www.alwatan.com.sa/Discussion/News_Detail.aspx?ArticleID=229735&CategoryID=8", "opinion"),
    ("http://www.al-jazirah.com/2015/20150727/rj8.htm", "opinion"),
    # a news section: the text (a column's here) is not read
    ("http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=230597&CategoryID=1", "news"),
    ("http://www.3alyoum.com/news/local/a/x/", "news"),
    # /articles/ elsewhere, an al-Jazirah news page, no section: the text decides
    ("https://example.com/articles/2015/07/x.html", "opinion"),
    ("http://www.al-jazirah.com/2015/20150724/du6.htm", "opinion"),
    ("http://aawsat.com/home/article/410826/x", "opinion"),
])
def test_the_url_decides_before_the_text(url: str, expected: str) -> None:
    assert article_genre(_COLUMN, url) == expected
