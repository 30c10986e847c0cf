"""From a parsed document to scored edges: candidate pairs with features, the model's edges, and rule and model
relations combined with calibrated confidence. Used by the pipeline component and by training alike.

Examples
--------
>>> class_edge("a", "b", "sanctions<"), class_edge("b", "a", "cooperatesWith")
(('b', 'sanctions', 'a'), ('a', 'cooperatesWith', 'b'))
"""

from __future__ import annotations

import copy
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from spacy.tokens import Doc

from kg.learn.features import candidate_pairs, dependency_path, pair_features, pair_label
from kg.learn.model import RelationModel
from kg.nlp.event_dates import sentence_date
from kg.nlp.lexicon import Lexicon
from kg.nlp.relations.context import Candidate
from kg.nlp.relations.merge import well_typed
from kg.nlp.relations.modality import negated, status
from kg.records import Evidence, Relation
from kg.vocab import PREDICATES

Edge = tuple[str, str, str]


@dataclass
class PairInfo:
    """What an edge found on a pair needs of its sentence: entity ids in text order, evidence, modality."""

    first: str
    second: str
    sentence: str
    start: int
    end: int
    status: str
    negated: bool
    date: str | None


@dataclass
class DocPairs:
    """A document's candidate pairs and their features (computed once, scored by any model)."""

    types: dict[str, str]
    pairs: list[PairInfo] = field(default_factory=list)
    features: list[list[str]] = field(default_factory=list)

    def type_of(self, entity_id: str) -> str:  # what merge.well_typed asks of a context
        return self.types.get(entity_id, "")


def analyse(doc: Doc, lex: Lexicon) -> DocPairs:
    """The candidate pairs of a document whose ``doc._.relations`` the rules have set."""
    types = {eid: e.type for eid, e in (doc._.kg_entities or {}).items()}
    out = DocPairs(types)
    found: dict[tuple[int, str, str], set[str]] = defaultdict(set)
    for rel in doc._.relations or []:
        for ev in rel.evidence:
            found[(ev.start, rel.subject, rel.object)].add(rel.predicate)
    for pair in candidate_pairs(doc, types):
        start = pair.sent.start_char
        rule_preds = {pair_label(pair.first, pair.second, p, pair.first, PREDICATES[p].symmetric)
                      for p in found.get((start, pair.first, pair.second), ())}
        rule_preds |= {pair_label(pair.first, pair.second, p, pair.second, PREDICATES[p].symmetric)
                       for p in found.get((start, pair.second, pair.first), ())}
        _up, top, _down = dependency_path(pair.tok1, pair.tok2)
        anchor = top if top is not None else pair.tok1
        out.pairs.append(PairInfo(pair.first, pair.second, pair.sent.text.strip(), start, pair.sent.end_char,
                                  status(anchor, lex), negated(anchor, lex), sentence_date(pair.sent)))
        out.features.append(pair_features(pair, types, lex, rule_preds))
    return out


def class_edge(first: str, second: str, label: str) -> Edge:
    """The edge (subject, predicate, object) a class names over a pair, symmetric ones in sorted order."""
    if label.endswith(">"):
        return first, label[:-1], second
    if label.endswith("<"):
        return second, label[:-1], first
    s, o = sorted((first, second))
    return s, label, o


def edge_scores(dp: DocPairs, scores: np.ndarray, classes: list[str]) -> dict[Edge, tuple[float, int]]:
    """Each well-typed edge the model scores in a document: its best score over sentences and that pair's index.

    Pairs in a negated clause give no edges.
    """
    best: dict[Edge, tuple[float, int]] = {}
    for n, info in enumerate(dp.pairs):
        if info.negated:
            continue
        for c, label in enumerate(classes):
            score = float(scores[n, c])
            if score < 0.05:
                continue
            edge = class_edge(info.first, info.second, label)
            if edge in best and best[edge][0] >= score:
                continue
            if well_typed(Candidate(edge[0], edge[1], edge[2], "model", "asserted", None), dp):  # type: ignore[arg-type]
                best[edge] = (score, n)
    return best


def rule_family(rel: Relation) -> str:
    """The family of the rule that found a relation (``verb`` of ``verb:cooperate``), ``model`` for the model."""
    return rel.evidence[0].rule.split(":")[0] if rel.evidence else "other"


def combine(rules: list[Relation], dp: DocPairs, scored: dict[Edge, tuple[float, int]], model: RelationModel,
            *, use_rules: bool = True, use_model: bool = True,
            thresholds: dict[str, float] | None = None) -> list[Relation]:
    """Rule relations (copied) plus the model's edges above their predicate's threshold that the rules did not
    find; every relation's evidence gets the calibrated confidence of the relation (when the model has a
    calibrator)."""
    limits = model.thresholds if thresholds is None else thresholds
    out = [copy.deepcopy(r) for r in rules] if use_rules else []
    have = {(r.subject, r.predicate, r.object) for r in out}
    if use_model:
        for edge, (score, n) in sorted(scored.items()):
            if edge in have or score < limits.get(edge[1], 2.0):
                continue
            info = dp.pairs[n]
            out.append(Relation(edge[0], edge[1], edge[2], status=info.status, date=info.date, evidence=[
                Evidence(info.sentence, info.start, info.end, f"model:{edge[1]}", round(score, 4))]))
    for rel in out:
        conf = model.confidence(rule_family(rel), edge_features(rel, scored))
        if conf is not None:
            for ev in rel.evidence:
                ev.confidence = conf
    return sorted(out, key=lambda r: (r.subject, r.predicate, r.object))


def edge_features(rel: Relation, scored: dict[Edge, tuple[float, int]]) -> dict[str, Any]:
    """What the calibrator reads of a relation: the model's score of it (``None`` when not scored) and whether
    more than one sentence states it."""
    hit = scored.get((rel.subject, rel.predicate, rel.object))
    return {"score": hit[0] if hit else None, "multi": len({e.start for e in rel.evidence}) > 1}
