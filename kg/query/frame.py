"""A query result as a pandas DataFrame: labels in place of IRIs where the query gives them, typed columns.

pandas is imported when a result is converted, not when :mod:`kg.query` is: the command line does not need it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier

from kg.errors import DataError
from kg.query.formats import shorten
from kg.query.run import QueryResult

if TYPE_CHECKING:
    import pandas as pd

_INTEGERS = {XSD.integer, XSD.int, XSD.long, XSD.short, XSD.byte, XSD.nonNegativeInteger, XSD.positiveInteger,
             XSD.negativeInteger, XSD.nonPositiveInteger, XSD.unsignedInt, XSD.unsignedLong, XSD.unsignedShort,
             XSD.unsignedByte}
_DECIMALS = {XSD.decimal, XSD.double, XSD.float}
_DATES = {XSD.date, XSD.dateTime, XSD.gYear, XSD.gYearMonth}
#: a plain string that is an ISO date, year-month or year (as the saved queries bind ``STR(?eventDate)``)
_ISO_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def require_pandas() -> Any:
    """The pandas module, or a :class:`DataError` saying how to install it."""
    try:
        import pandas
    except ImportError as exc:
        raise DataError("DataFrames need pandas: pip install pandas") from exc
    return pandas


def label_columns(names: tuple[str, ...]) -> dict[str, str]:
    """Which column holds the label of which IRI column: ``xLabel`` (or ``x_label``) labels ``x``, and a lone
    ``label`` column labels the first column when no other column claims it.

    >>> label_columns(("actor", "actorLabel", "relation", "partner", "partnerLabel"))
    {'actor': 'actorLabel', 'partner': 'partnerLabel'}
    >>> label_columns(("actor", "label", "type", "documents"))
    {'actor': 'label'}
    """
    out: dict[str, str] = {}
    folded = {n.casefold(): n for n in names}
    for name in names:
        for suffix in ("label", "_label"):
            match = folded.get(f"{name}{suffix}".casefold())
            if match is not None and match != name:
                out[name] = match
                break
    if "label" in names and names[0] != "label" and names[0] not in out and "label" not in out.values():
        out[names[0]] = "label"
    return out


def _kind(terms: list[Identifier]) -> str:
    """The column type of non-empty cells: integer, number, boolean, date or text."""
    literals = [t for t in terms if isinstance(t, Literal)]
    if not terms or len(literals) < len(terms):
        return "text"
    types = {t.datatype for t in literals}
    if types <= _INTEGERS:
        return "integer"
    if types <= _INTEGERS | _DECIMALS:
        return "number"
    if types == {XSD.boolean}:
        return "boolean"
    if types <= _DATES or (types <= {None, XSD.string} and all(_ISO_DATE.match(str(t)) for t in terms)):
        return "date"
    return "text"


def _iso_start(value: str) -> str:
    """A date, year-month or year as the first day it names (``2024`` -> ``2024-01-01``), time zone dropped."""
    value = value.strip()[:10]
    return {4: f"{value}-01-01", 7: f"{value}-01"}.get(len(value), value)


def _column(terms: list[Identifier | None], kind: str) -> Any:
    pd = require_pandas()
    if kind == "integer":
        return pd.array([None if t is None else int(t) for t in terms], dtype="Int64")
    if kind == "number":
        return pd.array([None if t is None else float(t) for t in terms], dtype="Float64")
    if kind == "boolean":
        return pd.array([bool(t.toPython()) if isinstance(t, Literal) else None for t in terms], dtype="boolean")
    if kind == "date":
        return pd.to_datetime([None if t is None else _iso_start(str(t)) for t in terms], format="%Y-%m-%d")
    return pd.array([None if t is None else str(t) for t in terms], dtype="string")


def _iri_text(term: Identifier | None, label: Identifier | None, full: bool) -> Identifier | None:
    if term is None:
        return None
    if isinstance(term, URIRef):
        if label is not None:
            return Literal(str(label))
        return Literal(str(term) if full else shorten(term))
    if isinstance(term, BNode):
        return Literal(f"_:{term}")
    return term


def to_dataframe(result: QueryResult, *, labels: bool = True) -> pd.DataFrame:
    """The result of a query as a DataFrame.

    A SELECT gives one column per variable, in order. With ``labels`` an IRI column whose label the query also
    selects (``?actor`` with ``?actorLabel``, or the first column with a lone ``?label``) holds that label and the
    label column is dropped; other IRIs become prefixed names (``kge:russia``). Without ``labels`` every column is
    kept and IRIs are written in full. Columns are typed: integer literals as ``Int64``, decimals and doubles as
    ``Float64``, booleans as ``boolean``, dates (typed ``xsd:date`` and the like, or plain strings that are ISO
    dates, as the saved queries give them) as ``datetime64`` with a partial date at its first day (``2024`` ->
    2024-01-01, as ``new-edges.rq`` reads it); everything else is a ``string`` column, unbound cells missing.

    An ASK gives one row with the column ``boolean``; a CONSTRUCT or DESCRIBE the triples as ``subject``,
    ``predicate`` and ``object`` columns (sorted).

    Examples
    --------
    >>> from rdflib import Literal, URIRef
    >>> KGE = "https://w3id.org/kg-geotech/id/"
    >>> res = QueryResult("SELECT", ("actor", "actorLabel", "partner", "documents", "first"),
    ...     ((URIRef(KGE + "china"), Literal("China"), URIRef(KGE + "russia"), Literal(3), Literal("2024-05")),))
    >>> df = to_dataframe(res)
    >>> df.to_dict("records")
    [{'actor': 'China', 'partner': 'kge:russia', 'documents': 3, 'first': Timestamp('2024-05-01 00:00:00')}]
    >>> [str(t)[:10] for t in df.dtypes]
    ['string', 'string', 'Int64', 'datetime64']
    >>> list(to_dataframe(res, labels=False).columns)
    ['actor', 'actorLabel', 'partner', 'documents', 'first']
    """
    pd = require_pandas()
    if result.kind == "ASK":
        return pd.DataFrame({"boolean": pd.array([bool(result.boolean)], dtype="boolean")})
    if result.graph is not None:
        triples = sorted(result.graph, key=lambda t: tuple(str(x) for x in t))
        return pd.DataFrame({name: _column([_iri_text(t[i], None, not labels) for t in triples], "text")
                             for i, name in enumerate(("subject", "predicate", "object"))})
    names = result.vars
    pairs = label_columns(names) if labels else {}
    dropped = set(pairs.values())
    columns: dict[str, Any] = {}
    for i, name in enumerate(names):
        if name in dropped:
            continue
        terms = [row[i] for row in result.rows]
        if name in pairs:
            j = names.index(pairs[name])
            terms = [_iri_text(row[i], row[j], not labels) for row in result.rows]
        else:
            terms = [_iri_text(t, None, not labels) for t in terms]
        columns[name] = _column(terms, _kind([t for t in terms if t is not None]))
    return pd.DataFrame(columns, index=pd.RangeIndex(len(result.rows)))
