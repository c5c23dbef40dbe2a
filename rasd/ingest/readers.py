"""Read articles from files of any supported format, bounded and fault-tolerant.

Formats are detected from the first bytes, not the extension: zip (SaudiNewsNet layout: members
holding a JSON array, or JSONL/HTML/text members), gzip (a WARC or any format inside), WARC,
JSON array, JSON Lines (or one JSON object), HTML, plain text. Directories are walked
recursively in name order. Every problem (binary file, bad encoding, bad JSON line, zip bomb,
truncated zip, unreadable file, page without an article) becomes a :class:`Problem` naming the
file (and line/record/byte) and reading goes on with the rest.

Limits bound memory whatever the input: a file read whole (text, HTML, JSON array, zip member,
WARC record, JSONL line) may not exceed ``Limits.max_bytes``; zip members may not expand more
than ``Limits.max_ratio`` times; an article may not exceed ``Limits.max_chars``. Streamed
formats (JSONL, WARC, zip) are read record by record, so their total size is not limited.
"""
from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

# The largest SaudiNewsNet day file is 13 MB; 256 MB leaves room for big JSON dumps while
# refusing the 1 GB mistakes (a video, a database dump) before reading them.
DEFAULT_MAX_BYTES = 256 * 1024 * 1024
# Text and JSON compress 3-10x with deflate; zip bombs expand 1000x and more. 100 flags bombs
# with a margin over the most compressible real text (long runs of repeated markup).
DEFAULT_MAX_RATIO = 100
# The longest real news articles are ~60k characters; a million is a book or a mistake.
DEFAULT_MAX_CHARS = 1_000_000
# News pages weigh 0.1-3 MB with inline scripts; HTML parsing takes ~50x the page size in memory,
# so a bigger page is refused rather than risk gigabytes for what is not an article.
DEFAULT_MAX_HTML_BYTES = 32 * 1024 * 1024
_SNIFF = 4096


@dataclass(frozen=True)
class Limits:
    max_bytes: int = DEFAULT_MAX_BYTES
    max_ratio: float = DEFAULT_MAX_RATIO
    max_chars: int = DEFAULT_MAX_CHARS
    max_html_bytes: int = DEFAULT_MAX_HTML_BYTES


@dataclass
class Article:
    """One article: its id, the text the pipeline reads, metadata, and where it came from."""

    id: str
    text: str
    meta: dict[str, Any]
    origin: str                      # file path, with ::member and #record/line for containers
    html: bytes | None = None        # original page, kept in the store by sha256
    html_sha256: str | None = None


@dataclass
class Problem:
    """An input that could not be read as an article; ingest reports it and goes on."""

    origin: str
    message: str

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
    if b"\x00" in body:
        return "binary"
    ctrl = sum(1 for b in body if b < 32 and b not in (9, 10, 12, 13))
    # Real text has almost no control characters; 5% allows the odd stray byte in scraped text.
    if ctrl > 0.05 * len(body):
        return "binary"
    s = body.lstrip()
    if s[:1] == b"[":
        return "json"
    if s[:1] == b"{":
        return "jsonl"
    if s[:1] == b"<" and _HTML_RE.search(body[:_SNIFF]):
        return "html"
    return "text"


def decode_text(data: bytes, name: str = "input") -> str:
    """Bytes to str with the same rules and messages as ``rasd analyze`` (rasd.textio): UTF-8
    (BOM removed) or UTF-16 with BOM; empty, binary or invalid UTF-8 (with the byte offset and a
    hint when it is Windows-1256) -> ValueError with the message."""
    from ..errors import InputError
    from ..textio import decode_bytes

    try:
        return decode_bytes(data, name)
    except InputError as exc:
        msg = str(exc)
        raise ValueError(msg[len(name) + 2:] if msg.startswith(name + ": ") else msg) from None


# --- records ---------------------------------------------------------------------------------
_TEXT_KEYS = ("text", "content", "body", "article")
_DATE_KEYS = ("published", "date", "date_published", "publish_date", "date_extracted")


_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


def published_meta(raw: str) -> dict:
    """``published`` as YYYY-MM-DD (what the pipeline resolves relative dates against), keeping
    a time or an unparseable value as ``published_raw``."""
    import datetime as _dt

    m = _ISO_DAY.match(raw)
    try:
        day = _dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat() if m else None
    except ValueError:
        day = None
    out = {"published": day} if day else {}
    if raw.strip() != day:
        out["published_raw"] = raw.strip()
    return out


def record_article(rec: Any, origin: str, default_id: str, limits: Limits) -> Article | Problem:
    """An article from a JSON record ({id, text|content, published|date, title, url, source, author})."""
    if not isinstance(rec, dict):
        return Problem(origin, f"expected a JSON object, got {type(rec).__name__}")
    text = next((rec[k] for k in _TEXT_KEYS if isinstance(rec.get(k), str)), None)
    if text is None:
        return Problem(origin, "record has no 'text' or 'content' string")
    if not text.strip():
        return Problem(origin, "record text is empty")
    if len(text) > limits.max_chars:
        return Problem(origin, f"article has {len(text):,} characters, over the limit of {limits.max_chars:,}")
    meta: dict[str, Any] = {}
    date = next((rec[k] for k in _DATE_KEYS if rec.get(k)), None)
    if date:
        meta.update(published_meta(str(date)))
    for k in ("title", "url", "source", "author", "language"):
        if isinstance(rec.get(k), str) and rec[k].strip():
            meta[k] = rec[k].strip()
    rid = rec.get("id")
    return Article(str(rid) if rid not in (None, "") else default_id, text, meta, origin)


def text_article(data: bytes, origin: str, default_id: str, limits: Limits) -> Article | Problem:
    try:
        text = decode_text(data)
    except ValueError as exc:
        return Problem(origin, str(exc))
    if not text.strip():
        return Problem(origin, "empty text")
    if len(text) > limits.max_chars:
        return Problem(origin, f"article has {len(text):,} characters, over the limit of {limits.max_chars:,}")
    return Article(default_id, text, {}, origin)


def _html_lang(html: bytes) -> str | None:
    m = re.search(rb"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2,3})", html[:8192], re.I)
    return m.group(1).decode("ascii").lower() if m else None


def html_article(data: bytes, origin: str, default_id: str, limits: Limits, url: str | None = None,
                 meta: dict | None = None) -> Article | Problem:
    """Main text and metadata of an HTML page (trafilatura); the page itself is kept by hash."""
    from .html import extract

    if len(data) > limits.max_html_bytes:
        return Problem(origin, f"HTML page is {_human(len(data))}, over the {_human(limits.max_html_bytes)} "
                               f"limit for one page; skipped")
    try:
        got = extract(data, url=url)
    except Exception as exc:  # lxml/trafilatura raise many kinds on broken markup
        return Problem(origin, f"could not parse HTML ({type(exc).__name__}: {exc})")
    if got is None:
        return Problem(origin, "no article text found in this HTML page (an index, login or empty page?); skipped")
    text, m = got
    if len(text) > limits.max_chars:
        return Problem(origin, f"article has {len(text):,} characters, over the limit of {limits.max_chars:,}")
    m = {**(meta or {}), **{k: v for k, v in m.items() if v}}
    if m.get("published"):
        m.update(published_meta(str(m["published"])))
    m.setdefault("language", _html_lang(data))
    if not m.get("language"):
        m.pop("language")
    return Article(default_id, text, m, origin, html=data, html_sha256=hashlib.sha256(data).hexdigest())


# --- reading files -----------------------------------------------------------------------------
def _read_bounded(f, limit: int, what: str) -> bytes:
    data = f.read(limit + 1)
    if len(data) > limit:
        raise _TooBig(f"{what} is over the {_human(limit)} limit (--max-size); refused without reading it all")
    return data


class Reader:
    """Iterate Articles and Problems from paths; ``done_bytes``/``total_bytes`` measure progress."""

    def __init__(self, paths: Iterable[str | os.PathLike], limits: Limits | None = None,
                 exclude: Iterable[str | os.PathLike] = ()):
        self.paths = [Path(p) for p in paths]
        self.limits = limits or Limits()
        # Files never read as input, e.g. the database being written and its -wal/-shm/-journal
        # companions when it sits inside the folder being ingested.
        self.exclude = {os.path.realpath(x) for x in exclude}
        self.total_bytes = 0
        self.done_bytes = 0.0
        self.files = 0

    def plan(self) -> list[Path | Problem]:
        """Every file to read, in order (directories walked), sizes added to total_bytes."""
        out: list[Path | Problem] = []
        for p in self.paths:
            if p.is_dir():
                for root, dirs, files in os.walk(p, onerror=lambda e: out.append(Problem(str(e.filename), f"cannot list folder: {e.strerror}"))):
                    dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                    for name in sorted(files):
                        if not name.startswith(".") and os.path.realpath(os.path.join(root, name)) not in self.exclude:
                            out.append(Path(root) / name)
            elif p.exists() or p.is_symlink():
                out.append(p)
            else:
                out.append(Problem(str(p), "no such file or folder"))
        for p in out:
            if isinstance(p, Path):
                try:
                    self.total_bytes += p.stat().st_size
                except OSError:
                    pass
        self.files = sum(isinstance(p, Path) for p in out)
        return out

    def __iter__(self) -> Iterator[Article | Problem]:
        for p in self.plan():
            if isinstance(p, Problem):
                yield p
                continue
            start = self.done_bytes
            try:
                size = p.stat().st_size
            except OSError as exc:
                yield Problem(str(p), f"cannot read: {exc.strerror or exc}")
                continue
            try:
                yield from self._file(p, size, start)
            except _TooBig as exc:
                yield Problem(str(p), str(exc))
            except OSError as exc:
                yield Problem(str(p), f"cannot read: {exc.strerror or exc}")
            self.done_bytes = start + size

    def _file(self, p: Path, size: int, start: float) -> Iterator[Article | Problem]:
        origin = str(p)
        with open(p, "rb") as f:
            head = f.read(_SNIFF)
            kind = sniff(head)
            f.seek(0)
            if kind == "zip":
                yield from self._zip(p, size, start)
            elif kind in ("gzip", "warc"):
                if kind == "gzip":
                    with gzip.open(f) as g:
                        try:
                            inner = sniff(g.read(_SNIFF))
                        except (OSError, EOFError, zlib.error) as exc:
                            yield Problem(origin, f"corrupt or truncated gzip file ({exc})")
                            return
                    f.seek(0)
                    if inner != "warc":
                        if inner == "jsonl":
                            yield from self._jsonl(gzip.open(f), origin, p.stem, size, start)
                        else:
                            try:
                                data = _read_bounded(gzip.open(f), self.limits.max_bytes, "the uncompressed file")
                            except (OSError, EOFError, zlib.error) as exc:
                                yield Problem(origin, f"corrupt or truncated gzip file ({exc})")
                                return
                            yield from self._blob(data, inner, origin, Path(p.stem).stem, size, start)
                        return
                yield from self._warc(f, origin, p.name, size, start)
            elif kind == "jsonl":
                yield from self._jsonl(f, origin, p.stem, size, start)
            elif kind == "binary":
                yield Problem(origin, "binary file (not text, HTML, JSON, zip or WARC); skipped")
            elif kind == "empty":
                yield Problem(origin, "empty file")
            else:
                if size > self.limits.max_bytes:
                    yield Problem(origin, f"file is {_human(size)}, over the {_human(self.limits.max_bytes)} "
                                          f"limit for a file read whole (--max-size); skipped")
                    return
                data = _read_bounded(f, self.limits.max_bytes, "the file")
                yield from self._blob(data, kind, origin, p.stem, size, start)

    def _blob(self, data: bytes, kind: str, origin: str, stem: str, size: float, start: float):
        """Articles of a whole in-memory file/member of a known kind."""
        if kind == "html":
            yield html_article(data, origin, stem, self.limits)
        elif kind == "json":
            yield from self._json_array(data, origin, stem, size, start)
        elif kind == "jsonl":
            yield from self._jsonl(io.BytesIO(data), origin, stem, size, start)
        elif kind == "text":
            yield text_article(data, origin, stem, self.limits)
        elif kind == "empty":
            yield Problem(origin, "empty file")
        elif kind == "zip":
            yield Problem(origin, "a zip inside a zip is not read (unpack the outer one)")
        else:
            yield Problem(origin, f"{kind} content is not an article format; skipped")

    def _json_array(self, data: bytes, origin: str, stem: str, size: float, start: float):
        try:
            recs = json.loads(decode_text(data))
        except ValueError as exc:
            yield Problem(origin, f"invalid JSON: {exc}")
            return
        if isinstance(recs, dict):
            recs = [recs]
        if not isinstance(recs, list):
            yield Problem(origin, "JSON file is not an array of article objects")
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
        for lineno, line in enumerate(iter(lambda: f.readline(limit + 1), b""), 1):
            pos += len(line)
            if len(line) > limit and not line.endswith(b"\n"):
                yield Problem(f"{origin}:{lineno}", f"line is over the {_human(limit)} limit; skipped the rest of the file")
                return
            if not line.strip():
                continue
            try:
                rec = json.loads(decode_text(line))
            except ValueError as exc:
                if first:
                    # Perhaps one pretty-printed JSON object rather than JSON Lines.
                    rest = line + f.read(limit + 1 - len(line))
                    try:
                        rec = json.loads(decode_text(rest))
                        yield record_article(rec, origin, stem, self.limits)
                        return
                    except ValueError:
                        if len(rest) > limit:
                            yield Problem(origin, f"invalid JSON ({exc}) and too large to retry as one object")
                            return
                        f = io.BytesIO(rest[len(line):])
                yield Problem(f"{origin}:{lineno}", f"invalid JSON line ({exc}); skipped")
                first = False
                continue
            first = False
            yield record_article(rec, f"{origin}:{lineno}", f"{stem}-{lineno}", self.limits)
            if size:
                self.done_bytes = start + min(size, pos)

    def _zip(self, p: Path, size: int, start: float):
        origin = str(p)
        try:
            zf = zipfile.ZipFile(p)
        except zipfile.BadZipFile as exc:
            yield Problem(origin, f"truncated or corrupt zip file ({exc}); nothing read from it")
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
                if info.file_size > self.limits.max_bytes:
                    yield Problem(mo, f"member expands to {_human(info.file_size)}, over the "
                                      f"{_human(self.limits.max_bytes)} limit (--max-size); skipped")
                    continue
                if info.file_size > 1024 * 1024 and info.file_size > self.limits.max_ratio * max(info.compress_size, 1):
                    yield Problem(mo, f"member expands {info.file_size / max(info.compress_size, 1):.0f}x "
                                      f"(limit {self.limits.max_ratio:.0f}x): looks like a zip bomb; skipped")
                    continue
                try:
                    with zf.open(info) as mf:
                        data = _read_bounded(mf, min(self.limits.max_bytes, info.file_size), "the member")
                except _TooBig:
                    yield Problem(mo, "member is larger than its header says: corrupt zip or zip bomb; skipped")
                    continue
                except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError) as exc:
                    yield Problem(mo, f"cannot read member: truncated or corrupt zip ({exc})")
                    continue
                kind = sniff(data[:_SNIFF])
                yield from self._blob(data, kind, mo, Path(info.filename).stem, share, mstart)
                self.done_bytes = mstart + share

    def _warc(self, f, origin: str, stem: str, size: int, start: float):
        try:
            from warcio.archiveiterator import ArchiveIterator
        except ImportError:  # pragma: no cover - warcio is a dependency
            yield Problem(origin, "reading WARC needs the warcio package (pip install warcio)")
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
                    yield Problem(ro, str(exc))
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
            yield Problem(origin, f"damaged WARC file after {n} pages ({type(exc).__name__}: {exc})")


def read(paths: Iterable[str | os.PathLike], limits: Limits | None = None) -> Iterator[Article | Problem]:
    """Articles and problems from files and folders, in a stable order."""
    return iter(Reader(paths, limits))
