"""Check a graph against data/shapes.ttl with pySHACL, and report what is wrong in a few readable lines."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH

from kg.errors import DataError
from kg.rdf.io import union_graph
from kg.resources import data_dir


@dataclass(frozen=True, order=True)
class Violation:
    """One failed constraint: the node it is about, the property path, the message and the shape."""

    focus: str
    path: str
    message: str
    shape: str
    severity: str = "Violation"


@dataclass
class ValidationReport:
    """The outcome of :func:`validate_graph`: whether the graph conforms, and each failed constraint."""

    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    triples: int = 0

    def __str__(self) -> str:
        return format_report(self)


def _short(g: Graph, node: object) -> str:
    if node is None:
        return "-"
    if isinstance(node, URIRef):
        return g.namespace_manager.normalizeUri(node)
    return str(node)


def validate_graph(graph: Graph, *, shapes: str | Path | None = None,
                   ontology: str | Path | None = None) -> ValidationReport:
    """Validate the merged triples of ``graph`` (a file's graph, a dataset or a store's graph) against the shapes.

    ``shapes`` and ``ontology`` default to ``data/shapes.ttl`` and ``data/ontology.ttl``; the ontology is read so
    that subclasses count (a ``kg:Bank`` is a ``kg:Organization``) and relation IRIs are known.

    Examples
    --------
    >>> from kg.rdf.build import build_graph
    >>> from kg.records import Document, Entity, Evidence, Extraction, Relation
    >>> ex = Extraction(Document("d1", "Russia and China cooperate."),
    ...     [Entity("russia", "Russia", "Country"), Entity("china", "China", "Country")],
    ...     [Relation("russia", "cooperatesWith", "china",
    ...               evidence=[Evidence("Russia and China cooperate.", 0, 27, "coop_verb", 0.8)])])
    >>> validate_graph(build_graph([ex])).conforms
    True
    """
    import pyshacl

    shapes_graph = _read(Path(shapes) if shapes else data_dir() / "shapes.ttl")
    ontology_graph = _read(Path(ontology) if ontology else data_dir() / "ontology.ttl")
    data = union_graph(graph)  # one plain graph: pySHACL would check each named graph of a dataset on its own
    size = len(data)
    # mixed in by hand: pySHACL's ont_graph copies only the class axioms, not that a property is a RelationProperty
    data += ontology_graph
    conforms, results, _ = pyshacl.validate(data, shacl_graph=shapes_graph, inference="none",
                                            allow_warnings=True, abort_on_first=False)
    violations = sorted(_violations(results, data))
    return ValidationReport(bool(conforms), violations, size)


def _read(path: Path) -> Graph:
    try:
        return Graph().parse(path, format="turtle")
    except FileNotFoundError as exc:
        raise DataError(f"{path}: no such file") from exc
    except Exception as exc:  # rdflib's parsers raise many exception types
        raise DataError(f"{path}: not valid Turtle: {' '.join(str(exc).split())[:300]}") from exc


def _violations(results: Graph, data: Graph) -> list[Violation]:
    out = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        severity = results.value(result, SH.resultSeverity)
        out.append(Violation(
            focus=_short(data, results.value(result, SH.focusNode)),
            path=_short(data, results.value(result, SH.resultPath)),
            message=str(results.value(result, SH.resultMessage) or "constraint failed"),
            shape=_short(results, results.value(result, SH.sourceShape)),
            severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
        ))
    return out


def format_report(report: ValidationReport, *, limit: int = 50) -> str:
    """A report people can read: a verdict, then one line per failed constraint (the first ``limit``).

    >>> print(format_report(ValidationReport(False, [Violation("kgs:1", "prov:wasDerivedFrom",
    ...       "a statement names exactly one source document (a kg:Document)", "_:b0")], 12)))
    Invalid: 1 violation in 12 triples
      kgs:1  prov:wasDerivedFrom  a statement names exactly one source document (a kg:Document)
    """
    if report.conforms:
        return f"Valid: {report.triples} triples conform to the kg shapes"
    counts = Counter(v.severity for v in report.violations)
    summary = ", ".join(f"{n} {kind.lower()}{'s' if n != 1 else ''}" for kind, n in sorted(counts.items()))
    lines = [f"Invalid: {summary} in {report.triples} triples"]
    for v in report.violations[:limit]:
        lines.append(f"  {v.focus}  {v.path}  {v.message}")
    if len(report.violations) > limit:
        lines.append(f"  … and {len(report.violations) - limit} more")
    return "\n".join(lines)
