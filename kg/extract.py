"""Extraction step: documents -> spaCy ``Doc`` -> :class:`~kg.records.Extraction` records, streamed."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.event_dates import resolve_date
from kg.records import Document, Extraction, Relation


def doc_to_extraction(doc: Doc, document: Document) -> Extraction:
    """The entities and relations a processed ``Doc`` carries, as a record for ``document``."""
    entities = dict(doc._.kg_entities or {})
    used = {r.subject for r in doc._.relations or []} | {r.object for r in doc._.relations or []}
    relations: list[Relation] = []
    for rel in doc._.relations or []:
        if rel.subject in entities and rel.object in entities:
            rel.date = resolve_date(rel.date, document.published) if rel.date else None
            relations.append(rel)
    # a country named only inside another name ("Government of Russia") still counts when a relation uses it
    ents = [e for eid, e in entities.items() if e.aliases or e.label in doc.text or eid in used]
    return Extraction(doc=document, entities=sorted(ents, key=lambda e: e.id), relations=relations)


def extract(documents: Iterable[Document], nlp: Language, *, batch_size: int = 16,
            n_process: int = 1) -> Iterator[Extraction]:
    """Run ``nlp`` over documents in batches and yield one extraction per document, in input order."""
    pairs = ((d.text, d) for d in documents)
    for doc, document in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
        yield doc_to_extraction(doc, document)
