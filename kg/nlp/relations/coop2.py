"""More cooperation constructions: parties joined by a hyphen before a deal noun (``the Japan-Korea partnership``),
a deal the parties are still working on, a deal signed by people who speak for the parties (``the agreement that
X's chief executive signed with Y's president``), the partners of a venture named through a ``with`` phrase the
parser hung on the wrong word, and ventures ``of A and B``. Word lists: ``data/lexicon/cooperation.json``."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from spacy.tokens import Span, Token

from kg.nlp.lexicon import Lexicon
from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.coop import PARTIES, party_ids
from kg.nlp.relations.index import lexicon_memo, triggered_by
from kg.nlp.relations.mentions import ends_in_possessive, titled_body
from kg.nlp.relations.r11coopp import replaced_partner
from kg.nlp.relations.triggers import SUPPORT_VERBS, distinct_pairs

COOPERATION = ("cooperatesWith", "agreementWith", "jointVentureWith")
HYPHENS = frozenset({"-", "–", "/"})
#: nouns of acting together after "in" ("in close cooperation with X"; "operation" of the split "co-operation")
JOINT_ACTION = frozenset({"cooperation", "co-operation", "collaboration", "partnership", "coordination", "operation",
                          "concert"})


def deal_nouns(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    """Noun -> the cooperation or rivalry predicates it names (``partnership``: cooperatesWith), with the
    lexicon's ``pair_nouns`` (``team``: nouns that name a pairing only when the parties stand before them)."""
    def make() -> dict[str, tuple[str, ...]]:
        table = {n: tuple(p for p, _s in specs if p in (*COOPERATION, "competesWith"))
                 for n, specs in lex.nouns.items()}
        table = {n: ps for n, ps in table.items() if ps}
        for noun in lex.words("pair_nouns"):
            table.setdefault(noun, ("cooperatesWith",))
        return table
    return lexicon_memo(lex, "coop2:deal_nouns", make)


def noun_predicates(tok: Token, table: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    return table.get(tok.lower_) or table.get(tok.lemma_.lower(), ())


def _mentions_between(start: int, end: int, ctx: DocContext) -> list[tuple[str, int, int]]:
    """The mentions inside tokens ``start``..``end - 1`` as (entity id, first token, last token)."""
    out: list[tuple[str, int, int]] = []
    i = start
    while i < end:
        eid = ctx.mention_at.get(i)
        if eid is None:
            i += 1
            continue
        j = i
        while j + 1 < end and ctx.mention_at.get(j + 1) == eid:
            j += 1
        out.append((eid, i, j))
        i = j + 1
    return out


def hyphen_pairs(start: int, end: int, ctx: DocContext) -> list[list[str]]:
    """Groups of names joined by hyphens or slashes between tokens ``start`` and ``end`` (``US-Japan``,
    ``Lockheed-Rheinmetall``); a group has two names or more."""
    groups: list[list[str]] = []
    last: tuple[str, int, int] | None = None
    for eid, first, end_tok in _mentions_between(start, end, ctx):
        joined = last is not None and first == last[2] + 2 and ctx.doc[first - 1].text in HYPHENS
        if joined and groups and groups[-1][-1] == last[0]:
            groups[-1].append(eid)
        elif joined:
            groups.append([last[0], eid])
        last = (eid, first, end_tok)
    return groups


@triggered_by(lambda lex: deal_nouns(lex))
def hyphen_pair_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``the Japan-Korea partnership``, ``the US-Japan Critical Minerals Agreement``, ``the Lockheed-Rheinmetall
    team``: the names joined by a hyphen before a cooperation noun are its parties."""
    table = deal_nouns(ctx.lex)
    for tok in ctx.find(sent, set(table)):
        found = hyphen_parties(tok, sent, ctx) if tok.pos_ in ("NOUN", "PROPN") else None
        if found is None:
            continue
        head, pairs = found
        status = ctx.status(head)
        for s, o in pairs:
            for predicate in noun_predicates(tok, table):
                yield Candidate(s, predicate, o, f"coop:hyphen-pair:{tok.lower_}", status, sent)


def hyphen_parties(tok: Token, sent: Span, ctx: DocContext) -> tuple[Token, list[tuple[str, str]]] | None:
    """The head of the noun phrase ``tok`` names a kind of (``the US-Japan Critical Minerals Agreement``) and the
    pairs of parties joined by hyphens before ``tok``; None when that phrase is negated."""
    head = tok
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    if ctx.negated(head):
        return None
    return head, [(s, o) for group in hyphen_pairs(max(head.left_edge.i, sent.start), tok.i, ctx)
                  for s, o in combinations(party_ids(group, ctx), 2)]


@triggered_by(lambda lex: lex.words("deal_work_verbs"))
def working_on_deal_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Honda and Sony are working on a deal``, ``X is negotiating a partnership with Y``: a deal the parties are
    still working out is planned between them."""
    table = deal_nouns(ctx.lex)
    for verb in ctx.find(sent, ctx.lex.words("deal_work_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        deals = [c for c in verb.children if c.dep_ == "dobj"] + list(ctx.pobjs(verb, {"on", "towards", "toward"}))
        deals = [d for d in deals if d.pos_ == "NOUN" and set(noun_predicates(d, table)) & set(COOPERATION)]
        if not deals:
            continue
        subjects = party_ids(ctx.subjects(verb), ctx)
        partners = party_ids([a for h in [verb, *deals] for p in ctx.pobjs(h, {"with"}) for a in ctx.actors(p)], ctx)
        pairs = [(s, o) for s in subjects for o in partners if s != o] if partners else \
            list(combinations(subjects, 2))
        for deal in deals:
            for predicate in noun_predicates(deal, table):
                if predicate in COOPERATION:
                    for s, o in pairs:
                        yield Candidate(s, predicate, o, f"coop:working-on:{deal.lower_}", "planned", sent)


def _speaks_for(tok: Token, ctx: DocContext) -> list[str]:
    """The party a signer stands for: a named party, the body of a titled person (``Bosch chief executive
    Stefan Hartung``, ``Lee, Denso's president``), or the owner of a bare title (``Denso's president``)."""
    if ctx.entity(tok):
        root = ctx.mention_root(tok)
        if ctx.type_of(ctx.entity(root) or "") != "Person":
            return ctx.actors(root, conj=False)
        body = titled_body(root, ctx)
        found = [body] if body else []
        for title in (c for c in root.children if c.dep_ == "appos"):
            found += [a for p in ctx.pobjs(title, {"of", "at", "for"}) for a in ctx.actors(p)]
            found += [a for c in title.children if c.dep_ == "poss" for a in ctx.actors(c, conj=False)]
        return found
    if tok.lower_ in ctx.lex.words("leader_titles"):
        return [a for c in tok.children if c.dep_ == "poss" for a in ctx.actors(c, conj=False)]
    return []


@triggered_by(lambda lex: lex.words("signing_verbs"))
def signed_by_speakers_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``the licensing agreement that Bosch chief executive Stefan Hartung signed with Denso's president``,
    ``a trade deal like the one Canada concluded with the EU``: a deal signed in a relative clause, between the
    parties its signers speak for."""
    table = deal_nouns(ctx.lex)
    for verb in ctx.find(sent, ctx.lex.words("signing_verbs")):
        deal = verb.head
        if verb.dep_ != "relcl" or verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        if "agreementWith" not in noun_predicates(deal, table) and not (
                deal.lower_ == "one" and any("agreementWith" in noun_predicates(t, table)
                                             for t in sent if t.i < deal.i)):
            continue
        signers = [t for c in verb.children if c.dep_ == "nsubj" for t in [c, *c.conjuncts]]
        others = [t for p in ctx.pobjs(verb, {"with"}) for t in [p, *p.conjuncts]]
        if not others or not any(ctx.type_of(ctx.entity(t) or "") == "Person" or not ctx.entity(t)
                                 for t in signers + others) and deal.lower_ != "one":
            continue  # parties named outright and no "one": the trigger rules' case
        for s, o in distinct_pairs(party_ids([a for t in signers for a in _speaks_for(t, ctx)], ctx),
                                    party_ids([a for t in others for a in _speaks_for(t, ctx)], ctx)):
            yield Candidate(s, "agreementWith", o, "agreement:signers", ctx.status(verb), sent)


def _named_in(tok: Token, ctx: DocContext) -> list[str]:
    """The parties named in the phrase of ``tok``, but for the possessors of other names (``Abu Dhabi's MGX``)
    and the names that describe another (``US software group Oracle``)."""
    out = []
    doc = ctx.doc
    for eid, first, last in _mentions_between(tok.left_edge.i, tok.right_edge.i + 1, ctx):
        describes = last + 1 < len(doc) and doc[last + 1].is_lower and doc[last + 1].pos_ in ("NOUN", "ADJ")
        if not ends_in_possessive(doc[first], ctx) and not describes and ctx.type_of(eid) in PARTIES:
            out.append(eid)
    return out


@triggered_by(lambda lex: {"venture", "ventures"})
def venture_partners_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``In March Sony and Honda, together with Intel and Abu Dhabi's Mubadala, launched Orbis, a joint venture``
    (the parser may hang ``together with`` on the first name) and ``Orbis, a venture of Sony and Arm``: the
    partners of a venture named beside it."""
    jointly = ctx.lex.words("jointly_words")
    for tok in ctx.find(sent, {"venture", "ventures"}):
        if tok.pos_ != "NOUN" or tok.dep_ != "appos" or ctx.negated(tok):
            continue
        itself = ctx.entity(tok.head)
        joint = any(c.lower_ == "joint" for c in tok.lefts)
        if not joint:
            # "a venture of A and B": without "joint" only two names or more make it one
            owners = [a for p in ctx.pobjs(tok, {"of"}) for a in dict.fromkeys(ctx.actors(p))
                      if ctx.type_of(a) == "Organization"]  # not "Japanese" of "Japanese trading house X"
            if len(owners) >= 2 and itself not in owners:
                for s, o in combinations(owners, 2):
                    yield Candidate(s, "jointVentureWith", o, "venture:of-parties", ctx.status(tok), sent)
            continue
        verb = tok.head.head
        if tok.head.dep_ not in ("dobj", "npadvmod") or verb.pos_ != "VERB" or verb.lemma_ not in SUPPORT_VERBS \
                or ctx.negated(verb):
            continue
        founders = party_ids(ctx.subjects(verb), ctx)
        # "together with" on a word before the verb that the parser did not take for its subject
        partners = party_ids([a for w in ctx.find(sent, jointly) if w.i < verb.i and w.head.lower_ == "with"
                             and w.head.dep_ == "prep" and w.head.head.dep_ == "pobj"
                             for a in _named_in(w.head, ctx)], ctx)
        if not partners and tok.head.dep_ == "dobj":
            continue  # "A and B launched X, a joint venture": coop.py's venture_apposition_rule
        for s, o in combinations(dict.fromkeys(founders + partners), 2):
            if itself not in (s, o):
                yield Candidate(s, "jointVentureWith", o, "venture:together-with", ctx.status(verb), sent)


def _together_verbs(lex: Lexicon) -> frozenset[str]:
    """The cooperation verbs done together (``develop``, ``build``: the slot ``together`` in the lexicon)."""
    return lexicon_memo(lex, "coop2:together_verbs", lambda: frozenset(
        v for v, specs in lex.verbs.items() for p, slots in specs if p == "cooperatesWith" and "together" in slots))


@triggered_by(lambda lex: _together_verbs(lex))
def joint_project_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Siemens and Nokia will build Europe's largest 5G network``: two named parties that are to build,
    develop or launch one thing do it together, as a plan or under way (``are developing a gas field``; not ``X and Y
    build chips``, which may be each on its own)."""
    apart = ctx.lex.words("apart_words")
    conditions = set(ctx.lex.negation.get("hypothetical", {}).get("marks", []))
    for verb in ctx.find(sent, _together_verbs(ctx.lex)):
        ongoing = verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)
        if verb.pos_ != "VERB" or ctx.negated(verb) or (ctx.status(verb) != "planned" and not ongoing) or \
                any(c.lower_ in apart for c in verb.children) or any(ctx.pobjs(verb, {"with"})):
            continue  # "are developing a gas field" is as joint as "will develop" one
        if any(c.dep_ == "aux" and c.lower_ in ("may", "might", "could") or c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in conditions for m in c.children) for c in verb.children):
            continue  # "X and Y may build a plant if …": only supposed
        things = [c for c in verb.children if c.dep_ == "dobj" and c.tag_ == "NN"
                  and not ctx.is_actor(ctx.entity(c) or "")
                  and any(d.dep_ == "poss" or d.lower_ in ("a", "an", "the") for d in c.children)
                  and not any(d.lower_ in apart for d in c.subtree)]
        subject = [c for c in verb.children if c.dep_ == "nsubj"]
        if not things or not subject:
            continue
        named = [subject[0], *subject[0].conjuncts]
        if any(not ctx.entity(t) for t in named):
            continue  # "Toyota and its suppliers will build …": every conjunct named
        parties = party_ids([a for t in named for a in ctx.actors(ctx.mention_root(t), conj=False)], ctx)
        for s, o in combinations(parties, 2):
            yield Candidate(s, "cooperatesWith", o, f"coop:joint-project:{verb.lemma_}", ctx.status(verb), sent)


@triggered_by(lambda lex: JOINT_ACTION)
def in_cooperation_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``American forces, in close cooperation with the Royal Navy, patrol the strait``: the parser hangs ``in
    cooperation with`` on the doer rather than on its verb; the doer works with the partner."""
    for tok in ctx.find(sent, JOINT_ACTION):
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ != "in" or prep.head.pos_ not in ("NOUN", "PROPN") or \
                prep.head.dep_ not in ("nsubj", "dobj") or ctx.negated(prep.head.head):
            continue
        if tok.lower_ == "operation" and not (tok.i > 1 and ctx.doc[tok.i - 2:tok.i].text.lower() == "co-"):
            continue  # only "co-operation", which the tokenizer splits
        partners = party_ids([a for p in ctx.pobjs(tok, {"with"}) for a in ctx.actors(p)], ctx)
        for s, o in distinct_pairs(party_ids(ctx.actors(prep.head), ctx), partners):
            yield Candidate(s, "cooperatesWith", o, f"coop:in-{tok.lower_}", ctx.status(prep.head.head), sent)


def _counterparts(act: Token, ctx: DocContext) -> list[str]:
    """Who is on the other side of a purchase or supply: ``to supply the army``, ``to sell chips to X``, ``to buy
    magnets from X's plant`` (the owner of a place named)."""
    found = [a for c in act.children if c.dep_ in ("dobj", "dative") for a in ctx.actors(c)]
    for p in ctx.pobjs(act, {"to", "from"}):
        found += ctx.actors(p) or [a for c in p.children if c.dep_ == "poss" for a in ctx.actors(c, conj=False)]
    return party_ids(found, ctx)


@triggered_by(lambda lex: lex.words("deal_purpose_verbs"))
def deal_purpose_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Elbit announced a contract worth $57 million to supply the Bundeswehr``, ``Apple signed an agreement to
    buy magnets from MP's plant``: the holder of a deal to buy or supply has it with the other side."""
    table = deal_nouns(ctx.lex)
    for act in ctx.find(sent, ctx.lex.words("deal_purpose_verbs")):
        if act.dep_ not in ("acl", "xcomp", "advcl") or act.pos_ != "VERB" or \
                not any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children):
            continue
        # "signed a deal to buy …": the parser may hang the purpose on the verb, or on the deal's sum
        deal = next((c for c in act.head.children if c.dep_ == "dobj"), act.head) if act.dep_ == "advcl" \
            else act.head
        while deal.dep_ in ("npadvmod", "quantmod", "nummod", "pobj", "amod") and deal.head.i != deal.i and \
                "agreementWith" not in noun_predicates(deal, table):
            deal = deal.head
        if "agreementWith" not in noun_predicates(deal, table) or any(ctx.pobjs(deal, {"with"})):
            continue  # "an agreement with X to buy …": the trigger rules' case
        verb = deal.head
        if deal.dep_ != "dobj" or verb.pos_ != "VERB" or ctx.negated(verb) or ctx.negated(act):
            continue
        others = _counterparts(act, ctx)
        for s, o in distinct_pairs(party_ids(ctx.clause_subjects(verb), ctx), others):
            yield Candidate(s, "agreementWith", o, f"agreement:to-{act.lemma_}", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("signing_verbs"))
def signed_for_clause_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Rheinmetall will build vehicles in Ukraine after a memorandum with Ukraine was signed``: a deal with a
    party signed in a clause beside the main one is the main clause's doer's."""
    table = deal_nouns(ctx.lex)
    for verb in ctx.find(sent, ctx.lex.words("signing_verbs")):
        if verb.dep_ != "advcl" or verb.pos_ != "VERB" or ctx.negated(verb) or \
                any(c.dep_ == "agent" for c in verb.children):
            continue
        deals = [c for c in verb.children if c.dep_ == "nsubjpass" and "agreementWith" in noun_predicates(c, table)]
        # "a memorandum of understanding with X": the partner may hang on the noun's "of" phrase
        hosts = deals + [p for d in deals for p in ctx.pobjs(d, {"of"}) if not ctx.entity(p)]
        partners = party_ids([a for h in hosts for p in ctx.pobjs(h, {"with"}) for a in ctx.actors(p)], ctx)
        if not partners or ctx.negated(verb.head):
            continue
        for s, o in distinct_pairs(party_ids(ctx.clause_subjects(verb.head), ctx), partners):
            yield Candidate(s, "agreementWith", o, "agreement:signed-beside", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("signing_verbs"))
def struck_partnership_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Lyft and Baidu have struck a strategic partnership``, ``X signed a partnership with Y``: a partnership
    signed or struck is an agreement as well as cooperation."""
    for verb in ctx.find(sent, ctx.lex.words("signing_verbs")):
        if verb.pos_ != "VERB" or ctx.negated(verb):
            continue
        for noun in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_ in ctx.lex.words("partnership_nouns")):
            subjects = party_ids(ctx.clause_subjects(verb), ctx)
            partners = party_ids([a for h in (verb, noun) for p in ctx.pobjs(h, {"with"}) for a in ctx.actors(p)],
                                ctx)
            pairs = [(s, o) for s in subjects for o in partners if s != o] if partners else \
                list(combinations(subjects, 2))
            for s, o in pairs:
                yield Candidate(s, "agreementWith", o, f"agreement:struck-{noun.lemma_}", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("partner_nouns"))
def chosen_partner_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Nokia chose Ericsson as its partner``, ``X counts Y among its partners``: who chooses a partner, or
    counts one, works with it."""
    for noun in ctx.find(sent, ctx.lex.words("partner_nouns")):
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in ("as", "among") or prep.head.pos_ != "VERB" or \
                ctx.negated(prep.head) or replaced_partner(prep.head, ctx):
            continue  # not "Huawei replaced Ericsson as Telenor's partner": the one replaced is a partner no more
        verb = prep.head
        chosen = party_ids([a for c in verb.children if c.dep_ == "dobj" for a in ctx.actors(c)], ctx)
        owners = party_ids([a for c in noun.children if c.dep_ == "poss" for a in ctx.actors(c)], ctx) or \
            party_ids(ctx.clause_subjects(verb), ctx)
        for s, o in distinct_pairs(owners, chosen):
            yield Candidate(s, "cooperatesWith", o, "coop:chosen-partner", ctx.status(verb), sent)


@triggered_by(lambda lex: {"alongside"})
def alongside_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Nokia will work alongside Ericsson``: ``alongside`` on a verb of working with another is ``with``."""
    joint = ctx.lex_memo("coop2:with_verbs", lambda: frozenset(
        v for v, specs in ctx.lex.verbs.items() for p, slots in specs if p == "cooperatesWith" and "with" in slots))
    for prep in ctx.find(sent, {"alongside"}):
        verb = prep.head
        if prep.dep_ != "prep" or verb.pos_ != "VERB" or verb.lemma_ not in joint or ctx.negated(verb):
            continue
        partners = party_ids([a for p in prep.children if p.dep_ == "pobj" for a in ctx.actors(p)], ctx)
        for s, o in distinct_pairs(party_ids(ctx.subjects(verb), ctx), partners):
            yield Candidate(s, "cooperatesWith", o, "coop:alongside", ctx.status(verb), sent)
