"""Score extractions against gold annotations, with the metrics of the evaluation guidelines.

Entities are aligned to gold by normalised name or alias (exact label matches first, each side used once),
relations are compared through that alignment per document, symmetric predicates in either direction.
The numbers agree with ``../shared/eval/score.py`` (a test checks it on the dev set).

Examples
--------
>>> gold = [{"doc_id": "d", "entities": [{"name": "Russia", "type": "Country", "aliases": ["Russian"]},
...          {"name": "China", "type": "Country"}],
...          "relations": [{"s": "Russia", "p": "cooperatesWith", "o": "China"}]}]
>>> system = [{"doc_id": "d", "entities": [{"id": "1", "label": "China", "type": "Country"},
...            {"id": "2", "label": "Russian", "type": "Country"}],
...            "relations": [{"subject": "1", "predicate": "cooperatesWith", "object": "2"}]}]
>>> r = evaluate(gold, system)
>>> r["entities_typed"]["f1"], r["relations_strict"]["f1"]
(1.0, 1.0)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from kg.nlp.kb import normalize
from kg.vocab import ENTITY_TYPES, PREDICATES

LEVELS = ("strict", "family", "unlabelled")


@dataclass
class Counts:
    """True positives, false positives and false negatives of one metric."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: set, pred: set) -> None:
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)

    def as_dict(self) -> dict[str, float | int]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}


def align(gold_entities: list[dict[str, Any]], system_entities: list[dict[str, Any]]) -> dict[str, str]:
    """System entity id -> gold name: exact label first, then label as a gold alias, then any shared form."""
    gold_forms = {g["name"]: {normalize(g["name"])} | {normalize(a) for a in g.get("aliases", [])}
                  for g in gold_entities}
    gold_qid = {g["name"]: g.get("wikidata") for g in gold_entities}
    ranked = []
    for e in system_entities:
        label = normalize(e.get("label", ""))
        forms = ({label} | {normalize(a) for a in e.get("aliases") or []}) - {""}
        for name, gforms in gold_forms.items():
            if label and label == normalize(name):
                rank = 0
            elif label in gforms:
                rank = 1
            elif forms & gforms or (e.get("wikidata") and e.get("wikidata") == gold_qid[name]):
                rank = 2
            else:
                continue
            ranked.append((rank, str(e.get("id")), name))
    mapping: dict[str, str] = {}
    for _rank, sid, name in sorted(ranked):
        if sid not in mapping and name not in mapping.values():
            mapping[sid] = name
    return mapping


def relation_key(s: str, p: str, o: str, level: str) -> tuple[str, ...]:
    """The key two relations share when they match at ``level``.

    >>> relation_key("b", "cooperatesWith", "a", "strict")
    ('cooperatesWith', 'a', 'b')
    >>> relation_key("b", "sanctions", "a", "family")
    ('conflict', 'a', 'b')
    """
    if level == "unlabelled":
        return ("pair", *sorted((s, o)))
    if level == "family":
        fam = PREDICATES[p].family
        return (fam, *sorted((s, o))) if fam in ("cooperation", "conflict") else (fam, s, o)
    return (p, *sorted((s, o))) if PREDICATES[p].symmetric else (p, s, o)


def evaluate(gold_docs: Iterable[dict[str, Any]], system_docs: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Micro-averaged entity and relation scores of system documents against gold documents."""
    system = {str(d["doc_id"]): d for d in system_docs}
    ent = {"typed": Counts(), "untyped": Counts()}
    rel = {level: Counts() for level in LEVELS}
    per_type: dict[str, Counts] = defaultdict(Counts)
    per_pred: dict[str, Counts] = defaultdict(Counts)
    negatives = [0, 0]
    gold_list = list(gold_docs)
    for g in gold_list:
        s = system.get(str(g["doc_id"]), {})
        sys_ents = [e for e in s.get("entities", []) if isinstance(e, dict)]
        mapping = align(g.get("entities", []), sys_ents)
        named = {str(e.get("id")): mapping.get(str(e.get("id")), "~" + normalize(e.get("label", ""))) for e in sys_ents}
        gold_typed = {(e["name"], e["type"]) for e in g.get("entities", [])}
        sys_typed = {(named[str(e.get("id"))], e.get("type")) for e in sys_ents}
        ent["untyped"].add({n for n, _ in gold_typed}, set(named.values()))
        ent["typed"].add(gold_typed, sys_typed)
        for t in ENTITY_TYPES:
            per_type[t].add({x for x in gold_typed if x[1] == t}, {x for x in sys_typed if x[1] == t})
        gold_rels = [(r["s"], r["p"], r["o"]) for r in g.get("relations", [])]
        sys_rels = [(named[str(r.get("subject"))], r["predicate"], named[str(r.get("object"))])
                    for r in s.get("relations", []) if r.get("predicate") in PREDICATES
                    and str(r.get("subject")) in named and str(r.get("object")) in named]
        for level in LEVELS:
            rel[level].add({relation_key(*t, level) for t in gold_rels}, {relation_key(*t, level) for t in sys_rels})
        for pred in PREDICATES:
            per_pred[pred].add({relation_key(*t, "strict") for t in gold_rels if t[1] == pred},
                               {relation_key(*t, "strict") for t in sys_rels if t[1] == pred})
        neg = {relation_key(n["s"], n["p"], n["o"], "strict") for n in g.get("negatives", [])}
        negatives[1] += len(neg)
        negatives[0] += len(neg & {relation_key(*t, "strict") for t in sys_rels})
    return {
        "documents": len(gold_list),
        "missing_documents": sum(1 for g in gold_list if str(g["doc_id"]) not in system),
        "entities_typed": ent["typed"].as_dict(), "entities_untyped": ent["untyped"].as_dict(),
        **{f"relations_{level}": rel[level].as_dict() for level in LEVELS},
        "per_type": {k: v.as_dict() for k, v in sorted(per_type.items()) if v.tp + v.fp + v.fn},
        "per_predicate": {k: v.as_dict() for k, v in sorted(per_pred.items()) if v.tp + v.fp + v.fn},
        "negatives_emitted": f"{negatives[0]}/{negatives[1]}",
    }


def format_report(result: dict[str, Any]) -> str:
    """The scores as an aligned text table."""
    lines = [f"documents {result['documents']} (missing from system output: {result['missing_documents']})"]
    rows = [(k, result[k]) for k in ("entities_typed", "entities_untyped", "relations_strict", "relations_family",
                                     "relations_unlabelled")]
    rows += [(f"  type {k}", v) for k, v in result["per_type"].items()]
    rows += [(f"  {k}", v) for k, v in result["per_predicate"].items()]
    for name, m in rows:
        lines.append(f"{name:24s} P {m['p']:.3f}  R {m['r']:.3f}  F1 {m['f1']:.3f}   "
                     f"(tp {m['tp']}, fp {m['fp']}, fn {m['fn']})")
    lines.append(f"gold negatives emitted: {result['negatives_emitted']}")
    return "\n".join(lines)
