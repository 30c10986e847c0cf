"""Relation model, round 15: typed pair features (``tyd=``: both mentions' roles by the pair's entity types;
``typtrig=``: a trigger word on the dependency path by the pair's entity types) and positive pairs weighted in the
fit (``kg.learn.train.POSITIVE_WEIGHT``). Sentences written for these tests."""

from __future__ import annotations

import numpy as np

from kg.learn import train as train_module
from kg.learn.corpus import GoldDoc
from kg.learn.predict import DocPairs, PairInfo, analyse


def features_of(nlp, text: str, first: str, second: str) -> list[str]:
    """The model's features of the pair (``first``, ``second``) of entity ids in ``text``.

    >>> features_of.__name__
    'features_of'
    """
    doc = nlp(text)
    dp = analyse(doc, nlp.get_pipe("kg_relations").lexicon)
    for info, feats in zip(dp.pairs, dp.features):
        if {info.first, info.second} == {first, second}:
            return feats
    raise AssertionError(f"no pair {first}-{second} among {[(p.first, p.second) for p in dp.pairs]}")


def test_pair_has_its_mention_roles_by_types(nlp) -> None:
    """``tyd=`` joins the pair's types with both mentions' dependency labels."""
    feats = features_of(nlp, "Volkswagen expanded its research centre in Germany last spring.", "volkswagen",
                        "germany")
    [tyd] = [f for f in feats if f.startswith("tyd=")]
    assert tyd.startswith("tyd=Organization|Country:nsubj:")
    [ty] = [f for f in feats if f.startswith("ty=")]
    assert tyd.split(":")[0] == "tyd=" + ty[3:]


def test_trigger_on_the_path_is_typed(nlp) -> None:
    """Every ``ptrig=`` feature has a ``typtrig=`` twin carrying the pair's types (checked on a parse built by
    hand, so that the trigger word is on the path whatever the parser does)."""
    import spacy
    from spacy.tokens import Doc

    from kg.learn.features import Pair, TokenArrays, pair_features
    from kg.records import Entity

    lex = nlp.get_pipe("kg_relations").lexicon
    words = ["Orvik", "signed", "a", "supply", "deal", "with", "Tessa"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 4, 4, 1, 4, 5],
              deps=["nsubj", "ROOT", "det", "compound", "dobj", "prep", "pobj"],
              lemmas=["Orvik", "sign", "a", "supply", "deal", "with", "Tessa"],
              pos=["PROPN", "VERB", "DET", "NOUN", "NOUN", "ADP", "PROPN"])
    ents = {"orvik": Entity("orvik", "Orvik", "Organization"), "tessa": Entity("tessa", "Tessa", "Organization")}
    types = {k: e.type for k, e in ents.items()}
    arrays = TokenArrays(doc, [(0, "orvik"), (6, "tessa")], ents)
    feats, _top = pair_features(Pair("orvik", "tessa", 0, 0, 6), arrays, types, lex, set())
    ptrig = sorted(f[len("ptrig="):] for f in feats if f.startswith("ptrig="))
    typed = sorted(f[len("typtrig=Organization|Organization:"):] for f in feats if f.startswith("typtrig="))
    assert typed == ptrig and ptrig  # "deal" on the path triggers agreementWith


def tiny_docs() -> list[GoldDoc]:
    """Two documents of hand-made pairs: ``k=1`` marks the positives of ``basedIn>`` (a few are noisy).

    >>> len(tiny_docs()), len(tiny_docs()[0].labels)
    (2, 40)
    """
    docs = []
    for n in range(2):
        pairs, feats, labels = [], [], []
        for i in range(40):
            positive = i % 5 == 0
            noisy = i % 13 == 0
            pairs.append(PairInfo(f"a{i}", f"b{i}", 0, 0))
            feats.append(["ty=Organization|Country", f"k={int(positive or noisy)}", f"w{i % 7}"])
            labels.append({"basedIn>"} if positive else set())
        docs.append(GoldDoc(f"x-{n}", {"relations": []}, [], [], DocPairs({}, pairs, feats), labels))
    return docs


def test_positives_weigh_more_in_the_fit(monkeypatch) -> None:
    """With positive pairs weighted, a positive-looking pair scores higher than with equal weights; the fit
    stays deterministic."""
    docs = tiny_docs()
    probe = [["ty=Organization|Country", "k=1", "w0"]]
    assert train_module.POSITIVE_WEIGHT > 1.0
    weighted = train_module.fit_classifier(docs).scores(probe)[0, 0]
    again = train_module.fit_classifier(docs).scores(probe)[0, 0]
    monkeypatch.setattr(train_module, "POSITIVE_WEIGHT", 1.0)
    plain = train_module.fit_classifier(docs).scores(probe)[0, 0]
    assert weighted == again
    assert weighted > plain
    assert np.isfinite(plain)
