"""Investment constructions the trigger lexicon does not reach; their words are in ``data/lexicon/events.json``.

- investors named side by side before the noun, which the parser splits: ``the earlier Amazon and Google
  investments in Anthropic`` (``Amazon`` comes out as the verb's object and ``investments`` as its conjunct);
- shareholders a body was set up with: ``the fund was set up with money from shareholders that include A and
  B``, ``it was registered with 19 Chinese shareholders`` (each invests in the body);
- money made available: ``China will make $50bn available to Africa``.

Each rule visits only the sentence's words of its list (through the document index).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import lexicon_memo, triggered_by
from kg.nlp.relations.roles import counterparts, described
from kg.nlp.relations.money_slots import is_money
from kg.nlp.relations.objects import dobj
from kg.nlp.relations.triggers import distinct_pairs
from kg.nlp.lexicon import Lexicon

INVESTORS = ("Organization", "Country", "InternationalOrganization", "Person")


def _investment_nouns(lex: Lexicon) -> frozenset[str]:
    """The trigger nouns of investsIn that take the invested-in party with ``in``/``into``."""
    return lexicon_memo(lex, "investment_nouns_in", lambda: frozenset(
        noun for noun, entries in lex.nouns.items()
        if any(p == "investsIn" and set(slots) & {"in", "into"} for p, slots in entries)))


@triggered_by(_investment_nouns)
def paired_investors_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``regulators cleared the Amazon and Google investments in Anthropic``: when the parser makes the first name
    the head and the noun its conjunct, the first name is an investor as the one before the noun is."""
    nouns = _investment_nouns(ctx.lex)
    for tok in ctx.find(sent, nouns):
        if tok.dep_ != "conj" or tok.pos_ != "NOUN" or ctx.negated(tok):
            continue
        first = tok.head
        named = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i and ctx.entity(c)]
        between = ctx.doc[first.i + 1:named[0].left_edge.i] if named else None
        if not named or between is None or not ctx.entity(first) or \
                not all(t.lower_ in ("and", ",", "&") for t in between):
            continue
        investors = [a for a in ctx.actors(first, conj=False) if ctx.type_of(a) in INVESTORS]
        targets = [a for p in ctx.pobjs(tok, {"in", "into"}) for a in ctx.actors(p) if ctx.is_actor(a)]
        status = ctx.status(tok)
        for s, o in distinct_pairs(investors, targets):
            yield Candidate(s, "investsIn", o, "event:paired-investors", status, sent)


def _founding_verb(tok: Token) -> Token | None:
    """The verb a ``with``/``from`` phrase carries ``tok`` to: ``set up with money from shareholders``."""
    node = tok
    for _ in range(4):
        if node.dep_ != "pobj" or node.head.lower_ not in ("with", "from"):
            return None
        prep = node.head
        if prep.head.pos_ == "VERB":
            return prep.head
        node = prep.head
    return None


def _listed(tok: Token, ctx: DocContext) -> list[str]:
    """The names a relative clause lists: ``shareholders that include A and B``."""
    return [a for c in tok.children if c.dep_ == "relcl" and c.lemma_ in ("include", "comprise")
            and not ctx.negated(c) for o in dobj(c) for a in _names_in(o, ctx) if ctx.type_of(a) in INVESTORS]


def _names_in(tok: Token, ctx: DocContext) -> list[str]:
    """The actors named in a list's phrase, its conjuncts too where the parser hangs them inside a name
    (``China's Ministry of Finance and China Development Bank``)."""
    return list(dict.fromkeys(a for t in tok.subtree if ctx.entity(t) and ctx.mention_root(t).i == t.i
                              for a in ctx.actors(t, conj=False)))


@triggered_by(lambda lex: lex.words("founding_verbs"))
def founding_shareholders_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Big Fund II was set up with 200 billion yuan from shareholders that include A and B``, ``the fund was
    registered with 19 Chinese shareholders``: the shareholders a body is set up with invest in it."""
    table = ctx.lex.value("role_nouns")
    founding = ctx.lex.words("founding_verbs")
    nouns = lexicon_memo(ctx.lex, "investor_role_nouns", lambda: frozenset(
        n for n, v in table.items() if not n.startswith("_") and v[0] == "investsIn" and v[1] == "subject"))
    for tok in ctx.find(sent, nouns):
        key = tok.lower_ if tok.lower_ in table else tok.lemma_.lower()
        if key not in table or tok.pos_ != "NOUN" or counterparts(tok, set(table[key][2]), ctx):
            continue
        verb = _founding_verb(tok)
        if verb is None or verb.lemma_ not in founding or ctx.negated(verb):
            continue
        bodies = [a for c in verb.children if c.dep_ == "nsubjpass" for a in ctx.actors(c)
                  if ctx.type_of(a) == "Organization"]
        if verb.dep_ == "acl":  # "a fund set up with …"
            bodies += [a for a in ctx.actors(verb.head, conj=False) if ctx.type_of(a) == "Organization"]
        holders = described(tok, ctx) or _listed(tok, ctx) or [
            a for c in tok.children if c.dep_ in ("amod", "compound") and ctx.entity(c)  # "19 Chinese shareholders"
            for a in ctx.actors(ctx.mention_root(c), conj=False) if ctx.type_of(a) == "Country"]
        status = ctx.status(verb)
        for s, o in distinct_pairs(holders, bodies):
            yield Candidate(s, "investsIn", o, "event:founding-shareholders", status, sent)


@triggered_by(lambda lex: lex.words("availability_words"))
def made_available_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``China will make $50 billion available to Africa``: who makes money available to another invests in it."""
    for tok in ctx.find(sent, ctx.lex.words("availability_words")):
        # "make $50bn available" (the parser hangs "available" on the money or on the verb)
        money = [tok.head] if tok.dep_ == "amod" and tok.head.dep_ == "dobj" else []
        verb = money[0].head if money else tok.head
        if tok.dep_ not in ("oprd", "acomp", "amod", "ccomp", "xcomp") or verb.lemma_ != "make" or \
                ctx.negated(verb):
            continue
        # "make $50bn (…) available": the money may come out as the adjective's subject
        money = [o for o in money or dobj(verb) + [c for c in tok.children if c.dep_ == "nsubj"] if is_money(o)]
        if not money:
            continue
        hosts = [tok, verb] + money
        recipients = [a for h in hosts for p in ctx.pobjs(h, {"to", "for"}) for a in ctx.actors(p)
                      if ctx.is_actor(a) and ctx.type_of(a) != "Person"]
        givers = [a for a in ctx.subjects(verb) if ctx.type_of(a) in INVESTORS]
        status = ctx.status(verb)
        for s, o in distinct_pairs(givers, recipients):
            yield Candidate(s, "investsIn", o, "event:made-available", status, sent)


def _venture_named(tok: Token, ctx: DocContext) -> list[str]:
    """The organisation a venture noun describes: ``RUDI, a joint venture …`` / ``the joint venture RUDI``."""
    if tok.dep_ == "appos" and ctx.entity(tok.head):
        return [a for a in ctx.actors(ctx.mention_root(tok.head), conj=False) if ctx.type_of(a) == "Organization"]
    return [a for c in tok.children if c.dep_ == "appos" and ctx.entity(c)
            for a in ctx.actors(c, conj=False) if ctx.type_of(a) == "Organization"]


@triggered_by(lambda lex: lex.words("venture_nouns"))
def venture_founders_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``RUDI, a joint venture registered in Kyiv by Rheinmetall and Ukroboronprom``, ``the vehicle X, set up by A
    and B``: the companies a venture was set up by invest in it. (``A and B formed X, a joint venture`` is left to
    the joint-venture rules: the gold files do not read a stake into it.)"""
    founding = ctx.lex.words("founding_verbs")
    for tok in ctx.find(sent, ctx.lex.words("venture_nouns")):
        if tok.pos_ != "NOUN":
            continue
        ventures = _venture_named(tok, ctx)
        if not ventures:
            continue
        founders: list[str] = []
        verbs: list[Token] = []
        for acl in (c for c in tok.children if c.dep_ == "acl" and c.lemma_ in founding and c.tag_ == "VBN"):
            verbs.append(acl)
            founders += [a for g in acl.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"
                         for a in ctx.actors(p)]
        if not verbs or any(ctx.negated(v) for v in verbs):
            continue
        status = ctx.status(verbs[0])
        for s, o in distinct_pairs((a for a in founders if ctx.type_of(a) == "Organization"), ventures):
            yield Candidate(s, "investsIn", o, "event:venture-founders", status, sent)
