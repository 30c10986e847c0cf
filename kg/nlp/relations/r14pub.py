"""Relations in the forms of published official text (branch r14pub).

A joint statement's title names its signatories: ``Joint Statement between Japan and the Philippines``, ``Joint
Declaration of Chile and Peru on Lithium``, ``Joint Statement on the Strategic Partnership between India and
Brazil``. The statement is an agreement of the parties it is between (``r12lex_declaration_nouns``; a statement
only when ``joint``). A verb's joint statement (``X and Y issued a joint statement``) is read by r12lex.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.coop import party_ids
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.triggers import distinct_pairs

#: prepositions that name a joint statement's parties (``between A and B``, ``of A and B``, ``by A and B``)
_PARTY_PREPS = {"between", "of", "by"}
#: the preposition of a statement's topic, whose noun may carry the parties (``on the Partnership between A and B``)
_TOPIC_PREPS = {"on", "for"}


def _is_title(noun: Token) -> bool:
    """Whether ``noun`` heads a title rather than a clause's object: the root of its sentence, or hung on one by a
    preposition or apposition, with no verb over it."""
    tok = noun
    for _ in range(3):
        if tok.dep_ == "ROOT":
            return tok.pos_ != "VERB"
        if tok.dep_ not in ("appos", "pobj", "prep", "compound", "npadvmod"):
            return False
        tok = tok.head
    return False


def _names_in(phrase: Token, ctx: DocContext) -> list[str]:
    """The ids of the names inside a (short) phrase headed by ``phrase``, in order."""
    if phrase.right_edge.i - phrase.left_edge.i > 30:
        return []
    return [eid for k in range(phrase.left_edge.i, phrase.right_edge.i + 1) if (eid := ctx.mention_at.get(k))]


@triggered_by(lambda lex: lex.words("r12lex_declaration_nouns"))
def titled_joint_statement_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Joint Statement between Japan and the Philippines`` (a title, no verb): each pair of the named parties has
    an agreement."""
    for noun in ctx.find(sent, ctx.lex.words("r12lex_declaration_nouns")):
        if not _is_title(noun) or not any(c.lower_ == "joint" and c.dep_ in ("amod", "compound")
                                          for c in noun.children):
            continue
        heads = [noun] + [t for t in ctx.pobjs(noun, _TOPIC_PREPS)]
        # every name inside the party phrase: the parser often hangs the second party inside the first's name
        # ("between the Kingdom of Saudi Arabia and Japan")
        ids = party_ids([a for h in heads for p in ctx.pobjs(h, _PARTY_PREPS)
                         for a in ctx.actors(p) + _names_in(p, ctx)], ctx)
        for s, o in combinations(ids, 2):
            yield Candidate(s, "agreementWith", o, "r14pub:titled-joint-statement", "asserted", sent)


#: words that may stand in a portfolio (besides title-case words): ``Electronics and Information Technology``
_PORTFOLIO_GLUE = frozenset({"and", "&", ","})


def portfolio_words(words: list[str]) -> list[str]:
    """A portfolio as compared words: lower case, ``&`` and a comma read as ``and``, none at the ends.

    >>> portfolio_words(["Electronics", "&", "IT", ",", "Railways", ","])
    ['electronics', 'and', 'it', 'and', 'railways']
    """
    out = ["and" if w in ("&", ",") else w.lower() for w in words]
    while out and out[-1] == "and":
        out.pop()
    while out and out[0] == "and":
        out.pop(0)
    return out


def body_portfolio(label: str, heads: set[str]) -> list[str] | None:
    """The portfolio of a ministry's canonical name, before its country: ``Ministry of Trade and Industry of the
    Republic of Singapore`` -> trade and industry; None for a name that is no body of a portfolio.

    >>> body_portfolio("Ministry of Trade and Industry of the Republic of Singapore", {"ministry"})
    ['trade', 'and', 'industry']
    >>> body_portfolio("Ministry of Economy, Trade and Industry", {"ministry"}), body_portfolio("Acme", {"ministry"})
    (['economy', 'and', 'trade', 'and', 'industry'], None)
    """
    words = label.replace("&", " & ").replace(",", " , ").split()
    if len(words) < 3 or words[0].lower() not in heads or words[1].lower() not in ("of", "for"):
        return None
    rest = words[2:]
    cut = next((k for k, w in enumerate(rest) if w == "of"), len(rest))
    return portfolio_words(rest[:cut]) or None


def _minister_person(sent: Span, title: int, end: int, ctx: DocContext) -> str | None:
    """The person a minister's title names: right after its portfolio (honorifics skipped: ``Minister for Trade
    Mr. Tan``), or before the comma that opens its title run (``Tan, Deputy Prime Minister and Minister for
    Trade``)."""
    doc, honorifics = ctx.doc, ctx.lex.words("r14pub_honorifics")
    k = end
    while k < sent.end and doc[k].lower_ in honorifics:
        k += 1
    after = ctx.mention_at.get(k) if k < sent.end else None
    if after is not None and ctx.type_of(after) == "Person":
        return after
    k = title - 1
    while k > sent.start and (doc[k].is_title or doc[k].lower_ in ("and", "deputy", "vice", "union", "federal")) \
            and doc[k].text != ",":
        k -= 1
    before = ctx.mention_at.get(k - 1) if doc[k].text == "," and k - 1 >= sent.start else None
    return before if before is not None and ctx.type_of(before) == "Person" else None


@triggered_by(lambda lex: lex.words("r14pub_minister_words"))
def portfolio_minister_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Minister for Trade and Industry Mr. Tan``, ``Tan, Minister for Electronics and Information Technology,
    Railways and Broadcasting``: the minister heads the document's ministry whose portfolio his title begins with
    (``Ministry of Trade and Industry of Singapore``), one ministry only."""
    doc, heads = ctx.doc, ctx.lex.words("r14pub_body_heads")
    bodies = {eid: words for eid, e in ctx.entities.items() if e.type == "Organization"
              and (words := body_portfolio(e.label, heads))}
    if not bodies:
        return
    for title in ctx.find_at(sent, ctx.lex.words("r14pub_minister_words")):
        start = title + 1
        if start >= sent.end or doc[start].lower_ not in ("for", "of"):
            continue
        end = start + 1
        while end < sent.end and (doc[end].is_title or doc[end].is_upper or doc[end].lower_ in _PORTFOLIO_GLUE) \
                and not ctx.mention_at.get(end) and doc[end].lower_ not in ctx.lex.words("r14pub_honorifics"):
            end += 1
        told = portfolio_words([t.text for t in doc[start + 1:end]])
        found = [eid for eid, words in bodies.items() if told[:len(words)] == words and
                 (len(told) == len(words) or told[len(words)] == "and")]
        person = _minister_person(sent, title, end, ctx) if len(found) == 1 else None
        if person is not None:
            yield Candidate(person, "leaderOf", found[0], "r14pub:portfolio-minister", "asserted", sent)


def _customers(noun: Token, verb: Token, ctx: DocContext) -> list[str]:
    """Who a won contract is with: ``from Y``, ``with Y``, ``by Y`` (on the verb or the noun), or the owner of what
    the contract is for (``a contract to expand Y's network``, ``a contract for Y's plant``)."""
    found = [a for h in (verb, noun) for p in ctx.pobjs(h, {"from", "with", "by"}) for a in ctx.actors(p)]
    if found:
        return found
    for c in noun.children:
        target = next((o for o in c.children if o.dep_ == "dobj"), None) if c.dep_ in ("acl", "relcl") else \
            next(iter(ctx.pobjs(noun, {"for"})), None) if c.dep_ == "prep" and c.lower_ == "for" else None
        if target is not None:
            found += [a for p in target.children if p.dep_ == "poss" for a in ctx.actors(p, conj=False)]
    return found


@triggered_by(lambda lex: lex.words("r14pub_contract_nouns"))
def won_contract_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Nokia has won a contract to expand Airtel's network``, ``Hanwha was awarded a contract by the Polish
    Armament Agency``, ``Thales secured a contract from Airbus``: a contract won is a deal between the winner and
    its customer (``agreementWith``)."""
    verbs = ctx.lex.words("r14pub_winning_verbs")
    for noun in ctx.find(sent, ctx.lex.words("r14pub_contract_nouns")):
        verb = noun.head
        if noun.dep_ not in ("dobj", "nsubjpass") or verb.lemma_ not in verbs or ctx.negated(verb):
            continue
        if verb.lemma_ == "award" and noun.dep_ == "dobj" and not any(c.dep_ == "nsubjpass" for c in verb.children):
            continue  # "Y awarded X a contract": read by the award rules
        winners = [a for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c is not noun
                   for a in ctx.actors(c)]
        for s, o in distinct_pairs(party_ids(winners, ctx), party_ids(_customers(noun, verb, ctx), ctx)):
            yield Candidate(s, "agreementWith", o, "r14pub:won-contract", ctx.status(verb), sent)


R14PUB_RULES = (titled_joint_statement_rule, portfolio_minister_rule, won_contract_rule)
