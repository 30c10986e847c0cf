"""Supply and investment constructions the trigger lexicon does not reach; their words are in
``data/lexicon/events.json`` (sanctions and export curbs: :mod:`kg.nlp.relations.curbs`).

- a delivery taken from a supplier: ``Egypt is taking delivery of drones from China`` (``suppliesTo`` the taker);
- a contract described before its purpose: ``Thales won a contract worth $50 million to supply the Polish army``
  (``suppliesTo``: who holds the contract supplies the customer of its purpose);
- money a thing is done with, investment in a country's unnamed things, stakes sold, products bought by their
  maker's name, passive supplies and contracts awarded.

Each rule visits only the sentence's words of its list (through the document index).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.r11supb import unlisted_subjects
from kg.nlp.relations.slots import deep_pobjs, dobj, owner, verb_objects
from kg.nlp.relations.triggers import distinct_pairs, noun_participants


@triggered_by(lambda lex: lex.words("delivery_nouns"))
def taken_delivery_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Egypt is taking delivery of ten drones from China``, ``the navy took delivery of the jets from
    Dassault``: the one a delivery is taken from supplies the taker."""
    for tok in ctx.find(sent, ctx.lex.words("delivery_nouns")):
        verb = tok.head
        if tok.dep_ != "dobj" or verb.lemma_ not in ctx.lex.words("delivery_taking_verbs") or ctx.negated(verb):
            continue
        # "from" hangs on the verb, on the delivery or on the goods ("delivery of drones from China")
        goods = [p for p in ctx.pobjs(tok, {"of"})]
        sources = [p for h in [verb, tok] + goods for p in ctx.pobjs(h, {"from"})]
        suppliers = [a for p in sources for a in ctx.actors(p) if ctx.is_actor(a)]
        takers = [a for a in unlisted_subjects(verb, ctx) if ctx.is_actor(a)]
        status = ctx.status(verb)
        for s, o in distinct_pairs(suppliers, takers):
            yield Candidate(s, "suppliesTo", o, "event:taken-delivery", status, sent)


def _contract_of(verb: Token, ctx: DocContext) -> Token | None:
    """The contract noun a purpose clause ``to supply …`` describes, through ``worth`` or its amount: ``a deal
    worth $50 million to supply``; ``None`` when the clause hangs elsewhere."""
    head = verb.head
    for _ in range(3):
        if head.lower_ in ctx.lex.words("contract_nouns") and head.pos_ == "NOUN":
            return head
        if head.dep_ not in ("amod", "npadvmod", "quantmod", "nummod", "pobj", "prep") or head.head is head:
            return None
        head = head.head
    return None


@triggered_by(lambda lex: lex.words("supply_verbs"))
def contract_supply_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Rheinmetall announced a deal worth $50 million to supply the Bundeswehr``, ``Thales won an order worth
    €1bn to deliver radars to Poland``: who wins, signs or announces the contract supplies its customer."""
    supply = ctx.lex.words("supply_verbs")
    for verb in ctx.find(sent, supply):
        if verb.pos_ != "VERB" or verb.dep_ not in ("xcomp", "acl", "advcl") or \
                not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or ctx.negated(verb):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.head.pos_ == "VERB":
            continue  # a subject of its own, or a verb's complement the trigger rules read already
        contract = _contract_of(verb, ctx)
        if contract is None or contract.dep_ != "dobj" or contract.head.pos_ != "VERB" or \
                contract.head.lemma_ not in ctx.lex.words("contract_verbs") or ctx.negated(contract.head):
            continue
        holders = [a for a in ctx.subjects(contract.head) if ctx.is_actor(a)]
        customers: list[str] = []
        for predicate, slots in ctx.lex.verbs.get(verb.lemma_, []):
            if predicate == "suppliesTo":
                customers += verb_objects(verb, slots, ctx)[0]
        status = ctx.status(contract.head)
        for s, o in distinct_pairs(holders, customers):
            yield Candidate(s, "suppliesTo", o, "event:contract-supply", status, sent)



def governing_verb(tok: Token) -> Token | None:
    """The verb a prepositional phrase hangs on, through the nouns between: ``financed most of the cost with
    a loan`` gives ``financed``."""
    head = tok.head
    for _ in range(5):
        if head.pos_ == "VERB":
            return head
        if head.head is head:
            return None
        head = head.head
    return None


@triggered_by(lambda lex: lex.words("lending_nouns"))
def lent_with_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Huawei upgraded the network of NetOne with loans from China's Exim Bank``, ``the bank financed most of
    the cost with a loan to Pakistan``, ``helped by subsidies from Beijing, HMN bid …``: money a thing is done
    with comes from its lender (or the financing verb's subject) and goes to the loan's recipient (or the owner of
    what it pays for, or the subject of the clause a participle is part of)."""
    for tok in ctx.find(sent, ctx.lex.words("lending_nouns")):
        if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ not in ("with", "by") or ctx.negated(tok):
            continue
        verb = governing_verb(tok.head)
        if verb is None or ctx.negated(verb):
            continue
        lenders = [a for p in ctx.pobjs(tok, {"from", "by"}) for a in ctx.actors(p)]
        if not lenders and verb.lemma_ in ctx.lex.words("financing_verbs"):
            lenders = ctx.subjects(verb)
        recipients = [a for p in ctx.pobjs(tok, {"to", "for"}) for a in ctx.actors(p)]
        recipients = recipients or [a for o in dobj(verb) for a in (ctx.actors(o) or owner(o, ctx))]
        # the subject that does it with the money, unless what it does is someone else's unnamed thing
        owned = any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for o in dobj(verb) for c in o.children)
        if not recipients and not owned:
            recipients = [a for a in ctx.subjects(verb) if a not in lenders]
        if not recipients and verb.dep_ == "advcl" and verb.tag_ == "VBN":  # "helped by subsidies from X, Y bid"
            recipients = [a for a in ctx.subjects(verb.head) if a not in lenders]
        status = ctx.status(verb)
        for s, o in distinct_pairs((a for a in lenders if ctx.is_actor(a)),
                                   (a for a in recipients if ctx.is_actor(a))):
            yield Candidate(s, "investsIn", o, "event:lent-with", status, sent)


def _countries_named_in(tok: Token, ctx: DocContext) -> list[str]:
    """Countries that modify an unnamed thing: ``American AI infrastructure``, ``India's data centres``."""
    if ctx.actors(tok, conj=False):
        return []
    # "American" may modify a modifier ("American AI infrastructure")
    return [a for c in tok.subtree if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < tok.i
            and ctx.entity(c) for a in ctx.actors(ctx.mention_root(c), conj=False) if ctx.type_of(a) == "Country"]


def _verbs_above(tok: Token) -> list[Token]:
    """The verb ``tok`` hangs on and the verbs that one is coordinated with (``restrict and monitor X``)."""
    verb = governing_verb(tok) if tok.pos_ != "VERB" else None
    if verb is None:
        return []
    return [verb] + list(verb.conjuncts)


@triggered_by(lambda lex: lex.words("investing_words"))
def invested_country_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Nvidia pledged new investment in American AI infrastructure``, ``SoftBank will invest $10bn in Indian
    data centres``: an investment in a country's unnamed things is an investment in the country (one's own
    country too: the words say invest, unlike a plant at home)."""
    nouns = ctx.lex.nouns
    curbing = set(ctx.lex.negation.get("governors", []))
    for tok in ctx.find(sent, ctx.lex.words("investing_words")):
        if tok.pos_ not in ("NOUN", "VERB") or ctx.negated(tok):
            continue
        if any(v.lemma_ in curbing for v in _verbs_above(tok)):
            continue  # "rules that would restrict and monitor American investment in Chinese companies"
        if tok.pos_ == "VERB":
            places = deep_pobjs(tok, "in", ctx) + deep_pobjs(tok, "into", ctx)  # "invest $10bn in Indian …"
            holders = [a for a in ctx.subjects(tok) if ctx.is_actor(a)]
        else:
            places = [p for p in ctx.pobjs(tok, {"in", "into"})]
            key = tok.lower_ if tok.lower_ in nouns else tok.lemma_
            slots = next((sl for p, sl in nouns.get(key, []) if p == "investsIn"), None)
            holders = noun_participants(tok, slots, ctx)[0] if slots is not None else []
        countries = [a for p in places for a in _countries_named_in(p, ctx)]
        status = ctx.status(tok)
        for s, o in distinct_pairs(holders, countries):
            yield Candidate(s, "investsIn", o, "event:invested-country", status, sent)


def product_makers(thing: Token, ctx: DocContext) -> list[str]:
    """Who makes a product named by its maker: ``Russia's S-400 system``, ``Nvidia chips``, ``the PULS system of
    Elbit``, ``drones made by AVIC`` (only a product noun, only a name)."""
    if thing.lower_ not in ctx.lex.words("product_nouns"):
        return []
    found = [a for c in thing.children if c.i < thing.i and ctx.entity(c) and
             (c.dep_ == "poss" or c.dep_ == "compound" and ctx.type_of(ctx.entity(c) or "") == "Organization")
             for a in ctx.actors(ctx.mention_root(c), conj=False)]
    found += [a for p in ctx.pobjs(thing, {"of", "from", "by"}) if ctx.entity(p) for a in ctx.actors(p)]
    found += [a for c in thing.children if c.dep_ == "acl" for g in c.children if g.dep_ == "agent"
              for p in g.children if p.dep_ == "pobj" and ctx.entity(p) for a in ctx.actors(p)]
    return [a for a in dict.fromkeys(found) if ctx.type_of(a) in ("Organization", "Country")]


@triggered_by(lambda lex: lex.words("purchasing_verbs") | lex.words("purchase_nouns"))
def bought_product_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Germany has chosen the PULS system of Elbit Systems``, ``Turkey bought Russia's S-400 system``,
    ``Turkey's purchase of Russia's S-400 system``: the maker of a product bought or chosen supplies the buyer."""
    nouns = ctx.lex.words("purchase_nouns")
    words = ctx.lex_memo("buying_words", lambda: frozenset(ctx.lex.words("purchasing_verbs") | nouns))
    for tok in ctx.find(sent, words):
        if ctx.negated(tok):
            continue
        if tok.pos_ == "VERB" and tok.lemma_ in ctx.lex.words("purchasing_verbs"):
            things, buyers = dobj(tok), [a for a in ctx.subjects(tok) if ctx.is_actor(a)]
            if any(c.dep_ == "nsubjpass" for c in tok.children):
                things, buyers = [], []  # "the system was bought": the buyer is not named here
        elif tok.pos_ == "NOUN" and tok.lower_ in nouns:
            things = list(ctx.pobjs(tok, {"of"}))
            # a named buyer ("Turkey's purchase"); "its purchase" may be anyone's
            buyers = [a for c in tok.children if c.dep_ == "poss" and ctx.entity(c)
                      for a in ctx.actors(ctx.mention_root(c)) if ctx.is_actor(a)]
            if any(c.dep_ == "poss" and not ctx.entity(c) for c in tok.children):
                continue
            if not buyers and tok.dep_ in ("dobj", "pobj") and governing_verb(tok) is not None:
                verb = governing_verb(tok)
                buyers = [a for a in ctx.subjects(verb) if ctx.is_actor(a)] if verb is not None and \
                    verb.lemma_ in ctx.lex.words("purchasing_verbs") | {"make", "complete", "announce", "place"} else []
        else:
            continue
        makers = [a for t in things for a in product_makers(t, ctx)]
        status = ctx.status(tok)
        for s, o in distinct_pairs(makers, buyers):
            yield Candidate(s, "suppliesTo", o, "event:bought-product", status, sent)


def _sale_of(stake: Token, ctx: DocContext) -> Token | None:
    """The selling verb or sale noun a stake is sold through: ``sold its stake``, ``sell 40% of its interests``,
    ``the sale of its stake``."""
    node = stake
    for _ in range(3):
        if node.dep_ == "dobj" and node.head.lemma_ in ctx.lex.words("selling_verbs"):
            return node.head
        if node.dep_ == "pobj" and node.head.lower_ == "of":
            node = node.head.head  # "40% of its interests", "the sale of its stake"
            if node.lower_ in ctx.lex.words("sale_nouns"):
                return node
            continue
        return None
    return None


def _own_stake_sellers(stake: Token, sale: Token, ctx: DocContext) -> list[str]:
    """The companies selling a stake in themselves: the subjects of the selling verb when the stake is ``a …``
    stake, not one owned (``its stake``, ``Glencore's stake``) nor one of a named thing."""
    if sale.pos_ != "VERB" or stake.dep_ != "dobj" or sale != stake.head or any(
            c.dep_ == "poss" or c.dep_ == "det" and c.lower_ not in ("a", "an") for c in stake.children):
        return []
    return [a for a in ctx.subjects(sale) if ctx.type_of(a) == "Organization"]


@triggered_by(lambda lex: lex.words("equity_nouns"))
def sold_stake_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Glencore sold its stake in Mutanda to Vale``, ``agreed to sell 40% of its interests in A and B to C``,
    ``the sale of its stake in X to Y``: the buyer of a stake in a company invests in it."""
    for tok in ctx.find(sent, ctx.lex.words("equity_nouns")):
        if tok.pos_ != "NOUN":
            continue
        places = list(ctx.pobjs(tok, {"in"}))
        targets = [a for p in places for a in ctx.actors(p) if ctx.type_of(a) == "Organization"]
        sale = _sale_of(tok, ctx) if targets or not places else None
        if sale is not None and not targets:
            # "Siemens sold a 20% stake to Temasek": a stake in nothing named is the seller's own; "its stake" may be
            # one it held in another
            targets = _own_stake_sellers(tok, sale, ctx)
        if sale is None or ctx.negated(sale):
            continue
        # "to Y" on the sale, on its verb, or where the parser hangs it: on the stake or on the company
        hosts = [sale, tok] + places + ([sale.head] if sale.dep_ in ("dobj", "pobj") and sale.head.pos_ == "VERB"
                                        else [])
        buyers = [a for h in hosts for p in ctx.pobjs(h, {"to"}) for a in ctx.actors(p) if ctx.is_actor(a)]
        status = ctx.status(sale)
        for s, o in distinct_pairs(buyers, targets):
            yield Candidate(s, "investsIn", o, "event:sold-stake", status, sent)


def _users_of(thing: Token, ctx: DocContext) -> list[str]:
    """Who has or uses an unnamed thing: ``Safaricom's base stations``, ``the equipment used by Maxis``, ``a
    port, all of whose cranes …`` (a name, not ``its``)."""
    found = [a for c in thing.children if c.dep_ == "poss" and ctx.entity(c)
             for a in ctx.actors(ctx.mention_root(c), conj=False)]
    relative = _relative_head(thing) if any(c.dep_ == "poss" and c.lower_ == "whose" for c in thing.children) else None
    if relative is not None:
        found += ctx.actors(relative.head, conj=False)
    found += [a for c in thing.children if c.dep_ == "acl" and c.lemma_ in ctx.lex.words("user_verbs")
              for g in c.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj" for a in ctx.actors(p)]
    return found


def _relative_head(tok: Token) -> Token | None:
    """The relative clause ``tok`` is in (``all of whose cranes were supplied``)."""
    for anc in tok.ancestors:
        if anc.dep_ == "relcl":
            return anc
    return None


@triggered_by(lambda lex: lex.words("supplied_verbs"))
def supplied_by_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Most of the equipment used by Maxis is supplied by Huawei``, ``Safaricom's base stations were supplied by
    Nokia``: the agent of a passive supply supplies whoever has or uses the goods."""
    for tok in ctx.find(sent, ctx.lex.words("supplied_verbs")):
        if tok.pos_ != "VERB" or tok.tag_ != "VBN" or ctx.negated(tok):
            continue
        agents = [a for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                  for a in ctx.actors(p) if ctx.is_actor(a)]
        goods = [c for c in tok.children if c.dep_ == "nsubjpass" and not ctx.actors(c, conj=False)]
        goods += [p for g in goods for p in ctx.pobjs(g, {"of"}) if not ctx.actors(p, conj=False)]  # "most of the …"
        users = [a for g in goods for a in _users_of(g, ctx) if ctx.is_actor(a)]
        status = ctx.status(tok)
        for s, o in distinct_pairs(agents, users):
            yield Candidate(s, "suppliesTo", o, "event:supplied-by", status, sent)





@triggered_by(lambda lex: lex.words("awarding_verbs"))
def awarded_contract_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Poland awarded Hanwha a contract to supply rocket launchers``, ``Hanwha was awarded an order by Poland``:
    the one awarded a contract supplies the one awarding it (or the customer its purpose names)."""
    for tok in ctx.find(sent, ctx.lex.words("awarding_verbs")):
        if tok.pos_ != "VERB" or ctx.negated(tok):
            continue
        contracts = [c for c in tok.children if c.dep_ == "dobj" and c.lower_ in ctx.lex.words("awarded_nouns")]
        if not contracts:
            continue
        if any(c.dep_ == "nsubjpass" for c in tok.children):  # "X was awarded a contract by Y"
            suppliers = [a for c in tok.children if c.dep_ == "nsubjpass" for a in ctx.actors(c)]
        else:
            suppliers = [a for c in tok.children if c.dep_ in ("dative", "iobj") for a in ctx.actors(c)]
        customers = [a for a in ctx.subjects(tok) if ctx.is_actor(a)]
        purposes = [v for c in contracts for v in c.subtree if v.pos_ == "VERB" and v.dep_ in ("acl", "xcomp")]
        named = [a for v in purposes for p, slots in ctx.lex.verbs.get(v.lemma_, []) if p == "suppliesTo"
                 for a in verb_objects(v, slots, ctx)[0]]
        status = ctx.status(tok)
        for s, o in distinct_pairs((a for a in suppliers if ctx.is_actor(a)), named or customers):
            yield Candidate(s, "suppliesTo", o, "event:awarded-contract", status, sent)
