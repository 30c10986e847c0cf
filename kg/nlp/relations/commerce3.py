"""More supply and investment constructions (issue 11, branch r8-commerce3); their words are the ``c3_`` keys of
``data/lexicon/events.json``.

- money handed to a recipient: ``Japan will give TSMC up to 732 billion yen in subsidies`` (``investsIn``);
- a share of a company held: ``Gecamines, which owns 20% of KCC``, ``Samsung holds 3% of ASML`` (``investsIn``);
- a funding round led by an investor: ``Zhipu raised $400m in a round led by Tencent`` (``investsIn``);
- a share of a country's imports supplied: ``China supplied 70% of U.S. rare earth imports`` (``suppliesTo``);
- a company taken over or agreed to be bought: ``Nvidia took over Mellanox``, ``Arm agreed to be bought by
  SoftBank`` (``investsIn``);
- borrowing, funding with a party's money, money put into a country's things: ``Serbia borrowed from Chinese
  banks``, ``a firm funded with Chinese state capital``, ``puts money into the country's economy`` (``investsIn``);
- another's unnamed thing funded: ``China's Exim Bank financed Kenya's new railway`` (``investsIn``).

The supply constructions of the same round are in :mod:`kg.nlp.relations.commerce4`.

Each rule visits only the sentence's words of its list (through the document index).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.lexicon import Lexicon
from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import lexicon_memo, triggered_by
from kg.nlp.relations.slots import dobj
from kg.nlp.relations.triggers import distinct_pairs


def named_actors(tok: Token, ctx: DocContext, types: tuple[str, ...] = ("Organization", "Country",
                                                                   "InternationalOrganization")) -> list[str]:
    """The actors of the types ``types`` a noun phrase names."""
    return [a for a in ctx.actors(tok) if ctx.is_actor(a) and ctx.type_of(a) in types]


def modifier_actors(tok: Token, ctx: DocContext) -> list[str]:
    """Actors named by the modifiers in front of a noun: ``Russian oil``, ``India's imports``, ``U.S. imports``,
    ``Nvidia chips`` (a name only, not ``its``)."""
    return [a for c in tok.children if c.i < tok.i and c.dep_ in ("amod", "compound", "poss", "nmod") and
            ctx.entity(c) for a in ctx.actors(ctx.mention_root(c), conj=False) if ctx.is_actor(a)]


def _is_money(node: Token, ctx: DocContext) -> bool:
    """An amount of money or a funding noun: ``$4.9 billion``, ``732 billion yen``, ``a €10m grant`` (not
    ``a $2bn contract``, nor ``100 tanks``)."""
    currency = ctx.lex.words("c3_currency_words")
    funding = ctx.lex.words("lending_nouns")
    if node.lower_ in funding or node.lemma_ in funding or node.lower_ in currency:
        return True
    return node.pos_ in ("NUM", "SYM") and any(t.lower_ in currency for t in node.subtree)


@triggered_by(lambda lex: lex.words("c3_granting_verbs"))
def granted_money_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Japan will give TSMC up to 732 billion yen in subsidies``, ``Berlin granted Intel €10bn``, ``Micron was
    awarded $6.1 billion by the Commerce Department``: who gives money to a recipient invests in it (not aid
    in kind: ``$1bn in military aid``)."""
    funding = ctx.lex.words("lending_nouns") | ctx.lex.words("c3_currency_words")
    for verb in ctx.find(sent, ctx.lex.words("c3_granting_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        money = [c for c in verb.children if c.dep_ == "dobj"]  # (dobj() gives a passive's subject too)
        # "give TSMC up to 732 billion yen": "to" hangs on the verb or on "up"
        money += [p for c in verb.children if c.dep_ == "prt" and c.lower_ == "up" for h in (verb, c)
                  for p in ctx.pobjs(h, {"to"})]
        # "give TSMC up to 476 billion yen", parsed with the amount as the object of "up" itself
        money += [p for c in verb.children if c.dep_ == "prt" and c.lower_ == "up" for p in c.children
                  if p.dep_ == "pobj"]
        if not money or not all(_is_money(m, ctx) for m in money):
            continue
        # "$1bn in military aid": the money is for something other than funding
        kinds = [p for h in [verb] + money for p in ctx.pobjs(h, {"in"})]
        if any(p.lower_ not in funding and p.lemma_ not in funding for p in kinds):
            continue
        if any(c.dep_ == "nsubjpass" for c in verb.children):  # "TSMC was given $4.9 billion by Japan"
            recipients = [a for c in verb.children if c.dep_ == "nsubjpass" for a in named_actors(c, ctx)]
            givers = [a for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                      for a in named_actors(p, ctx)]
            # "Intel was awarded $8.5bn in grants by the Commerce Department", "by" hung on the grants (r16invest)
            givers += [a for h in money + kinds for p in ctx.pobjs(h, {"by"}) for a in named_actors(p, ctx)]
        else:
            recipients = [a for c in verb.children if c.dep_ in ("dative", "iobj") for a in named_actors(c, ctx)]
            givers = [a for a in ctx.subjects(verb) if ctx.is_actor(a)]
        status = ctx.status(verb)
        for s, o in distinct_pairs(givers, recipients):
            yield Candidate(s, "investsIn", o, "event:granted-money", status, sent)


def _share_targets(share: Token, ctx: DocContext) -> list[str]:
    """The company a share is of: ``20% of KCC``, ``3% of ASML's shares``."""
    found: list[str] = []
    for p in ctx.pobjs(share, {"of", "in"}):
        # no conjuncts: "A holds 80% of X and B the remaining 20%" gives no share of B
        named = [a for a in ctx.actors(p, conj=False) if ctx.type_of(a) == "Organization"]
        if not named and p.lower_ in ctx.lex.words("equity_nouns"):
            named = [a for a in modifier_actors(p, ctx) if ctx.type_of(a) == "Organization"]
            named += [a for q in ctx.pobjs(p, {"of", "in"}) for a in named_actors(q, ctx, ("Organization",))]
        found += named
    return found


def _share_words(lex: Lexicon) -> frozenset[str]:
    """Units and fractions of a company's equity: ``20%``, ``a majority of``, ``half of``."""
    return lexicon_memo(lex, "c3:share_words", lambda: frozenset(lex.words("c3_share_units") |
                                                                  lex.words("r17lead_share_fractions")))


@triggered_by(_share_words)
def share_held_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Gecamines, which owns 20% of KCC``, ``Samsung holds 3% of ASML's shares``, ``Alibaba bought 30% of
    Lazada``, ``it sold 40% of Lazada to Alibaba``, ``SoftBank owns a majority of Arm``: who holds, takes or buys a
    share of a company invests in it."""
    holding = ctx.lex.words("c3_holding_verbs")
    selling = ctx.lex.words("selling_verbs")
    for share in ctx.find(sent, _share_words(ctx.lex)):
        verb = share.head
        if share.dep_ != "dobj" or verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        if verb.lemma_ in holding:
            holders = [a for a in ctx.subjects(verb) if ctx.is_actor(a)]
        elif verb.lemma_ in selling:  # the buyer of the share: "sold 40% of Lazada to Alibaba"
            holders = [a for h in (verb, share) for p in ctx.pobjs(h, {"to"}) for a in named_actors(p, ctx)]
        else:
            continue
        status = ctx.status(verb)
        for s, o in distinct_pairs(holders, _share_targets(share, ctx)):
            yield Candidate(s, "investsIn", o, "event:share-held", status, sent)


def round_company(node: Token, ctx: DocContext) -> list[str]:
    """The company a funding round is for: its own (``Zhipu's round``, ``a round for Zhipu``) or the subject
    of the raising the round is part of (``Zhipu raised $400m in a round``)."""
    found = [a for a in modifier_actors(node, ctx) if ctx.type_of(a) == "Organization"]
    found += [a for p in ctx.pobjs(node, {"for", "in", "into"}) for a in named_actors(p, ctx, ("Organization",))]
    if not found and node.dep_ == "pobj" and node.head.lower_ in ("in", "from", "through", "via"):
        verb = node.head.head
        if verb.pos_ == "VERB" and verb.lemma_ in ctx.lex.words("c3_raising_verbs"):
            found = [a for a in ctx.clause_subjects(verb) if ctx.type_of(a) == "Organization"]
    if not found and node.dep_ == "dobj" and node.head.pos_ == "VERB" and \
            node.head.lemma_ in ctx.lex.words("r16invest_round_closing_verbs") and not ctx.negated(node.head):
        # "Stripe closed a funding round led by Thrive" (r16invest): the company that closes its own round
        found = [a for a in ctx.subjects(node.head) if ctx.type_of(a) == "Organization"]
    valuing = ctx.lex.words("r16invest_round_valuing_verbs")
    # "The round, led by Nvidia, valued Mistral at $6 billion" (r16invest): the company the round values, its
    # verb or a participle the parser hangs on the round
    verbs = [node.head] if node.dep_ == "nsubj" and node.head.lemma_ in valuing else []
    verbs += [c for c in node.children if c.dep_ == "acl" and c.lemma_ in valuing]
    if not found:
        found = [a for v in verbs for c in v.children if c.dep_ == "dobj"
                 for a in named_actors(c, ctx, ("Organization",))]
    return found


@triggered_by(lambda lex: lex.words("c3_round_nouns"))
def round_led_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Zhipu raised $400 million in a round led by Tencent``, ``Mistral's round, co-led by Nvidia``, ``the firm
    raised money from investors led by SoftBank``, ``in a Nvidia-led round``: who leads or joins a company's round
    invests in it."""
    leading = ctx.lex.words("c3_round_leading_verbs")
    for node in ctx.find(sent, ctx.lex.words("c3_round_nouns")):
        if node.pos_ not in ("NOUN", "PROPN"):
            continue
        leaders = [a for v in node.children if v.dep_ == "acl" and v.tag_ == "VBN" and v.lemma_ in leading
                   and not ctx.negated(v) for g in v.children if g.dep_ == "agent"
                   for p in g.children if p.dep_ == "pobj" for a in named_actors(p, ctx)]
        # "a Nvidia-led round": the leader's name before the hyphen
        leaders += [a for v in node.children if v.dep_ == "amod" and v.lemma_ in leading
                    for c in v.children if c.dep_ in ("npadvmod", "compound", "nmod") and ctx.entity(c)
                    for a in named_actors(ctx.mention_root(c), ctx)]
        if not leaders:
            continue
        status = ctx.status(node.head if node.dep_ == "pobj" else node)
        for s, o in distinct_pairs(leaders, round_company(node, ctx)):
            yield Candidate(s, "investsIn", o, "event:round-led", status, sent)


def _share_verb(quantity: Token, ctx: DocContext) -> Token | None:
    """The verb a share is supplied through: ``supplied 70% of``, ``accounts for 60% of``."""
    if quantity.dep_ == "dobj" and quantity.head.lemma_ in ctx.lex.words("c3_share_supplying_verbs"):
        return quantity.head
    if quantity.dep_ == "pobj" and quantity.head.lower_ == "for" and quantity.head.head.lemma_ == "account":
        return quantity.head.head
    return None


@triggered_by(lambda lex: lex.value("c3_share_goods_nouns"))
def share_supplied_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``China supplied about 70% of U.S. rare earth imports``, ``Russia met half of Germany's gas needs``, ``the
    EU accounts for 60% of foreign investment in Kazakhstan``: a share of another's imports (or of the investment
    in a place) comes from its supplier (investor)."""
    table = ctx.lex.value("c3_share_goods_nouns")
    quantities = ctx.lex.words("c3_share_quantities")
    for tok in ctx.find(sent, set(table)):
        predicate = table.get(tok.lower_)
        if predicate is None or tok.dep_ != "pobj" or tok.head.lower_ != "of" or \
                tok.head.head.lower_ not in quantities:
            continue
        verb = _share_verb(tok.head.head, ctx)
        if verb is None or ctx.negated(verb):
            continue
        sources = [a for a in ctx.subjects(verb) if ctx.is_actor(a)]
        if predicate == "investsIn":
            others = [a for p in ctx.pobjs(tok, {"in", "into"}) for a in named_actors(p, ctx)]
        else:
            others = modifier_actors(tok, ctx) + [a for p in ctx.pobjs(tok, {"into", "by"})
                                                  for a in named_actors(p, ctx)]
        status = ctx.status(verb)
        for s, o in distinct_pairs(sources, others):
            yield Candidate(s, predicate, o, "event:share-supplied", status, sent)


@triggered_by(lambda lex: lex.value("c3_takeover_particles"))
def taken_over_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Nvidia took over Mellanox``, ``KKR bought out the company's founders``, ``Arm was taken over by
    SoftBank``: who takes a company over invests in it (a company, not a country or a post)."""
    table = ctx.lex.value("c3_takeover_particles")
    for verb in ctx.find(sent, set(table)):
        if verb.pos_ != "VERB" or verb.lemma_ not in table or ctx.negated(verb) or \
                not any(c.dep_ == "prt" and c.lower_ in table[verb.lemma_] for c in verb.children):
            continue
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            targets = [a for c in verb.children if c.dep_ == "nsubjpass"
                       for a in named_actors(c, ctx, ("Organization",))]
        elif any(c.dep_ == "auxpass" for c in verb.children):
            # "X received a licence and was later taken over by Y": the passive's subject is the one it inherits
            targets = [a for a in ctx.inherited_subjects(verb) if ctx.type_of(a) == "Organization"]
        else:
            targets = [a for c in dobj(verb) for a in named_actors(c, ctx, ("Organization",))]
        buyers = [a for a in ctx.subjects(verb) if ctx.is_actor(a)]
        status = ctx.status(verb)
        for s, o in distinct_pairs(buyers, targets):
            yield Candidate(s, "investsIn", o, "event:taken-over", status, sent)


@triggered_by(lambda lex: lex.words("c3_borrowing_verbs"))
def borrowed_from_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Serbia has borrowed heavily from Chinese banks``, ``Pakistan borrowed $2 billion from China``: the lender
    invests in the borrower."""
    for verb in ctx.find(sent, ctx.lex.words("c3_borrowing_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        lenders = [a for h in [verb] + dobj(verb) for p in ctx.pobjs(h, {"from"}) for a in named_actors(p, ctx)]
        status = ctx.status(verb)
        for s, o in distinct_pairs(lenders, (a for a in ctx.subjects(verb) if ctx.is_actor(a))):
            yield Candidate(s, "investsIn", o, "event:borrowed-from", status, sent)


@triggered_by(lambda lex: lex.words("c3_acquiring_verbs"))
def agreed_to_be_bought_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Arm agreed to be bought by SoftBank``, ``the start-up is set to be acquired by Nvidia``: a company to be
    bought by a buyer (the subject of the clause the passive completes) is invested in."""
    for verb in ctx.find(sent, ctx.lex.words("c3_acquiring_verbs")):
        if verb.tag_ != "VBN" or verb.dep_ != "xcomp" or ctx.negated(verb) or ctx.negated(verb.head) or \
                not any(c.dep_ == "auxpass" for c in verb.children) or \
                any(c.dep_ == "nsubjpass" for c in verb.children):
            continue
        buyers = [a for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                  for a in named_actors(p, ctx)]
        targets = [a for a in ctx.subjects(verb.head) if ctx.type_of(a) == "Organization"]
        status = ctx.status(verb.head)
        for s, o in distinct_pairs(buyers, targets):
            yield Candidate(s, "investsIn", o, "event:agreed-to-be-bought", status, sent)


def _described_by_participle(tok: Token, ctx: DocContext) -> list[str]:
    """What a participle describes: ``X, a firm funded with …`` (the name the description stands beside) or ``X,
    funded with …``."""
    head = tok.head
    if tok.dep_ != "acl" or head is tok:
        return []
    found = named_actors(head, ctx, ("Organization",))
    if not found and head.dep_ == "appos":
        found = named_actors(ctx.mention_root(head.head), ctx, ("Organization",))
    return found


@triggered_by(lambda lex: lex.value("participles"))
def funded_with_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Canyon Bridge, a private equity firm funded with Chinese state capital``, ``X, backed by money from Y``:
    whose money funds a company invests in it."""
    table = ctx.lex.value("participles")
    for tok in ctx.find(sent, set(table)):
        if table.get(tok.lower_) != "investsIn" or tok.tag_ != "VBN" or ctx.negated(tok):
            continue
        money = [p for h in [tok] + [g for g in tok.children if g.dep_ == "agent"]
                 for p in ctx.pobjs(h, {"with"}) if _is_money(p, ctx) or p.lower_ in ctx.lex.words("c3_capital_nouns")]
        money += [p for g in tok.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"
                  and (_is_money(p, ctx) or p.lower_ in ctx.lex.words("c3_capital_nouns"))]
        funders = [a for m in money for a in modifier_actors(m, ctx) if ctx.type_of(a) in ("Country", "Organization")]
        funders += [a for m in money for p in ctx.pobjs(m, {"from"}) for a in named_actors(p, ctx)]
        if not funders:
            continue
        for s, o in distinct_pairs(funders, _described_by_participle(tok, ctx)):
            yield Candidate(s, "investsIn", o, "event:funded-with", "asserted", sent)


@triggered_by(lambda lex: lex.words("c3_money_verbs"))
def money_into_country_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``RDIF puts money into fast-growing parts of the country's economy``, ``the fund pumped $2bn into Indian
    start-ups``: money put into a country's unnamed things is invested in the country."""
    for verb in ctx.find(sent, ctx.lex.words("c3_money_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        money = [c for c in verb.children if c.dep_ == "dobj" and
                 (_is_money(c, ctx) or c.lower_ in ctx.lex.words("c3_capital_nouns"))]
        if not money:
            continue
        places = [p for h in [verb] + money for p in ctx.pobjs(h, {"into", "in"}) if not ctx.actors(p, conj=False)]
        places += [q for p in places for q in ctx.pobjs(p, {"of"}) if not ctx.actors(q, conj=False)]  # "parts of …"
        countries = [a for p in places for c in p.children if c.dep_ in ("poss", "amod", "compound") and c.i < p.i
                     for a in ctx.actors(c, conj=False) if ctx.type_of(a) == "Country"]
        investors = [a for a in ctx.subjects(verb) if ctx.is_actor(a)]
        status = ctx.status(verb)
        for s, o in distinct_pairs(investors, countries):
            yield Candidate(s, "investsIn", o, "event:money-into-country", status, sent)


@triggered_by(lambda lex: lex.words("c3_funding_verbs"))
def funded_thing_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``China's Exim Bank financed Kenya's new railway``, ``Japan will subsidise TSMC's second plant``, ``Kenya's
    railway was financed by Exim``: who funds another's unnamed thing invests in its owner."""
    for verb in ctx.find(sent, ctx.lex.words("c3_funding_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            things = [c for c in verb.children if c.dep_ == "nsubjpass"]
            funders = [a for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                       for a in named_actors(p, ctx)]
        else:
            things = [c for c in verb.children if c.dep_ == "dobj"]
            funders = [a for a in ctx.subjects(verb) if ctx.is_actor(a)]
        roles = ctx.lex.value("role_nouns")  # "fund Nokia's rivals" funds no part of Nokia
        owners = [a for t in things if not ctx.actors(t, conj=False) and t.lower_ not in roles
                  for a in modifier_actors(t, ctx) if ctx.type_of(a) in ("Organization", "Country")]
        status = ctx.status(verb)
        for s, o in distinct_pairs(funders, owners):
            yield Candidate(s, "investsIn", o, "event:funded-thing", status, sent)
