"""Agreements beside coop4.py: deals that heads of state or government sign or agree for their countries
(``Erdogan agreed the purchase with Russian President Vladimir Putin``: Turkey and Russia), and titled people for
their organisations. Word lists:
``data/lexicon/cooperation.json`` and ``structure.json``."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.coop import party_ids
from kg.nlp.relations.coop2 import deal_nouns, noun_predicates
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.mentions import titled_body
from kg.nlp.relations.triggers import distinct_pairs


def _country_led(tok: Token, ctx: DocContext) -> str | None:
    """The country a head of state or government named at ``tok`` leads: by a title with the country before it
    (``Russian President Vladimir Putin``, ``Japan's prime minister Fumio Kishida``) or by the gazetteer."""
    person = ctx.entity(tok)
    if person is None or ctx.type_of(person) != "Person":
        return None
    doc, sent = ctx.doc, tok.sent
    i = tok.i
    while i > sent.start and ctx.entity(doc[i - 1]) == person:
        i -= 1
    titles = ctx.lex.words("coop5_state_leader_titles")
    j, titled = i - 1, False
    while j >= sent.start and doc[j].lower_ in titles and i - j <= 3:
        titled, j = True, j - 1
    if j >= sent.start and doc[j].text in ("'s", "’s"):
        j -= 1
    country = ctx.entity(doc[j]) if titled and j >= sent.start else None
    if country and ctx.type_of(country) == "Country":
        return country
    led = ctx.leaders.get(person)
    return led if led in ctx.entities and ctx.type_of(led) == "Country" else None


def _sides(toks: list[Token], ctx: DocContext) -> tuple[list[str], bool]:
    """The parties the named ``toks`` stand for (a head of state for the country, ``Sberbank chief executive X``
    for Sberbank) and whether one was a person."""
    out: list[str] = []
    person = False
    for tok in toks:
        root = ctx.mention_root(tok)
        led = _country_led(root, ctx) or (titled_body(root, ctx) if ctx.type_of(ctx.entity(root) or "") == "Person"
                                          else None)
        if led:
            out.append(led)
            person = True
        elif ctx.entity(root) and ctx.type_of(ctx.entity(root) or "") != "Person":
            out += ctx.actors(root, conj=False)
    return party_ids(out, ctx), person


@triggered_by(lambda lex: lex.words("signing_verbs") | lex.words("agreeing_verbs"))
def leaders_deal_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Erdogan agreed the purchase with Russian President Vladimir Putin``, ``Chinese President Xi Jinping and
    Russian President Vladimir Putin signed a treaty``: a deal heads of state sign or agree is their countries'."""
    table = deal_nouns(ctx.lex)
    agreeing = ctx.lex.words("agreeing_verbs")
    if not ctx.index.ents_typed(sent, "Person", ctx.type_of):
        return
    for verb in ctx.find(sent, ctx.lex.words("signing_verbs") | agreeing):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        deals = [o for o in objects if "agreementWith" in noun_predicates(o, table)]
        if not (deals or verb.lemma_ in agreeing and objects and not any(ctx.entity(o) for o in objects)):
            continue  # "signed a deal", "agreed the purchase"; not "agreed with X that …"
        signers = [t for c in verb.children if c.dep_ == "nsubj" for t in (c, *c.conjuncts)]
        others = [t for h in (verb, *objects) for p in ctx.pobjs(h, {"with"}) for t in (p, *p.conjuncts)]
        left, by_person = _sides(signers, ctx)
        right, with_person = _sides(others, ctx)
        if not (by_person or with_person):
            continue  # named parties alone: the trigger rules' case
        pairs = list(distinct_pairs(left, right)) if others else list(combinations(left, 2))
        for s, o in pairs:
            yield Candidate(s, "agreementWith", o, "agreement:leaders", ctx.status(verb), sent)
