"""A new user's bad inputs (qa-15a): each gives one clear line naming the input, never a
traceback, and the good inputs of the same run are still read, analysed and stored.

Every case here failed before session 15 (docs/archive.md, "Session 15: a new user's run").
"""

from __future__ import annotations

import gzip
import json
import random
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

import khabar.store as store
from khabar import DecodeError, InputError, MalformedInput, Options, RawArticle, read
from khabar.cli import main
from khabar.errors import InputTooLarge, StorageError
from khabar.schema import ArticleRecord
from khabar.store.db import connect

SENTENCE = "قال الوزير إن الاتفاق سيوقع قريبا، وأضاف أن الوفد سيصل غدا إلى العاصمة.\n"
LINES = [json.dumps({"id": str(i), "text": f"{i} {SENTENCE}"}, ensure_ascii=False) for i in range(40)]
# Every step off: the tests are about reading and storing, and stay fast.
NO_STEPS = [a for s in ("entities", "dates", "quantities", "places", "claims", "events") for a in ("--disable", s)]


def items(*inputs: str | Path, options: Options | None = None) -> list[RawArticle | InputError]:
    return list(read([str(i) for i in inputs], options))


def articles(found: list[RawArticle | InputError]) -> list[RawArticle]:
    return [i for i in found if isinstance(i, RawArticle)]


def errors(found: list[RawArticle | InputError]) -> list[InputError]:
    return [i for i in found if isinstance(i, InputError)]


def _gz_cut(tmp_path: Path) -> Path:
    data = gzip.compress(("\n".join(LINES) + "\n").encode())
    path = tmp_path / "news.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    return path


def _gz_flipped(tmp_path: Path, name: str) -> Path:
    data = bytearray(gzip.compress(("\n".join(LINES) + "\n").encode()))
    for k in range(len(data) // 2, len(data) // 2 + 30):
        data[k] ^= 0x77
    path = tmp_path / name
    path.write_bytes(bytes(data))
    return path


# -- gzip cut short or damaged -------------------------------------------------------------------
def test_truncated_jsonl_gz_keeps_the_lines_before_and_names_the_file(tmp_path: Path) -> None:
    cut = _gz_cut(tmp_path)
    good = tmp_path / "good.txt"
    good.write_text(SENTENCE, "utf-8")
    found = items(cut, good)  # raised EOFError before
    errs = errors(found)
    assert [type(e) for e in errs] == [MalformedInput] and errs[0].source == str(cut)
    assert "truncated or corrupt gzip" in errs[0].reason and "gzip -t" in errs[0].reason
    arts = articles(found)
    assert 0 < len(arts) < len(LINES) and arts[-1].source == str(good)  # the next input is read


@pytest.mark.parametrize(
    ("name", "message"),
    [("news.jsonl.gz", "truncated or corrupt gzip"), ("news.txt.gz", "gzip -t")],
)
def test_damaged_gzip_is_one_error_naming_the_file(tmp_path: Path, name: str, message: str) -> None:
    path = _gz_flipped(tmp_path, name)
    errs = errors(items(path))
    assert errs and errs[-1].source == str(path) and message in errs[-1].reason


def test_a_truncated_gzip_in_a_directory_does_not_stop_the_files_after_it(tmp_path: Path) -> None:
    _gz_cut(tmp_path)  # news.jsonl.gz sorts before z.txt
    (tmp_path / "z.txt").write_text(SENTENCE, "utf-8")
    found = items(tmp_path)
    assert articles(found)[-1].source == str(tmp_path / "z.txt")
    assert [e.source for e in errors(found)] == [str(tmp_path / "news.jsonl.gz")]


def test_analyze_cli_reports_the_truncated_gzip_and_analyses_the_rest(tmp_path: Path) -> None:
    cut = _gz_cut(tmp_path)
    good = tmp_path / "good.txt"
    good.write_text(SENTENCE, "utf-8")
    res = CliRunner().invoke(main, ["analyze", str(cut), str(good), *NO_STEPS])
    assert res.exit_code == 1
    assert "Aborted" not in res.output and "Traceback" not in res.output
    assert f"khabar: error: {cut}: truncated or corrupt gzip" in res.stderr
    records = [json.loads(line) for line in res.stdout.splitlines()]
    assert records[-1]["source"] == str(good)


def test_ingest_stores_the_good_articles_next_to_a_truncated_gzip_and_stays_idempotent(tmp_path: Path) -> None:
    cut = _gz_cut(tmp_path)
    (tmp_path / "z.txt").write_text(SENTENCE, "utf-8")
    db = str(tmp_path / "a.db")
    first = CliRunner().invoke(main, ["ingest", str(tmp_path), "--db", db, "--format", "json", *NO_STEPS])
    assert first.exit_code == 0, first.output  # was "Aborted!" with nothing stored
    summary = json.loads(first.stdout)
    assert summary["added"] > 1 and summary["failed"] == 1
    assert summary["first_errors"][0]["source"] == str(cut)
    again = json.loads(CliRunner().invoke(
        main, ["ingest", str(tmp_path), "--db", db, "--format", "json", *NO_STEPS]).stdout)
    assert (again["added"], again["updated"], again["unchanged"], again["failed"]) == (0, 0, summary["added"], 1)


# -- UTF-16 without a byte-order mark ------------------------------------------------------------
@pytest.mark.parametrize(
    ("data", "text", "warning"),
    [
        (SENTENCE.encode("utf-16-le"), SENTENCE, "encoding"),
        (SENTENCE.encode("utf-16-be"), SENTENCE, "encoding"),
        (SENTENCE.encode("utf-16"), SENTENCE, None),  # with a BOM: as before
        (SENTENCE.encode("utf-8"), SENTENCE, None),  # UTF-8 Arabic is not taken for UTF-16
        (SENTENCE.encode("cp1256"), SENTENCE, "encoding"),
    ],
    ids=["utf-16-le", "utf-16-be", "utf-16-bom", "utf-8", "cp1256"],
)
def test_utf16_without_bom_is_decoded_when_it_reads_as_arabic(
    tmp_path: Path, data: bytes, text: str, warning: str | None
) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    [art] = items(path)
    assert isinstance(art, RawArticle) and art.text == text
    assert [c for c, _ in art.warnings] == ([warning] if warning else [])


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (("Hello, this is English text in UTF-16. " * 4).encode("utf-16-le"), "UTF-16 without a byte-order mark"),
        (("Hello, this is English text in UTF-16. " * 4).encode("utf-16-be"), "iconv -f UTF-16LE"),
        (random.Random(15).randbytes(5000), "binary data"),
    ],
    ids=["english-utf-16-le", "english-utf-16-be", "random-bytes"],
)
def test_text_that_is_not_arabic_utf16_is_refused_with_a_hint(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    [err] = items(path)
    assert isinstance(err, DecodeError) and err.source == str(path) and message in err.reason


# -- WARC cut short or damaged -------------------------------------------------------------------
PAGE = "<html><head><title>خبر</title></head><body><article><p>{}</p></article></body></html>"


def _record(uri: str, body: bytes) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
    head = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{abs(hash(uri)):032x}>\r\n"
        f"WARC-Target-URI: {uri}\r\nWARC-Date: 2024-03-15T08:00:00Z\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


def _two_records() -> list[bytes]:
    return [_record(f"http://example.org/{n}", PAGE.format(SENTENCE * 30).encode()) for n in (1, 2)]


def _cut_warc(tmp_path: Path, gz: bool, where: str) -> Path:
    first, second = _two_records()
    keep = {
        "whole": len(second),
        "in the second page": len(second) - 500,
        "in the second record's headers": 60,
        "in the Content-Length value": second.index(b"Content-Length: ") + len("Content-Length: ") + 1,
    }[where]
    if gz:
        whole = gzip.compress(second)
        data = gzip.compress(first) + (whole if where == "whole" else whole[: len(whole) * keep // len(second)])
    else:
        data = first + second[:keep]
    path = tmp_path / ("a.warc.gz" if gz else "a.warc")
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("gz", [False, True])
@pytest.mark.parametrize(
    ("where", "n_articles", "error_source"),
    [
        ("whole", 2, None),
        ("in the second page", 1, "#http://example.org/2"),  # was analysed cut short, silently
        ("in the second record's headers", 1, ""),  # was skipped silently
        ("in the Content-Length value", 1, ""),
    ],
)
def test_truncated_warc_is_an_error_and_the_records_before_are_kept(
    tmp_path: Path, gz: bool, where: str, n_articles: int, error_source: str | None
) -> None:
    path = _cut_warc(tmp_path, gz, where)
    found = items(path)
    arts = articles(found)
    assert len(arts) == n_articles and arts[0].url == "http://example.org/1"
    assert all(a.text.count("الوزير") == 30 for a in arts)  # never a page cut short
    errs = errors(found)
    if error_source is None:
        assert errs == []
    elif gz and where != "in the second page":
        # gzip cut inside the second member: the WARC reader reports it, naming the file
        assert len(errs) == 1 and errs[0].source.startswith(str(path))
    else:
        assert [e.source for e in errs] == [f"{path}{error_source}"]
        assert "truncated" in errs[0].reason or "broken WARC archive" in errs[0].reason


def test_a_damaged_warc_is_one_printable_line(tmp_path: Path) -> None:
    first, second = _two_records()
    path = tmp_path / "a.warc.gz"
    path.write_bytes(gzip.compress(first) + b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03\x8dV[\n\xff\x00" * 40)
    found = items(path)
    assert len(articles(found)) == 1
    [err] = errors(found)
    assert "broken WARC archive" in err.reason and "download" in err.reason
    assert err.reason.isprintable() and len(err.reason) < 300


# -- feeds, HTML, sizes, messages ----------------------------------------------------------------
def _feed(tmp_path: Path, cut: int) -> Path:
    entries = "".join(
        f"<item><title>{n}</title><link>http://example.org/{n}</link>"
        f"<description>{SENTENCE * 5}</description></item>" for n in (1, 2)
    )
    data = f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>T</title>{entries}</channel></rss>"
    path = tmp_path / "feed.rss"
    path.write_text(data[: len(data) - cut], "utf-8")
    return path


@pytest.mark.parametrize(
    ("cut", "n_articles", "n_errors", "warned"),
    [(0, 2, 0, False), (20, 2, 0, True), (100, 1, 1, True)],
)
def test_a_malformed_feed_says_so_on_each_of_its_entries(
    tmp_path: Path, cut: int, n_articles: int, n_errors: int, warned: bool
) -> None:
    found = items(_feed(tmp_path, cut))
    assert (len(articles(found)), len(errors(found))) == (n_articles, n_errors)
    for art in articles(found):
        assert any(code == "feed" and "malformed" in msg for code, msg in art.warnings) == warned


def test_an_empty_entry_of_a_malformed_feed_names_the_damage(tmp_path: Path) -> None:
    path = tmp_path / "bad.rss"
    path.write_text("<?xml version='1.0'?><rss version='2.0'><channel><title>T</title><item><title>a"
                    "</title><description>نص", "utf-8")
    [err] = items(path)
    assert isinstance(err, MalformedInput) and err.source == f"{path}#1"
    assert "no text" in err.reason and "malformed" in err.reason


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("a.html", SENTENCE, "name it .txt"),
        ("a.txt", SENTENCE * 20, "split the file into articles"),
    ],
    ids=["html-without-tags", "too-large"],
)
def test_messages_say_how_to_fix(tmp_path: Path, name: str, content: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(content, "utf-8")
    [err] = items(path, options=Options(max_bytes=1000))
    assert isinstance(err, InputError) and err.source == str(path) and message in err.reason
    if name == "a.txt":
        assert isinstance(err, InputTooLarge) and "max_bytes" in err.reason


@pytest.mark.parametrize(
    ("reason", "expected"),
    [
        ("first line: GARBAGE!\n", "first line: GARBAGE!"),
        ("a\r\nb\x00c\x85d", "a b c d"),
        ("no problem here", "no problem here"),
    ],
)
def test_input_error_reasons_are_one_line(reason: str, expected: str) -> None:
    err = MalformedInput("x.warc", reason)
    assert err.reason == expected and str(err) == f"x.warc: {expected}"


# -- the archive's URL, Ctrl-C -------------------------------------------------------------------
@pytest.mark.parametrize("url", ["mysql://user:secret@host/db", "http://example.org/a.db", "mongodb://h/x"])
def test_an_unknown_database_url_is_named_not_taken_for_a_folder(url: str) -> None:
    with pytest.raises(StorageError) as info:
        connect(url)
    message = str(info.value)
    assert "SQLite" in message and "PostgreSQL" in message and "folder" not in message
    assert "secret" not in message
    res = CliRunner().invoke(main, ["stats", "--db", url])
    assert res.exit_code == 1 and "Traceback" not in res.output and "secret" not in res.output


@pytest.mark.parametrize(("url", "name"), [("sqlite:///{tmp}/a.db", "a.db"), ("{tmp}/b.db", "b.db"),
                                         ("sqlite:{tmp}/c.db", "c.db")])
def test_sqlite_urls_still_open(tmp_path: Path, url: str, name: str) -> None:
    db = connect(url.format(tmp=tmp_path))
    assert db.engine == "sqlite" and db.scalar("SELECT 1") == 1
    db.close()
    assert [p.name for p in tmp_path.iterdir()] == [name]  # the file the URL names, no other


def test_ctrl_c_during_ingest_says_how_to_go_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(store, "ingest", interrupted)
    res = CliRunner().invoke(main, ["ingest", str(tmp_path), "--db", str(tmp_path / "a.db")])
    assert res.exit_code == 130
    assert "Aborted" not in res.output and "run the same command again" in res.stderr


# -- text no output can hold; an article that breaks the pipeline --------------------------------
@pytest.mark.parametrize(
    ("line", "text", "warned"),
    [
        ('{"text": "قال \\ud800 الوزير", "title": "\\udfff"}', "قال \ufffd الوزير", True),
        ('{"text": "قال \\ud83d\\ude00 الوزير"}', "قال \U0001f600 الوزير", False),  # a whole pair
        ('{"text": "قال الوزير"}', "قال الوزير", False),
        # NUL: PostgreSQL refuses it in text, so the same line was stored by SQLite and failed
        # there (session 18, qa-18a's note)
        ('{"text": "قال\\u0000 الوزير", "title": "\\u0000"}', "قال\ufffd الوزير", True),
        ('{"text": "قال \\\\u0000 الوزير"}', "قال \\u0000 الوزير", False),  # an escaped backslash: no NUL
    ],
    ids=["lone-surrogates", "surrogate-pair", "plain", "nul", "escaped-backslash"],
)
def test_lone_surrogates_in_json_become_replacement_characters(
    tmp_path: Path, line: str, text: str, warned: bool
) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(line + "\n", "utf-8")
    [art] = items(path)
    assert isinstance(art, RawArticle) and art.text == text and len(art.text) == len(text)
    assert art.title in (None, "\ufffd")
    assert any(code == "encoding" for code, _ in art.warnings) == warned
    res = CliRunner().invoke(main, ["analyze", str(path), *NO_STEPS])  # was a traceback
    assert res.exit_code == 0 and json.loads(res.stdout)["text"] == text


def test_an_article_that_breaks_the_pipeline_does_not_stop_analyze(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    from khabar.pipeline import get_pipeline

    def fragile(options: Options) -> Callable[[RawArticle], ArticleRecord]:
        pipe = get_pipeline(options)

        def run(article: RawArticle) -> ArticleRecord:
            if "BOOM" in article.text:
                raise RuntimeError("a bug\non two lines")
            return pipe(article)

        return run

    monkeypatch.setattr(sys.modules["khabar.cli.analyze"], "get_pipeline", fragile)
    (tmp_path / "a.txt").write_text("BOOM " + SENTENCE, "utf-8")
    (tmp_path / "b.txt").write_text(SENTENCE, "utf-8")
    res = CliRunner().invoke(main, ["analyze", str(tmp_path), *NO_STEPS])
    # 3: khabar failed, not the input (1 before session 20; qa-20a)
    assert res.exit_code == 3 and "Traceback" not in res.output
    assert f"khabar: error: {tmp_path / 'a.txt'}: analysis failed (RuntimeError: a bug on two lines)" in res.stderr
    assert [json.loads(x)["source"] for x in res.stdout.splitlines()] == [str(tmp_path / "b.txt")]


@pytest.mark.parametrize(
    ("declared", "codec", "warning"),
    [
        ("windows-1256", "utf-8", "decoded as UTF-8 (the page declares Windows-1256)"),  # was mojibake
        ("windows-1256", "cp1256", "decoded as Windows-1256 (declared by the page)"),
        ("utf-8", "cp1256", "decoded as Windows-1256 (not valid UTF-8)"),
        ("utf-8", "utf-8", None),
    ],
)
def test_html_declared_encoding_never_makes_mojibake(
    tmp_path: Path, declared: str, codec: str, warning: str | None
) -> None:
    path = tmp_path / "a.html"
    page = f"<html><head><meta charset='{declared}'><title>خبر</title></head><body>{PAGE.format(SENTENCE * 3)}</body></html>"
    path.write_bytes(page.encode(codec))
    [art] = items(path)
    assert isinstance(art, RawArticle) and "قال الوزير إن الاتفاق" in art.text
    assert [m for _, m in art.warnings] == ([warning] if warning else [])


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"x" * 1000 + b"\n" + b"ok\n", [b"x" * 101, b"ok\n"]),  # the rest of the long line skipped
        (b"x" * 1000, [b"x" * 101]),  # no newline at all: one chunk, nothing held in memory
        (b"a\n\nb", [b"a\n", b"\n", b"b"]),
        (b"", []),
    ],
    ids=["long-line", "long-without-newline", "short-lines", "empty"],
)
def test_jsonl_lines_are_read_with_a_bound(data: bytes, expected: list[bytes]) -> None:
    import io

    from khabar.readers.jsonl import _bounded

    assert list(_bounded(io.BytesIO(data), 100)) == expected


def test_an_overlong_gzip_line_is_refused_and_the_next_line_read(tmp_path: Path) -> None:
    path = tmp_path / "bomb.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"text": "' + b"a" * 5000 + b'"}\n' + LINES[1].encode() + b"\n"))
    found = items(path, options=Options(max_bytes=1000))
    assert isinstance(found[0], InputTooLarge) and found[0].source == f"{path}:1"
    assert isinstance(found[1], RawArticle) and found[1].source == f"{path}:2" and len(found) == 2


@pytest.mark.parametrize(
    ("data", "kind", "message"),
    [
        # was decompressed whole; not JSON Lines, so read by what it inflates to, never past the
        # limit (session 21, qa-21a: "line over 1,000 bytes" before, read as JSON Lines)
        (gzip.compress(b"x" * 3000), InputTooLarge, "gzip data inflating to more than 1,000 bytes"),
        (gzip.compress(b"not gzip")[:12], MalformedInput, "broken gzip data"),
        (b"\x1f\x8b" + b"\x00" * 30, MalformedInput, "gzip"),
    ],
    ids=["bomb", "cut-in-header", "bad-header"],
)
def test_gzip_on_standard_input_is_streamed(
    data: bytes, kind: type, message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    found = items("-", options=Options(max_bytes=1000))
    assert isinstance(found[0], kind) and found[0].source.startswith("-") and message in found[0].reason


def test_a_feed_with_only_a_benign_note_gets_no_warning(tmp_path: Path) -> None:
    # declared us-ascii, holds UTF-8: feedparser notes it (bozo) and reads it whole
    path = tmp_path / "feed.rss"
    path.write_text("<?xml version='1.0' encoding='us-ascii'?><rss version='2.0'><channel><title>T"
                    f"</title><item><title>x</title><description>{SENTENCE}</description></item>"
                    "</channel></rss>", "utf-8")
    [art] = items(path)
    assert isinstance(art, RawArticle) and art.text == SENTENCE.strip() and art.warnings == ()
