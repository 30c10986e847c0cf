"""Extraction speed without a change of output: rules dispatched by their triggers, the document index's caches."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.nlp.relations import RULES, rule_gates, run_rules
from kg.nlp.relations.context import DocContext
from kg.nlp.relations.index import TRIGGERS, DocIndex, triggered_by

from rule_runs import candidates, prepared

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"

# written for these tests: each sentence holds a trigger of some rule, or of none
TEXTS = [
    "Samsung and SK Hynix agreed to cooperate on memory chips. The weather in Seoul was mild on Tuesday.",
    "The Commerce Department added Huawei to the Entity List. Washington sanctioned Rosatom last year.",
    "Nvidia's chief executive Jensen Huang visited Taipei. The Hsinchu-based company TSMC builds a plant in Arizona.",
    "Kazakhstan joined the Shanghai Cooperation Organisation, whose members include Russia and China.",
    "Nothing was said about the talks. Officials declined to comment.",
]


def _texts() -> list[str]:
    texts = list(TEXTS)
    for line in (ARTICLES / "more-articles.jsonl").read_text(encoding="utf-8").splitlines()[:6]:
        texts.append(json.loads(line)["text"])
    texts.append((ARTICLES / "sco-summit.txt").read_text(encoding="utf-8"))
    return texts


def test_triggers_change_no_rule_output(nlp):
    """Every rule on every sentence finds exactly what the rules find on their triggers' sentences only."""
    extractor = nlp.get_pipe("kg_relations")
    gated = rule_gates(RULES, extractor.lexicon)
    ungated = [(rule, None, ()) for rule in RULES]
    assert sum(1 for _, words, types in gated if words is not None or types) >= 30
    found = 0
    for text in _texts():
        doc = prepared(nlp, text)
        every = candidates(doc, extractor.lexicon, extractor.leaders, ungated)
        assert candidates(doc, extractor.lexicon, extractor.leaders, gated) == every
        found += len(every)
    assert found > 20


def test_a_rule_runs_only_on_the_sentences_with_its_trigger(nlp):
    calls: list[int] = []

    @triggered_by(lambda lex: {"cooperate"})
    def cooperate_rule(sent, ctx):
        calls.append(sent.start)
        yield from ()

    def plain_rule(sent, ctx):
        calls.append(-sent.start - 1)
        yield from ()

    try:
        doc = prepared(nlp, TEXTS[0])
        ctx = DocContext(doc, nlp.get_pipe("kg_relations").lexicon)
        run_rules(ctx, rule_gates([cooperate_rule, plain_rule], ctx.lex))
        second = list(doc.sents)[1].start
        assert calls == [0, -1, -second - 1]  # the rule without a trigger runs on both sentences
    finally:
        TRIGGERS.pop(cooperate_rule, None)


def test_index_sentences_with_words_and_types(nlp):
    doc = prepared(nlp, TEXTS[1])
    index = DocIndex(doc)
    starts = [s.start for s in index.sents]
    assert index.sentences_with(frozenset({"sanction"})) == {starts[1]}  # by lemma ("sanctioned")
    assert index.sentences_with({"entity", "sanctioned"}) == set(starts)
    assert index.sentences_with({"cooperate"}) == set()
    types = {e.kb_id_: "Country" for e in doc.ents if e.text == "Washington"}
    assert index.sentences_typed(("Country",), lambda eid: types.get(eid, "")) == {starts[1]}
    assert index.sentences_typed(("*",), lambda eid: "") == {s.start for s in index.sents if s.ents}


@pytest.mark.parametrize("rule", [r for r in RULES if r in TRIGGERS])
def test_declared_trigger_words_are_in_the_lexicon(nlp, rule):
    """A trigger's words are read from the lexicon (a key it lacks raises) and are not empty."""
    trigger = TRIGGERS[rule]
    if trigger.words is not None:
        assert set(trigger.words(nlp.get_pipe("kg_relations").lexicon))
    else:
        assert trigger.types


def test_settled_readings_change_no_rule_output(nlp):
    """Once the references are settled, each token's actors and subjects are read once: the rules find the same,
    and a rule that adds to a list it was given changes no other rule's reading."""
    extractor = nlp.get_pipe("kg_relations")
    gates = rule_gates(RULES, extractor.lexicon)
    for text in _texts():
        doc = prepared(nlp, text)
        plain = candidates(doc, extractor.lexicon, extractor.leaders, gates)
        assert candidates(doc, extractor.lexicon, extractor.leaders, gates, settle=True) == plain
    doc = prepared(nlp, TEXTS[0])
    ctx = DocContext(doc, extractor.lexicon)
    ctx.settle()
    verb = next(t for t in doc if t.lemma_ == "agree")
    first = ctx.subjects(verb)
    assert first == ["samsung-electronics", "sk-hynix"]
    first.append("extra")
    assert "extra" not in ctx.subjects(verb) and "extra" not in ctx.actors(doc[0])
