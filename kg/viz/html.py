"""Write the graph as one self-contained, offline HTML page: vis-network inlined, article text escaped."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import DataError
from kg.fsutil import atomic_write
from kg.viz.focus import DEFAULT_MAX_NODES, edge_date, top_nodes
from kg.viz.groups import page_communities
from kg.viz.labels import first_view_labels
from kg.viz.layout import layout_positions
from kg.viz.network import build_network, place_nodes, vis_options
from kg.viz.style import FAMILY_STYLES, TYPE_COLOURS, UNKNOWN_FAMILY_STYLE, UNKNOWN_TYPE_COLOUR

if TYPE_CHECKING:
    import networkx as nx

VIS_VERSION = "vis-9.1.2"
OTHER = "__other__"
_HERE = Path(__file__).resolve().parent
#: the page's scripts, run in this order inside one function scope (they share its variables)
_SCRIPTS = ("page.js", "fastdraw.js", "panel.js", "labels.js", "filters.js", "timeline.js")
# "<" ">" "&" can end a <script> element or open a comment in it; U+2028/9 end a line in older JS parsers
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_JSON_ESCAPE_RE = re.compile("[<>&\u2028\u2029]")


def render_html(G: nx.MultiDiGraph, path: str | Path, *, title: str = "kg graph", subtitle: str = "",
                max_nodes: int | None = DEFAULT_MAX_NODES) -> Path:
    """Write an interactive page of ``G`` to ``path`` and return the path.

    The page needs no network: vis-network's JS and CSS come from pyvis's package folder and are inlined,
    and a Content-Security-Policy forbids any fetch. Nodes are coloured by entity type and sized by degree;
    edges are coloured and dashed by relation family. Positions are computed here, so even a large page opens
    without running physics. The page filters edges and nodes without reloading, shows the evidence of an
    edge or the relations of a node in a side panel, finds entities by name and saves the view as a PNG.

    Only the ``max_nodes`` most connected nodes are drawn (``None`` or 0: all); the page says how many are
    hidden. A summary line (documents, entities, relations, date range) is always shown; ``subtitle`` adds a
    line under it. The same graph always gives the same bytes.

    Raises :class:`~kg.errors.OutputError` when ``path`` cannot be written.

    Examples
    --------
    >>> import networkx as nx, tempfile, pathlib
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("ex:ru", label="Russia", type="Country", aliases=["RF"], wikidata="Q159")
    >>> G.add_node("ex:sber", label="Sberbank", type="Organization")
    >>> _ = G.add_edge("ex:sber", "ex:ru", predicate="basedIn", family="structure", sources=1)
    >>> out = render_html(G, pathlib.Path(tempfile.mkdtemp()) / "site" / "graph.html", title="Demo")
    >>> text = out.read_text(encoding="utf-8")
    >>> "<title>Demo</title>" in text, "2 entities" in text, "<script src" in text
    (True, True, False)
    """
    return atomic_write(Path(path), page_html(G, title=title, subtitle=subtitle, max_nodes=max_nodes))


def page_html(G: nx.MultiDiGraph, *, title: str = "kg graph", subtitle: str = "",
              max_nodes: int | None = DEFAULT_MAX_NODES) -> str:
    """The text of the page :func:`render_html` writes."""
    import jinja2
    from markupsafe import Markup

    shown = top_nodes(G, max_nodes)
    # the layout is mostly numpy, which releases the GIL: it runs on another core while the page data is built
    groups = page_communities(shown)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-layout") as pool:
        positions = pool.submit(layout_positions, shown, groups=groups)
        data = build_network(shown, groups=groups)
        place_nodes(data["nodes"], positions.result())
    payload = {
        **data,
        "options": vis_options(shown.number_of_nodes(), shown.number_of_edges()),
        "typeColours": TYPE_COLOURS,
        "otherColour": UNKNOWN_TYPE_COLOUR,
        "familyStyles": {name: s._asdict() for name, s in {**FAMILY_STYLES, OTHER: UNKNOWN_FAMILY_STYLE}.items()},
        # the labels of the first view, placed in Python; the page checks them and places the rest
        "firstLabels": first_view_labels(data["nodes"]),
    }
    vis_js, vis_css = _vis_assets()
    page_js = _inline_script("".join(["\"use strict\";\n(function () {\n",
                                      *(_package_text(name) for name in _SCRIPTS), "})();\n"]))
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    template = env.from_string(_package_text("template.html"))
    return template.render(
        title=title,
        summary=summary_line(G),
        subtitle=subtitle,
        note=_hidden_note(G, shown, max_nodes),
        csp=Markup(_content_security_policy([vis_js, page_js])),
        types=_legend_types(data["nodes"]),
        families=_legend_families(data["edges"]),
        countries=data["countries"],
        max_sources=max([e["sources"] for e in data["edges"]] + [1]),
        data_json=Markup(script_json(payload)),
        vis_js=Markup(vis_js),
        vis_css=Markup(vis_css),
        page_js=Markup(page_js),
        page_css=Markup(_package_text("page.css")),
    )


def summary_line(G: nx.MultiDiGraph) -> str:
    """Documents, entities, relations and the date range of a graph, in one line.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("a", "b", date="2024-05", evidence=[{"doc_id": "d1", "published": "2024-06-01"}])
    >>> _ = G.add_edge("b", "c", date=None, evidence=[{"doc_id": "d2", "published": "2024-07-02"}])
    >>> summary_line(G)
    '2 documents · 3 entities · 2 relations · 2024-05 to 2024-07-02'
    """
    docs = {e.get("doc_id") for _, _, ev in G.edges(data="evidence") for e in ev or () if isinstance(e, dict)}
    dates = sorted(d for d in (edge_date(attrs) for _, _, attrs in G.edges(data=True)) if d)
    parts = [_plural(len(docs - {None}), "document"), _plural(G.number_of_nodes(), "entity", "entities"),
             _plural(G.number_of_edges(), "relation")]
    if dates:
        parts.append(dates[0] if dates[0] == dates[-1] else f"{dates[0]} to {dates[-1]}")
    return " \u00b7 ".join(parts)


def script_json(value: Any) -> str:
    """JSON that is safe inside a ``<script>`` element: no character of it can close the element.

    >>> script_json({"label": "</script><img src=x>"})
    '{"label":"\\\\u003c/script\\\\u003e\\\\u003cimg src=x\\\\u003e"}'
    >>> json.loads(script_json(["a&b"]))
    ['a&b']
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str, allow_nan=False,
                      separators=(",", ":"))
    return _JSON_ESCAPE_RE.sub(lambda m: _JSON_ESCAPES[m.group()], text)


def _plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count:,} {one if count == 1 else many or one + 's'}"


def _hidden_note(G: nx.MultiDiGraph, shown: nx.MultiDiGraph, max_nodes: int | None) -> str:
    hidden = G.number_of_nodes() - shown.number_of_nodes()
    if hidden <= 0:
        return ""
    return (f"Showing the {shown.number_of_nodes():,} most connected of {G.number_of_nodes():,} entities: "
            f"{hidden:,} hidden with their {G.number_of_edges() - shown.number_of_edges():,} relations "
            f"(draw more with kg view --max-nodes, 0 for all).")


def _legend_types(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    counts = Counter(n["type"] for n in nodes)
    rows = [{"value": t, "name": _words(t), "colour": c, "count": counts.pop(t, 0)} for t, c in TYPE_COLOURS.items()]
    if counts:
        rows.append({"value": OTHER, "name": "Other", "colour": UNKNOWN_TYPE_COLOUR, "count": sum(counts.values())})
    return rows


def _legend_families(edges: list[dict[str, Any]]) -> list[dict[str, Any]]:
    from kg.vocab import PREDICATES

    by_family: dict[str, Counter[str]] = {name: Counter() for name in FAMILY_STYLES}
    for e in edges:
        by_family.setdefault(e["family"] if e["family"] in FAMILY_STYLES else OTHER, Counter())[e["predicate"]] += 1
    rows = []
    for name, counts in by_family.items():
        style = FAMILY_STYLES.get(name, UNKNOWN_FAMILY_STYLE)
        known = [p.name for p in PREDICATES.values() if p.family == name]
        predicates = [{"name": p, "count": counts[p]} for p in [*known, *sorted(set(counts) - set(known))]
                      if counts[p]]
        rows.append({"value": name, "name": "other" if name == OTHER else name, "colour": style.colour,
                     "dasharray": style.legend_dasharray, "count": sum(counts.values()), "predicates": predicates})
    return rows


def _words(camel: str) -> str:
    """``InternationalOrganization`` -> ``International organization``.

    >>> _words("InternationalOrganization")
    'International organization'
    """
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", camel).capitalize()


def _content_security_policy(scripts: list[str]) -> str:
    """A policy that runs only our own inline scripts (by hash) and allows no request of any kind."""
    hashes = " ".join(
        f"'sha256-{base64.b64encode(hashlib.sha256(s.encode('utf-8')).digest()).decode('ascii')}'" for s in scripts
    )
    return (f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; "
            "base-uri 'none'; form-action 'none'")


def _inline_script(js: str) -> str:
    # the HTML parser normalises line ends before the CSP hash is taken, so hash what it will see
    js = js.replace("\r\n", "\n").replace("\r", "\n")
    return re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE)


@lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    """vis-network's minified JS and its CSS, from the copy shipped inside the pyvis package."""
    import importlib.util

    spec = importlib.util.find_spec("pyvis")  # its folder, without running pyvis (which imports networkx, jinja2)
    if spec is None or not spec.submodule_search_locations:
        raise DataError("the pyvis package is not installed: it ships the vis-network the page inlines")
    folder = Path(next(iter(spec.submodule_search_locations))).resolve() / "lib" / VIS_VERSION
    try:
        js = (folder / "vis-network.min.js").read_text(encoding="utf-8")
        css = (folder / "vis-network.css").read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(f"{folder}: vis-network is missing from the pyvis package: {exc.strerror or exc}") from exc
    if re.search(r"</style", css, re.IGNORECASE):
        raise DataError(f"{folder / 'vis-network.css'}: cannot be inlined, it contains '</style'")
    return _inline_script(js), css.replace("\r\n", "\n")


def _package_text(name: str) -> str:
    try:
        return (_HERE / name).read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(f"{_HERE / name}: page asset missing from the kg package: {exc.strerror or exc}") from exc
