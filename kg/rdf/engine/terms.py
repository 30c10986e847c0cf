"""Terms: Oxigraph's and rdflib's, converted both ways.

>>> from_ox(to_ox(Literal("a", lang="en"))) == Literal("a", lang="en")
True
"""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from kg.errors import GraphError

_XSD_STRING = str(XSD.string)


def from_ox(term: Any) -> Any:
    """The rdflib term of an Oxigraph term; a plain string literal stays plain (not ``^^xsd:string``).

    >>> from_ox(ox.Literal("China")) == Literal("China")
    True
    """
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return Literal(term.value) if datatype == _XSD_STRING else Literal(term.value, datatype=URIRef(datatype))
    if isinstance(term, ox.Triple):
        return from_ox(term.subject), from_ox(term.predicate), from_ox(term.object)
    raise ValueError(f"unexpected Oxigraph term {term!r}")


class TermCache:
    """:func:`from_ox` for the cells of one result, converting each distinct term once (results repeat labels,
    predicates and entities); ``None`` (an unbound cell) stays ``None``.

    >>> term = TermCache()
    >>> a, b = term(ox.NamedNode("http://x/a")), term(ox.NamedNode("http://x/a"))
    >>> a is b, a, term(None)
    (True, rdflib.term.URIRef('http://x/a'), None)
    """

    def __init__(self) -> None:
        self._terms: dict[Any, Any] = {}

    def __call__(self, value: Any) -> Any:
        if value is None:
            return None
        found = self._terms.get(value)
        if found is None:
            found = self._terms[value] = from_ox(value)
        return found


def to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """The Oxigraph term of an rdflib term.

    >>> str(to_ox(Literal("a\\nb")))
    '"a\\\\nb"'
    """
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)) if term.datatype else None)
    raise GraphError(f"cannot store the RDF term {term!r}")


def term_text(term: Node) -> str:
    """An rdflib term written as in N-Triples (and in SPARQL).

    >>> term_text(URIRef("http://x/a")), term_text(Literal(3))
    ('<http://x/a>', '"3"^^<http://www.w3.org/2001/XMLSchema#integer>')
    """
    return str(to_ox(term))


class OxTerms:
    """Converts rdflib terms to Oxigraph terms, each distinct IRI and datatype once (they repeat a lot).

    >>> conv = OxTerms()
    >>> conv.quad((URIRef("http://x/a"), URIRef("http://x/p"), Literal(3)), URIRef("http://x/g"))
    <Quad subject=<NamedNode value=http://x/a> predicate=<NamedNode value=http://x/p> object=<Literal value=3 \
datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#integer>> graph_name=<NamedNode value=http://x/g>>
    """

    def __init__(self) -> None:
        self._iris: dict[str, ox.NamedNode] = {}

    def iri(self, value: str) -> ox.NamedNode:
        node = self._iris.get(value)
        if node is None:
            node = self._iris[value] = ox.NamedNode(value)
        return node

    def term(self, term: Node) -> Any:
        if type(term) is URIRef:
            return self.iri(str(term))  # str() keys: rdflib's own term hash is several times slower
        if type(term) is Literal and not term.language:
            datatype = term.datatype
            return ox.Literal(str(term), datatype=self.iri(str(datatype)) if datatype is not None else None)
        return to_ox(term)

    def quad(self, triple: tuple[Node, Node, Node], graph: Node | None = None) -> ox.Quad:
        s, p, o = triple
        return ox.Quad(self.term(s), self.term(p), self.term(o), self.term(graph) if graph is not None else None)


def plain_literal(term: Any) -> Any:
    """A literal ``^^xsd:string`` made plain: RDF 1.1 makes "x" and "x"^^xsd:string one literal; rdflib keeps them
    apart, and files hold the plain one.

    >>> plain_literal(Literal("x", datatype=XSD.string)) == Literal("x")
    True
    """
    if isinstance(term, Literal) and term.datatype is not None and str(term.datatype) == _XSD_STRING:
        return Literal(str(term))
    return term

