"""Serve a knowledge base over HTTP: a read-only SPARQL 1.1 Protocol endpoint at /sparql and the graph page at /."""

from kg.serve.endpoint import SparqlServer, make_server, negotiate

__all__ = ["SparqlServer", "make_server", "negotiate"]
