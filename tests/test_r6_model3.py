"""Relation model, round 6: the rules' edges of the same sentence as features, no model edge across a negated
word on the path, and thresholds chosen at half precision (sentences written for these tests)."""

from __future__ import annotations

import pytest

from kg.learn.features import NEG_PATH
from kg.learn.predict import analyse, shared_roles
from kg.learn.features import Pair
from kg.learn.train import GRID, MIN_PRECISION, choose_thresholds


@pytest.fixture(scope="module")
def rules_nlp():
    from kg.nlp.pipeline import build_nlp

    return build_nlp(relation_model=False)


def pair_info(nlp, text: str, first: str, second: str):
    doc = nlp(text)
    dp = analyse(doc, nlp.get_pipe("kg_relations").lexicon)
    for info, feats in zip(dp.pairs, dp.features):
        if {info.first, info.second} == {first, second}:
            return info, feats
    raise AssertionError(f"no pair {first}-{second}: {[(p.first, p.second) for p in dp.pairs]}")


def test_shared_roles_skip_the_pair_itself():
    pair = Pair("japan", "kenya", 0, 0, 4)
    assert shared_roles(pair, [("cooperatesWith", "s", "kenya")], []) == []
    assert shared_roles(pair, [("sanctions", "o", "ghana"), ("sanctions", "o", "peru")],
                        [("basedIn", "o", "safaricom")]) == ["sh1=sanctions:o", "sh2=basedIn:o"]


def test_a_rule_edge_of_the_sentence_is_a_feature_of_its_neighbours(rules_nlp):
    text = "The United States sanctioned Huawei and, a week later, several suppliers in Malaysia."
    info, feats = pair_info(rules_nlp, text, "united-states", "malaysia")
    assert any(f.startswith("sh1=sanctions") or f.startswith("sh2=sanctions") for f in feats), feats


def test_a_negated_word_on_the_path_hedges_the_pair(rules_nlp):
    text = "Nokia made a promise to Chile not to build any 5G masts near the border."
    info, feats = pair_info(rules_nlp, text, "nokia", "5g")
    assert NEG_PATH in feats and info.hedged
    info, feats = pair_info(rules_nlp, "Nokia made a promise to Chile to build 5G masts near the border.",
                            "nokia", "5g")
    assert NEG_PATH not in feats and not info.hedged


def test_thresholds_accept_edges_right_half_the_time():
    assert min(GRID) == 0.3 and MIN_PRECISION == 0.5


class FakeDoc:
    """What choose_thresholds reads of a gold document."""

    def __init__(self, gold: set, rules: list) -> None:
        self._gold, self.rules = gold, rules

    def gold_keys(self) -> set:
        return self._gold

    def key(self, edge):
        return edge


def test_a_predicate_right_six_times_in_ten_gets_a_threshold():
    gold = {("a", "focusesOn", f"t{i}") for i in range(20)}
    scored = {("a", "focusesOn", f"t{i}"): (0.45, 0) for i in range(6)}
    scored.update({("a", "focusesOn", f"x{i}"): (0.45, 0) for i in range(4)})
    scored.update({("a", "sanctions", f"x{i}"): (0.9, 0) for i in range(6)})
    scored.update({("a", "sanctions", f"t{i}"): (0.9, 0) for i in range(4)})
    chosen = choose_thresholds([FakeDoc(gold, [])], [scored])
    assert 0.3 <= chosen["focusesOn"] <= 0.45
    assert "sanctions" not in chosen  # none of its added edges is gold


def test_a_sentence_parse_matches_the_whole_documents(rules_nlp):
    from kg.learn.predict import SentenceParses
    from kg.nlp.relations.index import read_parse

    doc = rules_nlp("Ericsson will not build masts in Ghana. Nokia agreed to supply radios to Kenya's Safaricom.")
    whole, parses = read_parse(doc), SentenceParses(doc)
    for sent in doc.sents:
        part = parses.of(sent.start, sent.end)
        for i in range(sent.start, sent.end):
            assert (part.head[i], part.dep[i], part.lower[i], part.lemma[i], part.pos[i], part.children[i]) == \
                (whole.head[i], whole.dep[i], whole.lower[i], whole.lemma[i], whole.pos[i], whole.children[i])


def test_rules_given_or_read_give_the_same_pairs(rules_nlp):
    from kg.nlp import extensions

    doc = rules_nlp("The United States sanctioned Huawei, and Nokia signed a deal with Safaricom in Kenya.")
    lex = rules_nlp.get_pipe("kg_relations").lexicon
    read, given = analyse(doc, lex), analyse(doc, lex, rules=extensions.relations(doc))
    assert read.features == given.features and [p.first for p in read.pairs] == [p.first for p in given.pairs]
