"""Cooperation and agreements beside coop*.py and r9coop.py: a partner marked ``together with`` on the verb of a
joint act (``the report was published by the ministry together with the central bank``), the staff of one body
working with another (``its engineers will work with Intel``), and a deal one agrees to make with another
(``Orange has agreed to sell its towers to Cellnex``, ``Rio Tinto agreed to pay Codelco $500 million``).
Word lists: ``r10coop_*`` in ``data/lexicon/cooperation.json``."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.coop import party_ids
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.slots import owner
from kg.nlp.relations.triggers import distinct_pairs


def supposed_or_doubted(verb: Token, ctx: DocContext) -> bool:
    """Whether a clause is only supposed: a condition on it (``if regulators approve``) or a modal of doubt (``may
    agree``); modality.py reads the conditions above a word, not those beside it."""
    words = ctx.lex.words("r10coop_supposing_words")
    return any(c.dep_ == "aux" and c.lower_ in words or c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in words for m in c.children) for c in verb.children)


def _with_partners(prep: Token, ctx: DocContext) -> list[str]:
    """The actors of a ``with`` phrase and of the ``with`` phrases coordinated with it (``together with the Thai
    government and with PTT``)."""
    preps = [prep] + [c for c in prep.children if c.dep_ == "conj" and c.lower_ == "with"]
    return [a for p in preps for o in p.children if o.dep_ == "pobj" for a in ctx.actors(o)]


def _doers(verb: Token, ctx: DocContext) -> list[str]:
    """Who does ``verb``: the agent of a passive (``published by X``), else its subject or the one it inherits;
    a verb that says what a noun is for takes the subject of the clause the noun is in (``they would look for
    ways to expand the mines``)."""
    if any(c.dep_ == "nsubjpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children):
        return []  # "Huawei was banned together with ZTE": those acted on, not the doers
    found = ctx.subjects(verb)
    head = verb.head
    if not found and verb.dep_ in ("relcl", "acl") and head.dep_ == "pobj" and head.head.dep_ == "prep" \
            and head.head.head.pos_ == "VERB":
        found = ctx.subjects(head.head.head)
    return found


def _with_prep(word: Token) -> Token | None:
    """The ``with`` of ``together with`` (``together`` modifies it) or of ``along with`` (it hangs on ``along``)."""
    if word.dep_ == "advmod" and word.head.lower_ == "with" and word.head.dep_ == "prep":
        return word.head
    if word.lower_ == "along" and word.dep_ == "prep":
        return next((c for c in word.children if c.dep_ == "prep" and c.lower_ == "with"), None)
    return None


def _joint_pairs(word: Token, verb: Token, ctx: DocContext) -> list[tuple[str, str]]:
    """The pairs a ``together``/``jointly``/``along with`` on a verb gives: the doers with the ``with`` partners,
    or the doers among themselves after ``jointly`` on a verb of acting (``Tesla and Panasonic jointly operate the
    plant``, ``Brazil and India jointly submitted a proposal``) or ``together`` on a verb of a joint paper or event
    (``Mexico and Canada together drafted the rules``); not ``published jointly by A and B``, nor when the object
    is a company they run: a joint venture)."""
    prep = _with_prep(word)
    doers = party_ids(_doers(verb, ctx), ctx)
    if prep is not None:
        return list(distinct_pairs(doers, party_ids(_with_partners(prep, ctx), ctx)))
    # "A and B together produce 70% of the chips" is a sum, not a joint act: "together" only on the verbs of
    # joint papers and events ("together drafted the rules"); "jointly" on any verb but those of holding
    # ("jointly submitted a proposal", not "jointly hold 40%")
    if word.lower_ == "jointly" and any(c.dep_ == "agent" for c in verb.children):
        acting = verb.lemma_ in ctx.lex.words("joint_verbs")  # "published jointly by two ministries": a paper
    elif word.lower_ == "jointly":
        acting = verb.lemma_ not in ctx.lex.words("r17lead_holding_verbs")
    else:
        acting = word.lower_ == "together" and verb.lemma_ in ctx.lex.words("r10coop_together_verbs") and \
            verb.lemma_ not in ctx.lex.words("r17lead_holding_verbs")
    if not acting or word.dep_ != "advmod" or word.head != verb or any(
            c.dep_ == "dobj" and ctx.type_of(ctx.entity(c) or "") == "Organization" for c in verb.children):
        return []
    return [(s, o) for k, s in enumerate(doers) for o in doers[k + 1:]]


@triggered_by(lambda lex: lex.words("jointly_words"))
def together_on_verb_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The report was published by the ministry together with the central bank``, ``Toyota and Honda will look
    for ways to expand the plant together with the Thai government``, ``Cisco, along with Ericsson, will build the
    network``, ``Tesla and Panasonic jointly operate the plant``: a ``together with`` the parser hangs on the verb
    of a joint act (coop.py's together_with_rule reads it on the doer).

    >>> from kg.nlp.relations.index import TRIGGERS
    >>> TRIGGERS[together_on_verb_rule].types
    ()
    """
    verbs = ctx.lex.words("joint_verbs") | ctx.lex.words("r10coop_together_verbs")
    for word in ctx.find(sent, ctx.lex.words("jointly_words")):
        prep = _with_prep(word)
        verb = prep.head if prep is not None and word.lower_ != "along" else word.head
        if verb.pos_ != "VERB" or (verb.lemma_ not in verbs and word.lower_ != "jointly") or ctx.negated(verb) or \
                supposed_or_doubted(verb, ctx):
            continue
        for s, o in _joint_pairs(word, verb, ctx):
            yield Candidate(s, "cooperatesWith", o, f"r10coop:together-{verb.lemma_}", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("r10coop_in_with_nouns"))
def in_concert_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Rolls-Royce developed the engine in tandem with Safran``, ``the rules were drawn up by the regulator in
    consultation with the armed forces``: one who acts in conjunction, tandem, concert or consultation with
    another cooperates with it."""
    for noun in ctx.find(sent, ctx.lex.words("r10coop_in_with_nouns")):
        prep = noun.head
        verb = prep.head
        if noun.dep_ != "pobj" or prep.lower_ != "in" or verb.pos_ != "VERB" or ctx.negated(verb) or \
                supposed_or_doubted(verb, ctx):
            continue
        partners = party_ids([a for p in ctx.pobjs(noun, {"with"}) for a in ctx.actors(p)], ctx)
        for s, o in distinct_pairs(party_ids(_doers(verb, ctx), ctx), partners):
            yield Candidate(s, "cooperatesWith", o, f"r10coop:in-{noun.lower_}-with", ctx.status(verb), sent)


@triggered_by(lambda lex: set(lex.value("r10coop_phrasal_with_verbs")) | lex.words("r10coop_headline_nouns"))
def phrasal_with_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Intel links up with Mediatek on foundry services``, and the headline ``Nokia teams with Microsoft on
    private 5G`` (the parser takes the verb for a noun with the name as its compound): partners joined with
    ``with``."""
    table: dict[str, str] = ctx.lex.value("r10coop_phrasal_with_verbs")
    headline = ctx.lex.words("r10coop_headline_nouns")
    for word in ctx.find(sent, set(table) | headline):
        if ctx.negated(word) or supposed_or_doubted(word, ctx):
            continue
        if word.pos_ == "VERB" and word.lemma_ in table and any(
                c.dep_ == "prt" and c.lower_ == table[word.lemma_] for c in word.children):
            doers = ctx.subjects(word)
        elif word.lower_ in headline and word.dep_ == "ROOT" and word.pos_ == "NOUN":
            doers = [a for c in word.children if c.dep_ == "compound" and ctx.entity(c) for a in ctx.actors(c)]
        else:
            continue
        partners = party_ids([a for p in ctx.pobjs(word, {"with"}) for a in ctx.actors(p)], ctx)
        for s, o in distinct_pairs(party_ids(doers, ctx), partners):
            yield Candidate(s, "cooperatesWith", o, f"r10coop:with-{word.lemma_}", ctx.status(word), sent)


def _staff_owner(staff: Token, verb: Token, ctx: DocContext) -> list[str]:
    """Whose staff ``staff`` is: a named owner (``Nokia's researchers``); ``its``/``their`` after a clause it is
    joined to is that clause's subject (``The start-up will use X's chips, and its engineers will work with Y``)."""
    pronoun = next((c for c in staff.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
    if pronoun is None:
        return owner(staff, ctx)
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        # only a subject that names someone (a description such as "the start-up" is too often resolved wrong)
        return [a for c in verb.head.children if c.dep_ == "nsubj" and ctx.entity(c) for a in ctx.actors(c)]
    # "… Amazon's chips, and its engineers …": with another organisation named before it, "its" is unclear
    named = [e for e in ctx.ents_in(staff.sent) if e.end <= pronoun.i and ctx.type_of(e.kb_id_) == "Organization"]
    return [] if named else ctx.actors(pronoun)


@triggered_by(lambda lex: lex.words("r10coop_staff_nouns"))
def staff_with_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Its engineers will work with Intel on the new chips``, ``Nokia's researchers collaborated with
    Ericsson``: the body whose staff works with another cooperates with it."""
    verbs = ctx.lex.words("r10coop_staff_verbs")
    for staff in ctx.find(sent, ctx.lex.words("r10coop_staff_nouns")):
        verb = staff.head
        if staff.dep_ != "nsubj" or staff.pos_ != "NOUN" or verb.lemma_ not in verbs or verb.pos_ != "VERB" \
                or ctx.negated(verb) or ctx.entity(staff) or supposed_or_doubted(verb, ctx):
            continue
        bodies = party_ids(_staff_owner(staff, verb, ctx), ctx)
        partners = party_ids([a for p in ctx.pobjs(verb, {"with"}) for a in ctx.actors(p)], ctx)
        for s, o in distinct_pairs(bodies, partners):
            yield Candidate(s, "cooperatesWith", o, f"r10coop:staff-{verb.lemma_}", ctx.status(verb), sent)


#: the links down a deal's object to the phrases that may carry its other party (``the sale of 40% of its
#: interests in two units to Iliad``): not into a clause of its own
_PHRASE = ("prep", "pobj", "appos", "conj")


def _phrase_nouns(tok: Token) -> list[Token]:
    """``tok`` and the nouns its prepositional phrases hold, however deep."""
    found, todo = [], [tok]
    while todo:
        here = todo.pop()
        found.append(here)
        todo.extend(c for c in here.children if c.dep_ in _PHRASE)
    return found


def _counterparts(deal: Token, agree: Token, slots: list[str], ctx: DocContext) -> list[str]:
    """The other party of a deal verb by its slots: a ``to`` phrase on the verb or anywhere down its object
    (``the sale of its stake to Iliad``; the parser may hang it on a stray phrase of ``agree``), a ``dative``
    or a named object (``pay Codelco $500 million``, ``pay Gécamines, the state miner, $800 million``)."""
    found: list[str] = []
    hosts = [deal] + [n for c in deal.children if c.dep_ == "dobj" for n in _phrase_nouns(c)]
    hosts += [n for c in agree.children if c.dep_ == "dep" and c.i > deal.i for n in _phrase_nouns(c)]
    for slot in slots:
        if slot in ("dative", "dobj"):
            found += [a for c in deal.children if c.dep_ == slot and c.pos_ == "PROPN" for a in ctx.actors(c)]
        else:
            found += [a for h in hosts for p in ctx.pobjs(h, {slot}) for a in ctx.actors(p)]
    return found


@triggered_by(lambda lex: lex.words("r10coop_agreeing_words"))
def agreed_deal_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Orange has agreed to sell its towers to Cellnex``, ``Rio Tinto agreed to pay Codelco $500 million to
    settle the dispute``, ``Vodafone agreed to negotiate the sale of its stake to Iliad``: one who agrees to a deal
    with another has an agreement with it (not a fine or a tax paid to an authority)."""
    table: dict[str, list[str]] = ctx.lex.value("r10coop_agreed_deal_verbs")
    stop = ctx.lex.words("r10coop_not_deal_nouns")
    for agree in ctx.find(sent, ctx.lex.words("r10coop_agreeing_words")):
        if agree.pos_ != "VERB" or agree.lemma_ != "agree" or ctx.negated(agree) or supposed_or_doubted(agree, ctx):
            continue
        for deal in (c for c in agree.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
            # "agreed to negotiate the sale of X to Y": the deal is the object of a verb of talks
            step = next((c for c in deal.children if c.dep_ == "dobj" and c.lemma_ in table), None) \
                if deal.lemma_ in ctx.lex.words("r10coop_deal_talk_verbs") else None
            slots = table.get(step.lemma_ if step is not None else deal.lemma_)
            if not slots or ctx.negated(deal) or any(c.dep_ == "dobj" and c.lemma_ in stop for c in deal.children):
                continue
            partners = _counterparts(step if step is not None else deal, agree, slots, ctx)
            for s, o in distinct_pairs(party_ids(ctx.subjects(agree), ctx), party_ids(partners, ctx)):
                yield Candidate(s, "agreementWith", o, f"r10coop:agreed-{deal.lemma_}", ctx.status(agree), sent)


def _co_verb(co: Token, ctx: DocContext) -> list[Token]:
    """``co``, the hyphen and the verb of a joint act the tokenizer split (``co-develop``), or nothing."""
    doc = ctx.doc
    if co.i + 2 >= co.sent.end or doc[co.i + 1].text not in ("-", "\u2011") or co.whitespace_ or \
            doc[co.i + 1].whitespace_:
        return []
    verb = doc[co.i + 2]
    return [co, doc[co.i + 1], verb] if verb.lemma_ in ctx.lex.words("r10coop_co_verbs") else []


@triggered_by(lambda lex: {"co"})
def co_verb_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Samsung and LG co-developed the display``, ``Hyundai Rotem will co-produce the tanks with Bumar``,
    ``Airbus co-designed the satellite with Thales``: a joint act written with ``co-`` (the parser splits it in three
    tokens and hangs the subject, the partner and a ``not`` on any of them)."""
    for co in ctx.find(sent, {"co"}):
        parts = _co_verb(co, ctx)
        if not parts or any(c.dep_ == "neg" for t in parts for c in t.children) or \
                any(ctx.negated(t) or supposed_or_doubted(t, ctx) for t in parts):
            continue
        verb = parts[-1]
        subjects = [c for t in parts for c in t.children if c.dep_ == "nsubj"]
        subjects += [co.head] if co.dep_ in ("conj", "compound") and co.head.dep_ == "nsubj" else []
        doers = [a for t in subjects for a in ctx.actors(t)]
        doers += [a for c in co.children if c.dep_ == "compound" and ctx.entity(c) for a in ctx.actors(c)]
        doers += [a for ag in verb.children if ag.dep_ == "agent" for p in ag.children if p.dep_ == "pobj"
                  for a in ctx.actors(p)]
        hosts = parts + [c for c in verb.children if c.dep_ == "dobj"]
        partners = party_ids([a for h in hosts for p in ctx.pobjs(h, {"with"}) for a in ctx.actors(p)], ctx)
        doers = party_ids(doers, ctx)
        pairs = list(distinct_pairs(doers, partners)) if partners else \
            [(s, o) for k, s in enumerate(doers) for o in doers[k + 1:]]
        status = "planned" if "planned" in (ctx.status(verb), ctx.status(co)) else ctx.status(verb)
        for s, o in pairs:
            yield Candidate(s, "cooperatesWith", o, f"r10coop:co-{verb.lemma_}", status, sent)


@triggered_by(lambda lex: lex.words("r10coop_topic_deal_nouns"))
def deal_topic_with_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``South Korea signed an agreement on semiconductors with the Netherlands``, ``Namibia signed a declaration
    on energy financing with Germany``: the partner of a signed deal that the parser hangs on the deal's topic has
    the agreement (the challenge set and GUIDELINES keep a deal about a field an agreement, not a cooperation)."""
    for deal in ctx.find(sent, ctx.lex.words("r10coop_topic_deal_nouns")):
        verb = deal.head
        if deal.dep_ != "dobj" or deal.pos_ != "NOUN" or verb.lemma_ not in ctx.lex.words("signing_verbs"):
            continue
        stray = party_ids([a for t in ctx.pobjs(deal, {"on", "about", "for"}) for n in _phrase_nouns(t)
                           for p in ctx.pobjs(n, {"with"}) for a in ctx.actors(p)], ctx)
        if not stray or ctx.negated(verb) or supposed_or_doubted(verb, ctx):
            continue
        partners = party_ids([a for h in (verb, deal) for p in ctx.pobjs(h, {"with"}) for a in ctx.actors(p)], ctx)
        for s, o in distinct_pairs(party_ids(ctx.subjects(verb), ctx), [a for a in stray if a not in partners]):
            yield Candidate(s, "agreementWith", o, "r10coop:deal-topic-with", ctx.status(verb), sent)

