"""Turning bytes users hand us into text, with messages that say exactly what is wrong.

Used by `rasd analyze` and by the corpus readers: one place decides what counts as empty,
binary or wrongly encoded input.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

from .errors import InputError

# A text file has almost no control characters; more than this share of NUL/C0 controls (other
# than tab, newline, carriage return, form feed) means binary data, not a badly encoded article.
BINARY_CONTROL_SHARE = 0.01
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
_LETTER = re.compile(r"[^\W\d_]")
# Below this share of Arabic among letters we warn that the text is probably not Arabic.
MIN_ARABIC_SHARE = 0.3


@dataclass
class Article:
    """One article as read from an input: its text and whatever metadata came with it."""

    text: str
    id: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


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
    sample = data[:65536]
    if b"\x00" in sample or len(_CONTROL.findall(sample.decode("latin-1"))) > BINARY_CONTROL_SHARE * len(sample):
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


def iter_jsonl(lines: Iterable[bytes | str], name: str = "input", errors: list | None = None) -> Iterator[Article]:
    """Articles from JSON Lines, streamed line by line. A bad line is reported in ``errors``
    (line number and reason) and skipped, so one bad record never loses the others; without
    ``errors`` it raises."""
    for lineno, line in enumerate(lines, 1):
        try:
            if isinstance(line, bytes):
                if lineno == 1 and line.startswith(b"\xef\xbb\xbf"):
                    line = line[3:]
                try:
                    line = line.decode("utf-8")
                except UnicodeDecodeError as exc:
                    raise InputError(f"invalid UTF-8 at byte {exc.start} of the line") from None
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{exc.msg} (column {exc.colno})") from None
            except RecursionError:
                raise InputError("JSON nested too deeply") from None
            art = article_from_record(rec, f"{name}:{lineno}")
        except InputError as exc:
            msg = str(exc)
            if not msg.startswith(f"{name}:{lineno}:"):
                msg = f"{name}:{lineno}: {msg}"
            if errors is None:
                raise InputError(msg) from None
            errors.append(msg)
            continue
        yield art


def article_from_record(rec: Any, where: str) -> Article:
    """An Article from a JSON record with text/content and optional id, published/date, title,
    url, source (the JSON Lines layout and the SaudiNewsNet layout)."""
    if not isinstance(rec, dict):
        raise InputError(f"{where}: a record must be a JSON object")
    text = rec.get("text", rec.get("content"))
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{where}: record has no 'text' (or 'content') string")
    for key, value in rec.items():
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as exc:  # a lone surrogate from a \ud800-style escape
                raise InputError(f"{where}: field {key!r} holds an invalid Unicode escape at character {exc.start}") from None
    meta = {}
    pub = rec.get("published") or rec.get("date") or rec.get("date_extracted")
    if isinstance(pub, str) and pub.strip():
        meta["published"] = check_published(pub.strip()[:10], f"{where}: published")
    for k in ("title", "url", "source", "author"):
        if isinstance(rec.get(k), str) and rec[k]:
            meta[k] = rec[k]
    rid = rec.get("id")
    return Article(text, None if rid is None else str(rid), meta)


_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def check_published(value: str | None, where: str = "--published") -> str | None:
    """A valid YYYY-MM-DD date string or None; anything else is an InputError."""
    if value is None or value == "":
        return None
    import datetime as _dt

    m = _DATE.match(value.strip())
    try:
        if not m:
            raise ValueError
        _dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        raise InputError(f"{where}: {value!r} is not a date in the form YYYY-MM-DD") from None
    return value.strip()
