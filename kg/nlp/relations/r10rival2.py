"""More rivalries (``competesWith``) and directions (``directs``) in shapes the triggers do not read (branch
r10rival); the words are in ``data/lexicon/events.json`` (``r10rival_*`` keys).

- customers or ground won from, or lost to, a rival: ``Huawei's phones are luring buyers away from Apple``,
  ``Intel lost market share to AMD``, ``BYD is gaining ground on Tesla``;
- one actor regarding another as its rival: ``Washington sees Beijing as its main strategic rival``;
- a counterweight to another's power: ``the pact is seen as a counterweight to the assertiveness of China``;
- a rivalry verb whose object is what someone calls another's doing: ``G7 leaders agreed on ways to counter what
  they called China's economic coercion``;
- a trade, chip or tech war and a battle between two of a kind: ``the US is locked in a chip war with China``,
  ``the trade war between the United States and China``, ``Beijing's tussle with Washington``;
- tasks given: ``Putin put Sberbank in charge of the AI roadmap``, ``the Kremlin charged Rostec with developing the
  engine``, ``the government entrusted Rosatom with the plant`` (``directs``);
- a state's request to a company: ``Beijing has asked Alibaba to stop buying Nvidia chips`` (``directs``).

Rivalries are kept between two of a kind (two states or blocs, two organisations); each rule visits only its
trigger words in the sentence (through the document index).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.events import holder_of_noun
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.obligations import speaking_authority
from kg.nlp.relations.slots import owner
from kg.nlp.relations.triggers import distinct_pairs

#: kinds of actor that may be rivals of each other
STATES = frozenset({"Country", "Bloc", "InternationalOrganization"})


def peers(a: str, b: str, ctx: DocContext) -> bool:
    """Two states, blocs or alliances, or two organisations: the kinds of actor a rivalry is told between."""
    ta, tb = ctx.type_of(a), ctx.type_of(b)
    return (ta in STATES and tb in STATES) or ta == tb == "Organization"


def rivals_of(pairs: Iterator[tuple[str, str]], rule: str, status: str, sent: Span,
              ctx: DocContext) -> Iterator[Candidate]:
    for s, o in pairs:
        if peers(s, o, ctx):
            yield Candidate(s, "competesWith", o, rule, status, sent)


def _named(tok: Token, ctx: DocContext) -> list[str]:
    """Whom a phrase names as the other side: ``Apple``, ``Apple's customers``, ``the iPhone`` (its maker)."""
    return ctx.actors(tok) or owner(tok, ctx) or ctx.product_supplier(tok)


def _doers(verb: Token, ctx: DocContext) -> list[str]:
    """Who does ``verb``: its subjects, or the owner of a thing that is its subject (``Huawei's phones``,
    ``Huawei, whose phones are luring buyers``)."""
    found = ctx.subjects(verb)
    if found:
        return found
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        for poss in (c for c in subject.children if c.dep_ == "poss"):
            if poss.lower_ == "whose" and verb.dep_ == "relcl":
                found += ctx.actors(ctx.mention_root(verb.head), conj=False)
            else:
                found += ctx.actors(poss)
    return found


@triggered_by(lambda lex: lex.words("r10rival_custom_nouns"))
def won_customers_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Huawei's phones are luring buyers away from the iPhone``, ``Intel lost market share to AMD``, ``BYD is
    gaining ground on Tesla``: who wins customers or ground from another competes with it."""
    verbs = ctx.lex.words("r10rival_custom_verbs")
    for noun in ctx.find(sent, ctx.lex.words("r10rival_custom_nouns")):
        verb = noun.head
        if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_ not in verbs or ctx.negated(verb):
            continue
        preps = {"to"} if verb.lemma_ in ("lose", "cede") else {"from", "on"}
        hosts = [verb, noun] + [c for c in verb.children if c.lower_ == "away"]
        others = [a for h in hosts for p in ctx.pobjs(h, preps) for a in _named(p, ctx)]
        yield from rivals_of(distinct_pairs(_doers(verb, ctx), others), "r10rival:won-customers",
                             ctx.status(verb), sent, ctx)


@triggered_by(lambda lex: lex.words("r10rival_adversary_nouns"))
def regarded_rival_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Washington sees Beijing as its main strategic rival``, ``Beijing is viewed by Washington as an
    adversary``: who regards another as its rival competes with it; ``Anthropic is regarded as one of OpenAI's
    closest rivals``: the one regarded competes with the rival's owner."""
    regard, pronouns = ctx.lex.words("regard_verbs"), {"its", "their", "his", "her", "our"}
    for noun in ctx.find(sent, ctx.lex.words("r10rival_adversary_nouns")):
        slot = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one" \
            else noun  # "as one of X's closest rivals"
        verb = slot.head.head
        if slot.dep_ != "pobj" or slot.head.lower_ != "as" or verb.lemma_ not in regard or verb.pos_ != "VERB":
            continue
        if ctx.negated(verb) or any(p.lower_ in ("to", "of") for p in noun.children if p.dep_ == "prep"):
            continue  # "sees X as a rival to Y": the rival of another (read by the rival-noun rule)
        regarded = [a for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for a in ctx.actors(c)]
        owners = [a for c in noun.children if c.dep_ == "poss" and c.lower_ not in pronouns for a in ctx.actors(c)]
        others = owners or ctx.subjects(verb)  # "X's rival": X's; "its rival", "a rival": the regarder's
        yield from rivals_of(distinct_pairs(others, regarded), "r10rival:regarded-rival", ctx.status(verb), sent, ctx)


@triggered_by(lambda lex: lex.words("rival_nouns"))
def counterweight_to_power_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The pact is regarded as a counterweight to the growing assertiveness of China``, ``Europe's answer to
    America's clout``: a counterweight (or rival, answer) to another's power or influence competes with its
    owner."""
    power = ctx.lex.words("r10rival_power_nouns")
    for noun in ctx.find(sent, ctx.lex.words("rival_nouns")):
        if noun.pos_ not in ("NOUN", "PROPN") or ctx.negated(noun):
            continue
        hosts = [noun] + ([noun.head.head] if noun.dep_ == "pobj" and noun.head.lower_ == "as" else [])
        # "regarded as a counterweight to X's power": the parser may hang "to" on the verb
        owners = [a for h in hosts for p in ctx.pobjs(h, {"to"}) if p.lemma_ in power or p.lower_ in power
                  for a in owner(p, ctx)]
        if owners:
            yield from rivals_of(distinct_pairs(holder_of_noun(noun, ctx), owners), "r10rival:counterweight-power",
                                 ctx.status(noun), sent, ctx)


def _speakers_for(verb: Token, ctx: DocContext) -> list[str]:
    """Who does ``verb``: its subjects, else those whom the first subject up the parse speaks for (``Leaders of the
    Group of Seven agreed on ways to counter …``: the Group of Seven)."""
    found = ctx.subjects(verb)
    tok = verb
    while not found and tok.head is not tok and tok.dep_ in ("relcl", "acl", "xcomp", "advcl", "pobj", "prep"):
        tok = tok.head
        for subject in (c for c in tok.children if c.dep_ == "nsubj"):
            found = ctx.actors(subject)
            if not found and subject.lower_ in ctx.lex.words("r10rival_envoy_nouns"):
                found = [a for p in ctx.pobjs(subject, {"of"}) for a in ctx.actors(p)]
            return found
    return found


@triggered_by(lambda lex: lex.words("r10rival_naming_verbs"))
def so_called_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``G7 leaders agreed on ways to counter what they called China's economic coercion``: a rivalry verb whose
    object is ``what`` someone calls another's doing (the one named owns it)."""
    rivalry, naming = ctx.lex.words("r10rival_challenge_verbs"), ctx.lex.words("r10rival_naming_verbs")
    for call in ctx.find(sent, naming):
        verb = call.head
        if call.dep_ != "ccomp" or call.lemma_ not in naming or verb.lemma_ not in rivalry or verb.pos_ != "VERB":
            continue
        if ctx.negated(verb) or not any(c.dep_ == "dobj" and c.lower_ == "what" for c in call.children):
            continue
        named = [a for c in call.children if c.dep_ in ("oprd", "attr", "xcomp") for a in owner(c, ctx)]
        yield from rivals_of(distinct_pairs(_speakers_for(verb, ctx), named), "r10rival:so-called",
                             ctx.status(verb), sent, ctx)


def _clause_of(noun: Token) -> Token | None:
    """The verb whose subject fights the war a noun names: ``X waged a war``, ``X is locked in a war``."""
    if noun.dep_ == "dobj":
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX"):
        return noun.head.head
    return None


@triggered_by(lambda lex: lex.words("r10rival_war_nouns"))
def trade_war_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The US is locked in a chip war with China``, ``the trade war between the United States and China``,
    ``Beijing's tussle with Washington``: the sides of a trade, chip or tech war (or of a battle) are rivals."""
    marks = ctx.lex.words("r10rival_war_modifiers")
    for noun in ctx.find(sent, ctx.lex.words("r10rival_war_nouns")):
        if noun.pos_ != "NOUN" or ctx.negated(noun):
            continue
        if noun.lemma_ == "war" and not any(c.dep_ in ("amod", "compound") and c.lower_ in marks
                                            for c in noun.children):
            continue  # a war of arms is not a rivalry the guidelines name
        verb = _clause_of(noun)
        if verb is not None and ctx.negated(verb):
            continue
        others = [a for p in ctx.pobjs(noun, {"with", "against"}) for a in ctx.actors(p)]
        sides = [a for c in noun.children if c.dep_ == "poss" for a in ctx.actors(c)]
        if not sides and verb is not None and others:  # "X is locked in a war with Y": the passive's subject too
            sides = ctx.subjects(verb) or [a for c in verb.children if c.dep_ == "nsubjpass" for a in ctx.actors(c)]
        pairs = list(distinct_pairs(sides, others))
        between = [a for p in ctx.pobjs(noun, {"between"}) for a in ctx.actors(p)]
        pairs += [(a, b) for k, a in enumerate(between) for b in between[k + 1:] if a != b]
        if not pairs and not others and verb is not None and verb.lemma_ in ctx.lex.words("r16invest_locking_verbs"):
            # "X and Y are locked in a fierce battle for users" (r16invest): the coordinated sides fight each other
            both = ctx.subjects(verb) or [a for c in verb.children if c.dep_ == "nsubjpass" for a in ctx.actors(c)]
            pairs = [(a, b) for k, a in enumerate(both) for b in both[k + 1:] if a != b]
        status = ctx.status(verb) if verb is not None else "asserted"
        yield from rivals_of(iter(pairs), f"r10rival:war-{noun.lemma_}", status, sent, ctx)


def _task_given(verb: Token, ctx: DocContext) -> bool:
    """``charged X with developing``, ``entrusted X with the plant``, ``put X in charge of``."""
    if verb.lemma_ == "put":
        return any(p.lower_ == "charge" for p in ctx.pobjs(verb, {"in"}))
    withs = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"]
    if verb.lemma_ == "charge":  # "charged X with fraud" is an accusation: only a task to do counts
        return any(c.dep_ == "pcomp" and c.tag_ == "VBG" for w in withs for c in w.children)
    return bool(withs)


def _givers(verb: Token, ctx: DocContext) -> list[str]:
    return [a for a in ctx.subjects(verb) if ctx.type_of(a) == "Person" or speaking_authority(a, ctx)]


@triggered_by(lambda lex: lex.words("r10rival_tasking_verbs"))
def tasked_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Putin put Sberbank in charge of the AI roadmap``, ``the Kremlin charged Rostec with developing the
    engine``, ``Rosatom was entrusted by the government with the plant``: who gives an organisation a task
    directs it."""
    verbs = ctx.lex.words("r10rival_tasking_verbs")
    for verb in ctx.find(sent, verbs):
        if verb.pos_ != "VERB" or verb.lemma_ not in verbs or ctx.negated(verb) or not _task_given(verb, ctx):
            continue
        tasked = [a for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for a in ctx.actors(c)
                  if ctx.type_of(a) == "Organization"]
        for s, o in distinct_pairs(_givers(verb, ctx), tasked):
            yield Candidate(s, "directs", o, "r10rival:tasked", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("r10rival_asking_verbs"))
def state_request_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Beijing has asked Alibaba and Tencent to stop buying Nvidia chips``, ``the regulator advised banks such as
    Sberbank to halt transfers``: a state's request that a company do something directs it (a company's request
    to another does not)."""
    verbs = ctx.lex.words("r10rival_asking_verbs")
    for verb in ctx.find(sent, verbs):
        if verb.pos_ != "VERB" or verb.lemma_ not in verbs or ctx.negated(verb):
            continue
        if not any(c.dep_ == "xcomp" for c in verb.children):
            continue
        asked = [a for c in verb.children if c.dep_ == "dobj" for a in (ctx.actors(c) or ctx.examples(c))
                 if ctx.type_of(a) == "Organization"]
        states = [a for a in ctx.subjects(verb) if speaking_authority(a, ctx)]
        for s, o in distinct_pairs(states, asked):
            yield Candidate(s, "directs", o, "r10rival:state-request", ctx.status(verb), sent)
