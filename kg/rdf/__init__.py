"""RDF step: extraction records -> rdflib graph with provenance; reading and writing RDF files."""

from kg.rdf.build import add_relation, build_graph, entity_iri, statement_iri
from kg.rdf.io import FORMATS, guess_format, load_graph, save_graph

__all__ = ["add_relation", "build_graph", "entity_iri", "statement_iri", "FORMATS", "guess_format",
           "load_graph", "save_graph"]
