"""Export licences denied: ``Commerce revoked export licences for Huawei``, ``BIS will apply a policy of denial to
licence applications for the SSB`` — who denies a firm or a state its export licences restricts exports to it."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.restraints import list_keepers
from kg.nlp.relations.triggers import distinct_pairs


def _licensees(licence: Token, ctx: DocContext) -> list[str]:
    """Who a licence is for: ``licences for Huawei``, ``licence applications for the SSB``, ``licences for goods
    destined for the agency``."""
    hosts = [licence] + ([licence.head] if licence.dep_ == "compound" else [])
    found: list[str] = []
    for pobj in (p for h in hosts for p in ctx.pobjs(h, {"for", "to"})):
        named = ctx.actors(pobj)
        if not named:  # "for goods destined for the agency", "for chips bound for China"
            named = [a for c in pobj.children if c.dep_ in ("acl", "amod")
                     for q in ctx.pobjs(c, {"for", "to"}) for a in ctx.actors(q)]
        found += named
    return [a for a in dict.fromkeys(found) if ctx.type_of(a) in ("Country", "Organization")]


def _denier(licence: Token, ctx: DocContext) -> Token | None:
    """The verb that denies the licence: ``revoked export licences``, ``licences were suspended``, ``applied a
    policy of denial to licence applications``."""
    phrase = licence.head if licence.dep_ == "compound" else licence
    head = phrase.head
    if phrase.dep_ in ("dobj", "nsubjpass", "conj") and head.pos_ == "VERB" and \
            head.lemma_ in ctx.lex.words("licence_denying_verbs"):
        return head
    before = head.i - 2
    while before > 0 and ctx.doc[before].is_quote:  # "a \"policy of denial\" to export licence …"
        before -= 1
    # "a policy of denial to export licence applications": the parser makes "export" a verb, of the clause or
    # (after a quote) of the policy noun
    applier = head.head.head if head.dep_ == "relcl" and head.head.dep_ == "dobj" else head.head
    if phrase.dep_ == "dobj" and head.lemma_ == "export" and head.i > 1 and ctx.doc[head.i - 1].lower_ == "to" and \
            ctx.doc[before].lemma_ in ctx.lex.words("denial_nouns") and applier.pos_ == "VERB":
        return applier
    if phrase.dep_ == "pobj" and head.head.pos_ == "NOUN" and head.head.lemma_ in ctx.lex.words("denial_nouns"):
        noun = head.head  # "a policy of denial to …": the verb that applies it
        for _ in range(3):
            noun = noun.head
            if noun.pos_ == "VERB":
                return noun
    return None


@triggered_by(lambda lex: lex.words("licence_nouns"))
def licence_denial_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Commerce revoked export licences for Huawei``, ``BIS will apply a policy of denial to licence applications
    for the SSB``: who denies a firm or a state its export licences restricts exports to it."""
    for tok in ctx.find(sent, ctx.lex.words("licence_nouns")):
        if tok.pos_ != "NOUN":
            continue
        verb = _denier(tok, ctx)
        if verb is None or ctx.negated(verb):
            continue
        targets = _licensees(tok, ctx)
        if not targets and tok.dep_ == "dobj":  # "denied export licences to Huawei": "to" hangs on the verb
            targets = [a for p in ctx.pobjs(verb, {"to"}) for a in ctx.actors(p)
                       if ctx.type_of(a) in ("Country", "Organization")]
        if not targets:
            continue
        # "the measures ban all US export licences for …": the state that issues the licences
        holders = ctx.subjects(verb) or list_keepers(tok.head if tok.dep_ == "compound" else tok, ctx)
        status = ctx.status(verb)
        for s, o in distinct_pairs((a for a in holders if ctx.type_of(a) != "Person"), targets):
            yield Candidate(s, "restrictsExportsTo", o, "curb:licence-denied", status, sent)
