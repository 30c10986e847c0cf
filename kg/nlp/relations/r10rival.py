"""Rivalries (``competesWith``) and directions (``directs``) told in shapes the verb and noun triggers do not read;
their words are in ``data/lexicon/events.json`` (``r10rival_*`` keys).

- a law as the one that binds: ``The statute, passed by Congress, forbids Apple and Google from hosting the app``
  (who enacted the law ``directs`` those it binds);
- a state taking control of a company: ``The Dutch government has taken control of Nexperia`` (``directs``);
- work done on a state's behalf: ``APT40 carried out attacks on behalf of the Ministry of State Security``
  (the state body ``directs`` the group);
- a rivalry told as someone's effort: ``Huawei's push to build a phone business capable of challenging Apple``,
  ``efforts by Beijing to counter Washington`` (``competesWith`` between the one making the effort and the rival);
- contested borders: ``India faces contested borders with China``, ``Vietnam's territorial dispute with China``
  (``competesWith`` between the two states);
- products set against each other by their maker: ``Mistral said its new model outperforms Google's Gemini``,
  ``According to TII, Falcon beats Meta's Llama`` (the maker ``competesWith`` the rival product's owner).

Each rule visits only its trigger words in the sentence (through the document index).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.obligations import speaking_authority
from kg.nlp.relations.slots import owner
from kg.nlp.relations.triggers import distinct_pairs

#: how far up the parse a rivalry verb without a subject may be from the effort noun that owns it
EFFORT_STEPS = 6
#: the links followed up from a rivalry verb to an effort noun (``push to build a business capable of challenging``)
EFFORT_LINKS = frozenset({"acl", "xcomp", "pcomp", "prep", "amod", "dobj", "advcl", "pobj"})


def _orgs(ids: list[str], ctx: DocContext) -> list[str]:
    return [a for a in ids if ctx.type_of(a) == "Organization"]


def _has(tok: Token, words: set[str]) -> bool:
    return tok.lower_ in words or tok.lemma_ in words


def _authors(law: Token, ctx: DocContext) -> list[str]:
    """Who made a law: ``the statute, passed by Congress``, ``the law that parliament adopted``, ``China's law``.

    Only states and government bodies count (a law is theirs to make)."""
    enacting = ctx.lex.words("r10rival_enacting_verbs")
    found = [a for c in law.children if c.dep_ == "poss" for a in ctx.actors(c)]
    found += [a for c in law.children if c.dep_ in ("acl", "relcl") and c.lemma_ in enacting
              and not ctx.negated(c) for a in ctx.subjects(c)]
    return [a for a in dict.fromkeys(found) if speaking_authority(a, ctx)]


def _bound(tok: Token, ctx: DocContext) -> list[str]:
    """Who a noun phrase bound by a law names: ``Apple``; ``app stores like Apple's``; ``app stores such as those
    run by Apple and Google`` (the ``those`` of an example list stands for the ones its clause names)."""
    found = ctx.actors(tok) or ctx.examples(tok)
    if found:
        return found
    for p in ctx.pobjs(tok, {"as", "like", "including"}):
        found += ctx.actors(p) or [a for c in p.children if c.dep_ == "acl" for a in ctx.subjects(c)]
    return found


@triggered_by(lambda lex: lex.words("r10rival_law_verbs"))
def law_binds_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The statute, passed by Congress, forbids app stores such as Apple's from hosting the app``, ``the law,
    which parliament adopted in May, requires Telia to remove Huawei gear``: the law's maker directs those it binds
    to do (or not do) something."""
    verbs, laws = ctx.lex.words("r10rival_law_verbs"), ctx.lex.words("r10rival_law_nouns")
    for verb in ctx.find(sent, verbs):
        if verb.pos_ != "VERB" or verb.lemma_ not in verbs or ctx.negated(verb):
            continue
        if not any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "from") for c in verb.children):
            continue  # "the law requires licences": no one is told to do anything
        makers = [a for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and _has(c, laws)
                  for a in _authors(c, ctx)]
        if not makers:
            continue
        bound = _orgs([a for c in verb.children if c.dep_ == "dobj" or (c.dep_ == "conj" and c.pos_ == "NOUN")
                       for a in _bound(c, ctx)], ctx)
        for s, o in distinct_pairs(makers, bound):
            yield Candidate(s, "directs", o, "r10rival:law-binds", ctx.status(verb), sent)


def _controlled(control: Token, verb: Token, ctx: DocContext) -> list[str]:
    """What control is taken of: ``control of Nexperia``, ``control over the firm``, ``control of decision-making
    at Nexperia``, ``control of the assets of Gazprom Germania``."""
    found: list[str] = []
    for p in ctx.pobjs(control, {"of", "over"}):
        here = ctx.actors(p)
        found += here or [a for q in ctx.pobjs(p, {"at", "of", "in"}) for a in ctx.actors(q)]
    return found or [a for p in ctx.pobjs(verb, {"at", "over"}) for a in ctx.actors(p)]


@triggered_by(lambda lex: lex.words("r10rival_control_nouns"))
def took_control_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The Dutch government has taken control of Nexperia``, ``Berlin seized control of Rosneft's German unit``:
    a state (or its government) that takes control of a company directs it."""
    verbs = ctx.lex.words("r10rival_control_verbs")
    for control in ctx.find(sent, ctx.lex.words("r10rival_control_nouns")):
        verb = control.head
        if control.dep_ != "dobj" or verb.lemma_ not in verbs or verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        states = [a for a in ctx.subjects(verb) if speaking_authority(a, ctx)]
        for s, o in distinct_pairs(states, _orgs(_controlled(control, verb, ctx), ctx)):
            yield Candidate(s, "directs", o, "r10rival:took-control", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("r10rival_behalf_nouns"))
def on_behalf_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``APT40 carried out attacks on behalf of the Ministry of State Security``, ``hackers who work on Beijing's
    behalf``: a group that acts for a state body is directed by it."""
    verbs = ctx.lex.words("r10rival_behalf_verbs")
    for noun in ctx.find(sent, ctx.lex.words("r10rival_behalf_nouns")):
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "on":
            continue
        verb = prep.head if prep.head.dep_ != "dobj" else prep.head.head  # "carried out attacks on behalf of"
        if verb.pos_ != "VERB" or verb.lemma_ not in verbs or ctx.negated(verb):
            continue
        givers = [a for c in noun.children if c.dep_ == "poss" for a in ctx.actors(c)]
        givers += [a for p in ctx.pobjs(noun, {"of"}) for a in ctx.actors(p)]
        givers = [a for a in givers if speaking_authority(a, ctx)]
        for s, o in distinct_pairs(givers, _orgs(ctx.subjects(verb), ctx)):
            yield Candidate(s, "directs", o, "r10rival:on-behalf", ctx.status(verb), sent)


def effort_owners(verb: Token, ctx: DocContext) -> list[str]:
    """Whose effort a rivalry verb without a subject of its own is: ``Huawei's push to build a business capable of
    challenging Apple`` (Huawei), ``efforts by Beijing to counter Washington`` (Beijing); none when a clause with a
    subject comes first on the way up."""
    efforts = ctx.lex.words("r10rival_effort_nouns")
    tok = verb
    for _ in range(EFFORT_STEPS):
        if tok.dep_ not in EFFORT_LINKS or tok.head is tok:
            return []
        tok = tok.head
        if tok.pos_ == "NOUN" and _has(tok, efforts):
            found = [a for c in tok.children if c.dep_ == "poss" for a in ctx.actors(c)]
            return found or [a for p in ctx.pobjs(tok, {"by"}) for a in ctx.actors(p)]
        if tok.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return []
    return []


@triggered_by(lambda lex: lex.words("r10rival_challenge_verbs"))
def effort_rivalry_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Huawei's push to build a phone business capable of challenging Apple``, ``the country's bid to rival
    China``, ``efforts by Beijing to counter Washington's dominance``: the one making the effort competes with the
    rival it names."""
    verbs = ctx.lex.words("r10rival_challenge_verbs")
    for verb in ctx.find(sent, verbs):
        if verb.pos_ != "VERB" or verb.lemma_ not in verbs or ctx.negated(verb):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue  # a clause with its own subject: the verb triggers read it
        rivals = [a for c in verb.children if c.dep_ == "dobj" for a in (ctx.actors(c) or owner(c, ctx))]
        rivals += [a for p in ctx.pobjs(verb, {"with", "against"}) for a in ctx.actors(p)]
        if not rivals:
            continue
        for s, o in distinct_pairs(effort_owners(verb, ctx), rivals):
            if ctx.is_actor(s) and ctx.is_actor(o):
                yield Candidate(s, "competesWith", o, f"r10rival:effort-{verb.lemma_}", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("r10rival_border_nouns"))
def contested_border_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``India faces contested borders with China and Pakistan``, ``Vietnam's territorial dispute with China``,
    ``border clashes between India and China``: states at odds over a border are rivals (a shared border is not)."""
    marks = ctx.lex.words("r10rival_border_modifiers")
    for noun in ctx.find(sent, ctx.lex.words("r10rival_border_nouns")):
        if noun.pos_ != "NOUN" or not any(c.dep_ in ("amod", "compound") and c.lower_ in marks
                                          for c in noun.children):
            continue
        if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
            continue
        verb = noun.head if noun.dep_ in ("dobj", "attr", "nsubj") else None
        if verb is not None and ctx.negated(verb):
            continue
        others = [a for p in ctx.pobjs(noun, {"with"}) for a in ctx.actors(p)]
        sides = [a for c in noun.children if c.dep_ == "poss" for a in ctx.actors(c)]
        if not sides and verb is not None and noun.dep_ == "dobj":
            sides = ctx.subjects(verb)
        pairs = list(distinct_pairs(sides, others))
        between = [a for p in ctx.pobjs(noun, {"between"}) for a in ctx.actors(p)]
        pairs += [(a, b) for k, a in enumerate(between) for b in between[k + 1:] if a != b]
        status = ctx.status(verb) if verb is not None else "asserted"
        for s, o in pairs:
            if ctx.type_of(s) == ctx.type_of(o) == "Country":
                yield Candidate(s, "competesWith", o, "r10rival:contested-border", status, sent)


def product_makers(product: Token, verb: Token, ctx: DocContext) -> list[str]:
    """Who made the product that beats another: its owner (``its new model``, ``Mistral's model``), else who says
    so (``Mistral said its model …``, ``according to TII, Falcon …``)."""
    found = [a for c in product.children if c.dep_ == "poss" for a in ctx.actors(c)]
    if found:
        return found
    if verb.dep_ == "ccomp" and verb.head.lemma_ in ctx.lex.words("ruling_verbs"):
        return ctx.subjects(verb.head)
    return [a for c in verb.children if c.dep_ == "prep" and c.lower_ == "according"
            for p in ctx.pobjs(c, {"to"}) for a in ctx.actors(p)]


@triggered_by(lambda lex: lex.words("r10rival_beating_verbs"))
def beaten_product_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Mistral said its new model outperforms Google's Gemini``, ``According to TII, Falcon 2 beats Meta's
    Llama``: a maker whose product beats a rival's product competes with that rival."""
    verbs, products = ctx.lex.words("r10rival_beating_verbs"), ctx.lex.words("r10rival_product_nouns")
    for verb in ctx.find(sent, verbs):
        if verb.pos_ != "VERB" or verb.lemma_ not in verbs or ctx.negated(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or ctx.entity(subject) or not (
                (subject.pos_ == "NOUN" and _has(subject, products)) or subject.pos_ == "PROPN"):
            continue  # a named actor as subject: the verb triggers read it
        rivals = _orgs([a for c in verb.children if c.dep_ == "dobj" for a in owner(c, ctx)], ctx)
        for s, o in distinct_pairs(_orgs(product_makers(subject, verb, ctx), ctx), rivals):
            yield Candidate(s, "competesWith", o, "r10rival:beaten-product", ctx.status(verb), sent)
