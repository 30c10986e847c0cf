"""Membership as internet and telecom governance news tells it (round 15, branch r15netgov):

- ``whose members include`` after a description of the body rather than its name: ``the GSMA, an association of
  mobile operators whose members include Orange and Telenor`` (the description's noun, the noun it is ``of``, and
  the name it stands in apposition to);
- ``fellow X members of A and B``: those the members are fellows of are members of X too;
- ``ASEAN, of which Vietnam is a member``: the body named right before ``, of which``;
- ``A and B (both) sit on the X``: seats on a body are membership;
- ``A, B and C were among 65 parties that signed the convention``: every pair of named signers agrees;
- ``the WTO's Appellate Body``: a unit an international body names as its own (a board, court, council, office:
  ``r15netgov_unit_name_words``) is part of it;
- ``Telstra and Optus are among the members of the registry``: a description of a grouping
  (``r15netgov_member_body_nouns``) that refers back to an organisation names a body one can be a member of.

Each rule visits only its trigger words (through the document index); a negated clause gives nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.membership import _agreement_noun as agreement_noun

#: kinds of body one can be a member of, and kinds of member
BODY_TYPES = ("InternationalOrganization", "Bloc", "Organization")
MEMBER_TYPES = ("Country", "Organization", "InternationalOrganization")
#: organisation subtypes that have shareholders or staff, not members
NOT_BODY_SUBTYPES = frozenset({"Company", "Bank", "Fund", "Person"})
#: relative pronouns that open ``of which X is a member``
RELATIVES = frozenset({"which", "whom"})


def can_have_members(eid: str, ctx: DocContext) -> bool:
    """Whether entity ``eid`` is a body one can be a member of (a bloc, an international body, an association;
    not a company)."""
    e = ctx.entities.get(eid)
    return e is not None and e.type in BODY_TYPES and e.subtype not in NOT_BODY_SUBTYPES


def described_body(noun: Token, ctx: DocContext) -> list[str]:
    """The body a description of it stands for: the description's own name, or up through ``an association of
    operators`` (the noun ``of`` hangs on) and an apposition to the name (``the GSMA, an association …``).

    Example: in ``The GSMA, an association of mobile operators whose …`` the noun ``operators`` gives the GSMA.
    """
    for _ in range(4):
        found = [a for a in ctx.actors(ctx.mention_root(noun), conj=False) if can_have_members(a, ctx)]
        if found:
            return found
        if ctx.entity(noun):
            return []  # a name that is no body: a company's members are no members
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head
        elif noun.dep_ == "appos":
            noun = noun.head
        else:
            return []
    return []


@triggered_by(lambda lex: {"members", "member"})
def described_members_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``the GSMA, an association of mobile operators whose members include Orange and Telenor`` (membership.py
    reads ``X, whose members include …`` when the relative clause hangs on the name itself)."""
    for tok in ctx.find(sent, {"members", "member"}):
        verb = tok.head
        if tok.dep_ != "nsubj" or verb.dep_ != "relcl" or verb.lemma_ not in ("include", "comprise") or \
                not any(c.lower_ == "whose" for c in tok.children) or ctx.negated(verb):
            continue
        antecedent = verb.head
        if any(can_have_members(a, ctx) for a in ctx.actors(ctx.mention_root(antecedent), conj=False)):
            continue  # the name itself: membership.group_member_rule
        bodies = described_body(antecedent, ctx)
        members = [a for c in verb.children if c.dep_ == "dobj" for a in ctx.actors(c, groups=False)]
        for body in bodies:
            for member in dict.fromkeys(members):
                if member != body and ctx.type_of(member) in MEMBER_TYPES:
                    yield Candidate(member, "memberOf", body, "r15netgov:described-members", "asserted", sent)


@triggered_by(lambda lex: {"fellow"})
def fellow_members_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Brazil and India, fellow BRICS members of Russia and China, abstained``: Russia and China are members of
    BRICS too (membership.py reads the members named before the description)."""
    for tok in ctx.find(sent, {"fellow"}):
        noun = tok.head
        if tok.dep_ != "amod" or noun.lemma_ not in ("member", "partner") or ctx.negated(noun):
            continue
        bodies = [a for c in noun.children if c.dep_ in ("compound", "nmod") and c.i < noun.i
                  for a in ctx.actors(c, conj=False) if can_have_members(a, ctx)]
        fellows = [a for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj" for a in ctx.actors(p) if ctx.type_of(a) in MEMBER_TYPES]
        # "India's fellow BRICS members": the owner is a fellow
        fellows += [a for c in noun.children if c.dep_ == "poss" for a in ctx.actors(c)
                    if ctx.type_of(a) in MEMBER_TYPES]
        # the ones described (``Brazil and India, fellow … members``): an apposition's head, or the names the
        # parser hangs on the noun before ``fellow``
        described = ctx.actors(noun.head) if noun.dep_ == "appos" else []
        described += [a for c in noun.children if c.dep_ == "nmod" and c.i < tok.i for a in ctx.actors(c)]
        for body in bodies:
            for member in dict.fromkeys(fellows + [a for a in described if ctx.type_of(a) in MEMBER_TYPES]):
                if member != body:
                    yield Candidate(member, "memberOf", body, "r15netgov:fellow-members", "asserted", sent)


def body_before(prep: Token, ctx: DocContext) -> list[str]:
    """The body named right before ``, of which``: the mention that ends at the comma (the parser may hang the
    relative clause on an earlier conjunct)."""
    i = prep.i - 1
    if i < 0 or ctx.doc[i].text != ",":
        return []
    if i > 1 and ctx.doc[i - 1].text == ")":
        i -= 1  # "the Association of Southeast Asian Nations (ASEAN), of which": the short form is the body
    eid = ctx.mention_at.get(i - 1)
    return [eid] if eid and can_have_members(eid, ctx) else []


@triggered_by(lambda lex: {"members", "member"})
def of_which_member_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Hanoi will work with Interpol and ASEAN, of which Vietnam is a member``: Vietnam memberOf ASEAN."""
    for tok in ctx.find(sent, {"members", "member"}):
        verb = tok.head
        if tok.dep_ != "attr" or verb.lemma_ not in ("be", "become", "remain") or verb.dep_ != "relcl" or \
                ctx.negated(verb):
            continue
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < verb.i and
                 any(p.lower_ in RELATIVES for p in c.children)]
        preps += [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and
                  any(p.lower_ in RELATIVES for p in c.children)]
        if not preps:
            continue
        bodies = body_before(preps[0], ctx)
        members = [a for a in ctx.subjects(verb) if ctx.type_of(a) in MEMBER_TYPES]
        for body in bodies:
            for member in members:
                if member != body:
                    yield Candidate(member, "memberOf", body, "r15netgov:of-which-member", ctx.status(verb), sent)


@triggered_by(lambda lex: {"sit", "sits", "sat", "sitting"})
def sit_on_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Ofcom and Arcom both sit on the European Board for Digital Services``: a seat on a body is membership
    (a country's or an organisation's; a person on a board is read elsewhere)."""
    for verb in ctx.find(sent, {"sit", "sits", "sat", "sitting"}):
        if verb.lemma_ != "sit" or verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        bodies = [a for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"
                  for p in c.children if p.dep_ == "pobj" for a in ctx.actors(p) if can_have_members(a, ctx)]
        if not bodies:
            continue
        members = [a for a in ctx.subjects(verb) if ctx.type_of(a) in ("Country", "Organization")]
        for body in bodies:
            for member in members:
                if member != body:
                    yield Candidate(member, "memberOf", body, "r15netgov:sit-on", ctx.status(verb), sent)


@triggered_by(lambda lex: {"sign", "signed", "signs", "signing"})
def among_signers_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Ghana, Kenya and Nigeria were among 40 countries that signed the treaty``: the ones named among those
    who signed an agreement are its signatories, each pair of them agrees (membership.signatory_rule reads
    ``were among the signatories``)."""
    for verb in ctx.find(sent, {"sign", "signed", "signs", "signing"}):
        if verb.lemma_ != "sign" or verb.pos_ != "VERB" or verb.dep_ != "relcl" or ctx.negated(verb):
            continue
        if not any(c.dep_ == "dobj" and agreement_noun(c, ctx) for c in verb.children):
            continue
        group = verb.head  # "countries", "parties", "states"
        if group.dep_ != "pobj" or group.head.lower_ not in ("among", "of") or group.head.head.lemma_ != "be":
            continue
        be = group.head.head
        if group.head.lower_ == "of" and not any(c.lower_ == "one" for c in be.children if c.dep_ == "attr"):
            pass
        if ctx.negated(be):
            continue
        signers = [a for a in ctx.subjects(be) if ctx.type_of(a) in ("Country", "Organization",
                                                                       "InternationalOrganization", "Bloc")]
        status = ctx.status(verb)
        for a, b in combinations(sorted(set(signers)), 2):
            yield Candidate(a, "agreementWith", b, "r15netgov:among-signers", status, sent)


@triggered_by(types=("InternationalOrganization",))
def body_unit_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``the WTO's Appellate Body``, ``the EU's General Court``: a unit named after an international body's
    possessive is part of it when its name ends in a word of a body's unit (structure.part_of_rule reads an
    organisation's possessive)."""
    units = ctx.lex.words("r15netgov_unit_name_words")
    for ent in ctx.index.ents_typed(sent, "InternationalOrganization", ctx.type_of):
        root = ent.root
        if root.dep_ != "poss":
            continue
        part = ctx.entity(root.head)
        if not part or part == ent.kb_id_ or ctx.type_of(part) != "Organization":
            continue
        words = ctx.entities[part].label.lower().split() if part in ctx.entities else []
        if words and words[-1] in units:
            yield Candidate(part, "partOf", ent.kb_id_, "r15netgov:body-unit", "asserted", sent)


@triggered_by(lambda lex: {"members", "member"})
def members_of_described_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Telstra and Optus are among the 900 Australian members of the registry``: ``the registry`` refers back
    to an organisation that has members (membership.member_rule reads bodies by their names)."""
    nouns = ctx.lex.words("r15netgov_member_body_nouns")
    for tok in ctx.find(sent, {"members", "member"}):
        if tok.pos_ != "NOUN" or ctx.negated(tok):
            continue
        bodies = [a for p in ctx.pobjs(tok, {"of"}) if p.lemma_ in nouns and not ctx.entity(p)
                  for a in ctx.actors(p, conj=False) if ctx.type_of(a) == "Organization"]
        if not bodies:
            continue
        members: list[str] = []
        if tok.dep_ == "pobj" and tok.head.lower_ == "among" and tok.head.head.lemma_ == "be":
            members = ctx.subjects(tok.head.head)  # "A and B are among the members of the registry"
        elif tok.dep_ == "attr" and tok.head.lemma_ == "be":
            members = ctx.subjects(tok.head)  # "A and B are members of the association"
        for body in bodies:
            for member in dict.fromkeys(members):
                if member != body and ctx.type_of(member) in MEMBER_TYPES:
                    yield Candidate(member, "memberOf", body, "r15netgov:members-of-described", ctx.status(tok), sent)


R15NETGOV_RULES = (body_unit_rule, members_of_described_rule, described_members_rule, fellow_members_rule,
                   of_which_member_rule, sit_on_rule, among_signers_rule)
