"""http(s) URLs: one GET with a timeout, a size cap and a limit on redirects (httpx)."""

from __future__ import annotations

import time

from ..errors import FetchError, InputTooLarge
from ..options import Options
from ..wording import count

__all__ = ["fetch"]


def fetch(url: str, options: Options) -> tuple[bytes, str, str]:
    """``(body, content_type, final_url)`` of ``url``; raises :class:`FetchError` or
    :class:`InputTooLarge` with a message naming the URL."""
    import httpx

    try:
        with httpx.Client(
            follow_redirects=True,
            max_redirects=options.max_redirects,
            timeout=options.timeout,
            headers={"User-Agent": "khabar/0.1 (+https://pypi.org/project/khabar/)"},
        ) as client, client.stream("GET", url) as resp:
            if resp.status_code >= 400:
                raise FetchError(url, f"the server answered HTTP {resp.status_code}")
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > options.max_bytes:
                raise InputTooLarge(url, f"{count(int(declared), 'byte')}, over the limit of "
                                         f"{count(options.max_bytes, 'byte')}")
            chunks: list[bytes] = []
            size = 0
            # httpx's timeout bounds each read, not the whole answer: a server that sends a
            # byte every few seconds held `khabar analyze` for ever (qa-18a). Options.timeout
            # is the whole fetch, as documented.
            deadline = time.monotonic() + options.timeout
            for chunk in resp.iter_bytes():
                if time.monotonic() > deadline:
                    raise FetchError(url, f"the answer did not end within {options.timeout:g} s "
                                          "(Options.timeout)")
                size += len(chunk)
                if size > options.max_bytes:
                    raise InputTooLarge(url, f"more than {count(options.max_bytes, 'byte')}; raise Options.max_bytes")
                chunks.append(chunk)
            return b"".join(chunks), resp.headers.get("Content-Type", ""), str(resp.url)
    except httpx.TooManyRedirects as exc:
        raise FetchError(url, f"more than {count(options.max_redirects, 'redirect')}") from exc
    except httpx.TimeoutException as exc:
        raise FetchError(url, f"no answer within {options.timeout:g} s") from exc
    except httpx.HTTPError as exc:
        raise FetchError(url, f"unreachable ({exc.__class__.__name__}: {exc})") from exc
