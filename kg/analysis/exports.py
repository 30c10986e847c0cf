"""Write the network for other tools: GraphML (yEd, Cytoscape), GEXF (Gephi), nodes and edges CSV (Neo4j import).

Only scalar attributes travel: lists become ``;``-joined text (Neo4j's array delimiter), evidence and statements
become JSON text, and a missing value is an empty string.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import OutputError
from kg.fsutil import atomic_write

#: network format name -> the file extensions that choose it
NETWORK_FORMATS: dict[str, tuple[str, ...]] = {"graphml": (".graphml",), "gexf": (".gexf",), "csv": (".csv",)}
_NODE_KEYS = ("label", "type", "subtype", "aliases", "wikidata")
_EDGE_KEYS = ("predicate", "family", "symmetric", "status", "confidence", "sources", "date", "topics")


def network_format(path: str | Path, fmt: str | None = None) -> str | None:
    """The network format named by ``fmt`` or by the extension of ``path``; ``None`` when it is not one.

    >>> network_format("out/graph.gexf"), network_format("out/graph.ttl"), network_format("x", "GraphML")
    ('gexf', None, 'graphml')
    """
    if fmt:
        return fmt.lower() if fmt.lower() in NETWORK_FORMATS else None
    suffix = Path(path).suffix.lower()
    return next((name for name, exts in NETWORK_FORMATS.items() if suffix in exts), None)


def _scalar(value: Any) -> str | int | float | bool:
    if value is None:
        return ""
    if isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (list, tuple, set)) and all(isinstance(v, str) for v in value):
        return ";".join(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def flat_network(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``G`` whose attributes are all strings, numbers or booleans (what GraphML and GEXF accept).

    >>> G = nx.MultiDiGraph(); G.add_node("a", label="A", aliases=["x", "y"], wikidata=None)
    >>> flat_network(G).nodes["a"]
    {'label': 'A', 'aliases': 'x;y', 'wikidata': ''}
    """
    H = nx.MultiDiGraph()
    for node, attrs in G.nodes(data=True):
        H.add_node(node, **{k: _scalar(v) for k, v in attrs.items()})
    for u, v, key, attrs in G.edges(keys=True, data=True):
        H.add_edge(u, v, key=key, **{k: _scalar(val) for k, val in attrs.items()})
    return H


def write_network(G: nx.MultiDiGraph, path: str | Path, fmt: str | None = None) -> list[Path]:
    """Write ``G`` as GraphML, GEXF or Neo4j CSV (format from ``fmt`` or the extension); return the files written.

    CSV gives two files beside ``path``: ``NAME-nodes.csv`` (``id:ID``, properties, ``:LABEL``) and
    ``NAME-edges.csv`` (``:START_ID``, ``:END_ID``, ``:TYPE``, properties), the layout ``neo4j-admin database
    import`` reads; ``LOAD CSV`` reads them too.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> G = nx.MultiDiGraph(); G.add_node("ex:a", label="A", type="Country"); G.add_node("ex:b", label="B", type="Bloc")
    >>> _ = G.add_edge("ex:b", "ex:a", key="sanctions", predicate="sanctions", sources=2)
    >>> out = pathlib.Path(tempfile.mkdtemp())
    >>> [p.name for p in write_network(G, out / "g.csv")]
    ['g-nodes.csv', 'g-edges.csv']
    >>> print((out / "g-edges.csv").read_text().splitlines()[1])
    ex:b,ex:a,SANCTIONS,sanctions,,,,,2,,
    >>> nx.read_gexf(write_network(G, out / "g.gexf")[0]).number_of_edges()
    1
    """
    path = Path(path)
    kind = network_format(path, fmt)
    if kind is None:
        raise OutputError(f"{path}: unknown network format (choose from {', '.join(NETWORK_FORMATS)})")
    flat = flat_network(G)
    if kind == "graphml":
        return [atomic_write(path, "\n".join(nx.generate_graphml(flat, prettyprint=True)) + "\n")]
    if kind == "gexf":
        return [atomic_write(path, "\n".join(nx.generate_gexf(flat, prettyprint=True)) + "\n")]
    stem = path.with_suffix("")
    nodes, edges = stem.with_name(stem.name + "-nodes.csv"), stem.with_name(stem.name + "-edges.csv")
    return [atomic_write(nodes, _nodes_csv(G)), atomic_write(edges, _edges_csv(G))]


def _csv(rows: list[list[Any]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue()


def _nodes_csv(G: nx.MultiDiGraph) -> str:
    rows: list[list[Any]] = [["id:ID", "label", "type", "subtype", "aliases:string[]", "wikidata", ":LABEL"]]
    for node, attrs in sorted(G.nodes(data=True)):
        labels = ";".join(["Entity"] + [t for t in (attrs.get("type"), attrs.get("subtype")) if t])
        rows.append([node] + [_scalar(attrs.get(k)) for k in _NODE_KEYS] + [labels])
    return _csv(rows)


def _relationship_type(predicate: str) -> str:
    # Neo4j's convention for relationship types: upper snake case (cooperatesWith -> COOPERATES_WITH)
    return "".join("_" + ch if ch.isupper() else ch.upper() for ch in predicate).lstrip("_")


def _edges_csv(G: nx.MultiDiGraph) -> str:
    rows: list[list[Any]] = [[":START_ID", ":END_ID", ":TYPE", "predicate", "family", "symmetric:boolean", "status",
                              "confidence:float", "sources:int", "date", "topics:string[]"]]
    for u, v, key, attrs in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2]))):
        predicate = str(attrs.get("predicate") or key)
        values = [_scalar(attrs.get(k)) for k in _EDGE_KEYS]
        values[2] = str(values[2]).lower() if values[2] != "" else ""
        rows.append([u, v, _relationship_type(predicate)] + values)
    return _csv(rows)


def export_graph(graph: Any, output: str | Path, fmt: str | None = None, *, since: str | None = None,
                 until: str | None = None) -> list[Path]:
    """Write ``graph`` (an RDF dataset, or an RDF file or store folder to read) to ``output``: in an RDF format, or
    as a network (GraphML, GEXF, Neo4j CSV) when ``fmt`` or the extension names one; only what was stated in
    [since, until] when either is given. The options are checked before a file is read. Returns the files written.

    >>> import tempfile, pathlib
    >>> from kg.rdf.build import build_graph
    >>> from kg.records import Document, Entity, Extraction, Relation
    >>> ex = Extraction(Document("d1", "t", published="2024-06-01"), [Entity("a", "A", "Country"),
    ...     Entity("b", "B", "Country")], [Relation("a", "cooperatesWith", "b")])
    >>> out = pathlib.Path(tempfile.mkdtemp())
    >>> [p.name for p in export_graph(build_graph([ex]), out / "g.csv", since="2024")]
    ['g-nodes.csv', 'g-edges.csv']
    >>> [p.name for p in export_graph(build_graph([ex]), out / "g.ttl", until="2023")]
    ['g.ttl']
    """
    from kg.rdf import save_graph
    from kg.rdf.period import check_date, restrict_to_period

    since, until = check_date(since, "--since"), check_date(until, "--until")
    network = network_format(output, fmt)
    if network is None:
        from kg.rdf import guess_format

        guess_format(output, fmt)
    if isinstance(graph, (str, Path)):
        from kg.store import open_dataset

        graph = open_dataset(Path(graph))
    if network is not None:
        from kg.analysis.convert import to_networkx
        from kg.analysis.period import filter_by_date

        return write_network(filter_by_date(to_networkx(graph), since, until), output, network)
    if since or until:
        graph = restrict_to_period(graph, since, until)
    return [save_graph(graph, output, fmt)]
