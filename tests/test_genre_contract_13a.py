"""Session 13 (events-13a): the article's section and genre in the output contract
(``ArticleRecord.section``/``genre``), the archive (migration 003, ``search``/``export --genre``)
and ``khabar analyze --format text``. The genre is :func:`khabar.genre.doc_genre`'s one value,
the same the events step reads. Texts written for these tests after the phrasing of
SaudiNewsNet 2015 columns and wire reports."""

from __future__ import annotations

import io
import json
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from _archive import record
from khabar.cli import main
from khabar.document import RawArticle
from khabar.options import Options
from khabar.pipeline import analyze
from khabar.readers import read
from khabar.schema import ArticleRecord
from khabar.store import Database, connect, ingest, ingest_records, open_archive, queries
from khabar.store.export import export_csv, export_jsonl
from khabar.store.fts import article_terms, index_fts
from khabar.store.migrations import MIGRATIONS, migrate

pytest_plugins = ["_pg"]

# A writer speaking to his readers (first person, questions, no report): over 100 words.
COLUMN = ("يتساءل كثير من القراء عن مستقبل شبابنا في زمن تتسارع فيه التقنية وتتغير فيه القيم، وأرى أن "
          "الأسرة هي نقطة البداية، فنحن نعلم أن التربية لا تبدأ في المدرسة بل في البيت. علينا أن نصغي "
          "لأبنائنا وأن نفتح لهم أبواب الحوار، ولماذا لا نمنحهم الثقة التي يستحقونها؟ أليس من حقهم أن "
          "يخطئوا ويتعلموا؟ إننا نحتاج إلى مدارس تعلم التفكير لا الحفظ، وإلى مساجد تعلم الرحمة، وإلى "
          "إعلام يحترم عقول الناس. وأعتقد أن المجتمع الذي يثق بشبابه يحصد ثمار تلك الثقة بعد سنوات، "
          "فالأوطان تبنى بالعقول قبل الجدران، وبالأخلاق قبل الأموال، وبالحوار قبل القرار. إننا نعيش "
          "زمنا صعبا، فلماذا نصمت؟ وقد فجر الإرهابيون المساجد وقتلوا المصلين، فهل نتعلم من أخطائنا؟")
NEWS = ("الرياض (واس) أعلنت وزارة الداخلية أمس القبض على خلية إرهابية في المنطقة الشرقية. وقال "
        "المتحدث الأمني إن أفراد الخلية كانوا يخططون لتفجير مساجد، وأضاف أن التحقيقات مستمرة.")


def _html(section: str | None, body: str) -> str:
    meta = f'<meta property="article:section" content="{section}">' if section else ""
    return (f"<html><head>{meta}<title>عنوان</title></head>"
            f"<body><article><p>{body}</p></article></body></html>")


def _jsonl(**fields: str) -> str:
    return json.dumps({"id": "a1", **fields}, ensure_ascii=False) + "\n"


# -- readers -> record ----------------------------------------------------------------------------
@pytest.mark.parametrize("name, content, section, genre", [
    # an HTML page's article:section: an opinion section decides whatever the text
    ("p.html", _html("مقالات", NEWS), "مقالات", "opinion"),
    ("p.html", _html("مقالات الرأي", NEWS), "مقالات الرأي", "opinion"),
    # a news section says nothing: the text decides (a report, a column)
    ("p.html", _html("سياسة", NEWS), "سياسة", "news"),
    ("p.html", _html("محليات", COLUMN), "محليات", "opinion"),
    # no section: section null, the text's verdict
    ("p.html", _html(None, NEWS), None, "news"),
    # a JSON line's section, else its category
    ("a.jsonl", _jsonl(text=NEWS, section="مقالات"), "مقالات", "opinion"),
    ("a.jsonl", _jsonl(text=NEWS, category="Opinion"), "Opinion", "opinion"),
    ("a.jsonl", _jsonl(text=NEWS, category="politic"), "politic", "news"),
    ("a.jsonl", _jsonl(text=NEWS), None, "news"),
    # an opinion folder of the URL, no section
    ("a.jsonl", _jsonl(text=NEWS, url="http://www.3alyoum.com/opinion/articles/a/x/"), None, "opinion"),
    # plain text: no section; the text's own verdict
    ("a.txt", NEWS, None, "news"),
    ("a.txt", COLUMN, None, "opinion"),
])
def test_the_record_carries_the_readers_section_and_the_genre(
    tmp_path: Path, name: str, content: str, section: str | None, genre: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    (article,) = list(read([str(path)], Options()))
    assert isinstance(article, RawArticle)
    rec = analyze(article)
    assert (rec.section, rec.genre) == (section, genre)
    # the JSON output carries both fields
    out = json.loads(rec.model_dump_json())
    assert (out["section"], out["genre"]) == (section, genre)


def test_the_record_and_the_events_step_read_one_genre() -> None:
    """The record's genre is the one the events step filtered with (an opinion URL: a plain,
    unanchored act is dropped, and the record says why)."""
    url = "http://www.alwatan.com.sa/Articles/Detail.aspx?ArticleID=27169"
    text = "وقد فجر الإرهابيون المساجد وقتلوا المصلين."
    opinion = analyze(RawArticle(text=text, source="t", url=url))
    news = analyze(RawArticle(text=text, source="t"))
    assert (opinion.genre, opinion.events) == ("opinion", [])
    assert news.genre == "news" and len(news.events) == 1


def test_a_record_without_genre_still_validates() -> None:
    """Additive: a record written by an earlier khabar (no section, no genre) is still valid."""
    rec = ArticleRecord.model_validate({"id": "x", "source": "s", "text": "نص"})
    assert (rec.section, rec.genre) == (None, None)
    with pytest.raises(ValueError):
        ArticleRecord.model_validate({"id": "x", "source": "s", "text": "نص", "genre": "column"})


# -- analyze --format text --------------------------------------------------------------------------
@pytest.mark.parametrize("name, content, lines, absent", [
    ("p.html", _html("مقالات", NEWS),
     ["section: مقالات", "genre: opinion (only its dated, placed, sourced or tolled events are kept)"], []),
    ("a.txt", NEWS, ["genre: news"], ["section:"]),
])
def test_analyze_text_shows_the_genre(
    tmp_path: Path, name: str, content: str, lines: list[str], absent: list[str]
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    res = CliRunner().invoke(main, ["analyze", "--format", "text", str(path)])
    assert res.exit_code == 0, res.output
    head = res.output.split("Claims")[0].splitlines()
    for line in lines:
        assert line in head
    for prefix in absent:
        assert not any(h.startswith(prefix) for h in head)


# -- the archive ------------------------------------------------------------------------------------
def _records() -> list[ArticleRecord]:
    news = record("أعلنت الوزارة القبض على خلية في المنطقة الشرقية.", id="n1")
    col = record("أرى أن الخلية في المنطقة الشرقية درس لنا جميعا.", id="o1")
    bare = record("خلية أخرى في المنطقة الشرقية.", id="b1")
    return [news.model_copy(update={"section": "محليات", "genre": "news"}),
            col.model_copy(update={"section": "مقالات", "genre": "opinion"}),
            bare]  # a record with neither (made elsewhere): stored as null


def test_the_archive_keeps_section_and_genre(db: Database) -> None:
    recs = _records()
    ingest_records(recs, db)
    rows = db.all("SELECT input_id, section, genre FROM articles ORDER BY input_id")
    assert rows == [("b1", None, None), ("n1", "محليات", "news"), ("o1", "مقالات", "opinion")]
    out = io.StringIO()
    assert export_jsonl(db, out) == 3
    assert [ArticleRecord.model_validate_json(line) for line in out.getvalue().splitlines()] == recs


@pytest.mark.parametrize("genre, found", [
    (None, ["b1", "n1", "o1"]),
    ("news", ["n1"]),
    ("opinion", ["o1"]),
])
def test_search_and_export_filter_by_genre(db: Database, genre: str | None, found: list[str]) -> None:
    ingest_records(_records(), db)
    res = queries.search(db, "الخلية", genre=genre)
    assert res["total"] == len(found)
    assert sorted(r["article"].removeprefix("id::") for r in res["results"]) == found
    genres = {"b1": None, "n1": "news", "o1": "opinion"}
    assert [r["genre"] for r in res["results"]] == [genres[r["article"][4:]] for r in res["results"]]
    out = io.StringIO()
    export_jsonl(db, out, genre)
    assert sorted(json.loads(line)["id"] for line in out.getvalue().splitlines()) == found


def test_a_genre_filter_on_a_news_archive_finds_nothing(db: Database) -> None:
    ingest_records(_records()[:1], db)
    assert queries.search(db, "الخلية", genre="opinion")["total"] == 0
    out = io.StringIO()
    assert export_jsonl(db, out, "opinion") == 0 and out.getvalue() == ""


def test_the_csv_articles_table_has_the_genre(db: Database) -> None:
    ingest_records(_records()[:2], db)
    out = io.StringIO()
    export_csv(db, out, "articles")
    head, *rows = out.getvalue().splitlines()
    assert head.endswith(",section,genre")
    assert sorted(r.split(",")[-1] for r in rows) == ["news", "opinion"]


def test_ingest_writes_what_the_pipeline_reads(tmp_path: Path) -> None:
    """``khabar ingest`` with the real pipeline: the JSON line's section and the genre reach the
    columns and the stored record; a second ingest leaves them (idempotent)."""
    path = tmp_path / "news.jsonl"
    path.write_text(_jsonl(text=NEWS, section="مقالات") + json.dumps(
        {"id": "a2", "text": NEWS}, ensure_ascii=False) + "\n", encoding="utf-8")
    url = str(tmp_path / "a.db")
    assert ingest([str(path)], url).added == 2
    assert ingest([str(path)], url).unchanged == 2
    with open_archive(url) as db:
        assert db.all("SELECT input_id, section, genre FROM articles ORDER BY input_id") == [
            ("a1", "مقالات", "opinion"), ("a2", None, "news")]
        out = io.StringIO()
        export_jsonl(db, out)
    assert [(d["section"], d["genre"]) for d in map(json.loads, out.getvalue().splitlines())] == [
        ("مقالات", "opinion"), (None, "news")]


def test_the_cli_filters(tmp_path: Path) -> None:
    url = str(tmp_path / "a.db")
    with open_archive(url) as db:
        ingest_records(_records(), db)
    res = CliRunner().invoke(main, ["search", "الخلية", "--genre", "opinion", "--db", url])
    assert res.exit_code == 0 and "1 article matches" in res.output and "[opinion]" in res.output
    res = CliRunner().invoke(main, ["export", "--genre", "news", "--db", url])
    assert res.exit_code == 0 and [json.loads(x)["id"] for x in res.output.splitlines()] == ["n1"]
    # the filter is the jsonl export's; the CSV table carries the column instead
    res = CliRunner().invoke(main, ["export", "--format", "csv", "--genre", "news", "--db", url])
    assert res.exit_code == 2 and "--genre" in res.output
    res = CliRunner().invoke(main, ["search", "الخلية", "--genre", "column", "--db", url])
    assert res.exit_code == 2


# -- migration 003 on an archive of the previous version ----------------------------------------------
_OLD = [  # (input id, url, text): what migration 003 must say with no section kept
    ("o", "http://www.alwatan.com.sa/Articles/Detail.aspx?ArticleID=1", NEWS, "opinion"),
    ("n", None, NEWS, "news"),
    ("c", None, COLUMN, "opinion"),
]


def _old_archive(db: Database) -> None:
    """An archive as khabar wrote it before session 13: migrations 001 and 002 only (released,
    never edited), rows inserted with the columns of that version."""
    assert [n for n, _ in MIGRATIONS[:2]] == ["001_tables", "002_fulltext"]
    db.execute("CREATE TABLE khabar_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    for name, func in MIGRATIONS[:2]:
        func(db)
        db.execute("INSERT INTO khabar_migrations (name, applied_at) VALUES (?, ?)", (name, "2026-11-01"))
    for ident, url, text, _ in _OLD:
        rec = zlib.compress(json.dumps({"id": ident, "source": "old", "url": url}).encode())
        aid = db.insert_id(
            "INSERT INTO articles (identity, input_id, source, title, outlet, date, day, url, text, "
            "text_hash, record, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (f"id:{ident}", ident, "old", None, None, None, None, url, text, "h" + ident, rec, "2026-11-01"),
        )
        index_fts(db, aid, *article_terms(None, text))


def test_an_old_archive_migrates_and_keeps_every_row(archive_url: str) -> None:
    db = connect(archive_url)
    try:
        _old_archive(db)
        assert migrate(db) == ["003_article_genre"]
        assert migrate(db) == []  # applied once
        rows = db.all("SELECT input_id, section, genre, text FROM articles ORDER BY id")
        assert [(r[0], r[1], r[2]) for r in rows] == [(i, None, g) for i, _, _, g in _OLD]
        assert [r[3] for r in rows] == [t for _, _, t, _ in _OLD]
        assert queries.search(db, "المساجد")["total"] == 3
        assert queries.search(db, "المساجد", genre="opinion")["total"] == 2
        assert queries.stats(db)["articles"] == 3
        out = io.StringIO()
        export_jsonl(db, out)
        exported = [json.loads(line) for line in out.getvalue().splitlines()]
        assert [(d["id"], d["section"], d["genre"]) for d in exported] == [(i, None, g) for i, _, _, g in _OLD]
    finally:
        db.close()


def test_a_new_archive_has_the_columns_without_rows(db: Database) -> None:
    assert db.all("SELECT section, genre FROM articles") == []
    assert queries.search(db, "خلية", genre="news")["total"] == 0
