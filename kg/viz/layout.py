"""Node positions for the graph page, computed once in Python so that a large page opens without running physics.

Each connected component is placed by pivot MDS (Brandes and Pich 2006: classical scaling of the hop distances
to a few pivot nodes, linear in the size of the graph), then relaxed by a few rounds of springs along the edges
and of repulsion between nodes closer than one edge length (found with a k-d tree, so the cost stays near
linear too). Components are packed in rows, largest first. The same graph always gets the same positions.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components, shortest_path
from scipy.spatial import cKDTree

from kg.viz.style import node_size

if TYPE_CHECKING:
    import networkx as nx

#: the distance, in page pixels at zoom 1, between the two ends of an edge
EDGE_LENGTH = 160.0
_PIVOTS = 40
_ROUNDS = 60
_BIG = 1000
_GAP = 1.2 * EDGE_LENGTH


def layout_positions(G: nx.MultiDiGraph, *, seed: int = 7) -> dict[str, tuple[float, float]]:
    """``{node: (x, y)}`` for every node of ``G``, centred on the origin, rounded to 0.1 pixel.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("x", "y")])
    >>> pos = layout_positions(G)
    >>> sorted(pos)
    ['a', 'b', 'c', 'x', 'y']
    >>> ab = math.dist(pos["a"], pos["b"])
    >>> 0.5 * EDGE_LENGTH < ab < 1.5 * EDGE_LENGTH
    True
    >>> layout_positions(G) == pos
    True
    >>> layout_positions(nx.MultiDiGraph())
    {}
    """
    nodes = sorted(G.nodes, key=str)
    if not nodes:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    pairs = np.array(sorted({(min(index[u], index[v]), max(index[u], index[v]))
                             for u, v in G.edges() if u != v}), dtype=np.int64).reshape(-1, 2)
    n = len(nodes)
    rows = np.concatenate([pairs[:, 0], pairs[:, 1]])
    cols = np.concatenate([pairs[:, 1], pairs[:, 0]])
    adjacency = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n)).tocsr()
    count, labels = connected_components(adjacency, directed=False)
    members = [np.flatnonzero(labels == c) for c in range(count)]
    members.sort(key=lambda m: (-len(m), int(m[0])))
    rng = np.random.default_rng(seed)
    singles = [m for m in members if len(m) == 1]
    members = [m for m in members if len(m) > 1]
    blocks = [_component(adjacency[m][:, m], rng) for m in members]
    if singles:
        # entities without relations go in one block rather than a long row of their own: columns an edge length
        # apart (room for a label such as "surveillance technology"), rows closer, about as wide as it is tall
        members.append(np.concatenate(singles))
        across, down = 1.1 * EDGE_LENGTH, 0.6 * EDGE_LENGTH
        columns = math.ceil(math.sqrt(len(singles) * down / across))
        blocks.append(np.array([[(i % columns) * across, (i // columns) * down] for i in range(len(singles))]))
    placed = _pack(blocks)
    xy = np.zeros((n, 2))
    for m, block in zip(members, placed):
        xy[m] = block
    radii = np.array([node_size(G.degree(node)) for node in nodes])
    xy = _separate(xy, radii, rounds=12 if n <= _BIG * 2 else 4)  # a big page: fewer rounds, kg view stays fast
    xy -= (xy.min(axis=0) + xy.max(axis=0)) / 2
    return {node: (round(float(x), 1), round(float(y), 1)) for node, (x, y) in zip(nodes, xy)}


def _component(adjacency: object, rng: np.random.Generator) -> np.ndarray:
    """Positions of one connected component, in pixels."""
    size = adjacency.shape[0]  # type: ignore[attr-defined]
    if size == 1:
        return np.zeros((1, 2))
    if size == 2:
        return np.array([[0.0, 0.0], [EDGE_LENGTH, 0.0]])
    # farthest-point pivots spread the reference nodes over the whole component
    degree = np.asarray(adjacency.sum(axis=1)).ravel()  # type: ignore[attr-defined]
    pivots = [int(np.argmax(degree))]
    distances = [shortest_path(adjacency, unweighted=True, indices=pivots[0])]
    nearest = distances[0].copy()
    for _ in range(min(_PIVOTS, size) - 1):
        nxt = int(np.argmax(nearest))
        if nearest[nxt] == 0:
            break
        pivots.append(nxt)
        distances.append(shortest_path(adjacency, unweighted=True, indices=nxt))
        nearest = np.minimum(nearest, distances[-1])
    d2 = np.stack(distances, axis=1) ** 2
    centred = -0.5 * (d2 - d2.mean(axis=0) - d2.mean(axis=1, keepdims=True) + d2.mean())
    # the top eigenvectors of the small pivots x pivots matrix give the two axes (cheaper than an SVD)
    _, vectors = np.linalg.eigh(centred.T @ centred)
    axes = vectors[:, ::-1][:, :2]
    xy = centred @ axes if axes.shape[1] == 2 else np.column_stack([centred @ axes[:, 0], np.zeros(size)])
    xy = xy * EDGE_LENGTH
    # nodes at the same hop distances from every pivot (the leaves of one hub) land on one point: jitter them
    xy += rng.normal(scale=0.35 * EDGE_LENGTH, size=xy.shape)
    return _relax(xy, adjacency)


def _relax(xy: np.ndarray, adjacency: object) -> np.ndarray:
    """Fruchterman-Reingold with its grid rule: springs along edges, repulsion only from nodes within two edge
    lengths (a k-d tree finds them), moves capped by a cooling temperature. Linear in the graph's size."""
    coo = adjacency.tocoo()  # type: ignore[attr-defined]
    keep = coo.row < coo.col
    ei, ej = coo.row[keep], coo.col[keep]
    k = EDGE_LENGTH
    # a big component gets fewer rounds and a shorter reach of repulsion: the layout must stay under a second
    big = len(xy) > _BIG
    rounds, reach = (_ROUNDS // 2, 1.25 * k) if big else (_ROUNDS, 2 * k)
    # pivot MDS gets the shape right but not the scale: start with edges about one edge length long, and with
    # room for every node (a disc of n k² area) so the close pairs stay few
    lengths = np.hypot(*(xy[ej] - xy[ei]).T)
    spread = float(np.mean(np.sum((xy - xy.mean(axis=0)) ** 2, axis=1)))
    roomy = math.sqrt(len(xy) * k * k / (2 * math.pi) / max(spread, 1e-9))
    xy = xy * max(k / max(float(np.median(lengths)), 1e-6), roomy)
    x, y = xy[:, 0].copy(), xy[:, 1].copy()  # separate contiguous coordinates: every sum below is a bincount
    n = len(xy)
    for step in range(rounds):
        heat = k * (1.5 * (1.0 - step / rounds) + 0.05)
        close = cKDTree(np.column_stack([x, y])).query_pairs(reach, output_type="ndarray")
        ci, cj = close[:, 0], close[:, 1]
        # repulsion k²/d along the unit vector delta/d is delta·k²/d²
        dx, dy = x[ci] - x[cj], y[ci] - y[cj]
        scale = (k * k) / np.maximum(dx * dx + dy * dy, 1e-6)
        rx, ry = dx * scale, dy * scale
        # attraction d²/k along the unit vector is delta·d/k (edge pairs may be close pairs too)
        ex, ey = x[ei] - x[ej], y[ei] - y[ej]
        pull = np.sqrt(ex * ex + ey * ey) / k
        ax, ay = ex * pull, ey * pull
        fx = _sum_at(ci, rx, n) - _sum_at(cj, rx, n) - _sum_at(ei, ax, n) + _sum_at(ej, ax, n)
        fy = _sum_at(ci, ry, n) - _sum_at(cj, ry, n) - _sum_at(ei, ay, n) + _sum_at(ej, ay, n)
        size = np.maximum(np.sqrt(fx * fx + fy * fy), 1e-9)
        step_scale = np.minimum(size, heat) / size
        x += fx * step_scale
        y += fy * step_scale
    return np.column_stack([x, y])


def _sum_at(index: np.ndarray, values: np.ndarray, size: int) -> np.ndarray:
    """Sums of ``values`` grouped by ``index`` (``np.add.at``, but bincount is many times faster)."""
    return np.bincount(index, weights=values, minlength=size)



def _separate(xy: np.ndarray, radii: np.ndarray, *, margin: float = 28.0, rounds: int = 12) -> np.ndarray:
    """Move apart the dots that overlap (hubs pulled together by their shared neighbours, as Russia and China are):
    each pair closer than its two radii and ``margin`` (room for the label under a dot) is pushed apart along its
    axis, half each, a few rounds.

    >>> xy = _separate(np.array([[0.0, 0.0], [10.0, 0.0], [500.0, 0.0]]), np.array([30.0, 20.0, 12.0]))
    >>> bool(xy[1, 0] - xy[0, 0] >= 30 + 20 + 28 - 1e-6), xy[2].tolist()
    (True, [500.0, 0.0])
    """
    if len(xy) < 2:
        return xy
    xy = xy.copy()
    reach = 2 * float(radii.max()) + margin
    for _ in range(rounds):
        pairs = cKDTree(xy).query_pairs(reach, output_type="ndarray")
        if not len(pairs):
            break
        i, j = pairs[:, 0], pairs[:, 1]
        delta = xy[j] - xy[i]
        dist = np.hypot(delta[:, 0], delta[:, 1])
        short = radii[i] + radii[j] + margin - dist
        overlap = short > 1e-6
        if not overlap.any():
            break
        i, j, delta, dist, short = i[overlap], j[overlap], delta[overlap], dist[overlap], short[overlap]
        # dots on the same point part along a fixed direction per pair (the same graph gives the same page)
        same = dist < 1e-6
        delta[same] = np.column_stack([np.cos(i[same] + 0.5 * j[same]), np.sin(i[same] + 0.5 * j[same])])
        dist = np.maximum(np.hypot(delta[:, 0], delta[:, 1]), 1e-9)
        push = delta * (short / dist / 2)[:, None]
        n = len(xy)
        xy[:, 0] += _sum_at(j, push[:, 0], n) - _sum_at(i, push[:, 0], n)
        xy[:, 1] += _sum_at(j, push[:, 1], n) - _sum_at(i, push[:, 1], n)
    return xy


def _pack(blocks: list[np.ndarray]) -> list[np.ndarray]:
    """Shift each component into a row layout, largest first, rows about as wide as the whole is tall."""
    boxes = []
    for block in blocks:
        lo, hi = block.min(axis=0), block.max(axis=0)
        boxes.append((block - lo, hi - lo + _GAP))
    area = sum(float(size[0] * size[1]) for _, size in boxes)
    width = max(math.sqrt(area) * 1.3, float(boxes[0][1][0]))
    placed, x, y, row_height = [], 0.0, 0.0, 0.0
    for block, (w, h) in boxes:
        if x > 0 and x + w > width:
            x, y, row_height = 0.0, y + row_height, 0.0
        placed.append(block + np.array([x, y]))
        x, row_height = x + w, max(row_height, h)
    return placed
