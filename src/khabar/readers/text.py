"""Plain text: UTF-8, UTF-16 with a BOM, and Windows-1256 (detected, never silent mojibake).

Decoding cascade:

1. a BOM decides (UTF-8, UTF-16 LE/BE); after a UTF-8 BOM the rest goes through the cascade
   again (a damaged byte after a BOM made the whole input "could not be read (UnicodeDecodeError)"
   before session 20, qa-20a), and a BOM inside the text (two files joined) gets a warning;
2. UTF-16 LE or BE without a BOM, accepted only when the result reads as Arabic and holds no
   control characters (a warning says so): Arabic letters are U+06xx, so every other byte is
   0x06 and step 3 would call the file binary;
3. NUL bytes or many control characters: binary, refused, unless step 4b reads it;
4. strict UTF-8;
4a. a file whose lines are partly UTF-8 and partly a legacy encoding (two files joined, or an
   archive that appended Windows-1256 text to UTF-8): each line in its own encoding, with a
   warning counting both (:func:`_mixed_lines`). Only when some line holds UTF-8 letters and
   other lines hold no UTF-8 at all; before session 20 the whole file was read as
   Windows-1256, the UTF-8 half as mojibake (qa-20a);
4b. UTF-8 with a few bytes that are not UTF-8, or a few NUL bytes (at most 1 in 20
   characters), when the rest reads as Arabic: each such byte becomes U+FFFD and a warning
   says how many. A UTF-8 file cut inside a letter (``head -c``), or with one damaged byte,
   was read whole as Windows-1256 by step 5, a page of «ظ‚ط§ظ„» (session 19, qa-19a: UTF-8
   Arabic read as cp1256 is mostly ط and ظ, Arabic letters, so step 5 took it); a page with
   one stray NUL byte was refused whole as binary (browsers show U+FFFD);
5. Windows-1256 (cp1256), which older Arabic sites and archives still use, or ISO-8859-6, the
   older standard, accepted only when the result reads as Arabic (most letters Arabic, no C1
   controls): a warning says which. When both read, the one with more Arabic letters wins:
   ISO-8859-6 read as cp1256 turns و ي ه ق into è ê ç â (a silent mojibake before session 18,
   qa-18a), and cp1256 text is rarely ISO-8859-6 at all (its ف ق ك are bytes ISO-8859-6 leaves
   undefined);
6. otherwise refused with a message that says how to fix it (convert to UTF-8).
"""

from __future__ import annotations

import re

from ..errors import DecodeError, EmptyInput
from ..wording import count

__all__ = ["decode_text", "looks_binary"]

_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1f]")
_LETTER = re.compile(r"[^\W\d_]")
_CONTROL_TEXT = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample and not sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    return len(_CONTROL.findall(sample)) > max(8, len(sample) // 100)


def _arabic_share(text: str, least: int = 20) -> float:
    """The share of Arabic letters among the letters of ``text`` (its first 20,000
    characters); 0 under ``least`` letters."""
    letters = _LETTER.findall(text[:20000])
    if len(letters) < least:
        return 0.0
    return sum(1 for c in letters if "\u0621" <= c <= "\u064a") / len(letters)


def _reads_as_arabic(text: str) -> bool:
    return _arabic_share(text) >= 0.5


#: The legacy Arabic encodings tried after UTF-8, in order of preference on a tie.
_LEGACY = (("cp1256", "Windows-1256"), ("iso8859_6", "ISO-8859-6"))


def _legacy_arabic(data: bytes) -> tuple[str, str] | None:
    """``(text, encoding name)`` of ``data`` in the legacy encoding where it reads best as
    Arabic, or ``None`` when it reads as Arabic in neither."""
    best: tuple[float, str, str] | None = None
    for codec, label in _LEGACY:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        share = _arabic_share(text)
        if share >= 0.5 and not re.search("[\x80-\x9f]", text) and (best is None or share > best[0]):
            best = (share, text, label)
    return (best[1], best[2]) if best else None


def _utf16_without_bom(data: bytes) -> str | None:
    """``data`` decoded as UTF-16 LE or BE when it reads as Arabic text in one of them."""
    if len(data) % 2 or len(data) < 40:
        return None
    # Arabic letters (U+06xx) put 0x06 in every other byte: at odd offsets in LE, even in BE.
    for codec, high in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
        if high.count(6) + high.count(0) < len(high) * 0.8:
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _reads_as_arabic(text) and not _CONTROL_TEXT.search(text):
            return text
    return None


def _utf8_then_utf16(data: bytes, warnings: list[tuple[str, str]] | None) -> str | None:
    """``data`` read as UTF-8 up to where UTF-16 Arabic text begins, then as UTF-16 (a file
    appended to another with ``cat`` or ``>>``, one written by Windows PowerShell), with a
    warning; ``None`` when it is not that. Before session 21 such a file was "binary data"
    (its NUL bytes), or, with a short UTF-16 part, read whole as UTF-8 with the UTF-16 text
    as ASCII punctuation and control characters (qa-21a).

    The UTF-16 part starts at a byte-order mark, or near the first control byte (in Arabic
    UTF-16 every other byte is 0x06 or 0x00, a control): at it (big-endian) or one byte before
    it (little-endian); a few bytes earlier are tried too. It must read as Arabic with no
    control characters, and the UTF-8 part before it must be whole UTF-8 with none."""
    first = _CONTROL.search(data)
    if first is None or len(data) < 40:
        return None
    cuts: list[tuple[int, str]] = []
    bom = min((i for i in (data.find(b"\xff\xfe"), data.find(b"\xfe\xff")) if i > 0), default=-1)
    if 0 < bom <= first.start():
        cuts.append((bom, "utf-16"))
    cuts += [(k, codec) for k in range(first.start(), max(first.start() - 8, 0), -1)
             for codec in ("utf-16-be", "utf-16-le")]
    found: list[tuple[int, str, str]] = []
    for at, codec in cuts:
        head, tail = data[:at], data[at:]
        if len(tail) % 2 or _CONTROL.search(head):
            continue
        try:
            text, rest = head.decode("utf-8"), tail.decode(codec)
        except UnicodeDecodeError:
            continue
        if _reads_as_arabic(rest) and not _CONTROL_TEXT.search(rest):
            found.append((at, codec, text + rest))
    if not found:
        return None
    # The latest cut that reads, unless an earlier one follows a line break (a UTF-16 «•» is
    # 22 20, two printable bytes: the cut after them reads too, one character short)
    at, codec, text = next((f for f in found if data[: f[0]].endswith(b"\n")), found[0])
    if warnings is not None:
        label = {"utf-16": "UTF-16", "utf-16-be": "UTF-16 BE", "utf-16-le": "UTF-16 LE"}[codec]
        warnings.append(("encoding", f"mixed encodings: UTF-8, then {label} from byte {at:,}, "
                                     "each read in its own (files joined?)"))
    return text


#: At most one damaged byte (not UTF-8, or NUL) in this many characters for step 4b.
_DAMAGE_RATE = 20


def _damaged_utf8(data: bytes, warnings: list[tuple[str, str]] | None) -> str | None:
    """``data`` as UTF-8 with each byte that is not UTF-8, and each NUL, replaced by U+FFFD,
    when such bytes are few (one in :data:`_DAMAGE_RATE` characters at most), the rest holds
    no run of control characters (:func:`looks_binary` without the NULs) and reads as Arabic;
    else ``None``. Windows-1256 or ISO-8859-6 Arabic is never this: its letters are bytes
    0xC1 and over, which UTF-8 reads only as lead bytes of a pair, so most are bad."""
    if looks_binary(data.replace(b"\x00", b"")):
        return None
    text = data.decode("utf-8", errors="replace").replace("\x00", "\ufffd")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    if not bad or bad * _DAMAGE_RATE > len(text) or not _reads_as_arabic(text):
        return None
    if warnings is not None:
        warnings.append(("encoding", f"UTF-8 with {count(bad, 'damaged byte sequence')} (not UTF-8, "
                                     "or NUL), each read as U+FFFD: the input may be damaged or cut short"))
    return text


#: Legacy encodings a line that holds no UTF-8 is read in by :func:`_mixed_lines`: the Arabic
#: ones (when its letters read as Arabic), else Windows-1252 (a Latin footer).
_LINE_LEGACY = (*_LEGACY, ("cp1252", "Windows-1252"))


def _utf8_letters(line: bytes) -> int:
    """How many valid multi-byte UTF-8 characters ``line`` holds."""
    return sum(1 for c in line.decode("utf-8", errors="replace") if ord(c) > 127 and c != "\ufffd")


def _not_utf8(line: bytes) -> bool:
    """Whether ``line`` is in another encoding rather than damaged UTF-8: its byte sequences
    that are not UTF-8 outnumber twice its valid multi-byte characters. (Windows-1256 Arabic
    holds a few pairs that read as UTF-8 by chance: «ة،» is C9 A1, U+0261.)"""
    text = line.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - line.count("\ufffd".encode())
    return bad > 2 * _utf8_letters(line)


_ESCAPED = re.compile("[\udc80-\udcff]+")


def _split_line(line: bytes) -> list[bytes]:
    """``line`` as ``[line]``, or in two when one side of it is UTF-8 (with letters) and the
    other in another encoding (:func:`_not_utf8`): two files joined without a line break,
    the UTF-8 one first or last."""
    text = line.decode("utf-8", errors="surrogateescape")
    runs = list(_ESCAPED.finditer(text))
    if not runs:
        return [line]
    for cut in (runs[0].start(), runs[-1].end()):
        at = len(text[:cut].encode("utf-8", errors="surrogateescape"))
        head, tail = line[:at], line[at:]
        utf8, other = (head, tail) if cut == runs[0].start() else (tail, head)
        if _utf8_letters(utf8) >= 2 and _not_utf8(other) and _utf8_letters(utf8) > _utf8_letters(other):
            return [head, tail]
    return [line]


def _mixed_lines(data: bytes, warnings: list[tuple[str, str]] | None) -> str | None:
    """``data`` read line by line when its lines are partly UTF-8 (reading as Arabic) and partly another encoding (:func:`_not_utf8`; two runs of such bytes at least): each such line in the legacy encoding its lines read best in
    (Windows-1256 or ISO-8859-6 when they read as Arabic, else Windows-1252); a line that
    holds both (damaged UTF-8) gets U+FFFD for its bad bytes. ``None`` otherwise: a file
    wholly in one encoding, or UTF-8 with a few damaged bytes, is left to steps 4b and 5."""
    parts = [p for line in data.splitlines(keepends=True) for p in _split_line(line)]
    kinds: list[str] = []
    for part in parts:
        try:
            part.decode("utf-8")
            kinds.append("utf8")
        except UnicodeDecodeError:
            kinds.append("legacy" if _not_utf8(part) else "damaged")
    legacy = b"".join(p for p, k in zip(parts, kinds, strict=True) if k == "legacy")
    utf8 = b"".join(p for p, k in zip(parts, kinds, strict=True) if k == "utf8").decode("utf-8")
    # (the UTF-8 lines must read as Arabic, 10 letters at least: a Windows-1256 line can be
    # valid UTF-8 by chance, «ظ،» is D9 A1, U+0661, but hardly ten letters of it)
    # (and the other lines two runs of bytes that are not UTF-8 at least: one damaged byte
    # inside a letter, D8 FF A7, is one run of three)
    if _arabic_share(utf8, least=10) < 0.5 or len(_ESCAPED.findall(legacy.decode("utf-8", "surrogateescape"))) < 2:
        return None
    codec, label = _line_codec(legacy)
    out = []
    for part, kind in zip(parts, kinds, strict=True):
        if kind == "legacy":
            out.append(part.decode(codec, errors="replace"))
        else:
            out.append(part.decode("utf-8", errors="replace"))
    text = "".join(out).replace("\x00", "\ufffd")
    if warnings is not None:
        n_legacy = kinds.count("legacy")
        damaged = kinds.count("damaged")
        hurt = f", {count(damaged, 'line')} of damaged UTF-8 (U+FFFD)" if damaged else ""
        warnings.append(("encoding", f"mixed encodings: {count(len(parts) - n_legacy - damaged, 'line')} "
                                     f"UTF-8, {count(n_legacy, 'line')} {label}{hurt}, each read in its own "
                                     "(files joined?)"))
    return text


_WORD = re.compile(r"[^\W\d_]+")
_LATIN = re.compile("[A-Za-z]")


def _line_codec(legacy: bytes) -> tuple[str, str]:
    """The codec the lines that hold no UTF-8 read best in: the legacy Arabic one whose
    non-ASCII letters are most Arabic (half at least, and at most one word in ten mixing
    Latin and Arabic letters: a Latin-1 «Société» reads «Sociىtى» in ISO-8859-6), else
    Windows-1252."""
    best: tuple[float, str, str] | None = None
    for codec, label in _LINE_LEGACY[:-1]:
        text = legacy.decode(codec, errors="replace")
        letters = [c for c in _LETTER.findall(text) if ord(c) > 127]
        share = sum(1 for c in letters if "\u0621" <= c <= "\u064a") / len(letters) if letters else 0.0
        words = [w for w in _WORD.findall(text) if not w.isascii()]
        mixed = sum(1 for w in words if _LATIN.search(w))
        if mixed * 10 > len(words):
            continue
        if share >= 0.5 and (best is None or share > best[0]):
            best = (share, codec, label)
    return (best[1], best[2]) if best else _LINE_LEGACY[-1]


#: A byte-order mark at the start of a line inside a text: where a second file began.
_LINE_BOM = re.compile("[\n\r]\ufeff")


def _inner_bom(text: str, warnings: list[tuple[str, str]] | None) -> str:
    """``text``, with a warning when a byte-order mark (U+FEFF) starts a line inside it: files
    joined with ``cat``, each starting with its BOM. (The mark stays: it is zero-width, and
    the offsets of the records are offsets into this text. One inside a line is the old
    zero-width no-break space, and says nothing.)"""
    m = _LINE_BOM.search(text)
    at = m.end() - 1 if m else -1
    if at >= 0 and warnings is not None:
        warnings.append(("encoding", f"a byte-order mark (U+FEFF) inside the text, at character {at:,} "
                                     "(files joined?)"))
    return text


def decode_text(data: bytes, source: str, warnings: list[tuple[str, str]] | None = None) -> str:
    """Decode ``data`` (see the cascade above); ``warnings`` collects what was noticed."""
    if not data.strip():
        raise EmptyInput(source, "the input is empty")
    if data.startswith(b"\xef\xbb\xbf"):
        # The rest through the whole cascade: a damaged byte after the BOM made the input
        # "could not be read (UnicodeDecodeError)" before session 20 (qa-20a).
        return decode_text(data[3:], source, warnings)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            # (UTF-8 appended to UTF-16 breaks here too: say where)
            raise DecodeError(source, f"broken UTF-16 ({exc.reason} at byte {exc.start:,}; cut short, or "
                                      "text in another encoding joined on?)") from exc
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        if warnings is not None:
            warnings.append(("encoding", "decoded as UTF-16 without a byte-order mark"))
        return utf16
    joined = _utf8_then_utf16(data, warnings)
    if joined is not None:
        return joined
    if looks_binary(data):
        damaged = _damaged_utf8(data, warnings)
        if damaged is not None:
            return damaged
        if any(half.count(0) >= len(half) * 0.8 for half in (data[1::2], data[0::2])):
            raise DecodeError(
                source, "looks like UTF-16 without a byte-order mark, and not Arabic text; convert "
                "it to UTF-8 (e.g. `iconv -f UTF-16LE -t UTF-8`)",
            )
        raise DecodeError(source, "binary data, not text; give khabar a text, HTML, JSONL, feed or WARC file")
    try:
        return _inner_bom(data.decode("utf-8"), warnings)
    except UnicodeDecodeError as exc:
        utf8_error = f"{exc.reason} at byte {exc.start}"
    mixed = _mixed_lines(data, warnings)
    if mixed is not None:
        return _inner_bom(mixed, warnings)
    damaged = _damaged_utf8(data, warnings)
    if damaged is not None:
        return damaged
    legacy = _legacy_arabic(data)
    if legacy is not None:
        text, label = legacy
        if warnings is not None:
            warnings.append(("encoding", f"decoded as {label} (not valid UTF-8)"))
        return text
    raise DecodeError(
        source,
        f"not UTF-8 ({utf8_error}) and not Arabic Windows-1256 or ISO-8859-6 text; convert it to "
        "UTF-8 (e.g. `iconv -f ENCODING -t UTF-8`)",
    )
