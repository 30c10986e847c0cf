"""Constructions found missing by the third fresh held-out set (branch r15suite3); word lists in the
``r15suite3_*`` keys of ``data/lexicon/cooperation.json`` and lists other rules share.

- a sales verb the parser took for a noun modifier: ``Airbus exports aircraft to Peru``, ``A and B both sell
  arms to C`` (``exports`` read as a compound of ``aircraft``): the actors just before it supply the one after
  ``to``;
- a fronted passive participle whose patient is the main clause's subject: ``Founded in Sweden in 2006, X …``
  (basedIn), ``Admitted to NATO in 2023, X …`` (memberOf);
- ``Under chief executive P, X returned to profit``: the title ``under`` names is held in the clause's subject;
- ``P, who spent years as a senior engineer at X``, ``P worked as an adviser at X``: a role ``as`` names at an
  organisation after a verb of a career (``r15suite3_career_verbs``) that is no head's title: worksFor;
- ``A directive from X requires Y to …``, ``An order by X tells Y to …``: who issues it directs whom it binds;
- ``Sberbank, which Putin has instructed to lend more``: the relative clause's subject directs the organisation;
- ``Arm, one of SoftBank's biggest investments``: the possessor of the holding invests in it;
- ``Fitbit was folded into Google``: partOf.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.r10coop import supposed_or_doubted
from kg.nlp.relations.r14wire import title_kind
from kg.nlp.relations.triggers import distinct_pairs

#: words that may stand between a subject and its verb in the misread shape (``A and B both sell``)
_BETWEEN = frozenset({"both", "each", "also", "now", "still", "all", "already", "mainly", "mostly"})
#: what a supplier and its customer may be
_PARTY_TYPES = ("Organization", "Country")
_BODY_TYPES = ("Organization", "Country", "InternationalOrganization")


def _before_subjects(verb: Token, sent: Span, ctx: DocContext) -> list[str]:
    """The actors named right before ``verb`` (over ``both``/``also``), with their conjuncts: ``A and B both
    sell`` -> A, B."""
    i = verb.i - 1
    while i > sent.start and ctx.doc[i].lower_ in _BETWEEN:
        i -= 1
    eid = ctx.entity(ctx.doc[i])
    if eid is None or not ctx.is_actor(eid):
        return []
    first = ctx.mention_root(ctx.doc[i])
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # "A and B both sell": B is A's conjunct
    found = ctx.actors(first) + ctx.actors(ctx.mention_root(ctx.doc[i]))
    return [a for a in dict.fromkeys(found or [eid]) if ctx.type_of(a) in _PARTY_TYPES]


@triggered_by(lambda lex: lex.words("r15suite3_sales_verb_forms"))
def misread_sales_verb_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Airbus exports aircraft to Peru``, ``Elbit and Rafael both export weapons to Azerbaijan`` parsed with the
    verb as a modifier of the goods: the actors before the verb supply the actor after the ``to`` that follows the
    goods. Only where the parser did read it so (a verb form in a ``compound``); negated or supposed sentences
    give nothing."""
    doc = ctx.doc
    for verb in ctx.find(sent, ctx.lex.words("r15suite3_sales_verb_forms")):
        goods = verb.head
        if verb.dep_ != "compound" or ctx.entity(verb) or not 0 < goods.i - verb.i <= 3 or ctx.entity(goods):
            continue
        if any(doc[k].lower_ in ("not", "n't", "never", "no", "if", "unless", "whether", "would", "could", "might",
                                 "may") for k in range(sent.start, verb.i)) or supposed_or_doubted(goods, ctx):
            continue
        sellers = _before_subjects(verb, sent, ctx)
        to = next((t for t in doc[goods.i + 1:min(goods.i + 3, sent.end)] if t.lower_ == "to"), None)
        if not sellers or to is None:
            continue
        buyers = [a for p in to.children if p.dep_ == "pobj" for a in ctx.actors(p) if ctx.type_of(a) in _PARTY_TYPES]
        if not buyers and to.i + 1 < sent.end and ctx.entity(doc[to.i + 1]):
            buyers = [a for a in ctx.actors(ctx.mention_root(doc[to.i + 1])) if ctx.type_of(a) in _PARTY_TYPES]
        planned = any(doc[k].lower_ in ("will", "shall") for k in range(sent.start, verb.i))
        for s, o in distinct_pairs(sellers, buyers):
            yield Candidate(s, "suppliesTo", o, f"r15suite3:misread-{verb.lower_}",
                            "planned" if planned else "asserted", sent)


def _fronted_patients(verb: Token, ctx: DocContext) -> list[str]:
    """The main clause's subject of a sentence-opening passive participle (``Founded in Sweden, Spotify …``)."""
    if verb.tag_ != "VBN" or verb.dep_ != "advcl" or verb.i > verb.sent.start + 1 or verb.head.i < verb.i:
        return []
    return [a for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") for a in ctx.actors(c)]


@triggered_by(lambda lex: lex.words("r14suite2_founding_verbs") | lex.words("r15suite3_admitted_participles"))
def fronted_participle_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Founded in Sweden in 2006, Spotify …``: basedIn; ``Admitted to NATO in 2023, Finland …``: memberOf (the
    main clause's subject is the one founded or admitted)."""
    founding = ctx.lex.words("r14suite2_founding_verbs")
    admitted = ctx.lex.words("r15suite3_admitted_participles")
    for verb in ctx.find(sent, founding | admitted):
        patients = _fronted_patients(verb, ctx)
        if not patients or ctx.negated(verb) or ctx.negated(verb.head):
            continue
        if verb.lower_ in founding and not (verb.lemma_ == "set" and not any(
                c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)):
            states = [a for p in ctx.pobjs(verb, {"in"}) for a in ctx.actors(p, conj=False)
                      if ctx.type_of(a) == "Country"]
            for s in (a for a in patients if ctx.type_of(a) == "Organization"):
                for o in states[:1]:
                    yield Candidate(s, "basedIn", o, f"r15suite3:fronted-{verb.lower_}", "asserted", sent)
        if verb.lower_ in admitted:
            bodies = [a for p in ctx.pobjs(verb, {"to", "into"}) for a in ctx.actors(p, conj=False)
                      if ctx.type_of(a) == "InternationalOrganization"]
            for s in (a for a in patients if ctx.type_of(a) in ("Country", "Organization")):
                for o in bodies:
                    yield Candidate(s, "memberOf", o, f"r15suite3:fronted-{verb.lower_}", "asserted", sent)


def _title_run(person: Token, ctx: DocContext) -> list[str]:
    """The lower-case title words written right before the name ``person`` is part of (``chief executive``)."""
    words = ctx.lex_memo("r14wire:title-run", lambda: ctx.lex.words("r14wire_title_words") |
                         ctx.lex.words("r14wire_title_parts"))
    eid, i = ctx.entity(person), person.i
    while i > 0 and ctx.entity(ctx.doc[i - 1]) == eid:
        i -= 1
    run: list[str] = []
    while i > 0 and ctx.doc[i - 1].lower_ in words | {"and"}:
        i -= 1
        run.insert(0, ctx.doc[i].lower_)
    return run if run and run[0] != "and" else []


@triggered_by(lambda lex: {"under", "Under"})
def under_title_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Under chief executive Forrest Li, Sea returned to profit``: the person ``under`` names with a title holds
    it in the clause's subject (a head's title: leaderOf, another: worksFor)."""
    heads = ctx.lex.words("r14wire_head_titles")
    for prep in ctx.find(sent, {"under", "Under"}):
        verb = prep.head
        # fronted only: "sold tools to Egypt under President X" tells when, not whom X heads
        if prep.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX") or prep.i != sent.start or ctx.negated(verb):
            continue
        for p in (c for c in prep.children if c.dep_ == "pobj"):
            person = ctx.entity(p)
            run = _title_run(p, ctx) if person and ctx.type_of(person) == "Person" else []
            if not run:
                continue
            kind = title_kind(run, heads)
            for o in (a for a in ctx.subjects(verb) if ctx.type_of(a) in _BODY_TYPES):
                yield Candidate(person, kind, o, "r15suite3:under-title", "asserted", sent)


@triggered_by(lambda lex: {"as"})
def as_role_at_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``P, who spent years as a senior engineer at X``, ``P worked as an adviser at X``: the subject of a verb of a
    career held that role at X, and works for it (a head's title is the title rules')."""
    heads = ctx.lex.words("r14wire_head_titles")
    titles = ctx.lex_memo("r15suite3:role-words", lambda: ctx.lex.words("r14wire_title_words") |
                          ctx.lex.words("r15suite3_role_nouns"))
    career = ctx.lex.words("r15suite3_career_verbs")
    for prep in ctx.find(sent, {"as"}):
        verb = prep.head
        if prep.dep_ != "prep" or verb.pos_ != "VERB" or verb.lemma_ not in career or ctx.negated(verb):
            continue  # not "attended the swearing-in of X as president of Y", "stepped down as head of Y"
        for role in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN" and c.lower_ in titles):
            bodies = [a for p in ctx.pobjs(role, {"at", "of", "with"}) for a in ctx.actors(p, conj=False)
                      if ctx.type_of(a) in ("Organization", "InternationalOrganization")]
            run = [t.lower_ for t in role.subtree if t.i <= role.i and t.dep_ != "det"]
            if title_kind(run, heads) != "worksFor":
                continue  # a head's title "as" names is the title rules' (title:as)
            for s in (a for a in ctx.subjects(verb) if ctx.type_of(a) == "Person"):
                for o in bodies[:1]:
                    yield Candidate(s, "worksFor", o, "r15suite3:as-role-at", "asserted", sent)


@triggered_by(lambda lex: lex.words("r14suite2_directive_nouns"))
def binding_directive_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``A directive from the central bank requires Equity Bank to raise capital``, ``An order by X tells Y to
    …``: the directive's issuer directs the one it binds (the verb's object with a ``to`` clause)."""
    binding = ctx.lex.words("r15suite3_binding_verbs")
    for noun in ctx.find(sent, ctx.lex.words("r14suite2_directive_nouns")):
        verb = noun.head
        if noun.pos_ != "NOUN" or noun.dep_ != "nsubj" or verb.lemma_ not in binding or ctx.negated(verb) or \
                not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
            continue
        issuers = [a for p in ctx.pobjs(noun, {"from", "by", "of"}) for a in ctx.actors(p)]
        issuers += [a for c in noun.children if c.dep_ == "poss" for a in ctx.actors(c)]
        bound = [a for c in verb.children if c.dep_ in ("dobj", "nsubj") and c is not noun for a in ctx.actors(c)]
        bound += [a for x in verb.children if x.dep_ in ("xcomp", "ccomp") for c in x.children if c.dep_ == "nsubj"
                  for a in ctx.actors(c)]
        for s, o in distinct_pairs([a for a in issuers if ctx.type_of(a) in ("Person", "Country", "Organization")],
                                   [a for a in bound if ctx.type_of(a) == "Organization"]):
            yield Candidate(s, "directs", o, f"r15suite3:binding-{noun.lemma_}", ctx.status(verb), sent)


R15SUITE3_RULES = (misread_sales_verb_rule, fronted_participle_rule, under_title_rule, as_role_at_rule,
                   binding_directive_rule)


@triggered_by(lambda lex: lex.words("r15suite3_instructing_verbs"))
def instructed_relative_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Sberbank, which Putin has instructed to lend more, …``: the relative clause's subject directs the
    organisation the clause describes (the relative pronoun is the object of an instructing verb with a ``to``
    clause)."""
    for verb in ctx.find(sent, ctx.lex.words("r15suite3_instructing_verbs")):
        acts = [c for c in verb.children if c.dep_ == "xcomp"]
        # the parser may hang the pronoun on the "to" clause ("which Putin has instructed to lend")
        if verb.pos_ != "VERB" or verb.dep_ != "relcl" or ctx.negated(verb) or not acts or not any(
                c.dep_ == "dobj" and c.lower_ in ("which", "that", "who", "whom") and c.i < verb.i
                for h in (verb, *acts) for c in h.children):
            continue
        bound = [a for a in ctx.actors(ctx.mention_root(verb.head), conj=False) if ctx.type_of(a) == "Organization"]
        givers = [a for c in verb.children if c.dep_ == "nsubj" for a in ctx.actors(c)
                  if ctx.type_of(a) in ("Person", "Country", "Organization")]
        for s, o in distinct_pairs(givers, bound):
            yield Candidate(s, "directs", o, f"r15suite3:instructed-relative-{verb.lemma_}", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("r15suite3_holding_nouns"))
def described_holding_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Arm, one of SoftBank's biggest investments, …``, ``Arm is SoftBank's largest holding``: the possessor of
    the holding invests in what it describes."""
    for noun in ctx.find(sent, ctx.lex.words("r15suite3_holding_nouns")):
        if noun.pos_ != "NOUN" or ctx.negated(noun):
            continue
        investors = [a for c in noun.children if c.dep_ == "poss" for a in ctx.actors(c)
                     if ctx.type_of(a) in ("Organization", "Country")]
        host = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
            noun.head.head.lower_ == "one" else noun
        if host.dep_ == "appos" and ctx.entity(host.head):
            held = ctx.actors(ctx.mention_root(host.head), conj=False)
        elif host.dep_ == "attr" and host.head.lemma_ == "be" and not ctx.negated(host.head):
            held = ctx.subjects(host.head)
        else:
            continue
        for s, o in distinct_pairs(investors, [a for a in held if ctx.type_of(a) == "Organization"]):
            yield Candidate(s, "investsIn", o, f"r15suite3:holding-{noun.lemma_}", "asserted", sent)


@triggered_by(lambda lex: lex.words("r15suite3_absorbing_verbs"))
def absorbed_into_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Fitbit was folded into Google``, ``X was absorbed into Y in 2018``: the one absorbed is part of the other."""
    for verb in ctx.find(sent, ctx.lex.words("r15suite3_absorbing_verbs")):
        if verb.pos_ != "VERB" or verb.tag_ != "VBN" or ctx.negated(verb):
            continue
        parts = [a for c in verb.children if c.dep_ == "nsubjpass" for a in ctx.actors(c)]
        wholes = [a for p in ctx.pobjs(verb, {"into"}) for a in ctx.actors(p, conj=False)]
        for s, o in distinct_pairs([a for a in parts if ctx.type_of(a) == "Organization"],
                                   [a for a in wholes if ctx.type_of(a) == "Organization"]):
            yield Candidate(s, "partOf", o, f"r15suite3:absorbed-into-{verb.lemma_}", ctx.status(verb), sent)


R15SUITE3_RULES += (instructed_relative_rule, described_holding_rule, absorbed_into_rule)
