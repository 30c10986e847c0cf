"""How the graph page looks: fixed colours per entity type and edge family, node and edge sizes."""

from __future__ import annotations

import math
from typing import Any, NamedTuple

#: entity type -> fill colour; fixed so the same type has the same colour on every page
TYPE_COLOURS: dict[str, str] = {
    "Country": "#4e79a7",
    "Organization": "#f28e2b",
    "InternationalOrganization": "#76b7b2",
    "Person": "#b07aa1",
    "Bloc": "#edc948",
    "Technology": "#ff9da7",
}
UNKNOWN_TYPE_COLOUR = "#bab0ac"


class FamilyStyle(NamedTuple):
    """Line style of one relation family: colour, vis-network ``dashes`` and the SVG dash pattern of its legend."""

    colour: str
    dashes: bool | list[int]
    legend_dasharray: str


#: relation family -> line style; conflict and topic are dashed so the page still reads in grey print
FAMILY_STYLES: dict[str, FamilyStyle] = {
    "cooperation": FamilyStyle("#2ca02c", False, ""),
    "conflict": FamilyStyle("#d62728", [10, 6], "7 4"),
    "structure": FamilyStyle("#7f7f7f", False, ""),
    "topic": FamilyStyle("#1f77b4", [2, 5], "2 3"),
}
UNKNOWN_FAMILY_STYLE = FamilyStyle("#999999", False, "")

#: system font stack: the page must not fetch web fonts
FONT_FACE = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"


def type_colour(entity_type: str | None) -> str:
    """The fill colour of an entity type (grey for a type the legend does not know).

    >>> type_colour("Country")
    '#4e79a7'
    >>> type_colour("Spaceship")
    '#bab0ac'
    """
    return TYPE_COLOURS.get(entity_type or "", UNKNOWN_TYPE_COLOUR)


def family_style(family: str | None) -> FamilyStyle:
    """The line style of a relation family (plain grey for an unknown one).

    >>> family_style("conflict").dashes
    [10, 6]
    """
    return FAMILY_STYLES.get(family or "", UNKNOWN_FAMILY_STYLE)


def node_size(degree: int) -> float:
    """Dot radius for a node with ``degree`` edges: grows with the square root so hubs do not swamp the page.

    >>> node_size(0), node_size(4), node_size(10_000)
    (12.0, 22.0, 44.0)
    """
    return round(min(12.0 + 5.0 * math.sqrt(max(degree, 0)), 44.0), 2)


def edge_width(sources: int) -> float:
    """Line width for an edge seen in ``sources`` documents, capped so a much-reported edge stays a line.

    >>> edge_width(1), edge_width(3), edge_width(50)
    (1.5, 2.5, 5.0)
    """
    return 1.0 + 0.5 * min(max(sources, 1), 8)


def darker(colour: str, factor: float = 0.72) -> str:
    """``#rrggbb`` scaled towards black, for node borders.

    >>> darker("#ffffff")
    '#b8b8b8'
    """
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return "#{:02x}{:02x}{:02x}".format(*(round(c * factor) for c in (r, g, b)))


def parallel_smooth(index: int, count: int, forward: bool) -> dict[str, Any]:
    """vis-network ``smooth`` option for edge ``index`` of ``count`` edges joining the same two nodes.

    The edges fan out symmetrically around the straight line; ``forward`` says whether the edge runs in the
    pair's canonical direction, because curvedCW bends to the other side when the direction is reversed.

    >>> parallel_smooth(0, 1, True)
    {'enabled': False}
    >>> parallel_smooth(0, 2, True), parallel_smooth(0, 2, False)
    ({'enabled': True, 'roundness': 0.18, 'type': 'curvedCCW'}, {'enabled': True, 'roundness': 0.18, 'type': 'curvedCW'})
    """
    step = min(0.36, 1.6 / max(count - 1, 1))
    offset = (index - (count - 1) / 2) * step
    if abs(offset) < 1e-9:
        return {"enabled": False}
    clockwise = (offset > 0) == forward
    return {"enabled": True, "roundness": round(abs(offset), 3), "type": "curvedCW" if clockwise else "curvedCCW"}
