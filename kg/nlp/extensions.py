"""Custom attributes kg sets on spaCy objects, registered in one place, and the functions that read and write them.

The attributes hold plain data (dicts, lists, strings, numbers), so that ``doc.to_bytes()`` keeps them and spaCy's
own ``nlp.pipe(n_process=...)`` can send documents between processes. Python code reads and writes them through
the accessors below, which turn the plain data into kg's records and back:

>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> register_extensions()
>>> doc = Doc(Vocab(), words=["Huawei", "and", "Baidu"])
>>> set_relations(doc, [Relation("huawei", "cooperatesWith", "baidu")])
>>> doc._.relations[0]["predicate"], relations(doc)[0].object
('cooperatesWith', 'baidu')
>>> relations(Doc(Vocab()).from_bytes(doc.to_bytes()))[0].subject
'huawei'
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from kg.nlp.mentions import Mention
from kg.records import Entity, Evidence, Relation


def register_extensions() -> None:
    """Register ``doc._.kg_entities``, ``doc._.kg_refs``, ``doc._.relations`` and ``doc._.kg_mentions`` (idempotent).

    >>> register_extensions(); register_extensions()
    >>> Doc.has_extension("relations")
    True
    """
    doc_attrs = {
        # canonical entity id -> kg.records.Entity fields, for every entity the document names (entities())
        "kg_entities": None,
        # [token index, entity ids] of every description or pronoun that refers back ("the bank", "he") (refs())
        "kg_refs": None,
        # kg.records.Relation fields, one dict per relation the relation extractor found (relations())
        "relations": None,
        # kg.nlp.mentions.Mention fields: every span that names an entity, with how it names it (mentions())
        "kg_mentions": None,
    }
    for name, default in doc_attrs.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def entities(doc: Doc) -> dict[str, Entity]:
    """``doc._.kg_entities`` as entity records (a new dict of new records at each call)."""
    return {eid: Entity(e["id"], e["label"], e["type"], e["subtype"], list(e["aliases"]), e["wikidata"],
                        e["country"]) for eid, e in (doc._.kg_entities or {}).items()}


def set_entities(doc: Doc, ents: dict[str, Entity]) -> None:
    doc._.kg_entities = {eid: {"id": e.id, "label": e.label, "type": e.type, "subtype": e.subtype,
                               "aliases": list(e.aliases), "wikidata": e.wikidata, "country": e.country}
                         for eid, e in ents.items()}


def refs(doc: Doc) -> dict[int, list[str]]:
    """``doc._.kg_refs`` as token index -> the entity ids the description or pronoun there refers to."""
    return {int(i): list(ids) for i, ids in doc._.kg_refs or []}


def set_refs(doc: Doc, found: dict[int, list[str]]) -> None:
    doc._.kg_refs = [[i, list(ids)] for i, ids in found.items()]


def relations(doc: Doc) -> list[Relation]:
    """``doc._.relations`` as relation records (new records at each call: changing one changes no document)."""
    return [Relation(r["subject"], r["predicate"], r["object"], r["status"], list(r["topics"]), r["date"],
                     [Evidence(*e) for e in r["evidence"]]) for r in doc._.relations or []]


def set_relations(doc: Doc, found: list[Relation]) -> None:
    doc._.relations = [relation_data(r) for r in found]


def relation_data(r: Relation) -> dict[str, Any]:
    """A relation as the plain data ``doc._.relations`` holds."""
    return {"subject": r.subject, "predicate": r.predicate, "object": r.object, "status": r.status,
            "topics": list(r.topics), "date": r.date,
            "evidence": [[e.sentence, e.start, e.end, e.rule, e.confidence] for e in r.evidence]}


def mentions(doc: Doc) -> list[Mention]:
    """``doc._.kg_mentions`` as mention records."""
    return [Mention(*m) for m in doc._.kg_mentions or []]


def set_mentions(doc: Doc, found: list[Mention]) -> None:
    doc._.kg_mentions = [[m.start, m.end, m.entity_id, m.label, m.kind, m.text, m.within] for m in found]
