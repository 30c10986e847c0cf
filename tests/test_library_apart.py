"""Library and CLI apart: only the ``kg/cli*.py`` modules print, exit or know about Typer; in them, status lines
(``Wrote …``, ``Updated …``) go to stderr, so that stdout carries only results."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CLI = sorted((ROOT / "kg").glob("cli*.py"))
LIBRARY = sorted(p for p in (ROOT / "kg").rglob("*.py") if p not in CLI)
STATUS_WORDS = ("Wrote", "Updated", "Removed", "Pushed", "Serving", "Web:", "Warning", "Error", "Interrupted")


def call_name(node: ast.Call) -> str:
    """``typer.echo`` for ``typer.echo(…)``, ``print`` for ``print(…)``."""
    parts: list[str] = []
    func: ast.expr = node.func
    while isinstance(func, ast.Attribute):
        parts.append(func.attr)
        func = func.value
    if isinstance(func, ast.Name):
        parts.append(func.id)
    return ".".join(reversed(parts))


def talking(path: Path) -> list[str]:
    """What the module at ``path`` does that only a command may do: print, exit, import typer or click."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        # (os._exit ends a forked worker, as kg/query/limit.py does, not the user's process: allowed)
        if isinstance(node, ast.Call) and call_name(node) in ("print", "sys.exit", "exit", "typer.echo", "click.echo"):
            found.append(f"{call_name(node)}() at line {node.lineno}")
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            found += [f"import {n} at line {node.lineno}" for n in names if n.split(".")[0] in ("typer", "click")]
    return found


@pytest.mark.parametrize("path", LIBRARY, ids=lambda p: str(p.relative_to(ROOT)))
def test_the_library_never_prints_or_exits(path: Path) -> None:
    assert talking(path) == []


def test_the_check_sees_a_print(tmp_path: Path) -> None:
    probe = tmp_path / "m.py"
    probe.write_text("import sys\nimport typer\ndef f():\n    print('x')\n    sys.exit(1)\n", encoding="utf-8")
    assert talking(probe) == ["import typer at line 2", "print() at line 4", "sys.exit() at line 5"]


def status_echoes_on_stdout(path: Path) -> list[str]:
    """``typer.echo`` calls in a CLI module that print a status line without ``err=True``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and call_name(node) == "typer.echo" and node.args):
            continue
        first = node.args[0]
        text = first.value if isinstance(first, ast.Constant) else (
            first.values[0].value if isinstance(first, ast.JoinedStr) and first.values
            and isinstance(first.values[0], ast.Constant) else "")
        to_stderr = any(k.arg == "err" and isinstance(k.value, ast.Constant) and k.value.value for k in node.keywords)
        if str(text).lstrip().startswith(STATUS_WORDS) and not to_stderr:
            found.append(f"{path.name}:{node.lineno}")
    return found


@pytest.mark.parametrize("path", CLI, ids=lambda p: p.name)
def test_status_lines_go_to_stderr(path: Path) -> None:
    assert status_echoes_on_stdout(path) == []


def test_the_check_sees_a_status_line_on_stdout(tmp_path: Path) -> None:
    probe = tmp_path / "cli_x.py"
    probe.write_text("import typer\ntyper.echo(f'Wrote {x}')\ntyper.echo('Wrote', err=True)\ntyper.echo('rank')\n",
                     encoding="utf-8")
    assert status_echoes_on_stdout(probe) == ["cli_x.py:2"]
