"""Custom attributes kg sets on spaCy objects, registered in one place."""

from __future__ import annotations

from spacy.tokens import Doc


def register_extensions() -> None:
    """Register ``doc._.kg_entities``, ``doc._.kg_refs``, ``doc._.relations`` and ``doc._.kg_mentions`` (idempotent).

    >>> register_extensions(); register_extensions()
    >>> Doc.has_extension("relations")
    True
    """
    doc_attrs = {
        # canonical entity id -> kg.records.Entity, for every entity the document names
        "kg_entities": None,
        # token index -> entity ids a description or pronoun there refers to ("the bank", "both countries", "he")
        "kg_refs": None,
        # kg.records.Relation list produced by the relation extractor
        "relations": None,
        # kg.nlp.mentions.Mention list: every span that names an entity, with how it names it
        "kg_mentions": None,
    }
    for name, default in doc_attrs.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
