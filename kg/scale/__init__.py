"""Scale-out: extraction on a Dask cluster, and pushing a store's graphs to a SPARQL 1.1 Graph Store endpoint."""

from kg.scale.push import PushReport, push_store

__all__ = ["PushReport", "push_store"]
