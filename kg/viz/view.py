"""``kg view`` as one job: a graph, a focus and an optional query in, the page written and what it draws out."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.viz.focus import Focus


@dataclass
class ViewReport:
    """What :func:`draw_view` wrote.

    >>> print(ViewReport(Path("g.html"), nodes=1600, edges=40, max_nodes=1500))
    Wrote g.html: 1600 nodes, 40 edges (100 hidden: raise --max-nodes to draw them)
    """

    output: Path
    nodes: int
    edges: int
    max_nodes: int

    @property
    def hidden(self) -> int:
        return max(self.nodes - self.max_nodes, 0) if self.max_nodes else 0

    def __str__(self) -> str:
        note = f" ({self.hidden} hidden: raise --max-nodes to draw them)" if self.hidden else ""
        return f"Wrote {self.output}: {self.nodes} nodes, {self.edges} edges{note}"


def draw_view(graph: Any, output: Path, focus: Focus = Focus(), *, query: str | None = None,
              query_name: str | None = None, params: Mapping[str, str] | None = None, title: str = "kg graph",
              max_nodes: int = 0) -> ViewReport:
    """Write the page of ``graph`` (an RDF graph) to ``output``: the result of ``query`` (CONSTRUCT or SELECT,
    bound with ``params``) when given, narrowed by ``focus``, at most ``max_nodes`` entities drawn (0: all).
    ``query_name`` names the query in the page's subtitle."""
    from kg.analysis import to_networkx
    from kg.viz.html import render_html

    G = to_networkx(graph)
    if query is not None:
        from kg.viz.queryview import query_view

        G = query_view(G, graph, query, params)
    H = focus.apply(G)
    subtitle = " \u00b7 ".join(part for part in (f"query {query_name}" if query_name else "", str(focus)) if part)
    render_html(H, output, title=title, subtitle=subtitle, max_nodes=max_nodes)
    return ViewReport(Path(output), H.number_of_nodes(), H.number_of_edges(), max_nodes)
