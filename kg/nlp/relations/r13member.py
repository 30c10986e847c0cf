"""Membership across sentences: a bloc named once, its members stated later through a description of it or with no
name at all.

- ``BRICS was founded in 2009. The grouping now includes Egypt and Iran.``; ``The group's members, A and B, …``;
  ``A and B are members of the alliance``; ``A, B and C make up the group``: a description of a body (``the
  grouping``, ``the alliance``, ``the club`` …: ``r13member_body_nouns``) the reference step left open, or resolved
  to something that is no body, stands for the body named last before it (:func:`described_body_rule`).
- ``NATO met in Vilnius. Finland joined in April.``; ``Vietnam, which joined in 1995, …``; ``Vietnam, a founding
  member, …``; ``Members include Japan and India.``: a join with no object and a member with no body are of the one
  body the text names in the sentences before (:func:`topic_member_rule`).

The body before is the last one named in the sentence or the ``REACH`` sentences before it; when two different
bodies are named there, the reading is left alone (which of them is meant is a guess).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.membership import _wished, listed_after, member_body, noun_members

#: sentences back the body may have been named in
REACH = 3
#: types of the bodies one is a member of (an organisation too when its name says it is a grouping)
BODY_TYPES = ("InternationalOrganization",)
MEMBER_TYPES = ("Country", "Organization", "InternationalOrganization")
#: organisations that have shareholders or staff, not members
NOT_BODY_SUBTYPES = {"Company", "Bank", "Fund", "GovernmentBody", "Media", "Military", "University",
                     "ResearchInstitution"}


def is_body(entity_id: str, ctx: DocContext) -> bool:
    """An international body, or an organisation whose name ends in a grouping word (``Open RAN Policy
    Coalition``, ``SeaMeWe-6 consortium``) and is of no kind that has no members (a company, a ministry)."""
    e = ctx.entities.get(entity_id)
    if e is None:
        return False
    if e.type in BODY_TYPES:
        return True
    words = e.label.lower().split() if e.type == "Organization" and e.subtype not in NOT_BODY_SUBTYPES else []
    return bool(words) and words[-1] in ctx.lex.words("r13member_body_name_words")


def body_before(tok: Token, ctx: DocContext, exclude: tuple[str, ...] = ()) -> str | None:
    """The one body named before ``tok`` in its sentence and the ``REACH`` sentences before (None when none, or
    when two different bodies are named there)."""
    start = ctx.index.sentence_floor(tok.i, REACH)
    found: list[str] = []
    for i in range(tok.i - 1, start - 1, -1):
        eid = ctx.mention_at.get(i)
        if eid and eid not in exclude and eid not in found and is_body(eid, ctx):
            found.append(eid)
    # a body that is part of another named there ("the SCO's summit … the SCO Secretariat") is still two bodies
    return found[0] if len(found) == 1 else None


def described_body(tok: Token, ctx: DocContext) -> str | None:
    """The body a description stands for: ``the grouping`` / ``the alliance's`` after a body named before; not a
    description with a name of its own (``the group Alpha``) or one the reference step read as a body already."""
    if tok.lower_ not in ctx.lex.words("r13member_body_nouns") or tok.tag_ not in ("NN", "NNP") or ctx.entity(tok):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    if any(c.dep_ in ("compound", "amod", "nmod", "poss") and ctx.entity(c) for c in tok.children):
        return None  # "the BRICS grouping" names its body itself; "China's group" is another thing
    if any(c.dep_ == "appos" and c.i > tok.i for c in tok.children):
        return None  # "the group, A and B": the group is what follows
    known = [a for a in ctx.refs.get(tok.i, []) if is_body(a, ctx)]
    if len(known) == 1:
        return known[0]  # the reference step resolved it to a body
    return body_before(tok, ctx)


def _members_of_clause(verb: Token, ctx: DocContext) -> list[str]:
    """The members a counting verb lists: ``includes A and B``, ``counts A and B among its members``, ``brings
    together A and B``, ``consists of A and B``, (``its members are``) ``A and B``."""
    listed = [c for c in verb.children if c.dep_ in ("dobj", "attr")] + \
        [p for p in ctx.pobjs(verb, {"of"}) if verb.lemma_ == "consist"]
    # "includes six carriers: A, B and C": the names a group lists (not "includes Chinese firms": China)
    return [a for c in listed for a in ctx.actors(c, groups=False) or ctx.examples(c)]


def _counting(verb: Token, ctx: DocContext) -> bool:
    """A verb that lists members: ``include``, ``comprise``, ``consist of``, ``bring together``."""
    if verb.lemma_ == "bring":
        return any(c.dep_ in ("prt", "advmod") and c.lower_ == "together" for c in verb.children)
    return verb.lemma_ in ctx.lex.words("r13member_counting_verbs")


def _noun_members(noun: Token, ctx: DocContext) -> list[str]:
    """Who a membership noun names: its apposition, the names listed right after it, the subject it is said of
    (``A is a member``), the object of ``include`` it is the subject of."""
    members = [a for c in noun.children if c.dep_ == "appos" for a in ctx.actors(c, groups=False)]
    members += listed_after(noun, ctx)
    if noun.dep_ in ("attr", "oprd") and noun.head.lemma_ in ("be", "become", "remain"):
        members += ctx.subjects(noun.head)
    if noun.dep_ == "nsubj" and (_counting(noun.head, ctx) or noun.head.lemma_ == "be"):
        members += _members_of_clause(noun.head, ctx)
    if noun.dep_ == "appos" and ctx.entity(noun.head):
        members += ctx.actors(noun.head, conj=False)
    return members


def _membership_noun(tok: Token, ctx: DocContext) -> bool:
    """``members``, ``member``, ``founders``, ``member states`` (not ``former members``, ``prospective member``)."""
    member = tok.lower_ in ctx.lex.words("member_nouns") or tok.lower_ in ctx.lex.words("r13member_founder_nouns") \
        or tok.tag_ == "NNS" and any(c.dep_ == "amod" and c.lower_ == "founding" for c in tok.children) \
        or tok.lower_ in ctx.lex.words("r13member_partner_nouns") and any(
            c.dep_ == "compound" and c.lower_ == "member" for c in tok.children)
    return member and not any(c.lower_ in ctx.lex.words("r10curbs_not_member_words") for c in tok.children)


@triggered_by(lambda lex: lex.words("r13member_body_nouns"))
def described_body_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The grouping now includes A and B``; ``the group's members, A and B``; ``A is a member of the bloc``;
    ``A and B make up the alliance``; ``A joined the group``: a description of the body named before."""
    for tok in ctx.find(sent, ctx.lex.words("r13member_body_nouns")):
        body = described_body(tok, ctx)
        if body is None:
            continue
        head, members, anchor = tok.head, [], tok
        if tok.dep_ in ("nsubj", "nsubjpass") and _counting(head, ctx):
            members, anchor = _members_of_clause(head, ctx), head
        elif tok.dep_ == "poss" and _membership_noun(head, ctx):
            members, anchor = _noun_members(head, ctx), head
        elif tok.dep_ == "pobj" and head.lower_ == "of" and _membership_noun(head.head, ctx):
            members, anchor = _noun_members(head.head, ctx), head.head
        elif tok.dep_ == "dobj" and (head.lemma_ == "join" and not _wished(head, ctx) or head.lemma_ in (
                "make", "form") and any(c.dep_ == "prt" and c.lower_ == "up" for c in head.children)):
            members, anchor = ctx.subjects(head), head
        for relcl in (c for c in tok.children if c.dep_ == "relcl" and _counting(c, ctx)):
            if any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in relcl.children):
                members, anchor = members + _members_of_clause(relcl, ctx), relcl
        if not members or ctx.negated(anchor):
            continue
        status = ctx.status(anchor)
        if anchor.lemma_ == "join" and status != "asserted":
            continue  # "invited to join the bloc": no membership yet
        for member in dict.fromkeys(members):
            if member != body and ctx.type_of(member) in MEMBER_TYPES:
                yield Candidate(member, "memberOf", body, "member:described-body", status, sent)


def _bare_member(tok: Token, ctx: DocContext) -> bool:
    """A membership noun that names no body: no ``of``, no possessive, no name or ``its`` before it."""
    if not _membership_noun(tok, ctx):
        return False
    for c in tok.children:
        if c.dep_ == "poss" and c.lower_ in ("its", "their"):
            continue  # "its members are …", "its members" after a grouping the linker typed as an organisation
        if c.dep_ == "compound" and c.lower_ == "member" and not any(g.dep_ in ("compound", "nmod", "amod")
                                                                       for g in c.children):
            continue  # "Member states such as France"
        if c.dep_ == "prep" and c.lower_ in ("as", "like", "including"):  # "such as"
            continue
        if c.dep_ in ("prep", "poss", "compound", "nmod", "relcl", "acl"):
            return False
    return True


def _bare_join(tok: Token, ctx: DocContext) -> bool:
    """``Finland joined in April``, ``Vietnam, which joined in 1995``: a join with no object (and not ``joined
    in sanctioning``, ``joined with``, ``joined forces``)."""
    if tok.pos_ != "VERB" or tok.lemma_ != "join" or tok.tag_ not in ("VBD", "VBN"):
        return False
    for c in tok.children:
        if c.dep_ in ("dobj", "xcomp", "ccomp", "dative", "prt", "attr", "oprd", "agent", "auxpass"):
            return False  # not "were joined by Egypt" (accompanied)
        if c.dep_ == "prep" and c.lower_ == "as" and any(_membership_noun(g, ctx) for g in c.children):
            continue  # "joined as founding members"
        if c.dep_ == "prep" and (c.lower_ not in ("in", "on", "since", "during") or any(
                g.dep_ == "pcomp" or g.dep_ == "pobj" and not _time_word(g, ctx) for g in c.children)):
            return False  # "joined in April", not "joined in the talks", "joined with Japan"
    return True


def _time_word(tok: Token, ctx: DocContext) -> bool:
    """A month, a season, a year (``April``, ``2019``, ``the summer``)."""
    return tok.like_num or tok.lower_ in ctx.lex.words("r13member_time_words")


@triggered_by(lambda lex: lex.words("member_nouns") | lex.words("r13member_founder_nouns") | {"join", "founding"})
def topic_member_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Finland joined in April``; ``Vietnam, which joined in 1995``; ``Vietnam, a founding member``;
    ``Members include A and B``; ``Sweden is also a member``: of the one body named in the sentences before."""
    for tok in ctx.find(sent, ctx.lex_memo("r13member_topic_words", lambda: frozenset(
            ctx.lex.words("member_nouns") | ctx.lex.words("r13member_founder_nouns") | {"join", "founding"}))):
        if tok.dep_ == "compound" and tok.lower_ == "member" and \
                tok.head.lower_ in ctx.lex.words("r13member_partner_nouns") or \
                tok.lower_ == "founding" and tok.dep_ == "amod" and tok.head.tag_ == "NNS" and \
                tok.head.lower_ not in ctx.lex.words("member_nouns"):
            tok = tok.head  # "member states", "the founding carriers": read at the head noun
        if tok.lemma_ == "join" or tok.lower_ == "joined":
            if not _bare_join(tok, ctx) or _wished(tok, ctx) or ctx.status(tok) != "asserted":
                continue
            members, anchor = ctx.subjects(tok), tok
        elif _bare_member(tok, ctx):
            if tok.dep_ in ("attr", "oprd", "appos") and any(c.dep_ == "det" and c.lower_ == "the"
                                                             for c in tok.children):
                continue  # "X is the member who …": a description, not a membership
            members, anchor = ctx.examples(tok), tok  # "Member states such as France and Germany"
            if tok.dep_ == "nsubj" and (_counting(tok.head, ctx) or tok.head.lemma_ == "be"):
                # "Members include …", "Its members are …", "The founding members are …"
                members, anchor = members + _members_of_clause(tok.head, ctx), tok.head
            elif tok.dep_ == "dobj" and tok.head.lower_ == "founding":  # "A and B are founding members" (a verb)
                members, anchor = ctx.subjects(tok.head), tok.head
            elif tok.dep_ in ("attr", "oprd") and tok.head.lemma_ in ("be", "become", "remain"):
                members, anchor = ctx.subjects(tok.head), tok.head
            elif tok.dep_ == "appos" and ctx.entity(tok.head):  # "A, a founding member", "A and B, all members"
                members = ctx.actors(tok.head, conj=any(c.lower_ in ("all", "both") for c in tok.children))
            elif tok.dep_ == "pobj" and tok.head.lower_ == "among" and tok.head.head.lemma_ in ("be", "remain"):
                members, anchor = ctx.subjects(tok.head.head), tok.head.head  # "A and B are among the members"
            members += [a for c in tok.children if c.dep_ == "appos" for a in ctx.actors(c, groups=False)]
            members += listed_after(tok, ctx)  # "Founding members A and B will …"
        else:
            continue
        if not members or ctx.negated(anchor):
            continue
        body = body_before(ctx.doc[min(m.start for m in _mentions_of(members, sent, ctx)) if
                                   _mentions_of(members, sent, ctx) else tok.i], ctx, tuple(members))
        if body is None:
            continue
        for member in dict.fromkeys(members):
            if member != body and ctx.type_of(member) in MEMBER_TYPES and _fits(member, body, ctx):
                yield Candidate(member, "memberOf", body, "member:topic", ctx.status(anchor), sent)


def _mentions_of(members: list[str], sent: Span, ctx: DocContext) -> list[Span]:
    """The mentions of ``members`` in ``sent`` (the body must be named before the first of them)."""
    return [e for e in ctx.ents_in(sent) if e.kb_id_ in members]


def _fits(member: str, body: str, ctx: DocContext) -> bool:
    """A state is a member of an international body or of a grouping; a company of a grouping of companies, not
    of a body of states."""
    if ctx.type_of(body) == "InternationalOrganization":
        return ctx.type_of(member) in ("Country", "InternationalOrganization")
    return True


@triggered_by(lambda lex: lex.words("r13member_partner_nouns"))
def conjoined_partners_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Washington and its Quad partners``, ``Germany and other NATO allies``, ``India and fellow BRICS members``:
    the name coordinated with a body's partners is one of them."""
    for tok in ctx.find(sent, ctx.lex.words("r13member_partner_nouns")):
        if tok.dep_ != "conj" or tok.tag_ != "NNS" or ctx.negated(tok.head):
            continue
        if any(c.dep_ == "appos" for c in tok.children) or listed_after(tok, ctx):
            continue  # "not only A but also fellow BRICS members B and C": the partners are named, A is not one
        kids = [c for c in tok.children if c.i < tok.i]
        if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") or c.dep_ == "amod" and c.lower_ in (
                "other", "fellow") for c in kids):
            continue
        bodies = [a for c in kids if c.dep_ in ("compound", "nmod") for a in ctx.actors(c, conj=False)
                  if is_body(a, ctx)]
        if len(bodies) != 1:
            continue
        members = ctx.actors(tok.head, conj=False) + [a for c in tok.head.children if c.dep_ == "conj" and c.i < tok.i
                                                      for a in ctx.actors(c, conj=False)]
        for member in dict.fromkeys(members):
            if member != bodies[0] and ctx.type_of(member) in MEMBER_TYPES and _fits(member, bodies[0], ctx):
                yield Candidate(member, "memberOf", bodies[0], "member:conjoined-partners", "asserted", sent)


@triggered_by(lambda lex: lex.words("member_nouns"))
def named_grouping_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Estonia has become the newest member of the Minerals Security Partnership``: a member of an organisation
    whose name makes it a grouping (``partnership``, ``initiative``, ``club``: ``r13member_body_name_words``) that
    the membership rules do not count as a body."""
    for tok in ctx.find(sent, ctx.lex.words("member_nouns")):
        if not _membership_noun(tok, ctx) or ctx.negated(tok):
            continue
        bodies = [a for p in ctx.pobjs(tok, {"of"}) for a in ctx.actors(p, conj=False)
                  if ctx.type_of(a) == "Organization" and is_body(a, ctx) and not member_body(a, ctx)]
        if len(bodies) != 1:
            continue
        for member in noun_members(tok, sent, ctx, other=False):
            if member != bodies[0] and ctx.type_of(member) in MEMBER_TYPES:
                yield Candidate(member, "memberOf", bodies[0], "member:named-grouping", ctx.status(tok), sent)


@triggered_by(lambda lex: lex.words("r13member_founding_verbs"))
def founded_by_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The Open Compute Alliance was founded in 2020 by Nokia, Ericsson and Samsung``, ``the bloc was set up by
    A and B``, ``A and B founded the group``: the founders of a body are its members (``the lender founded by``
    and the founding of a named international body are read by :func:`~kg.nlp.relations.membership.belong_rule`
    too)."""
    verbs = ctx.lex.words("r13member_founding_verbs")
    for tok in ctx.find(sent, verbs):
        if tok.tag_ not in ("VBN", "VBD") or tok.lemma_ not in verbs or ctx.negated(tok) or \
                (tok.lemma_ == "set" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children)):
            continue
        founded = next((c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")), None)
        if founded is None or founded.dep_ == "dobj" and tok.tag_ != "VBD":
            continue
        bodies = [a for a in ctx.actors(founded, conj=False) if is_body(a, ctx)]
        if not bodies and founded.lower_ == "it":  # "It was founded by …" after the body
            body = body_before(founded, ctx)
            bodies = [body] if body else []
        if not bodies:
            body = described_body(founded, ctx)
            bodies = [body] if body else []
        if founded.dep_ == "dobj":  # "A and B founded the group last year" (by name: not "the partners formed it")
            subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            members = ctx.subjects(tok) if subject is not None and ctx.mention_at.get(subject.i) else []
        else:
            members = [a for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                       for a in ctx.actors(p) or ctx.examples(p)]
        for body in bodies[:1]:
            for member in dict.fromkeys(members):
                if member != body and ctx.type_of(member) in MEMBER_TYPES and _fits(member, body, ctx):
                    yield Candidate(member, "memberOf", body, "member:founded-by", ctx.status(tok), sent)
