"""Query a kg graph with SPARQL: run a query with labels as parameters, format its result, read saved queries.

Examples
--------
>>> from rdflib import Graph
>>> g = Graph().parse(data='@prefix kge: <https://w3id.org/kg-geotech/id/> . '
...     '@prefix kg: <https://w3id.org/kg-geotech/ontology#> . kge:china kg:cooperatesWith kge:russia .',
...     format="turtle")
>>> print(format_result(run_query(g, "SELECT ?a ?b WHERE { ?a kg:cooperatesWith ?b }")))
a          b
---------  ----------
kge:china  kge:russia
1 row
"""

from kg.query.files import load_query_file, query_header, saved_queries
from kg.query.formats import FORMATS, format_result, text_table
from kg.query.frame import to_dataframe
from kg.query.params import parse_params, resolve_value
from kg.query.run import QueryResult, parse_query, run_query

__all__ = [
    "FORMATS", "QueryResult", "format_result", "load_query_file", "parse_params", "parse_query",
    "query_header", "resolve_value", "run_query", "saved_queries", "text_table", "to_dataframe",
]
