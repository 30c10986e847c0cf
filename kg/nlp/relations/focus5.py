"""Focus constructions of branch r8-focus5: a technology named by the kind of company it is (``the cloud providers
Nebius and Nscale``, ``Alibaba Cloud, the group's cloud unit``): the organisations it names work on it.

The technology's own name ends in a noun of ``org_nouns`` (``data/lexicon/structure.json``): the gazetteer lists
such forms as aliases (``cloud providers``, ``cloud unit``), so the mention itself says what its names do.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

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
