"""View step: the knowledge graph as an interactive, offline HTML page (vis-network through pyvis)."""

from kg.viz.html import page_html, render_html

__all__ = ["page_html", "render_html"]
