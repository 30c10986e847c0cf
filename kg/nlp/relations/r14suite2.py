"""Constructions the fresh held-out suite (branch r14suite2, ``benchmarks/suite/fresh.jsonl``) showed missing:
a person asking or telling a company to act (``directs``), ``at the helm of`` and ``under the leadership of``
(``leaderOf``), ``X's brands include A, B and C`` (``partOf``). Word lists ``r14suite2_*`` in
``data/lexicon/cooperation.json``."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by


def speaker(sent: Span, ctx: DocContext) -> list[str]:
    """The person who says the sentence (``"…," said President X``): the subject of its verb of saying."""
    says = ctx.lex.words("r14suite2_saying_verbs")
    return [a for v in sent if v.pos_ == "VERB" and v.lemma_ in says for c in v.children
            if c.dep_ == "nsubj" for a in ctx.actors(c, conj=False) if ctx.type_of(a) == "Person"]


def _askers(verb: Token, sent: Span, ctx: DocContext) -> list[str]:
    """The persons who ask: the verb's subject, or the speaker for a quoted ``I``."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if any(c.lower_ == "i" for c in subjects):
        return speaker(sent, ctx)
    return [a for a in ctx.subjects(verb) if ctx.type_of(a) == "Person"]


@triggered_by(lambda lex: lex.words("r14suite2_request_verbs"))
def asked_to_act_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Fumio Kishida asked Toyota and Honda to raise wages``, ``"I have told Pemex to stop importing fuel," said
    President X``: a person who asks or tells an organisation to do something directs it (a state or another
    person asked is diplomacy or a favour, not a directive)."""
    for verb in ctx.find(sent, ctx.lex.words("r14suite2_request_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        acts = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        if not acts:
            continue
        asked = [a for c in verb.children if c.dep_ in ("dobj", "dative") for a in ctx.actors(c)
                 if ctx.type_of(a) == "Organization"]
        for s in _askers(verb, sent, ctx):
            for o in asked:
                yield Candidate(s, "directs", o, f"r14suite2:{verb.lemma_}-to-act", ctx.status(verb), sent)


@triggered_by(lambda lex: {"helm", "leadership"})
def helm_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``P has been at the helm of X``, ``P took the helm at X`` (P leaderOf X); ``Under the leadership of P, X
    grew`` and ``under P's leadership`` (P leaderOf X, the clause's subject)."""
    for noun in ctx.find(sent, {"helm", "leadership"}):
        if noun.pos_ != "NOUN" or noun.dep_ not in ("pobj", "dobj"):
            continue
        if noun.lower_ == "helm":
            verb = noun.head.head if noun.dep_ == "pobj" else noun.head
            if noun.dep_ == "pobj" and noun.head.lower_ != "at" or ctx.negated(verb):
                continue
            people = [a for a in ctx.subjects(verb) if ctx.type_of(a) == "Person"]
            bodies = [a for h in (noun, verb) for p in ctx.pobjs(h, {"of", "at"}) for a in ctx.actors(p)
                      if ctx.type_of(a) in ("Organization", "Country", "InternationalOrganization")]
        else:
            prep = noun.head
            if noun.dep_ != "pobj" or prep.lower_ != "under" or prep.head.pos_ not in ("VERB", "AUX"):
                continue
            verb = prep.head
            people = [a for p in ctx.pobjs(noun, {"of"}) for a in ctx.actors(p) if ctx.type_of(a) == "Person"]
            people += [a for c in noun.children if c.dep_ == "poss" for a in ctx.actors(c)
                       if ctx.type_of(a) == "Person"]
            bodies = [a for a in ctx.subjects(verb)
                      if ctx.type_of(a) in ("Organization", "Country", "InternationalOrganization")]
        for s in people:
            for o in bodies:
                yield Candidate(s, "leaderOf", o, f"r14suite2:{noun.lower_}", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("r14suite2_unit_nouns"))
def units_include_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Volkswagen's brands include Skoda, Porsche and Audi``, ``the subsidiaries of X include A and B``: each
    organisation the units include is part of their owner."""
    for noun in ctx.find(sent, ctx.lex.words("r14suite2_unit_nouns")):
        verb = noun.head
        including = ctx.lex.words("r14suite2_including_verbs")
        if noun.pos_ != "NOUN" or noun.dep_ != "nsubj" or verb.lemma_ not in including or ctx.negated(verb):
            continue
        owners = [a for c in noun.children if c.dep_ == "poss" for a in ctx.actors(c, conj=False)]
        owners += [a for p in ctx.pobjs(noun, {"of"}) for a in ctx.actors(p, conj=False)]
        owners = [a for a in owners if ctx.type_of(a) == "Organization"]
        parts = [a for c in verb.children if c.dep_ == "dobj" for a in ctx.actors(c)
                 if ctx.type_of(a) == "Organization"]
        for s in parts:
            for o in owners:
                if s != o:
                    yield Candidate(s, "partOf", o, f"r14suite2:{noun.lemma_}-include", ctx.status(verb), sent)


R14SUITE2_RULES = (asked_to_act_rule, helm_rule, units_include_rule)


@triggered_by(lambda lex: lex.words("r14suite2_halt_nouns"))
def halt_to_exports_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Germany's halt to arms exports to Saudi Arabia``, ``a freeze on shipments from Japan to Russia``: who holds
    the halt (its possessor, else the flow's origin) restricts exports to the flow's destination."""
    flows_words = ctx.lex.words("c3_flow_nouns")
    for halt in ctx.find(sent, ctx.lex.words("r14suite2_halt_nouns")):
        if halt.pos_ != "NOUN" or ctx.negated(halt):
            continue
        flows = [p for p in ctx.pobjs(halt, {"to", "on", "of"}) if p.lower_ in flows_words]
        if not flows:
            continue
        holders = [a for c in halt.children if c.dep_ == "poss" for a in ctx.actors(c)]
        if halt.dep_ == "dobj" and halt.head.lemma_ in ctx.lex.words("curbs3_imposing_verbs"):
            holders += ctx.subjects(halt.head)  # "Japan imposed a freeze on shipments to Russia"
        holders += [a for f in flows for p in ctx.pobjs(f, {"from", "by"}) for a in ctx.actors(p)]
        targets = [a for f in flows for p in ctx.pobjs(f, {"to"}) for a in ctx.actors(p)]
        for s in dict.fromkeys(a for a in holders if ctx.type_of(a) in ("Country", "Organization", "Bloc",
                                                                         "InternationalOrganization")):
            for o in dict.fromkeys(a for a in targets if ctx.type_of(a) in ("Country", "Organization")):
                if s != o:
                    yield Candidate(s, "restrictsExportsTo", o, "r14suite2:halt-to-exports", ctx.status(halt), sent)


#: plural titles before a list of ``name of body`` (``Prime ministers A of B and C of D``)
PLURAL_TITLES = {"ministers": "worksFor", "presidents": "leaderOf", "leaders": "leaderOf", "executives": "leaderOf",
                 "chairmen": "leaderOf", "heads": "leaderOf", "premiers": "leaderOf", "bosses": "leaderOf"}


def _title_predicate(title: Token) -> str:
    """``leaderOf`` for a head's title (``prime ministers``, ``presidents``), else ``worksFor`` (``foreign
    ministers``)."""
    if title.lower_ == "ministers" and any(c.lower_ in ("prime", "chief") for c in title.children):
        return "leaderOf"
    return PLURAL_TITLES[title.lower_]


@triggered_by(lambda lex: set(PLURAL_TITLES))
def plural_title_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Prime ministers Keir Starmer of Britain and Fumio Kishida of Japan met`` (each leads the body named after
    him), ``Foreign ministers A of B and C of D`` (each works for it)."""
    for title in ctx.find(sent, set(PLURAL_TITLES)):
        head = title.head
        if title.dep_ != "compound" or title.i + 1 >= sent.end or ctx.type_of(ctx.entity(head) or "") != "Person":
            continue
        predicate = _title_predicate(title)
        for person_tok in [head] + [c for c in head.conjuncts if c.i > head.i]:
            person = ctx.entity(person_tok)
            if person is None or ctx.type_of(person) != "Person":
                continue
            for o in (a for p in ctx.pobjs(person_tok, {"of"}) for a in ctx.actors(p, conj=False)):
                if ctx.type_of(o) in ("Country", "Organization", "InternationalOrganization"):
                    yield Candidate(person, predicate, o, f"r14suite2:plural-title-{title.lower_}", "asserted",
                                    sent)


@triggered_by(lambda lex: lex.words("r14suite2_appointing_verbs"))
def fronted_appointment_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Appointed chief executive of Rolls-Royce in 2023, X has cut jobs``, ``Named chairman of Y, Z …``: the
    main clause's subject holds the title the fronted participle gives (a head's title: leaderOf)."""
    titles = ctx.lex.value("leader_titles")
    for verb in ctx.find(sent, ctx.lex.words("r14suite2_appointing_verbs")):
        if verb.i != sent.start or verb.tag_ != "VBN":
            continue
        title = next((t for t in ctx.doc[verb.i + 1:min(verb.i + 4, sent.end)] if t.pos_ == "NOUN"), None)
        if title is None or not ({title.lower_} | {c.lower_ for c in title.children} | {ctx.doc[title.i - 1].lower_}) \
                & titles:
            continue
        bodies = [a for p in ctx.pobjs(title, {"of", "at"}) for a in ctx.actors(p, conj=False)
                  if ctx.type_of(a) in ("Organization", "Country", "InternationalOrganization")]
        root = sent.root
        people = [a for c in root.children if c.dep_ == "nsubj" and c.i > title.i for a in ctx.actors(c, conj=False)
                  if ctx.type_of(a) == "Person"]
        for s in people:
            for o in bodies:
                yield Candidate(s, "leaderOf", o, f"r14suite2:fronted-{verb.lemma_}", "asserted", sent)


def _joint_venture(noun: Token) -> bool:
    """Whether ``noun`` names a joint venture (``a joint venture``, ``a 50-50 venture``)."""
    return noun.lemma_ == "venture" and any(c.lower_ in ("joint", "50-50", "jv") or c.like_num for c in noun.children)


@triggered_by(lambda lex: {"venture", "ventures"})
def venture_together_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``A and B pooled their assets into a joint venture`` (what goes into one venture: its parents), ``A, B and
    C jointly own a venture`` (owners together): a joint venture of the verb's subjects."""
    for noun in ctx.find(sent, {"venture", "ventures"}):
        if noun.pos_ != "NOUN":
            continue
        if noun.dep_ == "pobj" and noun.head.lower_ == "into" and _joint_venture(noun):
            verb = noun.head.head
        elif noun.dep_ == "dobj" and noun.head.lemma_ in ctx.lex.words("r14suite2_holding_verbs") and \
                any(c.lower_ in ("jointly", "together") for c in noun.head.children):
            verb = noun.head
        else:
            continue
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        parents = [a for a in dict.fromkeys(ctx.subjects(verb)) if ctx.type_of(a) == "Organization"]
        for s, o in combinations(parents, 2):
            yield Candidate(s, "jointVentureWith", o, f"r14suite2:venture-{verb.lemma_}", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("r14suite2_directive_nouns"))
def on_instruction_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Following an instruction from Xi Jinping, Sinopec cut prices``, ``On the orders of the Kremlin, Rosneft
    …``, ``at Putin's behest``: who gives the instruction directs who acts on it (the clause's subject)."""
    for noun in ctx.find(sent, ctx.lex.words("r14suite2_directive_nouns")):
        prep = noun.head
        if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or prep.lower_ not in ctx.lex.words("r14suite2_acting_on"):
            continue
        verb = prep.head
        if verb.pos_ not in ("VERB", "AUX") or ctx.negated(verb):
            continue
        issuers = [a for p in ctx.pobjs(noun, {"from", "of", "by"}) for a in ctx.actors(p)]
        issuers += [a for c in noun.children if c.dep_ == "poss" for a in ctx.actors(c)]
        doers = [a for a in ctx.subjects(verb) if ctx.type_of(a) == "Organization"]
        for s in dict.fromkeys(a for a in issuers if ctx.type_of(a) in ("Person", "Country", "Organization")):
            for o in dict.fromkeys(doers):
                if s != o:
                    yield Candidate(s, "directs", o, f"r14suite2:on-{noun.lemma_}", ctx.status(verb), sent)


@triggered_by(lambda lex: {"portfolio"})
def portfolio_company_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Mistral AI, a portfolio company of Bpifrance``, ``X is a portfolio company of Y``: Y invests in X."""
    for word in ctx.find(sent, {"portfolio"}):
        noun = word.head
        if word.dep_ != "compound" or noun.pos_ != "NOUN" or ctx.negated(noun):
            continue
        investors = [a for p in ctx.pobjs(noun, {"of"}) for a in ctx.actors(p)]
        investors += [a for c in noun.children if c.dep_ == "poss" for a in ctx.actors(c)]
        if noun.dep_ == "appos":
            held = ctx.actors(ctx.mention_root(noun.head), conj=False)
        elif noun.dep_ == "attr" and noun.head.pos_ in ("AUX", "VERB"):
            held = ctx.subjects(noun.head)
        else:
            continue
        for s in dict.fromkeys(investors):
            for o in dict.fromkeys(a for a in held if ctx.type_of(a) == "Organization"):
                if s != o:
                    yield Candidate(s, "investsIn", o, "r14suite2:portfolio-company", ctx.status(noun), sent)


@triggered_by(lambda lex: lex.words("r14suite2_founding_verbs"))
def founded_in_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Kaspersky was founded in Russia``, ``Revolut was set up in Britain in 2015``: an organisation founded in a
    country is based there."""
    for verb in ctx.find(sent, ctx.lex.words("r14suite2_founding_verbs")):
        if verb.pos_ != "VERB" or verb.tag_ != "VBN" or ctx.negated(verb) or \
                verb.lemma_ == "set" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
            continue
        orgs = [a for c in verb.children if c.dep_ == "nsubjpass" for a in ctx.actors(c)
                if ctx.type_of(a) == "Organization"]
        if verb.dep_ == "acl" and ctx.entity(verb.head):  # "Revolut, set up in Britain in 2015, …"
            orgs += [a for a in ctx.actors(ctx.mention_root(verb.head), conj=False) if ctx.type_of(a) == "Organization"]
        states = [a for p in ctx.pobjs(verb, {"in"}) for a in ctx.actors(p, conj=False) if ctx.type_of(a) == "Country"]
        for s in dict.fromkeys(orgs):
            for o in states[:1]:
                yield Candidate(s, "basedIn", o, f"r14suite2:founded-in-{verb.lemma_}", "asserted", sent)


R14SUITE2_RULES += (founded_in_rule, halt_to_exports_rule, plural_title_rule, fronted_appointment_rule,
                    venture_together_rule, on_instruction_rule, portfolio_company_rule)
