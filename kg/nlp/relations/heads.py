"""Titles read through the clause rather than beside the name: ``named X as chief executive of Y``, ``Y is led by
X``, ``X, the official who heads Y``.

The title rule (:func:`kg.nlp.relations.structure.title_rule`) reads a title next to a person's name; these rules
read the ones a verb or a relative clause carries. Their words are the structure lexicon's (``leader_verbs``,
the title words of :mod:`kg.nlp.relations.titles`).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import POSSESSIVE, Candidate, DocContext
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.structure import org_in, org_noun_targets
from kg.nlp.relations.r15newsa import nearest_conjunct
from kg.nlp.relations.titles import entity_kind as _kind, title_words as _title_words
from kg.nlp.relations.titles import Titles, title_kind, titles

#: verbs whose object or subject takes a title with "as": "named X as CEO", "X serves as chairman"
NAMING_VERBS = {"name", "appoint", "elect", "install", "choose", "confirm", "swear", "nominate", "hire", "tap"}
SERVING_VERBS = {"serve", "act", "remain", "continue", "join", "return", "take", "stay"}


def _titles(ctx: DocContext) -> Titles:
    """The structure lexicon's title words, made once per lexicon."""
    return ctx.lex_memo("titles", lambda: titles(ctx.lex))


def _leading_verbs(ctx: DocContext, *, passive: bool = False) -> frozenset[str]:
    """``leader_verbs`` but ``found`` (a founder leads nothing now), and in the passive not ``direct`` either (a
    film directed by X); made once per lexicon."""
    left_out = {"found", "direct"} if passive else {"found"}
    return ctx.lex_memo(f"leading_verbs:{passive}", lambda: frozenset(ctx.lex.words("leader_verbs") - left_out))


def _persons(toks: list[Token], ctx: DocContext) -> list[str]:
    """The persons among the actors the noun phrases ``toks`` name (with their conjuncts)."""
    return [a for t in toks for a in ctx.actors(t) if ctx.type_of(a) == "Person"]


def _titled(person_tok: Token, title_tok: Token, verb: Token | None, ctx: DocContext) -> Iterator[tuple[str, str]]:
    """(leaderOf or worksFor, organisation) for a title noun phrase (``chief executive of Y``, ``its chairman``)."""
    orgs = org_in(title_tok, ctx)
    if not orgs and verb is not None and verb.lemma_ == "join":
        # "X joined Y as chief executive": the body is the verb's object
        orgs = [a for c in verb.children if c.dep_ == "dobj" for a in ctx.actors(c, conj=False)
                if ctx.type_of(a) != "Person"]
    kind = title_kind(_title_words(title_tok), _kind(orgs[0], ctx) if orgs else "", _titles(ctx))
    for org in orgs[:1] if kind else []:
        yield kind, org


@triggered_by(lambda lex: {"as"})
def as_title_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The board named Ana Souza as chief executive of Embraer``, ``Ana Souza, who serves as Embraer's
    chairwoman``, ``the swearing-in of X as president of Y``: a title after ``as``."""
    for prep in ctx.find(sent, {"as"}):
        if prep.dep_ != "prep":
            continue
        head, verb = prep.head, None
        if ctx.entity(head) and ctx.type_of(ctx.entity(head) or "") == "Person":
            people = [ctx.entity(head) or ""]
        elif head.pos_ in ("VERB", "AUX") and not ctx.negated(head):
            verb = head
            if head.lemma_ in NAMING_VERBS:
                people = _persons([c for c in head.children if c.dep_ in ("dobj", "nsubjpass", "oprd")], ctx)
            elif head.lemma_ in SERVING_VERBS:
                people = [a for a in ctx.subjects(head) if ctx.type_of(a) == "Person"]
            else:
                continue
        else:
            continue
        for title_tok in (c for c in prep.children if c.dep_ == "pobj" and not ctx.entity(c)):
            for kind, org in _titled(head, title_tok, verb, ctx):
                for pid in people:
                    yield Candidate(pid, kind, org, "title:as", "asserted", sent)


@triggered_by(lambda lex: lex.words("leader_verbs"))
def led_by_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``DeepSeek is led by Liang Wenfeng``, ``the start-up, which is run by X``, ``Y, headed by X``: a person as
    the agent of a passive leading verb."""
    verbs = _leading_verbs(ctx, passive=True)
    for tok in ctx.find(sent, verbs):
        if tok.tag_ != "VBN" or tok.lemma_ not in verbs or ctx.negated(tok):
            continue
        people = [a for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                  for a in ctx.actors(p) if ctx.type_of(a) == "Person"]
        if not people:
            continue
        first = tok
        while first.dep_ == "conj" and first.head.i < first.i and (first.head.tag_ == "VBN" or (
                first.head.tag_ == "VBD" and first.head.dep_ in ("acl", "relcl"))):
            first = first.head  # "X, set up in 2021 and run by Y", "X was founded in 2021 and is run by Y"
        if first.dep_ in ("acl", "relcl") and first.head.i != first.i or (
                first.dep_ == "advcl" and first.head.pos_ in ("NOUN", "PROPN")):  # "Sberbank, headed by X,"
            # "A and B, chaired by X": the parser hangs the participle on A; it describes the nearest name, B
            orgs = org_noun_targets(nearest_conjunct(first), ctx)
        else:
            orgs = [a for c in first.children if c.dep_ == "nsubjpass" for a in ctx.actors(c)]
        for org in orgs:
            if ctx.type_of(org) in ("Organization", "InternationalOrganization", "Country"):
                for pid in people:
                    yield Candidate(pid, "leaderOf", org, "title:led-by", "asserted", sent)


@triggered_by(lambda lex: lex.words("leader_verbs"))
def title_clause_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``X, the secretary of state who heads Britain's science department``, ``X, an official who runs Y``: the
    relative clause of the title in apposition to a person."""
    verbs = _leading_verbs(ctx)
    for tok in ctx.find(sent, verbs):
        if tok.dep_ != "relcl" or tok.lemma_ not in verbs or ctx.negated(tok):
            continue
        title_tok = tok.head
        if ctx.entity(title_tok) or title_tok.dep_ != "appos" or not ctx.entity(title_tok.head):
            continue
        person = ctx.entity(title_tok.head) or ""
        if ctx.type_of(person) != "Person":
            continue
        for obj in (c for c in tok.children if c.dep_ == "dobj"):
            for org in ctx.actors(obj) or [a for p in ctx.pobjs(obj, {"of"}) for a in ctx.actors(p)]:
                if ctx.type_of(org) != "Person":
                    yield Candidate(person, "leaderOf", org, "title:appos-relcl", "asserted", sent)


@triggered_by(lambda lex: lex.words("leader_verbs"))
def leads_part_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``X heads the chip division at Siemens``, ``X, who leads quantum research at the Technion``: who leads a
    field or unit "at" an organisation works for it (its head leads the whole)."""
    verbs = _leading_verbs(ctx)
    for tok in ctx.find(sent, verbs):
        if tok.pos_ != "VERB" or tok.lemma_ not in verbs or ctx.negated(tok):
            continue
        people = [a for a in ctx.subjects(tok) if ctx.type_of(a) == "Person"]
        leading = ctx.lex.words("leading_bodies")
        parts = [c for c in tok.children if c.dep_ == "dobj" and not ctx.entity(c)
                 and c.lower_ not in leading and c.lemma_ not in leading]
        if not people or not parts:
            continue
        orgs = [a for h in parts + [tok] for p in ctx.pobjs(h, {"at"}) for a in ctx.actors(p)
                if ctx.type_of(a) == "Organization"]
        for pid in people:
            for org in dict.fromkeys(orgs):
                yield Candidate(pid, "worksFor", org, "title:leads-part", "asserted", sent)


#: words of a minister's title that name no portfolio
NOT_PORTFOLIO = {"prime", "deputy", "vice", "chief", "cabinet", "general", "first", "senior", "junior", "the", "and",
                 "of", "for", "former", "then", "acting", "minister", "secretary", "state-level"}
#: words that make a government body's name a department a minister or secretary heads
DEPARTMENT_WORDS = {"ministry", "department"}
#: the titles that carry a portfolio
PORTFOLIO_TITLES = frozenset({"minister", "secretary"})


def _portfolio(title_tok: Token, ctx: DocContext) -> set[str]:
    """The portfolio words of a minister's or secretary's title: ``Commerce Secretary`` -> {commerce},
    ``minister of economy, trade and industry`` -> {economy, trade, industry}, ``Secretary of State`` -> {state}."""
    words = [c for c in title_tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < title_tok.i]
    words += [t for p in ctx.pobjs(title_tok, {"of", "for"}) for t in p.subtree]
    return {t.lower_ for t in words if t.is_alpha and len(t) > 3 and not ctx.entity(t)} - NOT_PORTFOLIO


def _departments(portfolio: set[str], countries: list[str], named: bool, ctx: DocContext) -> list[str]:
    """The government departments of the document whose name shares a portfolio word (by its first five letters:
    ``economy`` names the Ministry of Economic Affairs), of the title's country (``named``: the title names it,
    and the department must be known to be that country's) or of the country the text is about."""
    stems = {w[:5] for w in portfolio}
    inside = ctx.index.memo("countries_inside", lambda: {m.within: m.entity_id for m in ctx.mentions
                                                         if m.kind == "inside" and m.label == "Country"})
    found = []
    for eid, e in ctx.entities.items():
        country = e.country or inside.get(eid)
        if e.type != "Organization" or (countries and country not in ((*countries,) if named else (None, *countries))):
            continue
        words = _words([e.label, *e.aliases])
        home = ctx.entities.get(e.country or "")
        words -= _words([home.label, *home.aliases]) if home else set()  # "United States Department of Commerce"
        if words & DEPARTMENT_WORDS and {w[:5] for w in words if len(w) > 3} & stems:
            found.append(eid)
    return found


def _words(names: list[str]) -> set[str]:
    return {w.lower().strip(",.'") for n in names for w in n.split()}


def _title_countries(tok: Token, sent: Span, ctx: DocContext) -> tuple[list[str], bool]:
    """The country a minister's title names (``US Commerce Secretary``, ``Japan's minister of …``, ``Polish
    Defence Minister``), else the one the text is about (:func:`kg.nlp.governments.home_country`)."""
    from kg.nlp.governments import home_country

    named = [a for a in org_in(tok, ctx) if ctx.type_of(a) == "Country"]
    title = _titles(ctx)
    for t in reversed(list(ctx.doc[max(sent.start, tok.i - 8):tok.i])):
        eid = ctx.entity(t)
        if eid and ctx.type_of(eid) == "Country":
            named.append(eid)  # "Polish Deputy Prime Minister and Defence Minister"
        elif eid or not (t.lower_ in title.words or t.text in POSSESSIVE or t.pos_ in ("PROPN", "ADJ", "NOUN")):
            break
    home = ctx.index.memo("home_country", lambda: home_country(ctx.mentions))
    return (list(dict.fromkeys(named)), True) if named else ([home] if home else [], False)


@triggered_by(lambda lex: PORTFOLIO_TITLES)
def portfolio_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Commerce Secretary Ana Souza``, ``Ana Souza, Japan's minister of economy, trade and industry``: a minister
    or secretary heads the one department of the document whose name shares the title's portfolio (a deputy
    works for it)."""
    for tok in ctx.find(sent, PORTFOLIO_TITLES):
        if tok.lower_ not in PORTFOLIO_TITLES or ctx.entity(tok):
            continue
        person = None
        # the name right after the title, or after its "of" phrase ("Secretary of State Ana Souza")
        end = max([tok.i] + [c.right_edge.i for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                             and c.right_edge.i < tok.i + 4]) + 1
        nxt = ctx.doc[end] if end < sent.end else None
        if nxt is not None and ctx.type_of(ctx.entity(nxt) or "") == "Person":
            person = ctx.entity(nxt)  # "Commerce Secretary Ana Souza", "Secretary of State Ana Souza"
        elif tok.dep_ == "appos" and ctx.type_of(ctx.entity(tok.head) or "") == "Person":
            person = ctx.entity(tok.head)  # "Ana Souza, Japan's minister of economy"
        portfolio = _portfolio(tok, ctx)
        if person is None or not portfolio:
            continue
        bodies = _departments(portfolio, *_title_countries(tok, sent, ctx), ctx)
        words = [t.lower_ for t in tok.subtree if t.i <= tok.i and not ctx.entity(t)]
        kind = title_kind(words, "GovernmentBody", _titles(ctx))
        if len(bodies) == 1 and kind:
            yield Candidate(person, kind, bodies[0], "title:portfolio", "asserted", sent)
