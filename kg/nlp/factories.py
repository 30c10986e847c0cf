"""The factories of kg's spaCy components, registered without loading them.

spaCy imports every module named by a ``spacy_factories`` entry point whenever it builds a pipeline, kg's or not
(``spacy.load("en_core_web_sm")`` too). This module is all those entry points import (besides the small
``kg.nlp.sentences``): spaCy alone. A component's own module, with its rules and data handling, is imported when
the component is made.

>>> import spacy
>>> "kg_relations" in spacy.blank("en").factory_names
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.language import Language

if TYPE_CHECKING:
    from kg.nlp.attributes import FastAttributeRuler
    from kg.nlp.lemmas import CachedLemmatizer
    from kg.nlp.linker import EntityLinker
    from kg.nlp.relation_model import RelationModelComponent
    from kg.nlp.relations import RelationExtractor


@Language.factory(
    "kg_linker",
    assigns=["doc.ents", "doc._.kg_entities", "doc._.kg_mentions", "doc._.kg_refs"],
    requires=["doc.spans"],
    default_config={"spans_key": "kg_gazetteer"},
)
def make_linker(nlp: Language, name: str, spans_key: str) -> "EntityLinker":
    from kg.nlp.linker import EntityLinker

    return EntityLinker(nlp, name, spans_key=spans_key)


@Language.factory("kg_relations", assigns=["doc._.relations", "doc._.kg_entities"],
                  requires=["doc.ents", "token.dep"], default_config={"min_confidence": 0.0})
def make_relation_extractor(nlp: Language, name: str, min_confidence: float) -> "RelationExtractor":
    from kg.nlp.relations import RelationExtractor

    return RelationExtractor(name, min_confidence=min_confidence)


@Language.factory("kg_relation_model", assigns=["doc._.relations"], requires=["doc._.relations"],
                  default_config={"relations": "kg_relations"})
def make_relation_model(nlp: Language, name: str, relations: str) -> "RelationModelComponent":
    from kg.nlp.relation_model import RelationModelComponent

    return RelationModelComponent(nlp, name, relations=relations)


@Language.factory("kg_attribute_ruler", assigns=["token.pos", "token.morph", "token.lemma", "token.tag"],
                  default_config={"validate": False,
                                  "scorer": {"@scorers": "spacy.attribute_ruler_scorer.v1"}})
def make_attribute_ruler(nlp: Language, name: str, validate: bool, scorer: Any) -> "FastAttributeRuler":
    """spaCy's attribute ruler, matched faster (:mod:`kg.nlp.attributes`): same patterns, same output."""
    from kg.nlp.attributes import FastAttributeRuler

    return FastAttributeRuler(nlp.vocab, name, validate=validate, scorer=scorer)


@Language.factory("kg_lemmatizer", assigns=["token.lemma"],
                  default_config={"model": None, "mode": "rule", "overwrite": False,
                                  "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"}})
def make_lemmatizer(nlp: Language, name: str, model: Any, mode: str, overwrite: bool,
                    scorer: Any) -> "CachedLemmatizer":
    """spaCy's English rule lemmatizer, remembered per word form (:mod:`kg.nlp.lemmas`): same tables, same lemmas."""
    from kg.nlp.lemmas import CachedLemmatizer

    return CachedLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)
