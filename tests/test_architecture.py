"""The package's shape, read from its source with ``ast`` and ``tokenize``: one module owns the RDF engine, and the
graph code carries no ``# type: ignore``."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import io
import tokenize
from pathlib import Path

import pytest

KG = Path(__file__).resolve().parents[1] / "kg"
#: the one package that talks to Oxigraph (pyoxigraph, and oxrdflib, rdflib's store plugin for it)
ENGINE = "kg/rdf/engine/"
ENGINE_PACKAGES = ("pyoxigraph", "oxrdflib")
#: the packages whose code must type-check without ``# type: ignore``
TYPED = ("rdf", "store", "query")


def _modules() -> list[Path]:
    return sorted(KG.rglob("*.py"))


def _name(path: Path) -> str:
    return path.relative_to(KG.parent).as_posix()


def imported_packages(source: str) -> set[str]:
    """The top-level packages a module imports, anywhere in it (also inside functions).

    >>> sorted(imported_packages("import a.b\\nfrom c import d\\ndef f():\\n    from e.f import g\\nfrom . import h"))
    ['a', 'c', 'e']
    """
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found


def type_ignores(source: str) -> list[int]:
    """The lines of the comments that hold ``type: ignore``.

    >>> type_ignores("x = 1  # type: ignore[assignment]\\ny = '# type: ignore'\\n")
    [1]
    """
    return [tok.start[0] for tok in tokenize.generate_tokens(io.StringIO(source).readline)
            if tok.type == tokenize.COMMENT and "type: ignore" in tok.string]


def test_the_walk_sees_the_package() -> None:
    names = {_name(p) for p in _modules()}
    assert f"{ENGINE}__init__.py" in names and "kg/query/run.py" in names and len(names) > 50


@pytest.mark.parametrize("package", ENGINE_PACKAGES)
def test_only_the_engine_package_imports_the_engine(package: str) -> None:
    importers = [_name(p) for p in _modules() if package in imported_packages(p.read_text(encoding="utf-8"))]
    assert importers and all(name.startswith(ENGINE) for name in importers), importers


def test_the_engine_package_stays_small() -> None:
    sizes = {_name(p): len(p.read_text(encoding="utf-8").splitlines())
             for p in sorted((KG / "rdf" / "engine").glob("*.py"))}
    assert len(sizes) > 1 and max(sizes.values()) < 300, sizes


@pytest.mark.parametrize("package", TYPED)
def test_no_type_ignore_in_the_graph_code(package: str) -> None:
    found = [f"{_name(p)}:{line}" for p in sorted((KG / package).rglob("*.py"))
             for line in type_ignores(p.read_text(encoding="utf-8"))]
    assert found == []


def test_no_sparql_rewritten_by_regular_expressions() -> None:
    for module in (KG / "rdf" / "engine").glob("*.py"):
        assert "import re" not in module.read_text(encoding="utf-8").splitlines()
    for gone in ("bind_values", "graph_query_form"):
        assert not [_name(p) for p in _modules() if gone in p.read_text(encoding="utf-8")]


def test_library_functions_leave_the_garbage_collector_alone() -> None:
    # kg.perf offers the pause; the CLI (kg/cli*.py), the edge of the program, may use it
    users = [_name(p) for p in _modules()
             if p.name not in ("perf.py",) and not p.name.startswith("cli")
             and any(word in p.read_text(encoding="utf-8") for word in ("without_gc", "paused_gc", "gc.disable"))]
    assert users == []


def test_the_query_worker_needs_pyoxigraph_alone() -> None:
    # a replacement worker starts in a tenth of a second: the engine's stores import neither rdflib nor oxrdflib
    code = ("import sys, kg.serve.workers; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'rdflib', 'oxrdflib', 'pyoxigraph', 'spacy'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": str(KG.parent)}).stdout
    assert out.strip() == "['pyoxigraph']"
