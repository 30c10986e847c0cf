"""Relation model, round 5: document-level pair features, farther pairs, training on every pair, the inner-CV
threshold in use, and no model edge a document denies elsewhere (sentences written for these tests)."""

from __future__ import annotations

import numpy as np
import pytest

from kg.learn.features import MAX_DISTANCE
from kg.learn.predict import DocPairs, PairInfo, analyse, combine, edge_scores
from kg.nlp import extensions as ext


@pytest.fixture(scope="module")
def rules_nlp():
    from kg.nlp.pipeline import build_nlp

    return build_nlp(relation_model=False)


def tiny_gold() -> list[dict]:
    """Ten documents where ``A flormed B`` (a verb no lexicon knows) states a sanction; C is unrelated to both."""
    names = [("Germany", "Chile", "Peru"), ("France", "Peru", "Chile"), ("Japan", "Kenya", "Ghana"),
             ("Canada", "Ghana", "Kenya"), ("Italy", "Fiji", "Samoa"), ("Spain", "Portugal", "Morocco"),
             ("Poland", "Latvia", "Estonia"), ("Sweden", "Finland", "Estonia"), ("Norway", "Denmark", "Iceland"),
             ("Brazil", "Uruguay", "Paraguay")]
    return [{"doc_id": f"x-{n}", "text": f"{a} flormed {b} last week. Reporters from {c} and {b} waited in {a}.",
             "entities": [{"name": x, "type": "Country"} for x in (a, b, c)],
             "relations": [{"s": a, "p": "sanctions", "o": b}]} for n, (a, b, c) in enumerate(names)]


def pair_feats(nlp, text: str, first: str, second: str) -> list[str]:
    doc = nlp(text)
    dp = analyse(doc, nlp.get_pipe("kg_relations").lexicon)
    for info, feats in zip(dp.pairs, dp.features):
        if {info.first, info.second} == {first, second}:
            return feats
    raise AssertionError(f"no pair {first}-{second}: {[(p.first, p.second) for p in dp.pairs]}")


def test_gazetteer_country_link_is_a_feature(rules_nlp):
    feats = pair_feats(rules_nlp, "Huawei showed its newest folding phone to buyers from China on Monday.",
                       "huawei", "china")
    assert "kc=Organization|Country:1in2" in feats
    assert "co=1" in feats and "sent0" in feats


def test_far_pairs_are_candidates(rules_nlp):
    text = ("Huawei, which has spent most of the last decade building its own chips and "
            "phones, will open a laboratory in Kenya.")
    doc = rules_nlp(text)
    ids = {e.kb_id_: e.root.i for e in doc.ents if e.kb_id_}
    assert ids["kenya"] - ids["huawei"] > 8 and ids["kenya"] - ids["huawei"] <= MAX_DISTANCE
    assert pair_feats(rules_nlp, text, "huawei", "kenya")


def test_negating_governor_is_a_feature(rules_nlp):
    feats = pair_feats(rules_nlp, "Spain refused to sign the accord with Portugal.", "spain", "portugal")
    assert "neggov" in feats


def test_no_model_edge_the_document_denies():
    dp = DocPairs({"a": "Organization", "b": "Organization"}, [
        PairInfo("a", "b", 0, 0, negated=False), PairInfo("a", "b", 1, 5, negated=True),
        PairInfo("a", "c", 2, 9, negated=False)])
    assert dp.denied(0) and not dp.denied(2)


@pytest.fixture(scope="module")
def trained(rules_nlp):
    from kg.learn.corpus import parse_gold
    from kg.learn.train import train_model

    docs = parse_gold(tiny_gold(), rules_nlp)
    return docs, train_model(docs, inner_folds=3), train_model(docs, inner_folds=3)


def test_training_is_deterministic(trained):
    _docs, m1, m2 = trained
    assert m1.vocab == m2.vocab and m1.thresholds == m2.thresholds
    assert np.array_equal(m1.weights, m2.weights) and np.array_equal(m1.bias, m2.bias)
    assert any(f.startswith("kc=") for f in m1.vocab)  # the document-level features are learned from


def test_inner_cv_threshold_is_used(trained, rules_nlp):
    docs, model, _ = trained
    assert "sanctions" in model.thresholds  # chosen by inner cross-validation
    doc = rules_nlp("Austria flormed Ireland last week. Reporters from Malta and Ireland waited in Austria.")
    dp = analyse(doc, rules_nlp.get_pipe("kg_relations").lexicon)
    scored = edge_scores(dp, model.scores(dp.features), model.classes)
    score = scored[("austria", "sanctions", "ireland")][0]
    assert score >= model.thresholds["sanctions"]
    added = combine(ext.relations(doc), dp, scored, model)
    assert any(r.predicate == "sanctions" and r.evidence[0].rule == "model:sanctions" for r in added)
    above = {"sanctions": min(score + 0.01, 1.0)}
    assert not any(r.predicate == "sanctions" for r in combine(ext.relations(doc), dp, scored, model,
                                                               thresholds=above))
