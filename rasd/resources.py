"""The one loader of Rasd's data files: lexicons, gazetteers, word classes and trained models
under ``rasd/resources/<area>/<file>``.

    res = Resources.default()
    res.path("events", "detector.json")                 # a Path; ModelError when missing
    res.table("gazetteers", "titles.tsv")               # TSV rows, '#' lines and blank lines skipped
    res.word_class("events", "complementizers")         # frozenset of normalised words

Every file is read once per ``Resources`` (then served from memory), every missing or unreadable
file is a ``ModelError`` that names it (never an empty list that silently changes the analysis),
and tests inject data instead of patching module caches:

    res = Resources.default().with_data({"events/wordclasses.tsv": "complementizers\\tان\\t\\n"})

Word classes are the vocabulary a linguist edits: ``<area>/wordclasses.tsv`` holds one word per
line as ``class <TAB> word <TAB> note``; ``word_class`` returns a class normalised once (the
normalisation every lookup uses: hamza and alef forms, ta marbuta, alef maqsura, diacritics), and
``word_list`` the words as written, in file order. Each file's source is noted in its folder's
SOURCES.md.
"""
from __future__ import annotations

import gzip
import json
import threading
from pathlib import Path
from typing import Any, Callable, Mapping, TypeVar

from .errors import ModelError
from .text.normalize import normalize

ROOT = Path(__file__).resolve().parent / "resources"
WORD_CLASSES = "wordclasses.tsv"

T = TypeVar("T")
_MISSING = object()


class Resources:
    """Rasd's data files, each parsed once per instance. ``inject`` maps ``"area/file"`` to the
    file's text, replacing (or adding) that file for this instance only."""

    def __init__(self, root: Path | str = ROOT, inject: Mapping[str, str] | None = None):
        self.root = Path(root)
        self._inject = dict(inject or {})
        self._memo: dict[Any, Any] = {}
        self._lock = threading.RLock()

    # -- one shared instance of the shipped data ------------------------------------------
    _default: "Resources | None" = None

    @classmethod
    def default(cls) -> "Resources":
        """The shipped data, shared by every pipeline of the process (the data is read-only)."""
        if cls._default is None:
            cls._default = cls()
        return cls._default

    def with_data(self, inject: Mapping[str, str]) -> "Resources":
        """A new instance that sees ``inject`` (``"area/file" -> text``) over this one's files."""
        return Resources(self.root, {**self._inject, **inject})

    # -- files ------------------------------------------------------------------------------
    def path(self, area: str, file: str) -> Path:
        """The path of a shipped file; ModelError naming it when it is missing."""
        p = self.root / area / file
        if f"{area}/{file}" in self._inject:
            return p
        if not p.is_file():
            raise ModelError(f"data file {_show(p)} is missing (a broken installation? reinstall Rasd, "
                             f"or rebuild it with the `rasd train` command its SOURCES.md names)")
        return p

    def text(self, area: str, file: str) -> str:
        """The file's text (``.gz`` files are decompressed)."""
        key = f"{area}/{file}"
        if key in self._inject:
            return self._inject[key]
        p = self.path(area, file)
        try:
            if p.suffix == ".gz":
                with gzip.open(p, "rt", encoding="utf-8") as f:
                    return f.read()
            return p.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError, EOFError) as exc:
            raise ModelError(f"data file {_show(p)} cannot be read ({exc}); reinstall Rasd") from None

    def lines(self, area: str, file: str) -> list[str]:
        """Stripped lines, without blank lines and ``#`` comment lines."""
        return self.cached(("lines", area, file), lambda: [
            s for s in (line.strip() for line in self.text(area, file).splitlines())
            if s and not s.startswith("#")])

    def table(self, area: str, file: str, min_columns: int = 1) -> list[list[str]]:
        """Tab-separated rows (cells stripped), without blank and ``#`` lines; a row with fewer
        than ``min_columns`` cells is a ModelError naming the file and line."""
        def build() -> list[list[str]]:
            rows = []
            for n, line in enumerate(self.text(area, file).splitlines(), 1):
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                cells = [c.strip() for c in line.split("\t")]
                if len(cells) < min_columns:
                    raise ModelError(f"data file {area}/{file} line {n}: {len(cells)} column(s), "
                                     f"{min_columns} expected: {line[:80]!r}")
                rows.append(cells)
            return rows
        return self.cached(("table", area, file, min_columns), build)

    def json(self, area: str, file: str) -> Any:
        def build() -> Any:
            try:
                return json.loads(self.text(area, file))
            except json.JSONDecodeError as exc:
                raise ModelError(f"data file {area}/{file} is corrupt (not JSON: {exc}); reinstall Rasd") from None
        return self.cached(("json", area, file), build)

    # -- word classes -----------------------------------------------------------------------
    def word_classes(self, area: str) -> dict[str, tuple[str, ...]]:
        """Every class of ``<area>/wordclasses.tsv``: name -> words as written, in file order."""
        def build() -> dict[str, tuple[str, ...]]:
            out: dict[str, list[str]] = {}
            for row in self.table(area, WORD_CLASSES, min_columns=2):
                name, word = row[0], row[1]
                if not name or not word:
                    raise ModelError(f"data file {area}/{WORD_CLASSES}: a row needs a class and a word: {row!r}")
                out.setdefault(name, []).append(word)
            return {k: tuple(v) for k, v in out.items()}
        return self.cached(("classes", area), build)

    def word_list(self, area: str, name: str) -> tuple[str, ...]:
        """One class's words as written in the file, in file order."""
        classes = self.word_classes(area)
        if name not in classes:
            raise ModelError(f"word class {name!r} is not in {area}/{WORD_CLASSES} "
                             f"(it has: {', '.join(sorted(classes)) or 'nothing'})")
        return classes[name]

    def word_class(self, area: str, name: str) -> frozenset[str]:
        """One class's words, normalised (multi-word entries: each word normalised, one space)."""
        return self.cached(("class", area, name), lambda: frozenset(
            normalize_entry(w) for w in self.word_list(area, name)))

    # -- derived structures -----------------------------------------------------------------
    def cached(self, key: Any, build: Callable[[], T]) -> T:
        """``build()`` once per instance and key (compiled automata, parsed models …)."""
        value = self._memo.get(key, _MISSING)
        if value is _MISSING:
            with self._lock:
                value = self._memo.get(key, _MISSING)
                if value is _MISSING:
                    value = build()
                    self._memo[key] = value
        return value  # type: ignore[return-value]


def normalize_entry(entry: str) -> str:
    """A lexicon entry as lookups see it: each word normalised, words joined by one space."""
    return " ".join(normalize(w) for w in entry.split())


def _show(p: Path) -> str:
    """A data file's path as users see it: relative to the package."""
    try:
        return str(p.relative_to(ROOT.parent.parent))
    except ValueError:
        return str(p)
