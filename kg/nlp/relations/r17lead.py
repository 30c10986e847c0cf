"""Parties named in the sentence after the one that lists them by number, and papers signed together (the lead's
round 17); words: ``r17lead_*`` keys of ``data/lexicon/structure.json``.

``The EU imposed sanctions on 19 companies. Among them is Tenzor Trade, a Bishkek-based distributor.`` and
``Britain designated six entities on Thursday. They include Qods Aviation Industries.``: the named parties of the
second sentence are among those the first one lists, so the one who lists ``sanctions`` them (and
``restrictsExportsTo`` them when the list is an export list), as for the bullets below a listing sentence
(:mod:`kg.nlp.relations.r16pub4`).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.coop import party_ids
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.r10coop import supposed_or_doubted
from kg.nlp.relations.r12lex import named_subjects
from kg.nlp.relations.r16pub4 import LISTED_TYPES, listing, owner_side, sentence_index
from kg.nlp.relations.roles import counterparts


def examples_slot(sent: Span, ctx: DocContext) -> Token | None:
    """The token naming the examples of a sentence that opens ``Among them/those (listed) is X`` (the subject of
    its verb) or ``They/These/Those (named) include X`` (the object); None for any other sentence."""
    words = [t for t in sent if not t.is_punct]
    if len(words) < 3:
        return None
    first, second = words[0].lower_, words[1].lower_
    pronouns = ctx.lex.words("r17lead_group_pronouns")
    root = sent.root
    if first == "among" and second in pronouns and root.lemma_ == "be":
        return next((c for c in root.children if c.dep_ in ("nsubj", "attr") and c.i > words[1].i), None)
    if first in pronouns and root.lemma_ in ctx.lex.words("r17lead_including_verbs") and root.i <= words[0].i + 3:
        return next((c for c in root.children if c.dep_ == "dobj"), None)
    return None


@triggered_by(lambda lex: lex.words("r17lead_example_openers"))
def among_them_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``sanctions`` (and ``restrictsExportsTo`` for an export list) from the one who lists parties in a sentence to
    the named parties of the next one that opens ``Among them`` / ``They include``."""
    if not ctx.find_at(sent, ctx.lex.words("r17lead_example_openers")):
        return
    slot = examples_slot(sent, ctx)
    if slot is None or ctx.negated(sent.root):
        return
    k = sentence_index(sent, ctx)
    if k <= 0:
        return
    before = ctx.index.sents[k - 1]
    found = listing(before, ctx)
    if not found:
        yield from _role_examples(slot, before, sent, ctx)
        return
    agents, exports = found
    for eid in dict.fromkeys(ctx.actors(slot)):
        if ctx.type_of(eid) not in LISTED_TYPES or eid in agents or owner_side(slot, ctx):
            continue
        for agent in agents:
            yield Candidate(agent, "sanctions", eid, "r17lead:among-them", "asserted", sent)
            if exports:
                yield Candidate(agent, "restrictsExportsTo", eid, "r17lead:among-them", "asserted", sent)


def role_group(before: Span, ctx: DocContext) -> tuple[Token, list[str]] | None:
    """The last plural role noun of a sentence (``suppliers``, ``backers``, ``rivals``) and the other side it names:
    its possessor or prepositional object (:func:`roles.counterparts`), else the subject of the verb that has it
    (``Nvidia added five suppliers``); None without one."""
    table = ctx.lex.value("role_nouns")
    nouns = [t for t in before if t.tag_ == "NNS" and t.lower_ in table]
    if not nouns:
        return None
    tok = nouns[-1]
    others = counterparts(tok, set(table[tok.lower_][2]), ctx)
    if not others and tok.dep_ == "dobj" and tok.head.lemma_ in ctx.lex.words("r17lead_gaining_verbs"):
        others = ctx.subjects(tok.head)
    return (tok, others) if others else None


def _role_examples(slot: Token, before: Span, sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Nvidia added five suppliers in Taiwan. Among them is TSMC.``: ``TSMC suppliesTo Nvidia``."""
    found = role_group(before, ctx)
    if found is None or ctx.negated(found[0]):
        return
    tok, others = found
    predicate, side, _preps = ctx.lex.value("role_nouns")[tok.lower_]
    for one in dict.fromkeys(ctx.actors(slot)):
        if not ctx.is_actor(one) or ctx.type_of(one) not in LISTED_TYPES:
            continue
        for other in others:
            s, o = (one, other) if side == "subject" else (other, one)
            if s != o:
                yield Candidate(s, predicate, o, f"r17lead:among-{tok.lower_}", ctx.status(tok), sent)


@triggered_by(lambda lex: lex.words("r17lead_signed_papers") | {p + "s" for p in lex.words("r17lead_signed_papers")})
def signed_papers_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Kazakhstan and India signed 12 documents on trade``, ``Chile signed a roadmap with Japan``: papers signed
    together are agreements between every pair of their named signers."""
    papers = ctx.lex.words("r17lead_signed_papers")
    for tok in ctx.find(sent, papers | {p + "s" for p in papers}):
        verb = tok.head
        if tok.dep_ != "dobj" or tok.lemma_ not in papers or verb.lemma_ not in ctx.lex.words("signing_verbs") or \
                ctx.negated(verb) or supposed_or_doubted(verb, ctx):
            continue
        signers = named_subjects(verb, ctx)
        partners = party_ids([a for h in (verb, tok) for p in ctx.pobjs(h, {"with"}) for a in ctx.actors(p)], ctx)
        pairs = list(combinations(signers, 2)) if len(signers) >= 2 else []
        pairs += [(s, o) for s in party_ids(ctx.subjects(verb), ctx) for o in partners if s != o]
        for s, o in pairs:
            yield Candidate(s, "agreementWith", o, "r17lead:signed-papers", ctx.status(verb), sent)


def _companions(word: Token, ctx: DocContext) -> list[str]:
    """The actors named after ``alongside`` / ``along with`` / ``together with``."""
    preps = [word] if word.lower_ == "alongside" else [c for c in word.children if c.lower_ == "with"]
    return [a for p in preps for o in p.children if o.dep_ == "pobj" for a in ctx.actors(o)]


def _membership_body(anchor: Token, ctx: DocContext) -> tuple[list[str], Token] | None:
    """The body a membership is of, read from the word ``alongside`` hangs on: a member noun (``a founding member
    of X``), a copula with one (``is a member of X``) or a joining verb (``joined X``); with the word that says it."""
    members = ctx.lex.words("member_nouns")
    noun = anchor if anchor.lower_ in members else next(
        (c for c in anchor.children if c.dep_ == "attr" and c.lower_ in members), None) \
        if anchor.pos_ in ("AUX", "VERB") else None
    if noun is not None:
        return [a for p in ctx.pobjs(noun, {"of"}) for a in ctx.actors(p)], noun
    if anchor.pos_ == "VERB" and anchor.lemma_ in ctx.lex.words("r17lead_joining_verbs"):
        return [a for c in anchor.children if c.dep_ == "dobj" for a in ctx.actors(c)], anchor
    return None


@triggered_by(lambda lex: {"alongside", "along", "together"})
def members_alongside_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Kazakhstan is a founding member of the Eurasian Economic Union, alongside Russia and Belarus``, ``Along
    with Chile and Peru, Mexico is a member of the Pacific Alliance``, ``Kenya joined the alliance alongside
    Ghana``: those named beside a member are members too."""
    for word in ctx.find(sent, {"alongside", "along", "together"}):
        if word.dep_ not in ("prep", "advmod"):
            continue
        found = _membership_body(word.head, ctx)
        if found is None:
            continue
        bodies, says = found
        if not bodies or ctx.negated(says):
            continue
        for member in dict.fromkeys(_companions(word, ctx)):
            for body in bodies:
                if member != body and ctx.type_of(member) in ("Country", "Organization", "InternationalOrganization"):
                    yield Candidate(member, "memberOf", body, "r17lead:members-alongside", ctx.status(says), sent)


R17LEAD_RULES = (among_them_rule, signed_papers_rule, members_alongside_rule)
