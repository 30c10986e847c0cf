"""Analyse a kg graph as a network: convert it to networkx, rank actors, find communities and paths.

Examples
--------
>>> from kg.analysis import centrality, format_paths, shortest_paths, to_networkx
>>> from kg.rdf.build import build_graph
>>> from kg.records import Document, Entity, Extraction, Relation
>>> ex = Extraction(Document("d1", "text"), [Entity("russia", "Russia", "Country"),
...     Entity("china", "China", "Country"), Entity("the-west", "the West", "Bloc")],
...     [Relation("russia", "cooperatesWith", "china"), Relation("the-west", "sanctions", "russia")])
>>> G = to_networkx(build_graph([ex]))
>>> [row["label"] for row in centrality(G, top=2)]
['Russia', 'China']
>>> print(format_paths(shortest_paths(G, "the west", "China")))
path 1 (2 hops)
  1. the West -[sanctions]-> Russia
  2. Russia -[cooperatesWith]-> China
"""

from __future__ import annotations

from kg.perf import lazy_names

# names are imported on first use: kg view needs to_networkx, not the query formats the reports import
_LAZY = {
    "to_networkx": "kg.analysis.convert",
    "centrality": "kg.analysis.metrics", "communities": "kg.analysis.metrics", "directed": "kg.analysis.metrics",
    "undirected": "kg.analysis.metrics", "unconnected": "kg.analysis.metrics",
    "Hop": "kg.analysis.paths", "resolve_node": "kg.analysis.paths", "shortest_paths": "kg.analysis.paths",
    "format_centrality": "kg.analysis.report", "format_communities": "kg.analysis.report",
    "format_hop": "kg.analysis.report", "format_paths": "kg.analysis.report",
    "centrality_frame": "kg.analysis.frames", "communities_frame": "kg.analysis.frames",
    "paths_frame": "kg.analysis.frames", "relations_frame": "kg.analysis.frames",
    "statements_frame": "kg.analysis.frames",
}
__all__ = sorted(_LAZY)
__getattr__ = lazy_names(__name__, _LAZY)
