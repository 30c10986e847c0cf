"""Render a query result as an aligned text table, CSV, TSV, SPARQL JSON results, or RDF for graph results."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Sequence
from typing import Any

from rdflib import BNode, Literal, URIRef
from rdflib.term import Identifier

from kg.errors import QueryError
from kg.query.run import INIT_NS, QueryResult
from kg.rdf.io import serialize

FORMATS: tuple[str, ...] = ("table", "csv", "tsv", "json")
#: Longest cell of a text table; longer literals end in an ellipsis.
MAX_CELL = 80
#: RDF serialisation of CONSTRUCT / DESCRIBE results for each result format.
GRAPH_FORMATS: dict[str, str] = {"table": "turtle", "json": "json-ld", "csv": "nt", "tsv": "nt"}

_LOCAL = re.compile(r"[A-Za-z0-9_]([A-Za-z0-9_.\-]*[A-Za-z0-9_\-])?")
_NAMESPACES = sorted(((ns, prefix) for prefix, ns in INIT_NS.items()), key=lambda item: -len(item[0]))


def shorten(term: Identifier | None) -> str:
    """The text of a term in a table cell: prefixed name, ``<iri>``, ``_:id`` or the literal's text.

    Examples
    --------
    >>> shorten(URIRef("https://w3id.org/kg-geotech/id/russia"))
    'kge:russia'
    >>> shorten(URIRef("https://example.com/a b")), shorten(Literal("x  y\\n z")), shorten(None)
    ('<https://example.com/a b>', 'x y z', '')
    >>> len(shorten(Literal("word " * 40)))
    80
    """
    if term is None:
        return ""
    if isinstance(term, URIRef):
        for ns, prefix in _NAMESPACES:
            local = term[len(ns):]
            if term.startswith(ns) and (not local or _LOCAL.fullmatch(local)):
                return f"{prefix}:{local}"
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    text = " ".join(str(term).split())
    return text if len(text) <= MAX_CELL else text[:MAX_CELL - 1] + "…"


def text_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """An aligned plain-text table: a header line, a separator of dashes, one line per row.

    Examples
    --------
    >>> print(text_table(["name", "n"], [["China", 3], ["BRICS", 10]]))
    name   n
    -----  --
    China  3
    BRICS  10
    """
    cells = [[str(h) for h in headers]] + [["" if c is None else str(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _format_table(result: QueryResult) -> str:
    body = text_table(result.vars, [[shorten(t) for t in row] for row in result.rows])
    return f"{body}\n{_plural(len(result.rows), 'row')}"


def _csv_text(term: Identifier | None) -> str:
    if term is None:
        return ""
    return f"_:{term}" if isinstance(term, BNode) else str(term)


def _format_csv(result: QueryResult) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(result.vars)
    writer.writerows([_csv_text(t) for t in row] for row in result.rows)
    return out.getvalue().rstrip("\n")


def nt_term(term: Identifier | None) -> str:
    """A term in N-Triples syntax on one line (as the SPARQL TSV format wants it); ``""`` for unbound.

    Examples
    --------
    >>> nt_term(Literal("a\\tb")), nt_term(Literal(2)), nt_term(Literal("Russie", lang="fr"))
    ('"a\\\\tb"', '"2"^^<http://www.w3.org/2001/XMLSchema#integer>', '"Russie"@fr')
    """
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    text = (str(term).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
            .replace("\r", "\\r").replace("\t", "\\t"))
    if isinstance(term, Literal) and term.language:
        return f'"{text}"@{term.language}'
    if isinstance(term, Literal) and term.datatype:
        return f'"{text}"^^<{term.datatype}>'
    return f'"{text}"'


def _format_tsv(result: QueryResult) -> str:
    lines = ["\t".join(f"?{v}" for v in result.vars)]
    lines += ["\t".join(nt_term(t) for t in row) for row in result.rows]
    return "\n".join(lines)


def json_term(term: Identifier) -> dict[str, str]:
    """A term as an object of the SPARQL 1.1 JSON results format.

    >>> json_term(Literal("Russie", lang="fr"))
    {'type': 'literal', 'value': 'Russie', 'xml:lang': 'fr'}
    """
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    out = {"type": "literal", "value": str(term)}
    if isinstance(term, Literal) and term.language:
        out["xml:lang"] = term.language
    elif isinstance(term, Literal) and term.datatype:
        out["datatype"] = str(term.datatype)
    return out


def _format_json(result: QueryResult) -> str:
    if result.kind == "ASK":
        return json.dumps({"head": {}, "boolean": bool(result.boolean)})
    bindings = [{v: json_term(t) for v, t in zip(result.vars, row) if t is not None} for row in result.rows]
    doc = {"head": {"vars": list(result.vars)}, "results": {"bindings": bindings}}
    return json.dumps(doc, indent=2, ensure_ascii=False)


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """The text of a result in ``fmt`` (``table``, ``csv``, ``tsv`` or ``json``), without a final newline.

    A SELECT gives an aligned table ending in ``N rows`` (prefixed names, long literals cut to
    :data:`MAX_CELL` characters), SPARQL 1.1 CSV / TSV (``\\n`` line ends) or SPARQL 1.1 JSON results.
    An ASK gives ``true`` or ``false`` (JSON: ``{"head": {}, "boolean": true}``). A CONSTRUCT or DESCRIBE gives
    RDF: Turtle for ``table``, JSON-LD for ``json`` and sorted N-Triples for ``csv`` and ``tsv``.

    Examples
    --------
    >>> res = QueryResult("SELECT", ("s", "n"), ((URIRef("https://w3id.org/kg-geotech/id/china"), Literal(2)),))
    >>> print(format_result(res))
    s          n
    ---------  -
    kge:china  2
    1 row
    >>> print(format_result(res, "csv"))
    s,n
    https://w3id.org/kg-geotech/id/china,2
    >>> format_result(QueryResult("ASK", boolean=True), "json")
    '{"head": {}, "boolean": true}'
    """
    if fmt not in FORMATS:
        raise QueryError(f"unknown result format {fmt!r} (choose from {', '.join(FORMATS)})")
    if result.kind == "ASK":
        return _format_json(result) if fmt == "json" else ("true" if result.boolean else "false")
    if result.graph is not None:
        return serialize(result.graph, GRAPH_FORMATS[fmt]).rstrip("\n")
    return {"table": _format_table, "csv": _format_csv, "tsv": _format_tsv, "json": _format_json}[fmt](result)
