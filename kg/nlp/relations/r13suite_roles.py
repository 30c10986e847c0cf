"""Roles stated beside the main clause (branch r13suite): ``As a member of the G7, Canada will …`` and ``As part of
Tata Group, Jaguar Land Rover can …`` (a fronted role holds whatever the main clause plans or supposes), ``the
appointment of Lip-Bu Tan as chief executive of Intel`` (a title given by a naming noun), ``Andrej Karpathy will
join OpenAI`` (a planned hire), ``Indonesia's accession to BRICS took effect``. Word lists ``r13suite_as_roles``,
``r13suite_naming_nouns`` in ``data/lexicon/cooperation.json``."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.heads import _titled
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.membership import member_body
from kg.nlp.relations.r13suite_fronted import main_subjects
from kg.nlp.relations.r13suite_misread import names_before
from kg.nlp.relations.triggers import distinct_pairs

MEMBER_TYPES = ("Country", "Organization", "InternationalOrganization")
#: auxiliaries of a possibility rather than a plan
DOUBT = frozenset({"may", "might", "could", "would", "can"})


@triggered_by(lambda lex: {"as"})
def fronted_role_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``As a member of the G7, Canada will defend open trade`` (Canada memberOf G7), ``As part of Tata Group, JLR
    can invest`` (JLR partOf Tata Group): a role set before the clause holds for its subject, whatever the main
    clause's modality (r12lex's as_member_rule reads the asserted ones)."""
    roles = ctx.lex.value("r13suite_as_roles")
    for prep in ctx.find(sent, {"as"}):
        verb = prep.head
        if prep.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX") or prep.i > verb.i or \
                any(t.pos_ in ("VERB", "AUX") for t in ctx.doc[sent.start:prep.i]):
            continue  # not fronted: "joined as a member" is the joining's
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_ in roles):
            predicate = roles[noun.lemma_]
            if ctx.negated(verb) and ctx.status(verb) == "asserted" or \
                    any(c.lower_ in ctx.lex.words("r10curbs_not_member_words") for c in noun.children):
                continue  # "as a former member", "as a prospective member"
            if predicate == "memberOf" and ctx.status(verb) == "asserted":
                continue  # r12lex:as-member reads these
            # "As part of Tata Group": a name (not "as part of its deal with X", whose holder is no whole)
            wholes = [a for p in ctx.pobjs(noun, {"of"}) if ctx.entity(p) for a in ctx.actors(p, conj=False)]
            kinds = MEMBER_TYPES if predicate == "memberOf" else ("Organization",)
            parts = [a for a in ctx.clause_subjects(verb) if ctx.type_of(a) in kinds] or \
                main_subjects(prep, sent, ctx)
            if predicate == "memberOf":
                pairs = distinct_pairs([a for a in parts if ctx.type_of(a) in MEMBER_TYPES],
                                       [w for w in wholes if member_body(w, ctx)])
            else:
                pairs = distinct_pairs([a for a in parts if ctx.type_of(a) == "Organization"],
                                       [w for w in wholes if ctx.type_of(w) == "Organization"])
            for s, o in pairs:
                yield Candidate(s, predicate, o, f"r13suite:as-{noun.lemma_}", "asserted", sent)


@triggered_by(lambda lex: lex.words("r13suite_naming_nouns"))
def naming_noun_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The appointment of Lip-Bu Tan as chief executive of Intel``, ``Intel's hiring of X as finance chief``: the
    person a naming noun names gets the title after ``as``."""
    for noun in ctx.find(sent, ctx.lex.words("r13suite_naming_nouns")):
        if noun.pos_ != "NOUN" or ctx.negated(noun):
            continue
        people = [(p, a) for p in ctx.pobjs(noun, {"of"}) for a in ctx.actors(p, conj=False)
                  if ctx.type_of(a) == "Person"]
        titles = [t for p in ctx.pobjs(noun, {"as"}) for t in [p] if not ctx.entity(t)]
        titles += [t for tok, _ in people for p in ctx.pobjs(tok, {"as"}) for t in [p] if not ctx.entity(t)]
        for tok, person in people:
            for title in titles:
                for kind, org in _titled(tok, title, None, ctx):
                    yield Candidate(person, kind, org, f"r13suite:{noun.lemma_}-as", ctx.status(noun), sent)


@triggered_by(lambda lex: {"join"})
def planned_join_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Andrej Karpathy will join OpenAI next month``, ``X is set to join Meta``: a planned hire is a planned
    ``worksFor`` (the asserted ones are r12lex's; ``join … as chief executive`` is a head's, the title rules')."""
    heads = ctx.lex_memo("r13suite:heads", lambda: ctx.lex.words("leader_titles") |
                         ctx.lex.words("r12lex_heading_words"))
    for verb in ctx.find(sent, {"join"}):
        if verb.pos_ != "VERB" or ctx.negated(verb) or ctx.status(verb) != "planned":
            continue
        if any(c.dep_ == "aux" and c.lower_ in DOUBT for c in verb.children):
            continue  # "X may join Huawei": a possibility, not a plan
        if any(t.lower_ in heads for p in ctx.pobjs(verb, {"as"}) for t in p.subtree):
            continue
        people = [a for a in ctx.subjects(verb) if ctx.type_of(a) == "Person"]
        if not people:  # "Former Tesla engineer X will join": the parser takes the title for the verb
            first = min([c.i for c in verb.children if c.dep_ == "aux"] + [verb.i])
            people = [a for a in names_before(first, sent, ctx) if ctx.type_of(a) == "Person"]
        employers = [a for c in verb.children if c.dep_ == "dobj" for a in ctx.actors(c)
                     if ctx.type_of(a) == "Organization"]
        for s, o in distinct_pairs(people, employers):
            yield Candidate(s, "worksFor", o, "r13suite:join-planned", "planned", sent)


@triggered_by(lambda lex: {"accession"})
def accession_effect_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Indonesia's accession to BRICS took effect in January``: an accession that took effect makes a member."""
    for tok in ctx.find(sent, {"accession"}):
        verb = tok.head
        if tok.dep_ != "nsubj" or verb.lemma_ not in ("take", "come") or ctx.negated(verb) or \
                ctx.status(verb) != "asserted" or not any(c.lower_ == "effect" or c.lower_ == "force" for c in
                                                          verb.subtree):
            continue
        bodies = [a for p in ctx.pobjs(tok, {"to", "into"}) for a in ctx.actors(p, conj=False)]
        members = [a for c in tok.children if c.dep_ == "poss" for a in ctx.actors(c)]
        for member, body in distinct_pairs(members, [b for b in bodies if member_body(b, ctx)]):
            if ctx.type_of(member) in MEMBER_TYPES:
                yield Candidate(member, "memberOf", body, "r13suite:accession-effect", "asserted", sent)
