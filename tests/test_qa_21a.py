"""Bad input left by session 20 (qa-21a; docs/archive.md, "Session 21: bad input, left items
(qa-21a)").

An HTML page, a feed or a text in gzip (not JSON Lines, not WARC) is read by what it inflates
to (was: read as JSON Lines, one "not a JSON object" error a line); a JSON line whose metadata
field is true/false, a list or an object is that line's error (was: written as Python prints
it, «['http://a']» as the article's URL); UTF-16 text appended to UTF-8 text is read, each part
in its own encoding (was: "binary data", or the UTF-16 part as ASCII garbage); `khabar analyze`
names the first 5 articles read with a warning and counts the rest (was: a line each). Cases
marked "was" fail at bfb9291; the others pin what must not change. Fixtures are generated here.
"""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from khabar import InputError, Options, RawArticle, read
from khabar.cli import main
from khabar.errors import DecodeError, InputTooLarge, MalformedInput
from khabar.readers.text import decode_text

pytest_plugins = ["_pg"]  # archive_url: SQLite and PostgreSQL
NO_STEPS = [a for s in ("entities", "dates", "quantities", "places", "claims", "events") for a in ("--disable", s)]

A = "قال الوزير إن الاتفاق سيوقع قريبا، وأضاف أن الوفد سيصل غدا إلى العاصمة الرياض لبحث الملف.\n" * 3
B = "وأضاف المتحدث أن المشروع سيكتمل قبل نهاية السنة، بتكلفة تبلغ مليار ريال.\n" * 3
PAGE = f"<!doctype html><html><head><title>عنوان</title></head><body><article><p>{A}</p></article></body></html>"
FEED = ("<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>t</title>"
        f"<item><title>a</title><link>http://example.com/a</link><description>{A}</description></item>"
        f"<item><title>b</title><link>http://example.com/b</link><description>{B}</description></item>"
        "</channel></rss>")
LINE = json.dumps({"id": "j1", "text": B}, ensure_ascii=False)


def _gz(data: str | bytes) -> bytes:
    return gzip.compress(data.encode() if isinstance(data, str) else data, mtime=0)


def _read(path: Path, options: Options | None = None) -> list[RawArticle | InputError]:
    return list(read([str(path)], options or Options()))


# -- gzip that is not JSON Lines or WARC ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        # was: "page.html:1: not a JSON object (Expecting value ...)" (`curl` without --compressed)
        ("page.html", _gz(PAGE), [A.strip()]),
        ("page.html.gz", _gz(PAGE), [A.strip()]),
        # was: one "not a JSON object" error per line of the feed
        ("feed.rss", _gz(FEED), [A.strip(), B.strip()]),
        ("feed.xml.gz", _gz(FEED), [A.strip(), B.strip()]),
        ("a.txt", _gz(A), [A]),
        ("a.txt.gz", _gz(A.encode("cp1256")), [A]),
        # unchanged: gzip'd JSON Lines under any name, and a gzip'd WARC, as before
        ("lines.txt.gz", _gz(LINE + "\n"), [B]),
        ("lines.dat", _gz(LINE + "\n"), [B]),
        # unchanged: gzip cut in its first bytes
        ("cut.xml", _gz(FEED)[:60], "broken gzip data"),
        # was: "not a JSON object" errors; a gzip quine must not recurse
        ("nested.txt", _gz(_gz(A)), "gzip data inside gzip data"),
        ("nothing.html", _gz(b"  \n"), "inflates to nothing"),
    ],
    ids=["html", "html.gz", "rss", "xml.gz", "txt", "txt.gz-cp1256", "jsonl-in-txt.gz", "jsonl-unnamed",
         "cut-feed", "gzip-in-gzip", "empty"],
)
def test_gzip_is_read_by_what_it_inflates_to(tmp_path: Path, name: str, data: bytes,
                                             expected: list[str] | str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    found = _read(path)
    if isinstance(expected, str):
        assert len(found) == 1 and isinstance(found[0], InputError), found
        assert found[0].source == str(path) and expected in found[0].reason, found[0]
    else:
        assert all(isinstance(x, RawArticle) for x in found), found
        assert [x.text.split() for x in found] == [e.split() for e in expected]  # type: ignore[union-attr]


def test_a_gzip_bomb_that_is_not_json_lines_stops_at_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "bomb.html"
    path.write_bytes(_gz(b"<p>" + b" " * 5000))
    # was: read as JSON Lines ("line over 1,000 bytes"); never inflated past the limit
    (err,) = _read(path, Options(max_bytes=1000))
    assert isinstance(err, InputTooLarge) and err.source == str(path)
    assert "gzip data inflating to more than 1,000 bytes" in err.reason


def test_a_gzipped_page_on_standard_input_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(_gz(PAGE))))
    (art,) = list(read(["-"], Options()))
    assert isinstance(art, RawArticle) and art.text.split() == A.split() and art.title == "عنوان"


# -- a JSON line whose metadata field has the wrong type -----------------------------------------------
@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        # was: written as Python prints it: «['http://a']» the URL (the archive's identity)
        ("url", ["http://example.com/a"], 'the "url" field is a list'),
        ("title", {"ar": "عنوان"}, 'the "title" field is an object'),
        ("date", {"$date": "2016-06-06T00:00:00Z"}, 'the "date" field is an object'),  # mongoexport
        ("outlet", True, 'the "outlet" field is true or false'),
        ("id", [[1]], 'the "id" field is a list'),
        ("section", {"x": 1}, 'the "section" field is an object'),
        ("category", ["sport"], 'the "category" field is a list'),
        # unchanged: numbers are read as their text, null as no value
        ("id", 42, "42"),
        ("title", 5, "5"),
        ("date", 20160606, "2016-06-06T00:00:00"),
        ("url", None, None),
        ("extra", {"any": ["thing"]}, None),  # a field khabar does not read
    ],
)
def test_a_metadata_field_of_the_wrong_type_is_that_lines_error(
    tmp_path: Path, field: str, value: object, expected: str | None
) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": A, field: value}, ensure_ascii=False) + "\n" + LINE + "\n", "utf-8")
    first, second = _read(path)
    assert isinstance(second, RawArticle) and second.text == B  # the next line is read
    if expected is not None and expected.startswith("the "):
        assert isinstance(first, MalformedInput) and first.source == f"{path}:1", first
        assert expected in first.reason and "not a string or a number" in first.reason
    else:
        assert isinstance(first, RawArticle)
        key = "section" if field == "category" else field
        assert getattr(first, key, None) == expected


# -- a JSON document where JSON Lines are read --------------------------------------------------------
ART = {"id": "j1", "title": "عنوان", "text": B}
DOCUMENT = "a JSON document (an array, or an object over several lines), not JSON Lines"


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        # was: one "not a JSON object" error for each line of the pretty-printed object
        ("a.jsonl", json.dumps(ART, ensure_ascii=False, indent=2), DOCUMENT),
        # was: 'each line needs a JSON object with a "text" string'
        ("a.jsonl", json.dumps([ART, ART], ensure_ascii=False), DOCUMENT),
        # was: the JSON read as one plain-text article («{\n  "id": ...»), with no word
        ("a.json", json.dumps(ART, ensure_ascii=False, indent=2), DOCUMENT),
        ("a.json", json.dumps([ART], ensure_ascii=False, indent=1), DOCUMENT),
        ("a.txt", json.dumps(ART, ensure_ascii=False, indent=2), DOCUMENT),
        ("a.txt", "\ufeff" + json.dumps([ART], ensure_ascii=False), DOCUMENT),
        # unchanged: JSON Lines, under any of these names; a text that opens with a bracket
        ("a.json", json.dumps(ART, ensure_ascii=False) + "\n", B),
        ("a.txt", json.dumps(ART, ensure_ascii=False) + "\n", B),
        ("a.txt", "[عاجل] " + A, "[عاجل] " + A),
        ("a.txt", "{" + A + "}", "{" + A + "}"),
    ],
    ids=["pretty-jsonl", "array-jsonl", "pretty-json", "array-json", "pretty-txt", "array-txt-bom",
         "json-line", "txt-line", "txt-bracket", "txt-brace"],
)
def test_a_json_document_is_one_error_naming_the_file(tmp_path: Path, name: str, data: str, expected: str) -> None:
    path = tmp_path / name
    path.write_text(data, "utf-8")
    found = _read(path)
    if expected == DOCUMENT:
        assert len(found) == 1 and isinstance(found[0], MalformedInput), found
        assert found[0].source == str(path) and DOCUMENT in found[0].reason and "jq -c" in found[0].reason
    else:
        assert len(found) == 1 and isinstance(found[0], RawArticle) and found[0].text == expected, found


# -- UTF-16 text appended to UTF-8 text ----------------------------------------------------------------
BULLET = "• " + B  # U+2022 is 22 20 in UTF-16 LE: two printable bytes before the first control one


@pytest.mark.parametrize(
    ("data", "expected", "warning"),
    [
        # was: "binary data, not text" (its NUL bytes)
        (A.encode() + B.encode("utf-16"), A + B, "then UTF-16 from byte"),
        (A.encode() + B.encode("utf-16-le"), A + B, "then UTF-16 LE from byte"),
        (A.encode() + B.encode("utf-16-be"), A + B, "then UTF-16 BE from byte"),
        (A.encode() + BULLET.encode("utf-16-le"), A + BULLET, "then UTF-16 LE"),
        # was: read as UTF-8, the UTF-16 part ASCII punctuation and controls (a short part)
        ((A * 4).encode() + "قال الوزير".encode("utf-16-le") * 3, A * 4 + "قال الوزير" * 3, "UTF-16 LE"),
        # unchanged: UTF-8 alone; UTF-16 alone
        (A.encode(), A, None),
        (A.encode("utf-16"), A, None),
        (A.encode("utf-16-le"), A, "decoded as UTF-16 without a byte-order mark"),
    ],
    ids=["bom", "le", "be", "bullet", "short-part", "utf8", "utf16", "utf16le"],
)
def test_utf16_appended_to_utf8_is_read(data: bytes, expected: str, warning: str | None) -> None:
    warnings: list[tuple[str, str]] = []
    assert decode_text(data, "x.txt", warnings) == expected
    said = " ".join(w for _, w in warnings)
    assert (warning in said) if warning else not warnings, warnings


@pytest.mark.parametrize(
    ("data", "message"),
    [
        # UTF-8 appended to UTF-16 with a BOM: an error that says where (was: no byte)
        (b"\xff\xfe" + A.encode("utf-16-le") + b"\n" + B.encode(), "broken UTF-16 (illegal UTF-16 surrogate at byte"),
        # UTF-16 that is not Arabic text appended: still binary
        (A.encode() + ("Copyright, all rights reserved. " * 3).encode("utf-16-le"), "binary data"),
    ],
    ids=["utf8-after-utf16", "latin-utf16"],
)
def test_what_utf16_joins_do_not_read(data: bytes, message: str) -> None:
    with pytest.raises(DecodeError, match=message.replace("(", r"\(")):
        decode_text(data, "x.txt", [])


# -- khabar analyze: the first warnings, then a count ----------------------------------------------------
@pytest.mark.parametrize(("damaged", "lines", "more"), [(3, 3, None), (5, 5, None), (9, 5, "4 more articles")])
def test_analyze_names_five_warned_articles_and_counts_the_rest(
    tmp_path: Path, damaged: int, lines: int, more: str | None
) -> None:
    for n in range(damaged):
        data = (B + str(n)).encode()
        (tmp_path / f"d{n}.txt").write_bytes(data[:51] + b"\xff" + data[51:])
    (tmp_path / "good.txt").write_text(A, "utf-8")
    res = CliRunner().invoke(main, ["analyze", str(tmp_path), *NO_STEPS])
    assert res.exit_code == 0, res.output
    assert len(res.stdout.splitlines()) == damaged + 1  # every article analysed
    warned = [x for x in res.stderr.splitlines() if x.startswith("khabar: warning: ")]
    assert len(warned) == lines and all(str(tmp_path) in x for x in warned)
    # was: a line for each damaged article, and no count
    tail = [x for x in res.stderr.splitlines() if x.startswith("khabar: ... ")]
    if more:
        assert tail == [f"khabar: ... {more} read with a warning ({damaged} in all; each record's warnings say it)"]
    else:
        assert not tail


# -- ingest: these inputs mid-way, nothing stored lost -------------------------------------------------
def test_ingest_of_these_inputs_keeps_what_was_stored(tmp_path: Path, archive_url: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(A, "utf-8")
    args = ["ingest", str(folder), "--db", archive_url, "--format", "json", *NO_STEPS]
    assert json.loads(CliRunner().invoke(main, args).stdout)["added"] == 1
    (folder / "page.html").write_bytes(_gz(PAGE.replace(A, B)))
    (folder / "joined.txt").write_bytes(B.encode() + "قال الوزير".encode("utf-16-le") * 5)
    (folder / "b.jsonl").write_text(
        json.dumps({"text": B + " 1", "url": ["http://example.com/x"]}, ensure_ascii=False) + "\n"
        + json.dumps({"text": B + " 2", "url": "http://example.com/y"}, ensure_ascii=False) + "\n", "utf-8")
    second = CliRunner().invoke(main, args)
    assert second.exit_code == 0, second.output
    summary = json.loads(second.stdout)
    # was: page.html 1 failed ("not a JSON object"), joined.txt failed ("binary data"), b.jsonl:1 stored
    # under the URL «['http://example.com/x']»
    assert (summary["added"], summary["unchanged"], summary["failed"]) == (3, 1, 1), summary
    assert summary["warned"] == 1  # joined.txt: mixed encodings
    again = json.loads(CliRunner().invoke(main, args).stdout)
    assert (again["added"], again["updated"], again["unchanged"], again["failed"]) == (0, 0, 4, 1), again
    export = CliRunner().invoke(main, ["export", "--format", "jsonl", "--db", archive_url])
    urls = sorted(str(json.loads(x).get("url")) for x in export.stdout.splitlines())
    assert urls == ["None", "None", "None", "http://example.com/y"]
