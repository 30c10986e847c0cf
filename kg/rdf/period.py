"""Time windows: the date of a statement, and the part of a graph whose statements fall in a window.

A statement's date is its event date when the text gives one, else the publication date of its article. A partial
date (``2024``, ``2024-05``) is the whole period it names, and it is in a window when the two overlap.

Examples
--------
>>> in_window("2024-05-16", since="2024-05", until=None)
True
>>> in_window("2024", since="2024-06-01", until="2024-06-30")
True
>>> in_window(None, since="2024", until=None), in_window(None, since=None, until=None)
(False, True)
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF

from kg.errors import GraphError
from kg.vocab import KG, PREDICATES, bind_prefixes

_DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
_RELATIONS = {p.iri for p in PREDICATES.values()}


def check_date(value: str | None, name: str = "date") -> str | None:
    """``value`` when it is an ISO date, year-month or year (or ``None``); else a :class:`GraphError`.

    >>> check_date("2024-05", "--since")
    '2024-05'
    >>> check_date("May 2024", "--since")
    Traceback (most recent call last):
    ...
    kg.errors.GraphError: --since 'May 2024' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD
    """
    if value is None:
        return None
    if not _DATE_RE.match(value.strip()):
        raise GraphError(f"{name} {value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
    return value.strip()


def period_bounds(date: str) -> tuple[str, str]:
    """The first and last day of the period a (possibly partial) ISO date names, as comparable strings.

    >>> period_bounds("2024"), period_bounds("2024-05"), period_bounds("2024-05-16T08:00:00Z")
    (('2024-01-01', '2024-12-31'), ('2024-05-01', '2024-05-31'), ('2024-05-16', '2024-05-16'))
    """
    date = date.strip()[:10]
    if len(date) == 4:
        return f"{date}-01-01", f"{date}-12-31"
    if len(date) == 7:
        return f"{date}-01", f"{date}-31"  # an end past the month's last day compares the same
    return date, date


def in_window(date: str | None, since: str | None, until: str | None) -> bool:
    """Whether a date falls in the window [since, until] (either end open); an undated item is only in no window."""
    if since is None and until is None:
        return True
    if not date:
        return False
    start, end = period_bounds(date)
    return (since is None or end >= period_bounds(since)[0]) and (until is None or start <= period_bounds(until)[1])


def statement_date(event_dates: Iterable[object], published: Iterable[object] = (),
                   document_published: object | None = None) -> str | None:
    """A statement's date, on the RDF graph and on the network alike: its earliest event date, else its own
    publication date, else its document's.

    >>> statement_date(["2024-05", "2023"], ["2024-06-01"]), statement_date([], [], "2024-06-01"), statement_date([])
    ('2023', '2024-06-01', None)
    """
    for dates in (event_dates, published):
        found = sorted(str(d) for d in dates if d)
        if found:
            return found[0]
    return str(document_published) if document_published else None


def _units(graph: Graph) -> list[Graph]:
    if isinstance(graph, Dataset):
        return [g for g in graph.graphs() if len(g)]
    return [graph]


def restrict_to_period(graph: Graph, since: str | None, until: str | None) -> Dataset:
    """The part of ``graph`` whose statements fall in the window, as a new dataset (named graphs kept).

    Each document keeps its statements in the window, with their evidence, the direct triples they support, the
    entities they name (subject, object, topics) and its own description; a document with no statement in the
    window is left out. A direct triple stays when any document still has a statement for it. Without ``since``
    and ``until`` everything is kept.
    """
    since, until = check_date(since, "since"), check_date(until, "until")
    out = Dataset(default_union=True)
    bind_prefixes(out)
    issued = {doc: str(date) for doc, date in graph.subject_objects(DCTERMS.issued)}
    for unit in _units(graph):
        target = out.graph(unit.identifier) if isinstance(graph, Dataset) else out.default_context
        kept = list(unit) if since is None and until is None else _kept_triples(unit, issued, since, until)
        for triple in kept:
            target.add(triple)
    return out


def _kept_triples(unit: Graph, issued: dict, since: str | None, until: str | None) -> list[tuple]:
    props: dict[URIRef, dict[URIRef, list]] = defaultdict(lambda: defaultdict(list))
    for st in set(unit.subjects(RDF.type, RDF.Statement)):
        for p, o in unit.predicate_objects(st):
            props[st][p].append(o)
    kept, dropped = set(), set()
    for st, p in props.items():
        doc = p[PROV.wasDerivedFrom][0] if p[PROV.wasDerivedFrom] else None
        date = statement_date(p[KG.eventDate], p[KG.published], issued.get(doc))
        (kept if in_window(date, since, until) else dropped).add(st)
    supported = {(props[st][RDF.subject][0], props[st][RDF.predicate][0], props[st][RDF.object][0])
                 for st in kept if props[st][RDF.subject] and props[st][RDF.predicate] and props[st][RDF.object]}
    docs = {o for st in kept for o in props[st][PROV.wasDerivedFrom]}
    named = {o for st in kept for key in (RDF.subject, RDF.object, KG.topic) for o in props[st][key]}
    evidence_of_dropped = {ev for st in dropped for ev in props[st][KG.evidence]}
    entities = set(unit.subjects(KG.entityType, None))
    all_docs = set(unit.subjects(RDF.type, KG.Document))
    out = []
    for s, p, o in unit:
        if s in dropped or s in evidence_of_dropped:
            continue
        if s in entities and s not in named:
            continue
        if s in all_docs and s not in docs:
            continue
        if p in _RELATIONS and (s, p, o) not in supported:
            continue
        out.append((s, p, o))
    return out
