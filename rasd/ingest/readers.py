"""The one reader of Rasd's inputs: `rasd analyze`, `rasd ingest`, the Spark job and the web all
turn files, records and pasted texts into :class:`Article` here, by the same rules.

Formats are detected from the content, and the name's extension must agree with it: zip
(SaudiNewsNet layout: members holding a JSON array, or JSONL/HTML/text members), gzip (a WARC or
any format inside), WARC, JSON array, JSON Lines (or one JSON object), HTML, plain text. A file
whose content contradicts its name (``x.jsonl`` holding plain text, ``x.zip`` that is no zip) is
an error that says both. Directories are walked recursively in name order; ``-`` is standard input.

Records (JSON Lines lines, JSON array elements, Spark rows) become articles by one function,
:func:`record_article`: the text from ``text``/``content``/``body``/``article``, the id from ``id``
(else ``<file stem>-<line or position>``), the publication day from ``published``/``date``/… by
:mod:`rasd.isodate` (a time or another form is kept as ``published_raw``, with a warning when
there is no day in it), and ``title``, ``url``, ``source``, ``author``, ``language``.

Every input that does not become an article becomes a :class:`Problem` naming the file (and
line/record/member) and reading goes on with the rest. A problem is an *error* (unreadable,
binary, bad encoding, bad JSON, a record without text, too big, a zip bomb) or a *skip* warning
(a blank record, a page without an article, a CSV or readme inside a zip or folder): callers exit
non-zero on errors only.

Limits bound memory whatever the input: a file read whole (text, HTML, JSON array, zip member,
WARC record, JSONL line) may not exceed ``Limits.max_bytes``; zip members may not expand more
than ``Limits.max_ratio`` times; an article may not exceed ``Limits.max_chars`` (None: no limit).
Streamed formats (JSONL, WARC, zip) are read record by record, so their total size is not limited.
"""
from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import re
import sys
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..errors import InputError
from ..isodate import check_day, day_prefix
from ..textio import MIN_ARABIC_SHARE, arabic_share, decode_bytes, looks_binary

# The largest SaudiNewsNet day file is 13 MB; 256 MB leaves room for big JSON dumps while
# refusing the 1 GB mistakes (a video, a database dump) before reading them.
DEFAULT_MAX_BYTES = 256 * 1024 * 1024
# Text and JSON compress 3-10x with deflate; zip bombs expand 1000x and more. 100 flags bombs
# with a margin over the most compressible real text (long runs of repeated markup).
DEFAULT_MAX_RATIO = 100
# The longest real news articles are ~60k characters; a million is a book or a mistake in a corpus
# (`rasd analyze`, given one file by name, sets no limit: every stage is linear in the length).
DEFAULT_MAX_CHARS = 1_000_000
# News pages weigh 0.1-3 MB with inline scripts; HTML parsing takes ~50x the page size in memory,
# so a bigger page is refused rather than risk gigabytes for what is not an article.
DEFAULT_MAX_HTML_BYTES = 32 * 1024 * 1024
_SNIFF = 4096
STDIN = "-"
STDIN_NAME = "<stdin>"


@dataclass(frozen=True)
class Limits:
    max_bytes: int = DEFAULT_MAX_BYTES
    max_ratio: float = DEFAULT_MAX_RATIO
    max_chars: int | None = DEFAULT_MAX_CHARS
    max_html_bytes: int = DEFAULT_MAX_HTML_BYTES


@dataclass
class Article:
    """One article: the text the pipeline reads, its id, metadata, and where it came from."""

    text: str
    id: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    origin: str = ""                 # file path, with ::member and :line / #record for containers
    html: bytes | None = None        # original page, kept in the store by sha256
    html_sha256: str | None = None
    warnings: list[str] = field(default_factory=list)  # read, but something is worth saying


@dataclass
class Problem:
    """An input that did not become an article; callers report it and go on. ``skip`` problems
    are warnings (nothing is wrong with the input, it is just no article); others are errors."""

    origin: str
    message: str
    skip: bool = False
    reason: str = ""                 # a short category for summaries ("blank record", …)

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


class _TooBig(Exception):
    pass


def _human(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if n < 1024 or unit == "TB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)


# --- detection -----------------------------------------------------------------------------
_HTML_RE = re.compile(rb"<(!doctype\s+html|html|head|body|meta|title|div|p|article|script)[\s>/]", re.I)
# What may follow the opening bracket of JSON that holds articles: a JSON Lines record or object
# starts {" or {}, an array [{ [" [[ or []. "{ملاحظة} قال …" and "[تحديث] …" are text.
_JSON_OBJECT_START = re.compile(rb'\{\s*["}]')
_JSON_ARRAY_START = re.compile(rb'\[\s*[{\["\]]')

KIND_NAMES = {"zip": "a zip archive", "gzip": "gzip-compressed data", "warc": "a WARC web archive",
              "json": "JSON", "jsonl": "JSON Lines", "html": "HTML", "text": "plain text",
              "binary": "binary data", "empty": "empty"}


def sniff(head: bytes) -> str:
    """Format of a file from its first bytes: zip, gzip, warc, json, jsonl, html, text, binary, empty."""
    if not head:
        return "empty"
    if head[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
        return "zip"
    if head[:2] == b"\x1f\x8b":
        return "gzip"
    if head.startswith(b"WARC/"):
        return "warc"
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "text"  # UTF-16 with BOM
    body = head[3:] if head.startswith(b"\xef\xbb\xbf") else head
    if looks_binary(body):
        return "binary"
    s = body.lstrip()
    if not s:
        return "empty"
    if _JSON_ARRAY_START.match(s) or s == b"[":
        return "json"
    if _JSON_OBJECT_START.match(s) or s == b"{":
        return "jsonl"
    if s[:1] == b"<" and _HTML_RE.search(body[:_SNIFF]):
        return "html"
    return "text"


# Extensions that name a format: the content must be one of these kinds (a .txt may hold any
# text-based format; gzip is judged by what is inside it).
_DECLARED: dict[str, set[str]] = {
    ".json": {"json", "jsonl"}, ".jsonl": {"jsonl", "json"}, ".ndjson": {"jsonl", "json"},
    ".zip": {"zip"}, ".gz": {"gzip"}, ".warc": {"warc"},
    ".html": {"html", "text"}, ".htm": {"html", "text"}, ".xhtml": {"html", "text"},
    ".txt": {"text", "html", "json", "jsonl"},
}
# Files that are never articles: inside a zip or a folder they are skipped with a warning; named
# on the command line they are an error (a CSV of articles must become JSON Lines first).
NOT_ARTICLE_EXTENSIONS = frozenset(
    ".csv .tsv .xls .xlsx .ods .pdf .doc .docx .odt .rtf .ppt .pptx .png .jpg .jpeg .gif .webp .svg "
    ".bmp .ico .mp3 .mp4 .wav .avi .mov .css .js .py .sh .sql .db .sqlite .parquet .exe .dll .so "
    ".jar .class .xml .yml .yaml .toml .ini .cfg .log .lock .md .rst".split())
# Documentation that travels with corpora: read when named, skipped when found in a zip or folder.
_DOC_NAME = re.compile(r"^(readme|read_me|license|licence|copying|changelog|changes|notice|authors|"
                       r"contributing|citation|manifest)\b", re.I)


def _ext(name: str) -> str:
    return os.path.splitext(name)[1].lower()


def _mismatch(name: str, kind: str) -> str | None:
    """Why a file called ``name`` holding ``kind`` is not what it seems, or None."""
    allowed = _DECLARED.get(_ext(name))
    if allowed is None or kind in allowed or kind in ("empty", "binary"):
        return None
    ext = _ext(name)
    return (f"named {ext} but holds {KIND_NAMES.get(kind, kind)}, not {' or '.join(sorted(KIND_NAMES[k] for k in allowed))}; "
            f"refused (rename it to what it is)")


def decode_text(data: bytes, name: str = "input") -> str:
    """Bytes to str by rasd.textio's rules (UTF-8 with or without BOM, UTF-16 with BOM; empty,
    binary or invalid UTF-8 -> ValueError whose message names the byte offset and a likely fix)."""
    try:
        return decode_bytes(data, name)
    except InputError as exc:
        msg = str(exc)
        raise ValueError(msg[len(name) + 2:] if msg.startswith(name + ": ") else msg) from None


# --- records ---------------------------------------------------------------------------------
TEXT_KEYS = ("text", "content", "body", "article")
DATE_KEYS = ("published", "date", "date_published", "publish_date", "date_extracted")
META_KEYS = ("title", "url", "source", "author", "language", "crawled")


def published_meta(raw: Any, where: str = "published") -> tuple[dict, str | None]:
    """(meta, warning): ``published`` as the YYYY-MM-DD day the value starts with (what relative
    dates resolve against, by rasd.isodate), the value itself as ``published_raw`` when it says
    more (a time) or is no date; the warning says when there is no day in it."""
    value = str(raw).strip()
    if not value:
        return {}, None
    day = day_prefix(value)
    out = {"published": day} if day else {}
    if value != day:
        out["published_raw"] = value
    warn = None if day else (f"{where} {value!r} is not a date starting YYYY-MM-DD; kept as published_raw, "
                             f"relative dates are not resolved")
    return out, warn


def _check_strings(rec: dict) -> str | None:
    for key, value in rec.items():
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as exc:  # a lone surrogate from a \ud800-style escape
                return f"field {key!r} holds an invalid Unicode escape at character {exc.start}"
    return None


def record_article(rec: Any, origin: str, default_id: str | None, limits: Limits | None = None) -> Article | Problem:
    """An article from a record ({id, text|content|body|article, published|date|…, title, url,
    source, author, language}): the one record parser of analyze, ingest and Spark."""
    limits = limits or Limits()
    if not isinstance(rec, dict):
        return Problem(origin, f"a record must be a JSON object, got {type(rec).__name__}", reason="not a record")
    key = next((k for k in TEXT_KEYS if rec.get(k) is not None), None)
    if key is None:
        return Problem(origin, "record has no 'text' (or 'content', 'body', 'article') string", reason="no text field")
    text = rec[key]
    if not isinstance(text, str):
        return Problem(origin, f"record's {key!r} is a {type(text).__name__}, not a string", reason="no text field")
    bad = _check_strings(rec)
    if bad:
        return Problem(origin, bad, reason="invalid Unicode")
    if not text.strip():
        return Problem(origin, f"record's {key!r} is empty or blank; skipped", skip=True, reason="blank record")
    if too_long := _too_long(text, limits):
        return Problem(origin, too_long, reason="too long")
    meta: dict[str, Any] = {}
    warnings = []
    date_key = next((k for k in DATE_KEYS if rec.get(k) not in (None, "")), None)
    if date_key:
        m, warn = published_meta(rec[date_key], f"{date_key!r}")
        meta.update(m)
        if warn:
            warnings.append(warn)
    for k in META_KEYS:
        if isinstance(rec.get(k), str) and rec[k].strip():
            meta[k] = rec[k].strip()
    rid = rec.get("id")
    art = Article(text, str(rid) if rid not in (None, "") else default_id, meta, origin, warnings=warnings)
    _warn_language(art)
    return art


def article_record(art: Article) -> dict:
    """The record that :func:`record_article` turns back into the same article (the Spark job
    ships articles to its executors as records): id, text, the date as read, and the metadata."""
    rec = {"id": art.id, "text": art.text,
           "published": art.meta.get("published_raw") or art.meta.get("published")}
    rec.update({k: art.meta.get(k) for k in META_KEYS})
    return rec


def _too_long(text: str, limits: Limits) -> str | None:
    """Why a text is over the article length limit, or None."""
    if limits.max_chars is None or len(text) <= limits.max_chars:
        return None
    return (f"article has {len(text):,} characters, over the limit of {limits.max_chars:,} for one document "
            f"(memory grows with the length); split it into its articles")


def _warn_language(art: Article) -> None:
    if arabic_share(art.text) < MIN_ARABIC_SHARE:
        art.warnings.append("little or no Arabic text; analysing anyway")


def text_article(data: bytes, origin: str, default_id: str | None, limits: Limits | None = None) -> Article | Problem:
    """A plain-text file or member as one article."""
    limits = limits or Limits()
    try:
        text = decode_text(data)
    except ValueError as exc:
        return Problem(origin, str(exc), reason="unreadable text")
    if too_long := _too_long(text, limits):
        return Problem(origin, too_long, reason="too long")
    art = Article(text, default_id, {}, origin)
    _warn_language(art)
    return art


def article_from_text(text: str, id: str | None = None, published: str | None = None,
                      meta: dict | None = None, where: str = "published") -> Article:
    """An article from a pasted or programmatic text (the web's /analyze, the Python API): blank
    text and a published value that is no YYYY-MM-DD day are InputErrors (rasd.isodate)."""
    if not isinstance(text, str) or not text.strip():
        raise InputError("the text is empty")
    m = dict(meta or {})
    day = check_day(published, where)
    if day:
        m["published"] = day
    art = Article(text, id, m, "<text>")
    _warn_language(art)
    return art


def _html_lang(html: bytes) -> str | None:
    m = re.search(rb"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2,3})", html[:8192], re.I)
    return m.group(1).decode("ascii").lower() if m else None


def html_article(data: bytes, origin: str, default_id: str | None, limits: Limits | None = None,
                 url: str | None = None, meta: dict | None = None) -> Article | Problem:
    """Main text and metadata of an HTML page (trafilatura); the page itself is kept by hash."""
    from .html import extract

    limits = limits or Limits()
    if len(data) > limits.max_html_bytes:
        return Problem(origin, f"HTML page is {_human(len(data))}, over the {_human(limits.max_html_bytes)} "
                               f"limit for one page; skipped", reason="too big")
    try:
        got = extract(data, url=url)
    except Exception as exc:  # lxml/trafilatura raise many kinds on broken markup
        return Problem(origin, f"could not parse HTML ({type(exc).__name__}: {exc})", reason="unreadable HTML")
    if got is None:
        return Problem(origin, "no article text found in this HTML page (an index, login or empty page?); skipped",
                       skip=True, reason="page without an article")
    text, m = got
    if too_long := _too_long(text, limits):
        return Problem(origin, too_long, reason="too long")
    m = {**(meta or {}), **{k: v for k, v in m.items() if v}}
    warnings = []
    if m.get("published"):
        pm, warn = published_meta(m.pop("published"), "the page's date")
        m.update(pm)
        if warn:
            warnings.append(warn)
    m.setdefault("language", _html_lang(data))
    if not m.get("language"):
        m.pop("language")
    art = Article(text, default_id, m, origin, html=data, html_sha256=hashlib.sha256(data).hexdigest(),
                  warnings=warnings)
    _warn_language(art)
    return art


# --- reading files -----------------------------------------------------------------------------
def _read_bounded(f, limit: int, what: str) -> bytes:
    data = f.read(limit + 1)
    if len(data) > limit:
        raise _TooBig(f"{what} is over the {_human(limit)} limit (--max-size); refused without reading it all")
    return data


class Reader:
    """Iterate Articles and Problems from paths (files, folders, ``-`` for standard input);
    ``done_bytes``/``total_bytes`` measure progress."""

    def __init__(self, paths: Iterable[str | os.PathLike], limits: Limits | None = None,
                 exclude: Iterable[str | os.PathLike] = (), stdin=None):
        self.paths = [p if p == STDIN else Path(p) for p in paths]
        self.limits = limits or Limits()
        # Files never read as input, e.g. the database being written and its -wal/-shm/-journal
        # companions when it sits inside the folder being ingested.
        self.exclude = {os.path.realpath(x) for x in exclude}
        self.stdin = stdin
        self.total_bytes = 0
        self.done_bytes = 0.0
        self.files = 0

    @staticmethod
    def origin_of(path: str | os.PathLike) -> str:
        """The origin a whole-file article of ``path`` gets (records and members add to it)."""
        return STDIN_NAME if path == STDIN else str(Path(path))

    def plan(self) -> list[tuple[Path | str, bool] | Problem]:
        """Every file to read, in order, with whether it was found in a folder (directories
        walked); sizes are added to total_bytes."""
        out: list[tuple[Path | str, bool] | Problem] = []
        for p in self.paths:
            if p == STDIN:
                out.append((STDIN, False))
            elif p.is_dir():
                for root, dirs, files in os.walk(p, onerror=lambda e: out.append(
                        Problem(str(e.filename), f"cannot list folder: {e.strerror}", reason="unreadable"))):
                    dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                    for name in sorted(files):
                        if not name.startswith(".") and os.path.realpath(os.path.join(root, name)) not in self.exclude:
                            out.append((Path(root) / name, True))
            elif p.exists() or p.is_symlink():
                out.append((p, False))
            else:
                out.append(Problem(str(p), "no such file or folder", reason="missing"))
        for p in out:
            if isinstance(p, tuple) and p[0] != STDIN:
                try:
                    self.total_bytes += p[0].stat().st_size
                except OSError:
                    pass
        self.files = sum(isinstance(p, tuple) for p in out)
        return out

    def __iter__(self) -> Iterator[Article | Problem]:
        for item in self.plan():
            if isinstance(item, Problem):
                yield item
                continue
            yield from self.read_file(*item)

    def read_file(self, p: Path | str, walked: bool = False) -> Iterator[Article | Problem]:
        """Articles and problems of one file of the plan (``walked``: found in a folder)."""
        start = self.done_bytes
        if p == STDIN:
            yield from self._stdin()
            return
        p = Path(p)
        try:
            size = p.stat().st_size
        except OSError as exc:
            yield Problem(str(p), f"cannot read: {exc.strerror or exc}", reason="unreadable")
            return
        try:
            yield from self._file(p, size, start, walked)
        except _TooBig as exc:
            yield Problem(str(p), str(exc), reason="too big")
        except OSError as exc:
            yield Problem(str(p), f"cannot read: {exc.strerror or exc}", reason="unreadable")
        self.done_bytes = start + size

    def _stdin(self) -> Iterator[Article | Problem]:
        f = self.stdin or sys.stdin.buffer
        try:
            data = _read_bounded(f, self.limits.max_bytes, "standard input")
        except _TooBig as exc:
            yield Problem(STDIN_NAME, str(exc), reason="too big")
            return
        yield from self._blob(data, sniff(data[:_SNIFF]), STDIN_NAME, "stdin", len(data), 0.0, contained=False)

    def _not_article(self, name: str, origin: str, contained: bool) -> Problem | None:
        """A Problem for a file that is no article by its name: skipped inside a zip or folder,
        an error when named by the user."""
        base = os.path.basename(name)
        ext = _ext(base)
        if ext in NOT_ARTICLE_EXTENSIONS and (contained or ext not in (".md", ".rst")):
            what = f"{ext[1:].upper()} file" if ext else "file"
            if contained:
                return Problem(origin, f"{what}, not an article; skipped", skip=True, reason="not an article file")
            return Problem(origin, f"{what}s are not an article format (give text, HTML, JSON Lines, JSON, "
                                   f"zip or WARC; a table of articles can be converted to JSON Lines)",
                           reason="not an article file")
        if contained and _DOC_NAME.match(base):
            return Problem(origin, "a readme or licence, not an article; skipped", skip=True, reason="not an article file")
        return None

    def _file(self, p: Path, size: int, start: float, walked: bool) -> Iterator[Article | Problem]:
        origin = str(p)
        refuse = self._not_article(p.name, origin, walked)
        if refuse:
            yield refuse
            return
        with open(p, "rb") as f:
            head = f.read(_SNIFF)
            kind = sniff(head)
            f.seek(0)
            why = _mismatch(p.name, kind)
            if why:
                yield Problem(origin, why, reason="not what its name says")
                return
            if kind == "zip":
                yield from self._zip(p, size, start)
            elif kind == "gzip":
                yield from self._gzip(f, p, size, start)
            elif kind == "warc":
                yield from self._warc(f, origin, p.name, size, start)
            elif kind == "jsonl":
                yield from self._jsonl(f, origin, p.stem, size, start)
            else:
                if kind not in ("binary", "empty") and size > self.limits.max_bytes:
                    yield Problem(origin, f"file is {_human(size)}, over the {_human(self.limits.max_bytes)} "
                                          f"limit for a file read whole (--max-size); skipped", reason="too big")
                    return
                data = _read_bounded(f, self.limits.max_bytes, "the file")
                yield from self._blob(data, kind, origin, p.stem, size, start, contained=walked)

    def _gzip(self, f, p: Path, size: int, start: float) -> Iterator[Article | Problem]:
        origin = str(p)
        inner_name = p.name[:-3] if p.name.lower().endswith(".gz") else p.stem
        with gzip.open(f) as g:
            try:
                inner = sniff(g.read(_SNIFF))
            except (OSError, EOFError, zlib.error) as exc:
                yield Problem(origin, f"corrupt or truncated gzip file ({exc})", reason="unreadable")
                return
        f.seek(0)
        why = _mismatch(inner_name, inner)
        if why:
            yield Problem(origin, f"the file inside: {why}", reason="not what its name says")
            return
        stem = Path(inner_name).stem
        if inner == "warc":
            yield from self._warc(f, origin, p.name, size, start)
        elif inner == "jsonl":
            yield from self._jsonl(gzip.open(f), origin, stem, size, start)
        else:
            try:
                data = _read_bounded(gzip.open(f), self.limits.max_bytes, "the uncompressed file")
            except (OSError, EOFError, zlib.error) as exc:
                yield Problem(origin, f"corrupt or truncated gzip file ({exc})", reason="unreadable")
                return
            yield from self._blob(data, inner, origin, stem, size, start, contained=False)

    def _blob(self, data: bytes, kind: str, origin: str, stem: str, size: float, start: float,
              contained: bool) -> Iterator[Article | Problem]:
        """Articles of a whole in-memory file/member of a known kind. ``contained``: found inside
        a zip or a folder (a non-Arabic plain text there is a readme or notes, not news)."""
        if kind == "html":
            yield html_article(data, origin, stem, self.limits)
        elif kind == "json":
            yield from self._json_array(data, origin, stem, size, start)
        elif kind == "jsonl":
            yield from self._jsonl(io.BytesIO(data), origin, stem, size, start)
        elif kind == "text":
            art = text_article(data, origin, stem, self.limits)
            if contained and isinstance(art, Article) and arabic_share(art.text) < MIN_ARABIC_SHARE:
                yield Problem(origin, "plain text with little or no Arabic (a readme or notes?), not Arabic news; "
                                      "skipped (name the file itself to analyse it)", skip=True, reason="not Arabic text")
            else:
                yield art
        elif kind == "empty":
            if data and _DECLARED.get(_ext(origin)) == _DECLARED[".jsonl"]:
                yield Problem(origin, "JSON Lines file with only blank lines: no records", reason="no records")
            else:
                yield Problem(origin, "empty input (no bytes)" if not data else "empty input (only white space)",
                              reason="empty")
        elif kind == "binary":
            yield Problem(origin, "binary file (not text, HTML, JSON, zip or WARC); skipped", reason="binary")
        elif kind == "zip":
            yield Problem(origin, "a zip inside a zip is not read (unpack the outer one)", reason="nested zip")
        else:
            yield Problem(origin, f"{KIND_NAMES.get(kind, kind)} is not read here; skipped", reason="unsupported")

    def _json_array(self, data: bytes, origin: str, stem: str, size: float, start: float):
        try:
            recs = json.loads(decode_text(data))
        except ValueError as exc:
            yield Problem(origin, f"invalid JSON: {exc}", reason="invalid JSON")
            return
        except RecursionError:
            yield Problem(origin, "invalid JSON: nested too deeply", reason="invalid JSON")
            return
        if isinstance(recs, dict):
            yield record_article(recs, origin, stem, self.limits)
            return
        if not isinstance(recs, list):
            yield Problem(origin, "JSON file is not an array of article objects", reason="not a record")
            return
        if not recs:
            yield Problem(origin, "JSON array is empty: no articles", reason="no records")
            return
        n = len(recs)
        width = len(str(n))
        for i, rec in enumerate(recs):
            yield record_article(rec, f"{origin}#{i + 1}", f"{stem}-{i + 1:0{width}d}", self.limits)
            self.done_bytes = start + size * (i + 1) / n

    def _jsonl(self, f, origin: str, stem: str, size: float, start: float):
        limit = self.limits.max_bytes
        pos = 0
        first = True
        records = 0
        for lineno, line in enumerate(iter(lambda: f.readline(limit + 1), b""), 1):
            pos += len(line)
            if len(line) > limit and not line.endswith(b"\n"):
                yield Problem(f"{origin}:{lineno}", f"line is over the {_human(limit)} limit; skipped the rest of the file",
                              reason="too big")
                return
            if lineno == 1 and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]
            if not line.strip():
                continue
            records += 1
            try:
                rec = json.loads(decode_text(line, "the line"))
            except RecursionError:
                yield Problem(f"{origin}:{lineno}", "JSON nested too deeply; skipped", reason="invalid JSON")
                first = False
                continue
            except ValueError as exc:
                if first:
                    # Perhaps one pretty-printed JSON object rather than JSON Lines.
                    rest = line + f.read(limit + 1 - len(line))
                    try:
                        rec = json.loads(decode_text(rest))
                        yield record_article(rec, origin, stem, self.limits)
                        return
                    except (ValueError, RecursionError):
                        if len(rest) > limit:
                            yield Problem(origin, f"invalid JSON ({exc}) and too large to retry as one object",
                                          reason="invalid JSON")
                            return
                        f = io.BytesIO(rest[len(line):])
                yield Problem(f"{origin}:{lineno}", f"invalid JSON line ({exc}); skipped", reason="invalid JSON")
                first = False
                continue
            first = False
            yield record_article(rec, f"{origin}:{lineno}", f"{stem}-{lineno}", self.limits)
            if size:
                self.done_bytes = start + min(size, pos)
        if records == 0:
            yield Problem(origin, "JSON Lines file with only blank lines: no records", reason="no records")

    def _zip(self, p: Path, size: int, start: float):
        origin = str(p)
        try:
            zf = zipfile.ZipFile(p)
        except zipfile.BadZipFile as exc:
            yield Problem(origin, f"truncated or corrupt zip file ({exc}); nothing read from it", reason="unreadable")
            return
        with zf:
            infos = sorted((i for i in zf.infolist() if not i.is_dir()), key=lambda i: i.filename)
            total_c = sum(i.compress_size for i in infos) or 1
            done_c = 0
            for info in infos:
                mo = f"{origin}::{info.filename}"
                share = size * info.compress_size / total_c
                mstart = start + size * done_c / total_c
                done_c += info.compress_size
                if Path(info.filename).name.startswith((".", "__MACOSX")) or "__MACOSX/" in info.filename:
                    continue
                refuse = self._not_article(info.filename, mo, True)
                if refuse:
                    yield refuse
                    continue
                if info.file_size > self.limits.max_bytes:
                    yield Problem(mo, f"member expands to {_human(info.file_size)}, over the "
                                      f"{_human(self.limits.max_bytes)} limit (--max-size); skipped", reason="too big")
                    continue
                if info.file_size > 1024 * 1024 and info.file_size > self.limits.max_ratio * max(info.compress_size, 1):
                    yield Problem(mo, f"member expands {info.file_size / max(info.compress_size, 1):.0f}x "
                                      f"(limit {self.limits.max_ratio:.0f}x): looks like a zip bomb; skipped",
                                  reason="zip bomb")
                    continue
                try:
                    with zf.open(info) as mf:
                        data = _read_bounded(mf, min(self.limits.max_bytes, info.file_size), "the member")
                except _TooBig:
                    yield Problem(mo, "member is larger than its header says: corrupt zip or zip bomb; skipped",
                                  reason="zip bomb")
                    continue
                except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError) as exc:
                    yield Problem(mo, f"cannot read member: truncated or corrupt zip ({exc})", reason="unreadable")
                    continue
                kind = sniff(data[:_SNIFF])
                why = _mismatch(info.filename, kind)
                if why:
                    yield Problem(mo, why, reason="not what its name says")
                    continue
                if kind == "binary":  # an image or document without a telling name
                    yield Problem(mo, "binary member (not text, HTML or JSON), not an article; skipped", skip=True,
                                  reason="not an article file")
                    continue
                yield from self._blob(data, kind, mo, Path(info.filename).stem, share, mstart, contained=True)
                self.done_bytes = mstart + share

    def _warc(self, f, origin: str, stem: str, size: int, start: float):
        try:
            from warcio.archiveiterator import ArchiveIterator
        except ImportError:  # pragma: no cover - warcio is a dependency
            yield Problem(origin, "reading WARC needs the warcio package (pip install warcio)", reason="unsupported")
            return
        n = 0
        try:
            for rec in ArchiveIterator(f):
                if rec.rec_type not in ("response", "resource"):
                    continue
                url = rec.rec_headers.get_header("WARC-Target-URI")
                ctype = (rec.http_headers.get_header("Content-Type") if rec.http_headers else
                         rec.rec_headers.get_header("Content-Type")) or ""
                if rec.http_headers and not rec.http_headers.get_statuscode().startswith("2"):
                    continue
                if "html" not in ctype.lower():
                    continue
                n += 1
                ro = f"{origin}#{n}"
                try:
                    data = _read_bounded(rec.content_stream(), self.limits.max_bytes, "the record")
                except _TooBig as exc:
                    yield Problem(ro, str(exc), reason="too big")
                    continue
                meta = {"url": url} if url else {}
                wdate = rec.rec_headers.get_header("WARC-Date")
                art = html_article(data, ro, f"{stem}-{n}", self.limits, url=url, meta=meta)
                if isinstance(art, Article) and "published" not in art.meta and wdate:
                    art.meta["crawled"] = wdate
                yield art
                try:
                    self.done_bytes = start + min(size, f.tell())
                except (OSError, ValueError):
                    pass
        except Exception as exc:  # warcio raises ArchiveLoadFailed and plain errors on damaged files
            yield Problem(origin, f"damaged WARC file after {n} pages ({type(exc).__name__}: {exc})", reason="unreadable")


def read(paths: Iterable[str | os.PathLike], limits: Limits | None = None) -> Iterator[Article | Problem]:
    """Articles and problems from files and folders, in a stable order."""
    return iter(Reader(paths, limits))
