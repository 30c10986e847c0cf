"""What the page groups and ranks: communities of the drawn graph and each entity's importance for its label.

Communities are those of ``kg analyze`` (Louvain, seeded) up to :data:`LOUVAIN_MAX_NODES` entities with a
relation; a bigger page uses label propagation, which is many times faster (Louvain in networkx takes seconds at
5,000 nodes). Importance is PageRank on the undirected graph of distinct neighbours, computed on a sparse matrix.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
from scipy.sparse import coo_matrix

if TYPE_CHECKING:
    import networkx as nx

#: above this many related entities, communities come from label propagation instead of Louvain
LOUVAIN_MAX_NODES = 2000


def page_communities(G: nx.MultiDiGraph) -> dict[Any, int]:
    """``{node: community number}`` for every node with a relation; 0 is the largest community.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("a", "c"), ("d", "e"), ("e", "f"), ("d", "f"), ("c", "d")])
    >>> G.add_node("alone")
    >>> groups = page_communities(G)
    >>> groups["a"] == groups["b"] == groups["c"] != groups["d"], "alone" in groups
    (True, False)
    """
    import networkx as nx

    from kg.analysis.metrics import communities

    related = [node for node in G.nodes if G.degree(node) > 0]
    if len(related) <= LOUVAIN_MAX_NODES:
        found = communities(G.subgraph(related))
    else:
        simple = nx.Graph()
        simple.add_nodes_from(sorted(related, key=str))
        simple.add_edges_from(sorted(((u, v) for u, v in G.edges() if u != v), key=lambda e: (str(e[0]), str(e[1]))))
        found = sorted((sorted(c, key=str) for c in nx.community.fast_label_propagation_communities(simple, seed=0)),
                       key=lambda c: (-len(c), str(c[0])))
    return {node: i for i, members in enumerate(found) for node in members}


def importance(nodes: list[Any], G: nx.MultiDiGraph, *, damping: float = 0.85, rounds: int = 40) -> np.ndarray:
    """PageRank of each of ``nodes`` (in that order) on the undirected graph of distinct neighbours, plus a
    small share of the degree so that ties go to the better connected.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph([("hub", "a"), ("hub", "b"), ("hub", "c"), ("a", "b")])
    >>> score = importance(["a", "b", "c", "hub"], G)
    >>> int(score.argmax()), bool(score[0] > score[2])
    (3, True)
    """
    n = len(nodes)
    if n == 0:
        return np.zeros(0)
    index = {node: i for i, node in enumerate(nodes)}
    pairs = {(min(index[u], index[v]), max(index[u], index[v])) for u, v in G.edges() if u != v and u in index
             and v in index}
    ends = np.array(sorted(pairs), dtype=np.int64).reshape(-1, 2)
    rows = np.concatenate([ends[:, 0], ends[:, 1]])
    cols = np.concatenate([ends[:, 1], ends[:, 0]])
    adjacency = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n)).tocsr()
    degree = np.asarray(adjacency.sum(axis=1)).ravel()
    share = np.divide(1.0, degree, out=np.zeros(n), where=degree > 0)
    rank = np.full(n, 1.0 / n)
    for _ in range(rounds):
        spread = adjacency @ (rank * share)
        lost = rank[degree == 0].sum()  # entities without neighbours give their share to everyone
        rank = (1 - damping) / n + damping * (spread + lost / n)
    return rank + 1e-3 * degree / max(float(degree.max()), 1.0) / n
