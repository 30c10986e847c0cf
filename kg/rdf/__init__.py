"""RDF step: extraction records -> rdflib graph with provenance; reading and writing RDF files.

Names are imported on first use. :mod:`kg.rdf.engine` is the RDF engine: the only package that talks to Oxigraph.
"""

from __future__ import annotations

from kg.perf import lazy_names

_LAZY = {
    "add_relation": "kg.rdf.build", "build_graph": "kg.rdf.build", "entity_iri": "kg.rdf.build",
    "statement_iri": "kg.rdf.build", "FORMATS": "kg.rdf.parse", "guess_format": "kg.rdf.parse",
    "load_graph": "kg.rdf.io", "save_graph": "kg.rdf.io",
}
__all__ = list(_LAZY)
__getattr__ = lazy_names(__name__, _LAZY)
