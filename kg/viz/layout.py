"""Node positions for the graph page, computed once in Python so that a large page opens without running physics.

Each connected component is placed by pivot MDS (Brandes and Pich 2006: classical scaling of the hop distances
to a few pivot nodes, linear in the size of the graph), then relaxed by a few rounds of springs along the edges
and of repulsion between nodes closer than one edge length (found with a k-d tree, so the cost stays near
linear too). When communities are given, a component is laid out in two levels: each community on its own, then
the communities as discs placed by the same method on the graph of communities and pushed apart until no two
discs overlap, so each community is a visible group. Components are packed in rows, largest first. Entities
without any relation get no position: the page lists them aside. The same graph always gets the same positions.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

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


def layout_positions(G: nx.MultiDiGraph, *, seed: int = 7,
                     groups: dict[Any, int] | None = None) -> dict[str, tuple[float, float]]:
    """``{node: (x, y)}`` for every node of ``G`` with a relation, centred on the origin, rounded to 0.1 pixel.

    ``groups`` (node -> community number) lays each community out as a group of its own.

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
    >>> G.add_node("alone")
    >>> "alone" in layout_positions(G), layout_positions(nx.MultiDiGraph())
    (False, {})
    """
    nodes = sorted((node for node in G.nodes if G.degree(node) > 0), key=str)
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
    group = np.array([groups.get(node, -1) if groups else -1 for node in nodes])
    blocks = [_landscape(_grouped(adjacency[m][:, m], group[m], rng)) for m in members]
    placed = _pack(blocks)
    xy = np.zeros((n, 2))
    for m, block in zip(members, placed):
        xy[m] = block
    radii = np.array([node_size(G.degree(node)) for node in nodes])
    xy = _separate(xy, radii, rounds=12 if n <= _BIG * 2 else 4)  # a big page: fewer rounds, kg view stays fast
    xy -= (xy.min(axis=0) + xy.max(axis=0)) / 2
    return {node: (round(float(x), 1), round(float(y), 1)) for node, (x, y) in zip(nodes, xy)}


def _landscape(xy: np.ndarray) -> np.ndarray:
    """``xy`` turned so that its longest axis lies across: screens are wider than tall.

    >>> np.round(_landscape(np.array([[0.0, 0.0], [0.0, 10.0], [1.0, 5.0]])), 3).tolist()
    [[-5.0, 0.333], [5.0, 0.333], [0.0, -0.667]]
    """
    if len(xy) < 3:
        return xy
    centred = xy - xy.mean(axis=0)
    _, vectors = np.linalg.eigh(centred.T @ centred)
    turned = centred @ vectors[:, ::-1]
    # a fixed orientation per shape: the heavier half on the left, the first node above the axis
    if np.sum(turned[:, 0] ** 3) > 0:
        turned[:, 0] = -turned[:, 0]
    if turned[0, 1] < 0:
        turned[:, 1] = -turned[:, 1]
    return turned


def _grouped(adjacency: Any, group: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Positions of one connected component whose nodes belong to communities ``group`` (-1: none given)."""
    names = np.unique(group)
    if len(names) < 2 or len(group) < 6:
        return _component(adjacency, rng)
    which = np.searchsorted(names, group)
    # each community on its own (a community may fall apart into pieces inside it: pack those)
    inner, radius = [], np.zeros(len(names))
    for c in range(len(names)):
        m = np.flatnonzero(which == c)
        sub = adjacency[m][:, m]
        count, labels = connected_components(sub, directed=False)
        pieces = [np.flatnonzero(labels == p) for p in range(count)]
        pieces.sort(key=lambda p: (-len(p), int(p[0])))
        placed = _pack([_component(sub[p][:, p], rng) for p in pieces])
        xy = np.zeros((len(m), 2))
        for p, block in zip(pieces, placed):
            xy[p] = block
        xy -= (xy.min(axis=0) + xy.max(axis=0)) / 2
        inner.append((m, xy))
        radius[c] = float(np.hypot(xy[:, 0], xy[:, 1]).max()) + 0.5 * EDGE_LENGTH
    # the graph of communities: one node per community, an edge where any edge crosses between two
    coo = adjacency.tocoo()
    a, b = which[coo.row], which[coo.col]
    cross = a != b
    quotient = coo_matrix((np.ones(int(cross.sum())), (a[cross], b[cross])), shape=(len(names),) * 2).tocsr()
    quotient.data[:] = 1.0
    centres = _component(quotient, rng) if len(names) > 2 else np.array([[0.0, 0.0], [1.0, 0.0]])
    # discs apart: scale the centres up until the closest pair just touches, then push the rest apart
    centres = centres - centres.mean(axis=0)
    centres = _separate(centres, radius, margin=0.4 * EDGE_LENGTH, rounds=80)
    # then pull the discs in towards their middle, a little at a time, keeping them apart: a compact whole
    weight = radius ** 2
    for _ in range(12):
        middle = (centres * weight[:, None]).sum(axis=0) / weight.sum()
        centres = middle + (centres - middle) * 0.85
        centres = _separate(centres, radius, margin=0.4 * EDGE_LENGTH, rounds=20)
    out = np.zeros((len(group), 2))
    for (m, xy), centre in zip(inner, centres):
        out[m] = xy + centre
    return out


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
