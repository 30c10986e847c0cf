"""The vocabulary module and data/ontology.ttl describe the same terms."""

from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import OWL, RDF, RDFS

from kg.vocab import ENTITY_TYPES, KG, PREDICATES, SUBTYPES

ONTOLOGY = Path(__file__).resolve().parents[1] / "data" / "ontology.ttl"


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY)


def test_every_predicate_is_a_labelled_property_with_family(onto: Graph) -> None:
    for name, p in PREDICATES.items():
        iri = KG[name]
        assert (iri, RDF.type, OWL.ObjectProperty) in onto
        assert onto.value(iri, RDFS.label) is not None
        assert onto.value(iri, KG.family) == Literal(p.family)
        assert ((iri, RDF.type, OWL.SymmetricProperty) in onto) == p.symmetric


def test_ontology_declares_no_relation_the_module_lacks(onto: Graph) -> None:
    declared = {str(s).split("#")[1] for s in onto.subjects(RDF.type, KG.RelationProperty)}
    assert declared == set(PREDICATES)


def test_event_codes(onto: Graph) -> None:
    assert onto.value(KG.cooperatesWith, KG.cameoCode) == Literal("061")
    assert onto.value(KG.sanctions, KG.ploverType) == Literal("SANCTION")
    assert onto.value(KG.directs, KG.ploverType) == Literal("REQUEST")


def test_classes(onto: Graph) -> None:
    for t in ENTITY_TYPES + SUBTYPES:
        assert (KG[t], RDF.type, OWL.Class) in onto
    assert (KG.Bank, RDFS.subClassOf, KG.Organization) in onto


def test_closed_namespace_rejects_typos() -> None:
    with pytest.raises(AttributeError):
        KG.cooperatesWth  # noqa: B018


def test_every_term_of_the_vocabulary_is_declared_in_the_ontology(onto: Graph) -> None:
    missing = [name for name in KG.__annotations__ if (KG[name], RDF.type, None) not in onto]
    assert not missing, missing
