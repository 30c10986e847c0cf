"""Structure read from three more shapes of news prose (partOf, leaderOf, worksFor):

- a named body ``of`` another: ``the Research Institute of the General Staff of the People's Liberation Army``,
  ``the Main Intelligence Directorate (GUR) of Ukraine's defence ministry``: the first is a part of the second;
- a title after ``whose``: ``Google DeepMind, whose chief executive Demis Hassabis spoke``, ``Kazakhstan, whose
  prime minister, Alikhan Smailov, signed``: the title's relation to what ``whose`` refers to;
- a body described by the person who leads it: ``SpaceX, the rocket company he runs``, ``the lab that Ana Souza
  heads``: the person leads it.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.merge import BODY_TYPES
from kg.nlp.relations.structure import org_noun_targets
from kg.nlp.relations.titles import entity_kind as _kind
from kg.nlp.relations.titles import Titles, title_kind, titles

#: verbs of leading a body in a relative clause on it (``the company he runs``); founding leads nothing now
RUNNING_VERBS = frozenset({"run", "head", "lead", "chair", "helm"})


def _whole_after(ent: Span, sent_end: int, ctx: DocContext) -> str | None:
    """The body named in an ``of`` phrase right after a mention (past an acronym in brackets) that hangs on it
    (read on the parse lists: this runs for every mention of a body)."""
    p, i = ctx.index.parse, ent.end
    if i < sent_end and p.lower[i] == "(":  # "the Main Intelligence Directorate (GUR) of …"
        close = next((j for j in range(i + 1, min(i + 5, sent_end)) if p.lower[j] == ")"), None)
        i = close + 1 if close is not None else i
    if i >= sent_end - 1 or p.lower[i] != "of" or p.dep[i] != "prep":
        return None
    eid = ent.kb_id_
    if not (ent.start <= p.head[i] < ent.end or ctx.mention_at.get(p.head[i]) == eid):
        return None
    for c in p.children[i]:
        whole = ctx.mention_at.get(c) if p.dep[c] == "pobj" else None
        if whole and ctx.type_of(whole) in BODY_TYPES and ctx.mention_root(ctx.doc[c]).i == c:
            return whole
    return None


@triggered_by(types=("Organization", "InternationalOrganization"))
def body_of_body_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``the Enterprise Chamber of the Amsterdam Court of Appeal``: a named body of another named body is its
    part (``the Bank of Russia`` is one name, and a country after ``of`` makes no part).

    The ``of`` must hang on the first name: ``the approval of CFIUS`` names one body only."""
    bodies = ctx.index.ents_typed(sent, "Organization", ctx.type_of) + \
        ctx.index.ents_typed(sent, "InternationalOrganization", ctx.type_of)
    lower, end = ctx.index.parse.lower, sent.end
    for ent in bodies:
        after = ent.end
        if after >= end or lower[after] not in ("of", "("):
            continue
        whole = _whole_after(ent, end, ctx)
        if whole is not None and whole != ent.kb_id_:
            yield Candidate(ent.kb_id_, "partOf", whole, "part:of-body", "asserted", sent)


def _whose_antecedent(whose: Token, ctx: DocContext) -> Token | None:
    """What ``whose`` refers to: the name right before it (``Google DeepMind, whose …``; the parser often hangs
    such a clause elsewhere), else the noun its relative clause is about."""
    before = ctx.doc[whose.i - 1] if whose.i > whose.sent.start else None
    if before is not None and before.text == "," and before.i > whose.sent.start:
        before = ctx.doc[before.i - 1]
    if before is not None and ctx.entity(before):
        return ctx.mention_root(before)
    tok = whose
    while tok.dep_ != "relcl":
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return tok.head


def _person_at(tok: Token, ctx: DocContext) -> str | None:
    """The person a title noun names: its apposition (``whose prime minister, X``), the name it is a compound of
    (``whose chief executive X``) or the name right after it."""
    candidates = [c for c in tok.children if c.dep_ == "appos"]
    if tok.dep_ == "compound":
        candidates.append(tok.head)
    nxt = tok.i + 1 + (tok.i + 1 < tok.sent.end and ctx.doc[tok.i + 1].text == ",")
    if nxt < tok.sent.end:
        candidates.append(ctx.doc[nxt])
    for c in candidates:
        eid = ctx.entity(c)
        if eid and ctx.type_of(eid) == "Person":
            return eid
    return None


@triggered_by(lambda lex: {"whose"})
def whose_title_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Google DeepMind, whose chief executive Demis Hassabis spoke``, ``Kazakhstan, whose prime minister, Alikhan
    Smailov, signed``: the title after ``whose`` relates its holder to what ``whose`` refers to."""
    title = ctx.lex_memo("titles", lambda: titles(ctx.lex))
    for whose in ctx.find(sent, {"whose"}):
        if whose.dep_ != "poss" or whose.head.pos_ not in ("NOUN", "PROPN") or ctx.entity(whose.head):
            continue
        title_tok = whose.head
        person = _person_at(title_tok, ctx)
        antecedent = _whose_antecedent(whose, ctx)
        if person is None or antecedent is None:
            continue
        owners = [a for a in ctx.actors(antecedent, conj=False) if ctx.type_of(a) not in ("Person", "Technology")]
        words = [t.lower_ for t in title_tok.subtree if whose.i < t.i <= title_tok.i and not ctx.entity(t)]
        for owner in owners[:1]:
            kind = title_kind(words, _kind(owner, ctx), title)
            if kind:
                yield Candidate(person, kind, owner, "title:whose", "asserted", sent)


def _leader(verb: Token, ctx: DocContext) -> str | None:
    """The person who is the subject of a relative clause of leading: a name, or ``he``/``she`` for the one person
    named before it in the sentence."""
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        people = [a for a in ctx.actors(subject, conj=False) if ctx.type_of(a) == "Person"]
        if people:
            return people[0]
        if subject.lower_ in ("he", "she"):
            before = {ctx.entity(t) for t in ctx.doc[verb.sent.start:subject.i]} - {None}
            people = [a for a in before if a and ctx.type_of(a) == "Person"]
            return people[0] if len(people) == 1 else None
    return None


@triggered_by(lambda lex: RUNNING_VERBS)
def run_by_clause_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``SpaceX, the rocket company he runs``, ``the lab that Ana Souza heads``: who leads a body described by a
    relative clause whose object is that body leads it."""
    for verb in ctx.find(sent, RUNNING_VERBS):
        if verb.dep_ != "relcl" or verb.lemma_ not in RUNNING_VERBS or verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        if any(c.dep_ == "dobj" and c.lower_ not in ("that", "which") for c in verb.children):
            continue  # "the firm whose unit he runs": the clause's object is another thing
        person = _leader(verb, ctx)
        if person is None:
            continue
        head = verb.head
        # "SpaceX, the rocket company he runs"; "Anthropic, the lab Ana Souza runs" (a noun of any kind)
        described = [ctx.entity(head.head)] if head.dep_ == "appos" and not ctx.entity(head) else []
        orgs = org_noun_targets(head, ctx) or [a for a in described if a and ctx.type_of(a) in BODY_TYPES]
        for org in orgs:
            yield Candidate(person, "leaderOf", org, f"title:runs:{verb.lemma_}", "asserted", sent)


#: nouns of an order given: ``at the instruction of X``, ``on the orders of X``, ``at X's behest``
INSTRUCTION_NOUNS = frozenset({"instruction", "instructions", "behest", "direction", "order", "orders"})


@triggered_by(lambda lex: INSTRUCTION_NOUNS)
def at_instruction_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``At the instruction of the ministry, Huawei halted …``, ``Nvidia acted on the orders of Washington``,
    ``at Beijing's behest``: who gave the order directs the clause's subject."""
    for noun in ctx.find(sent, INSTRUCTION_NOUNS):
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in ("at", "on", "under") or prep.head.pos_ not in ("VERB", "AUX"):
            continue
        verb = prep.head
        if ctx.negated(verb):
            continue
        givers = [a for c in noun.children if c.dep_ == "poss" for a in ctx.actors(c)]
        givers += [a for p in ctx.pobjs(noun, {"of", "from"}) for a in ctx.actors(p)]
        directed = [a for a in ctx.subjects(verb) if ctx.is_actor(a)]
        status = ctx.status(verb)
        for giver in dict.fromkeys(givers):
            for other in dict.fromkeys(directed):
                if giver != other and ctx.is_actor(giver):
                    yield Candidate(giver, "directs", other, "event:at-instruction", status, sent)


@triggered_by(types=("Person",))
def title_in_mention_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``U.S. Commerce Secretary Gina Raimondo`` where the body's mention took in the title (``U.S. Commerce
    Secretary`` read as the Commerce Department): the title words at the end of the body's mention right before
    the name give the relation to that body."""
    title = ctx.lex_memo("titles", lambda: titles(ctx.lex))
    for person in ctx.index.ents_typed(sent, "Person", ctx.type_of):
        for j in (person.start - 1, _appositive_end(person, sent, ctx)):
            found = _titled_body(j, sent, ctx, title)
            if found is not None:
                yield Candidate(person.kb_id_, found[0], found[1], "title:in-mention", "asserted", sent)


def _appositive_end(person: Span, sent: Span, ctx: DocContext) -> int:
    """The last word of a body's mention in apposition right after a name (``Gina Raimondo, the US commerce
    secretary,``), or -1."""
    doc, k = ctx.doc, person.end
    if k >= sent.end - 1 or doc[k].text != ",":
        return -1
    k += 2 if doc[k + 1].lower_ == "the" else 1
    body = ctx.entity(doc[k]) if k < sent.end else None
    if body is None:
        return -1
    while k + 1 < sent.end and ctx.entity(doc[k + 1]) == body:
        k += 1
    return k if k + 1 >= sent.end or doc[k + 1].is_punct else -1


def _titled_body(j: int, sent: Span, ctx: DocContext, title: Titles) -> tuple[str, str] | None:
    """The relation and body that title words ending a body's mention at ``j`` give (``US Commerce Secretary``)."""
    doc = ctx.doc
    body = ctx.entity(doc[j]) if j >= sent.start else None
    if body is None or ctx.type_of(body) not in BODY_TYPES or doc[j].lower_ not in title.words:
        return None
    words: list[str] = []
    while j >= sent.start and ctx.entity(doc[j]) == body and doc[j].lower_ in title.words:
        words.insert(0, doc[j].lower_)
        j -= 1
    if j < sent.start or ctx.entity(doc[j]) != body:
        return None  # the whole mention is title words: no body named in it
    kind = title_kind(words, _kind(body, ctx), title)
    if " ".join(words) in ctx.entities[body].label.lower():
        kind = "leaderOf"  # "Trade Representative X" of "the Office of the US Trade Representative": its head
    return (kind, body) if kind else None


#: an official's titles that serve a leader (``adviser to the president``)
AIDE_WORDS = frozenset({"adviser", "advisor", "aide", "envoy", "counsellor", "counselor"})
#: the titles of a head of state or government an aide serves
HEAD_TITLES = frozenset({"president", "premier", "chancellor", "king", "emir", "minister", "leader", "sultan"})


@triggered_by(lambda lex: AIDE_WORDS)
def aide_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``X, secretary general of Y and adviser to the UAE President``, ``X, an aide to Brazil's president``: an
    aide of a country's head of state works for that country."""
    for tok in ctx.find(sent, AIDE_WORDS):
        if tok.lower_ not in AIDE_WORDS or ctx.entity(tok):
            continue
        heads = list(ctx.pobjs(tok, {"to"}))
        if not heads and tok.dep_ == "conj":  # "… of Y and adviser to the UAE President": "to" hung on Y
            heads = [p for p in ctx.pobjs(tok.head, {"to"}) if p.i > tok.i]
        countries = [a for p in heads if p.lower_ in HEAD_TITLES
                     for c in p.children if c.dep_ in ("compound", "poss", "amod", "nmod")
                     for a in ctx.actors(c, conj=False) if ctx.type_of(a) == "Country"]
        if not countries:
            continue
        title = tok  # "X, secretary general of Y and adviser to …": up to the apposition of the first title
        for _ in range(4):
            if title.dep_ not in ("conj", "pobj", "prep") or title.head.i >= title.i:
                break
            title = title.head
        person = ctx.entity(title.head) if title.dep_ == "appos" else None
        if person and ctx.type_of(person) == "Person":
            yield Candidate(person, "worksFor", countries[0], "title:aide", "asserted", sent)
