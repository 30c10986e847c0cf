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
from collections.abc import Iterable
from typing import Any

import numpy as np
from spacy.attrs import DEP, HEAD, IDX, LEMMA, LOWER, POS, SENT_START
from spacy.tokens import Doc

from kg.learn.features import (NEG_PATH, Pair, TokenArrays, candidate_pairs, mention_roots, pair_features,
                               pair_label)
from kg.learn.model import RelationModel
from kg.nlp.event_dates import sentence_date
from kg.nlp import extensions
from kg.nlp.lexicon import Lexicon
from kg.nlp.relations.context import Candidate
from kg.nlp.relations.index import Parse
from kg.nlp.relations.merge import well_typed
from kg.nlp.relations.modality import negated, status
from kg.records import Evidence, Relation
from kg.schema import ENTITY_TYPES, PREDICATES

#: relations in a field that give no focusesOn by themselves (GUIDELINES.md: "Cooperation in a field does not by
#: itself give focusesOn"; "Competing in a field does not give focusesOn")
DEALING_PREDICATES = frozenset({"cooperatesWith", "agreementWith", "jointVentureWith", "competesWith"})

Edge = tuple[str, str, str]


@dataclass
class PairInfo:
    """What an edge found on a pair needs of its sentence: entity ids in text order, evidence, modality.

    The sentence's text, offsets, date and modality are read from the document only when asked for
    (:meth:`DocPairs.resolve`): most pairs never give an edge."""

    first: str
    second: str
    sent: int
    anchor: int  # the token whose clause states the pair (the top of the dependency path)
    ruled: bool = False  # whether a rule found a relation between the two in this sentence
    hedged: bool = False  # whether a word between the two on the dependency path is negated
    sentence: str = ""
    start: int = -1
    end: int = -1
    status: str = "asserted"
    negated: bool | None = None
    date: str | None = None


@dataclass
class DocPairs:
    """A document's candidate pairs and their features (computed once, scored by any model)."""

    types: dict[str, str]
    pairs: list[PairInfo] = field(default_factory=list)
    features: list[list[str]] = field(default_factory=list)
    doc: Doc | None = None
    lex: Lexicon | None = None
    parses: SentenceParses | None = field(default=None, repr=False)  # the document's, made at the first resolve
    sents: list[tuple[int, int]] = field(default_factory=list, repr=False)  # (start, end) token of each sentence

    def type_of(self, entity_id: str) -> str:  # what merge.well_typed asks of a context
        return self.types.get(entity_id, "")

    def resolve(self, n: int) -> PairInfo:
        """Pair ``n`` with its sentence, date and modality read from the document (once)."""
        info = self.pairs[n]
        if info.negated is None and self.doc is not None and self.lex is not None:
            tok = self.doc[info.anchor]
            sent = self.doc[slice(*self.sents[info.sent])] if self.sents else tok.sent
            info.sentence, info.start, info.end = sent.text.strip(), sent.start_char, sent.end_char
            if self.parses is None:
                self.parses = SentenceParses(self.doc)
            parse = self.parses.of(sent.start, sent.end)
            info.status, info.negated = status(tok, self.lex, parse), negated(tok, self.lex, parse)
            info.date = sentence_date(sent)
        return info

    def denied(self, n: int) -> bool:
        """Whether another sentence states pair ``n``'s two entities in a negated clause (``it is no longer
        part of the group``): the model adds no edge the document denies elsewhere."""
        info = self.pairs[n]
        both = {info.first, info.second}
        return any(self.resolve(m).negated for m, other in enumerate(self.pairs)
                   if m != n and {other.first, other.second} == both)

    def without_ruled(self) -> "DocPairs":
        """The pairs no rule found a relation between (what :func:`analyse` gives without ``ruled``)."""
        keep = [n for n, info in enumerate(self.pairs) if not info.ruled]
        return DocPairs(self.types, [self.pairs[n] for n in keep], [self.features[n] for n in keep], self.doc,
                        self.lex)

    def restrict(self, allowed: set[tuple[str, str]]) -> "DocPairs":
        """The pairs of entity types in ``allowed`` (what :func:`analyse` gives with ``allowed``)."""
        keep = [n for n, info in enumerate(self.pairs)
                if (self.types.get(info.first), self.types.get(info.second)) in allowed]
        return DocPairs(self.types, [self.pairs[n] for n in keep], [self.features[n] for n in keep], self.doc,
                        self.lex)

    def detach(self) -> "DocPairs":
        """Resolve every pair and drop the document (for training, which keeps many documents' pairs)."""
        for n in range(len(self.pairs)):
            self.resolve(n)
        self.doc = self.lex = self.parses = None
        return self


class SentenceParses:
    """A document's :class:`Parse` with every token's head, and the other columns read a sentence at a time:
    modality reads only a clause's tokens, and a model edge is stated in few of a document's sentences (reading
    every word of the document cost a fifth of the component).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Firms", "sell", "chips", "Banks", "lend"],
    ...           heads=[1, 1, 1, 4, 4], deps=["nsubj", "ROOT", "dobj", "nsubj", "ROOT"])
    >>> p = SentenceParses(doc).of(3, 5)
    >>> p.dep, p.lower[3], p.children[4], p.head[1]
    (['', '', '', 'nsubj', 'ROOT'], 'banks', [3], 1)
    """

    def __init__(self, doc: Doc) -> None:
        arr = doc.to_array([HEAD, DEP, LOWER, LEMMA, POS])
        n = len(doc)
        heads = (np.arange(n, dtype=np.int64) + arr[:, 0].view(np.int64)).tolist() if n else []
        # one shared empty list of children until a token's sentence is read (heads stay inside a sentence)
        self.parse = Parse(heads, [""] * n, [""] * n, [""] * n, [""] * n, [[]] * n)
        self.words, self.strings, self.read = arr[:, 1:], doc.vocab.strings, set()

    def of(self, start: int, end: int) -> Parse:
        """The parse with the tokens ``start:end`` (one sentence) filled in."""
        parse = self.parse
        if start not in self.read:
            self.read.add(start)
            strings, children = self.strings, self.parse.children
            children[start:end] = [[] for _ in range(start, end)]
            for n, row in enumerate(self.words[start:end].tolist(), start):
                parse.dep[n], parse.lower[n], parse.lemma[n], parse.pos[n] = (strings[h] if h else "" for h in row)
                h = parse.head[n]
                if h != n:
                    children[h].append(n)
        return parse


def emittable_types(predicates: Iterable[str]) -> set[tuple[str, str]]:
    """The (type, type) pairs of entities between which one of ``predicates`` can hold, in either direction.

    >>> sorted(emittable_types(["basedIn"]))
    [('Country', 'Organization'), ('Organization', 'Country')]
    """
    out = set()
    for t1 in ENTITY_TYPES:
        for t2 in ENTITY_TYPES:
            ctx = DocPairs({"a": t1, "b": t2})
            if any(well_typed(Candidate(s, p, o, "model", "asserted", None), ctx)  # type: ignore[arg-type]
                   for p in predicates for s, o in (("a", "b"), ("b", "a"))):
                out.add((t1, t2))
    return out


def analyse(doc: Doc, lex: Lexicon, *, ruled: bool = True, allowed: set[tuple[str, str]] | None = None,
            rules: list[Relation] | None = None) -> DocPairs:
    """The candidate pairs of a document whose ``doc._.relations`` the rules have set; without ``ruled``, not
    the pairs a rule found a relation between in that sentence (the model adds to the rules: scoring only the
    other pairs costs a third of the time); with ``allowed``, only pairs of those entity types (those between
    which the model may add an edge); ``rules``: ``doc._.relations`` when already read."""
    ents = extensions.entities(doc)
    types = {eid: e.type for eid, e in ents.items()}
    out = DocPairs(types, doc=doc, lex=lex)
    if len(types) < 2:
        return out
    bounds, starts = sentence_bounds(doc)
    out.sents = bounds
    found: dict[tuple[int, str, str], set[str]] = defaultdict(set)
    roles: dict[tuple[int, str], list[tuple[str, str, str]]] = defaultdict(list)
    for rel in extensions.relations(doc) if rules is None else rules:
        for ev in rel.evidence:
            found[(ev.start, rel.subject, rel.object)].add(rel.predicate)
            roles[(ev.start, rel.subject)].append((rel.predicate, "s", rel.object))
            roles[(ev.start, rel.object)].append((rel.predicate, "o", rel.subject))
    arrays: TokenArrays | None = None  # read only once a pair needs features
    roots = mention_roots(doc)
    for pair in candidate_pairs(doc, types, bounds, roots):
        if allowed is not None and (types[pair.first], types[pair.second]) not in allowed:
            continue
        start = starts[pair.sent]
        forward = found.get((start, pair.first, pair.second), ())
        backward = found.get((start, pair.second, pair.first), ())
        rule_preds = {pair_label(pair.first, pair.second, p, pair.first, PREDICATES[p].symmetric)
                      for p in forward} | {pair_label(pair.first, pair.second, p, pair.second, PREDICATES[p].symmetric)
                                           for p in backward} if forward or backward else set()
        if rule_preds and not ruled:
            continue
        arrays = arrays or TokenArrays(doc, roots, ents)
        feats, anchor = pair_features(pair, arrays, types, lex, rule_preds)
        feats += shared_roles(pair, roles.get((start, pair.first), ()), roles.get((start, pair.second), ()))
        out.pairs.append(PairInfo(pair.first, pair.second, pair.sent, anchor, bool(rule_preds),
                                  NEG_PATH in feats))
        out.features.append(feats)
    return out


def shared_roles(pair: Pair, first: Iterable[tuple[str, str, str]],
                 second: Iterable[tuple[str, str, str]]) -> list[str]:
    """Features of what the rules found in the pair's sentence between one of its entities and a third one
    (``sh1=sanctions:s``: the first is the subject of a sanctions edge): a list or coordination often shares
    the relation (``the US sanctioned Huawei and ZTE``).

    >>> shared_roles(Pair("us", "zte", 0, 1, 5), [("sanctions", "s", "huawei")], [("basedIn", "s", "china")])
    ['sh1=sanctions:s', 'sh2=basedIn:s']
    """
    out = {f"sh1={p}:{role}" for p, role, other in first if other != pair.second}
    out |= {f"sh2={p}:{role}" for p, role, other in second if other != pair.first}
    return sorted(out)


def sentence_bounds(doc: Doc) -> tuple[list[tuple[int, int]], list[int]]:
    """The (start, end) token offsets of the document's sentences and their first characters' offsets, read from
    its arrays (``Doc.sents`` makes a ``Span`` and ``Token``\\ s per sentence).

    >>> import spacy
    >>> nlp = spacy.blank("en"); nlp.add_pipe("sentencizer")
    <spacy.pipeline.sentencizer.Sentencizer object at ...>
    >>> sentence_bounds(nlp("Russia sells oil. China buys it."))
    ([(0, 4), (4, 8)], [0, 18])
    """
    if not len(doc):
        return [], []
    arr = doc.to_array([SENT_START, IDX])
    firsts = np.flatnonzero(arr[:, 0] == 1).tolist()  # found by numpy, not a test per token in Python
    if not firsts or firsts[0] != 0:
        firsts.insert(0, 0)  # the first token starts the first sentence, whatever its flag
    bounds = list(zip(firsts, firsts[1:] + [len(doc)]))
    idx = arr[:, 1].tolist()
    return bounds, [idx[i] for i in firsts]


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

    Pairs known to be in a negated clause give no edges.
    """
    best: dict[Edge, tuple[float, int]] = {}
    rows, cols = np.nonzero(scores >= 0.05)
    for n, c in zip(rows.tolist(), cols.tolist()):
        info = dp.pairs[n]
        if info.negated or info.hedged:
            continue  # known negated (training resolves every pair; the pipeline only those it may emit)
        score = float(scores[n, c])
        edge = class_edge(info.first, info.second, classes[c])
        if edge in best and best[edge][0] >= score:
            continue
        if well_typed(Candidate(edge[0], edge[1], edge[2], "model", "asserted", None), dp):  # type: ignore[arg-type]
            best[edge] = (score, n)
    return best


def rule_family(rel: Relation) -> str:
    """The family of the rule that found a relation (``verb`` of ``verb:cooperate``), ``model`` for the model."""
    return rel.evidence[0].rule.split(":")[0] if rel.evidence else "other"


def combine(rules: list[Relation], dp: DocPairs, scored: dict[Edge, tuple[float, int]], model: RelationModel,
            *, use_rules: bool = True, use_model: bool = True, thresholds: dict[str, float] | None = None,
            copy_rules: bool = True) -> list[Relation]:
    """Rule relations (copied unless ``copy_rules`` is false) plus the model's edges above their predicate's
    threshold that the rules did not find; every relation's evidence gets the calibrated confidence of the
    relation (when the model has a calibrator)."""
    limits = model.thresholds if thresholds is None else thresholds
    out = ([copy.deepcopy(r) for r in rules] if copy_rules else list(rules)) if use_rules else []
    have = {(r.subject, r.predicate, r.object) for r in out}
    fields = fields_of_dealings(rules)
    if use_model:
        for edge, (score, n) in sorted(scored.items()):
            if edge in have or score < limits.get(edge[1], 2.0):
                continue
            info = dp.resolve(n)
            if info.negated or dp.denied(n) or (edge[1] == "focusesOn" and (info.start, edge[0], edge[2]) in fields):
                continue
            out.append(Relation(edge[0], edge[1], edge[2], status=info.status, date=info.date, evidence=[
                Evidence(info.sentence, info.start, info.end, f"model:{edge[1]}", round(score, 4))]))
    for rel in out:
        conf = model.confidence(rule_family(rel), edge_features(rel, scored))
        if conf is not None:
            for ev in rel.evidence:
                ev.confidence = conf
    return sorted(out, key=lambda r: (r.subject, r.predicate, r.object))


def fields_of_dealings(rules: Iterable[Relation]) -> set[tuple[int, str, str]]:
    """(sentence start, actor, technology) for each field in which the rules found an actor cooperating or competing:
    the guidelines give no ``focusesOn`` for that alone ("competing with ByteDance in chatbots"), so the model adds
    none from that sentence.

    >>> rel = Relation("alibaba", "competesWith", "bytedance", topics=["ai"], evidence=[Evidence("…", 0, 9, "r", 1)])
    >>> sorted(fields_of_dealings([rel]))
    [(0, 'alibaba', 'ai'), (0, 'bytedance', 'ai')]
    """
    return {(ev.start, actor, topic) for rel in rules if rel.predicate in DEALING_PREDICATES
            for ev in rel.evidence for actor in (rel.subject, rel.object) for topic in rel.topics}


def edge_features(rel: Relation, scored: dict[Edge, tuple[float, int]]) -> dict[str, Any]:
    """What the calibrator reads of a relation: the model's score of it (``None`` when not scored) and whether
    more than one sentence states it."""
    hit = scored.get((rel.subject, rel.predicate, rel.object))
    return {"score": hit[0] if hit else None, "multi": len({e.start for e in rel.evidence}) > 1}
