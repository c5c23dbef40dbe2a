"""Turning bytes users hand us into text, with messages that say exactly what is wrong.

The one reader (rasd.ingest.readers) decodes every file, member, line and standard input here:
one place decides what counts as empty, binary or wrongly encoded input.
"""
from __future__ import annotations

import re

from .errors import InputError

# A text file has almost no control characters; more than this share of NUL/C0 controls (other
# than tab, newline, carriage return, form feed) means binary data, not a badly encoded article.
BINARY_CONTROL_SHARE = 0.01
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
_LETTER = re.compile(r"[^\W\d_]")
# Below this share of Arabic among letters we warn that the text is probably not Arabic.
MIN_ARABIC_SHARE = 0.3


def looks_binary(sample: bytes) -> bool:
    """Whether bytes are binary data rather than text: a NUL, or control characters (other than
    tab, newline, carriage return, form feed) above BINARY_CONTROL_SHARE of the sample."""
    sample = sample[:65536]
    return b"\x00" in sample or len(_CONTROL.findall(sample.decode("latin-1"))) > BINARY_CONTROL_SHARE * len(sample)


def decode_bytes(data: bytes, name: str = "input") -> str:
    """UTF-8 text of ``data`` (BOM removed, CRLF/CR kept as-is so offsets match the source).

    Raises InputError for empty input, binary data and invalid UTF-8 (naming the byte offset).
    """
    if not data or not data.strip():
        raise InputError(f"{name}: empty input")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: invalid UTF-16 at byte {exc.start}") from None
    if looks_binary(data):
        raise InputError(f"{name}: looks like binary data, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = data[exc.start:exc.start + 4].hex(" ")
        hint = ""
        try:
            data.decode("cp1256")
            hint = " (it decodes as Windows-1256: convert it with `iconv -f cp1256 -t utf-8`)"
        except UnicodeDecodeError:
            pass
        raise InputError(f"{name}: invalid UTF-8 at byte offset {exc.start} (bytes {bad}){hint}") from None
    if not text.strip():  # e.g. only no-break spaces
        raise InputError(f"{name}: empty input (only white space)")
    return text


def arabic_share(text: str, sample: int = 20000) -> float:
    """Share of Arabic letters among the letters of (a sample of) ``text``."""
    t = text[:sample]
    letters = len(_LETTER.findall(t))
    return len(_ARABIC_LETTER.findall(t)) / letters if letters else 0.0
