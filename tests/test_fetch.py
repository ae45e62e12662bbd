"""URLs: read from a server on 127.0.0.1 (never the internet), with every failure named."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from khabar import FetchError, InputTooLarge, Options, RawArticle, read

DATA = Path(__file__).parent / "data" / "readers"

ROUTES: dict[str, tuple[int, str, bytes]] = {
    "/article.html": (200, "text/html; charset=utf-8", (DATA / "article.html").read_bytes()),
    "/feed.xml": (200, "application/rss+xml", (DATA / "feed.xml").read_bytes()),
    "/plain.txt": (200, "text/plain; charset=utf-8", (DATA / "plain.txt").read_bytes()),
    "/image.png": (200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
    "/big.html": (200, "text/html", b"<html><body><p>" + "نص ".encode() * 50_000 + b"</p></body></html>"),
}


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep pytest output clean
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        if self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
            return
        if self.path == "/redirect":
            self.send_response(301)
            self.send_header("Location", "/article.html")
            self.end_headers()
            return
        if self.path == "/slow":
            time.sleep(1.5)
        status, ctype, body = ROUTES.get(self.path, (404, "text/plain", b"not found"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def one(url: str, options: Options | None = None) -> object:
    items = list(read([url], options))
    assert len(items) == 1, items
    return items[0]


def test_html_page(server: str) -> None:
    art = one(server + "/article.html")
    assert isinstance(art, RawArticle)
    assert "مقبرة جماعية" in art.text and art.url == server + "/article.html"
    assert art.date == "2024-03-12"


def test_redirect_is_followed_and_final_url_kept(server: str) -> None:
    art = one(server + "/redirect")
    assert isinstance(art, RawArticle) and art.url == server + "/article.html"


def test_feed_by_content_type(server: str) -> None:
    items = list(read([server + "/feed.xml"]))
    assert len(items) == 2 and all(isinstance(i, RawArticle) for i in items)


def test_plain_text(server: str) -> None:
    art = one(server + "/plain.txt")
    assert isinstance(art, RawArticle) and art.text.startswith("قال الوزير")


@pytest.mark.parametrize(
    ("path", "options", "error", "message"),
    [
        ("/missing", Options(), FetchError, "HTTP 404"),
        ("/image.png", Options(), FetchError, "not HTML"),
        ("/loop", Options(max_redirects=3), FetchError, "more than 3 redirects"),
        ("/big.html", Options(max_bytes=10_000), InputTooLarge, "over the limit"),
        ("/slow", Options(timeout=0.3), FetchError, "no answer within"),
    ],
)
def test_url_failures_are_named(server: str, path: str, options: Options, error: type, message: str) -> None:
    err = one(server + path, options)
    assert isinstance(err, error), err
    assert str(err).startswith(server + path) and message in str(err)


def test_unreachable_host() -> None:
    # port 9 (discard) on loopback: nothing listens there
    err = one("http://127.0.0.1:9/x", Options(timeout=2))
    assert isinstance(err, FetchError) and "unreachable" in str(err)
