"""Analysis results as pandas DataFrames: centrality, communities, paths, and the relations of a network.

pandas is imported when a frame is made, so ``kg analyze`` does not need it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from kg.analysis.paths import Hop
from kg.query.frame import require_pandas
from kg.rdf.period import period_bounds

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd


def _dates(values: list[str | None]) -> Any:
    """ISO dates (partial ones at their first day) as a datetime column; ``None`` stays missing."""
    pd = require_pandas()
    return pd.to_datetime([period_bounds(v)[0] if isinstance(v, str) and v else None for v in values], format="%Y-%m-%d")


def centrality_frame(rows: Sequence[dict[str, Any]]) -> pd.DataFrame:
    """The rows of :func:`kg.analysis.centrality` as a DataFrame indexed by rank (1 = most central).

    Examples
    --------
    >>> df = centrality_frame([{"node": "kge:cn", "label": "China", "type": "Country", "degree": 3,
    ...                         "pagerank": 0.31, "betweenness": 0.5, "approximate": False}])
    >>> df.loc[1, "label"], str(df["degree"].dtype), df.index.name
    ('China', 'Int64', 'rank')
    """
    pd = require_pandas()
    columns = ["label", "type", "degree", "pagerank", "betweenness", "approximate", "node"]
    df = pd.DataFrame([{c: r.get(c) for c in columns} for r in rows], columns=columns)
    df = df.astype({"node": "string", "label": "string", "type": "string", "degree": "Int64",
                    "pagerank": "Float64", "betweenness": "Float64", "approximate": "boolean"})
    df.index = pd.RangeIndex(1, len(df) + 1, name="rank")
    return df


def communities_frame(communities: Sequence[Sequence[str]], G: nx.MultiDiGraph) -> pd.DataFrame:
    """One row per member of each of :func:`kg.analysis.communities`: ``community`` (1 = largest), ``node``,
    ``label``, ``type``.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph(); G.add_node("a", label="Alpha", type="Country"); G.add_node("b", label="Beta")
    >>> df = communities_frame([["a"], ["b"]], G)
    >>> df["label"].tolist(), df["community"].tolist()
    (['Alpha', 'Beta'], [1, 2])
    """
    pd = require_pandas()
    rows = [{"community": i, "node": node, "label": G.nodes[node].get("label") or node if node in G else node,
             "type": G.nodes[node].get("type") if node in G else None}
            for i, members in enumerate(communities, 1) for node in members]
    df = pd.DataFrame(rows, columns=["community", "node", "label", "type"])
    return df.astype({"community": "Int64", "node": "string", "label": "string", "type": "string"})


def paths_frame(paths: Sequence[Sequence[Hop]]) -> pd.DataFrame:
    """One row per hop of :func:`kg.analysis.shortest_paths`: ``path`` and ``hop`` numbers (from 1), then the
    fields of :class:`~kg.analysis.paths.Hop`.

    >>> df = paths_frame([[Hop("A", "B", "directs", "->", "A orders B.", "d1", "a", "b")]])
    >>> df["path"].tolist(), df["predicate"].tolist()
    ([1], ['directs'])
    """
    pd = require_pandas()
    fields = list(Hop._fields)
    rows = [{"path": p, "hop": h, **hop._asdict()} for p, path in enumerate(paths, 1) for h, hop in enumerate(path, 1)]
    df = pd.DataFrame(rows, columns=["path", "hop", *fields])
    return df.astype({"path": "Int64", "hop": "Int64", **{f: "string" for f in fields}})


def relations_frame(G: nx.MultiDiGraph) -> pd.DataFrame:
    """One row per relation (edge) of a network made by :func:`kg.analysis.to_networkx`.

    Columns: ``subject``, ``predicate``, ``object`` (labels), ``family``, ``status``, ``sources`` (distinct
    documents), ``confidence``, ``first`` (its earliest dated statement: event date, else publication date),
    ``sentence``, ``title`` and ``url`` of its first evidence, and the node ids ``subject_id``, ``object_id``.
    """
    pd = require_pandas()
    rows = []
    for u, v, attrs in G.edges(data=True):
        dates = [st["date"] for st in attrs.get("statements") or () if st.get("date")]
        evidence = (attrs.get("evidence") or [{}])[0]
        rows.append({"subject": G.nodes[u].get("label") or u, "predicate": attrs.get("predicate"),
                     "object": G.nodes[v].get("label") or v, "family": attrs.get("family"),
                     "status": attrs.get("status"), "sources": attrs.get("sources") or 0,
                     "confidence": attrs.get("confidence"),
                     "first": min(dates, key=lambda d: period_bounds(d)[0]) if dates else attrs.get("date"),
                     "sentence": evidence.get("sentence"), "title": evidence.get("title"), "url": evidence.get("url"),
                     "subject_id": u, "object_id": v})
    columns = ["subject", "predicate", "object", "family", "status", "sources", "confidence", "first", "sentence",
               "title", "url", "subject_id", "object_id"]
    df = pd.DataFrame(rows, columns=columns)
    df["first"] = _dates(list(df["first"]))
    text = {c: "string" for c in columns if c not in ("sources", "confidence", "first")}
    return df.astype({**text, "sources": "Int64", "confidence": "Float64"})


def statements_frame(G: nx.MultiDiGraph) -> pd.DataFrame:
    """One row per statement (a relation as one document states it): ``subject``, ``predicate``, ``object``,
    ``family``, ``doc_id``, ``date`` (event date, else publication date, at the first day of a partial date),
    ``precision`` (``day``, ``month``, ``year`` or missing), ``dated_by`` (``event`` or ``published``), ``status``
    and ``confidence``.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph(); G.add_node("a", label="A"); G.add_node("b", label="B")
    >>> _ = G.add_edge("a", "b", "sanctions", predicate="sanctions", family="conflict", statements=[
    ...     {"doc_id": "d1", "date": "2024-05", "event_date": "2024-05", "status": "asserted", "confidence": 0.9}])
    >>> statements_frame(G).loc[0, ["family", "date", "precision", "dated_by"]].tolist()
    ['conflict', Timestamp('2024-05-01 00:00:00'), 'month', 'event']
    """
    pd = require_pandas()
    rows = []
    for u, v, attrs in G.edges(data=True):
        for st in attrs.get("statements") or ():
            date = st.get("date")
            rows.append({"subject": G.nodes[u].get("label") or u, "predicate": attrs.get("predicate"),
                         "object": G.nodes[v].get("label") or v, "family": attrs.get("family"),
                         "doc_id": st.get("doc_id"), "date": date,
                         "precision": {4: "year", 7: "month"}.get(len(date[:10]), "day") if date else None,
                         "dated_by": ("event" if st.get("event_date") else "published") if date else None,
                         "status": st.get("status"), "confidence": st.get("confidence")})
    columns = ["subject", "predicate", "object", "family", "doc_id", "date", "precision", "dated_by", "status",
               "confidence"]
    df = pd.DataFrame(rows, columns=columns)
    df["date"] = _dates(list(df["date"]))
    return df.astype({**{c: "string" for c in columns if c not in ("date", "confidence")}, "confidence": "Float64"})
