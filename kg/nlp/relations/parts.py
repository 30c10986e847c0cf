"""Units an organisation founds or owns: ``the council set up AI71, a company …``, ``Qai, the company that QIA set
up``, ``X was established by the ministry`` give ``partOf`` from the founded organisation to its single founder.

Several founders, a partner (``set up with Y``) or a joint vehicle (``a joint venture``, ``a consortium``: the
``joint_vehicles`` of ``data/lexicon/structure.json`` that are not ``org_nouns``) make no unit of one of them;
countries and international bodies that found something are its members or investors, which other rules read.
A company that owns another (``Rostec owns X``, ``owning_verbs``) has it as a part, as ``owned by`` does
(descriptors.py).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.descriptors import owner_relation
from kg.nlp.relations.events import bygone
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.focus4 import named_before
from kg.nlp.relations.structure import org_noun_targets

FOUNDING = {"set", "found", "establish", "create"}


def _joint(tok: Token, ctx: DocContext) -> bool:
    """Whether a founded thing is a joint vehicle: ``a joint venture``, ``the consortium``."""
    # the joint vehicles that are not also plain organisation words ("company", "fund")
    vehicles = ctx.lex_memo("joint_only_vehicles", lambda: frozenset(
        ctx.lex.words("joint_vehicles") - ctx.lex.words("org_nouns")) | {"joint"})
    words = [tok] + [c for c in tok.children if c.dep_ == "appos"]
    return any(t.lower_ in vehicles or t.lemma_ in vehicles or any(c.lower_ in vehicles for c in t.children)
               for t in words)


def _orgs(tok: Token, ctx: DocContext) -> list[str]:
    return [a for a in ctx.actors(tok) if ctx.type_of(a) == "Organization"]


@triggered_by(lambda lex: FOUNDING)
def founded_unit_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``the council set up AI71``, ``Qai, the company that QIA set up``, ``X, established by Y``."""
    for verb in ctx.find(sent, FOUNDING):
        if verb.pos_ != "VERB" or verb.lemma_ not in FOUNDING or ctx.negated(verb):
            continue
        if verb.lemma_ == "set" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
            continue
        if any(ctx.actors(p) for p in ctx.pobjs(verb, {"with"})):
            continue  # "set up a company with Y": a joint undertaking
        agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if agents:  # "X was set up by Y", "X, established by Y"
            founders = [a for p in agents for a in ctx.actors(p)]
            held = [c for c in verb.children if c.dep_ == "nsubjpass"] or \
                ([verb.head] if verb.dep_ == "acl" else [])
        elif verb.dep_ == "relcl" and not objects:  # "Qai, the company that QIA set up"
            founders = [a for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in ("which", "that", "who")
                        for a in ctx.actors(c)]
            held = [verb.head]
        else:  # "the council set up AI71, a company …"
            founders = ctx.subjects(verb)
            held = objects
        if len(set(founders)) != 1 or ctx.type_of(founders[0]) != "Organization":
            continue
        if any(c.dep_ == "nsubj" and not ctx.entity(c) and c.pos_ == "NOUN" and c.lower_ not in
               ctx.lex.words("org_nouns") and c.lemma_ not in ctx.lex.words("org_nouns") for c in verb.children):
            continue  # "its co-founder set up Sophgo": a person of the organisation, not the organisation
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and any(t.lower_ == "whose" for t in ctx.doc[subject.i:verb.i]):
            continue  # "Bitmain, whose co-founder set up Sophgo" (the parser hangs the clause on the name)

        founder = founders[0]
        status = ctx.status(verb)
        for tok in held:
            if _joint(tok, ctx):
                continue
            units = _orgs(tok, ctx) or [a for a in org_noun_targets(tok, ctx) if ctx.type_of(a) == "Organization"]
            for unit in dict.fromkeys(units):
                if unit != founder:
                    yield Candidate(unit, "partOf", founder, f"part:founded:{verb.lemma_}", status, sent)


@triggered_by(lambda lex: lex.words("part_nouns"))
def described_unit_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Apollo Go, Baidu's autonomous driving unit``: a unit noun in apposition to a name (also where the parser
    hung the apposition on another noun), with the whole named as its possessor."""
    part_nouns = ctx.lex.words("part_nouns")
    for tok in ctx.find(sent, part_nouns):
        if tok.dep_ != "appos" or tok.lower_ not in part_nouns:
            continue
        head = ctx.entity(tok.head)
        part = head if head and ctx.type_of(head) == "Organization" else named_before(tok, ctx)
        if part is None or any(t.lower_ in ctx.lex.words("not_part_words") for t in tok.lefts):
            continue  # "Ericsson's partner unit": a relation other than a part
        # a named possessor only: "the group's cloud unit" may be any group of the text
        wholes = [a for poss in tok.children if poss.dep_ == "poss" and ctx.entity(poss)
                  for a in ctx.actors(poss, conj=False) if ctx.type_of(a) == "Organization"]
        for whole in dict.fromkeys(wholes):
            if whole != part:
                yield Candidate(part, "partOf", whole, "part:described-unit", "asserted", sent)


#: words before an owning verb that make the holding partial: no part, an investment
PARTIAL_WORDS = {"minority", "partly", "partially", "jointly", "co"}


@triggered_by(lambda lex: lex.words("owning_verbs"))
def owns_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Rostec owns Kestrel Labs``, ``Higon in turn majority-owns X``: a company that owns or controls another
    company has it as a part (a partial or shared owner, or a state, invests in it: ``owner_relation``)."""
    doc = ctx.doc
    for verb in ctx.find(sent, ctx.lex.words("owning_verbs")):
        if verb.pos_ != "VERB" or verb.tag_ == "VBN" or ctx.negated(verb) or bygone(verb, ctx):
            continue  # "owned by" is the participles' (descriptors.py)
        owned = [a for c in verb.children if c.dep_ == "dobj" for a in ctx.actors(c)]
        if not owned:
            continue
        before = {t.lower_ for t in doc[max(sent.start, verb.i - 3):verb.i]}
        partial = bool(before & PARTIAL_WORDS) or any(ctx.actors(p) for p in ctx.pobjs(verb, {"with"}))
        # its own subject only: an owner inherited across a coordination is too often another clause's
        owners = ctx.subjects(verb) if any(c.dep_ == "nsubj" for c in verb.children) else []
        if len(set(owners)) > 1:
            partial = True  # "A and B own X": a shared holding
        for owner in dict.fromkeys(owners):
            for target in dict.fromkeys(owned):
                rel = owner_relation(owner, target, partial, ctx) if owner != target else None
                if rel == "partOf":
                    yield Candidate(target, rel, owner, f"part:owns:{verb.lemma_}", ctx.status(verb), sent)


@triggered_by(types=("Organization", "InternationalOrganization"))
def known_parent_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``the European Commission`` in a text that also names ``the EU``, ``OFAC`` with ``the Treasury``, ``the UN
    General Assembly`` with ``the UN``: a body the gazetteer knows as a unit of another (its ``parent``) is a part
    of it when the document names both."""
    if not ctx.parents:
        return
    bodies = ctx.index.ents_typed(sent, "Organization", ctx.type_of) + \
        ctx.index.ents_typed(sent, "InternationalOrganization", ctx.type_of)
    for ent in bodies:
        whole = ctx.parents.get(ent.kb_id_)
        if whole and whole in ctx.entities and ctx.type_of(whole) in ("Organization", "InternationalOrganization") \
                and not ctx.index.memo(f"parts:denied:{ent.kb_id_}:{whole}",
                                       lambda: _ties_denied(ent.kb_id_, whole, ctx)):  # once per document
            yield Candidate(ent.kb_id_, "partOf", whole, "part:known-parent", "asserted", sent)


def _ties_denied(part: str, whole: str, ctx: DocContext) -> bool:
    """Whether a sentence naming both says the tie is negated or over: ``X is no longer controlled by Y``,
    ``X denies being owned by Y`` (the verb that governs the parent's name is negated)."""
    for sent in ctx.doc.sents:  # read only for a body whose parent the document names: rare
        ents = ctx.ents_in(sent)
        if part not in {e.kb_id_ for e in ents}:
            continue
        for e in ents:
            if e.kb_id_ != whole:
                continue
            tok = e.root
            while tok.dep_ in ("pobj", "agent", "prep", "dobj", "conj", "appos") and tok.head is not tok:
                if past_owner(tok, ctx):
                    return True  # "X's previous owner, Y"
                tok = tok.head
            if tok.pos_ in ("VERB", "AUX") and ctx.negated(tok) or past_owner(tok, ctx):
                return True
            if tok.dep_ == "nsubj" and tok.head.pos_ == "AUX" and ctx.negated(tok.head):
                return True  # "Y is not the owner of X"
    return False


def past_owner(tok: Token, ctx: DocContext) -> bool:
    """Whether ``tok`` is an owner noun marked as past (``previous owner``, ``former parent``)."""
    return tok.lemma_ in ctx.lex.words("r14lead_owner_nouns") and any(
        c.dep_ == "amod" and c.lower_ in ctx.lex.words("former_words") for c in tok.children)
