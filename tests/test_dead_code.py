"""No dead code in kg: pyflakes finds no unused import or variable, and every top-level function, class and
constant of a module is used somewhere (in kg, the tests, the benchmarks, the docs or the notebooks)."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: imports kept for what importing does: the spaCy components register their factories
IMPORTED_FOR_EFFECT = re.compile(r"^kg/nlp/pipeline\.py:\d+:\d+:? 'kg\.nlp\.\w+ as _\w+' imported but unused$")


def test_pyflakes_finds_nothing_unused() -> None:
    done = subprocess.run([sys.executable, "-m", "pyflakes", "kg"], cwd=ROOT, capture_output=True, text=True)
    found = [line for line in done.stdout.splitlines() if line and not IMPORTED_FOR_EFFECT.match(line)]
    assert found == [], "\n".join(found)


def top_level_names(path: Path) -> list[tuple[str, int]]:
    """The functions, classes and constants a module defines at its top level (not dunder names)."""
    names = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append((node.name, node.lineno))
        elif isinstance(node, ast.Assign):
            names += [(t.id, node.lineno) for t in node.targets if isinstance(t, ast.Name)]
    return [(n, line) for n, line in names if not n.startswith("__")]


def unused_names(root: Path) -> list[str]:
    """``path:line: name`` of every top-level name that no file but its own definition mentions."""
    readers = [p for pattern in ("kg/**/*", "tests/**/*.py", "benchmarks/**/*.py", "docs/**/*.py", "notebooks/*",
                                 "pyproject.toml", "setup.py")
               for p in root.glob(pattern) if p.is_file() and p.suffix in (".py", ".js", ".html", ".ipynb", ".toml")]
    words = Counter(w for p in readers for w in re.findall(r"\w+", p.read_text(encoding="utf-8", errors="replace")))
    found = []
    for path in sorted((root / "kg").rglob("*.py")):
        for name, line in top_level_names(path):
            if words[name] <= 1:  # the definition itself
                found.append(f"{path.relative_to(root)}:{line}: {name}")
    return found


def test_the_check_finds_an_unused_function(tmp_path: Path) -> None:
    (tmp_path / "kg").mkdir()
    (tmp_path / "kg" / "a.py").write_text("def used():\n    pass\n\ndef unused():\n    pass\n\nused()\n")
    assert unused_names(tmp_path) == ["kg/a.py:4: unused"]


def test_every_top_level_name_is_used() -> None:
    assert unused_names(ROOT) == []
