"""Membership and joint signing stated through lists, relative clauses, founders and signatories.

``the BRICS countries Brazil, Russia and India``, ``the Quad governments — A, B, C and D``, ``its members A
and B``, ``a consortium whose members include A``, ``Armenia, which belongs to the EAEU together with
Belarus``, ``a bloc to which both nations belong``, ``the lender founded by A and B``, ``signed up to X``,
``A, B and C were among the signatories``, ``the declaration was signed by A and B``.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from spacy.tokens import Span, Token

from kg.nlp.sentences import start_back
from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.events import bygone
from kg.nlp.relations.mentions import described_names
from kg.nlp.relations.restraints import one_of
from kg.nlp.relations.roles import described
from kg.nlp.relations.index import triggered_by

BODY_TYPES = ("InternationalOrganization", "Bloc")
MEMBER_TYPES = ("Country", "Organization", "InternationalOrganization")
# quotes too: 'as well as "our BRICS partners" Egypt and Ethiopia'
SEPARATORS = {",", "and", "\u2014", "\u2013", "-", ":", "as", "well", '"', "\u201c", "\u201d"}
RELATIVE = {"which", "whom", "that"}
JOIN_PLANS = {"plan", "intend", "agree", "decide", "vote"}
ANNOUNCING = {"say", "announce", "confirm", "declare", "state"}
COUNTED = {"countries", "states", "nations", "members", "economies", "governments"}  # not "has two partners"
COUNTING_VERBS = {"have", "count", "number", "comprise", "include", "gather", "unite"}
FOUNDING_VERBS = {"found", "co-found", "establish", "create", "set", "launch", "form"}


def last_body(tok: Token, ctx: DocContext, types: tuple[str, ...] = BODY_TYPES) -> list[str]:
    """``its``/``their``: the body named last before ``tok`` (in this sentence or the one before)."""
    start = ctx.index.sent_of(tok.i).start  # (Token.sent scans the document)
    if start > 0:
        start = ctx.index.sent_of(start - 1).start
    for i in range(tok.i - 1, start - 1, -1):
        eid = ctx.mention_at.get(i)
        if eid and ctx.type_of(eid) in types:
            return [eid]
    return []


def named_before(noun: Token, ctx: DocContext) -> list[str]:
    """The body named right before ``, <description>`` or ``(ALIAS), <description>`` when the parser did not make
    the description an apposition: ``the New Development Bank (NDB), the lender founded by …``."""
    i = noun.left_edge.i - 1
    if i < 1 or ctx.doc[i].text != ",":
        return []
    i -= 1
    if ctx.doc[i].text == ")" and i >= 3 and ctx.doc[i - 2].text == "(":
        i -= 3  # the bracketed short name
    eid = ctx.mention_at.get(i)
    if eid is None and ctx.doc[i].lower_ in COUNTED and i > 0:
        eid = ctx.mention_at.get(i - 1)  # "the BRICS countries, a bloc to which …"
    return [eid] if eid and ctx.type_of(eid) in BODY_TYPES else []


def description_body(noun: Token, ctx: DocContext) -> list[str]:
    """The body a description stands for: ``the EAEU, a bloc…`` (apposition) or ``the BRICS countries, a
    bloc…`` (the body that modifies what it is in apposition to)."""
    found = [a for a in ctx.actors(noun, conj=False) if ctx.type_of(a) in BODY_TYPES]
    if not found and noun.dep_ != "appos":
        return named_before(noun, ctx)
    if found:
        return found
    head = noun.head
    # the parser may make the description an apposition of a noun further back: the body right before it then
    return [a for c in [head] + [c for c in head.children if c.dep_ in ("compound", "nmod", "poss")]
            for a in ctx.actors(c, conj=False) if ctx.type_of(a) in BODY_TYPES] or named_before(noun, ctx)


def group_bodies(tok: Token, ctx: DocContext) -> list[str]:
    """The body a group noun belongs to: ``BRICS countries``, ``its members``, ``whose members``."""
    found: list[str] = []
    for child in tok.children:
        if child.dep_ not in ("compound", "nmod", "poss", "amod") or child.i > tok.i:
            continue
        if child.lower_ == "whose" and tok.head.dep_ == "relcl":
            found += [a for a in ctx.actors(ctx.mention_root(tok.head.head), conj=False)
                      if ctx.type_of(a) in BODY_TYPES + ("Organization",)]
        elif child.lower_ in ("its", "their"):
            found += last_body(child, ctx)
        else:
            found += [a for a in ctx.actors(child, conj=False) if member_body(a, ctx)]
            if child.lower_ == "member" and not found:  # "EU member states": the body names the member word
                found += [a for g in child.children if g.dep_ in ("compound", "nmod") and g.i < child.i
                          for a in ctx.actors(g, conj=False) if ctx.type_of(a) in BODY_TYPES]
    return list(dict.fromkeys(found))


def listed_after(tok: Token, ctx: DocContext) -> list[str]:
    """The run of names right after a noun: ``countries Brazil, Russia and India``, ``governments — A, B``."""
    doc, out = ctx.doc, []
    i, end = tok.i + 1, ctx.index.sent_of(tok.i).end
    while i < end:
        eid = ctx.mention_at.get(i)
        if eid and ctx.type_of(eid) in MEMBER_TYPES:
            if eid not in out:
                out.append(eid)
        elif doc[i].lower_ not in SEPARATORS and doc[i].lower_ != "the":
            break
        i += 1
    return out


def named_by_description(noun: Token, ctx: DocContext, sentences: int = 4) -> list[str]:
    """The body a definite description names by its own head word: ``the partnership`` after ``the Minerals
    Security Partnership``, ``the forum`` after ``the Forum on China-Africa Cooperation`` (the last one named in
    the sentences before)."""
    if noun.pos_ != "NOUN" or ctx.entity(noun) or not any(c.lower_ == "the" for c in noun.children):
        return []
    word = noun.lower_
    start = start_back(noun, sentences)
    for i in range(noun.i - 1, start - 1, -1):
        eid = ctx.mention_at.get(i)
        if eid and ctx.type_of(eid) in BODY_TYPES + ("Organization",) and \
                word in ctx.entities[eid].label.lower().split():
            return [eid]
    return []


def _inside_of_name(tok: Token, ctx: DocContext) -> bool:
    """``States`` in ``the Organization of Turkic States``: a group noun that ends a body's ``X of Y`` name is no
    group of members (``the G7 countries`` is one)."""
    eid = ctx.mention_at.get(tok.i)
    return eid is not None and any(ctx.doc[j].lower_ == "of" and ctx.mention_at.get(j) == eid
                                   for j in range(max(ctx.index.sent_of(tok.i).start, tok.i - 6), tok.i))


@triggered_by(lambda lex: lex.words("member_group_nouns"))
def group_member_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``the BRICS countries Brazil, Russia and India``, ``its members A and B``, ``whose members include A``."""
    nouns = ctx.lex.words("member_group_nouns")
    for tok in ctx.find(sent, nouns):
        if tok.pos_ not in ("NOUN", "PROPN") or tok.lower_ not in nouns or _inside_of_name(tok, ctx):
            continue
        bodies, members_too = group_bodies(tok, ctx), []
        if not bodies and tok.dep_ == "dobj" and tok.head.lemma_ in COUNTING_VERBS and tok.lower_ in COUNTED:
            # "NATO has 32 members, including A and B"; "the partnership counts 14 countries: A, B …"
            bodies = [a for a in ctx.subjects(tok.head) if ctx.type_of(a) in BODY_TYPES + ("Organization",)]
            if not bodies:  # "the partnership counts …": the body whose name the description repeats
                bodies = [a for c in tok.head.children if c.dep_ == "nsubj" for a in named_by_description(c, ctx)]
            if bodies:  # "… counts 14 countries and the European Union": the conjoined names count too
                members_too = [a for c in tok.children if c.dep_ == "conj" for a in ctx.actors(c, groups=False)]
        if not bodies and tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
            bodies = _of_body(tok, ctx)  # "the members of the alliance are A and B"
        if not bodies or ctx.negated(tok):
            continue
        members = [a for c in tok.children if c.dep_ == "appos" for a in ctx.actors(c, groups=False)]
        members += ctx.examples(tok) + (members_too if tok.dep_ == "dobj" else [])
        members += listed_after(tok, ctx)
        if tok.dep_ == "nsubj" and tok.head.lemma_ in ("include", "comprise", "be") and not ctx.negated(tok.head):
            # "whose members include A", "its members are A and B"
            objects = ("attr",) if tok.head.lemma_ == "be" else ("dobj",)
            members += [a for c in tok.head.children if c.dep_ in objects for a in ctx.actors(c, groups=False)]
        for body in bodies:
            for member in dict.fromkeys(members):
                if member != body and ctx.type_of(member) in MEMBER_TYPES:
                    yield Candidate(member, "memberOf", body, "member:group", "asserted", sent)


def _of_body(noun: Token, ctx: DocContext) -> list[str]:
    """The body an ``of`` phrase after a group noun names: ``the members of the Pacific Alliance``.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["members", "of", "X"], heads=[0, 0, 1], deps=["ROOT", "prep", "pobj"])
    >>> class Ctx:  # X is a bloc
    ...     def actors(self, tok, conj=True): return ["x"] if tok.text == "X" else []
    ...     def type_of(self, eid): return "Bloc"
    >>> _of_body(doc[0], Ctx())
    ['x']
    """
    return [a for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children if p.dep_ == "pobj" for a in ctx.actors(p, conj=False) if ctx.type_of(a) in BODY_TYPES]


def _whole_of(pobj: Token, verb: Token, ctx: DocContext) -> list[str]:
    """What ``to X`` names, or with ``to which`` the noun the relative clause describes."""
    if pobj.lower_ in RELATIVE and verb.dep_ == "relcl":
        return description_body(verb.head, ctx)
    return [a for a in ctx.actors(pobj) if ctx.type_of(a) in BODY_TYPES]


@triggered_by(lambda lex: FOUNDING_VERBS | {"belong", "sign"})
def belong_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``X, which belongs to Y together with A and B``; ``a bloc to which both nations belong``; ``X signed up
    to Y``; founders of a body are its members (``the lender founded by A and B``)."""
    for tok in ctx.find(sent, FOUNDING_VERBS | {"belong", "sign"}):
        lemma = tok.lemma_
        if tok.pos_ != "VERB" or (lemma not in FOUNDING_VERBS and lemma not in ("belong", "sign")) or ctx.negated(tok) \
                or bygone(tok, ctx):
            continue
        signed_up = lemma == "sign" and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children)
        if lemma == "belong" or signed_up:
            wholes = [a for p in ctx.pobjs(tok, {"to", "for"}) for a in _whole_of(p, tok, ctx)]
            members = list(ctx.subjects(tok))
            members += [a for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
                        and any(g.lower_ in ("together", "along") for g in c.children)
                        for p in c.children if p.dep_ == "pobj" for a in ctx.actors(p)]
            rule = "member:belong" if lemma == "belong" else "member:sign-up"
        elif lemma in FOUNDING_VERBS and (lemma != "set" or any(c.lower_ == "up" for c in tok.children)):
            if tok.dep_ in ("acl", "relcl") and not any(c.dep_ == "dobj" for c in tok.children):
                wholes = description_body(tok.head, ctx)
            else:
                wholes = [a for c in tok.children if c.dep_ == "dobj" for a in ctx.actors(c)
                          if ctx.type_of(a) in BODY_TYPES]
            members = ctx.subjects(tok) if wholes else []
            if wholes:  # "founded by the BRICS countries Brazil, Russia …": the names after the group
                members += [a for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                            for a in listed_after(p, ctx)]
            # "the lender set up by BRICS": a bloc that founds a body is not its member (its states are)
            members = [a for a in members if ctx.type_of(a) != "InternationalOrganization"]
            rule = "member:founder"
        else:
            continue
        status = ctx.status(tok)
        for whole in dict.fromkeys(wholes):
            for member in dict.fromkeys(members):
                if member != whole and ctx.type_of(member) in MEMBER_TYPES:
                    yield Candidate(member, "memberOf", whole, rule, status, sent)


def _agreement_noun(tok: Token, ctx: DocContext) -> bool:
    """A noun of an agreement (the trigger lexicon's), or of papers that, signed, are one (``the documents were
    signed by A and B``)."""
    key = tok.lower_ if tok.lower_ in ctx.lex.nouns else tok.lemma_
    return any(p == "agreementWith" for p, _ in ctx.lex.nouns.get(key, [])) or \
        tok.lemma_ in ctx.lex.words("r17lead_signed_papers")


@triggered_by(lambda lex: {"signatory", "signer", "co-signatory", "sign"})
def signatory_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``A, B and C were among the signatories``; ``the declaration was signed by A, B and C``: every pair of
    named signatories has an agreement."""
    for tok in ctx.find(sent, {"signatory", "signer", "co-signatory", "sign"}):
        if tok.lemma_ not in ("signatory", "signer", "co-signatory", "sign") or ctx.negated(tok):
            continue
        if tok.pos_ == "NOUN" and tok.lemma_ != "sign":
            parties, rule = described(tok, ctx), "agreement:signatories"
        elif tok.pos_ == "VERB" and any(c.dep_ == "nsubjpass" and _agreement_noun(c, ctx) for c in tok.children):
            parties = [a for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                       for a in ctx.actors(p)]
            rule = "agreement:signed-by"
        else:
            continue
        status = ctx.status(tok)
        for s, o in combinations(sorted(a for a in set(parties) if ctx.is_actor(a)), 2):
            yield Candidate(s, "agreementWith", o, rule, status, sent)


def _topic_body(tok: Token, ctx: DocContext) -> list[str]:
    """The international body the text is about before ``tok``: the last one that was a clause's subject."""
    for ent in reversed([e for e in ctx.doc.ents if e.end <= tok.i]):
        if ctx.type_of(ent.kb_id_) == "InternationalOrganization" and ent.root.dep_ in ("nsubj", "nsubjpass"):
            return [ent.kb_id_]
    return []


def _wished(tok: Token, ctx: DocContext) -> bool:
    """``hopes to join``, ``seeks to join``, ``applied to join``: a wish, not a plan (``plans to join`` is one)."""
    wishes = ctx.lex.words("wish_verbs")
    head = tok
    for _ in range(3):
        if head.dep_ not in ("xcomp", "pcomp", "pobj", "prep", "acl") or head.head is head:
            return False
        head = head.head
        if head.lemma_ in wishes or head.lower_ in wishes:
            return True
    return False


def announced_join(tok: Token) -> bool:
    """``X said it will join Y``: a join the member itself announces (not ``one day X will join Y``, which any
    speaker may predict, nor one that others expect).

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> announced_join(nlp("join")[0])
    False
    """
    if not any(c.dep_ == "aux" and c.lower_ == "will" for c in tok.children):
        return False
    return tok.dep_ == "ccomp" and tok.head.lemma_ in ANNOUNCING and \
        any(c.dep_ == "nsubj" and c.lower_ in ("it", "they", "we") for c in tok.children)


def relative_body(verb: Token, ctx: DocContext) -> list[str]:
    """``the framework, which Seoul said it will join``: the body a relative pronoun object of ``verb`` stands
    for (the clause may hang on the verb itself or on the verb that reports it)."""
    # "an initiative that Seoul said it will join": the relative pronoun may hang on the reporting verb
    reported = verb.dep_ == "ccomp" and verb.head.dep_ == "relcl"
    if not any(c.dep_ == "dobj" and c.lower_ in RELATIVE for c in verb.children) and not (
            reported and any(c.dep_ == "dobj" and c.lower_ in RELATIVE for c in verb.head.children)):
        return []
    clause = verb if verb.dep_ == "relcl" else verb.head if verb.head.dep_ == "relcl" and verb.dep_ == "ccomp" \
        else None
    if clause is None:
        return []
    # a framework or a consortium the linker types as an organisation is a body one joins too
    named = clause.head.head if clause.head.dep_ == "appos" and not ctx.entity(clause.head) else clause.head
    return description_body(clause.head, ctx) or [a for a in ctx.actors(ctx.mention_root(named), conj=False)
                                                  if ctx.type_of(a) == "Organization"]


@triggered_by(lambda lex: {"join", "come"})
def join_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``India joined the SCO``; ``associations from Chile and Cuba have come on board`` (of the body the
    text is about). Only joins that happened: ``hopes to join`` is not membership."""
    for tok in ctx.find(sent, {"join", "come"}):  # their tokens (by form or lemma), in order
        if tok.pos_ != "VERB" or tok.lemma_ not in ("join", "come") or ctx.negated(tok) or _wished(tok, ctx):
            continue
        # only a decided plan to join counts as planned membership ("plans to join", "agreed to join"); an
        # invitation, an expectation or a future without a decision is not one
        if ctx.status(tok) != "asserted" and not (tok.dep_ == "xcomp" and tok.head.lemma_ in JOIN_PLANS) and \
                not announced_join(tok):
            continue
        if tok.lemma_ == "join" and any(c.dep_ == "prep" and c.lower_ == "in" and
                                        any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
                                        for c in tok.children):
            continue  # "joined the EU in sanctioning Russia": joining another in an act, not a body
        if tok.lemma_ == "join":
            bodies = [a for c in tok.children if c.dep_ == "dobj" for a in ctx.actors(c)
                      if ctx.type_of(a) in ("InternationalOrganization", "Bloc")]
            bodies += relative_body(tok, ctx)
        elif tok.lemma_ == "come" and any(p.lower_ == "board" for p in ctx.pobjs(tok, {"on", "aboard"})):
            bodies = _topic_body(tok, ctx)
        else:
            continue
        if tok.lemma_ == "join":  # "Chile joined the Minerals Security Partnership": a body the linker types as
            # an organisation of no known kind (not a company, bank or ministry), when a country joins it
            bodies += [a for c in tok.children if c.dep_ == "dobj" for a in ctx.actors(c)
                       if ctx.type_of(a) == "Organization" and (ctx.entities[a].subtype is None or
                                                                member_body(a, ctx)) and a not in bodies]
        for member in ctx.subjects(tok):
            for body in bodies:
                # a company joins a body its name makes a grouping ("Amazon joined the Frontier Model Forum")
                if ctx.type_of(body) == "Organization" and ctx.type_of(member) != "Country" and \
                        not member_body(body, ctx):
                    continue
                if member != body and ctx.type_of(member) in ("Country", "Organization", "InternationalOrganization"):
                    yield Candidate(member, "memberOf", body, f"member:{tok.lemma_}", ctx.status(tok), sent)


BODY_TYPES = ("InternationalOrganization", "Bloc")


def member_body(entity_id: str, ctx: DocContext) -> bool:
    """A multi-state body or a bloc, or an organisation whose name makes it a grouping of members (``Next G
    Alliance``, ``SeaMeWe-6 consortium``, ``Semiconductor Equipment Association of Japan``: the last word of its
    name, or of its name before ``of``, is one of ``curbs3_member_body_words``)."""
    if ctx.type_of(entity_id) in BODY_TYPES:
        return True
    entity = ctx.entities.get(entity_id)
    # the head of the name, before an "of" that names its place or field ("Semiconductor Equipment Association of
    # Japan", "Federation of Korean Industries" keeps "federation")
    label = entity.label.lower() if entity is not None and entity.type == "Organization" else ""
    words = (label.split(" of ")[0] if " of " in label else label).split()
    return bool(words) and words[-1] in ctx.lex.words("curbs3_member_body_words")


def member_bodies(tok: Token, ctx: DocContext) -> list[str]:
    """The body a membership noun names: ``BRICS members``, ``the SCO's members``, ``members of the bloc``,
    ``the SCO now has ten members``."""
    found = [a for c in tok.children if c.dep_ in ("compound", "poss", "nmod") for a in ctx.actors(c)
             if member_body(a, ctx)]
    # "an EU member state": the body names the compound "member", not the head noun "state"
    found += [a for c in tok.children if c.dep_ == "compound" and c.lemma_ == "member" for g in c.children
              if g.dep_ in ("compound", "poss", "nmod") for a in ctx.actors(g) if member_body(a, ctx)]
    found += [a for p in ctx.pobjs(tok, {"of"}) for a in ctx.actors(p) if member_body(a, ctx)]
    if not found and tok.dep_ == "dobj" and tok.head.lemma_ == "have":
        found = [a for a in ctx.subjects(tok.head) if ctx.type_of(a) == "InternationalOrganization"]
    return list(dict.fromkeys(found))


def noun_members(tok: Token, sent: Span, ctx: DocContext, *, other: bool) -> list[str]:
    """Who a membership noun says are members: its apposition (``members India and Brazil``), a list after a
    colon, ``all of them``, the subject it describes, the list before ``the other X countries``, and with
    ``fellow`` the sentence's own subject."""
    members: list[str] = []
    for child in tok.children:
        if child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ == "like"):
            members += ctx.actors(child) or [a for g in child.children if g.dep_ == "pobj" for a in ctx.actors(g)]
    if not members and any(c.lower_ in ("all", "both", "each") and any(g.lower_ == "them" for g in c.subtree)
                           for c in tok.children):
        members = ctx.listed_before(tok)  # "Russia, China and Iran, all of them member states of the bloc"
    if not members and tok.i + 1 < sent.end and ctx.doc[tok.i + 1].text == ":":
        members = [e.kb_id_ for e in ctx.ents_in(sent) if e.start > tok.i and ctx.type_of(e.kb_id_) == "Country"]
    if tok.dep_ in ("attr", "appos") and not members:
        head = tok.head
        members = ctx.subjects(head) if head.pos_ in ("AUX", "VERB") else \
            described_names(tok, ctx) if tok.dep_ == "appos" else ctx.actors(head, conj=False)
    if not members and tok.dep_ == "pobj":  # "Egypt is one of the founding members of the bank"
        members = [a for a in one_of(tok, ctx) if ctx.type_of(a) != "Person"]
    if other and not members and any(c.lower_ == "other" for c in tok.children):
        members = ctx.listed_before(tok)  # "Russia and Belarus … separately from the other CIS countries"
    if any(c.lower_ == "fellow" for c in tok.children):
        members += [s for s in ctx.subjects(sent.root) if ctx.type_of(s) == "Country"]
    return list(dict.fromkeys(members))


@triggered_by(lambda lex: lex.words("member_nouns") | {"countries", "states", "nations", "members"})
def member_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``fellow BRICS members India and Brazil``, ``the SCO now has ten members: Russia, China…``,
    ``X is a member of Y``, ``Russia and Belarus … the other CIS countries``."""
    nouns = ctx.lex.words("member_nouns")
    for tok in ctx.find(sent, ctx.lex_memo("member_words",
                                             lambda: frozenset(nouns | {"countries", "states", "nations", "members"}))):
        other = tok.lower_ in ("countries", "states", "nations", "members") and any(
            c.lower_ in ("other", "fellow") for c in tok.children)
        if tok.lower_ not in nouns and tok.lemma_ not in nouns and not other:
            continue
        if tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.pos_ == "NOUN":
            tok = tok.head  # "member states": the head noun carries the syntax
        if ctx.negated(tok) or any(c.lower_ in ctx.lex.words("r10curbs_not_member_words") for c in tok.children):
            continue  # not "a prospective member of NATO", "former members"
        # being one of "the other CIS countries" is a standing fact, whatever the clause plans
        status = "asserted" if other else ctx.status(tok)
        for org in member_bodies(tok, ctx):
            for member in noun_members(tok, sent, ctx, other=other):
                if member != org and ctx.type_of(member) in ("Country", "Organization", "InternationalOrganization"):
                    yield Candidate(member, "memberOf", org, "member:noun", status, sent)
