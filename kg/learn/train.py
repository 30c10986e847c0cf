"""Training: the linear pair classifier, per-predicate thresholds and the confidence calibrator, from parsed gold.

``train_model`` fits the classifier on every document, and chooses thresholds and fits the calibrator on
out-of-fold predictions (``inner_folds``-fold, grouped by document), so neither sees a document the classifier
was fitted on. Everything is seeded: the same documents give the same model, byte for byte.

Examples
--------
>>> fold_ids(["d1", "d2", "d3", "d4"], 2, seed=0)
[1, 0, 0, 1]
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

import numpy as np
from scipy.sparse import csr_matrix

from kg.learn.corpus import GoldDoc
from kg.learn.model import Calibrator, RelationModel
from kg.learn.predict import Edge, combine, edge_features, edge_scores, emittable_types, rule_family
from kg.vocab import PREDICATES

MIN_COUNT = 2  # features seen fewer times than this are dropped
MIN_POSITIVES = 3  # classes with fewer positive pairs are not learned
GRID = [round(0.05 * i, 2) for i in range(6, 20)]  # thresholds tried, 0.30 .. 0.95
# an added edge raises F1 while it is right more often than about F1 / 2: half right keeps precision >= 0.85 overall
# (measured under 5-fold CV: 0.7 added too few edges, 0.4 lost precision for nothing)
MIN_PRECISION = 0.5
DEFAULT_C = 0.5
# positive pairs weigh twice the negatives in the fit (about 1 in 15 pairs is positive): the scores of unseen
# relations rise above the thresholds more often (5-fold CV, both F1: 0.767 -> 0.768 alone, -> 0.770 with the typed
# features tyd=/typtrig=; a weight of 4 did no better)
POSITIVE_WEIGHT = 2.0


def fold_ids(doc_ids: Sequence[str], k: int, *, seed: int = 0) -> list[int]:
    """A fold number per document: a seeded shuffle of the sorted ids dealt round-robin (each fold k docs apart)."""
    order = sorted(range(len(doc_ids)), key=lambda i: doc_ids[i])
    perm = np.random.RandomState(seed).permutation(len(order))
    out = [0] * len(doc_ids)
    for rank, j in enumerate(perm):
        out[order[j]] = rank % k
    return out


def fit_classifier(docs: Sequence[GoldDoc], *, C: float = DEFAULT_C, seed: int = 0) -> RelationModel:
    """One-vs-rest logistic regression over the pairs of ``docs`` (no thresholds or calibration yet)."""
    from sklearn.linear_model import LogisticRegression

    counts: Counter[str] = Counter(f for d in docs for feats in d.pairs.features for f in set(feats))
    names = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    vocab = {f: i for i, f in enumerate(names)}
    rows, labels = [], []
    for d in docs:
        for feats, lab in zip(d.pairs.features, d.labels):
            idx = sorted({vocab[f] for f in feats if f in vocab})
            rows.append(idx)
            labels.append(lab)
    indptr = np.cumsum([0] + [len(r) for r in rows])
    X = csr_matrix((np.ones(indptr[-1]), np.fromiter((c for r in rows for c in r), dtype=np.int64, count=indptr[-1]),
                    indptr), shape=(len(rows), len(names)))
    positives = Counter(c for lab in labels for c in lab)
    classes = sorted(c for c, n in positives.items() if n >= MIN_POSITIVES)
    weights = np.zeros((len(names), len(classes)))
    bias = np.full(len(classes), -10.0)
    for j, c in enumerate(classes):
        y = np.fromiter((c in lab for lab in labels), dtype=bool, count=len(labels))
        if y.all():
            continue
        clf = LogisticRegression(C=C, solver="liblinear", random_state=seed, max_iter=200,
                                 class_weight={True: POSITIVE_WEIGHT, False: 1.0})
        clf.fit(X, y)
        weights[:, j], bias[j] = clf.coef_[0], clf.intercept_[0]
    return RelationModel(vocab=vocab, classes=classes, weights=weights, bias=bias)


def doc_edge_scores(model: RelationModel, doc: GoldDoc) -> dict[Edge, tuple[float, int]]:
    return edge_scores(doc.pairs, model.scores(doc.pairs.features), model.classes)


def choose_thresholds(docs: Sequence[GoldDoc], scored: Sequence[dict[Edge, tuple[float, int]]], *,
                      use_rules: bool = True, min_precision: float = 0.5) -> dict[str, float]:
    """Per predicate, the threshold that maximises strict F1 of rules plus model edges over ``docs`` (coordinate
    ascent, two passes); a predicate whose added edges are right less than ``min_precision`` of the time gets none.
    """
    tp = fp = fn = 0
    # per predicate and candidate threshold: (correct, wrong) edges the model would add
    gains: dict[str, dict[float, list[int]]] = defaultdict(lambda: {t: [0, 0] for t in GRID})
    for d, sc in zip(docs, scored):
        gold = d.gold_keys()
        have = {(r.subject, r.predicate, r.object) for r in d.rules} if use_rules else set()
        found = {d.key(e) for e in have}
        tp += len(found & gold)
        fp += len(found - gold)
        fn += len(gold - found)
        added: dict[tuple[str, ...], tuple[float, str]] = {}
        for edge, (score, _n) in sc.items():
            k = d.key(edge)
            if edge in have or k in found:
                continue
            if k not in added or added[k][0] < score:
                added[k] = (score, edge[1])
        for k, (score, p) in added.items():
            for t in GRID:
                if score >= t:
                    gains[p][t][0 if k in gold else 1] += 1
    chosen: dict[str, float] = {}

    def f1(a: int, b: int, c: int) -> float:
        return 2 * a / (2 * a + b + c) if a else 0.0

    for _ in range(2):
        for p in sorted(gains):
            base_tp = tp + sum(gains[q][chosen[q]][0] for q in chosen if q != p)
            base_fp = fp + sum(gains[q][chosen[q]][1] for q in chosen if q != p)
            total_gold = tp + fn
            best, best_t = f1(base_tp, base_fp, total_gold - base_tp), None
            for t in GRID:
                good, bad = gains[p][t]
                if good + bad == 0 or good / (good + bad) < min_precision:
                    continue
                score = f1(base_tp + good, base_fp + bad, total_gold - base_tp - good)
                if score > best + 1e-9:
                    best, best_t = score, t
            if best_t is None:
                chosen.pop(p, None)
            else:
                chosen[p] = best_t
    return chosen


def fit_calibrator(docs: Sequence[GoldDoc], scored: Sequence[dict[Edge, tuple[float, int]]],
                   model: RelationModel, *, seed: int = 0) -> Calibrator:
    """A logistic calibrator of emitted edges (rules and model): right or wrong, by family, score and support."""
    from sklearn.linear_model import LogisticRegression

    rows: list[tuple[str, list[float]]] = []
    y: list[bool] = []
    probe = Calibrator()
    for d, sc in zip(docs, scored):
        gold = d.gold_keys()
        for rel in combine(d.rules, d.pairs, sc, model):
            fam = rule_family(rel)
            rows.append((fam, probe.vector(fam, edge_features(rel, sc))))
            y.append(d.key((rel.subject, rel.predicate, rel.object)) in gold)
    if len(set(y)) < 2:
        return Calibrator(bias=4.0 if (y and y[0]) else -4.0)
    fam_counts = Counter(f for f, _v in rows)
    families = sorted(f for f, n in fam_counts.items() if n >= 10) + ["other"]
    X = np.zeros((len(rows), len(families) + 4))
    for i, (fam, vec) in enumerate(rows):
        X[i, families.index(fam) if fam in families else len(families) - 1] = 1.0
        X[i, len(families):] = vec
    clf = LogisticRegression(C=1.0, solver="lbfgs", random_state=seed, max_iter=500)
    clf.fit(X, np.array(y))
    w = clf.coef_[0]
    return Calibrator(bias=float(clf.intercept_[0]), family={f: float(w[i]) for i, f in enumerate(families)},
                      score=float(w[-4]), model_score=float(w[-3]), unscored=float(w[-2]), multi=float(w[-1]))


def rule_precision_table(docs: Sequence[GoldDoc]) -> dict[str, float]:
    """Laplace-smoothed precision of every rule (``verb:cooperate``) and rule family (``verb``) over ``docs``:
    the confidence rule edges carry when no model calibrates them."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for d in docs:
        gold = d.gold_keys()
        for rel in d.rules:
            ok = d.key((rel.subject, rel.predicate, rel.object)) in gold
            for rule in {":".join(e.rule.split(":")[:2]) for e in rel.evidence}:
                for key in {rule, rule.split(":")[0]}:
                    counts[key][0] += ok
                    counts[key][1] += 1
    return {k: round((ok + 1) / (n + 2), 2) for k, (ok, n) in sorted(counts.items())}


def out_of_fold_scores(docs: Sequence[GoldDoc], k: int, *, C: float = DEFAULT_C, seed: int = 0,
                       fit_docs: Sequence[GoldDoc] | None = None) -> list[dict[Edge, tuple[float, int]]]:
    """Each document's edge scores from a classifier fitted on the other folds (of ``fit_docs``, the same
    documents with other pairs, when given)."""
    folds = fold_ids([d.doc_id for d in docs], k, seed=seed)
    fit_on = docs if fit_docs is None else fit_docs
    out: list[dict[Edge, tuple[float, int]]] = [{} for _ in docs]
    for f in range(k):
        model = fit_classifier([d for d, g in zip(fit_on, folds) if g != f], C=C, seed=seed)
        for i, d in enumerate(docs):
            if folds[i] == f:
                out[i] = doc_edge_scores(model, d)
    return out


def train_model(docs: Sequence[GoldDoc], *, inner_folds: int = 4, C: float = DEFAULT_C, seed: int = 0,
                min_precision: float = MIN_PRECISION, ruled_pairs: bool = False) -> RelationModel:
    """The full model: classifier on all ``docs``; thresholds and calibrator from out-of-fold scores.

    The classifier learns from every pair (what the rules found teaches it too). Without ``ruled_pairs`` it
    later scores only the pairs the rules found nothing between in a sentence (what it may add), and its
    thresholds and calibrator are chosen on those; with them it is a model that stands alone (for comparison).
    """
    fit_docs = list(docs)
    if not ruled_pairs:
        docs = [d.without_ruled() for d in docs]
    model = fit_classifier(fit_docs, C=C, seed=seed)
    k = max(2, min(inner_folds, len(docs)))
    oof = out_of_fold_scores(docs, k, C=C, seed=seed, fit_docs=fit_docs) if len(docs) >= 2 else \
        [doc_edge_scores(model, d) for d in docs]
    model.thresholds = choose_thresholds(docs, oof, min_precision=min_precision)
    alone = choose_thresholds(docs, oof, use_rules=False, min_precision=min_precision)
    # the pipeline scores only pairs between which an edge may be added: calibrate on the same scores
    allowed = emittable_types(model.thresholds)
    kept = [{e: v for e, v in sc.items() if (d.pairs.types.get(e[0]), d.pairs.types.get(e[2])) in allowed}
            for d, sc in zip(docs, oof)]
    model.calibrator = fit_calibrator(docs, kept, model, seed=seed)
    model.rule_confidence = rule_precision_table(docs)
    model.meta = {"documents": len(docs), "pairs": sum(len(d.labels) for d in docs), "C": C, "seed": seed,
                  "ruled_pairs": ruled_pairs,
                  "inner_folds": k, "min_precision": min_precision, "thresholds_model_alone": alone,
                  "predicates": sorted(PREDICATES)}
    return model
