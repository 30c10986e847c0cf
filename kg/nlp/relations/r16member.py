"""Membership in the shapes news about blocs, associations and consortia uses beside the membership nouns the
older rules read (round 16, branch r16member):

- a join again: ``Britain rejoined the programme's board``, ``the US rejoined UNESCO``
  (``r16member_rejoin_verbs``);
- joining a body the text names by a description: ``The association, which Telstra joined in 2019, …``,
  ``Oracle joined the foundation in May`` after the foundation was named;
- being a party to a body: ``Norway is a party to the Wassenaar Arrangement``, ``Peru, a signatory to APEC's
  charter``… (``r16member_party_nouns``);
- a body's member described by its rank: ``the EU's largest economy, Germany``, ``Nigeria, the bloc's most
  populous country`` (``r16member_rank_nouns``);
- fellows and others: ``its fellow members A and B`` (what ``its`` stands for is a member too), ``X urged other
  members of the G20 to …`` (X is one);
- an inverted list: ``Among the GSMA's members are A and B``;
- an explicit ``member of`` an organisation that is no company (``a platinum member of the Linux Foundation``),
  which the older rules read only when the body's name ends in a grouping word.

Every rule visits only its trigger words; negated, wished-for and hypothetical clauses give nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.membership import (JOIN_PLANS, _wished, announced_join, last_body, listed_after, member_bodies,
                                          member_body, noun_members)
from kg.nlp.relations.r13member import REACH

#: kinds of member
MEMBER_TYPES = ("Country", "Organization", "InternationalOrganization")
#: organisation subtypes that have shareholders, staff or voters, not members
NOT_BODY_SUBTYPES = frozenset({"Company", "Bank", "Fund", "GovernmentBody", "Media", "Military", "University",
                               "ResearchInstitution", "Person"})


def can_have_members(eid: str, ctx: DocContext) -> bool:
    """A bloc, an international body or an organisation of no kind that has no members (not a company, bank,
    ministry or university): ``ASEAN``, ``the GSMA``, ``the Linux Foundation``."""
    e = ctx.entities.get(eid)
    if e is None:
        return False
    return e.type in ("InternationalOrganization", "Bloc") or (
        e.type == "Organization" and e.subtype not in NOT_BODY_SUBTYPES)


def _body_named_before(tok: Token, ctx: DocContext) -> list[str]:
    """The one body named before ``tok`` in its sentence and the ``REACH`` sentences before (none when two
    different bodies are named there)."""
    start = ctx.index.sentence_floor(tok.i, REACH)
    found: list[str] = []
    for i in range(tok.i - 1, start - 1, -1):
        eid = ctx.mention_at.get(i)
        if eid and eid not in found and can_have_members(eid, ctx):
            found.append(eid)
    return found if len(found) == 1 else []


def body_of(tok: Token, ctx: DocContext) -> list[str]:
    """The body ``tok`` names: a name (``the GSMA``), or a description of one named before (``the group``,
    ``the alliance's``, ``the bloc``) resolved by the reference step or to the one body named in the sentences
    before. ``its`` gives the body named last before it.

    Example: in ``The GSMA met. The group, which Rakuten joined, …`` the token ``group`` gives the GSMA.
    """
    named = [a for a in ctx.actors(tok, conj=False) if can_have_members(a, ctx)]
    if named:
        return named
    if ctx.entity(tok):
        return []  # a name that is no body (a company, a country)
    if tok.lower_ in ("its", "their"):
        return [a for a in last_body(tok, ctx, ("InternationalOrganization", "Bloc", "Organization"))
                if can_have_members(a, ctx)]
    if tok.lemma_ not in ctx.lex.words("r13member_body_nouns") and tok.lower_ not in \
            ctx.lex.words("r16member_body_nouns"):
        return []
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return []
    if any(c.dep_ in ("compound", "amod", "nmod", "poss") and ctx.entity(c) for c in tok.children):
        return []  # "the BRICS grouping" names its body itself; "China's group" is another thing
    known = [a for a in ctx.refs.get(tok.i, []) if can_have_members(a, ctx)]
    if len(known) == 1:
        return known
    # an organisation is "the consortium" only when its name says so; a bloc or an international body by any noun
    return [b for b in _body_named_before(tok, ctx) if ctx.type_of(b) != "Organization" or
            tok.lower_ in ctx.entities[b].label.lower().split()]


def _open(verb: Token, ctx: DocContext) -> bool:
    """A clause that states a fact or a decided plan: not negated, not wished for (``hopes to join``), not
    hypothetical (``if X joined``) or speculative (``might join``)."""
    if ctx.negated(verb) or _wished(verb, ctx):
        return False
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children):
        return False
    return not any(c.dep_ == "aux" and c.lower_ in ("might", "could", "would", "may") for c in verb.children)


def _members(tokens: list[str], body: str, ctx: DocContext) -> list[str]:
    """Those of ``tokens`` that can be members of ``body`` (not the body itself, no person)."""
    return [m for m in dict.fromkeys(tokens) if m != body and ctx.type_of(m) in MEMBER_TYPES]


@triggered_by(lambda lex: lex.words("r16member_rejoin_verbs") | {"join", "joined", "joins", "joining"})
def joined_body_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The US rejoined UNESCO``; ``The association, which Telstra joined in 2019, …``; ``Oracle joined the
    foundation`` after the foundation was named: a join of a body the older join rule does not see (a join
    again, a body named by a description or a relative pronoun, an organisation that is no company)."""
    rejoin = ctx.lex.words("r16member_rejoin_verbs")
    for verb in ctx.find(sent, rejoin | {"join", "joined", "joins", "joining"}):
        if verb.pos_ != "VERB" or not (verb.lemma_ == "join" or verb.lower_ in rejoin or verb.lemma_ in rejoin):
            continue
        if not _open(verb, ctx):
            continue
        # only a decided plan to join is planned membership ("plans to join"), not a future ("will one day join")
        if ctx.status(verb) != "asserted" and not (verb.dep_ == "xcomp" and verb.head.lemma_ in JOIN_PLANS) and \
                not announced_join(verb):
            continue
        if any(c.dep_ == "prep" and c.lower_ in ("in", "with") and any(g.tag_ == "VBG" for g in c.children)
               for c in verb.children):
            continue  # "joined the EU in sanctioning Russia": joining others in an act
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_ != "force"]
        bodies: list[str] = []
        for obj in objects:
            if obj.lower_ in ("which", "that") and verb.dep_ == "relcl":
                obj = verb.head  # "the group, which X joined"
            bodies += body_of(obj, ctx)
        if not objects and verb.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in
                                                        ("which", "that", "who") for c in verb.children):
            bodies += body_of(verb.head, ctx)  # "the bloc Oman joined in 1981": the object left out
        for body in dict.fromkeys(bodies):
            for member in _members(ctx.subjects(verb), body, ctx):
                if ctx.type_of(body) == "Organization" and ctx.type_of(member) == "InternationalOrganization":
                    continue
                yield Candidate(member, "memberOf", body, "r16member:join", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("r16member_party_nouns"))
def party_to_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Norway is a party to the Wassenaar Arrangement``, ``Peru, a signatory to the pact``: being a party to a
    body that has members is membership."""
    for tok in ctx.find(sent, ctx.lex.words("r16member_party_nouns")):
        if tok.pos_ not in ("NOUN", "PROPN") or ctx.negated(tok):
            continue
        if any(c.lower_ in ctx.lex.words("r10curbs_not_member_words") for c in tok.children):
            continue
        bodies = [b for p in ctx.pobjs(tok, {"to"}) for b in body_of(p, ctx)
                  if ctx.type_of(b) in ("InternationalOrganization", "Bloc")]
        for body in dict.fromkeys(bodies):
            for member in _members(noun_members(tok, sent, ctx, other=False), body, ctx):
                yield Candidate(member, "memberOf", body, "r16member:party", ctx.status(tok), sent)


@triggered_by(lambda lex: lex.words("r16member_rank_nouns"))
def ranked_member_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``the EU's largest economy, Germany``; ``Nigeria, the bloc's most populous country``; ``Germany is the
    EU's biggest economy``: a state a body's own possessive ranks is one of its members."""
    for tok in ctx.find(sent, ctx.lex.words("r16member_rank_nouns")):
        if tok.pos_ != "NOUN" or ctx.negated(tok):
            continue
        owners = [c for c in tok.children if c.dep_ == "poss"]
        bodies = [b for o in owners if o.lower_ not in ("its", "their") for b in body_of(o, ctx)
                  if ctx.type_of(b) in ("InternationalOrganization", "Bloc")]
        if not bodies:
            continue
        members = [m for m in noun_members(tok, sent, ctx, other=False) if ctx.type_of(m) == "Country"]
        if not members and tok.dep_ == "nsubj":
            members = [a for a in ctx.actors(tok.head) if ctx.type_of(a) == "Country"] if tok.head.pos_ in (
                "AUX", "VERB") and tok.head.lemma_ == "be" else []
        for body in dict.fromkeys(bodies):
            for member in _members(members, body, ctx):
                yield Candidate(member, "memberOf", body, "r16member:rank", ctx.status(tok), sent)


def _previous_subject(tok: Token, ctx: DocContext) -> list[str]:
    """``Its`` opening a sentence: the one country or organisation the sentence before is about (its subject)."""
    if tok.i != tok.sent.start or tok.sent.start == 0:
        return []
    before = ctx.doc[tok.sent.start - 1].sent
    found = [a for a in ctx.subjects(before.root) if ctx.type_of(a) in ("Country", "Organization")]
    return found if len(found) == 1 else []


@triggered_by(lambda lex: {"such"})
def such_as_members_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Member states of the African Union such as Ghana and Senegal``, ``NATO members such as Poland``: the
    examples a membership noun gives are members."""
    for such in ctx.find(sent, {"such"}):
        prep = such.head
        if prep.lower_ != "as" or prep.dep_ != "prep" or such.dep_ != "amod":
            continue
        noun = prep.head
        if noun.lemma_.lower() not in ("member", "state", "country", "nation") or ctx.negated(noun):
            continue
        if noun.lower_ not in ("member", "members") and not any(c.dep_ == "compound" and c.lower_ == "member"
                                                              for c in noun.children):
            continue  # "countries such as Ghana" names no membership
        if any(c.lower_ in ctx.lex.words("r10curbs_not_member_words") for c in noun.children):
            continue
        bodies = [b for b in member_bodies(noun, ctx) if can_have_members(b, ctx)]
        examples = [a for p in prep.children if p.dep_ == "pobj" for a in ctx.actors(p)]
        for body in dict.fromkeys(bodies):
            for member in _members(examples, body, ctx):
                yield Candidate(member, "memberOf", body, "r16member:such-as", ctx.status(noun), sent)


def _nearest_other_mention(tok: Token, skip: set[str], ctx: DocContext) -> str | None:
    """The entity named last before ``tok`` (in its sentence or the one before) that is none of ``skip``."""
    start = ctx.index.sentence_floor(tok.i, 1)
    for i in range(tok.i - 1, start - 1, -1):
        eid = ctx.mention_at.get(i)
        if eid and eid not in skip:
            return eid
    return None


@triggered_by(lambda lex: {"member"})
def pronoun_member_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Vietnam wants more investment. It is a member of ASEAN and of APEC.``: ``It`` opening the sentence, when
    the reference step left it open, is the country or organisation the sentence before is about."""
    for tok in ctx.find(sent, {"member"}):
        verb = tok.head
        if tok.dep_ != "attr" or verb.lemma_ != "be" or ctx.negated(verb):
            continue
        if any(c.lower_ in ctx.lex.words("r10curbs_not_member_words") for c in tok.children):
            continue
        subject = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ == "it" and c.i == sent.start]
        if not subject or ctx.refs.get(subject[0].i):
            continue
        members = _previous_subject(subject[0], ctx)
        ofs = [p for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"]
        ofs += [c for p in ofs for c in p.children if c.dep_ == "conj" and c.lower_ == "of"]
        bodies = [a for p in ofs for g in p.children if g.dep_ == "pobj" for a in ctx.actors(g)
                  if ctx.type_of(a) in ("InternationalOrganization", "Bloc")]
        for body in dict.fromkeys(bodies):
            for member in _members(members, body, ctx):
                yield Candidate(member, "memberOf", body, "r16member:it", ctx.status(tok), sent)


@triggered_by(lambda lex: {"include", "includes", "included"})
def expanded_to_include_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The group expanded last year to include Egypt and Iran``, ``the bloc grew to include A``: a body that
    grows to include the names (the body by its name or by a description of one named before)."""
    growing = ctx.lex.words("r16member_growing_verbs")
    for verb in ctx.find(sent, {"include", "includes", "included"}):
        head = verb.head
        if verb.dep_ not in ("xcomp", "advcl") or head.lemma_ not in growing or not _open(head, ctx):
            continue
        bodies = [b for s in head.children if s.dep_ == "nsubj" for b in body_of(s, ctx)
                  if ctx.type_of(b) in ("InternationalOrganization", "Bloc") or member_body(b, ctx)]
        listed = [a for c in verb.children if c.dep_ == "dobj" for a in ctx.actors(c, groups=False)]
        for body in dict.fromkeys(bodies):
            for member in _members(listed, body, ctx):
                yield Candidate(member, "memberOf", body, "r16member:expanded", ctx.status(head), sent)


def _led_body(verb: Token, ctx: DocContext) -> list[str]:
    """The body ``led by`` says is led: ``The consortium is led by X``, ``the alliance, led by X``; by its name, or by
    a description of one named before whose noun is one of ``r16member_led_body_nouns`` (not ``the group``,
    which is as often a company)."""
    if verb.dep_ == "acl":
        bodies = [verb.head]
    else:
        bodies = [c for c in verb.children if c.dep_ == "nsubjpass"]
    led = ctx.lex.words("r16member_led_body_nouns")
    found = []
    for tok in bodies:
        if not ctx.entity(tok) and tok.lemma_ not in led:
            continue
        found += [b for b in body_of(tok, ctx) if ctx.type_of(b) in ("InternationalOrganization", "Bloc") or
                  member_body(b, ctx)]
    return found


@triggered_by(lambda lex: {"led"})
def led_by_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The consortium is led by Apex Partners in partnership with the World Bank``; ``the alliance, led by Nokia
    and Ericsson``: those who lead a body (and those they lead it with) are its members; a person who leads one
    is its leader (titles.py), not a member."""
    for verb in ctx.find(sent, {"led"}):
        if verb.lemma_ != "lead" or verb.tag_ != "VBN" or ctx.negated(verb):
            continue
        bodies = _led_body(verb, ctx)
        if not bodies:
            continue
        leaders: list[str] = []
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        for pobj in agents:
            leaders += ctx.actors(pobj)
        if leaders:  # "led by X in partnership with Y" (the phrase on the verb or on X): Y leads it too
            leaders += [a for t in verb.subtree if t.lower_ == "with" and t.head.lower_ in ("partnership",
                                                                                           "cooperation")
                        and t.head.dep_ == "pobj" and t.head.head.lower_ == "in" and
                        t.head.head.head in [verb] + agents for g in t.children if g.dep_ == "pobj"
                        for a in ctx.actors(g)]
        for body in dict.fromkeys(bodies):
            for member in _members(leaders, body, ctx):
                yield Candidate(member, "memberOf", body, "r16member:led-by", ctx.status(verb), sent)


@triggered_by(lambda lex: {"member"})
def bare_member_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The consortium is led by X; investor Y is also a member``: ``a member`` that names no body is one of the
    body a description earlier in the sentence stands for, or of the one body named in the sentences before."""
    for tok in ctx.find(sent, {"member"}):
        verb = tok.head
        if tok.dep_ != "attr" or verb.lemma_ != "be" or ctx.negated(verb):
            continue
        if any(c.dep_ in ("prep", "poss", "compound", "nmod", "acl", "relcl") or
               c.lower_ in ctx.lex.words("r10curbs_not_member_words") for c in tok.children):
            continue  # "a member of X", "a NATO member", "a board member", "a former member"
        led = ctx.lex.words("r16member_led_body_nouns")
        described = [b for t in sent if t.i < tok.i and t.lemma_ in led and not ctx.entity(t)
                     for b in body_of(t, ctx)]
        bodies = list(dict.fromkeys(described)) or _body_named_before(tok, ctx)
        # a name alone does not say that an organisation has members: its name must be a grouping's
        bodies = [b for b in bodies if ctx.type_of(b) in ("InternationalOrganization", "Bloc") or member_body(b, ctx)]
        if len(bodies) != 1:
            continue
        for member in _members(ctx.subjects(verb), bodies[0], ctx):
            yield Candidate(member, "memberOf", bodies[0], "r16member:bare", ctx.status(verb), sent)


def _clause_verb(tok: Token) -> Token | None:
    """The verb whose clause ``tok`` is part of (up through prepositions and nouns)."""
    head = tok
    for _ in range(5):
        if head.head is head:
            return head if head.pos_ in ("VERB", "AUX") else None
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return head
    return None


@triggered_by(lambda lex: {"members", "member"})
def fellow_and_other_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Its fellow members Canada and Italy …`` (what ``its`` stands for is a member too); ``X urged other
    members of the G20 to …`` (X is one); ``Among the GSMA's members are A and B``."""
    for tok in ctx.find(sent, {"members", "member"}):
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        # being one of the "other members" is presupposed, whatever the clause does (urges them to cut a tariff)
        negated = ctx.negated(tok) and not ("other" in {c.lower_ for c in tok.children} and tok.lower_ == "members")
        if negated:
            continue
        mods = {c.lower_ for c in tok.children}
        poss = [c for c in tok.children if c.dep_ == "poss"]
        owners = [c for c in tok.children if c.dep_ in ("poss", "compound", "nmod")] + list(ctx.pobjs(tok, {"of"}))
        if "fellow" in mods and poss and poss[0].lower_ in ("its", "their", "his", "her"):
            # "its fellow members": "its" is the member; the body is named before
            fellows = [a for a in ctx.refs.get(poss[0].i, []) if ctx.type_of(a) in MEMBER_TYPES] or \
                _previous_subject(poss[0], ctx)
            bodies = [b for o in owners if o is not poss[0] for b in body_of(o, ctx)] or _body_named_before(tok, ctx)
            others = noun_members(tok, sent, ctx, other=False) or listed_after(tok, ctx)
            for body in dict.fromkeys(bodies):
                for member in _members(fellows + others, body, ctx):
                    yield Candidate(member, "memberOf", body, "r16member:fellow", ctx.status(tok), sent)
        elif "other" in mods and tok.dep_ == "appos" and tok.lower_ == "members":
            # "Spain and France, the other two members of the pact": every name the description is said of
            bodies = [b for o in owners for b in body_of(o, ctx)]
            for body in dict.fromkeys(bodies):
                for member in _members(ctx.actors(tok.head), body, ctx):
                    yield Candidate(member, "memberOf", body, "r16member:other", ctx.status(tok), sent)
        elif "other" in mods and tok.dep_ in ("pobj", "dobj") and tok.lower_ == "members":
            # the subject is one of the members whatever it does to the others (hopes, urges, fails to persuade)
            bodies = [b for o in owners for b in body_of(o, ctx)]
            verb = _clause_verb(tok)
            if not bodies or verb is None or any(
                    c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
                continue
            for body in dict.fromkeys(bodies):
                for member in _members(ctx.subjects(verb), body, ctx):
                    yield Candidate(member, "memberOf", body, "r16member:other", "asserted", sent)
        elif poss and poss[0].lower_ not in ("its", "their") and not ctx.entity(poss[0]) and \
                not any(c.lower_ in ctx.lex.words("r10curbs_not_member_words") for c in tok.children):
            # "one of the group's founding members", "Chile, the bloc's newest member": a description of a body
            # named before (membership.py reads the body's own name)
            bodies = body_of(poss[0], ctx)
            members = noun_members(tok, sent, ctx, other=False) + listed_after(tok, ctx)
            for body in dict.fromkeys(bodies):
                for member in _members(members, body, ctx):
                    yield Candidate(member, "memberOf", body, "r16member:described-owner", ctx.status(tok), sent)
        elif poss and poss[0].lower_ in ("its", "their") and tok.dep_ == "nsubj" and \
                tok.head.lemma_ in ("include", "comprise", "be") and not ctx.negated(tok.head):
            # "The Semiconductor Equipment Association of Japan said its members include A": an association
            # (membership.py reads "its members" of an international body)
            body = _nearest_other_mention(poss[0], set(), ctx)
            if body is None or ctx.type_of(body) != "Organization" or not member_body(body, ctx):
                continue
            objects = ("attr",) if tok.head.lemma_ == "be" else ("dobj",)
            listed = [a for c in tok.head.children if c.dep_ in objects for a in ctx.actors(c, groups=False)]
            for member in _members(listed, body, ctx):
                yield Candidate(member, "memberOf", body, "r16member:its-members", ctx.status(tok.head), sent)
        elif poss and poss[0].lower_ in ("its", "their") and tok.dep_ == "pobj" and tok.head.head.lower_ == "one":
            # "Mexico, one of its 38 members": "its" is the body the sentences before are about
            members = [m for m in noun_members(tok, sent, ctx, other=False) if ctx.type_of(m) in MEMBER_TYPES]
            body = _nearest_other_mention(poss[0], set(members), ctx)
            if body is None or not can_have_members(body, ctx):
                continue
            for member in _members(members, body, ctx):
                yield Candidate(member, "memberOf", body, "r16member:one-of-its", ctx.status(tok), sent)
        elif tok.dep_ == "pobj" and tok.head.lower_ == "among" and tok.head.head.lemma_ == "be" and \
                tok.head.head.i > tok.i - 4 and tok.head.dep_ == "prep" and tok.head.i < tok.head.head.i:
            verb = tok.head.head  # "Among its members are A and B": the list is the subject of "are"
            if ctx.negated(verb):
                continue
            bodies = [b for o in owners for b in body_of(o, ctx)]
            listed = [a for c in verb.children if c.dep_ in ("nsubj", "attr") for a in ctx.actors(c)]
            for body in dict.fromkeys(bodies):
                for member in _members(listed, body, ctx):
                    yield Candidate(member, "memberOf", body, "r16member:among", ctx.status(verb), sent)


@triggered_by(lambda lex: {"member"})
def member_of_organisation_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Samsung is a member of the Linux Foundation``, ``Infineon became a platinum member of RISC-V
    International``: ``a member of`` an organisation that is no company states membership whatever its name."""
    for tok in ctx.find(sent, {"member"}):
        if tok.pos_ != "NOUN" or tok.dep_ not in ("attr", "appos", "oprd") or ctx.negated(tok):
            continue
        if any(c.lower_ in ctx.lex.words("r10curbs_not_member_words") for c in tok.children):
            continue
        # a foundation is read as a research institution; one that has members says so ("a member of")
        bodies = [a for p in ctx.pobjs(tok, {"of"}) for a in ctx.actors(p, conj=False)
                  if ctx.type_of(a) == "Organization" and ctx.entities[a].subtype in (None, "ResearchInstitution")]
        bodies = bodies or [b for p in ctx.pobjs(tok, {"of"}) for b in body_of(p, ctx)
                            if ctx.type_of(b) == "Organization"]
        for body in dict.fromkeys(bodies):
            for member in _members(noun_members(tok, sent, ctx, other=False), body, ctx):
                if ctx.type_of(member) == "Organization" or ctx.type_of(member) == "Country":
                    yield Candidate(member, "memberOf", body, "r16member:member-of", ctx.status(tok), sent)


R16MEMBER_RULES = (joined_body_rule, party_to_rule, ranked_member_rule, fellow_and_other_rule,
                   member_of_organisation_rule, such_as_members_rule, pronoun_member_rule,
                   expanded_to_include_rule, led_by_rule, bare_member_rule)
