"""The brief: what changed in a graph since a date, who did what with whom, and the sentence behind each claim.

:func:`build_brief` reads a network made by :func:`kg.analysis.to_networkx` and returns a :class:`Brief`, plain
data that :mod:`kg.report.html` and :mod:`kg.report.markdown` render; nothing here writes or prints.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from kg.rdf.period import check_date, period_bounds
from kg.vocab import FAMILIES

#: relations whose best statement has a lower confidence are listed apart, as uncertain
DEFAULT_MIN_CONFIDENCE = 0.7
#: relations listed per family (and among the uncertain ones): those with the most sources; 0 lists all
DEFAULT_MAX_RELATIONS = 50
#: evidence sentences shown for one relation
MAX_EVIDENCE = 3
#: most entities drawn in the focus graph (the focus and its most connected neighbours)
MAX_FOCUS_NODES = 16


@dataclass(frozen=True)
class Evidence:
    """One sentence stating a relation, with the article it comes from."""

    sentence: str
    doc_id: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None


@dataclass(frozen=True)
class NewRelation:
    """A relation first stated in the period: ``subject -[predicate]-> object``, labels and node ids."""

    subject: str
    predicate: str
    object: str
    family: str
    first: str | None
    sources: int
    confidence: float
    status: str
    evidence: tuple[Evidence, ...]
    subject_id: str = ""
    object_id: str = ""


@dataclass(frozen=True)
class ActorChange:
    """What the period changed for one actor: its new relations and how many entities it is now related to."""

    node: str
    label: str
    type: str | None
    new_relations: int
    families: tuple[tuple[str, int], ...]
    sources: int
    degree_before: int
    degree_now: int
    news: tuple[str, ...]


@dataclass(frozen=True)
class Brief:
    """Everything a brief shows, as plain values (see :func:`build_brief`)."""

    title: str
    since: str | None
    first_date: str | None
    last_date: str | None
    documents: int
    documents_in_period: int
    entities: int
    relations: int
    min_confidence: float
    focus: str | None
    focus_given: bool
    new: dict[str, tuple[NewRelation, ...]] = field(default_factory=dict)
    uncertain: tuple[NewRelation, ...] = ()
    actors: tuple[ActorChange, ...] = ()
    months: tuple[tuple[str, tuple[tuple[str, int], ...]], ...] = ()
    chart_svg: str = ""
    focus_svg: str = ""
    #: how many relations each family has in the period, and how many are uncertain (the lists may be cut)
    totals: dict[str, int] = field(default_factory=dict)
    uncertain_total: int = 0

    @property
    def new_count(self) -> int:
        return sum(self.totals.values()) + self.uncertain_total


def _cut(rows: list[NewRelation], limit: int | None) -> tuple[NewRelation, ...]:
    """The ``limit`` relations with the most sources (ties: the earlier in ``rows``), kept in the order of ``rows``.

    >>> rows = [NewRelation("a", "p", str(i), "f", None, sources, 1.0, "asserted", ()) for i, sources in enumerate([1, 3, 2])]
    >>> [r.object for r in _cut(rows, 2)]
    ['1', '2']
    """
    if not limit or len(rows) <= limit:
        return tuple(rows)
    keep = set(sorted(range(len(rows)), key=lambda i: (-rows[i].sources, i))[:limit])
    return tuple(r for i, r in enumerate(rows) if i in keep)


def _start(date: str) -> str:
    return period_bounds(date)[0]


def _first_date(attrs: dict[str, Any]) -> str | None:
    """The earliest dated statement of an edge (event date, else publication date), as written."""
    dates = [st["date"] for st in attrs.get("statements") or () if st.get("date")]
    if not dates and attrs.get("date"):
        dates = [attrs["date"]]
    return min(dates, key=_start) if dates else None


def _label(G: nx.MultiDiGraph, node: str) -> str:
    return str(G.nodes[node].get("label") or node)


def _new_relation(G: nx.MultiDiGraph, u: str, v: str, attrs: dict[str, Any]) -> NewRelation:
    evidence = tuple(Evidence(e.get("sentence") or "", e.get("doc_id"), e.get("title"), e.get("url"),
                              e.get("published"))
                     for e in (attrs.get("evidence") or ())[:MAX_EVIDENCE] if e.get("sentence"))
    return NewRelation(_label(G, u), str(attrs.get("predicate") or ""), _label(G, v), str(attrs.get("family") or ""),
                       _first_date(attrs), int(attrs.get("sources") or 0), float(attrs.get("confidence") or 0.0),
                       str(attrs.get("status") or "asserted"), evidence, u, v)


def new_edges(G: nx.MultiDiGraph, since: str | None) -> list[tuple[str, str, str]]:
    """The edges first stated on or after ``since`` (every edge when ``since`` is ``None``), as (u, v, key).

    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("a", "b", "x", statements=[{"date": "2023-05-01"}, {"date": "2024-02"}])
    >>> _ = G.add_edge("a", "c", "x", statements=[{"date": "2024-03-09"}])
    >>> _ = G.add_edge("b", "c", "x", statements=[{"date": None}])
    >>> new_edges(G, "2024-01-01")
    [('a', 'c', 'x')]
    """
    since = check_date(since, "--since")
    out = []
    for u, v, key, attrs in G.edges(keys=True, data=True):
        first = _first_date(attrs)
        if since is None or (first is not None and _start(first) >= _start(since)):
            out.append((u, v, key))
    return out


def _news_line(G: nx.MultiDiGraph, node: str, u: str, v: str, attrs: dict[str, Any]) -> str:
    predicate = str(attrs.get("predicate") or "")
    status = " (planned)" if attrs.get("status") == "planned" else ""
    if u == node or attrs.get("symmetric"):
        return f"{predicate} {_label(G, v if u == node else u)}{status}"
    return f"{_label(G, u)} {predicate} it{status}"


def actor_changes(G: nx.MultiDiGraph, edges: list[tuple[str, str, str]], top: int = 8) -> list[ActorChange]:
    """The ``top`` actors with the most new ``edges`` (technologies left out): counts by family, sources, the
    number of related entities before and after the new edges, and one line per new relation."""
    new = set(edges)
    by_actor: dict[str, list[tuple[str, str, str]]] = {}
    for u, v, key in edges:
        for node in {u, v}:
            if G.nodes[node].get("type") != "Technology":
                by_actor.setdefault(node, []).append((u, v, key))
    ranked = sorted(by_actor, key=lambda n: (-len(by_actor[n]), _label(G, n).casefold(), n))[:top]
    out = []
    for node in ranked:
        mine = by_actor[node]
        all_edges = [(u, v, k) for u, v, k in (*G.out_edges(node, keys=True), *G.in_edges(node, keys=True))]
        now = {v if u == node else u for u, v, _ in all_edges} - {node}
        before = {v if u == node else u for u, v, k in all_edges if (u, v, k) not in new} - {node}
        families = Counter(G.edges[e].get("family") or "" for e in mine)
        docs = {st.get("doc_id") for e in mine for st in G.edges[e].get("statements") or ()} - {None}
        order = {f: i for i, f in enumerate(FAMILIES)}
        news = tuple(line for _, _, line in sorted(
            (order.get(G.edges[u, v, k].get("family"), len(order)), line.casefold(), line)
            for u, v, k in mine for line in [_news_line(G, node, u, v, G.edges[u, v, k])]))
        out.append(ActorChange(node, _label(G, node), G.nodes[node].get("type"), len(mine),
                               tuple((f, families[f]) for f in [*FAMILIES, *sorted(set(families) - set(FAMILIES))]
                                     if families[f]),
                               len(docs), len(before), len(now), news))
    return out


def _corpus(G: nx.MultiDiGraph, since: str | None) -> tuple[int, int, str | None, str | None]:
    """Documents, documents with a statement dated in the period, and the first and last statement dates."""
    docs, recent, dates = set(), set(), []
    for _, _, statements in G.edges(data="statements"):
        for st in statements or ():
            docs.add(st.get("doc_id"))
            if st.get("date"):
                dates.append(st["date"])
                if since is None or period_bounds(st["date"])[1] >= _start(since):
                    recent.add(st.get("doc_id"))
    dates.sort(key=_start)
    return len(docs - {None}), len(recent - {None}), dates[0] if dates else None, dates[-1] if dates else None


def _focus_graph(G: nx.MultiDiGraph, centre: str) -> nx.MultiDiGraph:
    """The focus and its most connected neighbours (at most :data:`MAX_FOCUS_NODES`), with the edges among them."""
    neighbours = {m for m in (*G.successors(centre), *G.predecessors(centre)) if m != centre}
    ranked = sorted(neighbours, key=lambda n: (-G.degree(n), _label(G, n).casefold(), n))
    return G.subgraph([centre, *ranked[:MAX_FOCUS_NODES - 1]]).copy()


def build_brief(G: nx.MultiDiGraph, *, since: str | None = None, focus: str | None = None,
                min_confidence: float = DEFAULT_MIN_CONFIDENCE, top: int = 8, title: str = "kg brief",
                max_relations: int | None = DEFAULT_MAX_RELATIONS, charts: bool = True) -> Brief:
    """The brief of ``G``: the relations first stated on or after ``since`` (all of them without it), grouped by
    family, with their evidence; those whose confidence is below ``min_confidence`` apart; the ``top`` most active
    actors and what changed for each; statements per month; with ``charts``, the monthly chart and a drawing of
    the focus as SVG (matplotlib). Each family lists at most ``max_relations`` relations, those with the most
    sources (``totals`` counts them all; ``None`` or 0 lists all).

    ``focus`` (a label, alias or id, resolved as ``kg view --focus`` does) keeps only the relations of that actor;
    without it the drawing shows the most active actor.

    Raises :class:`~kg.errors.GraphError` for a bad date and :class:`~kg.errors.AnalysisError` for an unknown
    focus, a negative ``top`` or ``max_relations``, or a confidence outside [0, 1].

    Examples
    --------
    >>> from kg.analysis import to_networkx
    >>> from kg.rdf.build import build_graph
    >>> from kg.records import Document, Entity, Evidence as Ev, Extraction, Relation
    >>> ents = [Entity("russia", "Russia", "Country"), Entity("china", "China", "Country")]
    >>> doc = Document("d1", "Russia and China cooperate.", title="T", published="2024-06-01")
    >>> rel = Relation("russia", "cooperatesWith", "china", evidence=[Ev("Russia and China cooperate.", 0, 27, "r", 0.9)])
    >>> brief = build_brief(to_networkx(build_graph([Extraction(doc, ents, [rel])])), since="2024", charts=False)
    >>> [(r.subject, r.predicate, r.object, r.evidence[0].title) for r in brief.new["cooperation"]]
    [('China', 'cooperatesWith', 'Russia', 'T')]
    >>> brief.actors[0].label, brief.actors[0].degree_before, brief.actors[0].degree_now
    ('China', 0, 1)
    """
    from kg.analysis.paths import resolve_node
    from kg.errors import AnalysisError

    since = check_date(since, "--since")
    if top < 0:
        raise AnalysisError(f"--top must be 0 or more, not {top}")
    if not 0.0 <= min_confidence <= 1.0:
        raise AnalysisError(f"--min-confidence must be between 0 and 1, not {min_confidence:g}")
    if max_relations is not None and max_relations < 0:
        raise AnalysisError(f"--max-relations must be 0 (all) or more, not {max_relations}")
    centre = resolve_node(G, focus) if focus else None
    edges = new_edges(G, since)
    if centre is not None:
        edges = [(u, v, k) for u, v, k in edges if centre in (u, v)]
    relations = [_new_relation(G, u, v, G.edges[u, v, k]) for u, v, k in edges]
    relations.sort(key=lambda r: (r.subject.casefold(), r.predicate, r.object.casefold()))
    relations.sort(key=lambda r: _start(r.first) if r.first else "", reverse=True)  # newest first, stable
    confident = [r for r in relations if r.confidence >= min_confidence]
    families = [*FAMILIES, *sorted({r.family for r in confident} - set(FAMILIES))]
    grouped = {f: [r for r in confident if r.family == f] for f in families}
    uncertain = [r for r in relations if r.confidence < min_confidence]
    actors = actor_changes(G, edges, top) if top else []
    if centre is None and actors:
        centre = actors[0].node
    documents, recent, first, last = _corpus(G, since)
    from kg.report.charts import monthly_counts

    counts = monthly_counts(G)
    months = tuple((str(month), tuple((str(f), int(n)) for f, n in row.items())) for month, row in counts.iterrows())
    chart_svg = focus_svg = ""
    if charts:
        from kg.report.charts import draw_network, figure_svg, new_figure, relations_per_month

        chart_svg = figure_svg(relations_per_month(G, counts=counts))
        if centre is not None:
            fig = new_figure(6.5, 4.2)
            draw_network(fig.add_subplot(), _focus_graph(G, centre), centre=centre)
            focus_svg = figure_svg(fig)
    return Brief(title=title, since=since, first_date=first, last_date=last, documents=documents,
                 documents_in_period=recent, entities=G.number_of_nodes(), relations=G.number_of_edges(),
                 min_confidence=min_confidence, focus=_label(G, centre) if centre else None,
                 focus_given=bool(focus), new={f: _cut(rows, max_relations) for f, rows in grouped.items() if rows},
                 uncertain=_cut(uncertain, max_relations), actors=tuple(actors), months=months,
                 chart_svg=chart_svg, focus_svg=focus_svg,
                 totals={f: len(rows) for f, rows in grouped.items() if rows}, uncertain_total=len(uncertain))

