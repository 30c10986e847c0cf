"""Running the relation rules with and without their triggers, for the tests that compare the two."""

from __future__ import annotations

from kg.nlp.relations import resolve_plural_pronouns, run_rules
from kg.nlp.relations.carry import carry_references
from kg.nlp.relations.context import DocContext


def prepared(nlp, text: str):
    """``text`` through the pipeline up to the relation rules."""
    with nlp.select_pipes(disable=["kg_relations", "kg_relation_model"]):
        return nlp(text)


def candidates(doc, lexicon, leaders, gates, settle: bool = False) -> list[tuple]:
    """What the rules find in a copy of ``doc``, each rule run as ``gates`` says (see ``rule_gates``);
    ``settle``: with each token's readings read once (``DocContext.settle``), as the extractor runs them."""
    doc = doc.copy()
    ctx = DocContext(doc, lexicon, leaders)
    resolve_plural_pronouns(doc, ctx)
    carry_references(doc, ctx)
    if settle:
        ctx.settle()
    return [(c.subject, c.predicate, c.object, c.rule, c.status, c.sent.start, c.topics)
            for c in run_rules(ctx, gates)]


def evidence_rules(nlp, text: str) -> dict[tuple[str, str, str], set[str]]:
    """Each triple the pipeline finds in ``text``, with the rules of its merged evidence (one per sentence: the most
    confident)."""
    from kg.nlp.extensions import relations

    out: dict[tuple[str, str, str], set[str]] = {}
    for r in relations(nlp(text)):
        out.setdefault((r.subject, r.predicate, r.object), set()).update(e.rule for e in r.evidence)
    return out


def rules_by_triple(nlp, text: str) -> dict[tuple[str, str, str], set[str]]:
    """Each triple the pipeline finds in ``text``, with every rule that found it: the merged relation keeps the
    evidence of its most confident rule only (which the confidence table decides), the others are read from the
    rules' candidates before merging."""
    from kg.nlp.extensions import relations
    from kg.nlp.relations import RULES, rule_gates

    extractor = nlp.get_pipe("kg_relations")
    by_rule: dict[tuple[str, str, str], set[str]] = {}
    for s, p, o, rule, *_ in candidates(prepared(nlp, text), extractor.lexicon, extractor.leaders,
                                        rule_gates(RULES, extractor.lexicon)):
        by_rule.setdefault((s, p, o), set()).add(rule)
    return {(r.subject, r.predicate, r.object): {e.rule for e in r.evidence} | by_rule.get(
        (r.subject, r.predicate, r.object), set()) for r in relations(nlp(text))}


SYMMETRIC = frozenset({"cooperatesWith", "agreementWith", "jointVentureWith", "competesWith"})


def has_triple(found, triple: tuple[str, str, str]) -> bool:
    """Whether ``found`` (triples, or a mapping keyed by them) holds ``triple``, either way round for a symmetric
    predicate."""
    s, p, o = triple
    return triple in found or (p in SYMMETRIC and (o, p, s) in found)
