"""Sanctions and export curbs in shapes the older rules do not read; their words are in
``data/lexicon/events.json`` (``r10curbs_*`` keys).

- a target hit with sanctions whose holder is the passive's agent: ``Huawei was hit with sanctions by the United
  Kingdom`` (``sanctions``; the active ``hit X with sanctions`` is :mod:`kg.nlp.relations.restraints`' rule);
- a company's product banned from devices or networks, told by a pronoun or a description: ``DeepSeek released a
  chatbot. Taiwan banned it from government devices`` (the guidelines' bans on a company's products: ``sanctions``
  from the state or its body to the maker named before);
- licensing requirements put on flows to a destination: ``The Netherlands imposed licensing requirements on
  shipments of lithography machines to China`` and ``Exports of the tools to Russia now require a licence from the
  Commerce Department`` (``restrictsExportsTo``).

Each rule visits only the sentence's words of its list (through the document index).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.nlp.relations.carried_measures import measure_holders
from kg.nlp.relations.carry import sentence_at, sentences_of
from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.halts import place
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.membership import BODY_TYPES, MEMBER_TYPES
from kg.nlp.relations.restraints import BODY_KINDS, STATE_TYPES, TARGET_TYPES
from kg.nlp.relations.triggers import distinct_pairs, noun_participants

#: the sentences before a pronoun or a description where the maker it stands for may be named
LOOKBACK = 2
#: the sentences before an agentless measure where its holder may be named
HOLDER_LOOKBACK = 3
#: marks that open the lines of a bulleted list
BULLETS = frozenset({"-", "\u2022", "*", "\u2013"})


def _stated(verb: Token, ctx: DocContext) -> bool:
    """Not negated, and no modal or threat around it: ``could be hit with sanctions`` states none."""
    return not ctx.negated(verb) and not any(c.dep_ == "aux" and c.lower_ in ctx.lex.planned.get("aux", [])
                                            for c in verb.children)


def _sanction_nouns(ctx: DocContext) -> frozenset[str]:
    """The trigger nouns of ``sanctions`` (``sanctions``, ``penalties``, ``blacklist`` …)."""
    nouns = ctx.lex.nouns
    return ctx.lex_memo("r10curbs:sanction_nouns", lambda: frozenset(
        n for n, entries in nouns.items() if any(p == "sanctions" for p, _s in entries)))


def _agents(verb: Token, ctx: DocContext) -> list[str]:
    """The actors of a passive verb's ``by`` phrase."""
    return [a for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
            for a in ctx.actors(p)]


@triggered_by(lambda lex: lex.words("hitting_verbs"))
def hit_by_agent_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Huawei was hit with sanctions by the United Kingdom``, ``Sberbank was slapped with penalties by the
    EU``: the passive's agent (or the ``by`` phrase the parser hung on the measure) sanctions its subject."""
    hitting, nouns = ctx.lex.words("hitting_verbs"), _sanction_nouns(ctx)
    for verb in ctx.find(sent, hitting):
        if verb.tag_ != "VBN" or verb.lemma_ not in hitting or not _stated(verb, ctx):
            continue
        targets = [a for c in verb.children if c.dep_ == "nsubjpass" for a in ctx.actors(c)]
        measures = [p for p in ctx.pobjs(verb, {"with"}) if p.lower_ in nouns or p.lemma_ in nouns]
        if not targets or not measures:
            continue
        holders = _agents(verb, ctx)
        holders += [a for m in measures for p in ctx.pobjs(m, {"by"}) for a in ctx.actors(p)]
        for s, o in distinct_pairs((a for a in holders if ctx.type_of(a) != "Person"),
                                   (a for a in targets if ctx.type_of(a) in TARGET_TYPES)):
            yield Candidate(s, "sanctions", o, "r10curbs:hit-by-agent", ctx.status(verb), sent)


def _banning_state(actor: str, ctx: DocContext) -> bool:
    """A state, a body of states, or a state's own body (a ministry, a regulator, an agency)."""
    kind = ctx.type_of(actor)
    return kind in STATE_TYPES or (kind == "Organization" and ctx.entities[actor].subtype in BODY_KINDS)


def _referring(obj: Token, ctx: DocContext) -> bool:
    """``it`` or a description of a product (``the app``, ``the chatbot``) that names no one itself."""
    if obj.lower_ == "it":
        return True
    return obj.lemma_ in ctx.lex.words("r10curbs_product_refs") and not ctx.entity(obj) and \
        any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "its") for c in obj.children)


def _on_devices(verb: Token, obj: Token, ctx: DocContext) -> bool:
    """Whether the ban names the devices or networks it keeps the product from: ``from government devices``,
    ``on its computers`` (on the verb or on its object)."""
    devices = ctx.lex.words("r10curbs_device_nouns")
    return any(p.lemma_ in devices or p.lower_ in devices for h in (verb, obj)
               for p in ctx.pobjs(h, {"from", "on", "in"}))


def maker_before(obj: Token, holders: list[str], ctx: DocContext) -> list[str]:
    """The company named last before ``obj`` (in its sentence or the few before) that is not one of the holders:
    the maker whose product ``it`` or ``the app`` is."""
    start = ctx.index.sentence_floor(obj.i, LOOKBACK)
    for i in range(obj.i - 1, start - 1, -1):
        eid = ctx.mention_at.get(i)
        if not eid:
            continue
        if eid not in holders and ctx.type_of(eid) == "Organization" and ctx.entities[eid].subtype == "Company":
            return [eid]
    return []


@triggered_by(lambda lex: lex.words("r10curbs_ban_verbs"))
def banned_product_ref_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``DeepSeek released a chatbot. Taiwan and Australia banned it from government devices``, ``the ministry
    restricted the app on its computers``: a state's ban on a product sanctions its maker."""
    verbs = ctx.lex.words("r10curbs_ban_verbs")
    for verb in ctx.find(sent, verbs):
        if verb.pos_ != "VERB" or verb.lemma_ not in verbs or not _stated(verb, ctx):
            continue
        holders = [a for a in ctx.subjects(verb) if _banning_state(a, ctx)]
        if not holders:
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj" and _referring(c, ctx) and _on_devices(verb, c, ctx)):
            for s, o in distinct_pairs(holders, maker_before(obj, holders, ctx)):
                yield Candidate(s, "sanctions", o, "r10curbs:banned-product-ref", ctx.status(verb), sent)


def _flow_ends(noun: Token, ctx: DocContext) -> list[str]:
    """Where the flows a phrase names go: ``shipments of machines to China`` (the ``to`` phrase anywhere in it)."""
    flows = ctx.lex.words("export_nouns")
    found = [t for t in noun.subtree if t.lower_ in flows or t.lemma_ in flows]
    return [a for f in found for p in ctx.pobjs(f, {"to"}) for a in place(p, ctx)]


def _licensing(noun: Token, ctx: DocContext) -> bool:
    """``licensing requirements``, ``licence requirements``, ``a permit requirement``."""
    words = ctx.lex.words("r10curbs_licence_words")
    return any(c.dep_ in ("compound", "amod", "nmod") and (c.lower_ in words or c.lemma_ in words)
               for c in noun.children)


@triggered_by(lambda lex: lex.words("r10curbs_requirement_nouns"))
def licensing_requirement_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The Netherlands imposed licensing requirements on shipments of machines to China``: who imposes a
    licence on flows to a destination restricts exports to it."""
    imposing, nouns = ctx.lex.words("curbs3_imposing_verbs"), ctx.lex.words("r10curbs_requirement_nouns")
    for noun in ctx.find(sent, nouns):
        verb = noun.head
        if noun.dep_ != "dobj" or noun.lemma_ not in nouns or verb.lemma_ not in imposing or \
                not _licensing(noun, ctx) or not _stated(verb, ctx):
            continue
        hosts = [p for h in (noun, verb) for p in ctx.pobjs(h, {"on", "for"})]
        if not hosts:
            continue
        targets = [a for h in hosts for a in _flow_ends(h, ctx)]
        targets += [a for p in ctx.pobjs(verb, {"to"}) for a in place(p, ctx)]  # "to China" hung on the verb
        holders = [a for a in ctx.subjects(verb) if ctx.type_of(a) in ("Country", "Organization", "Bloc",
                                                                         "InternationalOrganization")]
        for s, o in distinct_pairs(holders, list(dict.fromkeys(targets))):
            yield Candidate(s, "restrictsExportsTo", o, "r10curbs:licensing-requirement", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("r10curbs_needing_verbs"))
def flow_needs_licence_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Exports of the tools to Russia now require a licence from the Commerce Department``: who grants the
    licence a flow to a destination needs restricts exports to it."""
    needing, licences = ctx.lex.words("r10curbs_needing_verbs"), ctx.lex.words("r10curbs_licence_words")
    flows = ctx.lex.words("export_nouns")
    for verb in ctx.find(sent, needing):
        if verb.pos_ != "VERB" or verb.lemma_ not in needing or not _stated(verb, ctx):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and (c.lower_ in flows or c.lemma_ in flows)]
        permits = [c for c in verb.children if c.dep_ == "dobj" and (c.lower_ in licences or c.lemma_ in licences)]
        if not subjects or not permits:
            continue
        holders = [a for p in permits for f in ctx.pobjs(p, {"from"}) for a in ctx.actors(f)
                   if ctx.type_of(a) in ("Country", "Organization", "Bloc")]
        targets = [a for s in subjects for a in _flow_ends(s, ctx)]
        for s, o in distinct_pairs(holders, list(dict.fromkeys(targets))):
            yield Candidate(s, "restrictsExportsTo", o, "r10curbs:needs-licence", ctx.status(verb), sent)


def _freeze_verb(tok: Token) -> Token | None:
    """The verb that imposes an asset freeze: ``imposed an asset freeze`` (the noun its object) or ``announced
    asset freezes`` (``freezes`` read as a verb of a clause under it)."""
    head = tok.head
    if tok.dep_ in ("dobj", "ccomp", "xcomp") and head.pos_ == "VERB" and head.i != tok.i:
        return head
    return None


@triggered_by(lambda lex: lex.words("r10curbs_freeze_words"))
def asset_freeze_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The EU imposed asset freezes on Sberbank``, ``Britain announced an asset freeze and travel ban against
    VTB``: who imposes an asset freeze sanctions its target."""
    freezes, imposing = ctx.lex.words("r10curbs_freeze_words"), ctx.lex.words("curbs3_imposing_verbs")
    for tok in ctx.find(sent, freezes):
        if tok.lower_ not in freezes or tok.i == 0 or ctx.doc[tok.i - 1].lower_ not in ("asset", "assets"):
            continue
        verb = _freeze_verb(tok)
        if verb is None or verb.lemma_ not in imposing or not _stated(verb, ctx) or ctx.negated(tok):
            continue
        hosts = [tok, verb] + [c for c in tok.children if c.dep_ == "conj"]
        targets = [a for h in hosts for p in ctx.pobjs(h, {"on", "against"}) for a in ctx.actors(p)]
        holders = [a for a in ctx.subjects(verb) if ctx.type_of(a) in STATE_TYPES or _banning_state(a, ctx)]
        for s, o in distinct_pairs(holders, (a for a in targets if ctx.type_of(a) in TARGET_TYPES)):
            yield Candidate(s, "sanctions", o, "r10curbs:asset-freeze", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("r10curbs_targeting_participles"))
def sanctions_targeting_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Japan announced fresh sanctions targeting Rosatom``: the measure's participle names its target; the one
    who imposes or announces it holds it."""
    participles, nouns = ctx.lex.words("r10curbs_targeting_participles"), _sanction_nouns(ctx)
    for part in ctx.find(sent, participles):
        noun, verb = part.head, part.head.head
        if part.dep_ != "acl" or part.tag_ != "VBG" or (noun.lower_ not in nouns and noun.lemma_ not in nouns) or \
                noun.dep_ != "dobj" or verb.pos_ != "VERB" or not _stated(verb, ctx) or ctx.negated(noun):
            continue
        targets = [a for c in part.children if c.dep_ == "dobj" for a in ctx.actors(c)]
        holders = [a for a in ctx.subjects(verb) if ctx.type_of(a) in STATE_TYPES or _banning_state(a, ctx)]
        for s, o in distinct_pairs(holders, (a for a in targets if ctx.type_of(a) in TARGET_TYPES)):
            yield Candidate(s, "sanctions", o, "r10curbs:sanctions-targeting", ctx.status(verb), sent)


def _member_bodies(tok: Token, ctx: DocContext) -> list[str]:
    """The body of ``members of X``: an international organisation or a bloc."""
    return [a for p in ctx.pobjs(tok, {"of"}) for a in ctx.actors(p, conj=False) if ctx.type_of(a) in BODY_TYPES]


def described_members(tok: Token, ctx: DocContext) -> list[str]:
    """Who ``members`` describes: ``A and B, both members of X`` (an apposition, or a second subject the parser
    made of it), ``A, one of the founding members of X``, ``A is one of the members of X``."""
    holder = tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in ("one", "two", "three", "both"):
        holder = tok.head.head
    if holder.dep_ == "appos":
        return ctx.actors(holder.head)
    if holder.dep_ == "attr" and holder.head.lemma_ in ("be", "remain", "become"):
        return ctx.subjects(holder.head)
    if holder.dep_ == "nsubj" and any(c.lower_ in ("both", "all") for c in holder.children):
        return [a for c in holder.head.children if c.dep_ == "nsubj" and c.i < holder.i for a in ctx.actors(c)]
    return []


@triggered_by(lambda lex: {"member", "members"})
def described_members_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Brazil and India, both members of BRICS``, ``Japan, one of the founding members of the Quad``: the names
    the description stands beside are members (not ``former`` or ``prospective`` ones)."""
    unlike = ctx.lex.words("r10curbs_not_member_words")
    for tok in ctx.find(sent, {"member", "members"}):
        if tok.pos_ != "NOUN" or tok.lower_ not in ("member", "members") or ctx.negated(tok) or \
                any(c.lower_ in unlike for c in tok.children):
            continue
        bodies = _member_bodies(tok, ctx)
        members = described_members(tok, ctx) if bodies else []
        for member, body in distinct_pairs(members, bodies):
            if ctx.type_of(member) in MEMBER_TYPES:
                yield Candidate(member, "memberOf", body, "r10curbs:described-members", "asserted", sent)


@triggered_by(lambda lex: lex.words("r10curbs_composing_verbs"))
def made_up_of_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The Quad, made up of the United States, Japan, India and Australia``, ``BRICS, which consists of …``:
    the states a body is made up of are its members."""
    composing = ctx.lex.words("r10curbs_composing_verbs")
    for verb in ctx.find(sent, composing):
        if verb.pos_ != "VERB" or verb.lemma_ not in composing or ctx.negated(verb) or \
                (verb.lemma_ == "make" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)):
            continue
        hosts = [verb] + [c for c in verb.children if c.dep_ == "prt"]
        members = [a for h in hosts for p in ctx.pobjs(h, {"of"}) for a in ctx.actors(p)]
        bodies = ctx.actors(verb.head, conj=False) if verb.dep_ in ("acl", "relcl") else ctx.subjects(verb)
        for member, body in distinct_pairs(members, (b for b in bodies if ctx.type_of(b) in BODY_TYPES)):
            if ctx.type_of(member) in MEMBER_TYPES:
                yield Candidate(member, "memberOf", body, "r10curbs:made-up-of", ctx.status(verb), sent)


def bulleted_names(noun: Token, ctx: DocContext) -> list[str]:
    """The names a group noun lists after a colon: in its own sentence (``four officials: A, B and C``) or as the
    bulleted lines that follow it (``four officials:`` then ``- A, the agency's president;`` …)."""
    sent, doc = noun.sent, ctx.doc
    after = noun.i + 1
    if after >= len(doc) or doc[after].text != ":":
        return []
    found = [a for t in doc[after + 1:sent.end] if ctx.entity(t) for a in ctx.actors(t, conj=False)]
    k = sentence_at(ctx, sent.start) + 1
    sentences = sentences_of(ctx)
    while k < len(sentences) and next((t.text for t in sentences[k] if not t.is_space), "") in BULLETS:
        line = sentences[k]
        first = next((t for t in line if ctx.entity(t)), None)
        found += ctx.actors(first, conj=False) if first is not None else []
        k += 1
    return list(dict.fromkeys(found))


def _earlier_holders(sent: Span, targets: list[str], ctx: DocContext) -> list[str]:
    """The holders of the sanctions the nearest of the sentences before names."""
    k = sentence_at(ctx, sent.start)
    for back in range(1, HOLDER_LOOKBACK + 1):
        if k - back < 0:
            break
        found = [a for a in measure_holders(sentences_of(ctx)[k - back], ctx) if a not in targets]
        if found:
            return found
    return []


@triggered_by(lambda lex: lex.words("r10curbs_freeze_words") | {"sanctions", "penalties"})
def imposed_on_carried_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The US imposed sanctions on the agency. Asset freezes were also imposed on four officials: - A; - B``:
    a measure imposed with no agent is the one the sentences before gave a holder."""
    words = ctx.lex.words("r10curbs_freeze_words") | {"sanctions", "penalties"}
    imposing = ctx.lex.words("curbs3_imposing_verbs")
    measures = [t for t in ctx.find(sent, words) if t.lower_ in words]
    for verb in ctx.find(sent, imposing):
        if verb.tag_ != "VBN" or verb.lemma_ not in imposing or not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        if any(c.dep_ == "agent" for c in verb.children) or not any(c.lower_ in ("also", "too") for c in verb.children):
            continue  # only a measure told as one more of the same ("were also imposed") carries the holder
        # the measure is the passive's subject, or a clause before it the parser split off ("Asset freezes and
        # visa bans were imposed", with "freezes" read as a verb, whose word then does not negate "imposed")
        named = [m for m in measures if m.i < verb.i and m.head.i <= verb.i]
        split = verb.dep_ == "conj" and any(m.i == verb.head.i for m in named)
        if not (_stated(verb, ctx) or split and not any(c.dep_ == "neg" for c in verb.children)):
            continue
        if not named or any(noun_participants(m, [], ctx)[0] for m in named if m.pos_ == "NOUN"):
            continue  # "US sanctions were imposed on X": the noun's own holder (the trigger rules)
        places = list(ctx.pobjs(verb, {"on", "against"}))
        targets = [a for p in places for a in (ctx.actors(p, groups=False) or bulleted_names(p, ctx))]
        targets = [a for a in targets if ctx.type_of(a) in TARGET_TYPES]
        for s, o in distinct_pairs(_earlier_holders(sent, targets, ctx), targets):
            yield Candidate(s, "sanctions", o, "r10curbs:imposed-on-carried", ctx.status(verb), sent)


def package_holders(package: Token, ctx: DocContext) -> list[str]:
    """Who holds a package of sanctions: ``the EU's package``, ``the EU's 14th sanctions package``, ``the latest
    round of US sanctions``."""
    nouns = _sanction_nouns(ctx)
    measures = [c for c in package.children if c.dep_ == "compound" and (c.lower_ in nouns or c.lemma_ in nouns)]
    measures += [p for p in ctx.pobjs(package, {"of"}) if p.lower_ in nouns or p.lemma_ in nouns]
    if not measures:
        return []
    found = [a for c in package.children if c.dep_ in ("poss", "compound", "amod") and c.i < package.i
             and ctx.entity(c) for a in ctx.actors(ctx.mention_root(c), conj=False)]
    found += [a for m in measures for a in noun_participants(m, [], ctx)[0]]
    return [a for a in dict.fromkeys(found) if ctx.type_of(a) != "Person"]


@triggered_by(lambda lex: lex.words("r10curbs_package_nouns"))
def sanctions_package_target_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The EU's latest package of sanctions includes Sberbank``, ``the latest round of US sanctions targets VTB``:
    a package of measures that names a target sanctions it."""
    packages, targeting = ctx.lex.words("r10curbs_package_nouns"), ctx.lex.words("r10curbs_package_verbs")
    for package in ctx.find(sent, packages):
        verb = package.head
        if package.dep_ != "nsubj" or package.lower_ not in packages or verb.lemma_ not in targeting or \
                not _stated(verb, ctx):
            continue
        holders = package_holders(package, ctx)
        targets = [a for c in verb.children if c.dep_ == "dobj" for a in ctx.actors(c, groups=False)]
        for s, o in distinct_pairs(holders, (a for a in targets if ctx.type_of(a) in TARGET_TYPES)):
            yield Candidate(s, "sanctions", o, "r10curbs:package-target", ctx.status(verb), sent)


@triggered_by(lambda lex: {"accession"})
def completed_accession_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Indonesia completed its accession to BRICS``, ``Sweden's accession to NATO was completed``: an accession
    told as done (not one sought, blocked or still far off) makes a member."""
    done = ctx.lex.words("r10curbs_completing_verbs")
    for tok in ctx.find(sent, {"accession"}):
        verb = tok.head
        if tok.lower_ != "accession" or tok.dep_ not in ("dobj", "nsubjpass") or verb.lemma_ not in done or \
                not _stated(verb, ctx) or ctx.status(verb) != "asserted" or ctx.negated(tok):
            continue
        bodies = [a for p in ctx.pobjs(tok, {"to", "into"}) for a in ctx.actors(p, conj=False)]
        bodies += [a for c in tok.children if c.dep_ == "compound" and ctx.entity(c)
                   for a in ctx.actors(ctx.mention_root(c), conj=False)]
        members = [a for c in tok.children if c.dep_ == "poss" for a in ctx.actors(c)]
        if tok.dep_ == "dobj" and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children):
            members = ctx.subjects(verb)  # "Indonesia completed its accession"
        for member, body in distinct_pairs(members, (b for b in bodies if ctx.type_of(b) in BODY_TYPES)):
            if ctx.type_of(member) in MEMBER_TYPES:
                yield Candidate(member, "memberOf", body, "r10curbs:completed-accession", "asserted", sent)
