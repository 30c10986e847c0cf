"""Technology focus stated through a group or a rank: ``Chinese AI start-ups — A, B and C``, ``battery makers such
as A and B``, ``A, B and the other chip designers``, ``Glencore, one of the world's biggest cobalt producers``, ``X is among the leading chip designers``.

The group noun must name organisations (``org_nouns`` or ``focus_nouns`` of ``data/lexicon/structure.json``) and
the technology must modify it (``AI start-ups``, ``makers of chips``); the named examples or the actor the rank
describes get ``focusesOn``.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by


def group_word(tok: Token) -> str:
    """The word a group noun is read as: ``start-ups`` comes out of the tokenizer as ``start``, ``-``, ``ups``.

    >>> import spacy
    >>> doc = spacy.blank("en")("AI start-ups grew")
    >>> group_word(doc[3]), group_word(doc[0])
    ('start-ups', 'ai')
    """
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-":
        return f"{doc[tok.i - 2].lower_}-{tok.lower_}"
    return tok.lower_


def _group_nouns(ctx: DocContext) -> frozenset[str]:
    return ctx.lex_memo("focus_group_nouns", lambda: frozenset(
        ctx.lex.words("org_nouns") | ctx.lex.words("focus_nouns")))


def _modifying_technologies(noun: Token, ctx: DocContext) -> list[str]:
    """The technologies that say what a group noun makes: ``AI start-ups``, ``cobalt producers``, ``makers of
    chips`` (not one inside a clause or a name that describes the group)."""
    found = [t for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i
             for t in ctx.technologies(c, shallow=True)]
    found += [t for p in ctx.pobjs(noun, {"of"}) if not ctx.actors(p, conj=False)
              for t in ctx.technologies(p, shallow=True)]
    return list(dict.fromkeys(found))


@triggered_by(types=("Technology",))
def listed_group_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Chinese AI start-ups — Moonshot AI, MiniMax and Baichuan``, ``battery makers such as CATL and BYD``,
    ``chip designers, among them Arm and Nvidia``: every organisation named as an example of a group that a
    technology describes works on it."""
    nouns = _group_nouns(ctx)
    for ent in ctx.index.ents_typed(sent, "Technology", ctx.type_of):
        root = ent.root
        if root.dep_ not in ("compound", "amod", "nmod") or root.head.i <= root.i:
            continue
        noun = root.head
        while noun.dep_ == "compound" and noun.head.i > noun.i:
            noun = noun.head  # "AI chip start-ups": the last noun names the group
        if noun.tag_ not in ("NNS", "NNPS") or (group_word(noun) not in nouns and noun.lemma_ not in nouns) \
                or ctx.entity(noun) or ctx.negated(noun):
            continue
        examples = [a for a in ctx.examples(noun) if ctx.type_of(a) == "Organization"]
        if noun.dep_ == "conj" and any(c.lower_ == "other" for c in noun.children):
            # "Cambricon, Biren and the other AI chip designers": the names before are designers too
            examples += ctx.listed_before(noun, ("Organization",))
        for org in dict.fromkeys(examples):
            for tech in _modifying_technologies(noun, ctx):
                yield Candidate(org, "focusesOn", tech, "focus:listed-group", "asserted", sent)


def _ranked(one: Token, ctx: DocContext) -> list[str]:
    """Who ``one of …``/``among …`` describes: the name it is in apposition to, or the subject of ``is``."""
    if one.dep_ == "appos":
        return [a for a in ctx.actors(ctx.mention_root(one.head), conj=False) if ctx.type_of(a) == "Organization"]
    if one.dep_ == "attr" and one.head.lemma_ == "be" and not ctx.negated(one.head):
        return [a for c in one.head.children if c.dep_ == "nsubj" for a in ctx.actors(c)
                if ctx.type_of(a) == "Organization"]
    return []


@triggered_by(lambda lex: {"one"})
def ranked_maker_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Glencore, one of the world's biggest cobalt producers``, ``Arm is one of the leading chip designers``:
    an organisation counted among the makers of a technology works on it."""
    nouns = ctx.lex.words("focus_nouns")
    for one in ctx.find(sent, {"one"}):
        if one.dep_ not in ("appos", "attr"):
            continue
        for pobj in ctx.pobjs(one, {"of"}):
            if pobj.lower_ not in nouns and pobj.lemma_ not in nouns:
                continue
            techs = _modifying_technologies(pobj, ctx)
            for org in _ranked(one, ctx):
                for tech in techs:
                    yield Candidate(org, "focusesOn", tech, "focus:ranked-maker", "asserted", sent)


OPERATING = {"run", "operate"}


def _operated_technologies(noun: Token, ctx: DocContext) -> list[str]:
    """What an operated works, service or network says it is for: ``data centres`` (a technology itself), ``a
    robotaxi pilot``, ``a rare earth mine`` (the technology words before the noun)."""
    if noun.lower_ not in ctx.lex.words("operated_nouns") and noun.lemma_ not in ctx.lex.words("operated_nouns"):
        return []  # "tanks operated by the army": a user of a product, not its maker
    own = ctx.entity(noun)
    if own and ctx.type_of(own) == "Technology":
        return [own]
    return list(dict.fromkeys(t for w in noun.lefts if w.dep_ in ("compound", "amod", "nmod")
                              for t in ctx.technologies(w, shallow=True)))


@triggered_by(lambda lex: OPERATING)
def operated_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``a data centre run by Telecom Egypt``, ``WeRide runs a robotaxi pilot``, ``a rare earth mine operated by
    Lynas``: who operates a works, a service or a network of a technology works on it."""
    for verb in ctx.find(sent, OPERATING):
        if verb.pos_ != "VERB" or verb.lemma_ not in OPERATING or ctx.negated(verb):
            continue
        if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "a data centre run by X"
            operators = [a for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                         for a in ctx.actors(p)]
            things = [verb.head]
        else:  # "X runs a robotaxi pilot"
            operators = ctx.subjects(verb) if any(c.dep_ == "dobj" for c in verb.children) else []
            things = [c for c in verb.children if c.dep_ == "dobj"]
        techs = [t for thing in things for t in _operated_technologies(thing, ctx)]
        for org in dict.fromkeys(a for a in operators if ctx.type_of(a) == "Organization"):
            for tech in dict.fromkeys(techs):
                yield Candidate(org, "focusesOn", tech, f"focus:operated:{verb.lemma_}", ctx.status(verb), sent)


def _antecedent_actors(noun: Token, ctx: DocContext) -> list[str]:
    """The actors a ``whose`` phrase belongs to: the name the relative clause of ``noun`` describes."""
    tok = noun
    for _ in range(4):
        if tok.dep_ == "relcl":
            return ctx.actors(ctx.mention_root(tok.head), conj=False)
        if tok.head.i == tok.i:
            return []
        tok = tok.head
    return []


@triggered_by(lambda lex: {"whose"})
def whose_product_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Lattice, whose programmable chips are used in cars``, ``Huawei, whose 5G equipment was banned``: a
    technology or product a ``whose`` phrase gives an organisation is its own, as ``its chips`` is."""
    nouns = ctx.lex.words("product_nouns")
    for whose in ctx.find(sent, {"whose"}):
        noun = whose.head
        if whose.dep_ != "poss" or noun.i == whose.i:
            continue
        own = ctx.entity(noun)
        techs = [own] if own and ctx.type_of(own) == "Technology" else []
        if noun.lower_ in nouns or noun.lemma_ in nouns:  # "whose AI chips"
            techs += [t for w in noun.lefts if w.dep_ in ("compound", "amod", "nmod")
                      for t in ctx.technologies(w, shallow=True)]
        if not techs:
            continue
        for org in (a for a in _antecedent_actors(noun, ctx) if ctx.type_of(a) == "Organization"):
            for tech in dict.fromkeys(techs):
                yield Candidate(org, "focusesOn", tech, "focus:whose-product", "asserted", sent)


@triggered_by(lambda lex: lex.words("buying_verbs"))
def bought_from_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Canberra agreed to buy drones from Anduril``, ``the chips it sources from TSMC``: the company a
    technology is bought from makes it (a state that sells arms is a supplier, which other rules read)."""
    for verb in ctx.find(sent, ctx.lex.words("buying_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        sellers = [a for p in ctx.pobjs(verb, {"from"}) for a in ctx.actors(p) if ctx.type_of(a) == "Organization"]
        if not sellers:
            continue
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if verb.dep_ in ("relcl", "acl"):
            objects.append(verb.head)  # "the chips it buys from TSMC"
        techs = [t for o in objects for t in ctx.technologies(o, shallow=True)
                 if not any(ctx.actors(c, conj=False) for c in o.children if c.dep_ == "poss")]
        for seller in dict.fromkeys(sellers):
            for tech in dict.fromkeys(techs):
                yield Candidate(seller, "focusesOn", tech, f"focus:bought-from:{verb.lemma_}", ctx.status(verb), sent)
