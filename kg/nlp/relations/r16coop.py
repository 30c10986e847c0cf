"""Cooperation in three more shapes news copy uses (branch r16coop), beside coop*.py and r14coop*.py:

- a partner marked on the doer rather than on the verb: ``Chevron, alongside Saudi Aramco, is building a gas
  plant``, ``Bosch, along with Denso, will test the brakes`` (``together with`` is coop.together_with_rule's);
- a partner recruited for a task: ``Toyota tapped Nvidia to design its car computers``, ``Uber signed up Baidu
  to offer rides``, ``the ministry roped in Infosys as an adviser`` (also in the passive, ``Nvidia was tapped by
  Toyota to …``);
- a joint undertaking of people or bodies standing for several parties: ``The Indian and French navies held a
  joint exercise``;
- one's product built on a named firm's software, tools or platform: ``Wipro will use Nvidia's software to build
  custom applications``;
- parties acting on one another under a deal named before: ``Under the agreement, Siemens will help Ukraine
  rebuild its grid`` (agreementWith);
- one undertaking started by several parties together: ``Brazil, Argentina and Uruguay launched an initiative on
  water security``;
- a thing made with a partner, in the passive: ``Samsung's new phone was developed with Google``, ``the rocket,
  designed by Airbus with Safran, …`` (the maker is the agent or the thing's owner).

Word lists: ``r16coop_*`` in ``data/lexicon/cooperation.json``. Nothing for what is negated or only supposed
(``could team up``); a doer of a passive (``Russia, along with China, was hit by sanctions``) is no partner, nor is
one who only shares a state (``Apple, alongside Samsung, dominates the market``: the verb must be one of joint work).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.coop import party_ids
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.r10coop import supposed_or_doubted
from kg.nlp.relations.r13coop import repaired_subjects
from kg.nlp.relations.r14coop import _deal_words, _stopped
from kg.nlp.relations.triggers import distinct_pairs


def _usable(verb: Token, ctx: DocContext) -> bool:
    """Whether ``verb`` is a verb stated as happening (not negated, not only supposed)."""
    return verb.pos_ == "VERB" and not ctx.negated(verb) and not supposed_or_doubted(verb, ctx)


def _with_prep(word: Token) -> Token | None:
    """The preposition that takes the partner: ``alongside`` itself, or the ``with`` of ``along with``."""
    if word.lower_ == "alongside":
        return word
    return next((c for c in word.children if c.dep_ == "prep" and c.lower_ == "with"), None)


@triggered_by(lambda lex: lex.words("r16coop_alongside_words"))
def alongside_doer_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Chevron, alongside Saudi Aramco, is building a gas plant``, ``Bosch, along with Denso, will test the
    brakes``, ``Thales will develop the radar alongside Leonardo``: the partner marked ``alongside`` or ``along
    with`` on the doer (or on the verb) of a verb of joint work works with the doer (not on the subject of a
    passive, nor with a verb of mere state: ``Apple, alongside Samsung, dominates …``)."""
    verbs = ctx.lex.words("r16coop_joint_work_verbs")
    for word in ctx.find(sent, ctx.lex.words("r16coop_alongside_words")):
        prep = _with_prep(word)
        if prep is None or word.dep_ != "prep":
            continue
        attach = word.head
        if attach.pos_ == "VERB":
            verb, doers = attach, party_ids(ctx.subjects(attach), ctx)
        elif attach.dep_ == "nsubj" and attach.pos_ in ("PROPN", "NOUN"):
            verb, doers = attach.head, party_ids(ctx.actors(attach), ctx)
        else:
            continue
        if verb.lemma_ not in verbs or not _usable(verb, ctx) or \
                any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            continue
        partners = party_ids([a for p in prep.children if p.dep_ == "pobj" for a in ctx.actors(p)], ctx)
        for s, o in distinct_pairs(doers, partners):
            yield Candidate(s, "cooperatesWith", o, f"r16coop:alongside:{verb.lemma_}", ctx.status(verb), sent)


def _for_task(verb: Token, ctx: DocContext) -> bool:
    """Whether a recruiting verb says what the partner is taken on for: a ``to`` clause of joint work (not of
    selling or supplying, which is suppliesTo: ``tapped Nokia to supply the network``) or an ``as`` phrase (not a
    ``for`` phrase: ``signed up Nokia for its 5G network`` names a supply)."""
    selling = ctx.lex.words("deal_purpose_verbs")
    tasks = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"]
    if any(t.lemma_ in selling for t in tasks):
        return False
    return bool(tasks) or any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)


@triggered_by(lambda lex: set(lex.value("r16coop_recruit_verbs")))
def recruited_for_task_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Toyota tapped Nvidia to design its car computers``, ``Uber signed up Baidu to offer rides``, ``Nvidia was
    tapped by Toyota to design …``: the one who recruits a named partner for a task works with it (the particle the
    lexicon names must be there: ``signed up``; ``tapped the bond market`` names no partner, ``tapped its wealth
    fund`` one of its own)."""
    table: dict[str, str] = ctx.lex.value("r16coop_recruit_verbs")
    for verb in ctx.find(sent, set(table)):
        if verb.lemma_ not in table or not _usable(verb, ctx) or not _for_task(verb, ctx):
            continue
        particle = table[verb.lemma_]
        if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children):
            continue
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            chosen = [a for c in verb.children if c.dep_ == "nsubjpass" for a in ctx.actors(c)]
            choosers = [a for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                        for a in ctx.actors(p)]
        else:
            chosen = [a for c in verb.children if c.dep_ == "dobj" and not any(p.dep_ == "poss" for p in c.children)
                      for a in ctx.actors(c)]  # not "tapped its wealth fund": one's own body is no partner
            choosers = ctx.subjects(verb)
        for s, o in distinct_pairs(party_ids(choosers, ctx), party_ids(chosen, ctx)):
            yield Candidate(s, "cooperatesWith", o, f"r16coop:recruited:{verb.lemma_}", ctx.status(verb), sent)


def _named_partners(prep: Token, ctx: DocContext) -> list[str]:
    """The actors named after ``with`` (the object itself a name: ``with Google``, not ``with Nvidia chips``)."""
    out: list[str] = []
    for p in prep.children:
        eid = ctx.entity(p) if p.dep_ == "pobj" else None
        if eid and ctx.is_actor(eid):
            out += ctx.actors(p)
    return party_ids(out, ctx)


def _makers(verb: Token, ctx: DocContext) -> list[str]:
    """Who made the thing of a passive making verb: its agent (``by Airbus``), else the owner of the thing made
    (``Samsung's new phone was developed …``, ``Fujitsu's chip, designed with …``)."""
    agents = [a for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
              for a in ctx.actors(p)]
    if agents:
        return party_ids(agents, ctx)
    things = [c for c in verb.children if c.dep_ == "nsubjpass"] or ([verb.head] if verb.dep_ == "acl" else [])
    return party_ids([a for t in things for c in t.children if c.dep_ == "poss" and c.pos_ != "PRON"
                      for a in ctx.actors(c)], ctx)


@triggered_by(lambda lex: lex.words("r16coop_making_verbs"))
def made_with_partner_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Samsung's new phone was developed with Google``, ``the rocket, designed by Airbus with Safran, …``: a
    thing made, in the passive, with a named partner is the maker's work with that partner (the partner must be
    the name itself: ``built with Nvidia chips`` is a supply, not a partner)."""
    for verb in ctx.find(sent, ctx.lex.words("r16coop_making_verbs")):
        if verb.tag_ != "VBN" or not _usable(verb, ctx):
            continue
        if not (any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or verb.dep_ == "acl"):
            continue
        partners = [a for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                    for a in _named_partners(c, ctx)]
        if not partners:
            continue
        for s, o in distinct_pairs(_makers(verb, ctx), partners):
            yield Candidate(s, "cooperatesWith", o, f"r16coop:made-with:{verb.lemma_}", ctx.status(verb), sent)


@triggered_by(lambda lex: {"joint"})
def joint_held_by_people_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The Indian and French navies held a joint exercise``, ``officials from Chile and Peru launched a joint
    study``: a joint undertaking done by people or bodies that stand for several states or firms is their
    cooperation (r14coop2's ``joint-held`` reads named doers; this one the doers the parser gives as a group)."""
    excluded = ctx.lex.words("r12lex_not_joint_nouns")
    for joint in ctx.find(sent, {"joint"}):
        noun, verb = joint.head, joint.head.head
        if joint.dep_ != "amod" or noun.dep_ != "dobj" or noun.lower_ in excluded or noun.lemma_ in excluded or \
                not _usable(verb, ctx) or _stopped(verb, ctx):
            continue
        doers = repaired_subjects(verb, ctx)
        for s, o in combinations(doers, 2):
            yield Candidate(s, "cooperatesWith", o, f"r16coop:joint-by-group:{noun.lemma_}", ctx.status(verb), sent)


def _purpose(verb: Token, ctx: DocContext) -> bool:
    """Whether ``verb`` has a ``to`` clause of making or developing (``… to build custom applications``)."""
    making = ctx.lex.words("r16coop_joint_work_verbs") | ctx.lex.words("r16coop_making_verbs")
    return any(c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and c.lemma_ in making and
               any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children) for c in verb.children)


@triggered_by(lambda lex: lex.words("r16coop_using_verbs"))
def built_on_partner_tools_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Wipro will use Nvidia's software to build custom applications``, ``Kakao is using Google's tools to develop
    a chatbot``: building one's own product on a named firm's software, tools or platform is work with that firm
    (its supply is read by the supply rules; not its chips or hardware, which are a supply only)."""
    tools = ctx.lex.words("r16coop_tool_nouns")
    for verb in ctx.find(sent, ctx.lex.words("r16coop_using_verbs")):
        if not _usable(verb, ctx) or not _purpose(verb, ctx):
            continue
        owners = [a for c in verb.children if c.dep_ == "dobj" and (c.lower_ in tools or c.lemma_ in tools)
                  for p in c.children if p.dep_ == "poss" and p.pos_ != "PRON" for a in ctx.actors(p, conj=False)]
        owners = [a for a in party_ids(owners, ctx) if ctx.type_of(a) == "Organization"]
        for s, o in distinct_pairs(party_ids(ctx.subjects(verb), ctx), owners):
            yield Candidate(s, "cooperatesWith", o, f"r16coop:built-on-tools:{verb.lemma_}", ctx.status(verb), sent)


def _counterparts(verb: Token, ctx: DocContext) -> list[str]:
    """Whom the doer of ``verb`` acts on or with under a deal: its object, the actors after ``with``/``to``/``for``/
    ``in``/``from`` (each a name itself), the doers of a clause joined to it (``…, while Lyft will run the fleet``)
    and the one helped or made to act (``help Ukraine rebuild``)."""
    named = [c for c in verb.children if c.dep_ in ("dobj", "dative")] + list(
        ctx.pobjs(verb, {"with", "to", "for", "in", "from"}))
    found = [a for c in named if ctx.entity(c) for a in ctx.actors(c)]  # a name, not "its software including X"
    found += [a for c in verb.children if c.dep_ in ("conj", "advcl") and c.pos_ == "VERB"
              for a in ctx.subjects(c)]
    found += [a for c in verb.children if c.dep_ in ("ccomp", "xcomp")  # "help Ukraine rebuild": who is helped
              for n in c.children if n.dep_ == "nsubj" for a in ctx.actors(n)]
    return party_ids(found, ctx)


@triggered_by(lambda lex: {"under"})
def under_the_deal_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Under the agreement, Siemens will help Ukraine rebuild its grid``, ``Under the deal, Baidu will supply the
    cars while Lyft will run the fleet``: the parties acting on one another under the deal (named before, referred
    to by ``the``) have an agreement (a deal named with its parties, ``under an accord signed with X``, is read by
    the agreement rules; ``under its contract`` is one party's own)."""
    deals = _deal_words(ctx.lex)
    for under in ctx.find(sent, {"under"}):
        verb = under.head
        noun = next((c for c in under.children if c.dep_ == "pobj"), None)
        if under.dep_ != "prep" or noun is None or noun.lower_ not in deals and noun.lemma_ not in deals:
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children) or any(
                c.dep_ in ("prep", "acl", "relcl", "poss") for c in noun.children):
            continue
        if not _usable(verb, ctx):
            continue
        for s, o in distinct_pairs(party_ids(ctx.subjects(verb), ctx), _counterparts(verb, ctx)):
            yield Candidate(s, "agreementWith", o, f"r16coop:under-the-deal:{noun.lemma_}", "asserted", sent)


@triggered_by(lambda lex: lex.words("r16coop_launching_verbs"))
def launched_together_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Brazil, Argentina and Uruguay launched an initiative on water security``, ``Japan and Australia set up a
    joint fund``: several parties who together start one undertaking cooperate (not ``each``/``separately``, nor
    ``separate`` or ``rival`` undertakings, nor a plural of them: ``launched investigations``)."""
    nouns, apart = ctx.lex.words("r16coop_launched_nouns"), ctx.lex.words("r14coop_apart_words")
    own = ctx.lex.words("r16coop_own_words")
    for verb in ctx.find(sent, ctx.lex.words("r16coop_launching_verbs")):
        if not _usable(verb, ctx) or _stopped(verb, ctx) or any(c.dep_ in ("nsubjpass", "auxpass")
                                                                 for c in verb.children):
            continue
        if verb.lemma_ == "set" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
            continue
        things = [c for c in verb.children if c.dep_ == "dobj" and c.tag_ == "NN" and
                  (c.lower_ in nouns or c.lemma_ in nouns)]
        if not things or any(t.lower_ in apart | own for c in verb.children for t in c.subtree
                             if c.dep_ in ("advmod", "nsubj", "dobj")):
            continue
        doers = party_ids(ctx.subjects(verb), ctx)
        for s, o in combinations(doers, 2):
            yield Candidate(s, "cooperatesWith", o, f"r16coop:launched-together:{things[0].lemma_}",
                            ctx.status(verb), sent)


R16COOP_RULES = (alongside_doer_rule, recruited_for_task_rule, made_with_partner_rule, joint_held_by_people_rule,
                 built_on_partner_tools_rule, under_the_deal_rule, launched_together_rule)
