"""Functions in rasd/ longer than N lines (default 120): issue #13 allows none. Usage: python bench/long_functions.py [ROOT] [N]

tests/test_architecture.py enforces the same budget with ``long_functions``."""
import ast
import sys
from pathlib import Path

LIMIT = 120


def long_functions(root: Path, limit: int = LIMIT) -> list[tuple[str, int, str, int]]:
    """(file relative to root, line, name, length) of every function or method in rasd/ longer
    than ``limit`` lines (nested functions count on their own, and inside their parent)."""
    out = []
    for p in sorted((Path(root) / "rasd").rglob("*.py")):
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = node.end_lineno - node.lineno + 1
                if length > limit:
                    out.append((str(p.relative_to(root)), node.lineno, node.name, length))
    return out


if __name__ == "__main__":
    root = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else LIMIT
    found = long_functions(root, limit)
    for rel, line, name, length in found:
        print(f"{rel}:{line} {name} {length} lines")
    print(f"{len(found)} functions over {limit} lines")
