"""Relation fixes found by the news3 stand-in (branch r16news3), applied to what the rules found:

- a curb or a sanction never targets its holder's own country: ``China's commerce ministry barred the company from
  exporting scanners to China`` bars the company, it does not curb exports to China;
- a deal of which others sign "similar" ones is not between those others: ``A and B are expected to sign similar
  deals`` gives no ``A agreementWith B``;
- investments told as future or possible ones are not made: ``India plans to screen future Chinese investments in
  India`` gives no ``China investsIn India``;
- a supplier picked to supply someone named supplies that one, not the picker: ``The agency picked A to supply drones
  to the navy`` gives no ``A suppliesTo the agency``;
- a technology that the sentence gives to another owner is not the subject's field: ``X will build a campus that will
  host the US company's cloud services`` gives no ``X focusesOn cloud computing``.
"""

from __future__ import annotations

from kg.nlp.relations.context import Candidate, DocContext

#: predicates of a measure that a holder takes against someone else
MEASURES = frozenset({"restrictsExportsTo", "sanctions"})
#: words before a deal noun that make it a deal like another's, not one between the subjects
ALIKE_WORDS = frozenset({"similar", "comparable", "such", "parallel", "separate", "own"})
#: words before an investment noun that make it one not (yet) made
UNMADE_WORDS = frozenset({"future", "potential", "possible", "prospective", "hypothetical"})
#: nouns of investment a rule reads a stake from
INVESTMENT_NOUNS = frozenset({"investment", "investments", "stake", "stakes"})


def own_country(candidates: list[Candidate], ctx: DocContext) -> list[Candidate]:
    """``candidates`` without a measure (:data:`MEASURES`) whose target is the country its holder is based in
    (by a ``basedIn`` the rules found or by the gazetteer).

    >>> own_country([], None)
    []
    """
    if not any(c.predicate in MEASURES for c in candidates):
        return candidates
    based = {(c.subject, c.object) for c in candidates if c.predicate == "basedIn"}
    for eid, ent in ctx.entities.items():
        if getattr(ent, "country", None):
            based.add((eid, ent.country))
    return [c for c in candidates if c.predicate not in MEASURES or (c.subject, c.object) not in based]


def alike_deals(candidates: list[Candidate], ctx: DocContext) -> list[Candidate]:
    """``candidates`` without an ``agreementWith`` between two subjects of one verb whose deal noun is a "similar"
    one (``A and B are expected to sign similar deals``): each signs its own with someone else.

    >>> alike_deals([], None)
    []
    """
    out = []
    for c in candidates:
        if c.predicate == "agreementWith" and _alike_deal_between(c, ctx):
            continue
        out.append(c)
    return out


def _alike_deal_between(c: Candidate, ctx: DocContext) -> bool:
    """Whether the sentence of ``c`` has a deal noun with an :data:`ALIKE_WORDS` modifier whose verb has both ends
    of ``c`` among its subjects."""
    for tok in c.sent:
        if tok.pos_ != "NOUN" or not any(ch.dep_ == "amod" and ch.lower_ in ALIKE_WORDS for ch in tok.children):
            continue
        verb = tok.head
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subjects = set(ctx.clause_subjects(verb))
        if {c.subject, c.object} <= subjects:
            return True
    return False


def unmade_investments(candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` without an ``investsIn`` read from an investment noun (rule ``noun:…``) in a sentence whose
    investment noun is a future or possible one (:data:`UNMADE_WORDS`): ``future Chinese investments in India``.

    >>> unmade_investments([])
    []
    """
    out = []
    for c in candidates:
        if c.predicate == "investsIn" and c.rule.startswith("noun:") and any(
                tok.lower_ in INVESTMENT_NOUNS and any(ch.dep_ == "amod" and ch.lower_ in UNMADE_WORDS
                                                       for ch in tok.children) for tok in c.sent):
            continue
        out.append(c)
    return out


def picked_for_another(candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` without a supplier-picked-by reading (rule ``event:chosen-supplier``) where the same sentence
    has the supplier supplying someone else by the supply verb itself (``picked A to supply drones to the navy``).

    >>> picked_for_another([])
    []
    """
    direct = {(c.sent.start, c.subject) for c in candidates
              if c.predicate == "suppliesTo" and c.rule.startswith("verb:")}
    targets = {(c.sent.start, c.subject, c.object) for c in candidates
               if c.predicate == "suppliesTo" and c.rule.startswith("verb:")}
    return [c for c in candidates if not (
        c.rule == "event:chosen-supplier" and (c.sent.start, c.subject) in direct and
        (c.sent.start, c.subject, c.object) not in targets)]


#: dependency labels a technology word climbs through to the noun that owns it (``the firm's cloud services``)
OWNED_PATH = frozenset({"compound", "amod", "conj", "nmod"})


def others_technology(candidates: list[Candidate], ctx: DocContext) -> list[Candidate]:
    """``candidates`` without a ``focusesOn`` read from a verb (rule ``focus:verb:…``) whose technology the
    sentence gives, each time, to another owner by a possessive (``host the US company's cloud services``).

    >>> others_technology([], None)
    []
    """
    out = []
    for c in candidates:
        if c.predicate == "focusesOn" and c.rule.startswith("focus:verb:"):
            owners = [_owner(tok, ctx) for tok in c.sent if ctx.entity(tok) == c.object]
            if owners and all(o and c.subject not in o for o in owners):
                continue
        out.append(c)
    return out


def _owner(tok, ctx: DocContext) -> list[str]:
    """The actors of the possessive on the noun a technology word ``tok`` modifies (up to three heads through
    :data:`OWNED_PATH`); empty when there is none."""
    head = tok
    for _ in range(3):
        poss = [ch for ch in head.children if ch.dep_ == "poss"]
        if poss:
            return ctx.actors(poss[0], conj=False)
        if head.dep_ not in OWNED_PATH or head.head.i == head.i:
            return []
        head = head.head
    return []
