"""The kg vocabulary: entity types, relation predicates and RDF namespaces, mirrored by data/ontology.ttl.

The types and predicates are plain data, defined in :mod:`kg.schema` (which imports no RDF library: the spaCy
components read them from there) and re-exported here; the RDF namespaces below are rdflib's.

Everything that names a type, a predicate or a prefix reads it from here, so a typo fails loudly:
``KG.cooperatesWth`` raises ``AttributeError`` because :class:`KG` is a closed namespace.

Examples
--------
>>> PREDICATES["cooperatesWith"].family, PREDICATES["cooperatesWith"].symmetric
('cooperation', True)
>>> str(KG.sanctions)
'https://w3id.org/kg-geotech/ontology#sanctions'
"""

from __future__ import annotations

from typing import TypeVar

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DefinedNamespace, DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.schema import BASE, ENTITY_TYPES, FAMILIES, ONTOLOGY, PREDICATES, STATUSES, SUBTYPES, Predicate

__all__ = [
    "BASE", "DOC", "ENTITY", "ENTITY_TYPES", "FAMILIES", "KG", "ONTOLOGY", "PREDICATES", "PREFIXES", "PREFIX_IRIS",
    "STATEMENT", "STATUSES", "SUBTYPES", "WD", "Predicate", "bind_prefixes", "type_iri",
]


class KG(DefinedNamespace):
    """Classes and properties of the kg ontology (closed: unknown terms raise)."""

    _fail = True
    _NS = Namespace(ONTOLOGY)

    # classes
    Actor: URIRef
    Body: URIRef
    Country: URIRef
    Organization: URIRef
    Company: URIRef
    Bank: URIRef
    GovernmentBody: URIRef
    ResearchInstitution: URIRef
    University: URIRef
    Media: URIRef
    Military: URIRef
    Fund: URIRef
    InternationalOrganization: URIRef
    Person: URIRef
    Bloc: URIRef
    Technology: URIRef
    Document: URIRef
    Evidence: URIRef
    RelationProperty: URIRef

    # relation predicates
    cooperatesWith: URIRef
    agreementWith: URIRef
    jointVentureWith: URIRef
    investsIn: URIRef
    suppliesTo: URIRef
    sanctions: URIRef
    restrictsExportsTo: URIRef
    competesWith: URIRef
    memberOf: URIRef
    basedIn: URIRef
    leaderOf: URIRef
    worksFor: URIRef
    directs: URIRef
    partOf: URIRef
    focusesOn: URIRef

    # annotations of predicates
    family: URIRef
    cameoCode: URIRef
    ploverType: URIRef

    # entity properties
    entityType: URIRef
    subtype: URIRef
    country: URIRef
    iso2: URIRef
    iso3: URIRef

    # statement and evidence properties
    status: URIRef
    topic: URIRef
    eventDate: URIRef
    published: URIRef
    confidence: URIRef
    rule: URIRef
    evidence: URIRef
    sentence: URIRef
    startChar: URIRef
    endChar: URIRef
    sourceCount: URIRef

    # document properties
    docId: URIRef
    sourceName: URIRef
    dateline: URIRef
    contentHash: URIRef
    finalUrl: URIRef
    story: URIRef


ENTITY = Namespace(BASE + "id/")
STATEMENT = Namespace(BASE + "statement/")
DOC = Namespace(BASE + "doc/")
WD = Namespace("http://www.wikidata.org/entity/")

PREFIXES: dict[str, Namespace | str] = {
    "kg": KG._NS,
    "kge": ENTITY,
    "kgs": STATEMENT,
    "kgd": DOC,
    "wd": WD,
    "rdf": RDF._NS,
    "rdfs": RDFS._NS,
    "owl": OWL._NS,
    "skos": SKOS._NS,
    "prov": PROV._NS,
    "dcterms": DCTERMS._NS,
    "xsd": XSD._NS,
}

#: :data:`PREFIXES` as plain strings, for engines and writers that take a prefix table (SPARQL ``initNs``, Oxigraph).
PREFIX_IRIS: dict[str, str] = {prefix: str(ns) for prefix, ns in PREFIXES.items()}

G = TypeVar("G", bound=Graph)


def bind_prefixes(graph: G) -> G:
    """``graph`` with every prefix of :data:`PREFIXES` bound (replacing rdflib's defaults), so that it writes and
    reads kg's prefixed names; the one place prefixes are bound.

    >>> from rdflib import Graph
    >>> str(dict(bind_prefixes(Graph()).namespaces())["kge"]) == str(ENTITY)
    True
    """
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    return graph


def type_iri(name: str) -> URIRef:
    """The class IRI of a coarse type or subtype.

    >>> type_iri("Bank").endswith("#Bank")
    True
    """
    if name not in ENTITY_TYPES and name not in SUBTYPES:
        raise ValueError(f"unknown entity type {name!r}")
    return KG[name]
