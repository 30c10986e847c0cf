"""Charts of a kg network with matplotlib: relations per month by family, the top actors, the sanctions subgraph.

Each function returns a :class:`matplotlib.figure.Figure` made without pyplot (no global state, no window), so it
works in a notebook, a test or a report; :func:`figure_svg` turns one into inline SVG.
"""

from __future__ import annotations

import io
import math
import re
from typing import TYPE_CHECKING, Any

from kg.errors import DataError
from kg.viz.style import family_style, type_colour
from kg.vocab import FAMILIES

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd
    from matplotlib.figure import Figure

#: the relations of the sanctions / export-control subgraph
SANCTION_PREDICATES = ("sanctions", "restrictsExportsTo")


def new_figure(width: float, height: float) -> Figure:
    """An empty figure with constrained layout, made without pyplot."""
    try:
        from matplotlib.figure import Figure
    except ImportError as exc:
        raise DataError("charts need matplotlib: pip install matplotlib") from exc
    return Figure(figsize=(width, height), layout="constrained")


def monthly_counts(G: nx.MultiDiGraph) -> pd.DataFrame:
    """Statements per month and relation family: one row per month from the first to the last (months without
    a statement count 0), one column per family in :data:`kg.vocab.FAMILIES` order.

    A statement is one relation as one document states it, dated by its event date, else its article's publication
    date. Statements dated only by a year, and undated ones, cannot be placed in a month and are left out.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph(); G.add_node("a", label="A"); G.add_node("b", label="B")
    >>> _ = G.add_edge("a", "b", "sanctions", predicate="sanctions", family="conflict", statements=[
    ...     {"doc_id": "d1", "date": "2024-05-02"}, {"doc_id": "d2", "date": "2024-07"}, {"doc_id": "d3", "date": "2020"}])
    >>> monthly_counts(G)["conflict"].tolist()
    [1, 0, 1]
    """
    from kg.analysis.frames import statements_frame
    from kg.query.frame import require_pandas

    pd = require_pandas()
    st = statements_frame(G)
    st = st[st["precision"].isin(["day", "month"])]
    families = [f for f in FAMILIES] + sorted(set(st["family"].dropna()) - set(FAMILIES))
    if st.empty:
        return pd.DataFrame(columns=families, dtype="int64", index=pd.PeriodIndex([], freq="M", name="month"))
    months = st["date"].dt.to_period("M")
    table = pd.crosstab(months.rename("month"), st["family"].astype(object))
    full = pd.period_range(months.min(), months.max(), freq="M", name="month")
    return table.reindex(index=full, columns=families, fill_value=0).astype("int64")


def relations_per_month(G: nx.MultiDiGraph, *, title: str = "Relations stated per month, by family",
                        counts: pd.DataFrame | None = None) -> Figure:
    """A stacked bar chart of :func:`monthly_counts` (or of ``counts`` when given), coloured as the graph page
    colours the families."""
    counts = monthly_counts(G) if counts is None else counts
    fig = new_figure(7.5, 3.2)
    ax = fig.add_subplot()
    labels = [str(p) for p in counts.index]
    bottom = [0] * len(counts)
    for family in counts.columns:
        values = counts[family].tolist()
        if not any(values):
            continue
        ax.bar(labels, values, bottom=bottom, label=family, color=family_style(family).colour, width=0.8)
        bottom = [b + v for b, v in zip(bottom, values)]
    ax.set_title(title, loc="left", fontsize=11)
    ax.set_ylabel("statements")
    ax.spines[["top", "right"]].set_visible(False)
    if labels:
        ax.legend(frameon=False, fontsize=8, ncols=4, loc="upper left")
        ax.tick_params(axis="x", labelrotation=45 if len(labels) > 8 else 0, labelsize=8)
    else:
        ax.text(0.5, 0.5, "no statement dated to a month", ha="center", va="center", transform=ax.transAxes)
    return fig


def actor_activity(G: nx.MultiDiGraph, *, exclude_types: tuple[str, ...] = ("Technology",)) -> pd.DataFrame:
    """One row per actor: ``label``, ``type``, ``degree`` (distinct related entities), ``sources`` (distinct
    documents with a statement about it: independent sources), ``relations`` (edges); sorted by degree, then
    sources, then label. Technologies are topics, not actors, and are left out by default.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph(); G.add_node("a", label="A", type="Country"); G.add_node("b", label="B")
    >>> _ = G.add_edge("a", "b", "sanctions", statements=[{"doc_id": "d1"}, {"doc_id": "d2"}])
    >>> actor_activity(G).loc["a", ["degree", "sources"]].tolist()
    [1, 2]
    """
    from kg.query.frame import require_pandas

    pd = require_pandas()
    rows = []
    for node, attrs in G.nodes(data=True):
        if attrs.get("type") in exclude_types:
            continue
        edges = [*G.out_edges(node, data=True), *G.in_edges(node, data=True)]
        docs = {st.get("doc_id") for _, _, a in edges for st in a.get("statements") or ()} - {None}
        neighbours = {m for m in (*G.successors(node), *G.predecessors(node)) if m != node}
        rows.append({"node": node, "label": attrs.get("label") or node, "type": attrs.get("type"),
                     "degree": len(neighbours), "sources": len(docs), "relations": len(edges)})
    df = pd.DataFrame(rows, columns=["node", "label", "type", "degree", "sources", "relations"])
    df = df.sort_values(["degree", "sources", "label"], ascending=[False, False, True], key=_sort_key)
    return df.set_index("node").astype({"label": "string", "type": "string"})


def _sort_key(column: Any) -> Any:
    return column.str.casefold() if column.dtype == object else column


def top_actors(G: nx.MultiDiGraph, top: int = 10) -> Figure:
    """Two bar charts side by side: the ``top`` actors by degree and the ``top`` actors by independent sources."""
    activity = actor_activity(G)
    fig = new_figure(8.5, max(2.5, 0.32 * min(top, len(activity)) + 1.2))
    for i, (column, title) in enumerate((("degree", "by degree (related entities)"),
                                         ("sources", "by independent sources (documents)"))):
        ax = fig.add_subplot(1, 2, i + 1)
        ranked = activity.sort_values([column, "label"], ascending=[False, True], key=_sort_key).head(top)[::-1]
        ax.barh(list(ranked["label"]), ranked[column].tolist(),
                color=[type_colour(t if isinstance(t, str) else None) for t in ranked["type"]])
        ax.set_title(f"Top actors {title}", loc="left", fontsize=10)
        ax.tick_params(axis="y", labelsize=8)
        ax.spines[["top", "right"]].set_visible(False)
        ax.xaxis.get_major_locator().set_params(integer=True)
    return fig


def draw_network(ax: Any, G: nx.MultiDiGraph, *, centre: str | None = None, seed: int = 0) -> None:
    """Draw a small network on a matplotlib axes: nodes coloured by type, edges by family, labels beside nodes.

    The layout is networkx's spring layout with a fixed ``seed``, so the same graph gives the same drawing.
    """
    import networkx as nx

    ax.set_axis_off()
    if G.number_of_nodes() == 0:
        ax.text(0.5, 0.5, "nothing to draw", ha="center", va="center", transform=ax.transAxes)
        return
    pos = nx.spring_layout(nx.Graph(G.to_undirected()), seed=seed, k=1.6 / math.sqrt(G.number_of_nodes()))
    for u, v, attrs in G.edges(data=True):
        style = family_style(attrs.get("family"))
        ax.annotate("", xy=pos[v], xytext=pos[u], zorder=1,
                    arrowprops={"arrowstyle": "-" if attrs.get("symmetric") else "-|>", "color": style.colour,
                                "lw": 1.0 + min(int(attrs.get("sources") or 1), 5) * 0.4,
                                "linestyle": "--" if style.dashes else "-", "shrinkA": 7, "shrinkB": 7})
    for node, attrs in G.nodes(data=True):
        x, y = pos[node]
        ax.scatter([x], [y], s=160 if node == centre else 70, color=type_colour(attrs.get("type")), zorder=2,
                   edgecolors="black" if node == centre else "white", linewidths=1.2)
        ax.annotate(str(attrs.get("label") or node), (x, y), xytext=(0, -8), textcoords="offset points",
                    ha="center", va="top", fontsize=7, zorder=3, fontweight="bold" if node == centre else "normal")
    ax.margins(0.18)


def sanctions_multiples(G: nx.MultiDiGraph, *, max_panels: int = 6, columns: int = 3) -> Figure:
    """A small multiple of the sanctions / export-control subgraph: one panel per actor that sanctions or
    restricts exports, with its targets (actors with the most such relations first, at most ``max_panels``)."""
    edges = [(u, v, k) for u, v, k, p in G.edges(keys=True, data="predicate") if p in SANCTION_PREDICATES]
    sub = G.edge_subgraph(edges)
    actors = sorted({u for u, _, _ in edges}, key=lambda n: (-sub.out_degree(n), str(G.nodes[n].get("label") or n)))
    shown = actors[:max_panels]
    rows = max(1, math.ceil(len(shown) / columns))
    fig = new_figure(3.0 * min(columns, max(1, len(shown))), 2.6 * rows)
    if not shown:
        ax = fig.add_subplot()
        ax.set_axis_off()
        ax.text(0.5, 0.5, "no sanctions or export restrictions", ha="center", va="center", transform=ax.transAxes)
        return fig
    for i, actor in enumerate(shown):
        ax = fig.add_subplot(rows, min(columns, len(shown)), i + 1)
        panel = sub.edge_subgraph([(u, v, k) for u, v, k in sub.out_edges(actor, keys=True)])
        draw_network(ax, panel, centre=actor)
        ax.set_title(str(G.nodes[actor].get("label") or actor), fontsize=9)
    fig.suptitle("Sanctions and export restrictions, by the actor imposing them", fontsize=10)
    return fig


def figure_svg(fig: Figure) -> str:
    """The figure as an ``<svg>`` element to inline in HTML: no XML declaration, no DOCTYPE, no metadata; text kept
    as text (matplotlib escapes it); the same figure gives the same bytes.

    >>> svg = figure_svg(new_figure(2, 1))
    >>> svg.startswith("<svg") and svg.rstrip().endswith("</svg>")
    True
    """
    import matplotlib

    out = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "kg"}):
        fig.savefig(out, format="svg", metadata={"Date": None, "Creator": None})
    text = out.getvalue()
    text = text[text.index("<svg"):]
    text = re.sub(r"<metadata>.*?</metadata>\s*", "", text, flags=re.DOTALL)
    # matplotlib escapes "<" and ">" in text, so every tag here is its own: none may be active
    for tag in re.findall(r"<[^>]*>", text):
        if re.match(r"<\s*(script|foreignObject)", tag, re.IGNORECASE) or re.search(r"\son\w+\s*=", tag, re.IGNORECASE) \
                or "javascript:" in tag.lower():
            raise DataError(f"a chart's SVG holds active content ({tag[:40]}); refusing to embed it")
    return text
