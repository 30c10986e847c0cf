"""Investment, supply and rivalry in shapes the older rules miss (branch r16invest); words: ``r16invest_*`` keys of
``data/lexicon/events.json``.

- a stake bought in the passive: ``A 15% stake in Glovo was acquired by Delivery Hero``, ``shares in X were
  picked up by Y`` (the buyer invests in the company the stake is in);
- a buyer's verb the tagger reads as a noun after the buyer's name: ``Chile imports crude oil from Ecuador``
  (``imports`` taken for a noun, ``oil`` for a verb's object): the one after ``from`` supplies the buyer;
- a company's models trained or run on another's chips or cloud: ``Mistral AI trains its models on Microsoft's
  Azure cloud`` (the owner of the infrastructure supplies the company);
- money spent luring companies: ``Japan spent $8 billion luring TSMC and Micron`` (an investment in each);
- one up against another: ``Bolt is up against Uber in Lagos`` (rivals). (``battling``/``fighting X for Y`` was
  tried and dropped: on unread news it named pairs the gold does not call rivals, and nothing it found was right.)

:func:`private_investor` lets :func:`kg.nlp.relations.merge.well_typed` keep a person's backing of a company
(``a start-up backed by Sam Altman``), not a state leader's.

Nothing for what is negated or only weighed (``has not bought``, ``may be up against``); each rule visits only its
trigger words (through the document index).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.commerce3 import named_actors
from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.r10coop import supposed_or_doubted
from kg.nlp.relations.r10invest import listed_members
from kg.nlp.relations.triggers import distinct_pairs

#: the types of buyers, sellers and rivals
PARTIES = ("Organization", "Country", "InternationalOrganization")
#: the rules whose investsIn from a person is a private investment (:func:`private_investor`)
PRIVATE_INVESTOR_RULES = ("verb:back", "verb:fund", "verb:finance", "verb:bankroll", "verb:invest",
                          "participle:backed", "participle:funded", "participle:financed", "participle:bankrolled",
                          "noun:stake", "role:shareholder", "role:investor", "role:backer")
#: currency signs and words of an amount of money
MONEY_MARKS = frozenset({"$", "\u20ac", "\u00a3", "\u00a5", "million", "billion", "billions", "millions", "bn",
                         "trillion", "trillions", "yen", "yuan", "euros", "dollars", "won", "rupees"})
#: how many tokens a misread buyer's verb may look ahead for its ``from``
FROM_REACH = 8


def _held_in(stake: Token, ctx: DocContext) -> list[str]:
    """The companies a stake noun is in: ``a stake in Glovo`` -> Glovo; ``shares of X``, ``Glovo shares``."""
    found = [a for p in ctx.pobjs(stake, {"in", "of"}) for a in named_actors(p, ctx, ("Organization",))]
    found += [a for c in stake.children if c.dep_ in ("compound", "poss") and c.i < stake.i and ctx.entity(c)
              for a in named_actors(ctx.mention_root(c), ctx, ("Organization",))]
    return list(dict.fromkeys(found))


@triggered_by(lambda lex: lex.words("r16invest_stake_nouns"))
def stake_bought_passive_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``A 15% stake in Glovo was acquired by Delivery Hero``, ``Shares in Glovo were bought by Prosus``: who buys
    a stake (the passive's agent) invests in the company it is in."""
    buying = ctx.lex.words("r16invest_stake_buying_verbs")
    for stake in ctx.find(sent, ctx.lex.words("r16invest_stake_nouns")):
        verb = stake.head
        if stake.dep_ != "nsubjpass" or verb.pos_ != "VERB" or verb.lemma_ not in buying or ctx.negated(verb) \
                or supposed_or_doubted(verb, ctx):
            continue
        buyers = [a for g in verb.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"
                  for a in named_actors(p, ctx)]
        for s, o in distinct_pairs(buyers, _held_in(stake, ctx)):
            yield Candidate(s, "investsIn", o, f"r16invest:stake-bought:{verb.lemma_}", ctx.status(verb), sent)


def _buyer_before(tok: Token, ctx: DocContext) -> list[str]:
    """The actor whose name ends right before ``tok`` (``Chile imports``), of the parties' types."""
    if tok.i == 0:
        return []
    before = tok.doc[tok.i - 1]
    if ctx.entity(before) is None:
        return []
    return [a for a in ctx.actors(ctx.mention_root(before), conj=False) if ctx.type_of(a) in PARTIES]


def _source_after(tok: Token, sent: Span, ctx: DocContext) -> list[str]:
    """The actors after the first ``from`` within reach of ``tok`` in its sentence, if no verb comes between
    (``imports crude oil from Ecuador`` -> Ecuador; not ``imports oil, which comes from Ecuador``)."""
    for t in tok.doc[tok.i + 1:min(sent.end, tok.i + 1 + FROM_REACH)]:
        if t.lower_ == "from":
            return [a for c in t.children if c.dep_ == "pobj" for a in named_actors(c, ctx, PARTIES)]
        if t.lower_ in (",", ";", "which", "that", "while", "but") or t.pos_ == "AUX" or \
                t.pos_ == "VERB" and t.i != tok.head.i and t.dep_ != "amod" and t.tag_ != "VBN":
            return []  # a verb other than the one the misread word hangs on ("imports liquefied gas") is another clause
    return []


@triggered_by(lambda lex: lex.words("r16invest_buying_forms"))
def misread_buying_verb_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Chile imports crude oil from Ecuador``, ``Morocco buys liquefied gas from Nigeria`` where the tagger takes
    the buyer's verb for a noun: the one after ``from`` supplies the buyer named right before the verb. Only where
    the parse has no verb reading (a verb reading is the older rules' to read)."""
    for tok in ctx.find(sent, ctx.lex.words("r16invest_buying_forms")):
        if tok.pos_ == "VERB" or tok.dep_ not in ("nsubj", "compound", "ROOT", "dobj", "nmod") or \
                ctx.negated(tok.head) or any(c.dep_ in ("det", "poss") for c in tok.children):
            continue
        buyers = _buyer_before(tok, ctx)
        if not buyers or any(c.dep_ == "neg" for c in tok.head.children):
            continue
        for s, o in distinct_pairs(_source_after(tok, sent, ctx), buyers):
            yield Candidate(s, "suppliesTo", o, f"r16invest:misread-buying:{tok.lower_}", ctx.status(tok.head), sent)


def _infrastructure_owners(noun: Token, ctx: DocContext) -> list[str]:
    """The companies a piece of computing infrastructure is named by: ``Microsoft's Azure cloud``, ``Nvidia chips``,
    ``Oracle's cloud infrastructure`` (the possessor or a name before the noun, a name a compound carries)."""
    heads = [noun] + [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    found = [a for h in heads for c in h.children if c.dep_ in ("poss", "compound", "nmod", "amod") and c.i < h.i
             and ctx.entity(c) for a in ctx.actors(ctx.mention_root(c), conj=False)]
    return [a for a in dict.fromkeys(found) if ctx.type_of(a) == "Organization"]


@triggered_by(lambda lex: lex.words("r16invest_compute_verbs"))
def computed_on_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Mistral AI trains its models on Microsoft's Azure cloud``, ``Cohere runs its models on Oracle's cloud
    infrastructure``: whose chips, cloud or servers a company trains or runs its models on supplies it."""
    infrastructure = ctx.lex.words("r16invest_compute_nouns")
    for verb in ctx.find(sent, ctx.lex.words("r16invest_compute_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb) or supposed_or_doubted(verb, ctx):
            continue
        hosts = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
        nouns = [p for h in hosts for p in ctx.pobjs(h, {"on"}) if p.lower_ in infrastructure or
                 p.lemma_ in infrastructure]
        suppliers = [a for n in nouns for a in _infrastructure_owners(n, ctx)]
        users = [a for a in ctx.subjects(verb) if ctx.type_of(a) == "Organization"]
        for s, o in distinct_pairs(suppliers, users):
            yield Candidate(s, "suppliesTo", o, f"r16invest:computed-on:{verb.lemma_}", ctx.status(verb), sent)


def _amount(tok: Token) -> bool:
    """Whether a noun phrase is an amount of money: a currency sign or word in it (``$8 billion``, ``€2bn``)."""
    return any(t.lower_ in MONEY_MARKS for t in tok.subtree)


@triggered_by(lambda lex: lex.words("r16invest_spending_verbs"))
def spent_wooing_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Japan spent $8 billion luring TSMC and Micron to build plants``, ``Delhi has spent billions wooing Foxconn``:
    money spent on luring or backing companies is an investment in them."""
    wooing = ctx.lex.words("r16invest_wooing_verbs")
    for verb in ctx.find(sent, ctx.lex.words("r16invest_spending_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb) or supposed_or_doubted(verb, ctx) or \
                not any(c.dep_ == "dobj" and _amount(c) for c in verb.children):
            continue
        # the gerund on the verb, or on the amount where the parser hangs it ("spent billions of dollars courting")
        heads = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
        steps = [c for h in heads for c in h.children if c.dep_ in ("advcl", "xcomp", "pcomp", "acl")
                 and c.tag_ == "VBG" and c.lemma_ in wooing]
        # "courting chipmakers such as Samsung and SK Hynix": the names of a list too
        firms = [a for v in steps for c in v.children if c.dep_ == "dobj"
                 for a in named_actors(c, ctx, ("Organization",)) + listed_members(c, ctx)
                 if ctx.type_of(a) == "Organization"]
        givers = [a for a in ctx.subjects(verb) if ctx.type_of(a) in PARTIES]
        for s, o in distinct_pairs(givers, firms):
            yield Candidate(s, "investsIn", o, f"r16invest:spent-wooing:{verb.lemma_}", ctx.status(verb), sent)


@triggered_by(lambda lex: {"against"})
def up_against_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Bolt is up against Uber in Lagos``, ``Bolt came up against Uber``: who is up against another is its
    rival."""
    for prep in ctx.find(sent, {"against"}):
        up = prep.head
        if up.lower_ != "up" or prep.i != up.i + 1:
            continue
        verb = up.head
        if verb.pos_ not in ("VERB", "AUX") or ctx.negated(verb) or supposed_or_doubted(verb, ctx):
            continue
        subjects = [a for a in ctx.subjects(verb) if ctx.type_of(a) in PARTIES]
        others = [a for c in prep.children if c.dep_ == "pobj" for a in named_actors(c, ctx, PARTIES)]
        for s, o in distinct_pairs(subjects, others):
            yield Candidate(s, "competesWith", o, "r16invest:up-against", ctx.status(verb), sent)


def private_investor(c: Candidate, ctx: DocContext) -> bool:
    """Whether an ``investsIn`` candidate from a person is a private investor's stake or backing, which
    :func:`kg.nlp.relations.merge.well_typed` keeps: ``Humane, which is backed by Sam Altman`` (a rule of backing,
    funding, investing or holding shares, in a company, fund or an organisation of no known kind, by a person who
    neither leads a state or a state body nor carries a state's title: ``backed by President X`` is political).

    >>> private_investor(Candidate("a", "worksFor", "b", "verb:back", "asserted", None), None)
    False
    """
    if c.predicate != "investsIn" or not c.rule.startswith(PRIVATE_INVESTOR_RULES):
        return False
    if ctx.type_of(c.subject) != "Person" or ctx.type_of(c.object) != "Organization":
        return False
    if getattr(ctx.entities.get(c.object), "subtype", None) not in (None, "Company", "Fund"):
        return False
    led = ctx.leaders.get(c.subject)
    if led is not None and (ctx.type_of(led) != "Organization" or
                            getattr(ctx.entities.get(led), "subtype", None) == "GovernmentBody"):
        return False
    return not any(ctx.entity(t) == c.subject and ctx._titled_state(t) for t in c.sent)


R16INVEST_RULES = (stake_bought_passive_rule, misread_buying_verb_rule, computed_on_rule, spent_wooing_rule,
                   up_against_rule)
