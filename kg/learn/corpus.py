"""Gold documents parsed once into what training and cross-validation need: the rules' relations, the candidate
pairs with features, and which gold relations each pair states.

Pairs are labelled by distant supervision within the document: a pair is positive for ``p`` when the document's
gold relations hold ``p`` between the two entities it links to.

Examples
--------
>>> cluster_of("a-2-bletchley-declaration"), cluster_of("s-big-fund-iii-"), cluster_of("seed-russia-china-ai")
('a-2', 's', 'seed')
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from kg.evaluate import align, relation_key
from kg.learn.features import pair_label
from kg.learn.predict import DocPairs, Edge, analyse
from kg.nlp import extensions
from kg.nlp.lexicon import Lexicon
from kg.records import Document, Relation
from kg.vocab import PREDICATES

MODEL_PIPE = "kg_relation_model"
CLUSTER = re.compile(r"^[^-]+(?:-\d+(?=-|$))?")


def cluster_of(doc_id: str) -> str:
    """A document's topic cluster: its id up to the first ``-``, with a following number (``a-2``)."""
    m = CLUSTER.match(doc_id)
    return m.group(0) if m else doc_id


@dataclass
class GoldDoc:
    """One gold document after the pipeline (without the relation model) has read it."""

    doc_id: str
    gold: dict[str, Any]
    entities: list[dict[str, Any]]  # system entities, as the extraction writes them
    rules: list[Relation]
    pairs: DocPairs
    labels: list[set[str]] = field(default_factory=list)  # classes each pair is positive for
    names: dict[str, str] = field(default_factory=dict)  # system entity id -> gold name

    @property
    def cluster(self) -> str:
        return cluster_of(self.doc_id)

    def gold_keys(self) -> set[tuple[str, ...]]:
        return {relation_key(r["s"], r["p"], r["o"], "strict") for r in self.gold.get("relations", [])}

    def negative_keys(self) -> set[tuple[str, ...]]:
        return {relation_key(r["s"], r["p"], r["o"], "strict") for r in self.gold.get("negatives", [])}

    def without_ruled(self) -> "GoldDoc":
        """This document with only the pairs no rule found a relation between."""
        keep = [n for n, info in enumerate(self.pairs.pairs) if not info.ruled]
        return GoldDoc(self.doc_id, self.gold, self.entities, self.rules, self.pairs.without_ruled(),
                       [self.labels[n] for n in keep], self.names)

    def restrict(self, allowed: set[tuple[str, str]]) -> "GoldDoc":
        """This document with only the pairs of entity types in ``allowed``."""
        keep = [n for n, info in enumerate(self.pairs.pairs)
                if (self.pairs.types.get(info.first), self.pairs.types.get(info.second)) in allowed]
        return GoldDoc(self.doc_id, self.gold, self.entities, self.rules, self.pairs.restrict(allowed),
                       [self.labels[n] for n in keep], self.names)

    def key(self, edge: Edge) -> tuple[str, ...]:
        """The scorer's key of a system edge, through this document's alignment to gold names."""
        s, p, o = edge
        return relation_key(self.names.get(s, "~" + s), p, self.names.get(o, "~" + o), "strict")


def parse_gold(gold_docs: Iterable[dict[str, Any]], nlp: Language, *, batch_size: int = 16) -> list[GoldDoc]:
    """Run the pipeline (rules, no relation model) over gold texts once; label every candidate pair."""
    from kg.ingest import clean_text

    lex = nlp.get_pipe("kg_relations").lexicon
    items = []
    for g in gold_docs:
        cleaned = clean_text(g.get("text", ""))
        items.append((cleaned.text, (g, Document(doc_id=str(g["doc_id"]), text=cleaned.text,
                                                 dateline=cleaned.dateline, headings=list(cleaned.headings),
                                                 published=g.get("published")))))
    disable = [MODEL_PIPE] if MODEL_PIPE in nlp.pipe_names else []
    with nlp.select_pipes(disable=disable):
        return [gold_doc(doc, g, document, lex)
                for doc, (g, document) in nlp.pipe(items, as_tuples=True, batch_size=batch_size)]


def gold_doc(doc: Doc, g: dict[str, Any], document: Document, lex: Lexicon) -> GoldDoc:
    """One gold document from its parse (rules run, no relation model): rules' relations, labelled pairs."""
    from kg.extract import doc_to_extraction

    all_entities = [e.to_json() for e in extensions.entities(doc).values()]
    ex = doc_to_extraction(doc, document)
    gd = GoldDoc(str(g["doc_id"]), g, [e.to_json() for e in ex.entities], ex.relations, analyse(doc, lex).detach())
    gd.names = align(g.get("entities", []), all_entities)
    gd.labels = pair_labels(gd)
    return gd


def pair_labels(gd: GoldDoc) -> list[set[str]]:
    """For each candidate pair, the classes (``p``, ``p>``, ``p<``) the document's gold relations give it."""
    by_pair: dict[frozenset[str], list[tuple[str, str]]] = {}
    for r in gd.gold.get("relations", []):
        if r.get("p") in PREDICATES:
            by_pair.setdefault(frozenset((r["s"], r["o"])), []).append((r["p"], r["s"]))
    out = []
    for info in gd.pairs.pairs:
        n1, n2 = gd.names.get(info.first), gd.names.get(info.second)
        labels: set[str] = set()
        if n1 and n2 and n1 != n2:
            for p, subject in by_pair.get(frozenset((n1, n2)), []):
                labels.add(pair_label(n1, n2, p, subject, PREDICATES[p].symmetric))
        out.append(labels)
    return out
