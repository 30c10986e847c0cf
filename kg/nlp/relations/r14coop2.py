"""Cooperation and agreements beside r14coop.py: a joint undertaking of several parties (``the joint initiative of
the ADB and the World Bank``, ``Russia and China will hold joint talks``), a bilateral or trilateral meeting of
named parties (``the trilateral meeting of Russia, Iran and Azerbaijan``), a standing link between two parties
(``the swap line between the PBoC and Argentina's central bank``, ``exploring a bridge between their payment
systems``), a deal reached between parties (``the agreement was reached between A and B``), systems joined in the
passive (``Iran's Shetab network was linked to Russia's Mir``) and things shared or exchanged (``ICANN and Verisign
share responsibility for the root zone``, ``will exchange information with X``), a deal signed by people named by
role (``signed by Kazakhstan's foreign minister and his Chinese counterpart``) and the cooperation or deals of heads
of state, ministers and officials, which are their countries' (``Chinese President Xi Jinping and Brazilian
President Lula agreed to deepen cooperation``; ``the two leaders …`` by their titles elsewhere in the text). Word
lists: ``r14coop_*`` in ``data/lexicon/cooperation.json``."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from spacy.tokens import Span, Token

from kg.nlp.relations.context import Candidate, DocContext
from kg.nlp.relations.coop import party_ids
from kg.nlp.relations.index import lexicon_memo, triggered_by
from kg.nlp.relations.coop5 import _country_led, _sides
from kg.nlp.relations.r14coop import _cooperation_nouns, _deal_words, _pairs, _parties, _stopped, _talks_verb, _usable
from kg.nlp.relations.triggers import distinct_pairs


def _listed(noun: Token, preps: set[str], ctx: DocContext) -> list[str]:
    """The parties named after ``preps`` on ``noun`` (``of A, B and C``, ``between A and B``)."""
    return party_ids([a for p in ctx.pobjs(noun, preps) for a in ctx.actors(p)], ctx)


@triggered_by(lambda lex: {"joint"})
def joint_of_parties_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The project is a joint initiative of the ADB and the World Bank``, ``joint research by Kyoto University and
    Hitachi``, ``Russia and China will hold joint talks on internet security``: the parties of a joint undertaking
    work together (joint ventures and joint statements are read by their own rules; one with a partner by
    r12lex.py). After ``by`` the doers must be names themselves: ``a joint effort by the Quad governments — A, B,
    C`` names a group's members, not who did it."""
    excluded = ctx.lex.words("r12lex_not_joint_nouns")
    for joint in ctx.find(sent, {"joint"}):
        noun = joint.head
        if joint.dep_ != "amod" or noun.pos_ != "NOUN" or noun.lower_ in excluded or noun.lemma_ in excluded or \
                ctx.negated(noun):
            continue
        named = _listed(noun, {"of", "between"}, ctx) + party_ids(
            [a for p in ctx.pobjs(noun, {"by"}) if ctx.entity(p) for a in ctx.actors(p)], ctx)
        if len(named) >= 2:
            for s, o in combinations(named, 2):
                yield Candidate(s, "cooperatesWith", o, f"r14coop:joint-of:{noun.lemma_}", ctx.status(noun), sent)
            continue
        verb = noun.head
        if noun.dep_ != "dobj" or verb.pos_ != "VERB" or not _usable(verb, ctx) or _stopped(verb, ctx):
            continue
        for s, o in _pairs(verb, [noun], ctx):
            yield Candidate(s, "cooperatesWith", o, f"r14coop:joint-held:{noun.lemma_}", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("r14coop_meeting_nouns"))
def marked_meeting_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``the trilateral meeting of Russia, Iran and Azerbaijan``, ``bilateral talks between Egypt and Sudan``: a
    meeting marked as the parties' own (bilateral, trilateral) is cooperation among them (not ``talks between``
    alone: rivals talk too)."""
    marks = ctx.lex.words("r14coop_meeting_marks")
    for noun in ctx.find(sent, ctx.lex.words("r14coop_meeting_nouns")):
        if noun.pos_ != "NOUN" or ctx.negated(noun) or \
                not any(c.dep_ == "amod" and c.lower_ in marks for c in noun.children):
            continue
        for s, o in combinations(_listed(noun, {"of", "between", "among"}, ctx), 2):
            yield Candidate(s, "cooperatesWith", o, f"r14coop:marked-meeting:{noun.lemma_}", ctx.status(noun), sent)


@triggered_by(lambda lex: lex.words("r14coop_bridge_nouns"))
def standing_link_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The swap line between the PBoC and Argentina's central bank was renewed`` (the parties named), ``the two
    central banks are exploring a bridge between their payment systems`` (the doers of the verb): a standing link
    between two parties is cooperation (not one that is cut: ``halted the link``)."""
    for noun in ctx.find(sent, ctx.lex.words("r14coop_bridge_nouns")):
        if noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
            noun = noun.head  # "the swap line between …"
        if noun.pos_ != "NOUN" or ctx.negated(noun):
            continue
        verb = noun.head
        while verb.dep_ in ("prep", "pobj", "compound") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ == "VERB" and (not _usable(verb, ctx) or _stopped(verb, ctx)):
            continue
        named = _listed(noun, {"between"}, ctx)
        pairs = list(combinations(named, 2))
        between = [p for p in ctx.pobjs(noun, {"between"})]
        if not pairs and between and any(c.dep_ == "poss" and c.lower_ == "their" for p in between
                                         for c in p.children) and noun.head.pos_ == "VERB":
            pairs = list(combinations(_parties(noun.head, ctx), 2))  # "… a bridge between their systems"
        status = ctx.status(verb if verb.pos_ == "VERB" else noun)
        for s, o in pairs:
            yield Candidate(s, "cooperatesWith", o, f"r14coop:standing-link:{noun.lemma_}", status, sent)


@triggered_by(lambda lex: lex.words("r14coop_reaching_verbs"))
def reached_between_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The agreement was reached between Telefonica and the Government of Peru``, ``a deal was signed between A
    and B``: a deal made between named parties is an agreement between them."""
    deals = _deal_words(ctx.lex)
    for verb in ctx.find(sent, ctx.lex.words("r14coop_reaching_verbs")):
        if verb.pos_ != "VERB" or not _usable(verb, ctx):
            continue
        if not any(c.dep_ == "nsubjpass" and (c.lower_ in deals or c.lemma_ in deals) for c in verb.children):
            continue
        for s, o in combinations(_listed(verb, {"between", "among"}, ctx), 2):
            yield Candidate(s, "agreementWith", o, f"r14coop:reached-between:{verb.lemma_}", ctx.status(verb), sent)


def _owners(tok: Token, ctx: DocContext, *, named: bool) -> list[str]:
    """The parties a system belongs to: the name itself (``Shetab``; ``Brazil's Pix payment system``: the name before
    the system noun) when ``named``, else the owner before it (``Iran's`` of ``Iran's Shetab network``)."""
    if named:
        found = party_ids(list(ctx.actors(tok)), ctx)
        return found or party_ids([a for c in tok.children if c.dep_ == "compound" and ctx.entity(c)
                                   for a in ctx.actors(ctx.mention_root(c), conj=False)], ctx)
    return party_ids([a for c in tok.children if c.dep_ == "poss" for a in ctx.actors(c)], ctx)


def _system_sides(toks: list[Token], ctx: DocContext) -> tuple[list[str], list[str]]:
    """The names and the owners of the systems ``toks`` (see :func:`_owners`)."""
    return ([a for t in toks for a in _owners(t, ctx, named=True)],
            [a for t in toks for a in _owners(t, ctx, named=False)])


@triggered_by(lambda lex: lex.words("r14coop_joining_verbs"))
def joined_passive_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Iran's Shetab network was linked to Russia's payment system`` (each side's owner), ``the two payment
    systems, Shetab and Mir, were connected``: systems joined in the passive join their owners."""
    for verb in ctx.find(sent, ctx.lex.words("r14coop_joining_verbs")):
        if verb.pos_ != "VERB" or not _usable(verb, ctx):
            continue
        joined = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if not joined or any(c.dep_ == "agent" for c in verb.children):
            continue
        first, first_owners = _system_sides(joined, ctx)
        first += [a for t in joined for c in t.children if c.dep_ == "appos" for a in ctx.actors(c)]
        targets = list(ctx.pobjs(verb, {"to", "with", "into"}))
        second, second_owners = _system_sides(targets, ctx)
        if not (first and second):  # "Iran's Shetab was linked to Russia's payment system": each side's owner too
            first, second = first + first_owners, second + second_owners
        # "A and B were connected" joins them; "A and B are connected to the Chinese system" joins each to it
        pairs = list(distinct_pairs(first, second)) if targets else list(combinations(dict.fromkeys(first), 2))
        for s, o in pairs:
            yield Candidate(s, "cooperatesWith", o, f"r14coop:joined-passive:{verb.lemma_}", ctx.status(verb), sent)


@triggered_by(lambda lex: lex.words("r14coop_sharing_verbs"))
def shared_things_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``ICANN, Verisign and the Commerce Department share responsibility for the root zone``, ``ARSAT and Telebras
    will share satellite capacity``, ``Roskomnadzor will exchange information with Belarus's OAC``: parties sharing
    or exchanging data, capacity or duties work together (not ``share a border``: the thing must be one of
    ``r14coop_shared_things``)."""
    things = ctx.lex.words("r14coop_shared_things")
    for verb in ctx.find(sent, ctx.lex.words("r14coop_sharing_verbs")):
        if verb.pos_ != "VERB" or not _usable(verb, ctx) or _stopped(verb, ctx):
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj" and (c.lower_ in things or c.lemma_ in things)]
        if not objects:
            continue
        for s, o in _pairs(verb, objects, ctx):
            yield Candidate(s, "cooperatesWith", o, f"r14coop:shared:{verb.lemma_}", ctx.status(verb), sent)


def _signer_parties(tok: Token, ctx: DocContext) -> list[str]:
    """The party a signer stands for: a name itself, the body a named person's title gives (``Siemens chief
    executive Roland Busch``), or the state or body of a person named by role (``Kazakhstan's foreign minister``,
    ``his Chinese counterpart``)."""
    if ctx.entity(tok):
        named = ctx.actors(tok, conj=False)
        if named and ctx.type_of(named[0]) == "Person":  # "signed by Siemens chief executive Roland Busch"
            body = ctx.person_body(tok)
            return [body] if body else []
        return named
    roles = ctx.lex.words("r14coop_role_nouns")
    if tok.lower_ not in roles and tok.lemma_ not in roles:
        body = ctx.role_body(tok)  # "Hyundai Rotem's chief executive"
        return [body] if body else []
    return [a for c in tok.children if c.dep_ in ("poss", "amod", "compound", "nmod") and ctx.entity(c)
            for a in ctx.actors(ctx.mention_root(c), conj=False)]


@triggered_by(lambda lex: lex.words("r14coop_signing_verbs"))
def signed_by_parties_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``The memorandum, signed by Kazakhstan's foreign minister and his Chinese counterpart, covers …``, ``the deal
    signed by Petronas and YPF``: the parties of those who signed a deal have an agreement; with the partner named
    on the deal when there is one (``the agreement with Kenya was signed by Siemens chief executive Roland Busch``,
    the signer's body by his title)."""
    deals = _deal_words(ctx.lex)
    for verb in ctx.find(sent, ctx.lex.words("r14coop_signing_verbs")):
        if verb.pos_ != "VERB" or verb.tag_ != "VBN" or not _usable(verb, ctx):
            continue
        deal = verb.head if verb.dep_ in ("acl", "relcl") else next(
            (c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if deal is None or (deal.lower_ not in deals and deal.lemma_ not in deals):
            continue
        signers = [t for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                   for t in [p, *p.conjuncts]]
        named = party_ids([a for t in signers for a in _signer_parties(t, ctx)], ctx)
        partners = party_ids([a for p in ctx.pobjs(deal, {"with"}) for a in ctx.actors(p)], ctx)
        for s, o in (distinct_pairs(named, partners) if partners else combinations(named, 2)):
            yield Candidate(s, "agreementWith", o, f"r14coop:signed-by:{deal.lemma_}", ctx.status(verb), sent)


def _cooperation_verbs(lex) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """The trigger verbs of cooperatesWith (``cooperate``, ``partner``), made once per lexicon.

    >>> from kg.nlp.lexicon import Lexicon
    >>> lex = Lexicon.from_dict({"predicates": {"cooperatesWith": {"verbs": {"partner": ["with"]}, "nouns": {}}}})
    >>> sorted(_cooperation_verbs(lex)), _cooperation_verbs(lex) is _cooperation_verbs(lex)
    (['partner'], True)
    """
    return lexicon_memo(lex, "r14coop2:cooperation_verbs", lambda: frozenset(
        v for v, specs in lex.verbs.items() if any(p == "cooperatesWith" for p, _s in specs)))


def _doer(tok: Token) -> Token:
    """The verb whose subject does ``tok``: up an ``xcomp`` chain (``agreed to deepen …``) to a verb with one."""
    verb = tok
    for _ in range(3):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.dep_ not in ("xcomp", "conj"):
            break
        if verb.dep_ == "xcomp" and any(c.dep_ in ("dobj", "dative") for c in verb.head.children):
            break  # "Putin ordered the bank to cooperate": the one ordered does it, not the one ordering
        verb = verb.head
    return verb


def _trigger_verb(word: Token, ctx: DocContext) -> tuple[Token, list[Token]] | None:
    """The verb a cooperation word is done by and the words passed on the way: the verb itself, the verb of talks
    about it (``held talks on cooperation``), or the verb it is the object of (``pledged closer cooperation``,
    ``agreed on a partnership``)."""
    if word.pos_ == "VERB":
        return word, []
    found = _talks_verb(word, ctx)
    if found:
        return found[0], [word, *found[1]]
    head = word.head
    if word.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif word.dep_ != "dobj":
        return None
    return (head, [word]) if head.pos_ == "VERB" else None


@triggered_by(lambda lex: _cooperation_nouns(lex) | _cooperation_verbs(lex) | _deal_words(lex))
def leaders_cooperate_rule(sent: Span, ctx: DocContext) -> Iterator[Candidate]:
    """``Russian President Vladimir Putin and his Kazakh counterpart Kassym-Jomart Tokayev discussed expanding
    cooperation``, ``Uzbek President Mirziyoyev held talks with Chinese Premier Li Qiang on cooperation``,
    ``Kazakhstan's digital minister signed a memorandum with his Chinese counterpart``: the cooperation or the deal
    heads of state, ministers or officials agree, sign or discuss is their countries' (coop5.py reads heads of state
    signing deals)."""
    if not ctx.index.ents_typed(sent, "Person", ctx.type_of) and \
            not ctx.find(sent, ctx.lex.words("r14coop_role_nouns")):
        return
    verbs, nouns, deals = _cooperation_verbs(ctx.lex), _cooperation_nouns(ctx.lex), _deal_words(ctx.lex)
    signing = ctx.lex.words("r14coop_signing_verbs")
    for word in ctx.find(sent, ctx.lex_memo("r14coop2:leaders_words", lambda: nouns | verbs | deals)):
        if word.pos_ == "VERB" and word.lemma_ in verbs:
            predicate = "cooperatesWith"
        elif word.pos_ == "NOUN" and word.lower_ in nouns:
            predicate = "cooperatesWith"
        elif word.pos_ == "NOUN" and (word.lower_ in deals or word.lemma_ in deals) and word.dep_ == "dobj" and \
                word.head.lemma_ in signing:
            predicate = "agreementWith"
        else:
            continue
        found = _trigger_verb(word, ctx)
        if found is None:
            continue
        verb, extra = found
        doer = _doer(verb)
        if not _usable(doer, ctx) or ctx.negated(verb) or _stopped(verb, ctx):
            continue
        signers = [t for c in doer.children if c.dep_ == "nsubj" for t in (c, *c.conjuncts)]
        others = [t for h in (verb, doer, *extra, *(c for c in doer.children if c.dep_ == "dobj"))
                  for p in ctx.pobjs(h, {"with"}) for t in (p, *p.conjuncts)]
        if doer.lemma_ in ctx.lex.words("r14coop_meeting_verbs"):  # "X met Y to discuss cooperation"
            others += [t for c in doer.children if c.dep_ == "dobj" for t in (c, *c.conjuncts)]
        left, by_person = _represented(signers, ctx)
        right, with_person = _represented(others, ctx)
        if not (by_person or with_person):
            continue  # named parties alone: the trigger rules' case
        pairs = list(distinct_pairs(left, right)) if others else list(combinations(left, 2))
        for s, o in pairs:
            yield Candidate(s, predicate, o, "r14coop:leaders-" + ("deal" if predicate == "agreementWith" else
                                                                   "cooperate"), ctx.status(word), sent)


def _titled_country(tok: Token, ctx: DocContext) -> str | None:
    """The country a person's title names before the name: ``Brazil's finance minister Fernando Haddad``, ``his
    Turkmen counterpart Rashid Meredov``, ``Chinese Finance Minister Lan Fo'an``."""
    person = ctx.entity(tok)
    doc, sent, roles = ctx.doc, tok.sent, ctx.lex.words("r14coop_role_nouns")
    i = tok.i
    while i > sent.start and ctx.entity(doc[i - 1]) == person:
        i -= 1
    j, titled = i - 1, False
    while j >= sent.start and i - j <= 5 and not ctx.entity(doc[j]) and doc[j].is_alpha:
        titled = titled or doc[j].lower_ in roles
        j -= 1
    if j >= sent.start and doc[j].text in ("'s", "’s"):
        j -= 1
    country = ctx.entity(doc[j]) if titled and j >= sent.start else None
    return country if country and ctx.type_of(country) == "Country" else None


def _person_countries(person: str, ctx: DocContext) -> list[str]:
    """The countries the titles of a person's mentions in the document name (``Chinese President Xi Jinping``)."""
    found = []
    for m in ctx.mentions:
        if m.entity_id == person:
            tok = ctx.doc[m.end - 1]
            country = _country_led(tok, ctx) or _titled_country(tok, ctx)
            if country:
                found.append(country)
    return list(dict.fromkeys(found))


def _represented(toks: list[Token], ctx: DocContext) -> tuple[list[str], bool]:
    """The parties ``toks`` stand for (coop5.py's heads of state and of firms, ministers and officials by their
    title, and people named by role: ``Kazakhstan's foreign minister``) and whether one was a person."""
    parties, person = _sides(toks, ctx)
    roles = [a for t in toks if not ctx.entity(t) for a in _signer_parties(t, ctx)]
    # "the two leaders", "they": the people a reference stands for, by the title of any of their mentions
    for t in toks:
        if not ctx.entity(t):
            referred = ctx.plural_refs.get(t.i) or ctx.refs.get(t.i) or []
            roles += [c for pid in referred if ctx.type_of(pid) == "Person" for c in _person_countries(pid, ctx)[:1]]
    for t in toks:
        root = ctx.mention_root(t)
        if ctx.type_of(ctx.entity(root) or "") == "Person":
            country = _titled_country(root, ctx)
            if country:
                roles.append(country)
    return party_ids(parties + roles, ctx), person or bool(roles)


R14COOP2_RULES = (joint_of_parties_rule, marked_meeting_rule, standing_link_rule, reached_between_rule,
                  joined_passive_rule, shared_things_rule, signed_by_parties_rule, leaders_cooperate_rule)
