"""Payments halted, cards refused, accounts closed and wallets frozen (branch r15pay); words: ``r15pay_*`` keys of
``data/lexicon/events.json``.

GUIDELINES: halting or refusing payments and services is ``restrictsExportsTo`` from the party that halts to the
one it stops serving; assets frozen by a state, a bloc or a sanctions body are its ``sanctions``.

- a payment system's cards or payments no longer taken: ``Garanti stopped accepting Mir cards``, ``Akbank
  suspended UnionPay transactions``, ``Kaspi refused to process Mir payments`` (the system named on the thing);
- accounts, transfers or clearing ended for someone: ``Emirates NBD closed the accounts of Russian firms``,
  ``Commerzbank ended correspondent banking for Russian lenders``, ``BNP stopped clearing euros for banks in
  Kazakhstan``, ``cards issued by Russian banks`` (the party after ``of``/``for``/``to``/``from``/``by``/
  ``linked to``; an unnamed group is its country);
- wallets or assets frozen: ``Tether froze wallets linked to Garantex`` (``restrictsExportsTo``), ``OFSI froze
  the assets of Grinex`` (``sanctions``: the one who freezes is a state body);
- a network that disconnects or cuts off banks: ``SWIFT disconnected Iranian banks``, ``banks cut off from
  SWIFT``.

Nothing for what is negated, only weighed or hypothetical (``has not halted``, ``could stop``); each rule visits
only its trigger words (through the document index).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.r14curb import weighed

#: the types of those who halt and of those they stop serving
PARTY_TYPES = frozenset({"Organization", "Country", "InternationalOrganization", "Bloc"})
#: the types whose freezing of assets is a sanction
SANCTIONING_TYPES = frozenset({"Country", "InternationalOrganization", "Bloc"})
#: prepositions that name whom a payment thing serves (``accounts of``, ``banking for``, ``transfers to``)
SERVED_PREPS = frozenset({"of", "for", "to", "from", "with"})
#: words of a quantity before ``of`` and the ones it counts (``dozens of Russian firms``)
QUANTITY_WORDS = frozenset({"dozens", "hundreds", "thousands", "scores", "some", "many", "several", "most", "all",
                            "dozen", "number", "handful", "couple"})
#: how far down from the halting verb the payment thing may hang (``stopped accepting Mir cards``: 2)
DEPTH = 3


def _party(ids: list[str], ctx: DocContext) -> list[str]:
    return [a for a in dict.fromkeys(ids) if ctx.type_of(a) in PARTY_TYPES]


def payment_things(verb: Token, ctx: DocContext) -> list[Token]:
    """The payment nouns a halting verb takes, directly or through the verbs it governs: ``stopped accepting Mir
    cards`` -> ``cards``; ``refused to process payments`` -> ``payments``.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["X", "stopped", "accepting", "Mir", "cards"],
    ...           heads=[1, 1, 1, 4, 2], deps=["nsubj", "ROOT", "xcomp", "compound", "dobj"],
    ...           lemmas=["X", "stop", "accept", "Mir", "card"])
    >>> [t.text for t in payment_things(doc[1], _Lex({"cards"}, {"accept"}))]
    ['cards']
    """
    nouns = ctx.lex.words("r15pay_payment_nouns")
    handling = ctx.lex.words("r15pay_handling_verbs")
    found: list[Token] = []
    frontier, depth = [verb], 0
    while frontier and depth < DEPTH:
        nxt: list[Token] = []
        for head in frontier:
            for c in head.children:
                if c.dep_ in ("dobj", "nsubjpass") and (c.lower_ in nouns or c.lemma_ in nouns):
                    found.append(c)
                elif c.dep_ in ("xcomp", "pcomp", "ccomp") and c.lemma_ in handling:
                    nxt.append(c)
                elif c.dep_ == "prep" and c.lower_ in ("on", "of") and head is verb:
                    nxt.append(c)  # "put a halt on Mir payments"
                elif c.dep_ == "pobj" and (c.lower_ in nouns or c.lemma_ in nouns):
                    found.append(c)
        frontier, depth = nxt, depth + 1
    return found + [c for t in found for c in t.conjuncts if c.lower_ in nouns or c.lemma_ in nouns]


class _Lex:
    """A stand-in context for the doctest: just the two word lists :func:`payment_things` reads."""

    def __init__(self, nouns: set[str], handling: set[str]) -> None:
        self.lex = self
        self._w = {"r15pay_payment_nouns": nouns, "r15pay_handling_verbs": handling}

    def words(self, key: str) -> set[str]:
        return self._w[key]


def served(thing: Token, verb: Token, ctx: DocContext) -> list[str]:
    """Whom a payment thing serves: the system named on it (``Mir cards``), the party after ``of``/``for``/...
    (``accounts of Russian firms``), the one it is linked to or issued by (``wallets linked to Garantex``,
    ``cards issued by Russian banks``), or the party after the verb's own ``for`` (``stopped clearing dollars
    for banks in Armenia``)."""
    out: list[str] = []
    for c in thing.children:
        if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < thing.i and ctx.entity(c):
            out += [a for a in ctx.actors(ctx.mention_root(c), conj=False) if ctx.type_of(a) == "Organization"]
        elif c.dep_ in ("acl", "relcl") and c.lemma_ in ctx.lex.words("r15pay_linking_participles"):
            out += [a for p in ctx.pobjs(c, {"to", "by", "with"}) for a in ctx.actors(p)]
            out += [a for g in c.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"
                    for a in ctx.actors(p)]
    for p in ctx.pobjs(thing, set(SERVED_PREPS)):
        out += _served_by(p, ctx)
    head = thing.head
    while head.i != verb.i and head.pos_ in ("VERB", "AUX"):
        out += [a for p in ctx.pobjs(head, {"for", "to", "from"}) for a in _served_by(p, ctx)]
        head = head.head
    return _party(out, ctx)


def _served_by(p: Token, ctx: DocContext) -> list[str]:
    """The parties a ``for``/``of`` object names: ``Russian firms``, ``dozens of Russian firms`` (through a
    quantity), ``banks in Kazakhstan and Armenia`` (every place of an unnamed group)."""
    found = ctx.actors(p)
    if not found and p.lower_ in QUANTITY_WORDS:
        found = [a for q in ctx.pobjs(p, {"of"}) for a in ctx.actors(q)]
    if p.lemma_ in ctx.lex.words("r15pay_bank_nouns") or p.lower_ in ctx.lex.words("r15pay_bank_nouns"):
        found += [a for q in ctx.pobjs(p, {"in"}) for a in ctx.actors(q) if ctx.type_of(a) == "Country"]
    return found


def _perfect_of(tok: Token, ctx: DocContext) -> Token:
    """``it had frozen wallets``, which the parser reads as ``had`` with ``frozen wallets``: the verb ``had``
    stands for the freezing (any other token is itself)."""
    head = tok.head
    if tok.dep_ == "amod" and tok.lower_ == "frozen" and head.dep_ == "dobj" and \
            head.lemma_ in ctx.lex.words("r15pay_frozen_nouns") and head.head.lemma_ == "have":
        return head.head
    return tok


def _negated(verb: Token, ctx: DocContext) -> bool:
    """Whether a halting verb is negated; one joined to another halt is not negated by it (``stopped accepting Mir
    cards and closed the accounts``: ``closed`` is no negated clause, though it hangs on ``stopped``)."""
    head = verb.head
    if verb.dep_ == "conj" and head.lemma_ in ctx.lex.words("r15pay_halting_verbs") and \
            not any(c.dep_ == "neg" for c in verb.children):
        return ctx.negated(head)
    return ctx.negated(verb)


def _halters(verb: Token, ctx: DocContext) -> list[str]:
    """Who halts: the verb's subjects, a country only when named itself (``Turkey halted …``), not read from an
    unnamed group (``American companies blocked cards``: no one named halts)."""
    head = verb
    while head.dep_ in ("conj", "xcomp") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        head = head.head
    named = {ctx.entity(t) for c in head.children if c.dep_ in ("nsubj", "nsubjpass")
             for t in [c, *c.conjuncts]}
    return [a for a in _party(ctx.subjects(verb), ctx) if ctx.type_of(a) != "Country" or a in named]


@triggered_by(lambda lex: lex.words("r15pay_halting_verbs"))
def halted_payments_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Halkbank halted Mir payments``, ``Emirates NBD closed the accounts of Iranian firms``: the bank restricts
    exports to the system or the party it stops serving; a state body freezing assets sanctions their owner."""
    for verb in ctx.find(sent, ctx.lex.words("r15pay_halting_verbs")):
        verb = _perfect_of(verb, ctx)
        if verb.pos_ != "VERB" or _negated(verb, ctx) or weighed(verb, ctx) or \
                verb.dep_ in ("amod", "acl", "relcl") and not any(c.dep_ == "nsubj" for c in verb.children):
            continue
        subjects = _halters(verb, ctx)
        if not subjects:
            continue
        freezing = verb.lemma_ in ctx.lex.words("r15pay_freezing_verbs") or verb.lemma_ == "have"
        for thing in payment_things(verb, ctx):
            if freezing and thing.lemma_ not in ctx.lex.words("r15pay_frozen_nouns"):
                continue  # a freeze is of assets, wallets or accounts
            for s in subjects:
                body = ctx.entities.get(s)
                sanction = freezing and (ctx.type_of(s) in SANCTIONING_TYPES or
                                         (body is not None and body.subtype == "GovernmentBody"))
                for o in served(thing, verb, ctx):
                    if o != s:
                        yield Candidate(s, "sanctions" if sanction else "restrictsExportsTo", o,
                                        f"r15pay:halted-payments:{verb.lemma_}", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("r15pay_disconnecting_verbs"))
def disconnected_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``SWIFT disconnected Iranian banks`` (SWIFT restrictsExportsTo Iran), ``banks cut off from SWIFT``, ``VTB was
    disconnected from SWIFT``: the network that cuts a party off stops serving it."""
    for verb in ctx.find(sent, ctx.lex.words("r15pay_disconnecting_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb) or weighed(verb, ctx):
            continue
        if verb.lemma_ == "cut" and not any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
            continue
        networks = [a for p in ctx.pobjs(verb, {"from"}) for a in ctx.actors(p, groups=False)
                    if ctx.type_of(a) == "Organization"]
        if networks:  # "banks cut off from SWIFT", "VTB was disconnected from SWIFT"
            if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
                cut = ctx.actors(verb.head)
            else:
                cut = [a for c in verb.children if c.dep_ in ("nsubjpass", "dobj") for a in ctx.actors(c)]
            pairs = [(n, c) for n in networks for c in _party(cut, ctx)]
        else:  # "SWIFT disconnected Iranian banks"
            objects = [c for c in verb.children if c.dep_ == "dobj" and
                       (c.lemma_ in ctx.lex.words("r15pay_bank_nouns") or ctx.entity(c))]
            pairs = [(s, o) for s in _halters(verb, ctx) if ctx.type_of(s) == "Organization"
                     for t in objects for o in _party(ctx.actors(t), ctx)]
        for s, o in pairs:
            if s != o:
                yield Candidate(s, "restrictsExportsTo", o, f"r15pay:disconnected:{verb.lemma_}",
                                ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("r14coop_joining_verbs"))
def linked_systems_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Armenia and Russia linked their card networks, ArCa and Mir``: the systems named in apposition to the
    joined ones cooperate (their owners are ``r14coop``'s); ``Vietnam's Napas has connected to UnionPay``: a named
    system or firm that links itself to another cooperates with it."""
    for verb in ctx.find(sent, ctx.lex.words("r14coop_joining_verbs")):
        if verb.pos_ != "VERB" or _negated(verb, ctx) or weighed(verb, ctx) or verb.dep_ in ("amod", "acl", "relcl"):
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        pairs: list[tuple[str, str]] = []
        if objects:
            named = [a for o in objects if not ctx.entity(o) for c in o.children if c.dep_ == "appos"
                     for a in ctx.actors(c) if ctx.type_of(a) == "Organization"]
            pairs = [(a, b) for k, a in enumerate(named) for b in named[k + 1:] if a != b]
        else:
            doers = [a for a in ctx.subjects(verb) if ctx.type_of(a) == "Organization"]
            others = [a for p in ctx.pobjs(verb, {"to", "with"}) if ctx.entity(p)
                      for a in ctx.actors(p) if ctx.type_of(a) == "Organization"]
            pairs = [(a, b) for a in doers for b in others if a != b]
        for a, b in pairs:
            yield Candidate(a, "cooperatesWith", b, f"r15pay:linked-systems:{verb.lemma_}", ctx.status(verb), sent)


def _no_longer(verb: Token) -> bool:
    """``no longer accepts``: the verb's ``longer`` with its ``no``."""
    return any(c.dep_ == "advmod" and c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children)
               for c in verb.children)


def _handlers(verb: Token, ctx: DocContext) -> list[str]:
    """Who no longer handles: the subject or the agent (``Isbank no longer accepts``), else the owner of the place a
    passive names (``accepted at Akbank terminals``), else the organisation that tells so (``JCB told merchants
    that payments from Iranian lenders will no longer be handled``)."""
    found = [a for a in ctx.subjects(verb) if ctx.type_of(a) == "Organization"]
    if found or not any(c.dep_ == "nsubjpass" for c in verb.children):
        return found
    found = [a for p in ctx.pobjs(verb, {"at", "in", "on"}) for c in p.children if c.dep_ in ("compound", "poss")
             and ctx.entity(c) for a in ctx.actors(ctx.mention_root(c), conj=False) if ctx.type_of(a) == "Organization"]
    if found or verb.dep_ != "ccomp" or verb.head.lemma_ not in ctx.lex.words("r15pay_telling_verbs"):
        return found
    return [a for a in ctx.subjects(verb.head) if ctx.type_of(a) == "Organization"]


@triggered_by(lambda lex: lex.words("r15pay_handling_verbs"))
def no_longer_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Isbank no longer accepts Mir cards``, ``Mir cards are no longer accepted at Akbank terminals``, ``JCB told
    merchants that payments from Iranian lenders will no longer be handled``: a bank or network that no longer
    handles a system's cards or a party's payments restricts exports to it (GUIDELINES: halting payments)."""
    for verb in ctx.find(sent, ctx.lex.words("r15pay_handling_verbs")):
        if verb.pos_ != "VERB" or not _no_longer(verb) or weighed(verb, ctx) or \
                any(c.dep_ == "neg" for c in verb.children):
            continue
        for thing in payment_things(verb, ctx):
            for s in _handlers(verb, ctx):
                for o in served(thing, verb, ctx):
                    if o != s:
                        yield Candidate(s, "restrictsExportsTo", o, f"r15pay:no-longer:{verb.lemma_}",
                                        ctx.status(verb), sent)


R15PAY_RULES = (halted_payments_rule, disconnected_rule, linked_systems_rule, no_longer_rule)


#: how many sentences back the step that others follow may be told
FOLLOW_REACH = 2
#: auxiliaries of a step only possible
MAYBE = frozenset({"could", "may", "might", "would"})
#: the predicates a step followed repeats
FOLLOWED_PREDICATES = frozenset({"restrictsExportsTo", "sanctions"})


def _following_verbs(sent: Span, ctx: DocContext) -> list[Token]:
    """The verbs of ``sent`` that say its subject did as another did: ``followed suit``, ``took similar steps``,
    ``did the same``, ``took the same step``."""
    steps = ctx.lex.words("r15pay_step_nouns")
    alike = ctx.lex.words("r15pay_alike_words")
    found = []
    for verb in ctx.find(sent, ctx.lex.words("r15pay_following_verbs")):
        if verb.pos_ not in ("VERB", "AUX") or _negated(verb, ctx) or weighed(verb, ctx) or \
                any(c.dep_ == "aux" and c.lower_ in MAYBE for c in verb.children):
            continue  # "Canada could take similar steps": only possible
        objects = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod", "advmod")]
        if any(o.lower_ == "suit" for o in objects) and verb.lemma_ == "follow" or \
                any((o.lemma_ in steps or o.lower_ == "same") and
                    any(m.lower_ in alike for m in o.children) | (o.lower_ == "same") for o in objects):
            found.append(verb)
    return found


def followed_steps(candidates: list[Candidate], ctx: DocContext) -> list[Candidate]:
    """``Akbank halted transfers to Russia. Garanti and Yapi Kredi took similar steps.``: those who follow a halt
    or a sanction told in the sentence or two before, by one party, take it too (the step's objects, the following
    verb's status); nothing for a negated or weighed following.

    >>> followed_steps([], None)
    []
    """
    if not candidates:
        return candidates
    sents = ctx.index.sents  # listed once per document (``Doc.sents`` makes them anew)
    added: list[Candidate] = []
    for k, sent in enumerate(sents):
        verbs = _following_verbs(sent, ctx) if ctx.find(sent, ctx.lex.words("r15pay_following_verbs")) else []
        for verb in verbs:
            followers = _party(ctx.subjects(verb), ctx)
            for back in range(k - 1, max(-1, k - 1 - FOLLOW_REACH), -1):
                start = sents[back].start
                steps = [c for c in candidates if c.sent.start == start and c.predicate in FOLLOWED_PREDICATES]
                if not steps:
                    continue
                if len({c.subject for c in steps}) == 1:
                    for c in steps:
                        added += [Candidate(f, c.predicate, c.object, f"r15pay:followed:{verb.lemma_}",
                                            ctx.status(verb), sent) for f in followers
                                  if f not in (c.subject, c.object)]
                break
    return candidates + added
