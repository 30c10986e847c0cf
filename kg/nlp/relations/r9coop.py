"""Cooperation beside coop*.py: a partner one enlists or turns to (``Samsung turned to Baidu's Ernie model``,
``Microsoft enlisted Nvidia``), and partnerships listed one ``between`` phrase after another
(``partnerships between the EU and Kazakhstan, and between the EU and Namibia``), the makers of a pact meant to
counter someone (``India and France signed a pact aimed at countering China``), and a role word between two names
(``Nvidia competitor AMD``, ``Russia's ally Belarus``).
Word lists: ``r9coop_*`` in ``data/lexicon/cooperation.json``; trigger nouns in ``triggers.json``."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.coop import party_ids
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.slots import owner
from kg.nlp.relations.triggers import distinct_pairs


def _recruited(verb: Token, particle: str, slot: str, ctx: DocContext) -> list[str]:
    """The partner a recruiting verb takes: its object (``enlisted Nvidia``; a particle must be there when the
    lexicon names one), or the one after ``to`` (``turned to UnionPay``); a company's product stands for the company
    (``turned to Baidu's Ernie model``)."""
    if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children):
        return []
    if slot == "dobj":
        targets = [c for c in verb.children if c.dep_ == "dobj"]
    else:
        targets = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == slot
                   for p in c.children if p.dep_ == "pobj"]
    found: list[str] = []
    for t in targets:
        named = ctx.actors(t)
        found += named or [a for a in owner(t, ctx) if ctx.type_of(a) == "Organization"]
    return found


@triggered_by(lambda lex: set(lex.value("r9coop_recruit_verbs")))
def recruited_partner_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Microsoft enlisted Nvidia to build the supercomputer``, ``Russian banks turned to UnionPay``: the one that
    recruits a partner cooperates with it.

    >>> from kg.nlp.relations.index import TRIGGERS
    >>> TRIGGERS[recruited_partner_rule].types
    ()
    """
    table: dict[str, list[str]] = ctx.lex.value("r9coop_recruit_verbs")
    for verb in ctx.find(sent, set(table)):
        if verb.pos_ != "VERB" or verb.lemma_ not in table or ctx.negated(verb):
            continue
        particle, slot = table[verb.lemma_]
        if any(c.dep_ in ("xcomp", "advcl") and c.lemma_ in ctx.lex.words("deal_purpose_verbs") for c in verb.children):
            continue  # "enlisted Nokia to supply the network": a supplier (suppliesTo), not a partner
        partners = party_ids(_recruited(verb, particle, slot, ctx), ctx)
        if not partners:
            continue
        subjects = party_ids(ctx.subjects(verb), ctx)
        for s, o in distinct_pairs(subjects, partners):
            yield Candidate(s, "cooperatesWith", o, f"r9coop:recruit-{verb.lemma_}", ctx.status(verb), sent)


def _between_pairs(prep: Token, ctx: DocContext) -> list[tuple[str, str]]:
    """The pairs one ``between`` phrase names: ``between the EU and Namibia``."""
    names = [a for p in prep.children if p.dep_ == "pobj" for a in party_ids(ctx.actors(p), ctx)]
    return [(names[0], o) for o in names[1:]]


@triggered_by(lambda lex: {"between"})
def further_between_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``strategic partnerships between the EU and Kazakhstan, and between the EU and Namibia``: a cooperation or
    rivalry noun's second and later ``between`` phrases (coordinated with the first) name pairs too."""
    found = ctx.find(sent, {"between"})
    for k, prep in enumerate(found):
        # the parser hangs the later phrase on the first, or on the verb: any "between" after "and" not on a noun
        if k == 0 or prep.dep_ != "conj" or ctx.doc[prep.i - 1].lower_ not in ("and", ","):
            continue
        first = next((b for b in reversed(found[:k]) if b.dep_ == "prep"), None)
        noun = first.head if first is not None else prep
        if noun.pos_ not in ("NOUN", "PROPN") or ctx.negated(noun):
            continue
        specs = ctx.lex.nouns.get(noun.lower_) or ctx.lex.nouns.get(noun.lemma_.lower(), ())
        for predicate in dict.fromkeys(p for p, slots in specs if "between" in slots):
            if predicate not in ("cooperatesWith", "competesWith", "agreementWith"):
                continue
            for s, o in _between_pairs(prep, ctx):
                yield Candidate(s, predicate, o, f"r9coop:between-{noun.lemma_}", ctx.status(noun), sent)


#: the links from a countering word up to the clause that says what counters: "meant to counter", "aimed at
#: countering", "seen as a counterweight to", "is a counterweight to"
_UP = ("xcomp", "advcl", "pcomp", "prep", "pobj", "attr", "acl", "oprd")


def _pact_of(word: Token, pacts: set[str]) -> Token | None:
    """The deal noun whose purpose or description ``word`` is: the subject of the clause it sits in (``the pact
    is meant to counter``) or the noun its clause describes (``a pact aimed at countering``)."""
    tok = word
    for _ in range(4):
        if tok.i != word.i and tok.lower_ in pacts and tok.pos_ == "NOUN":
            return tok
        if tok.i != word.i and tok.pos_ in ("VERB", "AUX"):
            subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None:
                return subject if subject.lower_ in pacts else None
        if tok.dep_ not in _UP:
            return None
        tok = tok.head
    return None


def _signers(pact: Token, ctx: DocContext) -> list[str]:
    """Who made a deal: the subjects and ``with`` partners of the verb it is the object of (``India and France
    signed a pact``), the names it is ``between``, or the names before it (``the AUKUS pact``, ``their
    US-Japan deal``)."""
    found = [a for c in pact.children if c.dep_ == "prep" and c.lower_ == "between"
             for p in c.children if p.dep_ == "pobj" for a in ctx.actors(p)]
    found += owner(pact, ctx)
    if pact.dep_ == "dobj" and pact.head.pos_ == "VERB":
        verb = pact.head
        found += ctx.subjects(verb) + [a for p in ctx.pobjs(verb, {"with"}) for a in ctx.actors(p)]
    return party_ids(found, ctx)


def _earlier_signers(pact: Token, ctx: DocContext, pacts: set[str]) -> list[str]:
    """``The pact`` named in a sentence of its own: the makers of the last deal the two sentences before named."""
    sents = ctx.index.sents
    here = next((k for k, s in enumerate(sents) if s.start <= pact.i < s.end), 0)
    for sent in reversed(sents[max(0, here - 2):here + 1]):
        for tok in reversed(ctx.find(sent, pacts)):
            if tok.i < pact.i and tok.pos_ == "NOUN" and (found := _signers(tok, ctx)):
                return found
    return []


def _countered(word: Token, ctx: DocContext) -> list[str]:
    """Whom a countering word is aimed at: a verb's object, a noun's ``to``/``against`` phrase; a thing stands
    for its owner (``counter China's influence``)."""
    if word.pos_ == "VERB":
        targets = [c for c in word.children if c.dep_ == "dobj"]
    else:
        targets = list(ctx.pobjs(word, {"to", "against"}))
    return party_ids([a for t in targets for a in (ctx.actors(t) or owner(t, ctx))], ctx)


@triggered_by(lambda lex: lex.words("r9coop_countering_words"))
def countering_pact_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``India and France signed a pact aimed at countering China``, ``The pact is meant to counter China``, ``the
    pact is seen as a counterweight to Russia``: a deal's makers compete with whom it is meant to counter."""
    pacts = ctx.lex.words("r9coop_pact_nouns")
    for word in ctx.find(sent, ctx.lex.words("r9coop_countering_words")):
        if word.pos_ not in ("VERB", "NOUN") or ctx.negated(word):
            continue
        pact = _pact_of(word, pacts)
        if pact is None or ctx.negated(pact.head):
            continue
        named = party_ids(ctx.actors(pact), ctx)
        makers = named or _signers(pact, ctx) or (
            _earlier_signers(pact, ctx, pacts) if any(c.lower_ in ("the", "this") for c in pact.children) else [])
        for s, o in distinct_pairs(makers, _countered(word, ctx)):
            yield Candidate(s, "competesWith", o, f"r9coop:pact-{word.lemma_}", ctx.status(word), sent)


def _named_pair(role: Token, ctx: DocContext) -> tuple[list[str], list[str]]:
    """Who a role word before a name describes and whose partner or rival that one is: ``Nvidia competitor AMD``
    (the name in apposition, the owner as a compound), ``Samsung's archrival Apple`` (the role word modifies the
    name, the owner is the name's possessor)."""
    doc = ctx.doc
    if role.dep_ in ("compound", "amod") and ctx.entity(role.head) and role.head.i > role.i:
        # named owners only: "its rival Baidu" is the pronoun resolvers' (roles.py)
        owners = [c for c in role.children if c.dep_ in ("compound", "poss") and c.i < role.i and ctx.entity(c)]
        owners += [c for c in role.head.children if c.dep_ == "poss" and c.i < role.i and ctx.entity(c)]
        return ctx.actors(ctx.mention_root(role.head), conj=False), [a for c in owners for a in ctx.actors(c)]
    # "Nvidia competitor AMD": the name in apposition; "Russia's ally Belarus hosted": the parser makes the name a
    # second subject of the same verb
    after = doc[role.i + 1] if role.i + 1 < len(doc) else None
    root = ctx.mention_root(after) if after is not None and ctx.entity(after) else None
    named = root is not None and after.i == root.left_edge.i and (
        root.head == role and root.dep_ == "appos" or root.head == role.head and root.dep_ == role.dep_ == "nsubj")
    owners = [c for c in role.children if c.dep_ in ("compound", "poss") and c.i < role.i and ctx.entity(c)]
    if named and owners and (ctx.entity(doc[role.i - 1]) is not None or doc[role.i - 1].dep_ == "case"):
        return ctx.actors(root), [a for c in owners for a in ctx.actors(c)]
    return [], []


@triggered_by(lambda lex: set(lex.value("r9coop_name_roles")))
def role_before_name_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Nvidia competitor AMD``, ``Samsung's archrival Apple``, ``Huawei partner Leica``: a role word between
    two names makes the second the first's rival or partner."""
    table: dict[str, str] = ctx.lex.value("r9coop_name_roles")
    for role in ctx.find(sent, set(table)):
        if role.lower_ not in table or ctx.entity(role) is not None or ctx.negated(role):
            continue
        described, owners = _named_pair(role, ctx)
        for s, o in distinct_pairs(party_ids(described, ctx), party_ids(owners, ctx)):
            if table[role.lower_] == "competesWith" and ctx.type_of(s) == "Organization" and \
                    ctx.type_of(o) == "Country":
                continue  # "U.S. rival IBM", "Chinese rival Huawei": the country says where the rival is from
            yield Candidate(s, table[role.lower_], o, f"r9coop:name-role-{role.lower_}", ctx.status(role), sent)
