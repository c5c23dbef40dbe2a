"""Count word lists written inside runtime .py files of rasd/ (not train/, eval*, tests): literal
sets/lists/tuples/frozensets/dict keys with >= 3 string constants of which one holds an Arabic letter.
Usage: python bench/wordlists.py [ROOT] [--list]"""
import ast, re, sys
from pathlib import Path
root = Path(sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else ".")
AR = re.compile(r"[\u0621-\u064A]")
skip = ("rasd/train/", "rasd/eval", "rasd/evaluate")
total_lists = total_entries = 0
per = {}
for p in sorted((root / "rasd").rglob("*.py")):
    rel = str(p.relative_to(root))
    if rel.startswith(skip):
        continue
    tree = ast.parse(p.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        elts = None
        if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
            elts = node.elts
        elif isinstance(node, ast.Dict):
            elts = [k for k in node.keys if k is not None]
        if not elts:
            continue
        strs = [e.value for e in elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
        if len(strs) >= 3 and any(AR.search(s) for s in strs):
            total_lists += 1
            total_entries += len(strs)
            per.setdefault(rel, []).append((node.lineno, len(strs)))
for rel, items in per.items():
    print(f"{rel}: {len(items)} lists, {sum(n for _, n in items)} entries" + (f"  lines {[l for l, _ in items]}" if "--list" in sys.argv else ""))
print(f"TOTAL: {total_lists} word lists, {total_entries} entries")
