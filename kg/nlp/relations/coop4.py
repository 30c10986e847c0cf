"""Cooperation and rivalry constructions beside coop.py, coop2.py and coop3.py: the partners of a party listed
after an example marker (``other partners of Beijing, among them Kenya and Peru``), parties that join another in
an action together (``Japan and the Netherlands joined the US in restricting …``), the partners of a joint project
listed after ``with`` (``the jet Japan is developing with Britain and Italy``) and a counterweight to another's
power (``the pact is seen as a counterweight to China``). Word lists: ``data/lexicon/cooperation.json``."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from spacy.tokens import Span, Token

from kg.nlp.lexicon import Lexicon
from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.coop import party_ids
from kg.nlp.relations.index import lexicon_memo, triggered_by
from kg.nlp.relations.slots import deep_pobjs, owner
from kg.nlp.relations.triggers import distinct_pairs


def _after(root: Token, ctx: DocContext) -> int:
    """The last token of a listed name with what describes it (``Nigeria, which received a satellite,``), but not
    the names joined to it."""
    last = root.i
    while last + 1 < len(ctx.doc) and ctx.entity(ctx.doc[last + 1]) == ctx.entity(root):
        last += 1
    doc = ctx.doc
    for c in root.children:
        if c.i > root.i and c.dep_ in ("relcl", "appos", "acl", "prep"):
            end = c.right_edge.i
            # the parser may fold the next listed name into the description: ", and Peru" ends it
            end = next((k - 2 for k in range(c.i + 2, end + 1) if doc[k].lower_ == "and" and doc[k - 1].text == ","
                        and k + 1 <= end and ctx.entity(doc[k + 1])), end)
            last = max(last, end)
    if last + 1 < len(doc) and doc[last + 1].text == "," and \
            any(c.i > root.i and c.dep_ in ("relcl", "appos", "acl") for c in root.children):
        last += 1  # the comma that closes the description: the list goes on after it
    return last


def _marked_list(noun: Token, ctx: DocContext) -> list[str]:
    """The parties listed right after ``noun``'s phrase behind an example marker (``…, among them A and B``,
    ``… including A``), read on the surface: the parser hangs such a list anywhere."""
    doc, sent = ctx.doc, noun.sent
    i = noun.right_edge.i + 1
    words = ("as", "well", ",", "too", "also")
    while i < sent.end and doc[i].lower_ in words:
        i += 1
    markers = ctx.lex.words("example_markers")
    for marker in sorted(markers, key=len, reverse=True):
        parts = marker.split()
        if [t.lower_ for t in doc[i:i + len(parts)]] != parts:
            continue
        start = i + len(parts)
        if start < sent.end and doc[start].lower_ == "them":
            start += 1  # "among them"
        first = doc[start] if start < sent.end else None
        if first is None or not ctx.entity(first):
            return []
        found = list(ctx.actors(ctx.mention_root(first)))
        # the rest of the list, as the parser may not have joined it: names after "," or "and", nothing else
        j = _after(ctx.mention_root(first), ctx)
        while True:
            k = j + 1
            while k < sent.end and k - j <= 2 and doc[k].lower_ in (",", "and"):
                k += 1
            if k == j + 1 or k >= sent.end or not ctx.entity(doc[k]):
                break
            found += [a for a in ctx.actors(ctx.mention_root(doc[k]), conj=False) if a not in found]
            j = _after(ctx.mention_root(doc[k]), ctx)
        return found
    return []


@triggered_by(lambda lex: lex.words("partner_nouns"))
def listed_partners_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Great Wall sold satellites to other partners of Beijing, among them Kenya and Peru``, ``Moscow's
    partners, including Iran``: each party listed after the partners of another works with it."""
    for noun in ctx.find(sent, ctx.lex.words("partner_nouns")):
        if noun.pos_ != "NOUN":
            continue
        holders = [a for c in noun.children if c.dep_ == "poss" for a in ctx.actors(c)] + \
            [a for p in ctx.pobjs(noun, {"of"}) for a in ctx.actors(p)]
        holders = party_ids(holders, ctx)
        if not holders or ctx.negated(noun.head if noun.dep_ in ("dobj", "nsubj", "attr") else noun):
            continue
        for s, o in distinct_pairs(party_ids(_marked_list(noun, ctx), ctx), holders):
            yield Candidate(s, "cooperatesWith", o, "coop:listed-partners", ctx.status(noun), sent)


@triggered_by(lambda lex: lex.words("join_in_verbs"))
def joined_together_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Japan and the Netherlands agreed to join the United States in restricting exports``: the parties that join
    another in one action act together (coop.py's join_in_rule pairs each with the one joined)."""
    for verb in ctx.find(sent, ctx.lex.words("join_in_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb) or not any(
                c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pcomp" and g.tag_ == "VBG"
                                                               for g in c.children) for c in verb.children):
            continue
        joined = party_ids([a for c in verb.children if c.dep_ == "dobj" for a in ctx.actors(c)], ctx)
        if not joined:
            continue
        for s, o in combinations([a for a in party_ids(ctx.subjects(verb), ctx) if a not in joined], 2):
            yield Candidate(s, "cooperatesWith", o, "coop:joined-together", ctx.status(verb), sent)


def _project_verbs(lex: Lexicon) -> frozenset[str]:
    """The cooperation verbs of making one thing together (``develop``, ``build``: both slots ``with`` and
    ``together`` in the lexicon) but for ``work`` (no thing made).

    >>> verbs = {"build": ["with", "together"], "work": ["with", "together"], "cooperate": ["with", "self"]}
    >>> sorted(_project_verbs(Lexicon.from_dict({"predicates": {"cooperatesWith": {"verbs": verbs}}})))
    ['build']
    """
    return lexicon_memo(lex, "coop4:project_verbs", lambda: frozenset(
        v for v, specs in lex.verbs.items() for p, slots in specs
        if p == "cooperatesWith" and "together" in slots and "with" in slots and v != "work"))


@triggered_by(lambda lex: _project_verbs(lex))
def project_partners_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``the fighter Japan is developing with Britain and Italy``, ``Nokia will build the network with Orange and
    Vodafone``: the partners listed after ``with`` in making one thing work together too."""
    apart = ctx.lex.words("apart_words")
    for verb in ctx.find(sent, _project_verbs(ctx.lex)):
        if verb.pos_ != "VERB" or not any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
            continue
        thing = next((c for c in verb.children if c.dep_ == "dobj"), verb.head if verb.dep_ == "relcl" else None)
        if thing is None or ctx.is_actor(ctx.entity(thing) or "") or thing.pos_ != "NOUN" or \
                not party_ids(ctx.subjects(verb), ctx):
            continue
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"):
            named = [t for p in prep.children if p.dep_ == "pobj" for t in (p, *p.conjuncts)]
            if len(named) < 2 or not all(ctx.entity(t) for t in named) or ctx.negated(verb) or \
                    any(c.lower_ in apart for c in verb.subtree):
                continue  # "with Orange and its suppliers": every partner named; "separate satellites"
            partners = party_ids([a for t in named for a in ctx.actors(ctx.mention_root(t), conj=False)], ctx)
            for s, o in combinations(partners, 2):
                yield Candidate(s, "cooperatesWith", o, f"coop:project-partners:{verb.lemma_}", ctx.status(verb),
                                sent)


def _weighed(noun: Token, ctx: DocContext) -> list[str]:
    """Who a counterweight is to: ``to China``, ``to China's power``, ``to the growing assertiveness of China``,
    ``against American dominance``."""
    found: list[str] = []
    for p in ctx.pobjs(noun, {"to", "against"}):
        found += ctx.actors(p) or owner(p, ctx)
    return found


@triggered_by(lambda lex: lex.words("coop4_counterweight_nouns"))
def counterweight_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The pact is widely seen as a counterweight to China``, ``NATO is a bulwark against Russia's power``,
    ``Nokia, a counterweight to Huawei``: what is a counterweight to another's power competes with it."""
    for noun in ctx.find(sent, ctx.lex.words("coop4_counterweight_nouns")):
        if noun.pos_ != "NOUN":
            continue
        head = noun.head
        if noun.dep_ == "attr" and head.lemma_ == "be":
            verb, holders = head, [a for c in head.children if c.dep_ == "nsubj" for a in ctx.actors(c)]
        elif noun.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ == "VERB":
            # "X is seen as a counterweight", "regards X as a counterweight"
            verb = head.head
            holders = [a for c in verb.children if c.dep_ in ("nsubjpass", "dobj") for a in ctx.actors(c)]
        elif noun.dep_ == "appos":
            verb, holders = noun, ctx.actors(head, conj=False)
        else:
            continue
        if ctx.negated(verb):
            continue
        for s, o in distinct_pairs(party_ids(holders, ctx), party_ids(_weighed(noun, ctx), ctx)):
            yield Candidate(s, "competesWith", o, f"rival:{noun.lemma_}", ctx.status(verb), sent)


def _rivalry_nouns(lex: Lexicon) -> frozenset[str]:
    """The lexicon's rivalry nouns (``rivalry``, ``contest``) and ``race``.

    >>> nouns = {"rivalry": ["with", "between"]}
    >>> sorted(_rivalry_nouns(Lexicon.from_dict({"predicates": {"competesWith": {"nouns": nouns}}})))
    ['race', 'rivalry']
    """
    return lexicon_memo(lex, "coop4:rivalry_nouns", lambda: frozenset(
        {n for n, specs in lex.nouns.items() if any(p == "competesWith" for p, _s in specs)} | {"race"}))


def _group(tok: Token, ctx: DocContext) -> list[str]:
    """The parties a coordinated phrase names: every conjunct a name (``Airbus and Boeing``), else none."""
    named = [t for t in (tok, *tok.conjuncts) if t.pos_ not in ("PRON", "DET")]  # not "both" of "A and B both"
    if len(named) < 2 or not all(ctx.entity(t) for t in named):
        return []
    return party_ids([a for t in named for a in ctx.actors(ctx.mention_root(t), conj=False)], ctx)


@triggered_by(lambda lex: _rivalry_nouns(lex))
def locked_rivalry_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Airbus and Boeing are locked in a fierce rivalry``, ``China and the US are engaged in a race for AI``:
    named parties in one rivalry compete with each other."""
    for noun in ctx.find(sent, _rivalry_nouns(ctx.lex)):
        prep = noun.head
        if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or prep.lower_ != "in" or \
                any(ctx.pobjs(noun, {"with", "between", "against", "among"})):
            continue
        verb = prep.head
        if verb.pos_ not in ("VERB", "AUX", "ADJ") or ctx.negated(verb):
            continue
        if verb.pos_ == "ADJ" and verb.dep_ == "acomp":
            verb = verb.head  # "are embroiled in"
        for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
            for s, o in combinations(_group(subject, ctx), 2):
                yield Candidate(s, "competesWith", o, f"rival:in-{noun.lemma_}", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("rival_words"))
def named_rivals_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Rivals Ericsson and Nokia both bid``, ``rival chipmakers Intel and AMD``: the names a plural ``rivals``
    describes compete with each other (not ``Nvidia's rivals AMD and Intel``: rivals of a third)."""
    for tok in ctx.find(sent, ctx.lex.words("rival_words")):
        head = tok.head
        if tok.dep_ not in ("compound", "amod") or head.i <= tok.i or tok.i > head.left_edge.i + 1:
            continue
        if any(c.dep_ == "poss" for h in (tok, head) for c in h.children) or any(ctx.pobjs(head, {"of"})):
            continue
        if ctx.entity(head):
            group = _group(ctx.mention_root(head), ctx)
        else:
            group = next((_group(c, ctx) for c in head.children if c.dep_ == "appos" and ctx.entity(c)), [])
        verb = head.head if head.dep_ in ("nsubj", "nsubjpass", "dobj") else head
        if not group or ctx.negated(verb):
            continue
        for s, o in combinations(group, 2):
            yield Candidate(s, "competesWith", o, "rival:named-rivals", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("talks_nouns"))
def talks_between_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Talks between Nokia and Ericsson on a joint venture``, ``Nokia and Ericsson are in talks about a deal``:
    a deal the parties to the talks discuss among themselves is planned between them (coop.py's
    talks_about_rule reads ``talks with``)."""
    nouns = ctx.lex.nouns
    for talks in ctx.find(sent, ctx.lex.words("talks_nouns")):
        if talks.pos_ != "NOUN" or any(ctx.pobjs(talks, {"with"})):
            continue
        verb = talks.head.head if talks.dep_ == "pobj" and talks.head.lower_ == "in" else talks.head
        if talks.dep_ in ("dobj", "pobj") and any(ctx.pobjs(verb, {"with"})):
            continue
        parties = [a for p in ctx.pobjs(talks, {"between", "among"}) for a in ctx.actors(p)]
        if not parties and (talks.dep_ == "dobj" or talks.dep_ == "pobj" and talks.head.lower_ == "in"):
            parties = [a for c in verb.children if c.dep_ == "nsubj" for a in _group(c, ctx)]
        hosts = [talks, verb] if talks.dep_ == "dobj" else [talks]
        deals = [p for h in hosts for p in ctx.pobjs(h, ctx.lex.words("talks_topic_preps"))]
        if len(party_ids(parties, ctx)) < 2 or not deals or ctx.negated(verb) or ctx.negated(talks) or \
                talks.dep_ in ("nsubj", "nsubjpass") and _fails(verb, ctx):
            continue  # "talks between A and B on a deal collapsed", "… broke down"
        for deal in deals:
            key = deal.lower_ if deal.lower_ in nouns else deal.lemma_
            if key.startswith("venture") and not any(c.lower_ == "joint" for c in deal.lefts):
                continue
            for predicate in dict.fromkeys(p for p, _s in nouns.get(key, [])
                                           if p in ("agreementWith", "jointVentureWith", "cooperatesWith")):
                for s, o in combinations(party_ids(parties, ctx), 2):
                    yield Candidate(s, predicate, o, f"talks:between:{key}", "planned", sent)


@triggered_by(lambda lex: lex.words("join_in_verbs"))
def joined_effort_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Japan joined the United States in a push to curb chip exports``, ``X joined Y in its campaign against
    Z``: who joins another in an effort works with it (coop.py's join_in_rule reads ``in restricting``)."""
    efforts = ctx.lex.words("campaign_nouns") | ctx.lex.words("intent_nouns")
    for verb in ctx.find(sent, ctx.lex.words("join_in_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb) or not any(
                p.lemma_ in efforts or p.lower_ in efforts for p in ctx.pobjs(verb, {"in"})):
            continue
        yield from joined_partners(verb, sent, ctx, "coop:joined-effort")


def joined_partners(verb: Token, sent: Span, ctx: DocContext, rule: str) -> Iterator[Candidate]:
    """Cooperation between who joins (the subjects of ``verb``) and whom they join (its direct objects): ``Japan
    joined the United States in …``, and among the ones joined (``joined France and Italy in …``); the rules that
    call it have checked what is joined in."""
    joined = party_ids([a for c in verb.children if c.dep_ == "dobj" for a in ctx.actors(c)], ctx)
    for s, o in distinct_pairs(party_ids(ctx.subjects(verb), ctx), joined):
        yield Candidate(s, "cooperatesWith", o, rule, ctx.status(verb), sent)
    # "Qatar joined France and Italy in a consortium": the ones joined are in it together (r15newsa)
    for s, o in combinations(joined, 2):
        yield Candidate(s, "cooperatesWith", o, rule, ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("coop4_won_nouns"))
def won_from_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Samsung poached customers from Apple``, ``Xiaomi took market share from Huawei``, ``Oppo is trying to win
    buyers back from Apple``: who takes a rival's customers or share competes with it (``won orders from X``: X
    is a customer, not a rival)."""
    taking, winning = ctx.lex.words("coop4_taking_verbs"), ctx.lex.words("coop4_winning_verbs")
    for noun in ctx.find(sent, ctx.lex.words("coop4_won_nouns")):
        verb = noun.head
        if noun.dep_ != "dobj" or verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        back = any(c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "away") for c in verb.children)
        if not (verb.lemma_ in taking or verb.lemma_ in winning and back):
            continue
        hosts = [verb, noun, *(c for c in verb.children if c.dep_ in ("prt", "advmod")
                               and c.lower_ in ("back", "away"))]
        rivals = [a for h in hosts for p in ctx.pobjs(h, {"from"}) for a in ctx.actors(p) or owner(p, ctx)]
        for s, o in distinct_pairs(party_ids(ctx.subjects(verb), ctx), party_ids(rivals, ctx)):
            yield Candidate(s, "competesWith", o, f"rival:{verb.lemma_}-{noun.lemma_}", ctx.status(verb), sent)


@triggered_by(lambda lex: _project_verbs(lex))
def project_with_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Japan will launch one of its biggest space projects with Germany``, ``Nokia set up a research centre with
    Ericsson``: the partner named after the thing made together (the parser hangs ``with`` on the thing)."""
    for verb in ctx.find(sent, _project_verbs(ctx.lex)):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            # "one of its projects": the thing is the "of" phrase's
            things = [obj, *(p for p in ctx.pobjs(obj, {"of"}))] if obj.pos_ in ("NUM", "PRON") else [obj]
            for thing in things:
                if thing.pos_ != "NOUN" or ctx.is_actor(ctx.entity(thing) or "") or thing.lemma_ == "venture":
                    continue
                partners = party_ids([a for p in ctx.pobjs(thing, {"with"}) if ctx.entity(p)
                                      for a in ctx.actors(ctx.mention_root(p))], ctx)
                for s, o in distinct_pairs(party_ids(ctx.subjects(verb), ctx), partners):
                    yield Candidate(s, "cooperatesWith", o, f"coop:project-with:{verb.lemma_}", ctx.status(verb),
                                    sent)


@triggered_by(lambda lex: {"under"})
def under_deal_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Poland buys most of its gas from Norway's Equinor under a long-term contract``, ``Nokia sells radios to
    Orange under a five-year deal``: who buys from or sells to another under a deal has it with them."""
    purposes = ctx.lex.words("deal_purpose_verbs")
    deals = ctx.lex_memo("coop4:deal_nouns", lambda: frozenset(
        n for n, specs in ctx.lex.nouns.items() if any(p == "agreementWith" for p, _s in specs)))
    for prep in ctx.find(sent, {"under"}):
        verb = prep.head
        if prep.dep_ != "prep" or verb.pos_ != "VERB" or verb.lemma_ not in purposes or ctx.negated(verb):
            continue
        deal = next((p for p in prep.children if p.dep_ == "pobj"), None)
        if deal is None or (deal.lower_ not in deals and deal.lemma_ not in deals) or \
                any(ctx.pobjs(deal, {"with", "between"})):
            continue
        others = [a for c in verb.children if c.dep_ in ("dobj", "dative") for a in ctx.actors(c)]
        others += [a for p in (*deep_pobjs(verb, "to", ctx), *deep_pobjs(verb, "from", ctx))
                   for a in ctx.actors(p)]
        if verb.lemma_ in ("buy", "purchase", "import", "source", "acquire"):
            # "buys most of its oil from X": the seller may hang on the goods
            others += [a for o in verb.children if o.dep_ == "dobj" for t in o.subtree if t.dep_ == "prep"
                       and t.lower_ == "from" for p in ctx.pobjs(t.head, {"from"}) for a in ctx.actors(p)]
        for s, o in distinct_pairs(party_ids(ctx.subjects(verb), ctx), party_ids(others, ctx)):
            yield Candidate(s, "agreementWith", o, f"agreement:under-{deal.lemma_}", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("sale_nouns"))
def sale_of_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``the $1bn sale of Micron to Tsinghua Unigroup`` (agreed, even when blocked later): the company sold has
    an agreement with its buyer (not ``the sale of its stake in X to Y``: a holding changes hands)."""
    for sale in ctx.find(sent, ctx.lex.words("sale_nouns")):
        if sale.pos_ != "NOUN" or ctx.negated(sale.head if sale.dep_ == "dobj" else sale):
            continue
        sold = [p for p in ctx.pobjs(sale, {"of"}) if ctx.entity(p)]
        firms = [a for p in sold for a in ctx.actors(ctx.mention_root(p)) if ctx.type_of(a) == "Organization"]
        hosts = [sale, sale.head] if sale.dep_ == "dobj" else [sale]
        buyers = [a for h in hosts for p in ctx.pobjs(h, {"to"}) for a in ctx.actors(p)]
        for s, o in distinct_pairs(party_ids(firms, ctx), party_ids(buyers, ctx)):
            yield Candidate(s, "agreementWith", o, "agreement:sale-of", ctx.status(sale.head), sent)


@triggered_by(lambda lex: {"venture", "ventures"})
def venture_relative_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``the joint venture that Mazda and Subaru run in Ohio``, ``the joint ventures the two countries own``: the
    holders a relative clause names hold the venture together."""
    holding = ctx.lex.words("holding_verbs")
    for tok in ctx.find(sent, {"venture", "ventures"}):
        if tok.pos_ != "NOUN" or not any(c.lower_ == "joint" for c in tok.lefts):
            continue
        for verb in (c for c in tok.children if c.dep_ == "relcl" and c.lemma_ in holding):
            if ctx.negated(verb):
                continue
            holders = party_ids(ctx.subjects(verb), ctx)
            partners = party_ids([a for p in ctx.pobjs(verb, {"with"}) for a in ctx.actors(p)], ctx)
            pairs = list(distinct_pairs(holders, partners)) if partners else list(combinations(holders, 2))
            itself = ctx.entity(tok.head) if tok.dep_ == "appos" else None
            for s, o in pairs:
                if itself not in (s, o):
                    yield Candidate(s, "jointVentureWith", o, "venture:relative", ctx.status(verb), sent)


def _fails(verb: Token, ctx: DocContext) -> bool:
    """Whether ``verb`` says its subject failed: ``collapsed``, ``broke down``, ``fell through``."""
    return verb.lemma_ in ctx.lex.words("failing_verbs") or \
        verb.lemma_ in ctx.lex.words("failing_phrasal_verbs") and \
        any(c.dep_ in ("prt", "advmod") and c.lower_ in ctx.lex.words("failing_particles") for c in verb.children)
