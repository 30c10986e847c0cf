"""Halts of business told in shapes :mod:`kg.nlp.relations.halts` does not read; their words are in
``data/lexicon/events.json`` (``r9curbs_*`` keys).

- orders no longer taken from a customer: ``TSMC stopped taking orders from Huawei``, ``the foundry suspended
  orders from the chip designer's units`` (the guidelines' halted deliveries: ``restrictsExportsTo`` from the party
  that halts to the customer);
- a halted flow whose destination the parser hung on a word it read as a verb: ``X stopped shipping rare earth
  concentrate to China`` (``concentrate`` taken for a verb whose ``to China`` is then lost), or sent ``there``:
  ``Nokia will exit Russia and stop serving customers there``;
- a halted flow told as ``such transfers``, ``those shipments``: the flow of its kind the sentence before named,
  with where it came from or went (``Payments sent from Russia are turned away. Among the banks that stopped
  accepting such transfers are A and B``);
- flows cut off: ``Gazprom cut off gas supplies to Bulgaria``, ``Samsung cut off shipments of displays to Huawei``
  (``restrictsExportsTo``, as halted flows);
- a state's curbs on its own firm: ``Japan will place similar limits on Nikon`` -- no export to Nikon, but an
  order to it (``directs``; :func:`kg.nlp.relations.merge.well_typed` drops the export restriction);
- orders told as a noun with the one it binds: ``the Commerce Department's order requiring Nvidia to stop``,
  ``CFIUS issued an order forcing X to sell`` (``directs``), and passive orders whose complement the parser reads
  as a clause of its own: ``ByteDance was required by Congress to divest TikTok`` (``directs``).

Each rule visits only the sentence's verbs of halting, its ``there`` or its participles and verbs of ordering
(through the document index).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.halts import destinations, place
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.slots import SERVICE_NOUNS
from kg.nlp.relations.triggers import distinct_pairs

HALTERS = ("Organization", "Country")


def _halting(sent: Span, ctx: DocContext) -> Iterator[Token]:
    """The sentence's verbs of halting that are stated (not negated, not ``could stop``)."""
    hypothetical = ctx.lex.negation.get("hypothetical", {}).get("aux", [])
    for verb in ctx.find(sent, ctx.lex.words("halting_verbs")):
        if verb.pos_ != "VERB" or verb.lemma_ not in ctx.lex.words("halting_verbs") or ctx.negated(verb):
            continue
        if any(c.dep_ == "aux" and c.lower_ in hypothetical for c in verb.children):
            continue
        yield verb


def _halters(verb: Token, ctx: DocContext) -> list[str]:
    return [a for a in ctx.subjects(verb) if ctx.type_of(a) in HALTERS]


def order_givers(verb: Token, ctx: DocContext) -> list[str]:
    """Whose orders a halting verb stops: ``halted orders from X``, ``stopped taking orders from X``, ``stopped
    accepting new orders from X``."""
    orders, taking = ctx.lex.words("r9curbs_order_nouns"), ctx.lex.words("r9curbs_taking_verbs")
    hosts = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in orders]
    hosts += [verb] if hosts else []  # "suspended new orders from X": "from" may hang on the verb
    takers = [c for c in verb.children if c.dep_ in ("xcomp", "pcomp") and c.tag_ == "VBG" and c.lemma_ in taking]
    for take in takers:
        found = [c for c in take.children if c.dep_ == "dobj" and c.lower_ in orders]
        hosts += found + ([take] if found else [])
    return list(dict.fromkeys(a for h in hosts for p in ctx.pobjs(h, {"from"}) for a in place(p, ctx)))


@triggered_by(lambda lex: lex.words("halting_verbs"))
def halted_orders_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``TSMC stopped taking orders from Huawei``: who stops taking a customer's orders stops supplying it."""
    for verb in _halting(sent, ctx):
        givers = order_givers(verb, ctx)
        if givers:
            for s, o in distinct_pairs(_halters(verb, ctx), givers):
                yield Candidate(s, "restrictsExportsTo", o, "r9curbs:halted-orders", ctx.status(verb), sent)


def stray_destinations(flow: Token, ctx: DocContext) -> list[str]:
    """``shipping rare earth concentrate to China`` parsed with ``concentrate`` as a clause of its own: the ``to``
    phrase of the word right after the flow's object, when that word has no subject."""
    objects = [c for c in flow.children if c.dep_ == "dobj"]
    if not objects:
        return []
    after = objects[-1].right_edge.i + 1
    stray = [c for c in list(flow.children) + list(flow.head.children)
             if c.i == after and c.dep_ in ("advcl", "dobj", "npadvmod", "ccomp", "dep")
             and not any(d.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for d in c.children)]
    return [a for c in stray for p in ctx.pobjs(c, {"to"}) for a in place(p, ctx)]


@triggered_by(lambda lex: lex.words("halting_verbs"))
def stray_destination_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``MP Materials stopped shipping rare earth concentrate to China`` when the parser reads ``concentrate`` as a
    verb: the halted flow still goes to China."""
    flows = ctx.lex.words("flow_verbs")
    for verb in _halting(sent, ctx):
        for flow in verb.children:
            if flow.dep_ in ("xcomp", "pcomp") and flow.tag_ == "VBG" and flow.lemma_ in flows:
                targets = stray_destinations(flow, ctx)
                for s, o in distinct_pairs(_halters(verb, ctx), targets):
                    yield Candidate(s, "restrictsExportsTo", o, "r9curbs:stray-destination", ctx.status(verb), sent)


def there_country(flow: Token, ctx: DocContext) -> list[str]:
    """The country ``there`` stands for after a halted flow: ``stop serving customers there``, ``suspended operations
    there`` -- the one country the sentence names before it (none when it names several)."""
    adverbs = [t for h in [flow] + [c for c in flow.children if c.dep_ == "dobj"] for t in h.children
               if t.lower_ == "there" and t.dep_ == "advmod"]
    if not adverbs:
        return []
    sent = flow.sent
    before = {a for t in sent if t.i < adverbs[0].i and ctx.entity(t) for a in ctx.actors(t, conj=False)
              if ctx.type_of(a) == "Country"}
    return list(before) if len(before) == 1 else []


@triggered_by(lambda lex: {"there"})
def halted_there_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Nokia will exit Russia and stop serving customers there``: a flow halted ``there`` goes to the one country
    the sentence named before."""
    flows, services = ctx.lex.words("flow_verbs"), SERVICE_NOUNS
    for verb in _halting(sent, ctx):
        hosts = [c for c in verb.children if c.dep_ in ("xcomp", "pcomp") and c.tag_ == "VBG" and c.lemma_ in flows]
        hosts += [c for c in verb.children if c.dep_ == "dobj" and (c.lower_ in services or c.lemma_ in services)]
        if not hosts:
            continue
        halters = _halters(verb, ctx)
        for host in hosts:
            targets = there_country(host if host.dep_ != "dobj" else verb, ctx)
            for s, o in distinct_pairs(halters, targets):
                yield Candidate(s, "restrictsExportsTo", o, "r9curbs:halted-there", ctx.status(verb), sent)


def _to_clause(verb: Token) -> bool:
    """Whether ``verb`` has a ``to`` complement (``to divest``), as an xcomp or as the clause the parser made."""
    return any(c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in verb.children)


def order_givers_of(noun: Token, ctx: DocContext) -> list[str]:
    """Who gave an order: ``the Commerce Department's order``, ``an order by/from X``, ``X issued an order``."""
    found = [a for c in noun.children if c.dep_ == "poss" for a in ctx.actors(c)]
    found += [a for p in ctx.pobjs(noun, {"by", "from"}) for a in ctx.actors(p)]
    if noun.dep_ == "dobj" and noun.head.lemma_ in ctx.lex.words("r9curbs_issuing_verbs"):
        found += ctx.subjects(noun.head)
    return [a for a in found if ctx.type_of(a) in ("Organization", "Country", "Person", "InternationalOrganization")]


@triggered_by(lambda lex: lex.words("r9curbs_binding_participles"))
def order_requiring_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The Commerce Department's order requiring Nvidia to stop sales``, ``CFIUS issued an order forcing Kunlun to
    sell``: who gives the order directs the one it binds."""
    orders = ctx.lex.words("r9curbs_order_words")
    for part in ctx.find(sent, ctx.lex.words("r9curbs_binding_participles")):
        noun = part.head
        if part.dep_ != "acl" or part.tag_ != "VBG" or noun.lemma_ not in orders or not _to_clause(part):
            continue
        bound = [a for c in part.children if c.dep_ == "dobj" for a in ctx.actors(c)
                 if ctx.type_of(a) in ("Organization", "Person")]
        status = ctx.status(noun.head if noun.head.pos_ == "VERB" else part)
        for s, o in distinct_pairs(order_givers_of(noun, ctx), bound):
            yield Candidate(s, "directs", o, "r9curbs:order-requiring", status, sent)


@triggered_by(lambda lex: lex.words("r9curbs_ordering_verbs"))
def ordered_by_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``ByteDance was required by Congress to divest TikTok``: the agent of a passive order directs its subject."""
    for verb in ctx.find(sent, ctx.lex.words("r9curbs_ordering_verbs")):
        if verb.tag_ != "VBN" or verb.lemma_ not in ctx.lex.words("r9curbs_ordering_verbs") or ctx.negated(verb) \
                or not _to_clause(verb):
            continue
        agents = [a for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                  for a in ctx.actors(p)]
        bound = [a for c in verb.children if c.dep_ == "nsubjpass" for a in ctx.actors(c)
                 if ctx.type_of(a) in ("Organization", "Person")]
        for s, o in distinct_pairs(agents, bound):
            yield Candidate(s, "directs", o, "r9curbs:ordered-by", ctx.status(verb), sent)


def _kind(tok: Token, ctx: DocContext) -> str | None:
    """The kind of flow a noun names (``payments`` and ``transfers`` are one kind), from the lexicon's kinds."""
    kinds = (("r9curbs_payment_kind", ctx.lex.words("r9curbs_payment_kind")),
             ("r9curbs_shipment_kind", ctx.lex.words("r9curbs_shipment_kind")))
    for kind, words in kinds:
        if tok.lemma_ in words or tok.lower_ in words:
            return kind
    return None


def _ends(noun: Token, kind: str, ctx: DocContext) -> list[str]:
    """Where a flow came from (payments) or went (shipments): anywhere in its phrase (``payments in yuan sent from
    Russia``, ``shipments of drones to Iran``)."""
    preps = {"from"} if kind == "r9curbs_payment_kind" else {"to"}
    inside = [t for t in noun.subtree if t.dep_ == "prep" and t.lower_ in preps and t.head.dep_ != "relcl"]
    return [a for t in inside for p in t.children if p.dep_ == "pobj" for a in place(p, ctx)]


def earlier_flow_ends(noun: Token, ctx: DocContext) -> list[str]:
    """``such transfers``: the ends of the flow of the same kind the sentence before names."""
    kind = _kind(noun, ctx)
    sent = noun.sent
    if kind is None or sent.start == 0:
        return []
    before = ctx.doc[sent.start - 1].sent
    if len(before) < 3 and before.start > 0:  # a line break the parser made a sentence of its own
        before = ctx.doc[before.start - 1].sent
    return list(dict.fromkeys(a for t in before if t.pos_ == "NOUN" and _kind(t, ctx) == kind
                              for a in _ends(t, kind, ctx)))


@triggered_by(lambda lex: {"such", "those", "these"})
def such_flows_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``… Among the banks that have stopped accepting such transfers are A and B``: the transfers are those the
    sentence before said came from Russia."""
    flows = ctx.lex.words("flow_verbs")
    for verb in _halting(sent, ctx):
        hosts = [verb] + [c for c in verb.children if c.dep_ in ("xcomp", "pcomp") and c.lemma_ in flows]
        nouns = [o for h in hosts for o in h.children if o.dep_ == "dobj"
                 and any(d.lower_ in ("such", "those", "these") and d.dep_ in ("amod", "det", "predet")
                         for d in o.children)]
        targets = [a for n in nouns for a in earlier_flow_ends(n, ctx)]
        for s, o in distinct_pairs(_halters(verb, ctx), targets):
            yield Candidate(s, "restrictsExportsTo", o, "r9curbs:such-flows", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("r9curbs_measure_nouns"))
def own_firm_measure_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Japan will place similar limits on Nikon``, ``the Netherlands imposed curbs on ASML``: a state that puts
    curbs on a firm of its own directs it."""
    for noun in ctx.find(sent, ctx.lex.words("r9curbs_measure_nouns")):
        verb = noun.head
        if noun.dep_ != "dobj" or verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        states = [a for a in ctx.subjects(verb) if ctx.type_of(a) == "Country"]
        firms = [a for h in (noun, verb) for p in ctx.pobjs(h, {"on"}) for a in ctx.actors(p)
                 if ctx.type_of(a) == "Organization"]
        for s in states:
            for o in firms:
                if getattr(ctx.entities.get(o), "country", None) == s:
                    yield Candidate(s, "directs", o, "r9curbs:own-firm-measure", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("r9curbs_cutting_verbs"))
def cut_off_flow_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Gazprom cut off gas supplies to Bulgaria``: a flow of goods or services cut off is halted."""
    for verb in ctx.find(sent, ctx.lex.words("r9curbs_cutting_verbs")):
        if verb.pos_ != "VERB" or not any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children) or \
                ctx.negated(verb):
            continue
        flows = [c for c in verb.children if c.dep_ == "dobj" and
                 (c.lower_ in SERVICE_NOUNS or c.lemma_ in SERVICE_NOUNS)]
        targets = list(dict.fromkeys(a for f in flows for a in destinations(f, verb, ctx)))
        for s, o in distinct_pairs(_halters(verb, ctx), targets):
            yield Candidate(s, "restrictsExportsTo", o, "r9curbs:cut-off-flow", ctx.status(verb), sent)
