"""Serve a knowledge base over HTTP: a read-only SPARQL 1.1 Protocol endpoint at /sparql and the graph page at /.

The endpoint is imported when first used, so a query worker process (:mod:`kg.serve.workers`) starts light.
"""

from typing import Any

__all__ = ["SparqlServer", "make_server", "negotiate"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from kg.serve import endpoint

        return getattr(endpoint, name)
    raise AttributeError(f"module 'kg.serve' has no attribute {name!r}")
