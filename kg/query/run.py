"""Run a read-only SPARQL 1.1 query on a kg graph, with kg's prefixes bound and labels as parameters."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from pyparsing import ParseBaseException
from rdflib import Graph
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.term import Identifier

import rdflib.plugins.sparql as rdflib_sparql

from kg.errors import QueryError
from kg.query.guard import check_query
from kg.rdf import engine
from kg.query.params import bind_params, parsed_variables
from kg.vocab import PREFIX_IRIS

# rdflib's engine would fetch the IRI of a FROM clause from the web; kg reads only the graph it is given
rdflib_sparql.SPARQL_LOAD_GRAPHS = False

#: The prefixes every query may use without declaring them.
INIT_NS: dict[str, str] = PREFIX_IRIS


@dataclass(frozen=True)
class QueryResult:
    """The materialised result of a query.

    ``kind`` is ``"SELECT"``, ``"ASK"``, ``"CONSTRUCT"`` or ``"DESCRIBE"``. A SELECT fills ``vars`` and ``rows``
    (``None`` for an unbound cell), an ASK fills ``boolean``, a CONSTRUCT or DESCRIBE fills ``graph``.
    """

    kind: str
    vars: tuple[str, ...] = ()
    rows: tuple[tuple[Identifier | None, ...], ...] = ()
    boolean: bool | None = None
    graph: Graph | None = field(default=None, compare=False)

    def __len__(self) -> int:
        if self.graph is not None:
            return len(self.graph)
        return len(self.rows)

    def bindings(self) -> list[dict[str, Identifier]]:
        """The rows of a SELECT as dicts of the bound variables."""
        return [{v: t for v, t in zip(self.vars, row) if t is not None} for row in self.rows]

    def column(self, name: str) -> list[Identifier | None]:
        """The values of one variable, in row order."""
        if name not in self.vars:
            raise QueryError(f"the result has no variable ?{name} (it has {', '.join(self.vars) or 'none'})")
        i = self.vars.index(name)
        return [row[i] for row in self.rows]


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:300] or type(exc).__name__


def _parse_error(exc: ParseBaseException) -> QueryError:
    near = (exc.line or "")[max(exc.col - 1, 0):][:40].strip()
    where = f"line {exc.lineno}, column {exc.col}"
    found = f" near {near!r}" if near else " at the end of the query"
    return QueryError(f"invalid SPARQL at {where}{found}: {exc.msg}")


def parse_query(text: str) -> Any:
    """Parse a SPARQL query; an UPDATE request or a syntax error raises :class:`QueryError`.

    An UPDATE is found by :func:`kg.query.guard.check_query`'s lexer, before the parser reads the text: the one
    place where kg tells an update from a query.

    Examples
    --------
    >>> parse_query("SELECT * WHERE { ?s ?p ?o }") is not None
    True
    >>> parse_query("SELECT ?s WHERE { ?s ?p }")
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: invalid SPARQL at line 1, column 19 near '?s ?p }': Expected SelectQuery
    >>> parse_query("DELETE WHERE { ?s ?p ?o }")
    Traceback (most recent call last):
    ...
    kg.query.guard.UpdateRefused: SPARQL UPDATE is not allowed: kg only reads graphs
    """
    if not any(line.strip() and not line.lstrip().startswith("#") for line in text.splitlines()):
        raise QueryError("the query is empty")
    check_query(text, allow_service=True)  # rdflib's parser recurses per nested group: too deep is refused first
    try:
        return parseQuery(text)
    except ParseBaseException as exc:
        raise _parse_error(exc) from exc
    except Exception as exc:  # rdflib's parser also raises plain exceptions for bad escapes and IRIs
        raise QueryError(f"invalid SPARQL: {_one_line(exc)}") from exc


def _explain(query: str) -> None:
    """Raise the :class:`QueryError` rdflib's parser gives for an invalid query: where the error is, that it is an
    UPDATE, or which prefix is unknown (the engines' own messages say less)."""
    try:
        translateQuery(parse_query(query), initNs=INIT_NS)
    except QueryError:
        raise
    except Exception as exc:  # e.g. "Unknown namespace prefix : foo"
        raise QueryError(f"invalid SPARQL: {_one_line(exc)}") from exc


def run_query(graph: Graph, query: str, params: Mapping[str, str] | None = None, *,
              allow_service: bool = False) -> QueryResult:
    """Run a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT or DESCRIBE) on ``graph``.

    kg's prefixes (``kg:``, ``kge:``, ``prov:``, …) need not be declared. ``params`` bind variables before
    the query runs; a value naming an entity (``"China"``) becomes its IRI (see :mod:`kg.query.params`).
    A dataset is queried as the union of its named graphs (as :func:`kg.rdf.io.load_graph` returns it), unless the
    query names its own (``FROM <g>``: the document graphs of a store or a TriG file). The text is checked before
    any parser reads it (see :mod:`kg.query.guard`): too long, nested too deep, an UPDATE, or a ``SERVICE`` call
    without ``allow_service`` is refused. The query runs in the graph's engine (:func:`kg.rdf.engine.query`:
    Oxigraph for a graph it holds), which binds the parameters itself; rdflib's parser reads the query only to
    find the variables ``params`` must name, or to explain a query the engine rejects.

    Raises
    ------
    QueryError
        On a syntax error (with its line and column), an UPDATE request, a query refused by
        :func:`~kg.query.guard.check_query`, a parameter naming no variable of the query, or an error while the
        query runs.

    Examples
    --------
    >>> g = Graph().parse(data='''@prefix kg: <https://w3id.org/kg-geotech/ontology#> .
    ... @prefix kge: <https://w3id.org/kg-geotech/id/> .
    ... @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    ... kge:china rdfs:label "China" . kge:russia rdfs:label "Russia" . kge:china kg:cooperatesWith kge:russia .
    ... ''', format="turtle")
    >>> res = run_query(g, "SELECT ?partner WHERE { ?actor kg:cooperatesWith ?partner }", {"actor": "China"})
    >>> res.kind, [str(t) for t in res.column("partner")]
    ('SELECT', ['https://w3id.org/kg-geotech/id/russia'])
    >>> run_query(g, "ASK { kge:russia kg:cooperatesWith kge:china }").boolean
    False
    """
    info = check_query(query, allow_service=allow_service)
    tree = parse_query(query) if params else None  # the variables the parameters must name
    bindings = bind_params(graph, params, parsed_variables(tree)) if tree is not None else {}
    try:
        answer = engine.query(graph, query, INIT_NS, bindings, own_dataset=info.has_from)
    except QueryError:
        raise
    except (SyntaxError, ParseBaseException) as exc:
        _explain(query)
        raise QueryError(f"invalid SPARQL: {_one_line(exc)}") from exc
    except Exception as exc:  # evaluation is lazy: errors surface while iterating
        _explain(query)  # rdflib's engine reports a bad prefix this way too
        raise QueryError(f"the query failed: {_one_line(exc)}") from exc
    if answer.kind == "GRAPH":
        return QueryResult(info.form or "CONSTRUCT", graph=answer.graph)
    return QueryResult(answer.kind, vars=answer.vars, rows=answer.rows, boolean=answer.boolean)
