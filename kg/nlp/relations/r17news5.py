"""Round 17's news5 constructions (branch r17news5): investors that join a round (``with participation from X``),
members listed after a count of joiners (``twelve banks have joined X, including A and B``), customers in a
country (``X, which has 5 million subscribers in Mexico``), expansion into a country (``plans to expand into
Argentina``), sales to an unnamed group in a country (``sold cameras to retailers in Brazil``) and a contract with a
customer to build for it (``signed a contract with Poland to build 180 tanks``), and a part described after a name's
bracketed short form (``X (CSIA), an agency of the African Union``). Nothing for negated clauses.

Word lists (data/lexicon/events.json): ``r17news5_participation_nouns``, ``r17news5_joining_verbs``,
``r17news5_customer_nouns``, ``r17news5_having_verbs``, ``r17news5_expanding_verbs``, ``r17news5_contract_nouns``,
``r17news5_contract_verbs``, ``r17news5_building_verbs``, with ``c3_round_nouns``, ``selling_verbs``,
``supply_verbs`` and ``part_nouns``.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.commerce3 import round_company
from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.triggers import distinct_pairs

#: entity types that can be a party to a deal, a stake or a sale
PARTIES = ("Organization", "InternationalOrganization", "Country", "Person")


def _parties(tok: Token, ctx: DocContext, types: tuple[str, ...] = PARTIES) -> list[str]:
    """The actors of the noun phrase ``tok`` of ``types``."""
    return [a for a in ctx.actors(tok) if ctx.type_of(a) in types]


@triggered_by(lambda lex: lex.words("r17news5_participation_nouns"))
def round_participation_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Infosys raised $50 million in a round led by Temasek, with participation from SoftBank``: those who take
    part in a company's funding round invest in it."""
    rounds = ctx.lex.words("c3_round_nouns")
    for tok in ctx.find(sent, ctx.lex.words("r17news5_participation_nouns")):
        if tok.dep_ != "pobj" or tok.head.lower_ != "with":
            continue
        anchor = tok.head.head
        node = next((t for t in [anchor, *anchor.subtree] if t.lower_ in rounds and t.pos_ in ("NOUN", "PROPN")
                     and t.i < tok.i), None)
        if node is None or ctx.negated(anchor):
            continue
        investors = [a for p in ctx.pobjs(tok, {"from", "by", "of"}) for a in _parties(p, ctx)]
        for s, o in distinct_pairs(investors, round_company(node, ctx)):
            yield Candidate(s, "investsIn", o, "r17news5:round-participation", ctx.status(anchor), sent)


@triggered_by(lambda lex: frozenset({"including"}))
def joiners_including_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Twelve central banks have joined the Asian Clearing Union, including the Bank of Thailand``: the named
    joiners listed after a count of unnamed ones are members of what they joined."""
    joining = ctx.lex.words("r17news5_joining_verbs")
    for tok in ctx.find(sent, {"including"}):
        if tok.dep_ != "prep":
            continue
        head = tok.head
        if head.dep_ == "dobj" and head.head.lemma_ in joining:
            verb, subject = head.head, next((c for c in head.head.children if c.dep_ == "nsubj"), None)
        elif head.dep_ == "nsubj" and head.head.lemma_ in joining:
            verb, subject = head.head, head
        else:
            continue
        if subject is None or subject.tag_ != "NNS" or ctx.entity(subject) or ctx.negated(verb):
            continue
        members = [a for p in ctx.pobjs(head, {"including"}) for a in _parties(p, ctx)]
        # what was joined is named itself ("joined the scheme, including X" names no body)
        bodies = [a for c in verb.children if c.dep_ == "dobj" and ctx.entity(c)
                  for a in _parties(c, ctx, ("Organization", "InternationalOrganization")) if a not in members]
        for s, o in distinct_pairs(members, bodies):
            yield Candidate(s, "memberOf", o, "r17news5:joiners-including", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("r17news5_customer_nouns"))
def customers_in_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Netflix, which has more than 5 million subscribers in Mexico``: a company with customers in a country
    supplies to it."""
    having = ctx.lex.words("r17news5_having_verbs")
    for tok in ctx.find(sent, ctx.lex.words("r17news5_customer_nouns")):
        verb = tok.head
        if tok.dep_ != "dobj" or verb.lemma_ not in having or ctx.negated(verb):
            continue
        countries = [a for p in ctx.pobjs(tok, {"in"}) for a in _parties(p, ctx, ("Country",))]
        sellers = [a for a in ctx.subjects(verb) if ctx.type_of(a) == "Organization"]
        for s, o in distinct_pairs(sellers, countries):
            yield Candidate(s, "suppliesTo", o, "r17news5:customers-in", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("r17news5_expanding_verbs"))
def expand_into_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Revolut plans to expand into Argentina``: a company expanding into a country invests there."""
    for verb in ctx.find(sent, ctx.lex.words("r17news5_expanding_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        countries = [a for p in ctx.pobjs(verb, {"into"}) for a in _parties(p, ctx, ("Country",))]
        companies = [a for a in ctx.subjects(verb) if ctx.type_of(a) == "Organization"]
        for s, o in distinct_pairs(companies, countries):
            yield Candidate(s, "investsIn", o, "r17news5:expand-into", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("selling_verbs") | lex.words("supply_verbs"))
def sold_to_group_in_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Hikvision sold 2 million cameras to retailers in Brazil and Chile``: a sale to an unnamed group of buyers
    in a country is a sale to that country."""
    verbs = ctx.lex.words("selling_verbs") | ctx.lex.words("supply_verbs")
    for verb in ctx.find(sent, verbs):
        if verb.pos_ != "VERB" or verb.lemma_ not in verbs or ctx.negated(verb):
            continue
        buyers = [p for p in ctx.pobjs(verb, {"to"}) if p.tag_ == "NNS" and not ctx.entity(p)]
        countries = [a for b in buyers for p in ctx.pobjs(b, {"in"}) for a in _parties(p, ctx, ("Country",))]
        sellers = [a for a in ctx.subjects(verb) if ctx.type_of(a) == "Organization"]
        for s, o in distinct_pairs(sellers, countries):
            yield Candidate(s, "suppliesTo", o, "r17news5:sold-to-group-in", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("r17news5_contract_nouns"))
def contract_to_build_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Hyundai Rotem signed a contract with Poland to build 180 tanks``: who contracts with a customer to build
    or supply for it will supply to it."""
    building = ctx.lex.words("r17news5_building_verbs")
    for noun in ctx.find(sent, ctx.lex.words("r17news5_contract_nouns")):
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_ not in ctx.lex.words("r17news5_contract_verbs") or ctx.negated(verb):
            continue
        purposes = [c for h in (verb, noun) for c in h.children if c.dep_ in ("advcl", "acl", "relcl", "xcomp")
                    and c.lemma_ in building and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        if not purposes or any(ctx.negated(p) for p in purposes):
            continue
        customers = [a for p in ctx.pobjs(noun, {"with"}) for a in _parties(p, ctx, PARTIES[:3])]
        suppliers = [a for a in ctx.subjects(verb) if ctx.type_of(a) == "Organization"]
        for s, o in distinct_pairs(suppliers, customers):
            yield Candidate(s, "suppliesTo", o, "r17news5:contract-to-build", "planned", sent)


@triggered_by(lambda lex: lex.words("part_nouns"))
def bracketed_part_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``the Cyber Security Institute of Africa (CSIA), an agency of the African Union``: a description of a part
    after a name's short form in brackets, which the parser hangs on another word, describes that name."""
    doc = ctx.doc
    for tok in ctx.find(sent, ctx.lex.words("part_nouns")):
        j = tok.left_edge.i
        if tok.dep_ != "appos" or j < sent.start + 3 or doc[j - 1].text != "," or doc[j - 2].text != ")":
            continue
        part = ctx.entity(doc[j - 3])
        if part is None or ctx.type_of(part) != "Organization" or ctx.entity(tok.head) == part or \
                ctx.type_of(ctx.entity(tok.head) or "") == "Organization":
            continue
        wholes = [a for c in tok.children if c.dep_ == "poss" for a in ctx.actors(c, conj=False)]
        wholes += [a for p in ctx.pobjs(tok, {"of"}) for a in ctx.actors(p, conj=False)]
        for whole in dict.fromkeys(wholes):
            if whole != part and ctx.type_of(whole) in ("Organization", "InternationalOrganization"):
                yield Candidate(part, "partOf", whole, "r17news5:bracketed-part", "asserted", sent)


R17NEWS5_RULES = (round_participation_rule, joiners_including_rule, customers_in_rule, expand_into_rule,
                  sold_to_group_in_rule, contract_to_build_rule, bracketed_part_rule)
