"""Plain text: UTF-8, UTF-16 with a BOM, Windows-1256 (detected, never silent mojibake)."""

from __future__ import annotations

from ..errors import DecodeError, EmptyInput

__all__ = ["decode_text"]


def decode_text(data: bytes, source: str) -> str:
    if not data.strip():
        raise EmptyInput(source, "the input is empty")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DecodeError(source, f"not valid UTF-8 ({exc.reason} at byte {exc.start})") from exc
