"""Supplies whose direction the sentence does not give, and supplies that are no supplies (branch r11supb).

- ``Turkey signed a deal with Russia for the supply of S-400 systems``: a supply noun that hangs on a deal between
  two parties says that one supplies the other, not which; the direction is known only when one party makes the
  goods, or when one party is a company and the others are states (``Poland signed a contract with Hyundai Rotem
  for the supply of tanks``) (:func:`deal_supply_pairs`). Otherwise nothing is said.
- ``Tokyo Electron, the country's biggest supplier of chipmaking tools``: a company is not a supplier *to* its own
  home country through a possessive; the country says where it sells, not to whom (:func:`home_market`).
- ``the project is to receive $200 million in equity from Canberra``: money received is investment, not supply
  (:func:`money_given`; money words beside ``lending_nouns`` are ``r11supb_money_nouns``); ``a site, which X
  bought from Z``, ``bought 20% of X from Z``: a holding changes hands (:func:`asset_moved`).
- ``Hungary became the first member to order it``: an ``it`` that the text resolves to an organisation other than
  the one who orders stands for that organisation's product; its maker supplies who orders it
  (:func:`ordered_reference_rule`; the verbs are ``r11supb_order_verbs`` in ``data/lexicon/events.json``).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by


def finance_noun(tok: Token, ctx: DocContext) -> bool:
    """Whether a noun is a trigger of investment or names money (``loan``, ``funding``, ``equity``)."""
    key = tok.lower_ if tok.lower_ in ctx.lex.nouns else tok.lemma_
    return tok.lower_ in ctx.lex.words("lending_nouns") or tok.lower_ in ctx.lex.words("r11supb_money_nouns") or \
        tok.lower_ in ctx.lex.words("r16invest_funding_nouns") or \
        any(p == "investsIn" for p, _ in ctx.lex.nouns.get(key, []))  # "received backing from X" (r16invest)


def asset_moved(obj: Token, ctx: DocContext) -> bool:
    """Whether what is sold or bought is a business or holding (``sold its unit to Y``), also when the object is
    a relative pronoun (``the site, which Lynas bought from Z``)."""
    if obj.lower_ in ("which", "that") and obj.head.dep_ == "relcl":
        obj = obj.head.head
    if obj.ent_type_ in ("GPE", "LOC", "FAC") or obj.pos_ == "PROPN" and not ctx.entity(obj) and \
            obj.dep_ == "pobj" and obj.head.lower_ in ("in", "on", "at", "near"):
        return True  # "a site in Seadrift, on the Gulf Coast, which X bought": a place changes hands
    assets = ctx.lex.words("asset_nouns")
    # "bought 20% of Albemarle from BlackRock": a part of a company is a holding
    return obj.lower_ in assets or any(p.lower_ in assets or ctx.type_of(ctx.entity(p) or "") == "Organization"
                                       for p in ctx.pobjs(obj, {"of"}))


def money_given(obj: Token, ctx: DocContext) -> bool:
    """Whether what a supply verb moves is money: a finance noun, or an amount ``in`` or ``of`` one
    (``$200 million in concessional equity``)."""
    return finance_noun(obj, ctx) or any(
        finance_noun(p, ctx) for c in obj.children if c.dep_ == "prep" and c.lower_ in ("in", "of")
        for p in c.children if p.dep_ == "pobj")


def deal_supply_pairs(tok: Token, holders: list[str], others: list[str],
                      ctx: DocContext) -> list[tuple[str, str]] | None:
    """The pairs of a supply noun whose parties come from the deal it hangs on (``a deal with Russia for the
    supply of S-400s``): the maker of the goods supplies the other parties; with no maker among them, no pair.
    ``None`` when the supply noun names its own parties (``supply of gas to China``, ``Russia's supply``).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["supply", "to", "China"], heads=[0, 0, 1],
    ...           deps=["ROOT", "prep", "pobj"])
    >>> deal_supply_pairs(doc[0], ["a"], ["b"], None) is None
    True
    """
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("for", "on", "of"):
        return None
    if any(c.dep_ in ("poss", "compound", "nmod") and c.i < tok.i for c in tok.children) or any(
            c.dep_ == "prep" and c.lower_ in ("to", "from", "by") for c in tok.children):
        return None
    host = tok.head.head
    # "signed a deal with Russia for the supply of …": the parser may hang the phrase on the verb of the deal
    deals = [host] if host.pos_ in ("NOUN", "PROPN") else \
        [c for c in host.children if c.dep_ == "dobj"] if host.pos_ == "VERB" else []
    if not any(_agreement_noun(d, ctx) for d in deals):
        return None
    parties = list(dict.fromkeys(holders + others))
    makers = [m for m in ctx.product_supplier(tok) if m in parties]
    if not makers:
        # "Poland signed a contract with Hyundai Rotem for the supply of tanks": a company supplies a state
        kinds = {p: party_kind(p, ctx) for p in parties}
        companies = [p for p, k in kinds.items() if k == "company"]
        if len(companies) == 1 and all(k in ("company", "state") for k in kinds.values()):
            makers = companies
    return [(m, p) for m in makers for p in parties if p != m]


def party_kind(entity_id: str, ctx: DocContext) -> str:
    """``company``, ``state`` (a country or a body of its government or military) or ``other``."""
    entity = ctx.entities.get(entity_id)
    if entity is None:
        return "other"
    if entity.type == "Country" or entity.subtype in ("GovernmentBody", "Military"):
        return "state"
    return "company" if entity.subtype == "Company" else "other"


def unlisted_subjects(verb: Token, ctx: DocContext) -> list[str]:
    """The verb's subjects, but for ``… with Boko Haram, Nigeria is taking delivery`` only the name right before
    the verb: the parser joins the two names as a list without ``and`` or as an apposition the verb follows with
    no closing comma (``Nigeria, Africa's largest buyer, is …`` closes it)."""
    found = ctx.subjects(verb)
    doc = verb.doc
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        joined = [c for c in subj.children if c.dep_ in ("conj", "appos") and c.i > subj.i]
        if len(joined) != 1 or any(c.dep_ == "cc" for c in subj.children) or \
                any(t.dep_ == "cc" for t in joined[0].subtree):
            continue
        last = joined[0]
        if doc[subj.i + 1].text == "," and "," not in doc[last.right_edge.i + 1:verb.i].text and ctx.entity(last):
            found = ctx.actors(last, conj=False)
    return found


def _agreement_noun(tok: Token, ctx: DocContext) -> bool:
    """Whether a noun is a trigger of agreement or cooperation (``deal``, ``contract``, ``pact``)."""
    key = tok.lower_ if tok.lower_ in ctx.lex.nouns else tok.lemma_
    return any(p in ("agreementWith", "cooperatesWith") for p, _s in ctx.lex.nouns.get(key, []))


def home_market(supplier: str, customer: str, ctx: DocContext) -> bool:
    """Whether ``customer`` is the home country of ``supplier`` (``the country's biggest supplier``)."""
    entity = ctx.entities.get(supplier)
    return ctx.type_of(customer) == "Country" and entity is not None and entity.country == customer


def _orderer(verb: Token, ctx: DocContext) -> list[str]:
    """Who orders: the verb's subject, or for ``the first member to order it`` the subject of the clause the
    described noun is the predicate of."""
    found = [a for a in ctx.subjects(verb) if ctx.is_actor(a)]
    if not found and verb.dep_ in ("relcl", "acl") and verb.head.dep_ in ("attr", "oprd") and \
            verb.head.head.pos_ in ("AUX", "VERB"):
        found = [a for a in ctx.clause_subjects(verb.head.head) if ctx.is_actor(a)]
    return found


@triggered_by(lambda lex: lex.words("r11supb_order_verbs"))
def ordered_reference_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Poland became the first member to order it``: an ``it`` that refers to an organisation is that
    organisation's product, and who orders it is supplied by the organisation."""
    for verb in ctx.find(sent, ctx.lex.words("r11supb_order_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb) or any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
            continue  # "ordered it to leave": a command
        for obj in verb.children:
            if obj.dep_ != "dobj" or obj.lower_ not in ("it", "them") or obj.i not in ctx.refs:
                continue
            makers = [a for a in ctx.refs[obj.i] if ctx.type_of(a) == "Organization"]
            buyers = _orderer(verb, ctx)
            status = ctx.status(verb)
            for s in makers:
                for o in buyers:
                    if s != o and not home_market(s, o, ctx):
                        yield Candidate(s, "suppliesTo", o, "event:ordered-reference", status, sent)

