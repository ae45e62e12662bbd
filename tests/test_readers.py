"""Readers: every input kind, every encoding, every error path names its input."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from khabar import (
    DecodeError,
    EmptyInput,
    InputError,
    InputNotFound,
    InputTooLarge,
    MalformedInput,
    Options,
    RawArticle,
    read,
)

DATA = Path(__file__).parent / "data" / "readers"
SENTENCE = "قال الوزير إن الاتفاق سيوقع قريبا، وأضاف أن الوفد سيصل غدا إلى العاصمة.\n"


def read_all(*inputs: str, options: Options | None = None) -> list[RawArticle | InputError]:
    return list(read(list(inputs), options))


def only_article(*inputs: str, options: Options | None = None) -> RawArticle:
    items = read_all(*inputs, options=options)
    assert len(items) == 1 and isinstance(items[0], RawArticle), items
    return items[0]


def only_error(*inputs: str, options: Options | None = None) -> InputError:
    items = read_all(*inputs, options=options)
    assert len(items) == 1 and isinstance(items[0], InputError), items
    return items[0]


@pytest.mark.parametrize(
    ("name", "warning"),
    [("utf8-bom.txt", None), ("utf16.txt", None), ("cp1256.txt", "encoding")],
)
def test_text_encodings_are_detected(name: str, warning: str | None) -> None:
    art = only_article(str(DATA / name))
    assert art.text == SENTENCE
    assert [c for c, _ in art.warnings] == ([warning] if warning else [])


@pytest.mark.parametrize(
    ("name", "error", "message"),
    [
        ("binary.txt", DecodeError, "binary"),
        ("latin1.txt", DecodeError, "convert it to UTF-8"),
        ("empty.txt", EmptyInput, "empty"),
        ("missing.txt", InputNotFound, "no such file"),
        ("not-a-feed.rss", MalformedInput, "feed"),
        ("broken.warc", MalformedInput, "WARC"),
    ],
)
def test_bad_inputs_get_a_clear_error_naming_them(name: str, error: type, message: str) -> None:
    err = only_error(str(DATA / name))
    assert isinstance(err, error)
    assert str(err).startswith(str(DATA / name))
    assert message in str(err)


def test_too_large_file_is_refused_before_reading() -> None:
    err = only_error(str(DATA / "article.html"), options=Options(max_bytes=100))
    assert isinstance(err, InputTooLarge) and "max_bytes" in str(err)


def test_html_main_text_title_and_arabic_byline_date() -> None:
    art = only_article(str(DATA / "article.html"))
    assert "مقبرة جماعية تضم نحو 400 جثة" in art.text
    assert "الرئيسية" not in art.text and "الحقوق" not in art.text  # boilerplate dropped
    assert art.title and "مقبرة جماعية" in art.title
    # the byline «نُشر في 12 آذار 2024», not the footer «© 2019»
    assert art.date == "2024-03-12"


def test_html_without_any_date_has_none_not_the_copyright_year(tmp_path: Path) -> None:
    page = (DATA / "article.html").read_text("utf-8").replace("نُشر في 12 آذار 2024", "")
    (tmp_path / "p.html").write_text(page, "utf-8")
    assert only_article(str(tmp_path / "p.html")).date is None


def test_html_with_no_main_text_is_empty(tmp_path: Path) -> None:
    (tmp_path / "e.html").write_text("<html><head><title>x</title></head><body><img src='a.png'></body></html>", "utf-8")
    assert isinstance(only_error(str(tmp_path / "e.html")), EmptyInput)


def test_rss_entries_with_arabic_and_rfc822_dates() -> None:
    items = read_all(str(DATA / "feed.xml"))
    assert all(isinstance(i, RawArticle) for i in items)
    arts = [i for i in items if isinstance(i, RawArticle)]
    assert [a.url for a in arts] == ["http://127.0.0.1/a1", "http://127.0.0.1/a2"]
    assert arts[0].text.startswith("قال مصدر محلي") and "<p>" not in arts[0].text
    assert arts[0].date and arts[0].date.startswith("2024-03-12")
    assert arts[1].date and arts[1].date.startswith("2024-03-12")
    assert arts[0].outlet == "أخبار تجريبية"


def test_atom_feed() -> None:
    art = only_article(str(DATA / "atom.xml"))
    assert art.text == "أكد المتحدث أن الاجتماع سيعقد غدا."
    assert art.url == "http://127.0.0.1/e1"


def test_jsonl_reports_bad_lines_and_reads_the_good_ones() -> None:
    items = read_all(str(DATA / "broken.jsonl"))
    good = [i for i in items if isinstance(i, RawArticle)]
    bad = [i for i in items if isinstance(i, InputError)]
    assert [a.id for a in good] == ["1", "4"]
    assert good[1].date is None  # "2012-2014" is a range, not a date
    assert len(bad) == 3 and all(isinstance(b, MalformedInput) for b in bad)
    assert {b.source.rsplit(":", 1)[1] for b in bad} == {"2", "3", "4"}


def test_jsonl_gz_in_the_news_corpus_format(tmp_path: Path) -> None:
    rows = [{"id": "x1", "text": SENTENCE, "outlet": "o", "date": "06/06/2016", "url": "http://a/b", "title": "t"}]
    path = tmp_path / "n.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")
    art = only_article(str(path))
    assert (art.id, art.outlet, art.date, art.url, art.title) == ("x1", "o", "2016-06-06", "http://a/b", "t")
    assert art.source == f"{path}:1"


def _warc_record(uri: str, ctype: str, body: bytes) -> bytes:
    http = f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Record-ID: <urn:uuid:{abs(hash(uri)):032x}>\r\nWARC-Target-URI: {uri}\r\n"
        "WARC-Date: 2024-03-15T08:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


def _warc(tmp_path: Path, gz: bool) -> Path:
    """A small WARC written by hand (the format is plain text headers + payload)."""
    records = [
        _warc_record("http://example.org/news/1", "text/html; charset=utf-8", (DATA / "article.html").read_bytes()),
        _warc_record("http://example.org/logo.png", "image/png", b"\x89PNG...."),
    ]
    path = tmp_path / ("a.warc.gz" if gz else "a.warc")
    # a .warc.gz is one gzip member per record
    path.write_bytes(b"".join(gzip.compress(r) for r in records) if gz else b"".join(records))
    return path


@pytest.mark.parametrize("gz", [False, True])
def test_warc_html_responses_become_articles(tmp_path: Path, gz: bool) -> None:
    art = only_article(str(_warc(tmp_path, gz)))
    assert art.url == "http://example.org/news/1"
    assert "مقبرة جماعية" in art.text
    assert art.date == "2024-03-12"  # the page's byline wins over the capture date


def test_directory_is_read_recursively_and_bad_files_do_not_stop_it(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(SENTENCE, "utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "ignored.png").write_bytes(b"\x89PNG")
    items = read_all(str(tmp_path))
    assert sum(isinstance(i, RawArticle) for i in items) == 1
    assert sum(isinstance(i, EmptyInput) for i in items) == 1


def test_non_http_url_scheme_is_refused() -> None:
    assert "http" in str(only_error("ftp://example.org/a.txt"))
