"""Relation rules driven by the trigger lexicon: verbs (``cooperate with``) and nouns (``agreement between``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import combinations

from spacy.tokens import Span, Token

from kg.nlp.relations.context import POSSESSIVE, Candidate, DocContext
from kg.nlp.relations.events import curbed_goods, others_measure
from kg.nlp.relations.objects import RELATIVE_PRONOUNS
from kg.nlp.relations.r11coopp import (DESCRIBING_PREPS, bloc_ally, inside_name, joint_venture_thing,
                                       made_thing_subject, partitive_among, trade_pact)
from kg.nlp.relations.slots import dobj, list_objects, owner, verb_objects
from kg.nlp.relations.targets import slot_actors, typed_target
from kg.schema import PREDICATES
from kg.nlp.relations.index import triggered_by
from kg.nlp.relations.r11supb import asset_moved, deal_supply_pairs, money_given
from kg.nlp.relations.r14lead import unnamed_counterpart
from kg.nlp.relations.r15netgov_clauses import opposed_or_denied
from kg.nlp.relations.r17news6 import between_venture, discussed_funding, shared_deal_pairs, venture_parties

TOPIC_PREPS = {"in", "on", "over", "for", "including", "covering", "spanning", "around", "regarding", "concerning",
               "about", "like"}
SUPPORT_VERBS = {"sign", "conclude", "ink", "seal", "reach", "strike", "have", "make", "build", "ensure",
                 "strengthen", "deepen", "expand", "develop", "establish", "form", "set", "create", "launch", "enter",
                 "share", "pursue", "boost", "forge", "agree", "announce", "deepen", "hold", "run", "involve",
                 "impose", "keep", "extend", "broaden", "advance", "promote", "seek", "want", "propose", "join",
                 "put", "begin", "start", "continue", "finalise", "finalize", "negotiate", "discuss", "affirm",
                 "need", "welcome", "hail", "offer", "invest", "participate", "engage", "take", "pursue",
                 "tighten", "introduce", "unveil", "adopt", "place", "apply", "enforce", "provide", "give", "grant",
                 "approve", "complete", "close", "finalize", "secure", "lead", "finance", "fund", "back", "award",
                 "pledge"}


#: "the sanctions target Sberbank": verbs whose object is what the subject noun is aimed at
TARGETING_VERBS = {"target", "hit", "cover", "affect", "name", "list", "include", "apply"}
PURPOSE_VERBS = {"develop", "build", "advance", "produce", "deploy", "research", "make", "design", "launch",
                 "create", "improve", "expand", "use"}
COVERING_VERBS = {"cover", "span", "include", "involve", "concern", "target", "focus", "concentrate"}


def topics(tok: Token, ctx: DocContext, taken: set[int] = frozenset()) -> tuple[str, ...]:  # type: ignore[assignment]
    """Technologies a trigger is about: ``cooperation in AI``, ``deal on 5G``, ``in the field of AI``,
    ``help MTS develop 5G`` (the purpose), ``agreements covering nuclear power``."""
    found: list[str] = []
    heads = [tok] + ([tok.head] if tok.dep_ in ("dobj", "pobj", "nsubjpass", "nsubj") else [])
    for head in heads:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in TOPIC_PREPS and child.i not in taken:
                found.extend(t for t in ctx.technologies(child, shallow=True) if t not in found)
            purpose = child.dep_ in ("xcomp", "advcl", "ccomp") and child.lemma_ in PURPOSE_VERBS
            covering = child.dep_ in ("acl", "advcl", "relcl") and child.lemma_ in COVERING_VERBS
            if purpose or covering:
                found.extend(t for c in child.children if c.dep_ in ("dobj", "prep", "attr")
                             for t in ctx.technologies(c) if t not in found)
            if child.dep_ in ("compound", "amod") and ctx.entity(child):
                eid = ctx.entity(child)
                if eid and ctx.type_of(eid) == "Technology" and eid not in found:
                    found.append(eid)
    return tuple(found)


def pairs(subjects: list[str], objects: list[str], symmetric: bool) -> Iterator[tuple[str, str]]:
    """(subject, object) pairs: every subject with every object, or every pair of subjects when mutual."""
    if objects:
        for s in subjects:
            for o in objects:
                if s != o:
                    yield s, o
    elif symmetric:
        yield from combinations(sorted(set(subjects)), 2)


def distinct_pairs(subjects: Iterable[str], objects: Iterable[str]) -> Iterator[tuple[str, str]]:
    """Each subject with each object, once, in order, never an entity with itself.

    >>> list(distinct_pairs(["a", "b", "a"], ["b", "c", "c"]))
    [('a', 'b'), ('a', 'c'), ('b', 'c')]
    """
    others = list(dict.fromkeys(objects))
    for s in dict.fromkeys(subjects):
        for o in others:
            if s != o:
                yield s, o


def list_owners(tok: Token, ctx: DocContext) -> list[str]:
    """Who keeps the list of a listing verb: ``the Entity List of the US Commerce Department's BIS``."""
    out: list[str] = []
    for lst in list_objects(tok, ctx):
        for pobj in ctx.pobjs(lst, {"of"}):
            out += ctx.actors(pobj, conj=False)
        out += [a for c in lst.children if c.dep_ == "poss" for a in ctx.actors(c)]
        # "added to the US Entity List": a name among the list's own words keeps it
        out += [a for c in lst.children if c.dep_ in ("compound", "nmod") and c.i < lst.i and ctx.entity(c)
                for a in ctx.actors(ctx.mention_root(c), conj=False) if ctx.type_of(a) != "Person"]
    return out


@triggered_by(lambda lex: lex.verbs)
def verb_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``X cooperates with Y``, ``X sanctioned Y``, ``Y was blacklisted by X``, ``X and Y teamed up``."""
    # the trigger verbs' tokens (by form or lemma), in order; a token made only for a verb with a trigger lemma
    verbs, parse, doc = ctx.lex.verbs, ctx.index.parse, ctx.doc
    for i in ctx.find_at(sent, ctx.lex_memo("trigger_verbs", lambda: frozenset(verbs))):
        if parse.pos[i] not in ("VERB", "AUX") or parse.lemma[i] not in verbs:
            continue
        tok = doc[i]
        if ctx.negated(tok):
            yield from stopped_supply(tok, sent, ctx)
            continue
        found_specific = False
        for predicate, slots in sorted(ctx.lex.verbs[tok.lemma_], key=lambda ps: ps[0] == "cooperatesWith"):
            objects, mutual = verb_objects(tok, slots, ctx)
            if not objects and not mutual:
                continue
            if predicate == "suppliesTo" and any(money_given(c, ctx) for c in [*dobj(tok), *ctx.pobjs(tok, {"with"})]):
                continue  # "provided a loan to Pakistan", "provide Kenya with a loan" (r17pub5): an investment
            if predicate == "suppliesTo" and "dobj_customer" not in slots and \
                    any(asset_moved(c, ctx) for c in dobj(tok)):
                continue  # "sold its unit to Y", "bought the site from Z": a business or holding changes hands
            if predicate == "cooperatesWith" and found_specific:
                continue  # "created jointly with", "supplies … to": the specific relation says it all
            if predicate == "cooperatesWith" and (made_thing_subject(tok, slots) or joint_venture_thing(tok, ctx)):
                continue  # "the jet is to be developed with X": no party; "run the joint company together": a venture
            found_specific = True
            subjects = [s for s in ctx.subjects(tok) if ctx.is_actor(s)]
            if not subjects and "dobj_list" in slots:
                # "added A and B to its list": "its" is no one the verb puts on it
                subjects = [s for s in list_owners(tok, ctx) if ctx.is_actor(s) and s not in objects]
            if "off_from" in slots and objects:
                # "cut it off from American technology": the technology's country restricts it
                subjects = [a for p in ctx.pobjs(tok, {"from"}) for a in owner(p, ctx)
                            if ctx.type_of(a) in ("Country", "Bloc")] or subjects
            if any(s.startswith("from_reverse") for s in slots):
                subjects, objects = objects, subjects
            if not subjects:
                continue  # no pair (:func:`pairs` pairs subjects); the status and topics are not needed
            status = ctx.status(tok)
            tech = topics(tok, ctx)
            sym = PREDICATES[predicate].symmetric
            export_list = "dobj_list" in slots and any(
                " ".join(t.lower_ for t in lst.subtree if t.dep_ in ("compound", "amod") or t is lst)
                in ctx.lex.words("export_control_lists") for lst in list_objects(tok, ctx))
            for s, o in pairs(subjects, objects, sym and mutual):
                yield Candidate(s, predicate, o, f"verb:{tok.lemma_}", status, sent, tech)
                if export_list:  # the Entity List is a list of export licence requirements
                    yield Candidate(s, "restrictsExportsTo", o, f"verb:{tok.lemma_}:export-list", status, sent, tech)


def stopped_supply(tok: Token, sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``X will no longer sell … to Y``: a supply that X ends is an export restriction of X to Y (not so when X
    *can* no longer supply: then someone else restricts it)."""
    if any(c.dep_ == "aux" and c.lower_ in ("can", "could", "ca") for c in tok.children):
        return
    if not any(t.lower_ == "longer" and t.i > 0 and ctx.doc[t.i - 1].lower_ == "no" for t in tok.children) and \
            not any(t.lower_ == "longer" for t in tok.subtree if t.head is tok or t.head.head is tok):
        return
    for predicate, slots in ctx.lex.verbs.get(tok.lemma_, []):
        if predicate != "suppliesTo":
            continue
        objects, _ = verb_objects(tok, slots, ctx)
        for s in ctx.subjects(tok):
            for o in objects:
                if s != o and ctx.is_actor(s):
                    yield Candidate(s, "restrictsExportsTo", o, f"verb:{tok.lemma_}:stopped", ctx.status(tok), sent)


def noun_participants(tok: Token, slots: list[str], ctx: DocContext) -> tuple[list[str], list[str]]:
    """Holders (subject side) and counterparts (object side) of a trigger noun."""
    holders: list[str] = []
    others: list[str] = []
    for child in tok.children:
        if child.dep_ in ("poss", "compound", "amod", "nmod") and child.i < tok.i:
            if ctx.entity(child):
                if bloc_ally(tok, child, ctx):
                    continue  # "a NATO ally" is a member of the bloc
                holders += [a for a in ctx.actors(ctx.mention_root(child)) if a not in holders]
                # "the Russia-China agreement": names joined by a hyphen in front of the noun
                holders += [a for t in (ctx.doc[i] for i in ctx.index.subtree(child.i)
                                        if ctx.index.parse.dep[i] in ("compound", "amod"))
                            if t.dep_ in ("compound", "amod") and t.i + 1 < len(ctx.doc)
                            and ctx.doc[t.i + 1].text in ("-", "\u2013", "\u2014", "/")
                            for a in ctx.actors(t, conj=False) if a not in holders]
            elif child.lower_ in ("their", "its") or child.dep_ == "poss":
                holders += [a for a in ctx.actors(child) if a not in holders]
    # "a memorandum of understanding with X": the participant may hang on the noun's "of" phrase
    hosts = [tok] + [p for p in ctx.pobjs(tok, {"of"}) if not ctx.entity(p)]
    # "sanctions imposed on Moscow", "curbs placed on China": a participle carries the noun's preposition
    hosts += [c for c in tok.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")]
    # "Xpeng, in which Volkswagen bought a stake": the relative clause's verb carries the noun's preposition
    if tok.dep_ == "dobj" and tok.head.dep_ == "relcl" and any(
            c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ in ("which", "whom") for g in c.children)
            for c in tok.head.children):
        hosts.append(tok.head)
    for slot in slots:
        if slot in ("with", "on", "against", "to", "in", "into", "of", "for"):  # "a $1bn loan for Egypt"
            others += [a for h in (hosts if slot != "of" else [tok]) for p in ctx.pobjs(h, {slot})
                       for a in slot_actors(p, slot, ctx)]
        elif slot in ("on_org", "on_state"):
            others += [a for h in hosts for p in ctx.pobjs(h, {"on", "against"})
                       for a in typed_target(tok, p, slot, ctx)]
        elif slot == "of_parties":  # "a joint venture of RZD and STM": the venture's parties
            holders += [a for p in ctx.pobjs(tok, {"of"}) for a in ctx.actors(p) if ctx.type_of(a) == "Organization"]
        elif slot in ("by", "from"):
            holders += [a for p in ctx.pobjs(tok, {slot}) for a in ctx.actors(p)]
        elif slot == "under" and tok.dep_ == "pobj" and tok.head.lower_ == "under" and \
                tok.head.head.pos_ in ("VERB", "AUX"):
            others += ctx.clause_subjects(tok.head.head)  # "Gazprombank was placed under US sanctions"
        elif slot == "target" and tok.dep_ == "nsubj" and tok.head.lemma_ in TARGETING_VERBS:
            others += [a for c in tok.head.children if c.dep_ == "dobj" for a in ctx.actors(c)]
        elif slot == "target" and tok.dep_ == "pobj" and tok.head.dep_ == "agent" and \
                tok.head.head.lemma_.lower() in TARGETING_VERBS and not ctx.negated(tok.head.head):
            # "Huawei, hit by US sanctions, …", "Sberbank was targeted by EU sanctions"
            verb = tok.head.head
            others += ctx.actors(verb.head, conj=False) if verb.dep_ in ("acl", "relcl") else \
                [a for c in verb.children if c.dep_ == "nsubjpass" for a in ctx.actors(c)]
            if verb.dep_ == "advcl" and verb.i < verb.head.i and verb.i == tok.sent.start:
                # "Hit by British sanctions in 2022, Sovcomflot …": the clause after it is about the target
                others += [a for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") for a in ctx.actors(c)]
        elif slot == "described" and holders:
            # "Kazakhstan and Belarus, Moscow's partners"; "VEB will serve as the fund's partner"
            if tok.dep_ == "appos":
                # "Kazakhstan and Belarus, Moscow's partners": the list the description stands beside
                others += ctx.actors(ctx.mention_root(tok.head)) or ctx.listed_before(tok, ("Country", "Organization"))
            elif tok.dep_ == "attr" and tok.head.pos_ in ("AUX", "VERB") or \
                    tok.dep_ == "pobj" and tok.head.lower_ in DESCRIBING_PREPS:  # not "turned against an ally"
                clause = tok.head if tok.dep_ == "attr" else tok.head.head
                others += ctx.clause_subjects(clause)
        elif slot == "between":
            # "the contract, concluded between X and Y": the participle carries "between" too
            between = [p for h in hosts if h is tok or h.i > tok.i for p in ctx.pobjs(h, {"between", "among"})
                       if not partitive_among(p.head)]  # not "…, military cooperation among them"
            # "between Thales and Poland's armament agency": a possessor is not a party
            owners = {ctx.entity(t) for p in between for t in p.subtree
                      if t.i + 1 < len(ctx.doc) and ctx.doc[t.i + 1].text in POSSESSIVE
                      and ctx.entity(t) != ctx.mention_at.get(t.i + 2)}  # not "India's Ministry of Defence" whole
            holders += [a for p in between for a in ctx.actors(p) if a not in holders and a not in owners]
    # "sanctions imposed on Iran by Canada", "an MoU signed by X and Y": the participle's agent holds the noun
    holders += [a for h in hosts if h is not tok for c in h.children if c.dep_ == "agent"
                for p in c.children if p.dep_ == "pobj" for a in ctx.actors(p) if a not in holders]
    # the noun's verb lends its subject: "X signed an agreement with Y", "X imposed sanctions on Y"
    verb = tok.head
    while verb.dep_ in ("conj", "appos") and verb.head is not verb and verb.pos_ == "NOUN":
        verb = verb.head
    if verb.dep_ == "prep" and verb.head.pos_ in ("VERB", "NOUN"):
        verb = verb.head
    if not holders and tok.dep_ in ("dobj", "pobj", "nsubjpass", "attr", "conj") and verb.pos_ in ("VERB", "AUX") \
            and not opposed_or_denied(verb, ctx):
        if verb.lemma_ in SUPPORT_VERBS or tok.dep_ == "dobj":
            holders += ctx.clause_subjects(verb) if tok.dep_ != "nsubjpass" else ctx.subjects(verb)
            if verb.lemma_ in SUPPORT_VERBS:
                # "sanctions were imposed on Iran": the verb carries the noun's preposition
                others += [a for p in ctx.pobjs(verb, {s for s in slots if s in ("on", "against", "to", "in")})
                           for a in slot_actors(p, "on", ctx)]
                others += [a for p in ctx.pobjs(verb, {"on", "against"}) for s in slots if s in ("on_org", "on_state")
                           for a in typed_target(tok, p, s, ctx)]
            if slot_for_with := [a for p in ctx.pobjs(verb, {"with"}) for a in ctx.actors(p)]:
                others += slot_for_with
            elif "with" in slots and verb.dep_ == "xcomp" and verb.head.pos_ == "VERB":
                # "agreed with Beijing to expand cooperation": the partner hangs on the governing verb
                others += [a for p in ctx.pobjs(verb.head, {"with"}) for a in ctx.actors(p)]
    in_with = tok.head.lower_ == "in" and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)
    if not holders and tok.dep_ == "pobj" and (tok.head.lower_ in ("under", "through", "via") or in_with) and \
            tok.head.head.pos_ == "VERB":
        # "X is building cars under a partnership with Y", "X opened it in cooperation with Y": who acts so is a party
        holders += ctx.clause_subjects(tok.head.head)
    elif not holders and tok.dep_ == "pobj" and tok.head.lower_ in ("under", "through", "via") and \
            tok.head.head.dep_ == "dobj" and tok.head.head.head.pos_ == "VERB":
        # "X is turning out cars under a partnership with Y": the parser hangs the phrase on the object
        holders += ctx.clause_subjects(tok.head.head.head)
    for child in tok.children:
        if child.dep_ == "relcl" and child.lemma_ in SUPPORT_VERBS and not holders and \
                not opposed_or_denied(child, ctx):
            holders += [a for a in ctx.subjects(child) if a not in holders]
    if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and not others:
        # "establish an AI cooperation centre for the bloc": the head noun carries the participants
        centre = tok.head
        others += [a for p in ctx.pobjs(centre, {"for", "with", "between"}) for a in ctx.actors(p)]
        if others and not holders and centre.dep_ in ("dobj", "nsubjpass") and centre.head.pos_ == "VERB":
            holders += ctx.subjects(centre.head)
    outer = _governing_trigger(tok, ctx)
    if not holders and not others and outer is not None:
        # "an agreement on economic and technical cooperation": the agreement's parties cooperate
        outer_key = outer.lower_ if outer.lower_ in ctx.lex.nouns else outer.lemma_
        for _pred, outer_slots in ctx.lex.nouns[outer_key][:1]:
            holders, others = noun_participants(outer, outer_slots, ctx)
    if "access" in slots and holders and not others:
        # "Western sanctions intended to restrict Moscow's access to technologies": the access's owner is targeted
        clause = tok.head if tok.dep_ in ("nsubj", "nsubjpass", "dobj") else tok
        others += [a for t in clause.subtree if t.lemma_ == "access" for a in owner(t, ctx)]
    if "under" in slots and tok.dep_ == "pobj" and tok.head.lower_ == "under":
        clause = tok.head.head
        others += ctx.subjects(clause) if clause.pos_ in ("VERB", "AUX") else ctx.actors(clause)
    return ([h for h in dict.fromkeys(holders) if ctx.is_actor(h)],
            [o for o in dict.fromkeys(others) if ctx.is_actor(o)])


def _governing_trigger(tok: Token, ctx: DocContext) -> Token | None:
    """The trigger noun ``tok`` is part of: ``partnership agreement``, ``agreement on cooperation``."""
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("on", "for", "in", "of"):
        head = head.head
    elif tok.dep_ not in ("compound", "amod", "conj"):
        return None
    if head is tok or head.pos_ not in ("NOUN", "PROPN"):
        return None
    key = head.lower_ if head.lower_ in ctx.lex.nouns else head.lemma_
    return head if key in ctx.lex.nouns else None


def _colon_list(tok: Token, sent: Span, ctx: DocContext) -> list[str]:
    """Organisations listed after a colon that follows ``tok``: ``formed the joint venture in 2019: A and B …``.

    The parser often starts a new sentence at the colon, so the list is read up to the next full stop.
    """
    doc = ctx.doc
    colon = next((t for t in doc[tok.i:min(len(doc), tok.i + 12)] if t.text == ":"), None)
    if colon is None or any(t.text in ".;" for t in doc[tok.i:colon.i]):
        return []
    # the list ends at the sentence's end or where a relative clause starts to say more about its members
    end = next((t.i for t in doc[colon.i:] if t.text in (".", ";") or "\n" in t.text
                or t.lower_ in RELATIVE_PRONOUNS), len(doc))
    listed = [e.kb_id_ for e in doc.ents if colon.i < e.start < end]
    orgs = [e for e in listed if ctx.type_of(e) == "Organization"]
    return list(dict.fromkeys(orgs))


def _noun_words(nouns: Iterable[str]) -> frozenset[str]:
    """The words a trigger noun's token can be: a noun of the lexicon, ``operation`` (of ``co-operation``), or
    what follows a hyphen in one (``ups`` of ``tie-ups``, which the tokenizer splits).

    >>> sorted(_noun_words(["tie-ups", "deal"]))
    ['deal', 'operation', 'tie-ups', 'ups']
    """
    nouns = set(nouns)
    after = {"-".join(n.split("-")[k:]) for n in nouns if "-" in n for k in range(1, n.count("-") + 1)}
    return frozenset(nouns | after | {"operation"})


@triggered_by(lambda lex: _noun_words(lex.nouns))
def noun_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``cooperation between X and Y``, ``X's partnership with Y``, ``US sanctions on Y``, ``the X-Y agreement``."""
    doc, nouns, pos = ctx.doc, ctx.lex.nouns, ctx.index.parse.pos
    # the tokens that can be a trigger noun, in order; a token made only for a noun
    for i in ctx.find_at(sent, ctx.lex_memo("trigger_nouns", lambda: _noun_words(nouns))):
        if pos[i] not in ("NOUN", "PROPN"):
            continue
        tok = doc[i]
        low = tok.lower_
        key = low if low in nouns else tok.lemma_
        if low == "operation" and i > 1 and doc[i - 2:i].text.lower().replace(" ", "") == "co-":
            key = "cooperation"  # the tokenizer splits "co-operation"
        elif i > 1 and doc[i - 1].text == "-" and f"{doc[i - 2].lower_}-{low}" in nouns:
            key = f"{doc[i - 2].lower_}-{low}"  # and "tie-ups"
        if key not in nouns or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if key.startswith("venture") and not any(c.lower_ in ("joint",) for c in tok.children) and \
                not between_venture(tok):
            continue  # "a venture between X and Y" is a joint venture (r17news6.py)
        if discussed_funding(tok, ctx):
            continue  # "X is discussing a loan to Y": a step weighed (r17news6.py)
        market = ctx.lex.words("r15pay_market_words")
        if key.startswith("exchange") and any(c.dep_ in ("compound", "amod") and c.lower_ in market
                                              for c in tok.children):
            continue  # "a crypto exchange used by Russian firms": a trading venue, no exchange between parties
        if ctx.negated(tok) and not others_measure(tok, ctx):
            continue
        # "US sanctions on X were lifted": a measure ended
        lifted = tok.dep_ == "nsubjpass" and tok.head.lemma_ in ctx.lex.negation.get("governors", [])
        # "the US export ban on Huawei": exports that a ban or curb is about are no supply
        curbed = tok.dep_ == "compound" and any(
            p in ("restrictsExportsTo", "sanctions")
            for p, _s in ctx.lex.nouns.get(tok.head.lower_, ctx.lex.nouns.get(tok.head.lemma_, [])))
        curbed = curbed or curbed_goods(tok, ctx)  # "curbs on chip exports to China"
        # "revoked export licences for Huawei": a licence to export is no supply (restraints.py reads its denial)
        curbed = curbed or (tok.dep_ == "compound" and tok.head.lower_ in ctx.lex.words("licence_nouns"))
        for predicate, slots in ctx.lex.nouns[key]:
            if curbed and predicate == "suppliesTo" or lifted and predicate in ("sanctions", "restrictsExportsTo"):
                continue
            if predicate == "cooperatesWith" and (outer := _governing_trigger(tok, ctx)) is not None and \
                    outer.lemma_ == "venture":
                continue  # "formed a joint venture for battery research": the venture says it (jointVentureWith)
            if predicate == "cooperatesWith" and any(p.lower_ in ctx.lex.words("r17curb_venture_nouns") for p in [
                    *ctx.pobjs(tok, {"in"}), *(c for c in tok.children if c.dep_ in ("compound", "amod"))]):
                continue  # "X's partner in the venture", "X's joint venture partner": a joint venture (r17curb.py)
            if predicate == "cooperatesWith" and trade_pact(tok, _governing_trigger(tok, ctx), ctx):
                continue  # "an economic partnership agreement": a trade pact (agreementWith)
            if predicate == "investsIn" and tok.dep_ == "dobj" and \
                    tok.head.lemma_ in ctx.lex.words("divest_verbs"):
                continue  # "selling its stakes in X": an investment ended
            if predicate == "investsIn" and key in ctx.lex.words("r10supply_purchase_nouns") and \
                    any(not ctx.actors(p) for p in ctx.pobjs(tok, {"of"})):
                continue  # "a contract with X for the acquisition of twelve aircraft": goods bought, no stake (r17pub7)
            holders, others = noun_participants(tok, slots, ctx)
            if predicate == "jointVentureWith" and key.startswith("venture") and \
                    len(listed := venture_parties(tok, ctx)) > len(holders):
                holders = listed  # "a joint venture of A, the Japanese trader B and C" (r17news6.py)
            if key.startswith("venture") and len(holders) < 2 and not others:
                holders = _colon_list(tok, sent, ctx) or holders
            sym = PREDICATES[predicate].symmetric
            mutual = sym and any(s.startswith("self") or s == "between" for s in slots)
            if (not sym and not others) or not holders or mutual and not others and unnamed_counterpart(tok, ctx):
                continue  # no pair (:func:`pairs` pairs holders; not those of a deal "with several operators")
            status = ctx.status(tok)
            tech = topics(tok, ctx)
            deal = deal_supply_pairs(tok, holders, others, ctx) if predicate == "suppliesTo" else None
            # the name the trigger word is part of is no party: "financed through the Digital Trade Partnership",
            # "parts from Ferrotec Holdings in Japan" (r17pub6: any predicate, not cooperation alone)
            named = inside_name(tok, ctx)
            for s, o in pairs(holders, others, mutual) if deal is None else deal:
                if named in (s, o):
                    continue
                yield Candidate(s, predicate, o, f"noun:{key}", status, sent, tech)
            for s, o in shared_deal_pairs(tok, predicate, holders, others):
                if named not in (s, o):  # "X's joint venture with A and B": A and B are partners too (r17news6)
                    yield Candidate(s, predicate, o, f"noun:{key}", status, sent, tech)
