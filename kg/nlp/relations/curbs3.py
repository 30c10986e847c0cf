"""Sanctions, export curbs and membership stated around another actor's act; their words are in
``data/lexicon/events.json`` (``curbs3_*`` keys) beside those of :mod:`kg.nlp.relations.restraints`.

- a measure another joins in: ``Japan joined the United States in restricting exports of chips to China``: the one
  joined restricts too (``restrictsExportsTo`` / ``sanctions``, by the gerund's own trigger slots);
- a body led by a state: ``the Russia-led Eurasian Economic Union``, ``the China-led AIIB`` (``memberOf``);
- a curb on a flow of goods to a destination: ``the Netherlands imposed curbs on sales of chipmaking tools to
  China``, ``Tokyo's restrictions on shipments of chip equipment to China`` (``restrictsExportsTo``);
- the target of a measure: ``Rosneft, a target of US sanctions``, ``US export controls aimed at China``,
  ``Huawei is subject to US export controls``,
  ``the sanctions that the EU imposed on Rosneft``, ``Sugon was among the companies the Treasury sanctioned``;
- a company ordered blocked: ``the regulator ordered DeepSeek blocked``, ``a court ordered TikTok banned``
  (``sanctions`` from the state or its body that orders it);
- a maker's products an authority says others must not use or must remove: ``the regulator said operators must
  not use Huawei or ZTE products`` (``sanctions``);
- a state part of a multi-state body, or holding its chair: ``Hungary is part of the European Union``, ``India
  holds the rotating presidency of the G20``, ``Brazil's BRICS presidency`` (``memberOf``).

Each rule visits only the sentence's words of its list (through the document index).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.events import goods_maker, bygone
from kg.nlp.relations.obligations import speaking_authority
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.restraints import BODY_KINDS, STATE_TYPES, TARGET_TYPES, hit_targets, one_of
from kg.nlp.relations.slots import EXPORT_NOUNS, verb_objects
from kg.nlp.relations.triggers import distinct_pairs

#: the predicates a joined measure carries over to the one joined
MEASURES = ("sanctions", "restrictsExportsTo")
HYPHENS = ("-", "\u2013")


def _curb_nouns(ctx: DocContext) -> frozenset[str]:
    nouns = ctx.lex.nouns
    return ctx.lex_memo("curbs3:curb_nouns", lambda: frozenset(
        n for n, entries in nouns.items() if any(p == "restrictsExportsTo" for p, _s in entries)))


def _destinations(flow: Token, hosts: list[Token], ctx: DocContext) -> list[str]:
    """Where a flow goes: ``sales … to China`` (the parser hangs ``to`` on the flow, its goods or the verb)."""
    goods = list(ctx.pobjs(flow, {"of"}))
    return [a for h in [flow] + goods + hosts for p in ctx.pobjs(h, {"to"}) for a in ctx.actors(p)
            if ctx.type_of(a) in ("Country", "Organization")]


@triggered_by(lambda lex: {n for n, entries in lex.nouns.items()
                           if any(p == "restrictsExportsTo" for p, _s in entries)})
def curbed_flow_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The Netherlands imposed curbs on sales of chipmaking tools to China``, ``Tokyo's restrictions on
    shipments of chip equipment to China``: who holds or imposes a curb on exports to a destination restricts
    exports to it."""
    imposing = ctx.lex.words("curbs3_imposing_verbs")
    for curb in ctx.find(sent, _curb_nouns(ctx)):
        if curb.pos_ != "NOUN":
            continue
        verb = curb.head if curb.dep_ == "dobj" and curb.head.pos_ == "VERB" else None
        # a curb imposed or tightened is one (``tighten`` negates what it governs elsewhere); one lifted is none
        imposed = verb is not None and verb.lemma_ in imposing
        if ctx.negated(verb) if imposed else ctx.negated(curb):
            continue
        hosts = [curb] + ([verb] if verb is not None else [])
        flows = [p for h in hosts for p in ctx.pobjs(h, {"on"}) if p.lower_ in EXPORT_NOUNS]
        if not flows:
            continue
        holders = [a for c in curb.children if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < curb.i
                   for a in (ctx.actors(ctx.mention_root(c)) if ctx.entity(c) else
                             ctx.actors(c) if c.dep_ == "poss" else [])]
        if imposed:
            holders += ctx.subjects(verb)
        targets = [a for f in flows for a in _destinations(f, hosts, ctx)]
        status = ctx.status(verb if verb is not None else curb)
        for s, o in distinct_pairs((a for a in holders if ctx.type_of(a) != "Person"), targets):
            yield Candidate(s, "restrictsExportsTo", o, "curb:curbed-flow", status, sent)


def official_actor(actor: str, ctx: DocContext) -> bool:
    """A state, a body of states or a government body: who can impose a measure."""
    entity = ctx.entities.get(actor)
    return ctx.type_of(actor) in STATE_TYPES or (entity is not None and entity.subtype in BODY_KINDS)


def _joined_acts(join: Token) -> list[Token]:
    """The acts a ``join`` verb joins someone in: ``joined X in restricting …`` (the gerund after ``in``)."""
    return [g for c in join.children if c.dep_ == "prep" and c.lower_ == "in"
            for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]


@triggered_by(lambda lex: lex.words("join_in_verbs"))
def joined_measure_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Japan joined the United States in restricting exports of chips to China``, ``Canada joined the EU in
    sanctioning Russia``: the one joined takes the measure too (the joiner is the gerund's own subject, which the
    trigger rules read)."""
    verbs = ctx.lex.verbs
    for join in ctx.find(sent, ctx.lex.words("join_in_verbs")):
        if join.pos_ != "VERB" or ctx.negated(join):
            continue
        joined = [a for c in join.children if c.dep_ == "dobj" for a in ctx.actors(c)
                  if ctx.type_of(a) in STATE_TYPES or official_actor(a, ctx)]
        if not joined:
            continue
        for act in _joined_acts(join):
            if act.lemma_ not in verbs or ctx.negated(act):
                continue
            for predicate, slots in verbs[act.lemma_]:
                if predicate not in MEASURES:
                    continue
                objects = [o for o in verb_objects(act, slots, ctx)[0] if ctx.type_of(o) in TARGET_TYPES]
                for s, o in distinct_pairs(joined, objects):
                    yield Candidate(s, predicate, o, "curb:joined-measure", ctx.status(join), sent)


def _leader_before(led: Token, ctx: DocContext) -> list[str]:
    """The state named right before ``-led``: ``Russia-led``, ``US-led`` (the hyphen its own token or not)."""
    i = led.i - 1
    if i >= 0 and ctx.doc[i].text in HYPHENS:
        i -= 1
    elif not (i >= 0 and ctx.doc[i].whitespace_ == ""):
        return []
    if i < 0:
        return []
    eid = ctx.mention_at.get(i)
    return [eid] if eid and ctx.type_of(eid) in ("Country", "InternationalOrganization") else []


@triggered_by(lambda lex: lex.words("curbs3_leading_participles"))
def led_body_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``the Russia-led Eurasian Economic Union``, ``the China-led Asian Infrastructure Investment Bank``: the
    state that leads a multi-state body is a member of it."""
    for led in ctx.find(sent, ctx.lex.words("curbs3_leading_participles")):
        leaders = _leader_before(led, ctx)
        if not leaders:
            continue
        body = led.head if led.dep_ in ("amod", "compound") else None
        if body is None or body.i < led.i:
            continue
        bodies = [a for a in ctx.actors(body, conj=False) if ctx.type_of(a) == "InternationalOrganization"]
        for s, o in distinct_pairs(leaders, bodies):
            yield Candidate(s, "memberOf", o, "member:led-body", "asserted", sent)


def _ordered_blocked(order: Token, ctx: DocContext) -> list[Token]:
    """The companies an order wants blocked: ``ordered DeepSeek blocked`` (a clause whose subject is the company,
    or the order's object and a participle beside it)."""
    blocked = ctx.lex.words("curbs3_blocked_participles")
    out: list[Token] = []
    for clause in order.children:
        if clause.dep_ not in ("ccomp", "xcomp", "oprd") or clause.lemma_ not in blocked or \
                clause.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("aux", "dobj") for c in clause.children):
            continue
        out += [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        out += [c for c in order.children if c.dep_ == "dobj" and c.i < clause.i]
    # "ordered Huawei removed from its networks": the parser hangs the participle on the object
    out += [c for c in order.children if c.dep_ == "dobj" and any(
        a.dep_ == "acl" and a.tag_ == "VBN" and a.lemma_ in blocked for a in c.children)]
    return out


@triggered_by(lambda lex: lex.words("ordering_verbs"))
def ordered_blocked_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The regulator ordered DeepSeek blocked``, ``a court ordered TikTok banned``, ``Britain ordered operators to
    remove Huawei equipment``: a state or its body that orders a company, or its products, blocked or removed
    sanctions it."""
    removing = ctx.lex.words("curbs3_removal_verbs")
    for order in ctx.find(sent, ctx.lex.words("ordering_verbs")):
        if order.pos_ != "VERB":
            continue
        removals = [x for x in order.children if x.dep_ == "xcomp" and x.lemma_ in removing]
        named = _ordered_blocked(order, ctx)
        if not named and not removals or ctx.negated(order):
            continue
        targets = [a for t in named for a in ctx.actors(t) if ctx.type_of(a) == "Organization"]
        # "ordered operators to remove Huawei equipment": the maker of what is to be removed
        ordered = {a for c in order.children if c.dep_ == "dobj" for a in ctx.actors(c)}
        targets += [a for x in removals if not ctx.negated(x) for c in x.children if c.dep_ == "dobj"
                    for a in goods_maker(c, ctx) if ctx.type_of(a) == "Organization" and a not in ordered]
        if not targets:
            continue
        holders = [a for a in ctx.subjects(order) if official_actor(a, ctx)]
        for s, o in distinct_pairs(holders, targets):
            yield Candidate(s, "sanctions", o, "curb:ordered-blocked", ctx.status(order), sent)


def _banned_use(verb: Token, ctx: DocContext) -> bool:
    """``must not use``, ``must never buy``, ``must remove``: a use the obligation forbids or undoes."""
    if verb.lemma_ in ctx.lex.words("curbs3_removal_verbs"):
        return not any(c.dep_ == "neg" for c in verb.children)
    return (verb.lemma_ in ctx.lex.words("use_verbs") or verb.lower_ in ctx.lex.words("use_verbs")) and \
        any(c.dep_ == "neg" for c in verb.children)


@triggered_by(lambda lex: lex.words("obligation_auxiliaries"))
def must_not_use_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The regulator said operators must not use Huawei or ZTE products``, ``the ministry ruled that carriers
    must remove equipment made by ZTE``: an authority that bars the use of a maker's products sanctions the
    maker."""
    saying = ctx.lex.words("ruling_verbs")
    for aux in ctx.find(sent, ctx.lex.words("obligation_auxiliaries")):
        verb = aux.head
        if aux.dep_ != "aux" or verb.dep_ != "ccomp" or verb.head.lemma_ not in saying or \
                ctx.negated(verb.head) or not _banned_use(verb, ctx):
            continue
        makers = [a for c in verb.children if c.dep_ == "dobj" for a in goods_maker(c, ctx)
                  if ctx.type_of(a) == "Organization"]
        users = {a for c in verb.children if c.dep_ == "nsubj" for a in ctx.actors(c)}
        authorities = [a for a in ctx.subjects(verb.head) if speaking_authority(a, ctx)]
        for s, o in distinct_pairs(authorities, (m for m in makers if m not in users)):
            yield Candidate(s, "sanctions", o, "curb:must-not-use", ctx.status(verb.head), sent)


@triggered_by(lambda lex: {"part"})
def part_of_body_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Hungary is part of the European Union``, ``Kazakhstan, part of the Eurasian Economic Union, …``: a state
    that is part of a multi-state body is a member of it (a firm part of another is ``partOf``, not this)."""
    for part in ctx.find(sent, {"part"}):
        if part.pos_ != "NOUN" or part.lower_ != "part" or part.dep_ not in ("attr", "appos"):
            continue
        bodies = [a for p in ctx.pobjs(part, {"of"}) for a in ctx.actors(p, conj=False)
                  if ctx.type_of(a) == "InternationalOrganization"]
        if not bodies or ctx.negated(part):
            continue
        head = part.head
        if part.dep_ == "attr" and head.pos_ in ("AUX", "VERB") and not bygone(head, ctx) and not ctx.negated(head):
            members = ctx.subjects(head)
        elif part.dep_ == "appos":
            members = ctx.actors(ctx.mention_root(head), conj=False)
        else:
            continue
        for s, o in distinct_pairs((m for m in members if ctx.type_of(m) == "Country"), bodies):
            yield Candidate(s, "memberOf", o, "member:part-of-body", ctx.status(part), sent)


@triggered_by(lambda lex: lex.words("curbs3_chair_nouns"))
def chair_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``India holds the rotating presidency of the G20``, ``Brazil's BRICS presidency``, ``Laos took over the
    ASEAN chairmanship``: the state that chairs a multi-state body is a member of it."""
    for chair in ctx.find(sent, ctx.lex.words("curbs3_chair_nouns")):
        if chair.pos_ != "NOUN" or ctx.negated(chair) or ctx.status(chair) != "asserted":
            continue
        bodies = [a for c in chair.children if c.dep_ in ("compound", "nmod") and c.i < chair.i and ctx.entity(c)
                  for a in ctx.actors(ctx.mention_root(c), conj=False)]
        bodies += [a for p in ctx.pobjs(chair, {"of"}) for a in ctx.actors(p, conj=False)]
        members = [a for c in chair.children if c.dep_ == "poss" for a in ctx.actors(c, conj=False)]
        if chair.dep_ == "dobj" and chair.head.lemma_ in ctx.lex.words("curbs3_holding_verbs"):
            members += ctx.subjects(chair.head)
        for s, o in distinct_pairs((m for m in members if ctx.type_of(m) == "Country"),
                                   (b for b in bodies if ctx.type_of(b) == "InternationalOrganization")):
            yield Candidate(s, "memberOf", o, "member:chair", "asserted", sent)


def sanction_words(ctx: DocContext, part: str) -> frozenset[str]:
    """The trigger nouns (``part="nouns"``) or verbs of ``sanctions`` in the lexicon."""
    table = ctx.lex.nouns if part == "nouns" else ctx.lex.verbs
    return ctx.lex_memo(f"curbs3:sanction_{part}", lambda: frozenset(
        n for n, entries in table.items() if any(p == "sanctions" for p, _s in entries)))


def named_holders(noun: Token, ctx: DocContext) -> list[str]:
    """The names before a measure noun that hold it: ``US sanctions``, ``the EU's sanctions``, ``Western curbs``."""
    return [a for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < noun.i
            and ctx.entity(c) for a in ctx.actors(ctx.mention_root(c)) if ctx.type_of(a) != "Person"]


def _targeted(noun: Token, ctx: DocContext) -> list[str]:
    """Who a measure targets through ``target``: ``Rosneft, a target of US sanctions``, ``Rosneft became the main
    target of the sanctions``."""
    head = noun.head
    if noun.dep_ != "pobj" or head.lower_ != "of" or head.head.lemma_ not in ctx.lex.words("curbs3_target_nouns"):
        return []
    target = head.head
    if target.dep_ == "appos":
        return ctx.actors(ctx.mention_root(target.head), conj=False)
    if target.dep_ == "attr" and target.head.pos_ in ("AUX", "VERB") and not ctx.negated(target.head):
        return ctx.subjects(target.head)
    return []


def _aimed_at(noun: Token, ctx: DocContext) -> list[str]:
    """Who a participle after a measure names as its target: ``US sanctions targeting Rosneft``, ``export controls
    aimed at China``."""
    targeting, aiming = ctx.lex.words("measure_targeting_verbs"), ctx.lex.words("curbs3_aiming_verbs")
    out: list[str] = []
    for acl in noun.children:
        if acl.dep_ != "acl" or acl.i < noun.i:
            continue
        if acl.tag_ == "VBG" and acl.lemma_ in targeting:
            out += [a for c in acl.children if c.dep_ == "dobj" for a in ctx.actors(c)]
        elif acl.tag_ == "VBN" and acl.lemma_ in aiming:
            out += [a for p in ctx.pobjs(acl, {"at", "against"}) for a in ctx.actors(p)]
    return out


def _imposed_by_clause(noun: Token, ctx: DocContext) -> tuple[list[str], list[str], Token | None]:
    """``the sanctions that the EU imposed on Rosneft``: the relative clause's subject and its ``on`` targets."""
    for clause in noun.children:
        if clause.dep_ == "relcl" and clause.lemma_ in ctx.lex.words("curbs3_imposing_verbs") and \
                not ctx.negated(clause):
            targets = [a for p in ctx.pobjs(clause, {"on", "against"}) for a in ctx.actors(p)]
            if targets:
                return [a for c in clause.children if c.dep_ == "nsubj" for a in ctx.actors(c)], targets, clause
    return [], [], None


@triggered_by(lambda lex: {n for n, entries in lex.nouns.items()
                           if any(p in ("sanctions", "restrictsExportsTo") for p, _s in entries)})
def measure_target_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Rosneft, a target of US sanctions``, ``the sanctions that the EU imposed on Rosneft``, ``Huawei is
    subject to US export controls``, ``ZTE was hit with export curbs``: the measure's holder sanctions or restricts
    exports to its target."""
    sanction_nouns = sanction_words(ctx, "nouns")
    exports = ctx.lex.words("export_nouns")
    for noun in ctx.find(sent, sanction_nouns | _curb_nouns(ctx)):
        if noun.pos_ != "NOUN":
            continue
        export = any(c.lower_ in exports and c.i < noun.i for c in noun.children)
        # "an EU export ban": a ban on exports is a curb on them, not a sanction
        sanction = (noun.lower_ in sanction_nouns or noun.lemma_ in sanction_nouns) and not export
        if not sanction and not export:
            continue  # "subject to capital controls": only a curb on exports restricts them
        holders, status = named_holders(noun, ctx), ctx.status(noun)
        targets = _targeted(noun, ctx) or _aimed_at(noun, ctx)
        if not targets:
            subjects, targets, clause = _imposed_by_clause(noun, ctx)
            holders, status = holders + subjects, ctx.status(clause) if clause is not None else status
        if not targets and not sanction:  # sanctions hit or placed on a target are hit_with_rule's
            targets, subjects, verb = hit_targets(noun, ctx)
            if verb is not None and (ctx.negated(verb) or ctx.status(verb) != "asserted"):
                continue
            holders += subjects
        if not targets or ctx.negated(noun):
            continue
        predicate = "sanctions" if sanction else "restrictsExportsTo"
        for s, o in distinct_pairs(holders, (t for t in targets if ctx.type_of(t) in TARGET_TYPES)):
            # an embargo on a state restricts exports to it (triggers.json: on a firm it is a sanction)
            here = "restrictsExportsTo" if noun.lemma_ == "embargo" and ctx.type_of(o) == "Country" else predicate
            yield Candidate(s, here, o, "curb:measure-target", status, sent)


@triggered_by(lambda lex: {v for v, entries in lex.verbs.items() if any(p == "sanctions" for p, _s in entries)})
def counted_relative_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Sugon was among the 12 companies the Treasury sanctioned``, ``X is one of the firms that Washington
    blacklisted``: who a group counts is the object of the clause that describes the group."""
    for verb in ctx.find(sent, sanction_words(ctx, "verbs")):
        if verb.dep_ != "relcl" or verb.pos_ != "VERB" or ctx.negated(verb) or \
                not any("dobj" in slots for p, slots in ctx.lex.verbs.get(verb.lemma_, []) if p == "sanctions"):
            continue
        if any(c.dep_ == "dobj" and c.lower_ not in ("that", "which", "whom") for c in verb.children):
            continue  # the clause has an object of its own: the group is not what it sanctions
        holders = [a for c in verb.children if c.dep_ == "nsubj" for a in ctx.actors(c)]
        targets = [a for a in one_of(verb.head, ctx) if ctx.type_of(a) in TARGET_TYPES]
        for s, o in distinct_pairs((a for a in holders if ctx.type_of(a) != "Person"), targets):
            yield Candidate(s, "sanctions", o, "curb:counted-relative", ctx.status(verb), sent)
