"""Round 17 (branch r17news6): the partners of a joint venture listed with their descriptions, and loans only
discussed.

``a joint venture of Anglo American, the Japanese trader Sojitz and the French group Eramet``: the parser hangs the
described names as appositions of one another, so the venture's ``of`` / ``between`` phrase reads as one party;
:func:`venture_parties` reads the named organisations of the phrase in order instead (not their possessors,
``Rostec's unit Avtodom``, and not past a verb or a new preposition). ``a venture between X and Y`` is a joint venture
too (:func:`between_venture`). ``The World Bank is discussing a loan to X`` only weighs the loan
(:func:`discussed_funding`). A supplier that wins an order from a customer will supply to it
(:func:`won_order_rule`, ``R17NEWS6_RULES``).

Word lists (data/lexicon/cooperation.json, events.json): ``r17news6_funding_nouns``, ``r17news6_talking_verbs``,
``r17news6_order_nouns``, ``r17news6_winning_verbs``, with ``r17news5_building_verbs``.
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by

#: words that end the list of a venture's parties: a clause or a new phrase begins
_STOPS = frozenset({"to", "for", "with", "in", "that", "which", "who", "since", "after", "before", "under", "at",
                    "on", "from", "by", "as", "into", "through", "over", "until", "while", "whose"})
_POSSESSIVE = frozenset({"'s", "'", "\u2019s", "\u2019"})


def venture_parties(tok: Token, ctx: DocContext) -> list[str]:
    """The organisations named in the ``of`` / ``between`` phrase of a venture noun ``tok``, in order.

    ``a joint venture of Anglo American, the Japanese trader Sojitz and the French group Eramet`` gives the three
    firms; ``a venture between India's BDL and Russia's Almaz-Antey`` gives BDL and Almaz-Antey (not the countries,
    which are possessors and no organisations); the list stops at a verb or a new preposition (``... to build vans
    for Renault`` leaves Renault out). Fewer than two found gives ``[]``.
    """
    doc = tok.doc
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "between", "among") and c.i > tok.i]
    if not preps:
        return []
    start = preps[0].i + 1
    end = max(tok.right_edge.i, preps[0].right_edge.i)
    found: list[str] = []
    i = start
    while i <= end and i < len(doc):
        t = doc[i]
        if t.pos_ in ("VERB", "AUX") or t.lower_ in _STOPS or t.is_sent_start:
            break
        eid = ctx.mention_at.get(i)
        if eid is None:
            i += 1
            continue
        j = i
        while j + 1 < len(doc) and ctx.mention_at.get(j + 1) == eid:
            j += 1
        after = doc[j + 1].text if j + 1 < len(doc) else ""
        if after not in _POSSESSIVE and ctx.is_actor(eid) and ctx.type_of(eid) == "Organization" and \
                eid not in found:
            found.append(eid)
        i = j + 1
    return found if len(found) >= 2 else []


def between_venture(tok: Token) -> bool:
    """Whether a ``venture`` without ``joint`` names its parties with ``between``: ``a venture between X and Y``.

    >>> import spacy
    >>> doc = spacy.blank("en")("a venture between Tata and Renault")
    >>> between_venture(doc[1])  # a blank pipeline has no parse: no children
    False
    """
    return any(c.dep_ == "prep" and c.lower_ in ("between", "among") for c in tok.children)


def discussed_funding(tok: Token, ctx: DocContext) -> bool:
    """Whether a funding noun (``loan``, ``investment``) is only the object of talks: ``X is discussing a loan to
    Y``, ``X discussed an investment in Y`` (a step weighed, not taken or planned)."""
    if tok.lower_ not in ctx.lex.words("r17news6_funding_nouns") or tok.dep_ != "dobj":
        return False
    return tok.head.lemma_ in ctx.lex.words("r17news6_talking_verbs")


def shared_deal_pairs(tok: Token, predicate: str, holders: list[str], others: list[str]) -> list[tuple[str, str]]:
    """The pairs among the partners of ONE joint venture (a singular noun): ``Pemex's joint venture with Shell and
    Repsol`` makes Shell and Repsol partners too. Not for agreements: ``X signed an agreement with A and B to build
    Y`` may hire two contractors who agree nothing with each other (the dev gold reads it so); ``joint ventures with
    A and B`` (plural) may be two ventures.

    >>> import spacy
    >>> doc = spacy.blank("en")("a venture")
    >>> doc[1].tag_ = "NN"
    >>> shared_deal_pairs(doc[1], "jointVentureWith", ["x"], ["a", "b"])
    [('a', 'b')]
    >>> shared_deal_pairs(doc[1], "agreementWith", ["x"], ["a", "b"])
    []
    """
    if predicate != "jointVentureWith" or tok.tag_ != "NN" or not holders:
        return []
    rest = [o for o in dict.fromkeys(others) if o not in holders]
    return [(a, b) for k, a in enumerate(rest) for b in rest[k + 1:]]


@triggered_by(lambda lex: lex.words("r17news6_order_nouns"))
def won_order_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Daewoo Marine won an order for six tankers from Maersk``, ``Hyundai Mipo secured a contract to build four
    ferries for Stena Line``: who wins a customer's order will supply to it (planned: the delivery is to come)."""
    building = ctx.lex.words("r17news5_building_verbs")
    for noun in ctx.find(sent, ctx.lex.words("r17news6_order_nouns")):
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_ not in ctx.lex.words("r17news6_winning_verbs") or ctx.negated(verb):
            continue
        hosts = [noun, verb, *ctx.pobjs(noun, {"for"})]  # "an order for 40 jets from Qantas"
        hosts += [c for h in (verb, noun) for c in h.children if c.dep_ in ("advcl", "acl", "relcl", "xcomp")
                  and c.lemma_ in building and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        kinds = ("Organization", "Country", "InternationalOrganization")
        preps = [{"from"} if h.pos_ != "VERB" or h == verb else {"for", "from"} for h in hosts]
        customers = [a for h, ps in zip(hosts, preps) for p in ctx.pobjs(h, ps)
                     for a in ctx.actors(p) if ctx.type_of(a) in kinds]
        suppliers = [a for a in ctx.subjects(verb) if ctx.type_of(a) == "Organization"]
        for s in dict.fromkeys(suppliers):
            for o in dict.fromkeys(customers):
                if s != o:
                    yield Candidate(s, "suppliesTo", o, "r17news6:won-order", "planned", sent)


R17NEWS6_RULES = (won_order_rule,)
