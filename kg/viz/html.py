"""Write the graph as one self-contained, offline HTML page: vis-network inlined, article text escaped."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.fsutil import atomic_write
from kg.errors import DataError
from kg.viz.network import build_network, vis_options
from kg.viz.style import FAMILY_STYLES, TYPE_COLOURS, UNKNOWN_FAMILY_STYLE, UNKNOWN_TYPE_COLOUR

if TYPE_CHECKING:
    import networkx as nx

VIS_VERSION = "vis-9.1.2"
_HERE = Path(__file__).resolve().parent
# "<" ">" "&" can end a <script> element or open a comment in it; U+2028/9 end a line in older JS parsers
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_JSON_ESCAPE_RE = re.compile("[<>&\u2028\u2029]")


def render_html(G: nx.MultiDiGraph, path: str | Path, *, title: str = "kg graph", subtitle: str = "") -> Path:
    """Write an interactive page of ``G`` to ``path`` and return the path.

    The page needs no network: vis-network's JS and CSS come from pyvis's package folder and are inlined,
    and a Content-Security-Policy forbids any fetch. Nodes are coloured by entity type and sized by degree;
    edges are coloured by relation family and fan out when several join the same two entities. Hovering shows
    the entity or the relation with its evidence sentences; clicking opens them in a panel with source links.
    ``subtitle`` defaults to the entity and relation counts. The same graph always gives the same bytes.

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
    return atomic_write(Path(path), page_html(G, title=title, subtitle=subtitle))


def page_html(G: nx.MultiDiGraph, *, title: str = "kg graph", subtitle: str = "") -> str:
    """The text of the page :func:`render_html` writes."""
    import jinja2
    from markupsafe import Markup

    net = build_network(G)
    payload = {
        "nodes": net.nodes,
        "edges": net.edges,
        "options": vis_options(net),
        "familyColours": {name: style.colour for name, style in FAMILY_STYLES.items()},
    }
    vis_js, vis_css = _vis_assets()
    page_js, page_css = _inline_script(_package_text("page.js")), _package_text("page.css")
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    template = env.from_string(_package_text("template.html"))
    return template.render(
        title=title,
        subtitle=subtitle or _counts(G),
        csp=Markup(_content_security_policy([vis_js, page_js])),
        legend_types=_legend_types(net.nodes),
        legend_families=_legend_families(net.edges),
        data_json=Markup(script_json(payload)),
        vis_js=Markup(vis_js),
        vis_css=Markup(vis_css),
        page_js=Markup(page_js),
        page_css=Markup(page_css),
    )


def script_json(value: Any) -> str:
    """JSON that is safe inside a ``<script>`` element: no character of it can close the element.

    >>> script_json({"label": "</script><img src=x>"})
    '{"label": "\\\\u003c/script\\\\u003e\\\\u003cimg src=x\\\\u003e"}'
    >>> json.loads(script_json(["a&b"]))
    ['a&b']
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str, allow_nan=False)
    return _JSON_ESCAPE_RE.sub(lambda m: _JSON_ESCAPES[m.group()], text)


def _counts(G: nx.MultiDiGraph) -> str:
    n, m = G.number_of_nodes(), G.number_of_edges()
    return f"{n} {'entity' if n == 1 else 'entities'} \u00b7 {m} {'relation' if m == 1 else 'relations'}"


def _legend_types(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    counts = Counter(n["kg"]["type"] for n in nodes)
    rows = [{"name": _words(t), "colour": c, "count": counts.pop(t, 0)} for t, c in TYPE_COLOURS.items()]
    if counts:
        rows.append({"name": "Other", "colour": UNKNOWN_TYPE_COLOUR, "count": sum(counts.values())})
    return rows


def _legend_families(edges: list[dict[str, Any]]) -> list[dict[str, Any]]:
    counts = Counter(e["kg"]["family"] for e in edges)
    rows = [{"name": name, "colour": s.colour, "dasharray": s.legend_dasharray, "count": counts.pop(name, 0)}
            for name, s in FAMILY_STYLES.items()]
    if counts:
        rows.append({"name": "other", "colour": UNKNOWN_FAMILY_STYLE.colour, "dasharray": "",
                     "count": sum(counts.values())})
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
    import pyvis

    folder = Path(pyvis.__file__).resolve().parent / "lib" / VIS_VERSION
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
