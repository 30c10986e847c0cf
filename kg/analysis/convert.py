"""Turn a kg RDF graph into a networkx MultiDiGraph: one node per entity, one edge per direct relation triple.

The node and edge attributes are the schema the analysis and the viz steps read:

* node (entity IRI as ``str``): ``label``, ``type`` (coarse type), ``subtype``, ``aliases`` (sorted list),
  ``wikidata`` (Q-id or ``None``), ``country`` (IRI of the entity's ``kg:country``, a Country's own IRI, or
  ``None``);
* edge (key = predicate name): ``predicate``, ``family``, ``symmetric``, ``status`` (``"asserted"`` when any
  statement is asserted, else ``"planned"``), ``topics`` (sorted labels), ``confidence`` (max over statements),
  ``sources`` (independent stories: documents, the syndicated copies of one story counted once), ``outlets``
  (distinct documents, every copy counted), ``date`` (earliest event date or ``None``) and ``evidence``: a list of dicts
  ``sentence, doc_id, title, url, published, source, rule`` sorted by document id and position; ``statements``: one dict
  per statement (document) with ``doc_id``, ``story`` (doc_id of the story's first copy), ``date`` (event date,
  else publication date), ``event_date``,
  ``status``, ``confidence`` and ``topics``, which :func:`kg.analysis.period.filter_by_date` reads.

The graph is read one predicate at a time into plain strings: straight from Oxigraph when the graph is held there
(a store, or a file loaded by :func:`kg.rdf.io.load_graph`), which takes about a second for a million triples.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import networkx as nx
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from kg.rdf.period import statement_date
from kg.rdf.engine import Pair, pairs, select_rows
from kg.vocab import ENTITY_TYPES, KG, PREDICATES, WD

_BY_IRI = {str(p.iri): p for p in PREDICATES.values()}


#: a row of the statements query: (statement, s, p, o, doc, status, confidence, event date, published, topic)
Row = tuple[str | None, ...]
_DOC, _STATUS, _CONF, _DATE, _PUB, _TOPIC = range(4, 10)


class _Triples:
    """The triples of a graph, read one predicate at a time as plain strings."""

    def __init__(self, graph: Graph) -> None:
        self._graph = graph

    def pairs(self, predicate: URIRef) -> list[Pair]:
        return list(pairs(self._graph, predicate))

    def select(self, query: str) -> list[tuple[str | None, ...]]:
        """The rows of a SPARQL SELECT as plain strings (``None`` where unbound)."""
        return select_rows(self._graph, query)

    def by_subject(self, predicate: URIRef) -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for s, o, _, _ in self.pairs(predicate):
            out[s].append(o)
        return out

    def subjects(self, predicate: URIRef, value: URIRef) -> list[str]:
        """The subjects of ``predicate`` with the IRI ``value`` (read with the object bound: 300 documents, not
        every one of 45,000 ``rdf:type`` triples)."""
        rows = self.select(f"SELECT DISTINCT ?s WHERE {{ ?s <{predicate}> <{value}> }}")
        return sorted(s for (s,) in rows if s is not None)


def local_name(iri: str) -> str:
    """The last path or fragment segment of an IRI (the label of an entity that has none).

    >>> local_name("https://w3id.org/kg-geotech/id/sberbank"), local_name("https://w3id.org/kg-geotech/ontology#Bank")
    ('sberbank', 'Bank')
    """
    return iri.rstrip("/").rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _values(triples: _Triples, prop: URIRef) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for node, value, node_is_iri, _ in triples.pairs(prop):
        if node_is_iri:
            out[node].add(value)
    return out


def _node_attrs(triples: _Triples) -> dict[str, dict[str, Any]]:
    labels, alts = _values(triples, RDFS.label), _values(triples, SKOS.altLabel)
    types, subtypes, same = _values(triples, KG.entityType), _values(triples, KG.subtype), _values(triples, OWL.sameAs)
    countries = _values(triples, KG.country)
    order = {t: i for i, t in enumerate(ENTITY_TYPES)}
    nodes: dict[str, dict[str, Any]] = {}
    for node in types:
        names = sorted(labels.get(node, ())) or [local_name(node)]
        qids = sorted(v[len(str(WD)):] for v in same.get(node, ()) if v.startswith(str(WD)))
        kinds = sorted(types.get(node, ()), key=lambda t: (order.get(t, len(order)), t))
        nodes[node] = {
            "label": names[0],
            "type": kinds[0] if kinds else None,
            "subtype": min(subtypes[node]) if subtypes.get(node) else None,
            "aliases": sorted((set(names[1:]) | alts.get(node, set())) - {names[0]}),
            "wikidata": qids[0] if qids else None,
            # a country belongs to itself, so filtering by country keeps the country's own relations
            "country": node if "Country" in kinds else min(countries[node]) if countries.get(node) else None,
        }
    return nodes


def _documents(triples: _Triples) -> dict[str, dict[str, Any]]:
    ids, titles = triples.by_subject(KG.docId), triples.by_subject(DCTERMS.title)
    urls, issued = triples.by_subject(DCTERMS.source), triples.by_subject(DCTERMS.issued)
    sites = triples.by_subject(KG.sourceName)

    def one(values: dict[str, list[str]], doc: str) -> str | None:
        return min(values[doc]) if doc in values else None

    return {doc: {"doc_id": one(ids, doc) or local_name(doc), "title": one(titles, doc), "url": one(urls, doc),
                  "published": one(issued, doc), "source": one(sites, doc)}
            for doc in triples.subjects(RDF.type, KG.Document)}


def _doc_info(docs: dict[str, dict[str, Any]], doc: str | None) -> dict[str, Any]:
    if doc is None:
        return {"doc_id": None, "title": None, "url": None, "published": None, "source": None}
    return docs.get(doc) or {"doc_id": local_name(doc), "title": None, "url": None, "published": None, "source": None}


_PREFIXES = ("PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX prov: <http://www.w3.org/ns/prov#> "
             f"PREFIX kg: <{KG}> ")

#: one row per statement and combination of its values (a property with two values gives two rows)
_STATEMENTS_QUERY = _PREFIXES + """SELECT ?st ?s ?p ?o ?doc ?status ?conf ?date ?pub ?topic WHERE {
    ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
    OPTIONAL { ?st prov:wasDerivedFrom ?doc } OPTIONAL { ?st kg:status ?status }
    OPTIONAL { ?st kg:confidence ?conf } OPTIONAL { ?st kg:eventDate ?date }
    OPTIONAL { ?st kg:published ?pub } OPTIONAL { ?st kg:topic ?topic } }"""

#: a triple in several named graphs gives several rows: they are merged by (statement, evidence)
_EVIDENCE_QUERY = _PREFIXES + """SELECT ?st ?ev ?sentence ?start ?rule WHERE {
    ?st kg:evidence ?ev . ?ev kg:sentence ?sentence .
    OPTIONAL { ?ev kg:startChar ?start } OPTIONAL { ?ev kg:rule ?rule } }"""


def _read_statements(triples: _Triples) -> dict[tuple[str | None, ...], list[list[Row]]]:
    """The statements behind each direct triple, from one query (Oxigraph answers it in a fraction of a second at
    15,000): ``{(s, p, o): [the rows of one statement]}``, a row per combination of a statement's values (one row,
    mostly). The rows are kept as the query gives them: a million-triple graph has 45,000 statements, and every
    container made per statement is one more object for the garbage collector to walk while the network grows."""
    rows_of: dict[str | None, list[Row]] = {}
    for row in triples.select(_STATEMENTS_QUERY):
        found = rows_of.get(row[0])
        if found is None:
            rows_of[row[0]] = [row]
        else:
            found.append(row)
    out: dict[tuple[str | None, ...], list[list[Row]]] = defaultdict(list)
    for rows in rows_of.values():
        key = min(row[1:4] for row in rows)
        if key[1] in _BY_IRI:
            out[key].append(rows)
    return out


def _read_evidence(triples: _Triples) -> dict[str, list[tuple[int, str, str | None]]]:
    """``{statement: [(start, sentence, rule)]}``; an evidence node with several values gives its least ones (a
    start of -1: none)."""
    least: dict[tuple[str | None, str | None], tuple[int, str, str | None]] = {}
    for st, ev, sentence, start, rule in triples.select(_EVIDENCE_QUERY):
        item = (-1 if start is None else int(start), sentence or "", rule)
        seen = least.get((st, ev))
        least[(st, ev)] = item if seen is None else _least(seen, item)
    out: dict[str, list[tuple[int, str, str | None]]] = defaultdict(list)
    for (st, _), item in sorted(least.items(), key=lambda kv: (kv[0][0] or "", kv[0][1] or "")):
        out[st or ""].append(item)
    return out


def _least(a: tuple[int, str, str | None], b: tuple[int, str, str | None]) -> tuple[int, str, str | None]:
    """The least start, sentence and rule of two readings of one evidence node (-1 and ``None``: no value).

    >>> _least((-1, "b", "r2"), (5, "a", None))
    (5, 'a', 'r2')
    """
    starts = [start for start in (a[0], b[0]) if start != -1]
    rules = [rule for rule in (a[2], b[2]) if rule is not None]
    return min(starts, default=-1), min(a[1], b[1]), min(rules, default=None)


def _distinct(rows: list[Row], column: int) -> tuple[str, ...]:
    """The distinct values of one column of a statement's rows (mostly one row: no set made)."""
    if len(rows) == 1:
        value = rows[0][column]
        return () if value is None else (value,)
    return tuple({value for row in rows if (value := row[column]) is not None})


class _Edges:
    """The attributes of each edge, made from its statements when the edge is added to the network."""

    def __init__(self, triples: _Triples, labels: dict[str, str]) -> None:
        self.labels = labels  # entity IRI -> label, for the topics
        self.docs = _documents(triples)
        self.story_of = {doc: min(stories) for doc, stories in triples.by_subject(KG.story).items()}
        self.evidence = _read_evidence(triples)
        self.statements = _read_statements(triples)

    def topic_labels(self, topics: Iterable[str]) -> list[str]:
        if not topics:
            return []
        labels = self.labels
        return sorted(label if (label := labels.get(t)) is not None else local_name(t) for t in topics)

    def attrs(self, key: tuple[str, str, str]) -> dict[str, Any]:
        """The attributes of the edge of a direct triple (schema in the module docstring)."""
        spec = _BY_IRI[key[1]]
        statuses: set[str] = set()
        topics: set[str] = set()
        docs: set[str] = set()
        stories: set[str] = set()  # the independent stories of ``docs`` (syndicated copies as one)
        confidences: list[float] = []
        dates: list[str] = []
        evidence: list[tuple[str, int, dict[str, Any]]] = []
        statements: list[dict[str, Any]] = []
        for rows in self.statements.pop(key, ()):  # each triple's statements are read once: dropped once read
            status, topic, event_dates = _distinct(rows, _STATUS), _distinct(rows, _TOPIC), _distinct(rows, _DATE)
            confs = [float(c) for c in _distinct(rows, _CONF)]
            doc = min(_distinct(rows, _DOC), default=None)
            statuses.update(status)
            topics.update(topic)
            confidences.extend(confs)
            dates.extend(event_dates)
            story = None
            if doc is not None:
                story = self.story_of.get(doc, doc)
                docs.add(doc)
                stories.add(story)
            info = _doc_info(self.docs, doc)
            statements.append({
                "doc_id": info["doc_id"], "story": _doc_info(self.docs, story)["doc_id"],
                "date": statement_date(event_dates, _distinct(rows, _PUB), info["published"]),
                "event_date": min(event_dates, default=None), "status": min(status, default=None) or "asserted",
                "confidence": max(confs, default=0.0), "topics": self.topic_labels(topic),
            })
            for start, sentence, rule in self.evidence.pop(rows[0][0] or "", ()):
                evidence.append((info["doc_id"] or "", start, {"sentence": sentence, **info, "rule": rule}))
        evidence.sort(key=lambda e: (e[0], e[1], e[2]["sentence"], e[2]["rule"] or ""))
        statements.sort(key=lambda st: (st["doc_id"] or "", st["date"] or ""))
        return {
            "predicate": spec.name,
            "family": spec.family,
            "symmetric": spec.symmetric,
            "status": "asserted" if not statuses or "asserted" in statuses else "planned",
            "topics": self.topic_labels(topics),
            "confidence": max(confidences, default=0.0),
            "sources": len(stories),
            "outlets": len(docs),
            "date": min(dates) if dates else None,
            "evidence": [item for _, _, item in evidence],
            "statements": statements,
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
    triples = _Triples(graph)
    nodes = _node_attrs(triples)
    direct = sorted({(s, p, o) for p, spec in _BY_IRI.items() for s, o, s_iri, o_iri in triples.pairs(spec.iri)
                     if s_iri and o_iri})
    for s, _, o in direct:
        for node in (s, o):
            if node not in nodes:
                nodes[node] = {"label": local_name(node), "type": None, "subtype": None,
                               "aliases": [], "wikidata": None, "country": None}
    labels = {n: attrs["label"] for n, attrs in nodes.items()}
    # the network is made from generators that hand over (and drop) what was read, so the collector, which walks
    # every live container as the network grows, does not walk them twice
    G = nx.MultiDiGraph()
    G.add_nodes_from((node, nodes.pop(node)) for node in sorted(nodes))
    edges = _Edges(triples, labels)
    G.add_edges_from((s, o, _BY_IRI[p].name, edges.attrs((s, p, o))) for s, p, o in direct)
    return G
