"""Count word lists written inside runtime .py files of rasd/ (not train/, eval*, tests): literal
sets/lists/tuples/frozensets/dict keys with >= 3 string constants of which one holds an Arabic letter.
Usage: python bench/wordlists.py [ROOT] [--list]

tests/test_architecture.py reports the same count with ``word_lists``."""
import ast
import re
import sys
from pathlib import Path

AR = re.compile(r"[\u0621-\u064A]")
SKIP = ("rasd/train/", "rasd/eval", "rasd/evaluate")


def word_lists(root: Path) -> dict[str, list[tuple[int, int]]]:
    """file (relative to root) -> [(line, entries)] of the word lists written in it."""
    root = Path(root)
    per: dict[str, list[tuple[int, int]]] = {}
    for p in sorted((root / "rasd").rglob("*.py")):
        rel = p.relative_to(root).as_posix()
        if rel.startswith(SKIP):
            continue
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            elts = None
            if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
                elts = node.elts
            elif isinstance(node, ast.Dict):
                elts = [k for k in node.keys if k is not None]
            if not elts:
                continue
            strs = [e.value for e in elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            if len(strs) >= 3 and any(AR.search(s) for s in strs):
                per.setdefault(rel, []).append((node.lineno, len(strs)))
    return per


if __name__ == "__main__":
    root = Path(sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else ".")
    per = word_lists(root)
    for rel, items in per.items():
        print(f"{rel}: {len(items)} lists, {sum(n for _, n in items)} entries"
              + (f"  lines {[l for l, _ in items]}" if "--list" in sys.argv else ""))
    print(f"TOTAL: {sum(len(v) for v in per.values())} word lists, {sum(n for v in per.values() for _, n in v)} entries")
