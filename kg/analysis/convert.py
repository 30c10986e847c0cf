"""Turn a kg RDF graph into a networkx MultiDiGraph: one node per entity, one edge per direct relation triple.

The node and edge attributes are the schema the analysis and the viz steps read:

* node (entity IRI as ``str``): ``label``, ``type`` (coarse type), ``subtype``, ``aliases`` (sorted list),
  ``wikidata`` (Q-id or ``None``), ``country`` (IRI of the entity's ``kg:country``, a Country's own IRI, or
  ``None``);
* edge (key = predicate name): ``predicate``, ``family``, ``symmetric``, ``status`` (``"asserted"`` when any
  statement is asserted, else ``"planned"``), ``topics`` (sorted labels), ``confidence`` (max over statements),
  ``sources`` (distinct documents), ``date`` (earliest event date or ``None``) and ``evidence``: a list of dicts
  ``sentence, doc_id, title, url, published, rule`` sorted by document id and position; ``statements``: one dict
  per statement (document) with ``doc_id``, ``date`` (event date, else publication date), ``event_date``,
  ``status``, ``confidence`` and ``topics``, which :func:`kg.analysis.period.filter_by_date` reads.

The graph is read by iterating triples once per statement (no query per edge), so it scales to large graphs.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS

from kg.vocab import ENTITY_TYPES, KG, PREDICATES, WD

_BY_IRI = {p.iri: p for p in PREDICATES.values()}


@dataclass
class _Edge:
    statuses: set[str] = field(default_factory=set)
    topics: set[URIRef] = field(default_factory=set)
    confidences: list[float] = field(default_factory=list)
    docs: set[URIRef] = field(default_factory=set)
    dates: list[str] = field(default_factory=list)
    evidence: list[tuple[str, int, dict[str, Any]]] = field(default_factory=list)
    statements: list[dict[str, Any]] = field(default_factory=list)


def local_name(iri: str) -> str:
    """The last path or fragment segment of an IRI (the label of an entity that has none).

    >>> local_name("https://w3id.org/kg-geotech/id/sberbank"), local_name("https://w3id.org/kg-geotech/ontology#Bank")
    ('sberbank', 'Bank')
    """
    return iri.rstrip("/").rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _values(graph: Graph, prop: URIRef) -> dict[URIRef, set[str]]:
    out: dict[URIRef, set[str]] = defaultdict(set)
    for node, value in graph.subject_objects(prop):
        if isinstance(node, URIRef):
            out[node].add(str(value))
    return out


def _node_attrs(graph: Graph) -> dict[str, dict[str, Any]]:
    labels, alts = _values(graph, RDFS.label), _values(graph, SKOS.altLabel)
    types, subtypes, same = _values(graph, KG.entityType), _values(graph, KG.subtype), _values(graph, OWL.sameAs)
    countries = _values(graph, KG.country)
    order = {t: i for i, t in enumerate(ENTITY_TYPES)}
    nodes: dict[str, dict[str, Any]] = {}
    for node in types:
        names = sorted(labels.get(node, ())) or [local_name(node)]
        qids = sorted(v[len(str(WD)):] for v in same.get(node, ()) if v.startswith(str(WD)))
        kinds = sorted(types.get(node, ()), key=lambda t: (order.get(t, len(order)), t))
        nodes[str(node)] = {
            "label": names[0],
            "type": kinds[0] if kinds else None,
            "subtype": min(subtypes[node]) if subtypes.get(node) else None,
            "aliases": sorted((set(names[1:]) | alts.get(node, set())) - {names[0]}),
            "wikidata": qids[0] if qids else None,
            # a country belongs to itself, so filtering by country keeps the country's own relations
            "country": str(node) if "Country" in kinds else min(countries[node]) if countries.get(node) else None,
        }
    return nodes


def _documents(graph: Graph) -> dict[URIRef, dict[str, Any]]:
    docs: dict[URIRef, dict[str, Any]] = {}
    for doc in set(graph.subjects(RDF.type, KG.Document)):
        props = {p: o for p, o in graph.predicate_objects(doc)}
        docs[doc] = {
            "doc_id": str(props.get(KG.docId, local_name(doc))),
            "title": str(props[DCTERMS.title]) if DCTERMS.title in props else None,
            "url": str(props[DCTERMS.source]) if DCTERMS.source in props else None,
            "published": str(props[DCTERMS.issued]) if DCTERMS.issued in props else None,
        }
    return docs


def _doc_info(docs: dict[URIRef, dict[str, Any]], doc: URIRef | None) -> dict[str, Any]:
    if doc is None:
        return {"doc_id": None, "title": None, "url": None, "published": None}
    return docs.get(doc) or {"doc_id": local_name(doc), "title": None, "url": None, "published": None}


def _statements(graph: Graph) -> dict[tuple[URIRef, URIRef, URIRef], _Edge]:
    docs = _documents(graph)
    edges: dict[tuple[URIRef, URIRef, URIRef], _Edge] = defaultdict(_Edge)
    for st in set(graph.subjects(RDF.type, RDF.Statement)):
        props: dict[URIRef, list[Any]] = defaultdict(list)
        for p, o in graph.predicate_objects(st):
            props[p].append(o)
        try:
            key = (props[RDF.subject][0], props[RDF.predicate][0], props[RDF.object][0])
        except IndexError:
            continue
        if key[1] not in _BY_IRI:
            continue
        edge = edges[key]
        doc = props[PROV.wasDerivedFrom][0] if props[PROV.wasDerivedFrom] else None
        edge.statuses.update(str(s) for s in props[KG.status])
        edge.topics.update(props[KG.topic])
        edge.confidences.extend(float(c) for c in props[KG.confidence])
        edge.dates.extend(str(d) for d in props[KG.eventDate])
        if doc is not None:
            edge.docs.add(doc)
        info = _doc_info(docs, doc)
        event_date = min((str(d) for d in props[KG.eventDate]), default=None)
        published = min((str(d) for d in props[KG.published]), default=None) or info["published"]
        edge.statements.append({
            "doc_id": info["doc_id"], "date": event_date or published, "event_date": event_date,
            "status": min((str(s) for s in props[KG.status]), default="asserted"),
            "confidence": max((float(c) for c in props[KG.confidence]), default=0.0),
            "topics": sorted(str(t) for t in props[KG.topic]),
        })
        for ev in props[KG.evidence]:
            ev_props = {p: o for p, o in graph.predicate_objects(ev)}
            if KG.sentence not in ev_props:
                continue
            start = int(ev_props[KG.startChar]) if KG.startChar in ev_props else -1
            item = {"sentence": str(ev_props[KG.sentence]), **info,
                    "rule": str(ev_props[KG.rule]) if KG.rule in ev_props else None}
            edge.evidence.append((info["doc_id"] or "", start, item))
    return edges


def _edge_attrs(pred: URIRef, edge: _Edge | None, labels: dict[str, str]) -> dict[str, Any]:
    spec = _BY_IRI[pred]
    edge = edge or _Edge()
    keyed = sorted(edge.evidence, key=lambda e: (e[0], e[1], e[2]["sentence"], e[2]["rule"] or ""))
    return {
        "predicate": spec.name,
        "family": spec.family,
        "symmetric": spec.symmetric,
        "status": "asserted" if not edge.statuses or "asserted" in edge.statuses else "planned",
        "topics": sorted(labels.get(str(t), local_name(t)) for t in edge.topics),
        "confidence": max(edge.confidences, default=0.0),
        "sources": len(edge.docs),
        "date": min(edge.dates) if edge.dates else None,
        "evidence": [item for _, _, item in keyed],
        "statements": sorted(({**st, "topics": sorted(labels.get(t, local_name(t)) for t in st["topics"])}
                              for st in edge.statements), key=lambda st: (st["doc_id"] or "", st["date"] or "")),
    }


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """The MultiDiGraph of a kg graph (schema in the module docstring).

    Nodes are the entities that have a ``kg:entityType`` or take part in a relation; an endpoint without a
    label is labelled by its IRI's last segment.

    Examples
    --------
    >>> from kg.rdf.build import build_graph
    >>> from kg.records import Document, Entity, Evidence, Extraction, Relation
    >>> ex = Extraction(Document("d1", "Russia and China cooperate.", title="T"),
    ...     [Entity("russia", "Russia", "Country"), Entity("china", "China", "Country", aliases=["PRC"])],
    ...     [Relation("russia", "cooperatesWith", "china",
    ...               evidence=[Evidence("Russia and China cooperate.", 0, 27, "coop_verb", 0.8)])])
    >>> G = to_networkx(build_graph([ex]))
    >>> G.number_of_nodes(), G.number_of_edges()
    (2, 1)
    >>> G.nodes["https://w3id.org/kg-geotech/id/china"]["aliases"]
    ['PRC']
    >>> e = G.edges["https://w3id.org/kg-geotech/id/china", "https://w3id.org/kg-geotech/id/russia", "cooperatesWith"]
    >>> e["status"], e["sources"], e["confidence"], e["evidence"][0]["title"]
    ('asserted', 1, 0.8, 'T')
    """
    nodes = _node_attrs(graph)
    direct = sorted({(s, p, o) for p in _BY_IRI for s, o in graph.subject_objects(p)
                     if isinstance(s, URIRef) and isinstance(o, URIRef)})
    for s, _, o in direct:
        for node in (str(s), str(o)):
            nodes.setdefault(node, {"label": local_name(node), "type": None, "subtype": None,
                                    "aliases": [], "wikidata": None, "country": None})
    G = nx.MultiDiGraph()
    for node in sorted(nodes):
        G.add_node(node, **nodes[node])
    labels = {n: attrs["label"] for n, attrs in nodes.items()}
    statements = _statements(graph)
    for s, p, o in direct:
        attrs = _edge_attrs(p, statements.get((s, p, o)), labels)
        G.add_edge(str(s), str(o), key=attrs["predicate"], **attrs)
    return G
