"""Focus constructions of branch r8-focus5: a technology named by the kind of company it is (``the cloud providers
Nebius and Nscale``, ``Alibaba Cloud, the group's cloud unit``): the organisations it names work on it; a named
product given to its maker (``OpenAI's ChatGPT``, ``the Patriot maker Raytheon``): the maker works on the technology
``product_technologies`` (``data/lexicon/structure.json``) says the product belongs to.

The technology's own name ends in a noun of ``org_nouns`` (``data/lexicon/structure.json``): the gazetteer lists
such forms as aliases (``cloud providers``, ``cloud unit``), so the mention itself says what its names do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.structure import org_noun_targets

#: the words that may join the names of a list read in surface order
LIST_WORDS = {",", "and", "as", "well"}
#: the words that open a clause inside a list, skipped up to the comma that closes it
CLAUSE_OPENERS = {"which", "who", "whose", "that"}


def listed_names(i: int, sent: Span, ctx: DocContext) -> list[str]:
    """The organisations named in a list that starts at token ``i`` of ``sent``, read in surface order, past a
    relative clause between commas (``Nebius, which is based in Amsterdam, and Nscale``); none when no
    organisation's name starts at ``i``."""
    doc, names = ctx.doc, []
    first = ctx.entity(doc[i]) if i < sent.end else None
    if not first or ctx.type_of(first) != "Organization":
        return []
    while i < sent.end:
        tok = doc[i]
        eid = ctx.entity(tok)
        if eid and ctx.type_of(eid) == "Organization":
            names.append(eid)
        elif tok.text == "," and i + 1 < sent.end and doc[i + 1].lower_ in CLAUSE_OPENERS:
            close = next((k for k in range(i + 2, sent.end) if doc[k].text == ","), None)
            if close is None:
                break
            i = close
        elif eid or tok.lower_ not in LIST_WORDS:
            break
        i += 1
    return list(dict.fromkeys(names))


@triggered_by(types=("Technology",))
def technology_provider_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``the cloud providers Nebius, which is based in Amsterdam, and Nscale``, ``Alibaba Cloud, the group's cloud
    unit``: a technology mention that ends in a noun of organisations names the organisations it describes."""
    org_nouns = ctx.lex.words("org_nouns")
    for ent in ctx.index.ents_typed(sent, "Technology", ctx.type_of):
        root = ent.root
        if root.i != ent.end - 1 or (root.lower_ not in org_nouns and root.lemma_ not in org_nouns) or \
                ctx.negated(root):
            continue
        # the names it describes, however the parser hung them, and the list that follows it
        orgs = org_noun_targets(root, ctx) + [a for c in root.children if c.dep_ == "appos" for a in ctx.actors(c)
                                              if ctx.type_of(a) == "Organization"]
        orgs += listed_names(ent.end, sent, ctx)
        for org in dict.fromkeys(orgs):
            yield Candidate(org, "focusesOn", ent.kb_id_, "focus:provider", "asserted", sent)


def _product_owners(tok: Token, ctx: DocContext) -> list[str]:
    """The organisations a product's name is given to: ``OpenAI's ChatGPT``, ``the ChatGPT maker OpenAI``,
    ``Raytheon, the Patriot maker``, ``Gemini, developed by Google``, ``Baidu released Ernie``."""
    owners = [a for c in tok.children if c.dep_ == "poss" for a in ctx.actors(c, conj=False)]
    head = tok.head
    if tok.dep_ in ("compound", "nmod") and head.i > tok.i and \
            (head.lower_ in ctx.lex.words("focus_nouns") or head.lemma_ in ctx.lex.words("focus_nouns")):
        # the maker named beside the noun; not a description resolved elsewhere ("values the ChatGPT maker")
        named = [head.head] if head.dep_ in ("compound", "appos") else []
        named += [c for c in head.children if c.dep_ == "appos"]
        owners += [a for t in named if ctx.entity(t) for a in ctx.actors(t, conj=False)]
        owners += listed_names(head.i + 1, tok.sent, ctx)
    owners += [a for c in tok.children if c.dep_ == "acl" and c.lemma_ in ctx.lex.words("making_verbs")
               and not ctx.negated(c) for g in c.children if g.dep_ == "agent"
               for p in g.children if p.dep_ == "pobj" for a in ctx.actors(p)]
    if tok.dep_ == "dobj" and head.lemma_ in ctx.lex.words("launch_verbs") and not ctx.negated(head):
        owners += ctx.subjects(head)
    return [a for a in dict.fromkeys(owners) if ctx.type_of(a) == "Organization"]


@triggered_by(lambda lex: frozenset(lex.value("product_technologies")))
def product_maker_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``OpenAI's ChatGPT``, ``the ChatGPT maker OpenAI``, ``Baidu released Ernie``: a named product (a model, a
    chip, a weapons system; not an entity) tells what its maker works on, when the document names that
    technology."""
    table = ctx.lex.value("product_technologies")
    for tok in ctx.find(sent, frozenset(table)):
        tech = table.get(tok.lower_)
        if tech is None or tech not in ctx.entities or not tok.text[:1].isupper() or ctx.entity(tok):
            continue  # "ascend", "hopper" in lower case are words; a product inside a name is the name's
        for org in _product_owners(tok, ctx):
            yield Candidate(org, "focusesOn", tech, "focus:product", "asserted", sent)
