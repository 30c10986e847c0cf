"""View step: the knowledge graph as an interactive, offline HTML page (vis-network from the pyvis package).

Names are imported on first use, so ``kg --help`` does not pay for numpy, networkx or jinja2.
"""

from __future__ import annotations

from kg.perf import lazy_names

#: how many entities a page draws unless told otherwise: the most connected ones
DEFAULT_MAX_NODES = 1500

_LAZY = {
    "page_html": "kg.viz.html", "render_html": "kg.viz.html", "summary_line": "kg.viz.html",
    "Focus": "kg.viz.focus", "top_nodes": "kg.viz.focus", "query_view": "kg.viz.queryview",
    "layout_positions": "kg.viz.layout", "draw_view": "kg.viz.view", "ViewReport": "kg.viz.view",
}
__all__ = ["DEFAULT_MAX_NODES", *_LAZY]
__getattr__ = lazy_names(__name__, _LAZY)
