"""kg's schema as plain data: entity types, subtypes, statuses and relation predicates (names, families, direction,
event codes). Only the predicates' IRIs need rdflib, imported when first asked for: the spaCy components read this
module, and making them imports no RDF library. :mod:`kg.vocab` re-exports it beside the RDF namespaces.

>>> PREDICATES["sanctions"].family, PREDICATES["cooperatesWith"].symmetric, "Bank" in SUBTYPES
('conflict', True, True)
>>> str(PREDICATES["sanctions"].iri)
'https://w3id.org/kg-geotech/ontology#sanctions'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rdflib import URIRef

BASE = "https://w3id.org/kg-geotech/"
#: The namespace of the kg ontology's classes and properties (:class:`kg.vocab.KG`).
ONTOLOGY = BASE + "ontology#"

#: The six coarse entity types of the evaluation guidelines.
ENTITY_TYPES: tuple[str, ...] = (
    "Country", "Organization", "InternationalOrganization", "Person", "Bloc", "Technology",
)
#: Finer types of organisations (``subtype``); each is an rdfs:subClassOf kg:Organization.
SUBTYPES: tuple[str, ...] = (
    "Company", "Bank", "GovernmentBody", "ResearchInstitution", "University", "Media", "Military", "Fund",
)
STATUSES: tuple[str, ...] = ("asserted", "planned")


@dataclass(frozen=True)
class Predicate:
    """One relation of the vocabulary, with its family, direction and event codes."""

    name: str
    family: str
    symmetric: bool
    domain: str
    range: str
    cameo: str | None = None
    plover: str | None = None

    @property
    def iri(self) -> URIRef:
        """The predicate's IRI in the kg ontology (rdflib is imported here, when first needed)."""
        from rdflib import URIRef

        return URIRef(ONTOLOGY + self.name)


_ACTOR = "Actor"
#: an organisation or an international organisation: what can have units and be one (``partOf``)
_BODY = "Body"
PREDICATES: dict[str, Predicate] = {p.name: p for p in (
    Predicate("cooperatesWith", "cooperation", True, _ACTOR, _ACTOR, "061", "COOPERATE"),
    Predicate("agreementWith", "cooperation", True, _ACTOR, _ACTOR, "057", "AGREE"),
    Predicate("jointVentureWith", "cooperation", True, _ACTOR, _ACTOR, "061", "COOPERATE"),
    Predicate("investsIn", "cooperation", False, _ACTOR, _ACTOR, "071", "AID"),
    Predicate("suppliesTo", "cooperation", False, _ACTOR, _ACTOR, "061", "SUPPORT"),
    Predicate("sanctions", "conflict", False, _ACTOR, _ACTOR, "163", "SANCTION"),
    Predicate("restrictsExportsTo", "conflict", False, _ACTOR, _ACTOR, "163", "SANCTION"),
    Predicate("competesWith", "conflict", True, _ACTOR, _ACTOR, "110", "DISAPPROVE"),
    Predicate("memberOf", "structure", False, _ACTOR, _ACTOR),
    Predicate("basedIn", "structure", False, "Organization", "Country"),
    Predicate("leaderOf", "structure", False, "Person", _ACTOR),
    Predicate("worksFor", "structure", False, "Person", _ACTOR),
    Predicate("directs", "structure", False, _ACTOR, _ACTOR, "101", "REQUEST"),
    Predicate("partOf", "structure", False, _BODY, _BODY),
    Predicate("focusesOn", "topic", False, _ACTOR, "Technology"),
)}
FAMILIES: tuple[str, ...] = ("cooperation", "conflict", "structure", "topic")
