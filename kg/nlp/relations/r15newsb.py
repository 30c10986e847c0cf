"""Constructions of published releases and wire copy (branch r15newsb); words: ``r15newsb_*`` keys of
``data/lexicon/cooperation.json``.

- a body described as one under another: ``KIST, a research institute under the Ministry of Science and ICT``
  (``partOf``);
- an official named with his body and his portfolio before the title: ``EU trade chief Ana Ruiz``, ``Nokia network
  head Ravi Menon`` (``worksFor``: the head of a field or a part works for the whole; a country for a state's
  official);
- a state, bloc or government body that lists a company or a person in a sanctions text: ``The bloc also listed
  Acme``, ``Britain listed two banks`` (``sanctions``; not ``listed on Nasdaq``, ``listed as a risk``);
- a company signed as a customer, a supplier or a partner: ``Rapidus signed Tenstorrent as its first customer``
  (``agreementWith``, and ``suppliesTo`` or ``cooperatesWith`` planned).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by

#: what may list someone under sanctions
LISTING_TYPES = frozenset({"Country", "InternationalOrganization", "Bloc"})
#: the subtype of a body that may list someone
LISTING_SUBTYPES = frozenset({"GovernmentBody"})
#: prepositions that make a listing one on an exchange, in a report or as something
NOT_SANCTION_PREPS = frozenset({"on", "in", "as", "among", "at", "for", "by", "under"})
#: words a portfolio may have between a body's name and the title
PORTFOLIO_WORDS = 3


@triggered_by(lambda lex: lex.words("r15newsb_under_nouns"))
def body_under_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``C-DAC, a research body under India's Ministry of Electronics``: C-DAC partOf the ministry."""
    for noun in ctx.find(sent, ctx.lex.words("r15newsb_under_nouns")):
        if noun.pos_ != "NOUN" or noun.dep_ != "appos" or ctx.entity(noun):
            continue
        owned = [a for a in ctx.actors(ctx.mention_root(noun.head), conj=False) if ctx.type_of(a) == "Organization"]
        owners = [a for p in ctx.pobjs(noun, {"under"}) for a in ctx.actors(p) if ctx.type_of(a) == "Organization"]
        for s in owned:
            for o in owners:
                if s != o:
                    yield Candidate(s, "partOf", o, "r15newsb:body-under", "asserted", sent)


def _portfolio_owner(title: Token, ctx: DocContext) -> str | None:
    """The actor named before a portfolio and ``title``: ``EU`` of ``EU foreign policy chief``; None without a
    portfolio word (``Nokia chief X`` is the title rules')."""
    doc, k, words = ctx.doc, title.i - 1, 0
    while k >= sent_start(title) and words < PORTFOLIO_WORDS and doc[k].is_alpha and doc[k].is_lower and \
            not ctx.entity(doc[k]):
        k, words = k - 1, words + 1
    if not words or k < sent_start(title):
        return None
    owner = ctx.entity(doc[k])
    return owner if owner and ctx.is_actor(owner) and ctx.type_of(owner) != "Person" else None


def sent_start(tok: Token) -> int:
    """The index of the first token of ``tok``'s sentence."""
    return tok.sent.start


@triggered_by(lambda lex: lex.words("r15newsb_portfolio_heads"))
def portfolio_head_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``EU foreign policy chief Kaja Kallas``: she works for the EU (the head of a field, not of the EU)."""
    for title in ctx.find(sent, ctx.lex.words("r15newsb_portfolio_heads")):
        if title.i + 1 >= sent.end or not title.is_lower:
            continue
        person = ctx.entity(ctx.doc[title.i + 1])
        if not person or ctx.type_of(person) != "Person" or ctx.entity(title):
            continue
        owner = _portfolio_owner(title, ctx)
        if owner:
            yield Candidate(person, "worksFor", owner, "r15newsb:portfolio-head", "asserted", sent)


def _lister(verb: Token, ctx: DocContext) -> list[str]:
    """Who lists: a state, a bloc or a government body (the subject of ``verb``)."""
    return [a for a in ctx.subjects(verb) if ctx.type_of(a) in LISTING_TYPES or (
        (e := ctx.entities.get(a)) is not None and e.subtype in LISTING_SUBTYPES)]


@triggered_by(lambda lex: lex.words("r15newsb_listing_verbs"))
def listed_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The bloc also listed Chang Guang Satellite Technology``: the EU sanctions it (in a text about sanctions)."""
    if not any(t.lemma_.lower() in ("sanction", "sanctions") or t.lower_ in ("sanctions", "sanctioned")
               for t in ctx.doc):
        return
    for verb in ctx.find(sent, ctx.lex.words("r15newsb_listing_verbs")):
        if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or ctx.negated(verb) or \
                ctx.status(verb) != "asserted" or verb.dep_ in ("amod", "acl", "relcl"):
            continue
        if any(c.dep_ in ("prep", "agent") and c.lower_ in NOT_SANCTION_PREPS for c in verb.children):
            continue
        targets = [a for c in verb.children if c.dep_ == "dobj" for a in ctx.actors(c)
                   if ctx.type_of(a) in ("Organization", "Person")]
        for s in _lister(verb, ctx):
            for o in targets:
                if s != o:
                    yield Candidate(s, "sanctions", o, "r15newsb:listed", "asserted", sent)


@triggered_by(lambda lex: lex.words("r15newsb_signing_verbs"))
def signed_as_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Rapidus signed Tenstorrent as its first customer``: an agreement (the supply to a customer is
    ``events.py``'s); a supplier signed supplies the signer, a partner cooperates (planned)."""
    roles: dict[str, str] = ctx.lex.value("r15newsb_signed_roles")
    for verb in ctx.find(sent, ctx.lex.words("r15newsb_signing_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        role = next((roles[p.lower_] for p in ctx.pobjs(verb, {"as"}) if p.lower_ in roles), None)
        if role is None:
            continue
        signers = [a for a in ctx.subjects(verb) if ctx.type_of(a) == "Organization"]
        signed = [a for c in verb.children if c.dep_ == "dobj" for a in ctx.actors(c)
                  if ctx.type_of(a) == "Organization"]
        for s in signers:
            for o in (o for o in signed if o != s):
                yield Candidate(s, "agreementWith", o, "r15newsb:signed-as", ctx.status(verb), sent)
                if role == "supplier":  # (the customer's supply: event:signed-customer, events.py)
                    yield Candidate(o, "suppliesTo", s, "r15newsb:signed-as-supplier", "planned", sent)
                elif role == "partner":
                    yield Candidate(s, "cooperatesWith", o, "r15newsb:signed-as-partner", "planned", sent)


R15NEWSB_RULES = (body_under_rule, portfolio_head_rule, listed_rule, signed_as_rule)
