"""The dependency rules of rasd/ (issue #13), read from the source with ``ast``:

1. stage code (rasd/text, entities, quotes, events and the core: document, pipeline, components,
   resources, ontology, stages, config, errors, isodate, model_files, rasd/__init__) never
   imports training, evaluation, the shared data folder, the store, the web app, the CLI or
   ingestion;
2. no import cycle between modules of rasd/: module-level imports and imports inside functions
   are both edges (a cycle broken by an import inside a function is still a cycle); only
   ``if TYPE_CHECKING:`` imports, which never run, are left out. Optional heavy dependencies
   outside rasd (torch) may be imported lazily: they are not rasd modules and make no edge;
3. no private name (``_x``) of one module imported or used by another;
4. inside the stage code, text <- entities <- quotes <- events: a package imports none of the
   packages to its right;
and the budgets: no function over 120 lines (bench/long_functions.py), and the count of word
lists written in runtime code (bench/wordlists.py).

Every breach is reported, one line each, and each check runs once per area (so a failure names
the area that breached). To see every finding at once, here or on another checkout (exit status
1 when there is any):

    python tests/test_architecture.py [ROOT]
"""
from __future__ import annotations

import ast
import importlib.util
import subprocess
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Outer layers, by the first name under rasd: stage code imports none of them. The old
# evaluation modules are named so that the rule reads the same on code before the move to eval/.
OUTER = {
    "train": "training", "eval": "evaluation", "evaluate": "evaluation", "evaluate_ner": "evaluation",
    "evaluate_events": "evaluation", "shared": "the shared data folder", "store": "the store",
    "web": "the web app", "cli": "the CLI", "ingest": "ingestion",
}
# Stage code: the four stage packages and the core modules the pipeline is built from.
STAGE_PACKAGES = ("text", "entities", "quotes", "events")
CORE = ("__init__", "document", "pipeline", "components", "resources", "ontology", "stages",
        "config", "errors", "isodate", "model_files")
# Direction inside the stage code: a package imports only packages at its left.
LAYERS = {name: i for i, name in enumerate(STAGE_PACKAGES)}

# Who owns each module (issue #13's split): rasd/events/dates.py and counts.py are the dates area.
AREAS = ("core", "text", "entities", "quotes", "dates", "events", "infra", "web", "store", "ingest", "export",
         "cli", "io")
_CYCLES, _PRIVATE, _LONG = "no import cycles", "no private names across modules", "no function over 120 lines"
# The word lists written in runtime .py files that the budget allows (issue #13: none that a
# linguist would edit). The three left are character maps, mechanism rather than vocabulary:
# normalize.py's orthographic map and mtflags.py's transliteration consonants and vowels.
WORD_LISTS_MAX = 3


def area_of(module: str) -> str:
    parts = module.split(".")[1:]  # without "rasd"
    first = parts[0] if parts else "__init__"
    if first in ("text", "entities", "quotes", "web", "store", "ingest", "export"):
        return first
    if first == "events":
        return "dates" if parts[1:2] in (["dates"], ["counts"]) else "events"
    if first in ("train", "eval", "evaluate", "evaluate_ner", "evaluate_events", "shared"):
        return "infra"
    if first == "__main__":  # python -m rasd: the CLI's entry point
        return "cli"
    if first == "cli":
        return "infra" if parts[1:2] in (["evaluate"], ["train"]) else "cli"
    if first in CORE:
        return "core"
    return "io"  # textio, parallel, spark


def is_stage_code(module: str) -> bool:
    parts = module.split(".")[1:]
    return not parts or parts[0] in STAGE_PACKAGES or parts[0] in CORE


# --- reading the source ----------------------------------------------------------------------

@dataclass(frozen=True)
class Import:
    source: str          # the importing module
    target: str          # the rasd module imported (or whose names are imported)
    names: tuple         # names taken from it (from-imports), or () for the module itself
    file: str            # the importing file, relative to the checkout
    line: int
    in_function: bool    # inside a function (a lazy import)
    type_only: bool      # under ``if TYPE_CHECKING:`` (never runs)

    def where(self) -> str:
        return f"{self.file}:{self.line}" + (" (inside a function)" if self.in_function else "")


def module_files(root: Path) -> dict[str, Path]:
    out = {}
    for p in sorted((root / "rasd").rglob("*.py")):
        parts = list(p.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = p
    return out


class _Reader(ast.NodeVisitor):
    """Imports of rasd modules in one file, and the uses ``alias._name`` of imported modules."""

    def __init__(self, module: str, is_package: bool, modules: dict[str, Path], file: str):
        self.module, self.modules, self.file = module, modules, file
        self.package = module if is_package else module.rpartition(".")[0]
        self.depth = 0
        self.type_only = 0
        self.imports: list[Import] = []
        self.aliases: dict[str, str] = {}   # local name -> rasd module
        self.private_uses: list[tuple[int, str, str]] = []  # (line, module, name)

    def add(self, target: str, names: tuple, line: int) -> None:
        self.imports.append(Import(self.module, target, names, self.file, line, self.depth > 0, self.type_only > 0))

    def visit_FunctionDef(self, node):
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_If(self, node):
        test = node.test
        if (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
                isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"):
            self.type_only += 1
            for n in node.body:
                self.visit(n)
            self.type_only -= 1
            for n in node.orelse:
                self.visit(n)
        else:
            self.generic_visit(node)

    def visit_Import(self, node):
        for a in node.names:
            if a.name == "rasd" or a.name.startswith("rasd."):
                target = self._module(a.name)
                self.add(target, (), node.lineno)
                self.aliases[a.asname or a.name.split(".")[0]] = target if a.asname else "rasd"

    def visit_ImportFrom(self, node):
        if node.level:
            base = self.package.split(".")
            base = base[:len(base) - (node.level - 1)]
            full = ".".join(base + ([node.module] if node.module else []))
        else:
            full = node.module or ""
        if not (full == "rasd" or full.startswith("rasd.")):
            return
        names = []
        for a in node.names:
            sub = f"{full}.{a.name}"
            if sub in self.modules:  # a module taken from its package: an edge to the module
                self.add(sub, (), node.lineno)
                self.aliases[a.asname or a.name] = sub
            else:
                names.append(a.name)
        if names:
            self.add(self._module(full), tuple(names), node.lineno)

    def visit_Attribute(self, node):
        if isinstance(node.value, ast.Name) and node.value.id in self.aliases and _private(node.attr):
            self.private_uses.append((node.lineno, self.aliases[node.value.id], node.attr))
        self.generic_visit(node)

    def _module(self, name: str) -> str:
        """The longest prefix of a dotted name that is a module of rasd/."""
        while name and name not in self.modules:
            name = name.rpartition(".")[0]
        return name or "rasd"


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


@dataclass
class Source:
    modules: dict[str, Path]
    imports: list[Import]
    private_uses: list[tuple[str, str, int, str, str]]  # (source, file, line, module, name)


@lru_cache(maxsize=None)
def read(root: Path) -> Source:
    modules = module_files(root)
    imports, private_uses = [], []
    for module, path in modules.items():
        rel = path.relative_to(root).as_posix()
        reader = _Reader(module, path.name == "__init__.py", modules, rel)
        reader.visit(ast.parse(path.read_text(encoding="utf-8"), filename=rel))
        imports += reader.imports
        private_uses += [(module, rel, line, target, name) for line, target, name in reader.private_uses
                         if target != module]
    return Source(modules, imports, private_uses)


# --- the checks: each returns (area, one line) per breach -------------------------------------

def outer_layer_breaches(root: Path) -> list[tuple[str, str]]:
    out = []
    for imp in read(root).imports:
        first = imp.target.split(".")[1] if "." in imp.target else ""
        if is_stage_code(imp.source) and first in OUTER and not imp.type_only:
            out.append((area_of(imp.source), f"{imp.where()}: stage code {imp.source} imports {imp.target} "
                                              f"({OUTER[first]})"))
    return out


def import_graph(root: Path) -> dict[str, dict[str, Import]]:
    """module -> {imported module: the first import that makes the edge}; type-only imports left out."""
    graph: dict[str, dict[str, Import]] = {m: {} for m in read(root).modules}
    for imp in read(root).imports:
        if not imp.type_only and imp.target != imp.source:
            graph[imp.source].setdefault(imp.target, imp)
    return graph


def cycles(graph: dict[str, dict[str, Import]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sorted(found)


def shortest_cycle(graph: dict[str, dict[str, Import]], comp: list[str]) -> list[str]:
    """A shortest cycle through the component's first module (breadth first inside it)."""
    start, members = comp[0], set(comp)
    prev = {start: None}
    queue = [start]
    for v in queue:
        for w in sorted(graph[v]):
            if w == start:
                path = [v]
                while prev[path[-1]] is not None:
                    path.append(prev[path[-1]])
                return path[::-1] + [start]
            if w in members and w not in prev:
                prev[w] = v
                queue.append(w)
    return comp + [start]


def cycle_breaches(root: Path) -> list[tuple[str, str]]:
    graph = import_graph(root)
    out = []
    for comp in cycles(graph):
        loop = shortest_cycle(graph, comp)
        steps = " -> ".join(f"{a} ({graph[a][b].where()})" for a, b in zip(loop, loop[1:])) + f" -> {loop[-1]}"
        others = [m for m in comp if m not in loop]
        line = f"import cycle: {steps}" + (f"; same cycle also holds {', '.join(others)}" if others else "")
        for area in sorted({area_of(m) for m in comp}):
            out.append((area, line))
    return out


def private_name_breaches(root: Path) -> list[tuple[str, str]]:
    src = read(root)
    out = []
    for imp in src.imports:
        private = [n for n in imp.names if _private(n)]
        if private and imp.target != imp.source:
            out.append((area_of(imp.source), f"{imp.where()}: {imp.source} imports private "
                                              f"{', '.join(private)} from {imp.target}"))
    for source, file, line, module, name in src.private_uses:
        out.append((area_of(source), f"{file}:{line}: {source} uses private {module}.{name}"))
    return out


def direction_breaches(root: Path) -> list[tuple[str, str]]:
    out = []
    for imp in read(root).imports:
        src, dst = imp.source.split("."), imp.target.split(".")
        if len(src) > 1 and len(dst) > 1 and src[1] in LAYERS and dst[1] in LAYERS and LAYERS[dst[1]] > LAYERS[src[1]]:
            out.append((area_of(imp.source), f"{imp.where()}: {imp.source} imports {imp.target}, but {src[1]} is "
                                              f"below {dst[1]} (text <- entities <- quotes <- events)"))
    return out


def _bench(name: str):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "bench" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def long_function_breaches(root: Path) -> list[tuple[str, str]]:
    bench = _bench("long_functions")
    out = []
    for rel, line, name, length in bench.long_functions(root):
        module = ".".join(Path(rel).with_suffix("").parts).removesuffix(".__init__")
        out.append((area_of(module), f"{rel}:{line}: {name} is {length} lines (at most {bench.LIMIT})"))
    return out


def word_list_count(root: Path) -> tuple[int, int, dict]:
    per = _bench("wordlists").word_lists(root)
    return sum(len(v) for v in per.values()), sum(n for v in per.values() for _, n in v), per


CHECKS = {
    "stage code imports no outer layer": outer_layer_breaches,
    _CYCLES: cycle_breaches,
    _PRIVATE: private_name_breaches,
    "text <- entities <- quotes <- events": direction_breaches,
    _LONG: long_function_breaches,
}


# --- the tests --------------------------------------------------------------------------------

def by_area(check: str):
    return [pytest.param(a, id=a) for a in AREAS]


@lru_cache(maxsize=None)
def findings(check: str, root: Path = ROOT) -> tuple[tuple[str, str], ...]:
    return tuple(CHECKS[check](root))


def _assert_none(check: str, area: str) -> None:
    found = [line for a, line in findings(check) if a == area]
    assert not found, f"{check}: {len(found)} breach(es) in the {area} area:\n" + "\n".join(found)


@pytest.mark.parametrize("area", by_area("stage code imports no outer layer"))
def test_stage_code_imports_no_training_evaluation_store_web_cli_or_ingest(area):
    _assert_none("stage code imports no outer layer", area)


@pytest.mark.parametrize("area", by_area(_CYCLES))
def test_no_import_cycles_between_modules_even_through_imports_inside_functions(area):
    _assert_none("no import cycles", area)


@pytest.mark.parametrize("area", by_area(_PRIVATE))
def test_no_private_name_is_imported_from_another_module(area):
    _assert_none("no private names across modules", area)


@pytest.mark.parametrize("area", by_area("text <- entities <- quotes <- events"))
def test_stage_packages_import_only_leftwards_text_entities_quotes_events(area):
    _assert_none("text <- entities <- quotes <- events", area)


@pytest.mark.parametrize("area", by_area(_LONG))
def test_no_function_in_rasd_is_over_120_lines(area):
    _assert_none("no function over 120 lines", area)


def test_word_lists_in_runtime_code_stay_within_the_budget():
    lists, entries, per = word_list_count(ROOT)
    assert lists <= WORD_LISTS_MAX, (
        f"{lists} word lists ({entries} entries) in runtime .py files, budget {WORD_LISTS_MAX}:\n"
        + "\n".join(f"{f}: lines {[ln for ln, _ in v]}" for f, v in per.items()))


def test_after_one_analysis_no_training_evaluation_or_outer_layer_module_is_loaded():
    # a fresh interpreter: in this one the other tests have imported the trainers
    code = ("import sys, rasd; rasd.analyze('قال وزير الخارجية السعودي في الرياض يوم الأحد إن المحادثات ستستمر.', "
            "published='2025-05-11'); print('\\n'.join(sorted(m for m in sys.modules if m.startswith('rasd.'))))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            cwd=ROOT, timeout=300).stdout.split()
    assert "rasd.events.stage" in loaded  # the whole default pipeline ran
    outer = [m for m in loaded if m.split(".")[1] in OUTER]
    assert not outer, f"loaded by rasd.analyze(): {outer}"


def test_the_checks_see_breaches_when_there_are_some(tmp_path):
    """Each check finds what it looks for, on a small made-up package (a check that finds
    nothing anywhere would pass on anything)."""
    files = {
        "rasd/__init__.py": "",
        "rasd/text/__init__.py": "",
        "rasd/text/a.py": "from ..entities.b import B\nfrom ..train import fit\n",
        "rasd/entities/__init__.py": "",
        "rasd/entities/b.py": "B = 1\ndef f():\n    from ..text import a\n    return a._hidden\n",
        "rasd/train/__init__.py": "from ..entities.b import _x\nfrom ..eval import score\n"
                                  + "def long():\n" + "    x = 1\n" * 121,
        # a type-only import never runs: no cycle train <-> eval
        "rasd/eval/__init__.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ..train import fit\n",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert [a for a, _ in outer_layer_breaches(tmp_path)] == ["text"]
    (cycle,) = {line for _, line in cycle_breaches(tmp_path)}
    assert cycle.startswith("import cycle: rasd.entities.b (rasd/entities/b.py:3 (inside a function)) -> rasd.text.a")
    assert sorted(line.split(": ", 1)[1] for _, line in private_name_breaches(tmp_path)) == [
        "rasd.entities.b uses private rasd.text.a._hidden", "rasd.train imports private _x from rasd.entities.b"]
    assert [line.split(": ", 1)[1].split(",")[0] for _, line in direction_breaches(tmp_path)] == [
        "rasd.text.a imports rasd.entities.b"]
    assert [line.split(": ", 1)[1] for _, line in long_function_breaches(tmp_path)] == ["long is 122 lines (at most 120)"]


def report(root: Path) -> int:
    """Print every breach of every check (all areas), and the word-list count; the number of breaches."""
    n = 0
    for check in CHECKS:
        lines = sorted(set(line for _, line in findings(check, root)))
        n += len(lines)
        print(f"== {check}: {len(lines)}")
        for line in lines:
            print("  " + line)
    lists, entries, _ = word_list_count(root)
    print(f"== word lists in runtime .py files: {lists} lists, {entries} entries (budget {WORD_LISTS_MAX})")
    return n


if __name__ == "__main__":
    sys.exit(1 if report(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else ROOT) else 0)
