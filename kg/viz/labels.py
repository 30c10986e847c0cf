"""Which labels the first view of the page shows: a greedy placement by importance with collision boxes.

The page opens fitted to its canvas, so the first view is known up to the canvas size: for a nominal canvas
(:data:`CANVAS`) the drawing is scaled to fit, and the entities, most important first, each try a label box
below, above, right and left of their dot, then diagonally off it, taking the first one inside the canvas that
meets no dot and no label already placed. The page draws these first (it checks each against the real canvas
and font) and places the rest the same way, in JavaScript, after every frame (``labels.js``). The same rule
gives a static picture its labels.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

#: the canvas assumed for the first view, in CSS pixels (the page's drawing area at 1400 x 900)
CANVAS = (1100.0, 680.0)
#: label font size and box height on the screen, and the gap between a dot and its label (as in labels.js)
FONT, HEIGHT, GAP = 12.0, 15.0, 2.0
#: the width of an average character at :data:`FONT` pixels (system sans-serif), for a label's box
CHAR_WIDTH = 6.9
#: vis-network's fit leaves this share of the canvas free around the drawing
FIT_MARGIN = 0.9
_CELL = 48.0
_MAX_TRIES = 1500


def text_box_width(text: str) -> float:
    """The width of a label's box on the screen, from its length (the page measures the real font).

    >>> text_box_width("Russia")
    45.4
    """
    return round(len(text) * CHAR_WIDTH + 4, 1)


def first_view_labels(nodes: list[dict[str, Any]], canvas: tuple[float, float] = CANVAS) -> list[int]:
    """Indices of the nodes (page schema: ``x``, ``y``, ``size``, ``label``, ``rank``) whose label the first
    view shows, in the order they were placed (most important first). Nodes without a position are skipped.

    >>> nodes = [{"label": "Russia", "x": 0.0, "y": 0.0, "size": 30.0, "rank": 0},
    ...          {"label": "China", "x": 5.0, "y": 0.0, "size": 20.0, "rank": 1},
    ...          {"label": "artificial intelligence", "x": 900.0, "y": 300.0, "size": 12.0, "rank": 2}]
    >>> first_view_labels(nodes)
    [0, 2]
    """
    placed_nodes = [i for i, n in enumerate(nodes) if n.get("x") is not None]
    if not placed_nodes:
        return []
    xs = [nodes[i]["x"] for i in placed_nodes]
    ys = [nodes[i]["y"] for i in placed_nodes]
    pad = max(nodes[i]["size"] for i in placed_nodes)
    width, height = canvas
    span_x, span_y = max(xs) - min(xs) + 2 * pad, max(ys) - min(ys) + 2 * pad
    scale = min(width / span_x, height / span_y) * FIT_MARGIN
    mid_x, mid_y = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    screen = {i: ((nodes[i]["x"] - mid_x) * scale + width / 2, (nodes[i]["y"] - mid_y) * scale + height / 2,
                  nodes[i]["size"] * scale + 1) for i in placed_nodes}
    grid: dict[tuple[int, int], list[tuple[float, ...]]] = defaultdict(list)
    for x, y, r in screen.values():
        _add(grid, (x - r, y - r, x + r, y + r, x, y, r))
    chosen = []
    for i in sorted(placed_nodes, key=lambda i: nodes[i].get("rank", i))[:_MAX_TRIES]:
        x, y, r = screen[i]
        w = text_box_width(str(nodes[i]["label"]))
        d = r * 0.71 + GAP
        for left, top in ((x - w / 2, y + r + GAP), (x - w / 2, y - r - GAP - HEIGHT),
                          (x + r + GAP, y - HEIGHT / 2), (x - r - GAP - w, y - HEIGHT / 2),
                          (x + d, y + d), (x - d - w, y + d), (x + d, y - d - HEIGHT), (x - d - w, y - d - HEIGHT)):
            box = (left, top, left + w, top + HEIGHT)
            if box[0] >= 0 and box[1] >= 0 and box[2] <= width and box[3] <= height and not _hits(grid, box):
                _add(grid, box)
                chosen.append(i)
                break
    return chosen


def _cells(box: tuple[float, ...]) -> list[tuple[int, int]]:
    return [(cx, cy) for cx in range(int(box[0] // _CELL), int(box[2] // _CELL) + 1)
            for cy in range(int(box[1] // _CELL), int(box[3] // _CELL) + 1)]


def _add(grid: dict[tuple[int, int], list[tuple[float, ...]]], box: tuple[float, ...]) -> None:
    for cell in _cells(box):
        grid[cell].append(box)


def _hits(grid: dict[tuple[int, int], list[tuple[float, ...]]], box: tuple[float, float, float, float]) -> bool:
    """Whether ``box`` meets a label box or a dot (``(x0, y0, x1, y1, cx, cy, r)``) filed in ``grid``."""
    for cell in _cells(box):
        for o in grid.get(cell, ()):
            if not (box[0] < o[2] and o[0] < box[2] and box[1] < o[3] and o[1] < box[3]):
                continue
            if len(o) == 4:
                return True
            nx_ = min(max(o[4], box[0]), box[2]) - o[4]
            ny_ = min(max(o[5], box[1]), box[3]) - o[5]
            if nx_ * nx_ + ny_ * ny_ < o[6] * o[6]:
                return True
    return False
