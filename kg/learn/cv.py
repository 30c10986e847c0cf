"""Document-level K-fold cross-validation of rules, model and both, with the guidelines' metrics and calibration.

Each document is parsed once (:func:`kg.learn.corpus.parse_gold`); each fold trains a model (its own inner
out-of-fold thresholds and calibrator included) on the other folds and scores the held-out documents.

Examples
--------
>>> expected_calibration_error([(0.9, True), (0.9, False), (0.15, False)])
0.3167
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kg.evaluate import evaluate
from kg.learn.corpus import GoldDoc
from kg.learn.predict import combine, emittable_types
from kg.learn.train import DEFAULT_C, MIN_PRECISION, doc_edge_scores, fold_ids, train_model
from kg.records import Relation

MODES = ("rules", "model", "both")


def expected_calibration_error(points: Sequence[tuple[float, bool]], bins: int = 10) -> float:
    """ECE over equal-width confidence bins: the mean gap between confidence and accuracy, weighted by bin size."""
    if not points:
        return 0.0
    total = 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        inside = [(c, ok) for c, ok in points if lo <= c < hi or (b == bins - 1 and c == 1.0)]
        if inside:
            conf = sum(c for c, _ in inside) / len(inside)
            acc = sum(ok for _, ok in inside) / len(inside)
            total += abs(conf - acc) * len(inside)
    return round(total / len(points), 4)


def _record(d: GoldDoc, relations: list[Relation]) -> dict[str, Any]:
    return {"doc_id": d.doc_id, "entities": d.entities, "relations": [r.to_json() for r in relations]}


def cross_validate(docs: Sequence[GoldDoc], k: int = 5, *, seed: int = 0, C: float = DEFAULT_C,
                   inner_folds: int = 4, min_precision: float = MIN_PRECISION) -> dict[str, Any]:
    """Scores of rules alone, model alone and both over ``k`` document folds; per cluster; calibration error."""
    folds = fold_ids([d.doc_id for d in docs], k, seed=seed)
    systems: dict[str, dict[str, dict[str, Any]]] = {m: {} for m in MODES}
    calibrated: list[tuple[float, bool]] = []
    uncalibrated: list[tuple[float, bool]] = []
    for f in range(k):
        train = [d for d, g in zip(docs, folds) if g != f]
        model = train_model(train, inner_folds=inner_folds, C=C, seed=seed, min_precision=min_precision)
        alone = train_model(train, inner_folds=inner_folds, C=C, seed=seed, min_precision=min_precision,
                            ruled_pairs=True)
        for d, g in zip(docs, folds):
            if g != f:
                continue
            # what the pipeline scores: the pairs the rules found nothing between, of types the model may add to
            view = d.without_ruled().restrict(emittable_types(model.thresholds))
            scored = doc_edge_scores(model, view)
            gold = d.gold_keys()
            both = combine(d.rules, view.pairs, scored, model)
            systems["both"][d.doc_id] = _record(d, both)
            systems["rules"][d.doc_id] = _record(d, d.rules)
            systems["model"][d.doc_id] = _record(d, combine([], d.pairs, doc_edge_scores(alone, d), alone,
                                                             use_rules=False,
                                                             thresholds=alone.meta["thresholds_model_alone"]))
            calibrated += [(r.confidence, d.key((r.subject, r.predicate, r.object)) in gold) for r in both]
            uncalibrated += [(r.confidence, d.key((r.subject, r.predicate, r.object)) in gold) for r in d.rules]
    gold_docs = [d.gold for d in docs]
    clusters = sorted({d.cluster for d in docs})
    result: dict[str, Any] = {"folds": k, "documents": len(docs), "modes": {}, "clusters": {}}
    for mode in MODES:
        result["modes"][mode] = evaluate(gold_docs, systems[mode].values())
        result["clusters"][mode] = {c: evaluate([d.gold for d in docs if d.cluster == c],
                                                [systems[mode][d.doc_id] for d in docs if d.cluster == c])
                                    for c in clusters}
    result["ece"] = {"both_calibrated": expected_calibration_error(calibrated),
                     "rules_table": expected_calibration_error(uncalibrated), "edges": len(calibrated)}
    return result


def format_cv_report(result: dict[str, Any]) -> str:
    """The cross-validation scores as text: overall, per predicate and per cluster, for each mode."""
    modes = result["modes"]
    lines = [f"{result['folds']}-fold cross-validation by document over {result['documents']} documents "
             f"(strict relations: P / R / F1)", f"{'':26s}" + "".join(f"{m:>24s}" for m in MODES)]

    def cells(get: Any) -> str:
        out = ""
        for m in MODES:
            v = get(m)
            out += f"{v['p']:8.3f}{v['r']:8.3f}{v['f1']:8.3f}" if v else f"{'-':>24s}"
        return out

    for level in ("strict", "family", "unlabelled"):
        lines.append(f"{'relations ' + level:26s}" + cells(lambda m: modes[m][f"relations_{level}"]))
    preds = sorted({p for m in MODES for p in modes[m]["per_predicate"]})
    lines.append("per predicate (support)")
    for p in preds:
        support = next(v["tp"] + v["fn"] for m in MODES for q, v in modes[m]["per_predicate"].items() if q == p)
        lines.append(f"  {p:18s}{support:6d}" + cells(lambda m: modes[m]["per_predicate"].get(p)))
    lines.append("per cluster (documents)")
    for c, r in result["clusters"]["both"].items():
        lines.append(f"  {c:18s}{r['documents']:6d}" + cells(lambda m: result["clusters"][m][c]["relations_strict"]))
    lines.append("gold negatives emitted: " + ", ".join(f"{m} {modes[m]['negatives_emitted']}" for m in MODES))
    ece = result["ece"]
    lines.append(f"calibration error (ECE, 10 bins) of held-out edges: rules+model calibrated "
                 f"{ece['both_calibrated']:.3f} over {ece['edges']} edges; rules with the precision table "
                 f"{ece['rules_table']:.3f}")
    return "\n".join(lines)
