"""Analyse a kg graph as a network: convert it to networkx, rank actors, find communities and paths.

Examples
--------
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

from kg.analysis.convert import to_networkx
from kg.analysis.metrics import centrality, communities, directed, undirected
from kg.analysis.paths import Hop, resolve_node, shortest_paths
from kg.analysis.report import format_centrality, format_communities, format_hop, format_paths

__all__ = [
    "Hop", "centrality", "communities", "directed", "format_centrality", "format_communities", "format_hop",
    "format_paths", "resolve_node", "shortest_paths", "to_networkx", "undirected",
]
