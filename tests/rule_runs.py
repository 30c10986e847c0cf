"""Running the relation rules with and without their triggers, for the tests that compare the two."""

from __future__ import annotations

from kg.nlp.relations import resolve_plural_pronouns, run_rules
from kg.nlp.relations.carry import carry_references
from kg.nlp.relations.context import DocContext


def prepared(nlp, text: str):
    """``text`` through the pipeline up to the relation rules."""
    with nlp.select_pipes(disable=["kg_relations", "kg_relation_model"]):
        return nlp(text)


def candidates(doc, lexicon, leaders, gates) -> list[tuple]:
    """What the rules find in a copy of ``doc``, each rule run as ``gates`` says (see ``rule_gates``)."""
    doc = doc.copy()
    ctx = DocContext(doc, lexicon, leaders)
    resolve_plural_pronouns(doc, ctx)
    carry_references(doc, ctx)
    return [(c.subject, c.predicate, c.object, c.rule, c.status, c.sent.start, c.topics)
            for c in run_rules(ctx, gates)]
