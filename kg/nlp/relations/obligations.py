"""Directions stated as an authority's word of what another must do (``directs``); the words are in
``data/lexicon/events.json``.

- ``The regulator said Telia must not use Huawei equipment``, ``the commission ruled that Apple must open its
  store``: a state, a government body or an international body that says an organisation must (or must not) do
  something directs it.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by

AUTHORITIES = ("Country", "InternationalOrganization")


def speaking_authority(entity_id: str, ctx: DocContext) -> bool:
    """A state, an international body, a government body, or a body named as one (``… Authority``,
    ``European Commission``) when the gazetteer gives it no other kind."""
    e = ctx.entities.get(entity_id)
    if e is None or e.type in AUTHORITIES or e.subtype == "GovernmentBody":
        return e is not None
    words = ctx.lex.words("authority_name_words")
    return e.type == "Organization" and e.subtype is None and any(w in words for w in e.label.lower().split())


@triggered_by(lambda lex: lex.words("obligation_auxiliaries"))
def must_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The regulator said Telia must not use Huawei equipment``: an authority's saying that an organisation
    must do something directs it (a negated ``must not`` is still a direction; a negated saying is none)."""
    saying = ctx.lex.words("ruling_verbs")
    for aux in ctx.find(sent, ctx.lex.words("obligation_auxiliaries")):
        verb = aux.head
        if aux.dep_ != "aux" or verb.dep_ != "ccomp" or verb.head.lemma_ not in saying or ctx.negated(verb.head):
            continue
        bodies = [a for c in verb.children if c.dep_ == "nsubj" for a in ctx.actors(c)
                  if ctx.type_of(a) == "Organization"]
        authorities = [a for a in ctx.subjects(verb.head) if speaking_authority(a, ctx)]
        for s in dict.fromkeys(authorities):
            for o in dict.fromkeys(bodies):
                if s != o:
                    yield Candidate(s, "directs", o, "event:must", ctx.status(verb.head), sent)
