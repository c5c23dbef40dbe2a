"""A module that uses ``importlib.util`` imports it itself: ``import importlib`` alone does not load
the submodule, and an editable install happens to load it first (its import hook does), so the
fault showed only after a plain ``pip install .`` (``rasd analyze`` ended in AttributeError)."""
import ast
from pathlib import Path

import rasd

ROOT = Path(rasd.__file__).parent


def _uses_without_import(tree: ast.AST) -> bool:
    imported = any(isinstance(n, ast.Import) and any(a.name == "importlib.util" for a in n.names)
                   for n in ast.walk(tree))
    used = any(isinstance(n, ast.Attribute) and n.attr == "util" and isinstance(n.value, ast.Name)
               and n.value.id == "importlib" for n in ast.walk(tree))
    return used and not imported


def test_every_module_using_importlib_util_imports_it():
    bad = [str(p.relative_to(ROOT)) for p in sorted(ROOT.rglob("*.py"))
           if _uses_without_import(ast.parse(p.read_text(encoding="utf-8")))]
    assert not bad, f"importlib.util used without 'import importlib.util': {bad}"


def test_the_check_sees_a_module_that_forgets_the_import():
    assert _uses_without_import(ast.parse("import importlib\nimportlib.util.find_spec('x')\n"))
    assert not _uses_without_import(ast.parse("import importlib.util\nimportlib.util.find_spec('x')\n"))
