"""Turn ``--param name=value`` strings into SPARQL bindings, resolving entity labels to their IRIs.

A value for a variable such as ``?actor`` is resolved, in this order:

1. ``<iri>`` in angle brackets: that IRI;
2. a variable whose name ends in a data word (``label``, ``title``, ``status``, ``date``, …, see
   :data:`DATA_SUFFIXES`): a literal, skipping the steps below;
3. an entity's label, alias (``skos:altLabel``) or IRI segment, case-insensitively (the rules of
   :mod:`kg.names`, shared with ``kg analyze`` and ``kg view``): its IRI;
4. a prefixed name with a kg prefix (``kge:russia``) or an absolute IRI (``https://…``): that IRI;
5. the name of a kg predicate or type (``cooperatesWith``, ``Country``): its ``kg:`` IRI;
6. a number or a date: ``xsd:integer`` for ``42``, ``xsd:decimal`` for ``0.8``, ``xsd:date`` for ``2024-05-16``;
   a value in double quotes (``"free text"``): that plain string;
7. anything else names no entity of the graph: a :class:`~kg.errors.QueryError` suggesting close labels (a query
   would otherwise quietly find nothing).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from pyparsing import ParseResults
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier, Variable

from kg.errors import QueryError
from kg.names import NameTable
from kg.vocab import ENTITY_TYPES, KG, PREDICATES, PREFIXES, SUBTYPES

#: Variables whose name ends in one of these (case-insensitive) always take a literal value.
DATA_SUFFIXES: tuple[str, ...] = (
    "label", "name", "title", "sentence", "text", "status", "rule", "date", "year", "url", "type",
    "count", "confidence", "docid", "published", "family",
)
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_INTEGER = re.compile(r"[+-]?\d+")
_DECIMAL = re.compile(r"[+-]?\d*\.\d+")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ABSOLUTE_IRI = re.compile(r"(https?|urn|file):\S+")


def parse_params(items: Iterable[str]) -> dict[str, str]:
    """Parse ``name=value`` strings (as given to ``--param``) into a mapping.

    A leading ``?`` or ``$`` on the name is dropped; the value keeps its spaces.

    Examples
    --------
    >>> parse_params(["actor=China", "?technology=artificial intelligence"])
    {'actor': 'China', 'technology': 'artificial intelligence'}
    >>> parse_params(["actor"])
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: parameter 'actor' is not of the form name=value
    """
    params: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        name = name.strip().lstrip("?$")
        if not sep:
            raise QueryError(f"parameter {item!r} is not of the form name=value")
        if not _NAME.fullmatch(name):
            raise QueryError(f"parameter {item!r}: {name!r} is not a SPARQL variable name")
        if name in params:
            raise QueryError(f"parameter {name!r} is given twice")
        params[name] = value.strip()
    return params


def parsed_variables(tree: Any) -> set[str]:
    """The names of all variables in a parsed query (as returned by rdflib's ``parseQuery``).

    Examples
    --------
    >>> from rdflib.plugins.sparql.parser import parseQuery
    >>> sorted(parsed_variables(parseQuery("SELECT ?s WHERE { ?s ?p $o }")))
    ['o', 'p', 's']
    """
    found: set[str] = set()
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, Variable):
            found.add(str(node))
        elif isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, (list, tuple, ParseResults)):
            stack.extend(node)
    return found


def is_data_variable(name: str) -> bool:
    """Whether a variable takes a literal value whatever it is given (see :data:`DATA_SUFFIXES`).

    >>> is_data_variable("docTitle"), is_data_variable("actor")
    (True, False)
    """
    return name.lower().endswith(DATA_SUFFIXES)


def literal_value(value: str) -> Literal:
    """A literal for a parameter value: integers, decimals and ISO dates typed, anything else plain.

    Examples
    --------
    >>> literal_value("2").datatype == XSD.integer, literal_value("0.5").datatype == XSD.decimal
    (True, True)
    >>> literal_value("2024-05-16").datatype == XSD.date, literal_value("planned").datatype is None
    (True, True)
    """
    if _INTEGER.fullmatch(value):
        return Literal(int(value))
    if _DECIMAL.fullmatch(value):
        return Literal(Decimal(value))
    if _DATE.fullmatch(value):
        return Literal(value, datatype=XSD.date)
    return Literal(value)


def _iri(name: str, value: str) -> URIRef:
    """``value`` as an IRI; one that is not valid (a space, a quote, ``<``…) is a :class:`QueryError`.

    >>> _iri("actor", "a b")
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: parameter 'actor': <a b> is not a valid IRI
    """
    from kg.rdf.engine import is_iri

    if not is_iri(value):
        raise QueryError(f"parameter {name!r}: <{value[:200]}> is not a valid IRI")
    return URIRef(value)


def _expand(value: str) -> URIRef | None:
    prefix, sep, local = value.partition(":")
    if sep and prefix in PREFIXES and " " not in local:
        return URIRef(str(PREFIXES[prefix]) + local)
    if _ABSOLUTE_IRI.fullmatch(value):
        return _iri("", value)
    if value in PREDICATES or value in ENTITY_TYPES or value in SUBTYPES:
        return KG[value]
    return None


class _Resolver:
    """Resolves values against one graph, building its label index only when a label is needed."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self._names: NameTable | None = None

    def __call__(self, name: str, value: str) -> Identifier:
        if value.startswith("<") and value.endswith(">") and len(value) > 2:
            return _iri(name, value[1:-1])
        if is_data_variable(name):
            return literal_value(value)
        if len(value) >= 2 and value.startswith('"') and value.endswith('"'):
            return Literal(value[1:-1])
        if self._names is None:
            self._names = NameTable.from_rdf(self.graph)
        found = self._names.find(value)
        if found is not None:
            return URIRef(found)
        expanded = _expand(value)
        if expanded is not None:
            return expanded
        if _INTEGER.fullmatch(value) or _DECIMAL.fullmatch(value) or _DATE.fullmatch(value):
            return literal_value(value)
        raise QueryError(f"parameter {name!r}: {self._names.unknown(value)}; "
                         f'give "{value}" in double quotes for the plain string')


def resolve_value(graph: Graph, name: str, value: str) -> Identifier:
    """The RDF term that ``value`` stands for as the value of variable ``?name`` (see the module docstring).

    Examples
    --------
    >>> g = Graph().parse(data='<https://w3id.org/kg-geotech/id/china> '
    ...     '<http://www.w3.org/2000/01/rdf-schema#label> "China" .', format="nt")
    >>> str(resolve_value(g, "actor", "china"))
    'https://w3id.org/kg-geotech/id/china'
    >>> resolve_value(g, "actorLabel", "China")
    rdflib.term.Literal('China')
    >>> str(resolve_value(g, "actor", "kge:russia"))
    'https://w3id.org/kg-geotech/id/russia'
    >>> resolve_value(g, "actor", "Chna")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: parameter 'actor': unknown entity 'Chna' (did you mean: China?); give "Chna" in double ...
    """
    return _Resolver(graph)(name, value)


def bind_params(graph: Graph, params: Mapping[str, str] | None, variables: set[str]) -> dict[str, Identifier]:
    """Resolve every parameter to a term; a parameter naming no variable of the query is an error.

    Examples
    --------
    >>> bind_params(Graph(), {"status": "planned"}, {"status", "s"})
    {'status': rdflib.term.Literal('planned')}
    >>> bind_params(Graph(), {"actr": "China"}, {"actor"})
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: parameter 'actr' names no variable of the query (it has ?actor)
    """
    if not params:
        return {}
    resolver = _Resolver(graph)
    bindings: dict[str, Identifier] = {}
    for raw, value in params.items():
        name = raw.lstrip("?$")
        if name not in variables:
            known = ", ".join(f"?{v}" for v in sorted(variables)) or "no variables"
            raise QueryError(f"parameter {name!r} names no variable of the query (it has {known})")
        bindings[name] = resolver(name, value)
    return bindings
