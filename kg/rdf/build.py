"""Build the RDF graph: entities, direct relation triples, and one provenance statement per (edge, document).

Every relation is stored twice, as in Wikidata: the direct triple (``kge:sberbank kg:cooperatesWith kge:china``)
for easy queries, and an ``rdf:Statement`` node carrying status, topics, date, confidence, rules, evidence
sentences with offsets and ``prov:wasDerivedFrom`` the document. Each document's statements live in a named
graph of its own, so a TriG or N-Quads export keeps them apart and counting sources is counting statements.
"""

from __future__ import annotations

import hashlib
from urllib.parse import quote
from collections.abc import Iterable
from typing import Protocol

from rdflib import Dataset, Literal, URIRef
from rdflib.term import Node
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.records import Document, Entity, Extraction, Relation
from kg.vocab import DOC, ENTITY, KG, PREDICATES, STATEMENT, WD, bind_prefixes, type_iri


def entity_iri(entity_id: str) -> URIRef:
    """The IRI of an entity id.

    >>> str(entity_iri("sberbank"))
    'https://w3id.org/kg-geotech/id/sberbank'
    """
    return ENTITY[entity_id]


def doc_iri(doc_id: str) -> URIRef:
    """The IRI of a document id (also the name of its named graph): distinct ids give distinct IRIs.

    >>> [str(doc_iri(i)).rsplit("/", 1)[1] for i in ("a b", "a_b", "a/b", "a%20b")]
    ['a%20b', 'a_b', 'a%2Fb', 'a%2520b']
    """
    return DOC[_safe(doc_id)]


def statement_iri(doc_id: str, subject: str, predicate: str, obj: str) -> URIRef:
    """A stable IRI for the statement of one edge in one document.

    >>> statement_iri("d1", "a", "cooperatesWith", "b") == statement_iri("d1", "a", "cooperatesWith", "b")
    True
    """
    digest = hashlib.sha1(f"{doc_id}\x1f{subject}\x1f{predicate}\x1f{obj}".encode()).hexdigest()[:16]
    return STATEMENT[digest]


def _safe(text: str) -> str:
    # percent-encoding is injective: ASCII letters, digits and -_.~ stay, every other character is its UTF-8 bytes
    return quote(text, safe="")


def _date_literal(value: str) -> Literal:
    if len(value) == 10:
        return Literal(value, datatype=XSD.date)
    if len(value) == 7:
        return Literal(value, datatype=XSD.gYearMonth)
    if len(value) == 4:
        return Literal(value, datatype=XSD.gYear)
    return Literal(value)


def _decimal(value: float) -> Literal:
    """An xsd:decimal of 3 places; made from text, so it holds a Decimal as a parsed graph does (not a float)."""
    return Literal(str(round(value, 3)), datatype=XSD.decimal)


def new_dataset() -> Dataset:
    """An empty dataset with kg's prefixes bound (the union of its graphs is the default graph)."""
    ds = Dataset(default_union=True)
    bind_prefixes(ds)
    return ds


def add_entity(g: TripleSink, entity: Entity) -> URIRef:
    """Add an entity's type, label, aliases and Wikidata link; return its IRI."""
    node = entity_iri(entity.id)
    g.add((node, RDF.type, type_iri(entity.type)))
    g.add((node, KG.entityType, Literal(entity.type)))
    if entity.subtype:
        g.add((node, RDF.type, type_iri(entity.subtype)))
        g.add((node, KG.subtype, Literal(entity.subtype)))
    g.add((node, RDFS.label, Literal(entity.label)))
    for alias in sorted(set(entity.aliases) - {entity.label}):
        g.add((node, SKOS.altLabel, Literal(alias)))
    if entity.wikidata:
        g.add((node, OWL.sameAs, WD[entity.wikidata]))
    if entity.country and entity.type != "Country":
        g.add((node, KG.country, entity_iri(entity.country)))
    return node


def add_document(g: TripleSink, doc: Document) -> URIRef:
    """Add a document's metadata; return its IRI."""
    node = doc_iri(doc.doc_id)
    g.add((node, RDF.type, KG.Document))
    g.add((node, KG.docId, Literal(doc.doc_id)))
    if doc.title:
        g.add((node, DCTERMS.title, Literal(doc.title)))
    if doc.url:
        g.add((node, DCTERMS.source, Literal(doc.url, datatype=XSD.anyURI)))
    if doc.published:
        g.add((node, DCTERMS.issued, _date_literal(doc.published)))
    if doc.source:
        g.add((node, KG.sourceName, Literal(doc.source)))
    if doc.dateline:
        g.add((node, KG.dateline, Literal(doc.dateline)))
    if doc.author:
        g.add((node, DCTERMS.creator, Literal(doc.author)))
    if doc.final_url and doc.final_url != doc.url:
        g.add((node, KG.finalUrl, Literal(doc.final_url, datatype=XSD.anyURI)))
    if doc.story and doc.story != doc.doc_id:
        g.add((node, KG.story, doc_iri(doc.story)))
    return node


def oriented(rel: Relation) -> tuple[str, str]:
    """Subject and object of a relation, in canonical order for symmetric predicates.

    >>> oriented(Relation("russia", "cooperatesWith", "china"))
    ('china', 'russia')
    >>> oriented(Relation("russia", "sanctions", "china"))
    ('russia', 'china')
    """
    if PREDICATES[rel.predicate].symmetric and rel.object < rel.subject:
        return rel.object, rel.subject
    return rel.subject, rel.object


def add_relation(g: TripleSink, rel: Relation, doc: Document) -> URIRef:
    """Add one relation: the direct triple and its statement node with provenance, together.

    This is the only function that writes relation edges.
    """
    subject, obj = oriented(rel)
    pred = PREDICATES[rel.predicate].iri
    s_node, o_node = entity_iri(subject), entity_iri(obj)
    g.add((s_node, pred, o_node))
    st = statement_iri(doc.doc_id, subject, rel.predicate, obj)
    g.add((st, RDF.type, RDF.Statement))
    g.add((st, RDF.subject, s_node))
    g.add((st, RDF.predicate, pred))
    g.add((st, RDF.object, o_node))
    g.add((st, KG.status, Literal(rel.status)))
    g.add((st, PROV.wasDerivedFrom, doc_iri(doc.doc_id)))
    g.add((st, KG.confidence, _decimal(rel.confidence)))
    for topic in sorted(set(rel.topics)):
        g.add((st, KG.topic, entity_iri(topic)))
    if rel.date:
        g.add((st, KG.eventDate, _date_literal(rel.date)))
    if doc.published:  # on the statement too, so a time window needs no join with the document
        g.add((st, KG.published, _date_literal(doc.published)))
    for n, ev in enumerate(sorted(rel.evidence, key=lambda e: (e.start, e.end, e.rule)), 1):
        ev_node = URIRef(f"{st}-ev{n}")
        g.add((st, KG.evidence, ev_node))
        g.add((st, KG.rule, Literal(ev.rule)))
        g.add((ev_node, RDF.type, KG.Evidence))
        g.add((ev_node, KG.sentence, Literal(ev.sentence)))
        g.add((ev_node, KG.startChar, Literal(ev.start)))
        g.add((ev_node, KG.endChar, Literal(ev.end)))
        g.add((ev_node, KG.rule, Literal(ev.rule)))
        g.add((ev_node, KG.confidence, _decimal(ev.confidence)))
    return st


class TripleSink(Protocol):
    """Where triples are added: an rdflib ``Graph``, or anything with its ``add``."""

    def add(self, triple: tuple[Node, Node, Node], /) -> object: ...


class GraphSink(Protocol):
    """What :func:`add_extraction` writes to: an rdflib ``Dataset``, or anything handing out named graphs as it does."""

    def graph(self, identifier: URIRef, /) -> TripleSink: ...


def add_extraction(ds: GraphSink, ex: Extraction) -> None:
    """Add one document's extraction to its own named graph of ``ds`` (an rdflib ``Dataset``, say)."""
    g = ds.graph(doc_iri(ex.doc.doc_id))
    add_document(g, ex.doc)
    known = {e.id for e in ex.entities}
    for entity in sorted(ex.entities, key=lambda e: e.id):
        add_entity(g, entity)
    for rel in sorted(ex.relations, key=lambda r: (r.subject, r.predicate, r.object)):
        if rel.subject in known and rel.object in known:
            add_relation(g, rel, ex.doc)


class _GraphWriter:
    """Stands in for one named graph of a dataset: records what is added to it."""

    __slots__ = ("name", "triples")

    def __init__(self, name: URIRef, triples: list[tuple[Node, Node, Node, URIRef]]) -> None:
        self.name, self.triples = name, triples

    def add(self, triple: tuple[Node, Node, Node], /) -> None:
        self.triples.append((triple[0], triple[1], triple[2], self.name))


class _QuadList:
    """A :class:`GraphSink` that lists the quads written to it instead of indexing them in rdflib.

    >>> sink = _QuadList()
    >>> sink.graph(URIRef("http://x/g")).add((URIRef("http://x/a"), RDF.type, KG.Document))
    >>> len(sink.quads)
    1
    """

    def __init__(self) -> None:
        self.quads: list[tuple[Node, Node, Node, URIRef]] = []

    def graph(self, identifier: URIRef, /) -> _GraphWriter:
        return _GraphWriter(identifier, self.quads)


def extraction_quads(ex: Extraction) -> list[tuple[Node, Node, Node, URIRef]]:
    """The quads :func:`add_extraction` writes for one document, in the order it writes them.

    >>> from kg.records import Document
    >>> [str(q[1]).rsplit("#", 1)[-1] for q in extraction_quads(Extraction(Document("d1", "text")))]
    ['type', 'docId']
    """
    sink = _QuadList()
    add_extraction(sink, ex)
    return sink.quads


class GraphBuilder:
    """Builds a dataset document by document in Oxigraph (fast to write out, query and read): in memory, or in store
    folders under ``folder`` so that memory stays flat however many documents come (``kg build -o``).

    >>> from kg.records import Document
    >>> builder = GraphBuilder()
    >>> builder.add(Extraction(Document("d1", "text")))
    2
    >>> len(builder.dataset())
    2
    """

    def __init__(self, folder: str | None = None) -> None:
        from kg.rdf.engine import DatasetWriter

        self._writer = DatasetWriter(folder)  # the document graphs, and their union kept as they are added
        self.on_disk = self._writer.on_disk

    def add(self, ex: Extraction) -> int:
        """Add one document's named graph; return its number of triples."""
        return self._writer.add(extraction_quads(ex))

    def dataset(self) -> Dataset:
        """The dataset built so far, read in place through rdflib's API."""
        return self._writer.dataset()


def build_graph(extractions: Iterable[Extraction]) -> Dataset:
    """Build the dataset of a set of extractions (documents added in doc_id order, so output is stable).

    The dataset is held in Oxigraph (see :class:`GraphBuilder`) and read through rdflib's API.

    >>> from kg.records import Document, Entity, Evidence, Extraction, Relation
    >>> ex = Extraction(Document("d1", "Russia and China cooperate."),
    ...     [Entity("russia", "Russia", "Country"), Entity("china", "China", "Country")],
    ...     [Relation("russia", "cooperatesWith", "china",
    ...               evidence=[Evidence("Russia and China cooperate.", 0, 27, "coop_verb", 0.8)])])
    >>> ds = build_graph([ex])
    >>> (entity_iri("china"), KG.cooperatesWith, entity_iri("russia")) in ds
    True
    """
    builder = GraphBuilder()
    for ex in sorted(extractions, key=lambda e: e.doc.doc_id):
        builder.add(ex)
    return builder.dataset()
