"""Agreements beside coop4.py: deals that heads of state or government sign or agree for their countries
(``Erdogan agreed the purchase with Russian President Vladimir Putin``: Turkey and Russia), and titled people for
their organisations. Word lists:
``data/lexicon/cooperation.json`` and ``structure.json``."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.coop import party_ids
from kg.nlp.relations.coop2 import deal_nouns, noun_predicates
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.mentions import titled_body
from kg.nlp.relations.slots import owner
from kg.nlp.relations.triggers import distinct_pairs


def _country_led(tok: Token, ctx: DocContext) -> str | None:
    """The country a head of state or government named at ``tok`` leads: by a title with the country before it
    (``Russian President Vladimir Putin``, ``Japan's prime minister Fumio Kishida``) or by the gazetteer."""
    person = ctx.entity(tok)
    if person is None or ctx.type_of(person) != "Person":
        return None
    doc, sent = ctx.doc, ctx.index.sent_of(tok.i)  # (Token.sent scans the document)
    i = tok.i
    while i > sent.start and ctx.entity(doc[i - 1]) == person:
        i -= 1
    titles = ctx.lex.words("coop5_state_leader_titles")
    j, titled = i - 1, False
    while j >= sent.start and doc[j].lower_ in titles and i - j <= 3:
        titled, j = True, j - 1
    if j >= sent.start and doc[j].text in ("'s", "’s"):
        j -= 1
    country = ctx.entity(doc[j]) if titled and j >= sent.start else None
    if country and ctx.type_of(country) == "Country":
        return country
    led = ctx.leaders.get(person)
    return led if led in ctx.entities and ctx.type_of(led) == "Country" else None


def _sides(toks: list[Token], ctx: DocContext) -> tuple[list[str], bool]:
    """The parties the named ``toks`` stand for (a head of state for the country, ``Sberbank chief executive X``
    for Sberbank) and whether one was a person."""
    out: list[str] = []
    person = False
    for tok in toks:
        root = ctx.mention_root(tok)
        led = _country_led(root, ctx) or (titled_body(root, ctx) if ctx.type_of(ctx.entity(root) or "") == "Person"
                                          else None)
        if led:
            out.append(led)
            person = True
        elif ctx.entity(root) and ctx.type_of(ctx.entity(root) or "") != "Person":
            out += ctx.actors(root, conj=False)
    return party_ids(out, ctx), person


@triggered_by(lambda lex: lex.words("signing_verbs") | lex.words("agreeing_verbs"))
def leaders_deal_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Erdogan agreed the purchase with Russian President Vladimir Putin``, ``Chinese President Xi Jinping and
    Russian President Vladimir Putin signed a treaty``: a deal heads of state sign or agree is their countries'."""
    table = deal_nouns(ctx.lex)
    agreeing = ctx.lex.words("agreeing_verbs")
    if not ctx.index.ents_typed(sent, "Person", ctx.type_of):
        return
    for verb in ctx.find(sent, ctx.lex.words("signing_verbs") | agreeing):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        deals = [o for o in objects if "agreementWith" in noun_predicates(o, table)]
        if not (deals or verb.lemma_ in agreeing and objects and not any(ctx.entity(o) for o in objects)):
            continue  # "signed a deal", "agreed the purchase"; not "agreed with X that …"
        signers = [t for c in verb.children if c.dep_ == "nsubj" for t in (c, *c.conjuncts)]
        others = [t for h in (verb, *objects) for p in ctx.pobjs(h, {"with"}) for t in (p, *p.conjuncts)]
        left, by_person = _sides(signers, ctx)
        right, with_person = _sides(others, ctx)
        if not (by_person or with_person):
            continue  # named parties alone: the trigger rules' case
        pairs = list(distinct_pairs(left, right)) if others else list(combinations(left, 2))
        for s, o in pairs:
            yield Candidate(s, "agreementWith", o, "agreement:leaders", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("coop5_gap_nouns"))
def closing_gap_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Samsung is closing the gap with TSMC``, ``Nokia extended its lead over Ericsson``: who closes the gap to
    another, or widens a lead over it, competes with it (not ``narrow the trade gap with China``)."""
    stop = ctx.lex.words("coop5_gap_stop_words")
    for noun in ctx.find(sent, ctx.lex.words("coop5_gap_nouns")):
        verb = noun.head
        # "cemented its lead over rivals A and B" (r17pub6): verbs that keep a lead, with "lead" only
        closing = verb.lemma_ in ctx.lex.words("coop5_closing_verbs") or \
            noun.lemma_ == "lead" and verb.lemma_ in ctx.lex.words("r17pub6_lead_verbs")
        if noun.dep_ != "dobj" or verb.pos_ != "VERB" or not closing or \
                any(c.lower_ in stop for c in noun.lefts) or ctx.negated(verb):
            continue
        rivals = [a for h in (noun, verb) for p in ctx.pobjs(h, {"with", "to", "on", "over"})
                  for a in ctx.actors(p) or owner(p, ctx) or _named_rivals(p, ctx)]
        for s, o in distinct_pairs(party_ids(ctx.subjects(verb), ctx), party_ids(rivals, ctx)):
            yield Candidate(s, "competesWith", o, f"rival:{verb.lemma_}-{noun.lemma_}", ctx.status(verb), sent)


def _named_rivals(p: Token, ctx: DocContext) -> list[str]:
    """The names after a ``rivals`` the parser read as a verb or a head noun (``its lead over rivals A and B``:
    ``A`` its object, apposition or compound) (r17pub6)."""
    if p.lower_ not in ctx.lex.words("rival_words"):
        return []
    return [a for c in p.children if c.dep_ in ("dobj", "appos", "compound") for a in ctx.actors(c)]


@triggered_by(lambda lex: {"take", "takes", "took", "taking", "taken"})
def taking_on_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Ericsson is taking on Nokia in Europe``: who takes on a named rival competes with it (not ``took on X as
    a client``, nor a person)."""
    for verb in ctx.find(sent, {"take", "takes", "took", "taking", "taken"}):
        if verb.pos_ != "VERB" or not any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children) or \
                any(ctx.pobjs(verb, {"as"})) or ctx.negated(verb):
            continue
        rivals = [a for c in verb.children if c.dep_ == "dobj" and ctx.entity(c) for a in ctx.actors(c)]
        for s, o in distinct_pairs(party_ids(ctx.subjects(verb), ctx), party_ids(rivals, ctx)):
            yield Candidate(s, "competesWith", o, "rival:take-on", ctx.status(verb), sent)


@triggered_by(lambda lex: {"venture", "ventures"})
def venture_stake_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Nokia holds a 50% stake in a joint venture with Ericsson``, ``Nokia and Ericsson each hold half of the
    venture``: the holders of a venture's shares hold it together."""
    holding = ctx.lex.words("holding_verbs")
    for tok in ctx.find(sent, {"venture", "ventures"}):
        share = tok.head.head
        if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "of") or share.dep_ != "dobj":
            continue
        verb = share.head
        if verb.lemma_ not in holding or verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        partners = party_ids([a for p in ctx.pobjs(tok, {"with"}) for a in ctx.actors(p)], ctx)
        holders = party_ids(ctx.subjects(verb), ctx)
        if partners:
            pairs = list(distinct_pairs(holders, partners))
        elif any(c.lower_ == "each" for c in verb.children):
            pairs = list(combinations(holders, 2))  # "A and B each hold half": not "A and B hold stakes in X"
        else:
            continue
        for s, o in pairs:
            yield Candidate(s, "jointVentureWith", o, "venture:stake-with", ctx.status(verb), sent)


@triggered_by(lambda lex: {"head"})
def head_to_head_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Ericsson competes head-to-head with Nokia``, ``Ericsson and Nokia go head to head in Europe``: who meets
    another head to head competes with it (the parser hangs ``with`` on ``head``)."""
    doc = ctx.doc
    for tok in ctx.find(sent, {"head"}):
        if tok.i + 2 >= sent.end or doc[tok.i + 1].lower_ != "to" and doc[tok.i + 2].lower_ != "to":
            continue
        verb = tok
        while verb.pos_ != "VERB" and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ != "VERB" or verb.lemma_ not in ("go", "compete", "come", "meet", "run", "face", "be") or \
                ctx.negated(verb):
            continue
        rivals = party_ids([a for h in (verb, *(t for t in verb.subtree if t.lower_ == "head"))
                            for p in ctx.pobjs(h, {"with", "against"}) for a in ctx.actors(p)], ctx)
        subjects = party_ids(ctx.subjects(verb), ctx)
        pairs = list(distinct_pairs(subjects, rivals)) if rivals else list(combinations(subjects, 2))
        for s, o in pairs:
            yield Candidate(s, "competesWith", o, "rival:head-to-head", ctx.status(verb), sent)
        return


@triggered_by(lambda lex: lex.words("agreeing_verbs"))
def agreed_together_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Nokia and Ericsson agreed terms for a merger``: named parties that agree a thing together have an
    agreement (coop.py's agreed_terms_rule reads ``agreed X with Y``; the noun rule ``agreed a deal``)."""
    table = deal_nouns(ctx.lex)
    for verb in ctx.find(sent, ctx.lex.words("agreeing_verbs")):
        if verb.pos_ != "VERB" or any(ctx.pobjs(verb, {"with"})) or ctx.negated(verb):
            continue
        things = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and not ctx.entity(c)
                  and not noun_predicates(c, table) and not any(ctx.pobjs(c, {"with"}))]
        if not things:
            continue
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            named = [t for t in (subject, *subject.conjuncts) if t.pos_ not in ("PRON", "DET")]
            if len(named) < 2 or not all(ctx.entity(t) for t in named):
                continue
            parties = party_ids([a for t in named for a in ctx.actors(ctx.mention_root(t), conj=False)], ctx)
            for s, o in combinations(parties, 2):
                yield Candidate(s, "agreementWith", o, f"agreement:together:{verb.lemma_}", ctx.status(verb), sent)


def _members(noun: Token, ctx: DocContext) -> list[str]:
    """The named members of a consortium: ``of A, B and C``, ``led by A and including B``, ``an A-led consortium
    that includes B``."""
    found = [a for p in ctx.pobjs(noun, {"of"}) for a in ctx.actors(p)]
    including = ctx.lex.words("coop5_including_words")
    for child in noun.children:
        if child.dep_ == "amod" and child.lower_ == "led":  # "an Ericsson-led consortium"
            found += [a for c in child.children if c.dep_ in ("npadvmod", "compound") for a in ctx.actors(c)]
        if child.dep_ not in ("acl", "relcl", "prep") or ctx.negated(child):
            continue
        for part in (child, *(c for c in child.children if c.dep_ == "conj")):
            if part.lower_ == "led":
                leaders = [p for ag in part.children if ag.dep_ == "agent" for p in ag.children if p.dep_ == "pobj"]
                found += [a for p in leaders for a in ctx.actors(p)]
                # "led by A and including B": the parser may join "including" to the leader
                found += [a for p in leaders for c in p.children if c.dep_ == "conj" and c.lower_ in including
                          for o in c.children if o.dep_ in ("pobj", "dobj") for a in ctx.actors(o)]
            if part.lemma_ in including or part.lower_ in including:
                found += [a for p in part.children if p.dep_ in ("pobj", "dobj") for a in ctx.actors(p)]
    return party_ids(found, ctx)


@triggered_by(lambda lex: lex.words("coop5_member_group_nouns"))
def consortium_members_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``A consortium of Ericsson, Nokia and Siemens won the tender``, ``the consortium, led by Ericsson and
    including Nokia``: the members of a consortium or alliance work together."""
    for noun in ctx.find(sent, ctx.lex.words("coop5_member_group_nouns")):
        if noun.pos_ != "NOUN" or ctx.negated(noun.head if noun.dep_ in ("nsubj", "dobj") else noun):
            continue
        members = _members(noun, ctx)
        status = ctx.status(noun.head) if noun.head.pos_ == "VERB" else "asserted"
        for s, o in combinations(members, 2):
            yield Candidate(s, "cooperatesWith", o, f"coop:members-of-{noun.lemma_}", status, sent)


@triggered_by(lambda lex: {"pit", "pits", "pitted", "pitting"})
def pitted_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The tender pits Ericsson against Nokia``: the parties pitted against each other compete."""
    for verb in ctx.find(sent, {"pit", "pits", "pitted", "pitting"}):
        # "the tender pits A against B": the parser may take "pits" for a noun and A for its apposition
        if not (verb.pos_ == "VERB" or verb.dep_ == "ROOT" and verb.lower_ == "pits") or ctx.negated(verb):
            continue
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "appos")]
        one = [a for c in objects for a in ctx.actors(c)]
        other = [a for h in (verb, *objects) for p in ctx.pobjs(h, {"against"}) for a in ctx.actors(p)]
        for s, o in distinct_pairs(party_ids(one, ctx), party_ids(other, ctx)):
            yield Candidate(s, "competesWith", o, "rival:pitted", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("rival_words"))
def faced_rivals_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Ericsson faces rivals such as Huawei and ZTE``: who faces rivals competes with those named."""
    for noun in ctx.find(sent, ctx.lex.words("rival_words")):
        verb = noun.head
        if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_ not in ctx.lex.words("rivalry_facing_verbs") \
                or any(c.dep_ == "poss" for c in noun.children) or ctx.negated(verb):
            continue
        for s, o in distinct_pairs(party_ids(ctx.subjects(verb), ctx), party_ids(ctx.actors(noun), ctx)):
            yield Candidate(s, "competesWith", o, f"rival:{verb.lemma_}-rivals", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("partner_nouns") | lex.words("rival_words") | {"ally"})
def called_partner_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Scholz called Nokia Germany's most important partner``, ``analysts call Huawei Apple's fiercest rival``:
    the one called another's partner or rival is one (the parser folds the two names into one phrase)."""
    rivals = ctx.lex.words("rival_words")
    for noun in ctx.find(sent, ctx.lex.words("partner_nouns") | rivals | {"ally"}):
        verb = noun.head
        if noun.dep_ not in ("dobj", "oprd") or verb.lemma_ not in ctx.lex.words("coop5_naming_verbs") or \
                ctx.negated(verb):
            continue
        poss = next((c for c in noun.children if c.dep_ == "poss" and ctx.entity(c)), None)
        if poss is None:
            continue
        root = ctx.mention_root(poss)
        first = root.i
        while first > sent.start and ctx.entity(ctx.doc[first - 1]) == ctx.entity(root):
            first -= 1
        called = ctx.entity(ctx.doc[first - 1]) if first > sent.start else None
        if called is None:  # "called Nokia Germany's partner": a name right before the owner's
            called = next((ctx.entity(c) for c in verb.children if c.dep_ == "dobj" and c is not noun
                           and ctx.entity(c)), None)
        predicate = "competesWith" if noun.lower_ in rivals else "cooperatesWith"
        for s, o in distinct_pairs(party_ids([called] if called else [], ctx), party_ids(ctx.actors(root), ctx)):
            yield Candidate(s, predicate, o, f"role:called-{noun.lemma_}", ctx.status(verb), sent)


@triggered_by(lambda lex: {"what"})
def build_what_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Deutsche Telekom and Nvidia will build what they call Europe's largest AI factory``: named parties that
    are to make one thing together, named by a free relative clause (coop2.py's joint_project_rule reads ``will
    build a plant``)."""
    verbs = ctx.lex_memo("coop5:together_verbs", lambda: frozenset(
        v for v, specs in ctx.lex.verbs.items() for p, slots in specs if p == "cooperatesWith" and "together" in slots
        and v != "work"))
    for what in ctx.find(sent, {"what"}):
        clause = what.head
        verb = clause.head
        if what.i != clause.left_edge.i or clause.dep_ not in ("ccomp", "dobj") or verb.lemma_ not in verbs or \
                verb.pos_ != "VERB" or ctx.status(verb) != "planned" or any(ctx.pobjs(verb, {"with"})) or \
                ctx.negated(verb):
            continue
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            for s, o in combinations(_named_group(subject, ctx), 2):
                yield Candidate(s, "cooperatesWith", o, f"coop:joint-project:{verb.lemma_}-what", "planned", sent)


def _named_group(tok: Token, ctx: DocContext) -> list[str]:
    """The parties of a coordinated phrase whose every conjunct is a name."""
    named = [t for t in (tok, *tok.conjuncts) if t.pos_ not in ("PRON", "DET")]
    if len(named) < 2 or not all(ctx.entity(t) for t in named):
        return []
    return party_ids([a for t in named for a in ctx.actors(ctx.mention_root(t), conj=False)], ctx)
