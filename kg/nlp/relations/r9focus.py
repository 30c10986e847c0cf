"""Focus constructions of branch r9-focus: a company's name worn by its product (``Nokia 5G equipment``, ``Intel
processors``): the company works on the technology the product is; a maker noun that names the technology without
a gazetteer mention (``South Korean carmaker Kia``, ``China's biggest car exporter Geely``), read from
``r9focus_maker_words`` (``data/lexicon/structure.json``), when the document names that technology itself.

The brand reading needs the name right before the technology and hung by the parser on the technology (or on the
product or works noun it modifies: ``the Samsung chip plant``), so ``the Huawei 5G ban`` (hung on ``ban``) or
``a Microsoft AI deal`` stay out.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.focus4 import names_after
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.structure import org_noun_targets


def brand_owner(ent: Span, ctx: DocContext) -> str | None:
    """The organisation whose name stands right before the technology ``ent`` as its brand: ``Nokia 5G
    equipment``, ``Intel processors``, ``the Samsung chip plant``; none when the name is hung on another word."""
    if ent.start <= ctx.index.sent_of(ent.start).start:  # (Span.sent scans the document)
        return None
    tok = ctx.doc[ent.start - 1]
    eid = ctx.entity(tok)
    if not eid or ctx.type_of(eid) != "Organization" or tok.dep_ not in ("compound", "nmod"):
        return None
    root = ent.root
    heads = {t.i for t in ent}
    if root.dep_ in ("compound", "amod") and root.head.i >= ent.end:
        if root.head.lower_ not in ctx.lex_memo("r9focus:products", lambda: ctx.lex.words(
                "product_nouns") | ctx.lex.words("facility_nouns")):
            return None  # "the Huawei 5G ban": the technology modifies what is no product of the name
        heads.add(root.head.i)  # "Samsung chip plant": the name and the technology both modify "plant"
    return eid if tok.head.i in heads and not ctx.negated(root) else None


@triggered_by(types=("Technology",))
def brand_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Nokia 5G equipment``, ``built around Intel processors``: a company's name on its product tells what it
    works on."""
    for ent in ctx.index.ents_typed(sent, "Technology", ctx.type_of):
        owner = brand_owner(ent, ctx)
        if owner:
            yield Candidate(owner, "focusesOn", ent.kb_id_, "focus:brand", "asserted", sent)


def maker_key(tok: Token, table: dict[str, list[str]]) -> str | None:
    """The entry of ``table`` that ends at ``tok``: one word (``carmaker``) or two (``car exporter``).

    >>> import spacy
    >>> doc = spacy.blank("en")("the car exporter")
    >>> maker_key(doc[2], {"car exporter": ["automobiles", "automobiles"]})
    'car exporter'
    """
    if tok.i > 0 and f"{tok.doc[tok.i - 1].lower_} {tok.lower_}" in table:
        return f"{tok.doc[tok.i - 1].lower_} {tok.lower_}"
    return tok.lower_ if tok.lower_ in table else None


@triggered_by(lambda lex: frozenset(k.rsplit(" ", 1)[-1] for k in lex.value("r9focus_maker_words")))
def maker_word_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``South Korean carmaker Kia``, ``Geely, China's biggest car exporter``: a maker noun that names the
    technology its companies make."""
    table = ctx.lex.value("r9focus_maker_words")
    ends = ctx.lex_memo("r9focus:maker_ends", lambda: frozenset(k.rsplit(" ", 1)[-1] for k in table))
    for tok in ctx.find(sent, ends):
        key = maker_key(tok, table)
        if key is None or ctx.negated(tok):
            continue
        orgs = org_noun_targets(tok, ctx)
        if not orgs and tok.dep_ in ("compound", "nmod") and ctx.entity(tok.head):
            orgs = [a for a in [ctx.entity(tok.head)] if a and ctx.type_of(a) == "Organization"]
        orgs = orgs or names_after(tok.i + 1, sent, ctx)
        if not orgs:
            continue
        tech_id = table[key][0]
        if tech_id not in ctx.entities:
            continue  # a carmaker named in passing: its cars are not what the text is about
        for org in orgs:
            yield Candidate(org, "focusesOn", tech_id, "focus:maker_word", "asserted", sent)


@triggered_by(lambda lex: lex.words("making_verbs"))
def made_with_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Safran produces helicopter engines with HAL``: the partner a product is made with makes it too, where the
    parser hung ``with`` on the product rather than on the verb (on the verb, :func:`focus_rule` reads it)."""
    verbs = ctx.lex.words("making_verbs")
    for tok in ctx.find(sent, verbs):
        if tok.pos_ != "VERB" or tok.lemma_ not in verbs or ctx.negated(tok) or \
                any(c.dep_ == "aux" and c.lower_ in ("could", "might", "may") for c in tok.children):
            continue
        for obj in (c for c in tok.children if c.dep_ == "dobj"):
            partners = [a for p in ctx.pobjs(obj, {"with"}) if ctx.entity(p)
                        for a in ctx.actors(p) if ctx.type_of(a) == "Organization"]
            inside = {t for c in obj.children if c.dep_ == "prep" and c.lower_ == "with"
                      for t in ctx.technologies(c)}  # "engines with HAL's AI unit": not the product
            techs = [t for t in ctx.technologies(obj, shallow=True) if t not in inside] if partners else []
            for partner in partners:
                for tech in dict.fromkeys(techs):
                    yield Candidate(partner, "focusesOn", tech, "focus:made_with", ctx.status(tok), sent)


#: the nouns of a part an actor plays (``its role as the producer of``)
ROLE_NOUNS = ("role", "position", "status", "place")
#: the words that open a list of examples after a group, read in surface order
EXAMPLE_OPENERS = (("among", "them"), ("including",), ("such", "as"), ("notably",))


def examples_after(clause: Token, sent: Span, ctx: DocContext) -> list[str]:
    """The organisations listed as examples at the end of a clause: ``, among them Cambricon and CETC``, ``,
    including DJI`` (the parser hangs the list on the clause's object, on it or on the main verb); none when no
    marker of examples follows a comma there."""
    doc = ctx.doc
    for i in range(clause.i + 1, min(clause.right_edge.i + 2, sent.end - 1)):
        if doc[i].text != ",":
            continue
        for opener in EXAMPLE_OPENERS:
            n = len(opener)
            if i + n < sent.end and tuple(doc[i + 1 + k].lower_ for k in range(n)) == opener:
                return names_after(i + 1 + n, sent, ctx)
    return []


@triggered_by(lambda lex: lex.words("making_verbs"))
def group_clause_examples_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``21 Chinese companies that design drones, among them DJI and Autel``: the named examples of a group do
    what the group's clause says it makes."""
    verbs = ctx.lex.words("making_verbs")
    for tok in ctx.find(sent, verbs):
        # the dependency says a clause even where the tagger took the verb for a noun ("companies that design")
        if tok.lemma_ not in verbs or tok.dep_ != "relcl" or ctx.negated(tok) or \
                not any(c.dep_ == "nsubj" and c.lower_ in ("that", "which", "who") for c in tok.children):
            continue
        group = tok.head
        if group.tag_ != "NNS" or ctx.entity(group):
            continue
        names = ctx.examples(group) or examples_after(tok, sent, ctx)
        techs = [t for c in tok.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("for", "in", "on"))
                 for t in ctx.technologies(c, shallow=True)]
        for name in names:
            for tech in dict.fromkeys(techs):
                yield Candidate(name, "focusesOn", tech, "focus:group_clause", ctx.status(tok), sent)


def group_subject(verb: Token, ctx: DocContext) -> bool:
    """Whether a verb's subject is a group of companies, named by no entity: ``French companies had sold``,
    ``Chinese companies that build drones`` (a state named only by its adjective there is not the doer)."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in ("that", "which", "who") and verb.dep_ == "relcl":
        subj = verb.head
    return subj is not None and subj.tag_ == "NNS" and not ctx.entity(subj) and \
        (subj.lower_ in ctx.lex.words("org_nouns") or subj.lemma_ in ctx.lex.words("org_nouns"))


def named_unit_only(head: Token, owners: list[str], ctx: DocContext) -> list[str]:
    """The owners of ``X's <technology> unit Y`` without the parent ``X`` when the unit is named: the technology
    is the unit's field (``Huawei's chip unit HiSilicon``); an unnamed unit leaves the parent (``Samsung's chip
    unit posted a loss``). ``head`` is the unit noun, ``owners`` what was found for it."""
    if head.lower_ not in ctx.lex.words("r9focus_unit_nouns"):
        return owners
    parents = {a for c in head.children if c.dep_ == "poss" for a in ctx.actors(c, conj=False)}
    named = [a for a in owners if a not in parents]
    return named if named else owners


@triggered_by(lambda lex: frozenset(lex.value("r9focus_phrasal_making")))
def phrasal_making_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Nexperia turns out billions of chips a year``, ``Safaricom rolled out 5G``: a phrasal verb of making or
    deploying (``r9focus_phrasal_making``: verb -> particle) says what its subject works on."""
    table = ctx.lex.value("r9focus_phrasal_making")
    for tok in ctx.find(sent, frozenset(table)):
        particle = table.get(tok.lemma_)
        if tok.pos_ != "VERB" or particle is None or ctx.negated(tok) or \
                not any(c.dep_ == "prt" and c.lower_ == particle for c in tok.children) or \
                any(c.dep_ == "aux" and c.lower_ in ("could", "might", "may") for c in tok.children):
            continue
        subjects = [a for a in ctx.subjects(tok) if ctx.is_actor(a)]
        if group_subject(tok, ctx):
            subjects = [a for a in subjects if ctx.type_of(a) != "Country"]
        techs = [t for c in tok.children if c.dep_ == "dobj" for t in ctx.technologies(c, shallow=True)]
        for subject in subjects:
            for tech in dict.fromkeys(techs):
                yield Candidate(subject, "focusesOn", tech, "focus:phrasal", ctx.status(tok), sent)


def described_actors(noun: Token, ctx: DocContext) -> list[str]:
    """The organisations a describing noun stands for: ``Lynas, the owner of …`` (apposition), ``Glencore is the
    operator of …`` (attribute), ``the group's role as the producer of …`` (the owner of the role)."""
    if noun.dep_ == "appos":
        found = ctx.actors(noun.head, conj=False)
    elif noun.dep_ == "attr":
        found = [a for c in noun.head.children if c.dep_ == "nsubj" for a in ctx.actors(c)]
    elif noun.dep_ == "pobj" and noun.head.lower_ == "as":
        # "its role as the producer of": "as" hung on "role", or on the verb whose object "role" is
        gov = noun.head.head
        roles = [gov] if gov.lower_ in ROLE_NOUNS else [c for c in gov.children if c.dep_ in ("dobj", "nsubj")
                                                         and c.lower_ in ROLE_NOUNS and c.i < noun.i]
        found = [a for r in roles for c in r.children if c.dep_ == "poss" for a in ctx.actors(c, conj=False)]
    else:
        return []
    return [a for a in found if ctx.type_of(a) == "Organization"]


@triggered_by(lambda lex: lex.words("r9focus_owner_nouns"))
def works_owner_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Lynas, the owner of the largest rare earths mine``, ``Glencore is the operator of two cobalt mines``: who
    owns or runs the works of a technology works on it."""
    nouns = ctx.lex.words("r9focus_owner_nouns")
    works = ctx.lex.words("facility_nouns") | ctx.lex.words("r9focus_works_nouns")
    for tok in ctx.find(sent, nouns):
        if tok.lower_ not in nouns or ctx.negated(tok):
            continue
        actors = described_actors(tok, ctx)
        for pobj in (ctx.pobjs(tok, {"of"}) if actors else ()):
            if not any(t.lower_ in works for t in pobj.subtree):
                continue  # "the owner of the company", "the operator of the network's AI tools"
            for actor in actors:
                for tech in ctx.technologies(pobj, shallow=True):
                    yield Candidate(actor, "focusesOn", tech, "focus:works_owner", "asserted", sent)


@triggered_by(lambda lex: lex.words("focus_nouns"))
def role_as_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``the group's role as the only producer of copper and cobalt``: the owner of a role as a maker makes it."""
    nouns = ctx.lex.words("focus_nouns")
    for tok in ctx.find(sent, nouns):
        if tok.lower_ not in nouns or tok.dep_ != "pobj" or tok.head.lower_ != "as" or ctx.negated(tok):
            continue
        actors = described_actors(tok, ctx)
        techs = [t for p in ctx.pobjs(tok, {"of", "in"}) for t in ctx.technologies(p, shallow=True)]
        for actor in actors:
            for tech in dict.fromkeys(techs):
                yield Candidate(actor, "focusesOn", tech, "focus:role_as", "asserted", sent)
