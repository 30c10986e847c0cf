"""Entity names to IRIs: the one set of rules by which ``kg query --param``, ``kg analyze --path``, ``kg view
--focus`` and ``kg report --focus`` find the entity a user names.

A name matches, case-insensitively, an entity's label, then one of its aliases, then the last segment of its IRI;
among equal matches an exact-case one wins, then the smallest IRI, so the answer is stable. An IRI itself always
names its entity. A name that matches nothing is an error that suggests up to three close labels.

>>> table = NameTable.from_pairs([("https://w3id.org/kg-geotech/id/sberbank", "label", "Sberbank"),
...                               ("https://w3id.org/kg-geotech/id/sberbank", "alias", "Sber")])
>>> table.resolve("sber"), table.resolve("https://w3id.org/kg-geotech/id/sberbank")
('https://w3id.org/kg-geotech/id/sberbank', 'https://w3id.org/kg-geotech/id/sberbank')
>>> table.resolve("Sberbnk")
Traceback (most recent call last):
...
kg.errors.AnalysisError: unknown entity 'Sberbnk' (did you mean: Sberbank?)
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from kg.errors import AnalysisError, KgError

#: How strongly each kind of name identifies its entity (lower is stronger).
RANKS = {"label": 0, "alias": 1, "segment": 2}


def iri_segment(iri: str) -> str:
    """The last segment of an IRI, the readable part of kg's entity IRIs.

    >>> iri_segment("https://w3id.org/kg-geotech/id/government-of-russia")
    'government-of-russia'
    """
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


@dataclass
class NameTable:
    """Every name of every entity: case-folded name -> [(rank, not exact case, IRI)], and the IRIs and labels."""

    names: dict[str, list[tuple[int, str, str]]] = field(default_factory=dict)
    iris: set[str] = field(default_factory=set)
    labels: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_pairs(cls, pairs: Iterable[tuple[str, str, str]]) -> NameTable:
        """A table of ``(iri, kind, name)`` triples, ``kind`` ``label`` or ``alias``; IRI segments are added."""
        table = cls()
        for iri, kind, name in pairs:
            table.iris.add(iri)
            if name:
                table.add(iri, kind, str(name))
        for iri in list(table.iris):
            table.add(iri, "segment", iri_segment(iri))
        return table

    @classmethod
    def from_networkx(cls, G: Any) -> NameTable:
        """The names of a graph from :func:`kg.analysis.to_networkx` (node attributes ``label`` and ``aliases``)."""

        def pairs() -> Iterable[tuple[str, str, str]]:
            for node, attrs in G.nodes(data=True):
                yield str(node), "label", attrs.get("label") or ""
                for alias in attrs.get("aliases") or ():
                    yield str(node), "alias", alias

        return cls.from_pairs(pairs())

    @classmethod
    def from_rdf(cls, graph: Any) -> NameTable:
        """The names of an RDF graph: ``rdfs:label`` and ``skos:altLabel`` of IRIs."""
        from rdflib import URIRef
        from rdflib.namespace import RDFS, SKOS

        def pairs() -> Iterable[tuple[str, str, str]]:
            for prop, kind in ((RDFS.label, "label"), (SKOS.altLabel, "alias")):
                for node, name in graph.subject_objects(prop):
                    if isinstance(node, URIRef):
                        yield str(node), kind, str(name)

        return cls.from_pairs(pairs())

    def add(self, iri: str, kind: str, name: str) -> None:
        self.iris.add(iri)
        if kind == "label":
            self.labels.setdefault(iri, name)
        self.names.setdefault(name.strip().casefold(), []).append((RANKS[kind], name, iri))

    def find(self, name: str) -> str | None:
        """The IRI ``name`` stands for, or ``None``.

        >>> NameTable.from_pairs([("x:b", "label", "china"), ("x:a", "alias", "China")]).find("China")
        'x:b'
        """
        if name in self.iris:
            return name
        matches = self.names.get(name.strip().casefold())
        if not matches:
            return None
        return min((rank, written != name.strip(), iri) for rank, written, iri in matches)[2]

    def suggest(self, name: str, n: int = 3) -> list[str]:
        """Up to ``n`` labels close to ``name``, the closest first.

        >>> NameTable.from_pairs([("x:a", "label", "Huawei"), ("x:b", "label", "Russia")]).suggest("huawai")
        ['Huawei']
        """
        labels = {label.casefold(): label for label in self.labels.values()}
        close = difflib.get_close_matches(name.strip().casefold(), sorted(labels), n=n, cutoff=0.7)
        return [labels[c] for c in close]

    def unknown(self, name: str, what: str = "entity") -> str:
        """The message for a name that matches nothing: ``unknown entity 'X' (did you mean: Y?)``."""
        close = self.suggest(name)
        hint = f" (did you mean: {', '.join(close)}?)" if close else " (no similar label)"
        return f"unknown {what} {name!r}{hint}"

    def resolve(self, name: str, *, what: str = "entity", error: type[KgError] = AnalysisError) -> str:
        """The IRI ``name`` stands for; ``error`` with a suggestion when it names nothing."""
        found = self.find(name)
        if found is None:
            raise error(self.unknown(name, what))
        return found
