"""kg's modules import each other without a circle: the import graph among ``kg.*`` modules is acyclic.

Every ``import`` statement counts, at module level and inside functions (a deferred import still ties the two
modules together: a circle hidden in a function is a circle a reader must keep in mind); only imports under
``if TYPE_CHECKING:`` are left out, as they never run.
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parents[1]


def module_name(path: Path, root: Path = ROOT) -> str:
    """``kg/rdf/io.py`` -> ``kg.rdf.io``; ``kg/rdf/__init__.py`` -> ``kg.rdf``."""
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(path: Path, modules: set[str], root: Path = ROOT) -> set[str]:
    """The kg modules that the file at ``path`` imports anywhere in its body.

    ``from kg.x import y`` counts as ``kg.x.y`` when that is a module, else as ``kg.x``; relative imports are
    resolved against the file's package.
    """
    name = module_name(path, root)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in runtime_nodes(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                found.add(candidate if candidate in modules else base)
    return {m for m in found if m in modules and m != name}


def runtime_nodes(tree: ast.AST) -> list[ast.AST]:
    """Every node of ``tree`` except those under ``if TYPE_CHECKING:`` (annotations only, never imported)."""
    nodes: list[ast.AST] = []
    todo = [tree]
    while todo:
        node = todo.pop()
        nodes.append(node)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            todo.extend(node.orelse)
            continue
        todo.extend(ast.iter_child_nodes(node))
    return nodes


def import_graph(root: Path = ROOT) -> nx.DiGraph:
    """Module -> the kg modules it imports, over every ``.py`` file of ``root/kg``."""
    files = sorted((root / "kg").rglob("*.py"))
    modules = {module_name(p, root) for p in files}
    graph = nx.DiGraph()
    graph.add_nodes_from(modules)
    for path in files:
        graph.add_edges_from((module_name(path, root), target) for target in imported_modules(path, modules, root))
    return graph


def circles(graph: nx.DiGraph) -> list[list[str]]:
    """The groups of modules that import each other, round and round (sorted).

    An edge from a package to its own submodule is left out: importing ``kg.rdf.io`` runs ``kg/rdf/__init__.py``
    first, so a package re-exporting its submodules while they import the package's siblings is the usual shape of
    a package, not a circle.
    """
    kept = nx.DiGraph(graph)
    kept.remove_edges_from([(a, b) for a, b in graph.edges if b.startswith(a + ".")])
    return sorted(sorted(c) for c in nx.strongly_connected_components(kept) if len(c) > 1)


def write_package(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_a_circle_through_a_function_level_import_is_found(tmp_path: Path) -> None:
    write_package(tmp_path, {"kg/__init__.py": "", "kg/a.py": "import kg.b\n",
                             "kg/b.py": "def f():\n    from kg.a import thing\n", "kg/c.py": "from . import a\n"})
    assert circles(import_graph(tmp_path)) == [["kg.a", "kg.b"]]


def test_imports_for_type_checking_only_do_not_count(tmp_path: Path) -> None:
    write_package(tmp_path, {"kg/__init__.py": "", "kg/a.py": "import kg.b\n",
                             "kg/b.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from kg.a import A\n"})
    assert circles(import_graph(tmp_path)) == []


def test_relative_imports_and_submodules_are_resolved(tmp_path: Path) -> None:
    write_package(tmp_path, {"kg/__init__.py": "", "kg/sub/__init__.py": "from .x import y\n",
                             "kg/sub/x.py": "from ..errors import E\nfrom kg import sub\n", "kg/errors.py": ""})
    graph = import_graph(tmp_path)
    assert set(graph.edges) == {("kg.sub", "kg.sub.x"), ("kg.sub.x", "kg.errors"), ("kg.sub.x", "kg.sub")}
    assert circles(graph) == []


def test_no_import_circle_among_kg_modules() -> None:
    found = circles(import_graph())
    assert found == [], "import circles: " + "; ".join(" <-> ".join(c) for c in found)
