"""Functions in rasd/ longer than N lines (default 120): issue #13 allows none. Usage: python bench/long_functions.py [ROOT] [N]"""
import ast, sys
from pathlib import Path
root = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
limit = int(sys.argv[2]) if len(sys.argv) > 2 else 120
n = 0
for p in sorted((root / "rasd").rglob("*.py")):
    for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            length = node.end_lineno - node.lineno + 1
            if length > limit:
                n += 1
                print(f"{p.relative_to(root)}:{node.lineno} {node.name} {length} lines")
print(f"{n} functions over {limit} lines")
