"""Technology focus rules: who develops, makes, owns or is named by a technology (``focusesOn``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from spacy.tokens import Span

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.structure import org_noun_targets
from kg.records import Entity
from kg.nlp.relations.index import triggered_by


@triggered_by(lambda lex: lex.words("focus_verbs") | lex.words("focus_nouns"))
def focus_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Sberbank, which is spearheading Russia's AI efforts``, ``Nvidia, the designer of graphics processors``,
    ``Huawei, which develops surveillance technology``."""
    verbs = ctx.lex.words("focus_verbs")
    nouns = ctx.lex.words("focus_nouns")
    # the verbs' and nouns' tokens (by form or lemma), in order
    for tok in ctx.find(sent, ctx.lex_memo("focus_words", lambda: frozenset(verbs | nouns))):
        if tok.pos_ == "VERB" and tok.lemma_ in verbs and not ctx.negated(tok):
            if any(c.dep_ == "dobj" and (c.lower_ in ctx.lex.nouns or c.lemma_ in ctx.lex.nouns) for c in tok.children):
                continue  # "build cooperation in AI": the technology is the topic of a relation, not a focus
            if any(c.lower_ in ("together", "jointly") for c in tok.children) or \
                    any(ctx.actors(p) for p in ctx.pobjs(tok, {"with"})):
                continue  # "work together on quantum computing": cooperating in a field is no focus on it
            techs: list[str] = []
            for child in tok.children:
                if child.dep_ in ("dobj", "nsubjpass") or (child.dep_ == "prep" and child.lower_ in
                                                           ("on", "in", "into")) or \
                        (child.dep_ == "advcl" and child.lemma_ in ("span", "include", "cover", "range")):
                    # "invested in the US AI start-up Anthropic": the technology describes the object, not the verb
                    described = {ctx.entity(t) for t in child.subtree if t.dep_ in ("compound", "amod", "nmod")
                                 and ctx.entity(t.head) and ctx.is_actor(ctx.entity(t.head) or "")}
                    techs += [t for t in ctx.technologies(child) if t not in techs and t not in described]
            if techs:
                status = ctx.status(tok)
                for actor in ctx.subjects(tok):
                    for tech in techs:
                        yield Candidate(actor, "focusesOn", tech, f"focus:verb:{tok.lemma_}", status, sent)
        elif tok.pos_ == "NOUN" and tok.lower_ in nouns and ctx.examples(tok):
            # "makers of chips such as TSMC"
            techs = [t for c in tok.children if c.dep_ in ("prep", "compound", "amod") for t in ctx.technologies(c)]
            for actor in ctx.examples(tok):
                for tech in dict.fromkeys(techs):
                    yield Candidate(actor, "focusesOn", tech, "focus:examples", "asserted", sent)
        elif tok.pos_ == "NOUN" and tok.lower_ in nouns and (tok.dep_ in ("appos", "attr") or (
                tok.dep_ == "pobj" and tok.head.lower_ in ("among", "as") and tok.head.head.pos_ in ("VERB", "AUX"))):
            techs = [t for c in tok.children if c.dep_ in ("prep", "compound", "amod") for t in ctx.technologies(c)]
            if not techs:
                continue
            if tok.dep_ == "pobj":  # "the firm that ranks among the biggest makers of drones"
                actors = ctx.clause_subjects(tok.head.head)
            elif tok.dep_ == "appos":
                actors = ctx.actors(tok.head, conj=False)
            else:
                actors = [a for c in tok.head.children if c.dep_ == "nsubj" for a in ctx.actors(c)]
            for actor in actors:
                for tech in dict.fromkeys(techs):
                    yield Candidate(actor, "focusesOn", tech, "focus:description", "asserted", sent)


@triggered_by(types=("Technology",))
def focus_possessive_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``its MI250 AI chips``, ``Huawei's 5G equipment``: what an organisation owns as products it works on;
    ``Russia's space agency Roscosmos``: an organisation named by its technology."""
    for ent in ctx.index.ents_typed(sent, "Technology", ctx.type_of):
        tech = ent.kb_id_
        root = ent.root
        # the noun the technology names or modifies ("AI chips": chips; "space agency": agency)
        head = root.head if root.dep_ in ("compound", "amod") and root.head.i > root.i else root
        # "Huawei's AI chips"; "Lynas's rare earths plant": what a company makes or runs a works for
        # "Samsung's chip business", "India's semiconductor ambitions": an endeavour in the technology
        product = head.lower_ in ctx.lex.words("product_nouns") | ctx.lex.words("facility_nouns") | \
            ctx.lex.words("endeavour_nouns")
        # "its chips": an organisation's; "China's BeiDou satellite navigation system": a country's product too
        owner_types = ("Organization", "Country") if product and head is not root else ("Organization",)
        owners = [a for c in head.children if c.dep_ == "poss" for a in ctx.actors(c, conj=False)
                  if ctx.type_of(a) in owner_types] if head is root or product else []
        if head is not root and head.lower_ in ctx.lex.words("org_nouns"):
            owners += [a for a in org_noun_targets(head, ctx) if a not in owners]
        techs = [tech] + [t for p in ctx.pobjs(head, {"for"}) for t in ctx.technologies(p)]
        for owner in owners:
            for t in dict.fromkeys(techs):
                yield Candidate(owner, "focusesOn", t, "focus:possessive", "asserted", sent)


def _descriptor_words(table: dict[str, Any]) -> frozenset[str]:
    """The words a token ending a descriptor can be: the whole of one, or what follows one of its spaces.

    >>> sorted(_descriptor_words({"space agency": None}))
    ['agency', 'space agency']
    """
    return frozenset(k.split(" ", n)[n] for k in table for n in range(k.count(" ") + 1))


@triggered_by(lambda lex: _descriptor_words(lex.value("descriptor_technologies")))
def descriptor_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Rival chipmaker AMD``, ``Russia's space agency Roscosmos``: a descriptor noun names a technology."""
    table = ctx.lex.value("descriptor_technologies")
    # the last words of the two-word descriptors: only before those can a word start one
    ends = {k.rsplit(" ", 1)[1] for k in table if " " in k}
    # a token can end a descriptor only as the whole of one or as what follows one of its spaces
    words = ctx.lex_memo("descriptor_words", lambda: _descriptor_words(table))
    for tok in ctx.find(sent, words):
        key = tok.lower_
        if tok.i > sent.start and (key in ends or " " in key) and f"{ctx.doc[tok.i - 1].lower_} {key}" in table:
            key = f"{ctx.doc[tok.i - 1].lower_} {key}"
        if key not in table:
            continue
        orgs = org_noun_targets(tok, ctx)
        if not orgs and tok.dep_ in ("compound", "amod", "nmod") and ctx.entity(tok.head):
            orgs = [a for a in [ctx.entity(tok.head)] if a and ctx.type_of(a) == "Organization"]
        if not orgs:
            continue
        tech_id, tech_name = table[key]
        if tech_id not in ctx.entities:
            # the description names the technology: it joins the document's entities
            ctx.entities[tech_id] = Entity(tech_id, tech_name, "Technology")
        for org in orgs:
            yield Candidate(org, "focusesOn", tech_id, "focus:descriptor", "asserted", sent)


@triggered_by(types=("Technology",))
def made_by_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``submarines designed by Naval Group``, ``the missiles, which Mitsubishi builds``, ``the jet Japan is
    building``: a technology described by a clause of making gives its maker ``focusesOn``."""
    verbs = ctx.lex.words("focus_verbs") & ctx.lex.words("making_verbs")
    for ent in ctx.index.ents_typed(sent, "Technology", ctx.type_of):
        tech = ent.kb_id_
        for clause in ent.root.children:
            if clause.lemma_ not in verbs or clause.pos_ != "VERB" or ctx.negated(clause):
                continue
            makers: list[str] = []
            if clause.dep_ == "acl" and clause.tag_ in ("VBN", "VBD"):
                makers = [a for c in clause.children if c.dep_ == "agent"
                          for p in c.children if p.dep_ == "pobj" for a in ctx.actors(p)]
            elif clause.dep_ == "relcl" and not any(c.dep_ == "dobj" and c.lower_ not in ("which", "that")
                                                    for c in clause.children):
                makers = [a for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in ("which", "that")
                          for a in ctx.actors(c)]
            for maker in makers:
                if ctx.is_actor(maker):
                    yield Candidate(maker, "focusesOn", tech, "focus:made_by", ctx.status(clause), sent)


@triggered_by(lambda lex: lex.words("lead_nouns"))
def lead_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Nvidia's dominance of graphics processors``, ``China's lead in rare earths``: who leads a technology."""
    nouns = ctx.lex.words("lead_nouns")
    for tok in ctx.find(sent, nouns):  # the nouns' tokens (by form or lemma), in order
        if tok.lower_ not in nouns or tok.pos_ != "NOUN" or ctx.negated(tok):
            continue
        owners = [a for c in tok.children if c.dep_ == "poss" for a in ctx.actors(c, conj=False)]
        techs = [t for p in ctx.pobjs(tok, {"of", "in", "over"}) for t in ctx.technologies(p, shallow=True)]
        for owner in owners:
            for tech in dict.fromkeys(techs):
                if ctx.is_actor(owner):
                    yield Candidate(owner, "focusesOn", tech, "focus:lead", "asserted", sent)
