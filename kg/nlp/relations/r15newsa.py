"""Constructions found missing on a fresh set of news-style articles (benchmarks/news2): subjects named through a
descriptor or a pair description (``Malaysia's state oil firm Petronas and Japan's Inpex agreed …``, ``the two
countries are drawing closer``), shareholders (``the trader in which Temasek is the biggest shareholder``), loans
received (``Serbia received a Chinese loan``), a place of founding (``Mistral AI, which was founded in Paris``),
joint signatories (``Kenya and Uganda signed an accord with Tanzania``) and deals named with who struck them
(``the deals that Siemens struck with Egypt``). Word lists: ``r15newsa_*`` in
``data/lexicon/*.json``."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.coop import party_ids
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.r10coop import supposed_or_doubted
from kg.nlp.relations.r13coop import people_of
from kg.nlp.relations.triggers import distinct_pairs

#: determiners and numbers that make a plural description a pair (``the two countries``, ``both firms``)
PAIR_WORDS = {"two", "both"}


def named_subject(tok: Token, ctx: DocContext) -> bool:
    """Whether the subject ``tok`` names its parties: a name, a descriptor with its name in apposition (``state oil
    firm Petronas``) or a pair description the references resolved to two actors (``the two countries``).

    ``the partners`` or ``Chinese companies`` name no one by name, so are not named subjects."""
    if ctx.entity(tok):
        return True
    if any(c.dep_ == "appos" and ctx.entity(c) for c in tok.children):
        return True
    return any(c.dep_ in ("det", "nummod", "predet") and c.lower_ in PAIR_WORDS for c in tok.children) \
        and len(ctx.actors(tok)) == 2


def subject_actors(tok: Token, ctx: DocContext) -> list[str]:
    """The actors a named subject ``tok`` stands for (see :func:`named_subject`): its own name alone, or what the
    descriptor or pair description resolves to."""
    if ctx.entity(tok):
        return ctx.actors(ctx.mention_root(tok), conj=False)
    return ctx.actors(tok)




def nearest_conjunct(modifier: Token) -> Token:
    """The noun a modifier after a coordination describes: the last conjunct before it when the parser hung it on
    the first (``NYK and Adani Ports, chaired by Gautam Adani``: Adani Ports), else the modifier's own head."""
    head = modifier.head
    before = [c for c in head.conjuncts if head.i < c.i < modifier.i]
    return max(before, key=lambda c: c.i) if before else head


def lender_modifiers(money: list[Token], ctx: DocContext) -> list[str]:
    """The actors named as modifiers of funding nouns (``a Chinese state loan``, ``a World Bank grant``,
    ``Beijing's loans``): the ones the funding comes from."""
    return [a for m in money for c in m.children if c.dep_ in ("amod", "compound", "poss", "nmod") and ctx.entity(c)
            for a in ctx.actors(ctx.mention_root(c), conj=False)]


def _holders_and_held(noun: Token, ctx: DocContext) -> tuple[list[str], list[str], Token]:
    """Who holds shares and in whom, for a shareholder noun: ``X is the largest shareholder in Y``, ``Y, in which X
    is the biggest shareholder``, ``X, a shareholder of Y``; with the word whose status and negation count."""
    held = [a for p in ctx.pobjs(noun, {"in", "of"}) for a in ctx.actors(p)]
    if noun.dep_ == "appos":
        return ctx.actors(noun.head, conj=False), held, noun
    if noun.dep_ != "attr":
        return [], held, noun
    verb = noun.head
    holders = [a for c in verb.children if c.dep_ == "nsubj" for a in ctx.actors(c)]
    if not held:  # "Y, in which X is the largest shareholder": the relative pronoun stands for Y
        held = [a for p in ctx.pobjs(verb, {"in", "of"}) if p.lower_ == "which" for a in ctx.actors(p)]
    return holders, held, verb


@triggered_by(lambda lex: lex.words("r15newsa_shareholder_nouns"))
def shareholder_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Temasek is the biggest shareholder in Olam``, ``Olam, in which Temasek is the largest shareholder``,
    ``Temasek, a major shareholder of Olam,``: a shareholder invests in the firm it holds shares in."""
    for noun in ctx.find(sent, ctx.lex.words("r15newsa_shareholder_nouns")):
        if noun.pos_ != "NOUN":
            continue
        holders, held, anchor = _holders_and_held(noun, ctx)
        if ctx.negated(anchor) or ctx.negated(noun) or supposed_or_doubted(anchor, ctx):
            continue
        holders = [a for a in holders if ctx.type_of(a) in ("Organization", "Country", "Person")]
        held = [a for a in held if ctx.type_of(a) == "Organization"]
        for s, o in distinct_pairs(party_ids(holders, ctx), party_ids(held, ctx)):
            yield Candidate(s, "investsIn", o, "r15newsa:shareholder", ctx.status(anchor), sent)


@triggered_by(lambda lex: lex.words("r15newsa_signing_verbs"))
def cosignatories_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Kenya and Uganda signed an accord with Tanzania``, ``A, B and C entered into an agreement with D``: named
    parties that sign one agreement together with a third party are signatories of it too, so each pair of them has
    the agreement (the ``with`` party's own pairs are the other rules'); not ``each signed`` or ``separately``."""
    agreements = ctx.lex.words("r15newsa_agreement_nouns")
    for verb in ctx.find(sent, ctx.lex.words("r15newsa_signing_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb) or supposed_or_doubted(verb, ctx):
            continue
        if any(c.lower_ in ("each", "separately", "respectively", "individually") for c in verb.subtree
               if c.i < verb.i or c.head == verb):
            continue
        # "signed an accord", "entered into an agreement"
        objects = [c for c in verb.children if c.dep_ == "dobj" and (c.lemma_ in agreements or c.lower_ in agreements)]
        objects += [o for o in ctx.pobjs(verb, {"into"}) if o.lemma_ in agreements or o.lower_ in agreements]
        objects = [o for o in objects if o.tag_ != "NNS"]  # "signed agreements with India": one each, not one together
        # "a memorandum of understanding with X": the partner may hang on the object's own "of" noun
        objects += [p for o in objects for p in ctx.pobjs(o, {"of"})]
        if not objects or not any(ctx.actors(p) for h in (verb, *objects) for p in ctx.pobjs(h, {"with"})):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        # "A, B and C entered into …": the parser may hang the list on the first name as an apposition
        named = [subject, *subject.conjuncts, *ctx.listed_items(subject)] if subject is not None else []
        # "the leaders of A, B and C signed …": the people stand for their states (r13coop.people_of)
        people = people_of(subject, ctx) if subject is not None and len(named) == 1 else []
        if len(people) >= 2:
            parties = people
        elif len(named) < 2 or any(not named_subject(t, ctx) for t in named):
            continue
        else:
            parties = party_ids([a for t in named for a in subject_actors(t, ctx)], ctx)
        for s, o in combinations(parties, 2):
            yield Candidate(s, "agreementWith", o, "r15newsa:cosignatories", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("r15newsa_agreement_nouns"))
def deal_struck_with_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``the supply deals that Siemens struck with Egypt``, ``the accord Kenya signed with Uganda last year``: an
    agreement noun whose relative clause says who made it with whom."""
    agreements, signing = ctx.lex.words("r15newsa_agreement_nouns"), ctx.lex.words("r15newsa_striking_verbs")
    for noun in ctx.find(sent, agreements):
        if noun.pos_ != "NOUN" or (noun.lemma_ not in agreements and noun.lower_ not in agreements):
            continue
        for verb in (c for c in noun.children if c.dep_ == "relcl" and c.lemma_ in signing):
            if ctx.negated(verb) or supposed_or_doubted(verb, ctx):
                continue
            for s, o in clause_partners(verb, ctx):
                yield Candidate(s, "agreementWith", o, "r15newsa:deal-struck-with", ctx.status(verb), sent)


def clause_partners(verb: Token, ctx: DocContext) -> list[tuple[str, str]]:
    """The pairs of a relative clause that says who made a thing with whom (``the accord Kenya signed with
    Uganda``): its named subject (not the relative pronoun) with each party of its ``with``."""
    makers = [a for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in ("that", "which", "who")
              for a in ctx.actors(c)]
    partners = [a for p in ctx.pobjs(verb, {"with"}) for a in ctx.actors(p)]
    return list(distinct_pairs(party_ids(makers, ctx), party_ids(partners, ctx)))


R15NEWSA_RULES = (shareholder_rule, cosignatories_rule, deal_struck_with_rule)
