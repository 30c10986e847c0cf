"""Merge rule candidates into relations: type checks, one relation per (s, p, o), evidence kept per sentence."""

from __future__ import annotations

from collections.abc import Iterable

from kg.nlp.event_dates import sentence_date
from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.r16invest import private_investor
from kg.nlp.tokens import span_text
from kg.records import Evidence, Relation
from kg.schema import PREDICATES

DEFAULT_CONFIDENCE = 0.7
#: topics say what cooperation (or an export restriction, a sanction) is about; an order or a title has none
TOPIC_FAMILIES = {"cooperation", "conflict"}
ACTOR_TYPES = {"Country", "Organization", "InternationalOrganization", "Person", "Bloc"}
#: what can have units and be one: ``partOf`` joins two of them (kg:Body in data/ontology.ttl)
BODY_TYPES = {"Organization", "InternationalOrganization"}


def rule_confidence(rule: str, table: dict[str, float]) -> float:
    """The confidence of a rule: its own entry, else its family's (``verb:cooperate`` -> ``verb``).

    >>> rule_confidence("verb:cooperate", {"verb": 0.8}), rule_confidence("title:before", {})
    (0.8, 0.7)
    """
    parts = rule.split(":")
    for n in range(len(parts), 0, -1):
        key = ":".join(parts[:n])
        if key in table:
            return table[key]
    return DEFAULT_CONFIDENCE


def well_typed(c: Candidate, ctx: DocContext) -> bool:
    """Whether a candidate's arguments have types its predicate allows."""
    s, o = ctx.type_of(c.subject), ctx.type_of(c.object)
    if c.subject == c.object or s not in ACTOR_TYPES:
        return False
    if c.predicate == "focusesOn":  # a person's work on a technology is the focus of the body they serve
        # "supplied dual-use goods to Russia": an export-control category is no field of work (branch r16focus; no
        # lexicon, as for the relation model's type table: none)
        lex = getattr(ctx, "lex", None)
        return o == "Technology" and s != "Person" and not (
            lex is not None and c.object in lex.words("r16focus_category_technologies"))
    if o not in ACTOR_TYPES:
        return False
    if c.predicate in ("investsIn", "suppliesTo", "agreementWith", "jointVentureWith") and "Person" in (s, o):
        return private_investor(c, ctx)  # "a start-up backed by Sam Altman" (r16invest.py)
    if c.predicate in ("cooperatesWith", "competesWith") and s == o == "Person":
        return False  # "Putin and Tokayev agreed to deepen cooperation": their states cooperate (r14coop2.py)
    if c.predicate == "restrictsExportsTo" and "Person" in (s, o):
        return False  # an export restriction is between states and organisations ("tightened curbs on them")
    if c.predicate == "restrictsExportsTo" and s == "Country" and o == "Organization" and \
            getattr(getattr(ctx, "entities", {}).get(c.object), "country", None) == c.subject:
        return False  # "Japan placed limits on Nikon": a state's curbs on its own firm direct it (r9curbs.py)
    if c.predicate == "directs" and o in ("Country", "Bloc"):
        return False  # "urged the country to build its own engines": a state is exhorted, not directed
    if c.predicate in ("leaderOf", "worksFor"):
        return s == "Person" and o != "Person"
    if c.predicate == "basedIn":
        return s == "Organization" and o == "Country"
    if c.predicate == "partOf":  # "the European Commission" of "the European Union" (kg:Body in the ontology)
        return s in BODY_TYPES and o in BODY_TYPES
    if c.predicate == "memberOf":
        return s != "Person" and o in ("InternationalOrganization", "Bloc", "Organization")
    return True


def curbed_in_sentence(candidates: list[Candidate]) -> set[tuple[str, str, int]]:
    """(holder, target, sentence start) of every export restriction found: in the sentence that says a state or
    firm curbs its exports to a target, a supply by it to that target is the curbed flow (``Japan widened its curbs
    to cover exports to Russia``, ``Washington revoked licences to sell chips to Huawei``), not a supply.

    >>> from types import SimpleNamespace as NS
    >>> sent = NS(start=0)
    >>> curbed_in_sentence([Candidate("japan", "restrictsExportsTo", "russia", "r", "asserted", sent),
    ...                     Candidate("japan", "suppliesTo", "russia", "r", "asserted", sent)])
    {('japan', 'russia', 0)}
    """
    return {(c.subject, c.object, c.sent.start) for c in candidates if c.predicate == "restrictsExportsTo"}


def merge_candidates(candidates: Iterable[Candidate], ctx: DocContext, confidence: dict[str, float]) -> list[Relation]:
    """One relation per (subject, predicate, object); symmetric pairs in canonical order; evidence per sentence."""
    merged: dict[tuple[str, str, str], Relation] = {}
    # each sentence's text and date, read once for all its candidates (Span.text joins its tokens at every call)
    said: dict[tuple[int, int], tuple[str, str | None, int, int]] = {}
    dates = list(ctx.doc.spans.get("kg_dates", []))
    rule_conf: dict[str, float] = {}  # each rule's confidence, looked up once
    candidates = list(candidates)
    curbed = curbed_in_sentence(candidates)
    for c in candidates:
        if not well_typed(c, ctx) or (c.predicate == "suppliesTo" and
                                      (c.subject, c.object, c.sent.start) in curbed):
            continue
        sent = c.sent
        where = (sent.start, sent.end)
        if where not in said:
            text = span_text(sent)  # Span.text, without a Token per token
            said[where] = (text.strip(), sentence_date(sent, dates), sent.start_char, sent.end_char)
        text, date, start_char, end_char = said[where]
        s, o = c.subject, c.object
        if PREDICATES[c.predicate].symmetric and o < s:
            s, o = o, s
        key = (s, c.predicate, o)
        rel = merged.get(key)
        if rel is None:
            rel = merged[key] = Relation(s, c.predicate, o, status=c.status, date=date)
        elif c.status == "asserted":
            rel.status = "asserted"
        if PREDICATES[c.predicate].family in TOPIC_FAMILIES:
            rel.topics.extend(t for t in c.topics if t not in rel.topics)
        conf = rule_conf.get(c.rule)
        if conf is None:
            conf = rule_conf[c.rule] = rule_confidence(c.rule, confidence)
        ev = Evidence(text, start_char, end_char, c.rule, conf)
        same = [e for e in rel.evidence if e.start == ev.start]
        if not same:
            rel.evidence.append(ev)
        elif ev.confidence > same[0].confidence:
            rel.evidence[rel.evidence.index(same[0])] = ev
    return sorted(merged.values(), key=lambda r: (r.subject, r.predicate, r.object))
